"""Legal, distress and rating rules after the random-story precision audit (LITIGATION_REGULATORY, EXECUTIVE_DEPARTURE,
DEBT_DEFAULT, BANKRUPTCY, RATING_DOWNGRADE, LIQUIDITY_STRESS): text -> the events expected (type, words in the trigger,
status), with the distractors that must not fire. Same row format as tests/test_event_rules.py: ("!", TYPE, "") means
TYPE must not fire at all; an empty list means no event of any type.
"""

from __future__ import annotations

import pytest

from conftest import assert_events

LIT = "LITIGATION_REGULATORY"
DEP = "EXECUTIVE_DEPARTURE"

CASES = [
    # EXECUTIVE_DEPARTURE: the predecessor keeps a post (no departure), a retired person as background, a search
    ("Harlow Foods said vice president Ann Reyes was named president, succeeding Tom Bell, who remains chairman and "
     "chief executive.", [("!", DEP, "")]),
    ("Brant Systems named Carl Ohm president, succeeding Dan Pike, who moved to chairman in March.", [("!", DEP, "")]),
    ("Brant Systems named Carl Ohm president, succeeding Dan Pike, who resigned in March.",
     [(DEP, "resigned", "actual")]),
    ("The dispute pitted the company's founder against a group led by retired Corven chairman Hal Myers.",
     [("!", DEP, "")]),
    ("Corven said Hal Myers retired as chairman at the end of the year.", [(DEP, "retired", "actual")]),
    ("The treasurer will serve as acting chief financial officer while the company searches for a permanent "
     "replacement.", [("!", DEP, "")]),
    ("The controller will act as Lee's replacement as chief financial officer.", [(DEP, "replacement", "actual")]),
    ("A senior director of the International Monetary Fund has tendered his resignation, monetary sources said.",
     [("!", DEP, "")]),
    # LITIGATION_REGULATORY: trade disputes between governments, consumer complaints, policy talk, business studies
    ("Washington said it was suspending its complaint to the GATT that Tokyo unfairly curbs fish imports.",
     [("!", LIT, "")]),
    ("FARM LOBBY TO FILE TRADE COMPLAINTS AGAINST EUROPEAN SUBSIDIES", [("!", LIT, "")]),
    ("Officials recommended trade sanctions against the two countries for breaking the chip pact.", [("!", LIT, "")]),
    ("Negotiators meet to cut short the 300 mln dlr penalty tariffs ordered on imports.", [("!", LIT, "")]),
    ("The bureau has handled two million consumer complaints and forwarded most of them to companies for a reply, "
     "its director said.", [("!", LIT, "")]),
    ("The senator said his committee wants tougher penalties for violations of securities laws.", [("!", LIT, "")]),
    ("Several banks are investigating taking larger stakes in local brokers.", [("!", LIT, "")]),
    ("Utilities are investigating the feasibility of a new coal plant.", [("!", LIT, "")]),
    ("A federal grand jury investigating the bank subpoenaed its records.", [(LIT, "investigating", "actual")]),
    ("The SEC is investigating whether the broker violated the net capital rule.",
     [(LIT, "investigating", "actual")]),
    ("Included in the write-down are charges against its advances to an affiliated company.", [("!", LIT, "")]),
    ("The FTC charged the company with false advertising in an administrative complaint.",
     [(LIT, "charged", "actual")]),
    # DEBT_DEFAULT: penalty-rate terms and consumer product prose are no default
    ("On a late loan the lender charges penalty default interest of 25 pct.", [("!", "DEBT_DEFAULT", "")]),
    ("The card lets you delay payments on your purchases for up to 12 months.", [("!", "DEBT_DEFAULT", "")]),
    ("The suit said the prospectus failed to disclose the underwriter's financial interests in the deal.",
     [("!", "DEBT_DEFAULT", "")]),
    ("The company failed to make a 4 mln dlr interest payment due June 1.",
     [("DEBT_DEFAULT", "failed to make a 4 mln dlr interest payment", "actual")]),
    # BANKRUPTCY: agencies named Insolvency ..., the figurative verb
    ("A spokesman for the Insolvency Service said the directors had been disqualified.", [("!", "BANKRUPTCY", "")]),
    ("Regulations of the Insolvency and Bankruptcy Board of India apply to the process.", [("!", "BANKRUPTCY", "")]),
    ("He said the unions were bankrupting the province.", [("!", "BANKRUPTCY", "")]),
    # RATING_DOWNGRADE: agency statistics and tax rates
    ("S/P SAYS CORPORATE DOWNGRADES MAY EASE THIS YEAR", [("!", "RATING_DOWNGRADE", "")]),
    ("The agency said 60 pct of last year's downgrades were in the industrial sector.",
     [("!", "RATING_DOWNGRADE", "")]),
    ("The minimum alternate tax rate on debt-laden companies was reduced to 15% from 18.5%.",
     [("!", "RATING_DOWNGRADE", "")]),
    ("Moody's reduced to Prime-2 from Prime-1 the commercial paper of Delmar Corp.",
     [("RATING_DOWNGRADE", "reduced", "actual")]),
    # LIQUIDITY_STRESS: tax credits that cut people from the rolls are no credit line cut
    ("The budget gives tax credits that will cut 850,000 people from the tax rolls.", [("!", "LIQUIDITY_STRESS", "")]),
]


@pytest.mark.parametrize("text,expected", CASES, ids=[c[0][:50] for c in CASES])
def test_legal4_rules(extract, text, expected):
    assert_events(extract(text), expected)
