"""Deal rules, ninth round (ACQUISITION, ASSET_SALE), from the misses and false alarms of the fourth (blind) gold batch:
short infinitive headlines and the nouns they end on, a holder's block named with a determiner, a business said to be
sold in an apposition, companies named in the wire's angle brackets, formal applications to buy, the Federal Reserve
no longer blocking bank deals, the participle that repeats a purchase or sale just named, and legal prose and commodity
disposals that must not fire. Same row format as tests/test_event_rules.py: ("!", TYPE, "") means TYPE must not fire at
all, ("!", TYPE, word) that no TYPE trigger contains word; an empty list means no event of any type.
"""

from __future__ import annotations

import pytest

from conftest import assert_events

CASES = [
    # ASSET_SALE: branches, sawmills and smelters sold (event.asset_sale.001), headlines ending on the noun
    ("HARLOW SAVINGS <HSV> TO SELL BRANCH\n\nHarlow Savings said it agreed to sell its Dover branch to Kent Bank.",
     [("ASSET_SALE", "SELL BRANCH", "actual"), ("ASSET_SALE", "sell its Dover branch", "actual")]),
    ("Pine Ridge Lumber said it sold its sawmill in Medford to Cedar Products Corp.",
     [("ASSET_SALE", "sold its sawmill", "actual")]),
    ("The savings bank sells annuities through its branches.", [("!", "ASSET_SALE", "")]),
    # ASSET_SALE: a holder's block with a determiner (event.asset_sale.006)
    ("The investor group said it sold the 215,000 Dorlan common shares between May 2 and May 20.",
     [("ASSET_SALE", "sold the 215,000 Dorlan common shares", "actual")]),
    ("Halden said it sold its 2.4 mln Tovey shares to a group of institutions.",
     [("ASSET_SALE", "sold its 2.4 mln Tovey shares", "actual")]),
    ("The company said it sold the 1.5 mln shares in a public offering last week.", [("!", "ASSET_SALE", "")]),
    # ASSET_SALE: a business said to be sold in an apposition (event.asset_sale.023)
    ("Revenues for last year exclude the Kelby stores, sold at the end of 1986.", [("ASSET_SALE", "sold", "actual")]),
    ("Its plastic toys, sold in 40 countries, drew record orders.", [("!", "ASSET_SALE", "")]),
    # ASSET_SALE: a company named in angle brackets (event.asset_sale.024)
    ("Delmar has tried to enter the market since 1980, when it was forced to sell <Orvis Gas Pipeline Co> to "
     "settle claims by its customers.", [("ASSET_SALE", "sell", "actual")]),
    ("Kent Office said it won the exclusive right to sell <Marlow Systems Inc>'s dictation system in Europe.",
     [("!", "ASSET_SALE", "")]),
    # ASSET_SALE: privatisation law and privatised companies as background, commodity disposals (exclude.sale.061,
    # the forbids of event.asset_sale.008)
    ("Under the privatisation law, foreign investors are limited to a 20 pct stake in privatised companies.",
     [("!", "ASSET_SALE", "")]),
    ("The plan aims to cut the butter mountain by disposing of 1.04 mln tonnes over two years.",
     [("!", "ASSET_SALE", "")]),
    ("The members said they should not pay for the disposal of surpluses built up before they joined.",
     [("!", "ASSET_SALE", "")]),
    ("Halden said it has disposed of its 40 pct interest in Tovey Mining Ltd.", [("ASSET_SALE", "disposed of", "actual")]),
    # ASSET_SALE / ACQUISITION: the participle repeating the deal just named (exclude.sale.062, exclude.acq.115)
    ("Tarn Partners said it sold 300,000 shares of Pell Corp, cutting its stake to 4.1 pct.",
     [("ASSET_SALE", "sold", "actual"), ("!", "ASSET_SALE", "cutting")]),
    ("Tarn Partners said it acquired 300,000 more shares of Pell Corp, raising its stake to 12.1 pct.",
     [("ACQUISITION", "acquired", "actual"), ("!", "ACQUISITION", "raising")]),
    ("Tarn Partners said it raised its stake in Pell Corp to 12.1 pct.",
     [("ACQUISITION", "raised its stake", "actual")]),
    # ACQUISITION: formal applications to buy (event.acquisition.007)
    ("Four consortia have applied to buy the state-owned telephone equipment maker.",
     [("ACQUISITION", "buy", "actual")]),
    ("THREE GROUPS APPLY TO BUY STATE BANK\n\nThree groups have applied to buy what is the country's largest savings bank.",
     [("ACQUISITION", "APPLY TO BUY", "actual"), ("ACQUISITION", "buy", "actual")]),
    # ACQUISITION: the Federal Reserve no longer blocks a deal; reserves bought are property (exclude.acq.114, 116)
    ("Harbor Bancorp said the Federal Reserve Board approved its application to acquire Coastline Bancshares Inc.",
     [("ACQUISITION", "acquire", "actual")]),
    ("Tarn Oil said it acquired additional natural gas reserves in west Texas last year.", [("!", "ACQUISITION", "")]),
    ("Additions to its reserves from new discoveries and reserve acquisitions did not replace production.",
     [("!", "ACQUISITION", "")]),
]


@pytest.mark.parametrize("text,expected", CASES, ids=[c[0][:50] for c in CASES])
def test_deal_rules_9(extract, text, expected):
    assert_events(extract(text), expected)
