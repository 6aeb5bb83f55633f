"""Status, round 8c: undecided questions, options weighed, readiness, deals that are off (patterns/context.jsonl),
found by reading the RESTRUCTURING, LAYOFFS and ACQUISITION records of unannotated non-test stories. Sentences
written for the tests; each family has rows that must keep their status."""

import pytest

from conftest import assert_events

CASES = [
    # a decision reported with 'saying it would' is a decision, like 'said it would' (context.pseudo.008)
    ("Tarvia defied its creditors by saying it would limit repayments on its foreign debt to 10 pct of exports.",
     [("DEBT_DEFAULT", "limit repayments", "actual")]),
    ("Tarvia said it could limit repayments on its foreign debt.", [("DEBT_DEFAULT", "limit repayments", "hypothetical")]),
    # a withdrawn bid is negated in the perfect too (context.negation.004: 'withdrawn' beside 'withdrew')
    ("Harlan Corp said it has withdrawn its 25 dlr a share tender offer for Penwood.",
     [("ACQUISITION", "tender offer", "negated")]),
    ("Harlan has withdrawn from the bidding for Penwood.", [("ACQUISITION", "bidding", "negated")]),
    # an undecided question (context.hypothetical.105)
    ("A spokesman said no decisions have yet been made on a sale of the company.",
     [("ASSET_SALE", "sale of the company", "hypothetical")]),
    ("Korvia has not decided whether to close the Leeds plant.",
     [("RESTRUCTURING", "close the Leeds plant", "hypothetical")]),
    ("Korvia decided to close the Leeds plant.", [("RESTRUCTURING", "close the Leeds plant", "actual")]),
    # an option weighed (context.hypothetical.106); the agreed deal 'contemplated' by an agreement stays
    ("The agency cited the company's consideration of another large acquisition.",
     [("ACQUISITION", "acquisition", "hypothetical")]),
    ("Marlow is weighing a sale of its tire unit.", [("ASSET_SALE", "sale of its tire unit", "hypothetical")]),
    ("Marlow sold its tire unit in May.", [("ASSET_SALE", "sold its tire unit", "actual")]),
    # a readiness (context.hypothetical.107)
    ("Marlow said it was prepared to sell its tire unit.", [("ASSET_SALE", "sell its tire unit", "hypothetical")]),
    # ... not for acquisitions: a bid a company is prepared to make is announced, and bids are actual
    ("Dart said it was prepared to bid 33 dlrs a share for the company.", [("ACQUISITION", "bid", "actual")]),
    # a deal that is off (context.negation.030)
    ("Hughes said the planned merger with Baker was off.", [("ACQUISITION", "merger", "negated")]),
    ("Hughes said the merger with Baker was completed.", [("ACQUISITION", "merger", "actual")]),
    # a step a company will or would be forced to take (context.hypothetical.108); the past one stays
    ("Korvia said that if the plan is not approved it will have no alternative but to seek protection under Chapter 11.",
     [("BANKRUPTCY", "Chapter 11", "hypothetical")]),
    ("Dalton said it will be forced to file for bankruptcy by the end of the week.",
     [("BANKRUPTCY", "bankruptcy", "hypothetical")]),
    ("Dalton was forced to file for bankruptcy last year.", [("BANKRUPTCY", "bankruptcy", "actual")]),
    # an ability (context.hypothetical.109); a past ability happened, a negated one is decided by the negation
    ("Under the new rules, foreign banks will also be able to open branches or buy up to 50 pct of a local broker.",
     [("ACQUISITION", "buy", "hypothetical")]),
    ("Marlow said it was able to sell its tire unit in May.", [("ASSET_SALE", "sell its tire unit", "actual")]),
]


@pytest.mark.parametrize("text,expected", CASES)
def test_status(extract, text, expected):
    assert_events(extract(text), expected)
