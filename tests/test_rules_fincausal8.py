"""Results event rules, FinCausal round 8: a random audit of 1,600 non-test FinCausal sections (seed 831) and of every
non-test FinCausal record of NET_LOSS, EARNINGS_DECLINE, DIVIDEND_CUT, RATING_DOWNGRADE, IMPAIRMENT_WRITEDOWN,
CREDIT_LOSS_PROVISION, DISCONTINUED_OPERATIONS and NEGATIVE_EQUITY, then a sample of 350 non-test Reuters records of
these types. Ways of writing that were missed: the prior-period loss a result is compared with ('compared with a loss
of $63 million'), a result stated as a negative bottom line, the prior-period loss named by its verb alone ('twice as
much as it lost in the same period'), the active 'dented profits'. Over-matched: 'preferred' read as preferred
dividends where it is an adjective ('a preferred WATS service charge') or a capital layer, a country's trade or
budget balance read as a profit warning, a named extraordinary loss item read as a net loss, an analyst's cut of
his earnings estimates read as the company's profit warning.
Same row format as tests/test_event_rules.py: ("!", TYPE, "") means TYPE must not fire at all, ("!", TYPE, word) that
no TYPE trigger contains word.
"""

from __future__ import annotations

import pytest

from conftest import assert_events

CASES = [
    # the prior-period loss a result is compared with, with a currency amount (event.net_loss.030)
    ("Harrow Foods earned 12 cents a share, compared with a loss of $3.1 million a year earlier.",
     [("NET_LOSS", "loss", "actual")]),
    ("Quarterly profit was $8 million versus a loss of £2 million in the same quarter of 2018.",
     [("NET_LOSS", "loss", "actual")]),
    ("The broker's index recovered from a loss of 2 percent earlier in the session.", [("!", "NET_LOSS", "")]),
    ("The fund rebounded after a loss of $40 million on its currency bets.", [("!", "NET_LOSS", "")]),
    # a result stated as a negative bottom line (event.net_loss.031)
    ("Calloway Bank's reported bottom line for the second quarter was negative.", [("NET_LOSS", "negative", "actual")]),
    ("The chipmaker's bottom line turned negative in the third quarter.", [("NET_LOSS", "negative", "actual")]),
    ("Missed appointments have negative effects on a clinic's bottom line.", [("!", "NET_LOSS", "")]),
    ("The bottom line is that costs keep rising.", [("!", "NET_LOSS", "")]),
    # the prior-period loss named by the verb alone (event.net_loss.032)
    ("Its operating losses totalled $90 million, about twice as much as it lost in the same period last year.",
     [("NET_LOSS", "losses", "actual"), ("NET_LOSS", "lost", "actual")]),
    ("The retailer kept its margins even as it lost market share.", [("!", "NET_LOSS", "")]),
    ("The union said the firm cared more about the case than it lost in the courts.", [("!", "NET_LOSS", "lost")]),
    # the active form of 'profits were dented' (event.earnings_decline.042)
    ("Higher freight costs dented first-half profits at the shipper.", [("EARNINGS_DECLINE", "dented", "actual")]),
    ("A stronger currency could dent the earnings of exporters.", [("EARNINGS_DECLINE", "dent", "hypothetical")]),
    ("The scandal dented confidence in the bank's management.", [("!", "EARNINGS_DECLINE", "")]),
    ("Brisk sales failed to dent the stockpile, although profits rose.", [("!", "EARNINGS_DECLINE", "")]),
    # 'preferred' as an adjective or a capital layer is no preferred dividend (exclude.dividend_cut.003)
    ("The carrier also lowered its monthly preferred WATS service charge for business lines.",
     [("!", "DIVIDEND_CUT", "")]),
    ("The agency noted redemptions that reduced the layer of preferred in the utility's capital structure.",
     [("!", "DIVIDEND_CUT", "")]),
    ("Duff and Phelps lowered the preferred stock rating of the bank to D&P-9.", [("!", "DIVIDEND_CUT", "")]),
    ("Halvern Steel omitted its preferred dividend for the quarter.",
     [("DIVIDEND_CUT", "omitted its preferred dividend", "actual")]),
    ("Acme Realty cut its preferred stock dividend to 50 cts.", [("DIVIDEND_CUT", "cut its preferred", "actual")]),
    # a country's trade, current-account or budget balance is macro (exclude.earnings_decline.018)
    ("The government initially forecast a current account deficit of 14.75 billion for the year.",
     [("!", "EARNINGS_DECLINE", "")]),
    ("The island expects its trade surplus to decline over the next few months.", [("!", "EARNINGS_DECLINE", "")]),
    ("The economist predicted the U.S. trade deficit will fall by 30 billion dlrs a year.",
     [("!", "EARNINGS_DECLINE", "")]),
    ("Norvik Steel said it expects 1987 earnings will be lower than last year's.",
     [("EARNINGS_DECLINE", "expects 1987 earnings will be lower", "actual")]),
    ("The retailer expects lower profit this year because of the trade war.",
     [("EARNINGS_DECLINE", "expects lower", "actual")]),
    # a named extraordinary or unusual loss item is no net loss (the gap of event.net_loss.002)
    ("In the first half Marlow Holdings posted an extraordinary loss of 20.4 mln dlrs on asset sales.",
     [("!", "NET_LOSS", "")]),
    ("Many banks in the depressed farm states will continue to suffer extraordinary losses, the regulator said.",
     [("!", "NET_LOSS", "")]),
    ("Marlow Holdings posted a loss of 3.1 mln dlrs in the first half.", [("NET_LOSS", "loss", "actual")]),
    # an analyst cutting his own estimates is no warning of the company (exclude.earnings_decline.019/.020)
    ("The recall prompted him to cut his estimate of Halden Pharma's 1987 earnings to 40 cents a share.",
     [("!", "EARNINGS_DECLINE", "")]),
    ("Keller said he cut 1987 earnings estimates for the automaker by 50 cts a share.",
     [("!", "EARNINGS_DECLINE", "")]),
    ("The broker said the reduction in earnings estimates reflects weaker mortgage demand.",
     [("!", "EARNINGS_DECLINE", "")]),
    ("Varden Corp cut its 1987 earnings estimate to 2.10 dlrs a share from 2.50 dlrs.",
     [("EARNINGS_DECLINE", "cut its 1987 earnings estimate", "actual")]),
]


@pytest.mark.parametrize("text,expected", CASES, ids=[c[0][:50] for c in CASES])
def test_rules_fincausal8(extract, text, expected):
    assert_events(extract(text), expected)
