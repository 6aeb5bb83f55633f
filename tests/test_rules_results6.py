"""Results event rules, sixth round (EARNINGS_DECLINE, NET_LOSS, DIVIDEND_CUT): ways of writing found missing or
over-matched in a reading of non-test Reuters and FinCausal stories. Same row format as tests/test_event_rules.py:
("!", TYPE, "") means TYPE must not fire at all; an empty list means no event of any type.
"""

from __future__ import annotations

import pytest

from conftest import assert_events

CASES = [
    # EARNINGS_DECLINE: a loss warning whose sentence also names the period's sales, a tax item or a balance
    ("Harlow Systems said it expects to report a loss for the year of about 2.1 mln dlrs on sales of about 9 mln dlrs.",
     [("EARNINGS_DECLINE", "expects to report a loss", "actual"), ("NET_LOSS", "loss", "hypothetical")]),
    ("Penrith Inc said it expects to report a loss from operations for the second quarter despite a rise in unit sales.",
     [("EARNINGS_DECLINE", "expects to report a loss", "actual")]),
    ("The retailer anticipates a loss for the balance of the year because of weak tax refund season sales.",
     [("EARNINGS_DECLINE", "anticipates a loss", "actual")]),
    # ... but not a loss item, an improvement, no loss at all, or someone else's forecast
    ("The company expects no material gain or loss on the sale of the division.", [("!", "EARNINGS_DECLINE", "")]),
    ("Dorset Mills expects a smaller loss in the second half on higher sales.", [("!", "EARNINGS_DECLINE", "")]),
    ("The company expects tax losses from the sale to offset part of the gain.", [("!", "EARNINGS_DECLINE", "")]),
    ("Economists expect losses at state enterprises to widen as prices fall.", [("!", "EARNINGS_DECLINE", "")]),
    ("The group expects lower costs and higher sales this year.", [("!", "EARNINGS_DECLINE", "")]),
    ("REGIONAL BANKS SEEN ADDING TO LOSS RESERVES", [("!", "EARNINGS_DECLINE", "")]),
    ("Tolland Corp said it expects to report a loss for the quarter because of delays in government contract awards.",
     [("EARNINGS_DECLINE", "expects to report a loss", "actual")]),
    # EARNINGS_DECLINE: a drop in a state's income from duties is revenue, not a company's profit
    ("The finance minister said budget revenue was hit by a drop in income from customs duties.",
     [("!", "EARNINGS_DECLINE", "")]),
    ("The chain reported a sharp drop in profits for the half year.", [("EARNINGS_DECLINE", "drop in profits", "actual")]),
    ("The retailer said the weak economies of its home states caused a drop in net earnings to 3.2 mln dlrs.",
     [("EARNINGS_DECLINE", "drop in net earnings", "actual")]),
    # NET_LOSS: a company or unit that lost money, with words between the verb and the amount
    ("Pinebrook Savings lost a record 212 mln dlrs in 1986 and is seeking a merger partner.",
     [("NET_LOSS", "lost", "actual")]),
    ("The truck plant has been losing some 300,000 stg a week, the union said.", [("NET_LOSS", "losing", "actual")]),
    ("The chain lost a further 14 mln dlrs in the fourth quarter.", [("NET_LOSS", "lost", "actual")]),
    # ... but not counts of people or investors' market value
    ("The carrier lost some 4 million passengers to rival airlines last year.", [("!", "NET_LOSS", "")]),
    ("Shareholders have lost about $3 billion in market value since the bid collapsed.", [("!", "NET_LOSS", "")]),
    ("Investors lost $2 billion when the fund collapsed.", [("!", "NET_LOSS", "")]),
    ("The phone operator lost 2.4 million subscribers in the quarter.", [("!", "NET_LOSS", "")]),
    ("The airline lost 41.2 mln dlrs last year because of fare wars and customer defections.",
     [("NET_LOSS", "lost", "actual")]),
    # NET_LOSS: market-report headlines about currencies and shares are no company loss
    ("DOLLAR CLOSES WITH SLIGHT LOSSES IN TOKYO", [("!", "NET_LOSS", "")]),
    ("GOLD ENDS WITH SMALL LOSSES IN ZURICH", [("!", "NET_LOSS", "")]),
    ("MARLIN INDUSTRIES POSTS FOURTH QUARTER LOSS", [("NET_LOSS", "LOSS", "actual")]),
    # DIVIDEND_CUT: 'axe', 'ditch'
    ("The co-operative's decision to axe its interim dividend angered members.",
     [("DIVIDEND_CUT", "axe its interim dividend", "actual")]),
    ("The bank ditched its final dividend to preserve capital.", [("DIVIDEND_CUT", "ditched its final dividend", "actual")]),
    ("The fund ditched its holdings in a high dividend ETF.", [("!", "DIVIDEND_CUT", "")]),
    # EARNINGS_DECLINE: an impact stated with 'by', a participle before 'loss', a loss item, a loss word elsewhere
    ("A lower tax rate lifted profits in the quarter.", [("!", "EARNINGS_DECLINE", "")]),
    ("Lower interest costs boosted earnings.", [("!", "EARNINGS_DECLINE", "")]),
    ("The loss of tax credits reduced per-share earnings by nine cts in the quarter.", [("!", "EARNINGS_DECLINE", "")]),
    ("The retailer reported a larger-than-expected loss for the second quarter.", [("!", "EARNINGS_DECLINE", "")]),
    ("We do expect inventory holding losses in the second quarter.", [("!", "EARNINGS_DECLINE", "")]),
    ("Fish stocks usually see a decline in winter, with 30 percent losses in a bad year.", [("!", "EARNINGS_DECLINE", "")]),
    # figurative dividends, annuity products, loss leaders, investors exiting a stock
    ("Clean cookstoves combine development dividends with reduced emissions.", [("!", "DIVIDEND_CUT", "")]),
    ("The insurer sells fixed, deferred and payout annuities.", [("!", "DIVIDEND_CUT", "")]),
    ("The grocer has a history of loss leader pricing on wine.", [("!", "NET_LOSS", "")]),
    ("I exited the stock in the second quarter for a small gain.", [("!", "DISCONTINUED_OPERATIONS", "")]),
    ("The utility reduced transmission losses to 20 pct from 22 pct.", [("!", "NET_LOSS", "")]),
    # election seats, a cancelled share sale, futures and clients' losses
    ("The Liberal party, despite forecast losses, gained three seats.", [("!", "EARNINGS_DECLINE", "")]),
    ("After the ruling, the unit cancelled a planned sale of preferred stock.", [("!", "DIVIDEND_CUT", "")]),
    ("Cocoa futures slid in late trade, suffering losses of 15 dlrs a tonne.", [("!", "NET_LOSS", "")]),
    ("Thousands of clients could not recover their deposits, suffering a combined loss of 90 billion yen.",
     [("!", "NET_LOSS", "")]),
    ("The mill suffered a loss of 3 mln dlrs in the quarter.", [("NET_LOSS", "loss", "actual")]),
    ("Its casualty unit had a record loss of 412 mln dlrs after policyholders' dividends.",
     [("NET_LOSS", "loss", "actual")]),
]


@pytest.mark.parametrize("text,expected", CASES, ids=[c[0][:50] for c in CASES])
def test_results_rules6(extract, text, expected):
    assert_events(extract(text), expected)
