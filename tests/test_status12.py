"""Status round 12: cues that keep a presupposed event actual and mark what is only still to come.

Rows are (text, [(type, words in the trigger, status), ...]) as in tests/test_event_rules.py; a ("!", TYPE, word) row
says no TYPE trigger containing word fires.
"""

from __future__ import annotations

import pytest

from conftest import assert_events

CASES = [
    # context.pseudo.018: continuing what is under way ('would continue to') is no hypothesis
    ("The chairman said the group would continue to cut personnel at its tube mills this year.",
     [("LAYOFFS", "cut personnel", "actual")]),
    ("Management added that it would also continue to cut jobs in the coal division.",
     [("LAYOFFS", "cut jobs", "actual")]),
    # ... only after the actor: an event that itself 'would continue' is a forecast
    ("Analysts said downgrades would continue to outnumber upgrades in the steel sector.",
     [("RATING_DOWNGRADE", "downgrades", "hypothetical")]),
    # ... and a mere possibility stays one
    ("The chairman said the group could cut jobs at its tube mills this year.",
     [("LAYOFFS", "cut jobs", "hypothetical")]),
    # context.pseudo.019: emerging from Chapter 11 presupposes the case
    ("The retailer said it expects to emerge from Chapter 11 bankruptcy by the end of the summer.",
     [("BANKRUPTCY", "Chapter 11", "actual")]),
    ("The airline hopes to emerge from Chapter 11 next spring, its president said.",
     [("BANKRUPTCY", "Chapter 11", "actual")]),
    ("The company said it does not expect to emerge from Chapter 11 this year.",
     [("BANKRUPTCY", "Chapter 11", "actual")]),
    # ... a filing that is only expected is not one
    ("Analysts said the shipyard is expected to file for Chapter 11 protection next week.",
     [("BANKRUPTCY", "Chapter 11", "hypothetical")]),
    # context.shield.012: a program not yet completed is under way
    ("The company has not yet completed its restructuring program.", [("RESTRUCTURING", "restructuring", "actual")]),
    ("The group is not yet halfway through its cost-cutting drive.", [("RESTRUCTURING", "cost-cutting", "actual")]),
    # ... but a denial of an indefinite one stays
    ("The company did not complete any layoffs this year.", [("LAYOFFS", "layoffs", "negated")]),
    # context.pseudo.020: the gain a company sees from a sale is booked on an agreed sale
    ("MIDLAND SAVINGS SEES GAIN FROM SALE", [("ASSET_SALE", "SALE", "actual")]),
    ("The company said it would see a gain if it sells the cement unit.",
     [("ASSET_SALE", "sells the cement unit", "hypothetical")]),
    # context.hypothetical.127: what is still to be sold has not been sold
    ("Still to be divested are the pump division and a small foundry in Ohio.",
     [("ASSET_SALE", "divested", "hypothetical")]),
    ("Remaining to be sold is a cement plant in Texas, the company said.",
     [("ASSET_SALE", "sold", "hypothetical")]),
    # ... after an agreed sale the words report its closing, not the sale
    ("The sale of the cement unit to Harlan Corp has yet to be completed.",
     [("ASSET_SALE", "sale of the cement unit", "actual")]),
    # context.forward.014: an expectation of an indefinite event does not report it
    ("The agency said the rating reflects its expectation of large proceeds from an asset sale later this year.",
     [("ASSET_SALE", "asset sale", "hypothetical")]),
    # context.forward.001/003 unless_trigger 'case': the case exists, only the court's act lies ahead
    ("GLOBEX EXPECTS HIGH COURT TO HEAR CASE", [("LITIGATION_REGULATORY", "HEAR CASE", "actual")]),
    ("We expect that the appeals court will hear our case this autumn, the chairman said.",
     [("LITIGATION_REGULATORY", "hear our case", "actual")]),
    # ... while a condition still makes the hearing hypothetical
    ("If the supreme court does not hear the case, the company will pay the judgment.",
     [("LITIGATION_REGULATORY", "hear the case", "hypothetical")]),
    ("The SEC is expected to file a civil case against the broker.",
     [("LITIGATION_REGULATORY", "civil case", "hypothetical")]),
    # context.hypothetical.128: what a rule prohibits is its text
    ("The agency said the bidder violated a rule which prohibits the purchase of shares privately during a tender offer.",
     [("ACQUISITION", "purchase", "hypothetical")]),
    ("The company said a state law prohibits the acquisition of more than 10 pct of a bank by an outsider.",
     [("ACQUISITION", "acquisition", "hypothetical")]),
    # context.pseudo.021: an expected remedy presupposes the trouble it remedies
    ("The lender said the new credit line is expected to relieve its liquidity problems.",
     [("LIQUIDITY_STRESS", "liquidity problems", "actual")]),
    # ... but an event that itself lies ahead stays forward-looking
    ("The company expects to reduce its workforce by 300 next year.",
     [("LAYOFFS", "reduce its workforce", "hypothetical")]),
    # context.pseudo.022: 'test' naming a business is no impairment test
    ("The head of the test equipment division has made an offer to purchase the unit, the company said.",
     [("ACQUISITION", "offer to purchase", "actual")]),
    # context.pseudo.023: savings expected from a known event
    ("The utility said it expects to save four mln dlrs a year through the dividend suspension.",
     [("DIVIDEND_CUT", "dividend suspension", "actual")]),
    # context.pseudo.024: a headline closing an agreed deal, without the determiner prose would give it
    ("ACME SAYS IT EXPECTS TO COMPLETE SALE OF RADIO STATION THIS MONTH", [("ASSET_SALE", "SALE", "actual")]),
    ("The company said it hopes to complete an acquisition this year.", [("ACQUISITION", "acquisition", "hypothetical")]),
    # context.asserted.007: the terms of a reached agreement, told in its 'would'
    ("Under the agreement, Foods Inc would acquire all of the assets of the bakery except cash.",
     [("ACQUISITION", "acquire", "actual")]),
    ("Under terms of the agreement announced in March, the bank would be acquired by a unit of Harlan Corp.",
     [("ACQUISITION", "acquired", "actual")]),
    # ... without a reached agreement the 'would' stays
    ("Analysts said Foods Inc would acquire the bakery if the price fell.",
     [("ACQUISITION", "acquire", "hypothetical")]),
]


@pytest.mark.parametrize("text,expected", CASES, ids=[c[0][:50] for c in CASES])
def test_status12(extract, text, expected):
    assert_events(extract(text), expected)
