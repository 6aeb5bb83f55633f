"""Event rules, family by family: text -> the events expected (type, words in the trigger, status).

Each row is a sentence of the kind the family meets in releases and wire copy; negative rows hold the distractors
that must not fire. The test checks that every expected event is found and, for rows that list none, that none of
the families named fires.
"""

from __future__ import annotations

import pytest

from conftest import assert_events

CASES = [
    # NET_LOSS
    ("Acme Corp reported a third-quarter net loss of $4.5 million.", [("NET_LOSS", "net loss", "actual")]),
    ("The company posted a loss of 3.4 mln dlrs in the quarter.", [("NET_LOSS", "loss", "actual")]),
    ("Shr loss 12 cts vs profit eight cts", [("NET_LOSS", "loss", "actual")]),
    ("Net loss 1.2 mln vs loss 300,000", [("NET_LOSS", "Net loss", "actual"), ("NET_LOSS", "loss", "actual")]),
    ("The unit incurred an operating loss of $2 million.", [("NET_LOSS", "operating loss", "actual")]),
    ("Its loss prevention program won an award.", []),
    # EARNINGS_DECLINE
    ("Net income fell 23 pct to 4.1 mln dlrs.", [("EARNINGS_DECLINE", "income fell", "actual")]),
    ("The company lowered its earnings forecast for the year.", [("EARNINGS_DECLINE", "lowered", "actual")]),
    ("Sales rose 12 pct to a record.", []),
    ("The retailer warned on profits after a weak Christmas.", [("EARNINGS_DECLINE", "warned on profits", "actual")]),
    ("Quarterly profit plummeted 40 pct on lower prices.", [("EARNINGS_DECLINE", "plummeted", "actual")]),
    ("The group downgraded its annual profit forecast.", [("EARNINGS_DECLINE", "downgraded", "actual")]),
    ("The company scaled back its profit forecast for 1987.", [("EARNINGS_DECLINE", "scaled back", "actual")]),
    ("Profit-taking eroded the metal's gains.", []),
    ("Additional slides accompany the earnings release.", []),
    # CREDIT_LOSS_PROVISION
    ("It recorded a $40 million provision for loan losses.", [("CREDIT_LOSS_PROVISION", "provision for loan losses", "actual")]),
    ("The bank added 150 mln dlrs to its loan loss reserves.", [("CREDIT_LOSS_PROVISION", "loan loss reserves", "actual")]),
    ("The lender charged off 12 million dollars of consumer loans in the quarter.",
     [("CREDIT_LOSS_PROVISION", "charged off", "actual")]),
    ("Loan impairment charges rose to 310 million euros.", [("CREDIT_LOSS_PROVISION", "loan impairment charges", "actual")]),
    ("The bank raised its provisions for non-performing loans.",
     [("CREDIT_LOSS_PROVISION", "provisions for non-performing loans", "actual")]),
    ("The group boosted bad-debt provisions after the recession.", [("CREDIT_LOSS_PROVISION", "bad-debt provisions", "actual")]),
    # IMPAIRMENT_WRITEDOWN
    ("The company wrote down its investment in the venture.", [("IMPAIRMENT_WRITEDOWN", "wrote down", "actual")]),
    ("It took a goodwill impairment charge of $12 million.", [("IMPAIRMENT_WRITEDOWN", "impairment", "actual")]),
    ("We test goodwill for impairment annually.", [("IMPAIRMENT_WRITEDOWN", "impairment", "hypothetical")]),
    # DISCONTINUED_OPERATIONS
    ("The company discontinued its warehouse lending operations.", [("DISCONTINUED_OPERATIONS", "discontinued", "actual")]),
    ("The loss from discontinued operations was $3 million.", [("DISCONTINUED_OPERATIONS", "discontinued operations", "actual")]),
    # RESTRUCTURING
    ("The company will close two plants in Ohio.", [("RESTRUCTURING", "close two plants", "actual")]),
    ("It recorded a restructuring charge of 20 mln dlrs.", [("RESTRUCTURING", "restructuring", "actual")]),
    # LAYOFFS
    ("The automaker will lay off 500 workers.", [("LAYOFFS", "lay off", "actual")]),
    ("About 300 employees were laid off last month.", [("LAYOFFS", "laid off", "actual")]),
    ("The plan will eliminate 1,200 jobs.", [("LAYOFFS", "eliminate 1,200 jobs", "actual")]),
    # GOING_CONCERN
    ("The auditors expressed substantial doubt about its ability to continue as a going concern.",
     [("GOING_CONCERN", "going concern", "actual")]),
    ("The business was sold as a going concern.", []),
    # MARGIN_CALL
    ("Lenders made margin calls totalling $50 million.", [("MARGIN_CALL", "margin calls", "actual")]),
    ("No margin calls were received during the quarter.", [("MARGIN_CALL", "margin calls", "negated")]),
    # DEBT_DEFAULT
    ("The company is in default under its loan agreement.", [("DEBT_DEFAULT", "in default", "actual")]),
    ("Banks agreed to waive the covenant violations.", [("DEBT_DEFAULT", "waive", "actual")]),
    ("The company did not breach any of its covenants.", [("DEBT_DEFAULT", "breach", "negated")]),
    ("If the lenders declare an event of default, the notes become due.", [("DEBT_DEFAULT", "event of default", "hypothetical")]),
    # LIQUIDITY_STRESS
    ("Its bank reduced the company's credit line to $10 million.", [("LIQUIDITY_STRESS", "reduced", "actual")]),
    ("The company said it was unable to obtain financing.", [("LIQUIDITY_STRESS", "unable to obtain financing", "actual")]),
    # DIVIDEND_CUT
    ("The board omitted its quarterly dividend.", [("DIVIDEND_CUT", "omitted", "actual")]),
    ("The company did not declare a dividend for the quarter.", [("DIVIDEND_CUT", "did not declare", "actual")]),
    ("The company cut its dividend to 10 cts a share.", [("DIVIDEND_CUT", "cut its dividend", "actual")]),
    ("The board declared its regular quarterly dividend of 15 cts.", []),
    # NEGATIVE_EQUITY
    ("As of year end the company had a stockholders' deficit of $4 million.", [("NEGATIVE_EQUITY", "stockholders' deficit", "actual")]),
    # BANKRUPTCY
    ("The retailer filed for Chapter 11 bankruptcy protection on Monday.", [("BANKRUPTCY", "Chapter 11", "actual")]),
    ("A bankruptcy filing could follow if talks fail.", [("BANKRUPTCY", "bankruptcy", "hypothetical")]),
    # DELISTING
    ("The shares will be delisted from the American Stock Exchange.", [("DELISTING", "delisted", "actual")]),
    # RATING_DOWNGRADE
    ("Moody's downgraded the company's senior debt to Ba2.", [("RATING_DOWNGRADE", "downgraded", "actual")]),
    # LITIGATION_REGULATORY
    ("Shareholders filed a class action lawsuit against the company.", [("LITIGATION_REGULATORY", "lawsuit", "actual")]),
    ("The SEC is investigating the trades.", [("LITIGATION_REGULATORY", "investigating", "actual")]),
    # RESTATEMENT
    ("The company will restate its results for 1986.", [("RESTATEMENT", "restate", "actual")]),
    ("Prior-year figures were restated for pooled acquisitions.", [("!", "RESTATEMENT", "")]),
    # EXECUTIVE_DEPARTURE
    ("John Smith resigned as chief executive officer.", [("EXECUTIVE_DEPARTURE", "resigned", "actual")]),
    ("The company offered an early retirement program to its staff.", [("LAYOFFS", "early retirement program", "actual")]),
    # ACQUISITION
    ("Acme Corp agreed to acquire Widget Inc for 50 mln dlrs.", [("ACQUISITION", "acquire", "actual")]),
    ("The group bought a 5.1 pct stake in Beta Industries.", [("ACQUISITION", "stake", "actual")]),
    ("The company acquired 20,000 new customers in the quarter.", []),
    # ASSET_SALE
    ("The company sold its retail unit to a private buyer.", [("ASSET_SALE", "sold its retail unit", "actual")]),
    ("It agreed to sell its 40 pct stake in the refinery.", [("ASSET_SALE", "sell", "actual")]),
]


@pytest.mark.parametrize("text,expected", CASES, ids=[c[0][:50] for c in CASES])
def test_event_rules(extract, text, expected):
    assert_events(extract(text), expected)
