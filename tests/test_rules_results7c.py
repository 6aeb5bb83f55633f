"""Results event rules, round 7c: a random precision audit of EARNINGS_DECLINE, NET_LOSS, DIVIDEND_CUT,
CREDIT_LOSS_PROVISION and IMPAIRMENT_WRITEDOWN on non-test FinCausal sections. Ways of writing that were over-matched:
losses of governments, countries and markets, a consumer's charged-off card, debt forgiveness for borrowers, generic
prose about dividends, a commentator's inference of a loss, workers' earnings. Same row format as
tests/test_event_rules.py: ("!", TYPE, "") means TYPE must not fire at all, ("!", TYPE, word) that no TYPE trigger
contains word.
"""

from __future__ import annotations

import pytest

from conftest import assert_events

CASES = [
    # a government's, a country's or a market's losses are no company result (exclude.net_loss.021/022)
    ("Tax authorities in Norway say they lost 300 million crowns in refunds to the scheme.",
     [("!", "NET_LOSS", "")]),
    ("The regional ministry said the tax authorities have lost 40 mln dlrs to smuggling this year.",
     [("!", "NET_LOSS", "")]),
    ("Smaller frontier markets like Kenya and Ghana also had to absorb heavy losses last year.",
     [("!", "NET_LOSS", "")]),
    ("The drought has caused heavy losses to farmers across the province.", [("!", "NET_LOSS", "")]),
    ("The cartel's collapse meant large losses to producers in West Africa.", [("!", "NET_LOSS", "")]),
    # ... while a company's own loss, and a cut loss, still count
    ("Harlow Mills said it lost 4.5 mln dlrs in the second quarter.", [("NET_LOSS", "lost", "actual")]),
    ("Brenton Systems cut net losses to 3.1 mln dlrs from 7.9 mln dlrs in the quarter.",
     [("NET_LOSS", "losses", "actual")]),
    # a consumer's charged-off account is no lender's charge-off (forbids of event.credit_loss_provision.004)
    ("I still have a charged off store card from 2015 on my credit file.", [("!", "CREDIT_LOSS_PROVISION", "")]),
    ("The lender may charge off your account after six missed payments.", [("!", "CREDIT_LOSS_PROVISION", "")]),
    ("Fenwick Bancorp charged off 12 mln dlrs of farm loans in the quarter.",
     [("CREDIT_LOSS_PROVISION", "charged off", "actual")]),
    # debt forgiveness for borrowers is no write-down (forbids of event.impairment_writedown.001)
    ("Several candidates want medical debts and student loans written off by the federal government.",
     [("!", "IMPAIRMENT_WRITEDOWN", "")]),
    ("The charity campaigns for debt relief, with old loans to poor nations written off.",
     [("!", "IMPAIRMENT_WRITEDOWN", "")]),
    ("Corvale Mining wrote off its 20 pct stake in the smelter venture.",
     [("IMPAIRMENT_WRITEDOWN", "wrote off", "actual")]),
    # generic prose about dividends (forbids of event.dividend_cut.003)
    ("Rising debt typically forces utilities to cut dividends before they sell assets.",
     [("!", "DIVIDEND_CUT", "")]),
    ("Heavy investment generally means lower payouts, since boards cut the dividend to fund projects.",
     [("!", "DIVIDEND_CUT", "")]),
    ("Ardent Realty cut its quarterly dividend to 15 cts from 25 cts.",
     [("DIVIDEND_CUT", "cut its quarterly dividend", "actual")]),
    # a commentator's inference of a loss is no company warning (forbids of event.earnings_decline.009)
    ("That means the insurer will post another annual loss, the analyst wrote.", [("!", "EARNINGS_DECLINE", "")]),
    ("Kellam Labs said it will report a fourth quarter loss.",
     [("EARNINGS_DECLINE", "will report a fourth quarter loss", "actual"), ("NET_LOSS", "loss", "hypothetical")]),
    # workers' pay is no company's earnings (forbids of event.earnings_decline.001)
    ("Delivery workers say their earnings fell sharply after the app changed its fee formula.",
     [("!", "EARNINGS_DECLINE", "")]),
    ("Drivers' earnings dropped by a fifth once the city capped fares.", [("!", "EARNINGS_DECLINE", "")]),
    ("Quarterly earnings fell 18 pct, the retailer said.", [("EARNINGS_DECLINE", "earnings fell", "actual")]),
    # tax loss carryovers and carrybacks are tax items, no loss (exclude.loss.001)
    ("Oper net excludes 606,000 dlrs for net operating loss carryovers.", [("!", "NET_LOSS", "")]),
    ("The refund comes from a tax loss carryback to 1984.", [("!", "NET_LOSS", "")]),
]


@pytest.mark.parametrize("text,expected", CASES, ids=[c[0][:50] for c in CASES])
def test_results_rules7c(extract, text, expected):
    assert_events(extract(text), expected)
