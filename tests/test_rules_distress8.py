"""Distress rules, eighth pass: ways of writing found by a random audit of unannotated non-test wire copy and news
(rationalisation as European copy writes restructuring, a company's collapse referred back to as 'the collapse', a
failed bank named after 'failed', regulators who 'also' closed a thrift, a debtor freezing credit lines with an
amount in between) and the distractors of the same words: a government rationalising its budget, prices and talks
collapsing, failures counted across an industry, and the liquidator of insolvency-law explainers.

Rows are written for this file. A row lists the events that must be found (type, words in the trigger, status);
`("!", TYPE, "")` means no event of TYPE may be found in the text.
"""

from __future__ import annotations

import pytest

from conftest import assert_events

CASES = [
    # RESTRUCTURING: rationalisation (event.restructuring.026/.027)
    ("The chemicals group took a charge of 12 mln stg for its rationalisation programme.",
     [("RESTRUCTURING", "rationalisation programme", "actual")]),
    ("Ferrand said it has decided to rationalise its loss-making textile businesses in the north.",
     [("RESTRUCTURING", "rationalise", "actual")]),
    ("Profits benefited from the rationalization of the fasteners division last year.",
     [("RESTRUCTURING", "rationalization", "actual")]),
    ("The finance minister urged departments to rationalise public expenditure this year.",
     [("!", "RESTRUCTURING", "")]),
    ("Rationalisation measures taken by manufacturing industries are brightening the outlook, the institute said.",
     [("!", "RESTRUCTURING", "")]),
    ("The government will rationalise the tax rate for new manufacturing companies.", [("!", "RESTRUCTURING", "")]),
    # BANKRUPTCY: a company's collapse referred back to (event.bankruptcy.035)
    ("The tour operator ceased trading overnight. Before the collapse, ministers said they would not rescue it.",
     [("BANKRUPTCY", "collapse", "actual")]),
    ("Staff at the airline were told at 2am. An inquiry into the collapse will report next month.",
     [("BANKRUPTCY", "collapse", "actual")]),
    ("Oil producers met in Vienna. Nobody wants a repeat of the collapse that occurred in 1986, a minister said.",
     [("!", "BANKRUPTCY", "")]),
    ("Talks between the airline and its pilots broke down. Union leaders blamed management for the collapse of talks.",
     [("!", "BANKRUPTCY", "")]),
    ("Shares of the retailer fell. Analysts said the collapse in its share price reflected weak sales.",
     [("!", "BANKRUPTCY", "")]),
    # BANKRUPTCY: a failed bank named (event.bankruptcy.036), a regulator that 'also' closed a thrift (.011)
    ("The FDIC said the deposits of the failed Prairie State Bank, Enid, Okla., were assumed by a local bank.",
     [("BANKRUPTCY", "failed", "actual")]),
    ("The bank board also said it closed Lakeside Federal Savings and Loan Association of Durant, Okla.",
     [("BANKRUPTCY", "closed", "actual")]),
    ("The merger failed Federal Reserve approval, the bank said.", [("!", "BANKRUPTCY", "")]),
    # ... not failures counted across an industry or told generically (exclude.bankr.020)
    ("More than 900 UK restaurants collapsed in the year to June, the accountancy firm said.",
     [("!", "BANKRUPTCY", "")]),
    ("The scheme protects holidaymakers when travel firms collapse.", [("!", "BANKRUPTCY", "")]),
    ("Hundreds of small builders that have become insolvent were left out of the survey.", [("!", "BANKRUPTCY", "")]),
    ("When Sunways Airlines went bust in 2017, the state paid to fly passengers home.",
     [("BANKRUPTCY", "went bust", "actual")]),
    # the liquidator: of a company, not of insolvency-law explainers (event.bankruptcy.037)
    ("The court appointed joint liquidators of the Harbour Funds on Tuesday.", [("BANKRUPTCY", "liquidators", "actual")]),
    ("As liquidator of Pilgrim Insurance Co, the state superintendent filed suit against the brokers.",
     [("BANKRUPTCY", "liquidator", "actual")]),
    ("Under section 40 of the Code the liquidator may admit or reject a claim after verification.",
     [("!", "BANKRUPTCY", "")]),
    ("Duties of a liquidator include taking control of the assets of the corporate debtor.",
     [("!", "BANKRUPTCY", "")]),
    # DEBT_DEFAULT: a debtor in moratorium freezing credit lines, an amount in between (event.debt_default.041)
    ("Peru suspended interest payments and then froze some 2.5 billion dlrs in short-term trade credit lines.",
     [("DEBT_DEFAULT", "froze", "actual")]),
    ("The bank said it froze the account after the suspension of the customer's card.", [("!", "DEBT_DEFAULT", "")]),
    # ... not payments owed under a commercial contract (event.debt_default.006/.016 forbid contract words)
    ("The distributor suspended payments due under its supply contract pending an audit of the shipments.",
     [("!", "DEBT_DEFAULT", "")]),
    ("The licensee failed to pay royalties as provided for under the agreement, the company said.",
     [("!", "DEBT_DEFAULT", "")]),
    ("The company told the Securities and Exchange Commission it suspended interest payments on its debentures.",
     [("DEBT_DEFAULT", "suspended interest payments", "actual")]),
    # BANKRUPTCY: a chapter in the plural counts or explains filings (exclude.bankr.021)
    ("There were 9,100 Chapter 11 bankruptcies filed last year, the survey said.", [("!", "BANKRUPTCY", "")]),
    ("Kestrel Corp said it filed for protection under Chapter 11 on Monday.",
     [("BANKRUPTCY", "Chapter 11", "actual")]),
    # LIQUIDITY_STRESS: a company asking a state for a bridging loan (event.liquidity_stress.019)
    ("The charter airline has asked the Danish government for a bridging loan to keep flying.",
     [("LIQUIDITY_STRESS", "bridging loan", "actual")]),
    ("The buyout group said the takeover is financed by a 400 mln dlr bridge loan from a bank group.",
     [("!", "LIQUIDITY_STRESS", "")]),
    ("The Treasury said it will join other industrial countries in a 300 mln dlr bridge loan to Peru.",
     [("!", "LIQUIDITY_STRESS", "")]),
    # BANKRUPTCY: the company named, government words allowed (event.bankruptcy.018)
    ("The subsidiary asked the government for help to keep flying after the collapse of the company.",
     [("BANKRUPTCY", "collapse of the company", "actual")]),
]


@pytest.mark.parametrize("text,expected", CASES, ids=[c[0][:50] for c in CASES])
def test_distress_rules_eighth_pass(extract, text, expected):
    assert_events(extract(text), expected)
