"""Distress rules of the ninth round, learnt from the fourth (blind) gold batch: cost-cutting told as a verb with the
costs it cuts, frozen management pay, staff decreased, job cuts referred back to as 'the cuts', creditors pressing
for unpaid debt service. Rows are written for the project; negative rows hold the distractors that must not fire."""

from __future__ import annotations

import pytest

from conftest import assert_events

CASES = [
    # RESTRUCTURING: a cost-reduction target with an amount (event.restructuring.040)
    ("Northway Freight said it will reduce operating expenses by 12 pct over the next two years.",
     [("RESTRUCTURING", "reduce operating expenses", "actual")]),
    ("The toolmaker said it plans to cut its costs by about 30 mln dlrs a year.",
     [("RESTRUCTURING", "cut its costs", "actual")]),
    ("The refinancing will reduce borrowing costs by 2 mln dlrs a year, the company said.", [("!", "RESTRUCTURING", "")]),
    ("The central bank is expected to cut borrowing costs by 25 basis points.", [("!", "RESTRUCTURING", "")]),
    ("Families can cut household expenses by 10 pct with a simple budget.", [("!", "RESTRUCTURING", "")]),
    ("The carrier asked its unions to help reduce costs by 50 mln dlrs.", [("!", "RESTRUCTURING", "")]),
    # RESTRUCTURING: the costs of running the company itself (event.restructuring.041)
    ("MIDLAND STEEL TO TRIM CORPORATE OVERHEAD COSTS", [("RESTRUCTURING", "TRIM CORPORATE OVERHEAD COSTS", "actual")]),
    ("The insurer said it has cut administrative expenses sharply this year.",
     [("RESTRUCTURING", "cut administrative expenses", "actual")]),
    ("Index funds cut management costs for investors.", [("!", "RESTRUCTURING", "")]),
    # RESTRUCTURING: management pay frozen (event.restructuring.042)
    ("The utility said it will freeze all management salaries for 1988.",
     [("RESTRUCTURING", "freeze all management salaries", "actual")]),
    ("The government froze civil service salaries to fight inflation.", [("!", "RESTRUCTURING", "")]),
    # LAYOFFS: staff decreased (event.layoffs.002)
    ("Orion Data said it is decreasing its worldwide staff to 600 from 900.",
     [("LAYOFFS", "decreasing its worldwide staff", "actual")]),
    ("The decrease in staff costs helped margins.", [("!", "LAYOFFS", "")]),
    # LAYOFFS: 'the cuts' referring back to job cuts (event.layoffs.040)
    ("The brewer said it would eliminate 300 jobs at its Leeds plant. A spokesman said the cuts were needed "
     "because of falling demand.", [("LAYOFFS", "eliminate 300 jobs", "actual"), ("LAYOFFS", "the cuts", "actual")]),
    ("OPEC agreed to reduce output in the second quarter. Ministers said the cuts would support prices.",
     [("!", "LAYOFFS", "")]),
    ("The company will eliminate 40 jobs. Analysts said the cuts in its dividend were expected.",
     [("!", "LAYOFFS", "the cuts")]),
    ("The bank lowered its prime rate. Economists said the cuts would help borrowers.", [("!", "LAYOFFS", "")]),
    # DEBT_DEFAULT: creditors pressing for unpaid debt service (event.debt_default.043)
    ("Four bondholders are suing the company for repayment of principal on the defaulted notes.",
     [("DEBT_DEFAULT", "suing the company for repayment", "actual")]),
    ("A group of noteholders is seeking interest and principal payments on their debentures.",
     [("DEBT_DEFAULT", "seeking interest and principal payments", "actual")]),
    ("The company said it will seek waivers from creditors to defer interest payments.",
     [("!", "DEBT_DEFAULT", "seek waivers")]),
    ("Customers are demanding faster payment systems from creditors.", [("!", "DEBT_DEFAULT", "")]),
]


@pytest.mark.parametrize("text,expected", CASES, ids=[c[0][:50] for c in CASES])
def test_distress9_rules(extract, text, expected):
    assert_events(extract(text), expected)
