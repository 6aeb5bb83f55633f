"""Status, tenth round: talks on a deal that ended, stated after the trigger ('merger discussions between A and B
have ended', 'the talks on the sale of the unit were suspended') or by the party that ended them ('has ended talks on
the acquisition of B'), are a deal that is off (annotation guide: talks that broke down, a withdrawn bid = negated);
the question of 'Asked if ..., X said, ...' ends at its comma, so the answer has its own wording
(patterns/context.jsonl negation.033/.034, builder_words clause_openers, the event builder's asides of saying).
Sentences written for the tests; each family has rows that must keep their status."""

import pytest

from conftest import assert_events

CASES = [
    # talks ended, stated after the deal (negation.033): plural verbs whose subject is the talks
    ("Merger discussions between Korvia Corp and Dalton Inc have ended, the companies said.",
     [("ACQUISITION", "Merger", "negated")]),
    ("The talks on the sale of the unit were suspended last week.",
     [("ASSET_SALE", "sale of the unit", "negated")]),
    ("Negotiations to acquire Marlow Corp were broken off.", [("ACQUISITION", "acquire", "negated")]),
    ("Korvia said talks on the proposed merger with Dalton have been terminated.",
     [("ACQUISITION", "merger", "negated")]),
    ("The acquisition talks between the two companies broke down over price.",
     [("ACQUISITION", "acquisition", "negated")]),
    # a condition on the end of the talks stays a condition (the builder keeps conditions under a denial's "ends")
    ("If the talks on the sale of the unit were broken off, Korvia would look for another buyer.",
     [("ASSET_SALE", "sale of the unit", "hypothetical")]),
    # talks ended by a party (negation.034)
    ("Korvia said it has ended talks on the acquisition of Dalton.",
     [("ACQUISITION", "acquisition", "negated")]),
    # a deal called off, in the gerund (negation.004 'calling off')
    ("Dalton sued Korvia for calling off the merger.", [("ACQUISITION", "merger", "negated")]),
    # what a party has not yet done with a definite case denies its act, not the case (shield.010); an indefinite
    # case under a negation stays a denial
    ("Korvia said it has not yet seen the lawsuit.", [("LITIGATION_REGULATORY", "lawsuit", "actual")]),
    ("Korvia said it has not received any subpoena.", [("LITIGATION_REGULATORY", "subpoena", "negated")]),
    ("A bank official said it has not paid the penalty.", [("LITIGATION_REGULATORY", "penalty", "actual")]),
    ("Korvia said there was no merit to the suit.", [("LITIGATION_REGULATORY", "suit", "actual")]),
    # a definite event called ongoing or pending is under way (asserted.004), as a recent one; an indefinite one
    # is left to its cues
    ("Dalton is seeking immunity from the ongoing investigation against its former owner.",
     [("LITIGATION_REGULATORY", "investigation", "actual")]),
    ("Dalton would seek immunity from any investigation against its former owner.",
     [("LITIGATION_REGULATORY", "investigation", "hypothetical")]),
    # talks still under way stay hypothetical; a deal that has ended as an offer made stays actual; debt
    # rescheduling talks that broke down stay hypothetical (guide)
    ("The talks on the sale of the unit are continuing.", [("ASSET_SALE", "sale of the unit", "hypothetical")]),
    ("Korvia said its offer for Dalton has ended.", [("ACQUISITION", "offer for", "actual")]),
    ("Rescheduling talks with creditor banks have broken down.",
     [("DEBT_DEFAULT", "Rescheduling", "hypothetical")]),
    # a question ends at its comma; the answer has its own wording, also across an aside of saying
    ("Asked if the banks would be forced to write down their loans, Fenwick said, \"those loans have already been "
     "written down.\"",
     [("IMPAIRMENT_WRITEDOWN", "written down", "actual")]),
    ("Asked if Korvia would sell its stake, Fenwick said it had sold 500,000 shares last week.",
     [("ASSET_SALE", "sell its stake", "hypothetical"), ("ASSET_SALE", "sold 500,000 shares", "actual")]),
    # the question itself stays hypothetical; a condition in a sentence of saying still covers the rest
    ("He asked if the company would cut jobs.", [("LAYOFFS", "cut jobs", "hypothetical")]),
    ("He said if the banks agreed, the company would sell the unit to Dalton.",
     [("ASSET_SALE", "sell the unit", "hypothetical")]),
    # an embedded if-clause keeps ending at its comma, a short aside without saying does not end it
    ("Lenders check if you are repaying your debts, on time, without defaulting.",
     [("DEBT_DEFAULT", "defaulting", "hypothetical")]),
    # a stated inability to pay is a default, actual (guide: 'unable to meet payments on its debt'); the 'can' of
    # 'cannot' is no modal there (context.pseudo.017), but a modal or condition around it still counts
    ("Veloria cannot make any interest payments on its bank debt at this time, the finance minister said.",
     [("DEBT_DEFAULT", "not make any interest", "actual")]),
    ("The republic said it can't pay interest on its foreign loans this year.",
     [("DEBT_DEFAULT", "n't pay interest", "actual")]),
    ("The lender said it cannot rule out a default on the loan.", [("DEBT_DEFAULT", "default on", "hypothetical")]),
]


@pytest.mark.parametrize("text,expected", CASES)
def test_status10(extract, text, expected):
    assert_events(extract(text), expected)
