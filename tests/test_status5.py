"""Status, fifth round: hypothetical mentions read as actual, found by reading ACTUAL records of RESTRUCTURING,
LAYOFFS, ACQUISITION and NET_LOSS with planning/hedging words on unannotated non-test wire copy
(patterns/context.jsonl). Sentences written for the tests; each family has distractors that must stay actual."""

import pytest

from conftest import assert_events

CASES = [
    # job cuts a company wanted (annotation guide: what a company 'wants' is hypothetical; context.hypothetical.003)
    ("The union said Brant Corp wanted to reduce its work force by 300.",
     [("LAYOFFS", "reduce its work force", "hypothetical")]),
    # ... while a decided cut stays a firm decision
    ("Brant Corp said it plans to cut 300 jobs at its Akron plant.", [("LAYOFFS", "cut 300 jobs", "actual")]),
    ("Brant Corp said it will close its Akron plant in June.", [("RESTRUCTURING", "close its Akron plant", "actual")]),
    # attempts with a verb of making the event (context.hypothetical.078): what was only attempted did not happen
    ("The ministry attempted unsuccessfully to initiate a cost reduction plan last year.",
     [("RESTRUCTURING", "cost reduction plan", "hypothetical")]),
    ("The bank had tried to negotiate a restructuring of the group before the deadline.",
     [("RESTRUCTURING", "restructuring", "hypothetical")]),
    # ... but a restructuring that was carried out, and attempts that come after the event, stay actual
    ("The group completed a restructuring of its steel unit and tried to sell the remaining mills.",
     [("RESTRUCTURING", "restructuring", "actual")]),
    # a rescue or restructuring plan that failed or fell through (context.hypothetical.079)
    ("After the rescue plan fell through, the carrier stopped flying.", [("RESTRUCTURING", "rescue plan", "hypothetical")]),
    ("Harlan said the restructuring plan collapsed when the banks refused to lend.",
     [("RESTRUCTURING", "restructuring plan", "hypothetical")]),
    # ... while a restructuring that failed to bring results happened
    ("The restructuring failed to stem the losses at the unit.", [("RESTRUCTURING", "restructuring", "actual")]),
    # negotiations that only head toward the event (context.hypothetical.080), across the agreement's relative clause
    ("The partners are negotiating toward agreements that would result in a restructuring of the partnership.",
     [("RESTRUCTURING", "restructuring", "hypothetical")]),
    # ... but work toward completing a definite deal speaks of a known deal
    ("Harlan said it is working toward completing the merger with Brant by June.", [("ACQUISITION", "merger", "actual")]),
    # generic prose (context.generic.002 / 003)
    ("It is not uncommon for a new business to show a loss in its first years.", [("NET_LOSS", "loss", "hypothetical")]),
    ("Redundancy payments are usually made by the employer within two weeks.",
     [("LAYOFFS", "Redundancy", "hypothetical")]),
    # ... a determined event is a known one
    ("The merger is generally seen as a good fit by analysts.", [("ACQUISITION", "merger", "actual")]),
    ("Analysts said Harlan's 1986 loss is usually blamed on the strike.", [("NET_LOSS", "loss", "actual")]),
    # an acquisition word naming aims and chances (context.hypothetical.081): deals to come
    ("The company may borrow more to reach its acquisition goals, the agency said.",
     [("ACQUISITION", "acquisition", "hypothetical")]),
    ("Harlan said it is studying several acquisition candidates in Europe.",
     [("ACQUISITION", "acquisition", "hypothetical")]),
    # ... while a named deal stays actual
    ("Harlan said the acquisition of Brant Inc added 20 mln dlrs to sales.", [("ACQUISITION", "acquisition", "actual")]),
    # a blank-check company's stated purpose (context.hypothetical.082), across the list's commas
    ("Vanta Capital, a blank check company, intends to effect a merger, share exchange, asset acquisition or similar "
     "business combination.", [("ACQUISITION", "merger", "hypothetical")]),
    # a deal named as one means of purchases that may come (context.hypothetical.084) ...
    ("Harlan said it may buy more Brant shares in the open market, through a tender offer or otherwise.",
     [("ACQUISITION", "tender offer", "hypothetical")]),
    # ... but a firm intention to buy named shares stays actual (annotation guide: intends to with a concrete object)
    ("Harlan intends to acquire the remaining shares of Brant Inc in the open market.",
     [("ACQUISITION", "acquire", "actual")]),
    # a debt rescheduling asked for, sought or under talks is not yet agreed (context.hypothetical.085); an agreed or
    # completed one, a missed payment, and lenders' firm plan to foreclose stay actual
    ("The republic is asking its creditor banks to reschedule 2.1 billion dlrs of debt.",
     [("DEBT_DEFAULT", "reschedule 2.1 billion dlrs of debt", "hypothetical")]),
    ("The finance minister was in London for talks with creditor banks on rescheduling 900 mln dlrs of debt.",
     [("DEBT_DEFAULT", "rescheduling 900 mln dlrs of debt", "hypothetical")]),
    ("Orlan Steel is seeking through negotiations with its lenders to postpone all payments due this year.",
     [("DEBT_DEFAULT", "postpone all payments", "hypothetical")]),
    ("The country rescheduled 4.5 billion dlrs of debt with its creditor banks last year.",
     [("DEBT_DEFAULT", "rescheduled 4.5 billion dlrs of debt", "actual")]),
    ("Orlan Steel said it missed an interest payment on its debentures.",
     [("DEBT_DEFAULT", "missed an interest payment", "actual")]),
    ("Orlan Steel said its lenders plan to foreclose on the company's mill on May 3.",
     [("DEBT_DEFAULT", "foreclose", "actual")]),
]


@pytest.mark.parametrize("text,expected", CASES)
def test_status(extract, text, expected):
    assert_events(extract(text), expected)
