"""Distress rules, fifth audit (DEBT_DEFAULT, BANKRUPTCY, LIQUIDITY_STRESS): text -> the events expected (type, words
in the trigger, status), with distractors that must not fire. Same row format as tests/test_event_rules.py:
("!", TYPE, "") means TYPE must not fire at all; an empty list means no event of any type.
"""

from __future__ import annotations

import pytest

from conftest import assert_events

CASES = [
    # LIQUIDITY_STRESS: 'unavailable for comment' is no closed market (event.liquidity_stress.003)
    ("Bank officials were unavailable for comment on the credit figures.", [("!", "LIQUIDITY_STRESS", "")]),
    ("The capital markets have effectively been unavailable to the company since March.",
     [("LIQUIDITY_STRESS", "unavailable", "actual")]),
    # LIQUIDITY_STRESS: a line or base reduced (event.liquidity_stress.004) needs a lending word, and 'based' is no base
    ("The new workstation is based on reduced instruction-set chips.", [("!", "LIQUIDITY_STRESS", "")]),
    ("The commuter tax credit will reduce traffic on the city's bridges.", [("!", "LIQUIDITY_STRESS", "")]),
    ("HALVERSON MORTGAGE SAYS WAREHOUSE LINE REDUCED", [("LIQUIDITY_STRESS", "REDUCED", "actual")]),
    # LIQUIDITY_STRESS: system-wide cash (event.liquidity_stress.005)
    ("Rates jumped because there was not enough cash in the banking system at the quarter end.",
     [("!", "LIQUIDITY_STRESS", "")]),
    ("Pemberton Labs said it does not have sufficient cash to pay its suppliers.",
     [("LIQUIDITY_STRESS", "not have sufficient cash", "actual")]),
    ("The village built workshops because there was not enough work on the farms.", [("!", "LIQUIDITY_STRESS", "")]),
    ("Dorrit Mills said it does not have sufficient working capital to finish the plant.",
     [("LIQUIDITY_STRESS", "not have sufficient working", "actual")]),
    # LIQUIDITY_STRESS: a lender's exposure to countries in trouble (event.liquidity_stress.012)
    ("The bank said its loans to developing countries with liquidity problems total 40 mln dlrs.", [("!", "LIQUIDITY_STRESS", "")]),
    ("KESTREL REALTY SAYS IT HAS LIQUIDITY PROBLEMS", [("LIQUIDITY_STRESS", "LIQUIDITY PROBLEMS", "actual")]),
    # LIQUIDITY_STRESS: budgets, export-credit policy, cheap consumer financing, trips, household funds (exclude.liquidity.004)
    ("The government plans to cut its net financing requirement to 300 billion crowns.", [("!", "LIQUIDITY_STRESS", "")]),
    ("The ministry said it will cut export financing for shipbuilders next year.", [("!", "LIQUIDITY_STRESS", "")]),
    ("The dealer offers low-interest financing on all new models, the lender said.", [("!", "LIQUIDITY_STRESS", "")]),
    ("MINISTER CUTTING SHORT ASIA TRIP - FINANCE OFFICIALS SAY", [("!", "LIQUIDITY_STRESS", "")]),
    ("Financial planners say an emergency fund should cover six months of expenses.", [("!", "LIQUIDITY_STRESS", "")]),
    ("The central bank kept its emergency financing rate at 5.5 pct.", [("!", "LIQUIDITY_STRESS", "")]),
    ("Its banks cut the company's credit lines to 20 mln dlrs from 45 mln.",
     [("LIQUIDITY_STRESS", "cut", "actual")]),
    # LIQUIDITY_STRESS: 'unable to obtain' something that is not money (exclude.liquidity.005)
    ("The plant was moved because the company was unable to obtain zoning permits in time.", [("!", "LIQUIDITY_STRESS", "")]),
    ("Carrow Homes said it was unable to obtain financing for the project.",
     [("LIQUIDITY_STRESS", "unable to obtain financing", "actual")]),
    # LIQUIDITY_STRESS: bailouts given or asked for count, the bailout debate does not (event.liquidity_stress.016)
    ("Norcross Bank received the shares as part of its 1985 bailout by the state.", [("LIQUIDITY_STRESS", "bailout", "actual")]),
    ("The tour operator asked the government for a 90 million pound bail out.",
     [("LIQUIDITY_STRESS", "bail out", "actual")]),
    ("Ministers are reluctant to bail out the shipyard, officials said.", [("!", "LIQUIDITY_STRESS", "")]),
    ("A senator said Congress should provide 500 mln dlrs to bail out the farm lenders.", [("!", "LIQUIDITY_STRESS", "")]),
    ("Rescuing the chain would create a moral hazard, the minister said of a bailout.", [("!", "LIQUIDITY_STRESS", "")]),
    # BANKRUPTCY: statistics, law-firm profiles and explainer prose (exclude.bankr.009)
    ("DUTCH COMPANY INSOLVENCIES FALL IN MARCH", [("!", "BANKRUPTCY", "")]),
    ("Overall insolvencies totalled 1,310 in the month, down 2 pct.", [("!", "BANKRUPTCY", "")]),
    ("The firm hired a well-known bankruptcy partner for its Chicago office.", [("!", "BANKRUPTCY", "")]),
    ("Here is who gets paid first when a company becomes insolvent.", [("!", "BANKRUPTCY", "")]),
    ("Clear rules on collateral help lenders even in the context of insolvency.", [("!", "BANKRUPTCY", "")]),
    ("Tarvin Stores said it filed for Chapter 11 bankruptcy protection.",
     [("BANKRUPTCY", "Chapter 11 bankruptcy protection", "actual")]),
    ("The travel agency went into administration on Monday.", [("BANKRUPTCY", "into administration", "actual")]),
    # DEBT_DEFAULT: a state-imposed moratorium on savings institutions (event.debt_default.017)
    ("The scandal led to a moratorium on withdrawals at state-insured savings associations.", [("!", "DEBT_DEFAULT", "")]),
    ("Ecuador declared a moratorium on interest payments to its foreign bank creditors.",
     [("DEBT_DEFAULT", "moratorium", "actual")]),
    # DEBT_DEFAULT: aggregate corporate defaults and bank committees (exclude.default.006)
    ("Fewer corporate defaults helped lower the banks' bad debt charges last year.", [("!", "DEBT_DEFAULT", "")]),
    ("He sits on several rescheduling coordinating committees for debtor nations.", [("!", "DEBT_DEFAULT", "")]),
    ("Gorham Steel said it defaulted on a 40 mln dlr bank loan.", [("DEBT_DEFAULT", "defaulted on", "actual")]),
]


@pytest.mark.parametrize("text,expected", CASES, ids=[c[0][:50] for c in CASES])
def test_distress5_rules(extract, text, expected):
    assert_events(extract(text), expected)
