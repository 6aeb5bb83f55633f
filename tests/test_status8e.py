"""Status, eighth round (e): threatened consequences, rescheduling plans and unfinished reschedulings, unexercised
options, union goals to stop cuts, and a missing reason that negates nothing (patterns/context.jsonl). Sentences
written for the tests; each family has rows that must keep their status."""

import pytest

from conftest import assert_events

CASES = [
    # the reason is missing, not the departure (context.pseudo.010); a real negation stays
    ("The company did not give a reason for the departure of its finance director.",
     [("EXECUTIVE_DEPARTURE", "departure", "actual")]),
    # a threatened consequence (context.hypothetical.110); a fine imposed stays
    ("Korvia must pay the penalty by May or face fines of 2 mln dlrs a month.",
     [("LITIGATION_REGULATORY", "fines", "hypothetical")]),
    # an option granted, not exercised (context.hypothetical.112); an exercised option stays (context.pseudo.011)
    ("Korvia has been granted options to increase its stake in Dalton.",
     [("ACQUISITION", "increase its stake", "hypothetical")]),
    ("Korvia exercised its options to buy 20 pct of Dalton.", [("ACQUISITION", "buy", "actual")]),
    # a goal to stop job cuts (context.hypothetical.113); cuts made to stop losses stay
    ("The union will strike to stop further layoffs at the plant.", [("LAYOFFS", "layoffs", "hypothetical")]),
    ("Korvia laid off 300 workers to stop losses.", [("LAYOFFS", "laid off", "actual")]),
    # a rescheduling not yet final, or still a plan (context.hypothetical.111, .114, .115); a done one stays
    ("The debt rescheduling has yet to be finalised.", [("DEBT_DEFAULT", "debt rescheduling", "hypothetical")]),
    ("Under the minister's debt rescheduling plan, the country would pay interest in cash.",
     [("DEBT_DEFAULT", "debt rescheduling", "hypothetical")]),
    ("Marlow's plan to reschedule its debt will be presented to lenders next week.",
     [("DEBT_DEFAULT", "reschedule its debt", "hypothetical")]),
    ("Marlow rescheduled its debt last year.", [("DEBT_DEFAULT", "rescheduled its debt", "actual")]),
    # a rescheduling still in talks, the phrase further on (context.hypothetical.111)
    ("Talks between officials and creditors on the rescheduling of 2.1 billion dlrs of debt are still proceeding.",
     [("DEBT_DEFAULT", "rescheduling", "hypothetical")]),
    # an expected audit qualification is the going-concern warning itself (context.pseudo.013, annotation guide)
    ("Dalton said it expects a qualified opinion from its auditors on its ability to continue as a going concern.",
     [("GOING_CONCERN", "qualified opinion", "actual")]),
    # a review already done with the restatement (context.pseudo.014); a pending review stays
    ("The new auditor has reviewed and restated Korvia's earnings for 2017 and 2018.",
     [("RESTATEMENT", "restated", "actual")]),
    ("The auditor will review Korvia's accounts and may restate earnings for 2018.",
     [("RESTATEMENT", "restate", "hypothetical")]),
    # a rescheduling called for, pleaded for or hoped for, or not yet resolved (context.hypothetical.116, .111); a plan
    # in force that expires was agreed (context.pseudo.015)
    ("The union called this week for the debt to be rescheduled after the price drop.",
     [("DEBT_DEFAULT", "rescheduled", "hypothetical")]),
    ("The minister said he was confident of a prompt accord with banks for rescheduling the country's foreign debt.",
     [("DEBT_DEFAULT", "rescheduling", "hypothetical")]),
    ("Dalton made a last-ditch plea to lenders to restructure the debt.",
     [("DEBT_DEFAULT", "restructure the debt", "hypothetical")]),
    ("The company's interim debt rescheduling plan expires on June 30.",
     [("DEBT_DEFAULT", "debt rescheduling", "actual")]),
    # a request for loans and a rescheduling, the rescheduling at the end of the list (context.hypothetical.117)
    ("Bankers heard the minister on his country's request for 2.1 billion dlrs in new loans and a multi-year "
     "rescheduling agreement.", [("DEBT_DEFAULT", "rescheduling", "hypothetical")]),
    ("Korvia's banks granted its request for a waiver, and it rescheduled its debt in May.",
     [("DEBT_DEFAULT", "rescheduled its debt", "actual")]),
    # an accord held up is not reached (context.hypothetical.116)
    ("The minister said creditor banks were holding up an accord to stretch out debt repayments.",
     [("DEBT_DEFAULT", "stretch out debt", "hypothetical")]),
]


@pytest.mark.parametrize("text,expected", CASES)
def test_status(extract, text, expected):
    assert_events(extract(text), expected)
