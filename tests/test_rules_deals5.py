"""Deal rules, fifth round (ACQUISITION, ASSET_SALE): exclusions for the wrong-trigger families that a reading of 220
random non-test ACQUISITION records found: class-action boilerplate about investors who purchased shares, generic
buyout-industry talk, loans bought by a lender, acquiring an ability, weapons or a single right/option, merging
cultures, the insider-trade template 'following the completion of the acquisition, the director now owns', warrant
exercises, shares bought for an employee plan, bond pricing ('those buying ... pay 99.60 for a yield'), commercial
paper bought for resale, underwriters' purchases, cereal export bids and residents' buyout offers. Old lemma forbids 'notes'/'offering' (which also blocked 'noted' and every 'offer') are
replaced by word-form exclusions (exclude.sale.030, exclude.acq.056).

Rows are written for these tests (not copied from a corpus); distractors list ("!", TYPE, "") or ("!", TYPE, word).
"""

from __future__ import annotations

import pytest

from conftest import assert_events

CASES = [
    # class-action boilerplate, generic buyout talk, loans bought (exclude.acq.066)
    ("Investors who purchased shares of Orbis Corp between May and June should contact the law firm.",
     [("!", "ACQUISITION", "")]),
    ("Shareholders who bought Tarn Inc stock in the class period may join the suit.", [("!", "ACQUISITION", "")]),
    ("Buyout firms have raised record sums this year to spend on deals.", [("!", "ACQUISITION", "")]),
    ("The fund will provide mezzanine debt in leveraged buyout transactions.", [("!", "ACQUISITION", "")]),
    ("Home loans acquired by the savings banks rose to 4.1 billion dlrs in the quarter.", [("!", "ACQUISITION", "")]),
    ("Buyout firm Kell Partners agreed to buy Orbis Corp for 300 mln dlrs.",
     [("ACQUISITION", "agreed to buy", "actual")]),
    # an ability, weapons, a single right or option; cultures (exclude.acq.067, .068)
    ("She had to acquire most of her education and skills on the job.", [("!", "ACQUISITION", "")]),
    ("Officials said the country has acquired long-range cruise missiles from abroad.", [("!", "ACQUISITION", "")]),
    ("Dorrance Bank also acquired a stock appreciation right in the new company.",
     [("!", "ACQUISITION", "")]),
    ("TARN MINING ACQUIRES COPPER MINE OPTION", [("!", "ACQUISITION", "")]),
    ("Brokers will find it hard to merge their slow, formal culture with that of the traders.",
     [("!", "ACQUISITION", "")]),
    ("Dorrance Bank acquired Kell Savings, a thrift with branches in Ohio, for 40 mln dlrs.",
     [("ACQUISITION", "acquired", "actual")]),
    # insider template, warrant exercise, employee plan (exclude.acq.069, .070, .071)
    ("Following the completion of the acquisition, the insider now directly owns 12,500 shares of the company.",
     [("!", "ACQUISITION", "")]),
    ("Nine holders exercised 500,000 warrants, acquiring one mln Orbis shares for 2.5 mln dlrs.",
     [("!", "ACQUISITION", "")]),
    ("Its bank unit will be buying additional shares for the employee stock ownership trust.",
     [("!", "ACQUISITION", "")]),
    ("Tarn will exercise its option to purchase all of the partnership interests in Kell Research Partners.",
     [("ACQUISITION", "purchase", "actual")]),
    ("Following the completion of the acquisition, Orbis will have 40 stores in Texas.",
     [("ACQUISITION", "acquisition", "actual")]),
    # securities, not companies (event.acquisition.002, .006, .011 forbids)
    ("Those buying 100,000 dlrs or more pay 99.50 for a yield of 7.4 pct.", [("!", "ACQUISITION", "")]),
    ("The bank may now deal in commercial paper, buying it for resale to institutions like banks.",
     [("!", "ACQUISITION", "")]),
    ("Sole underwriter Kell Securities is offering 40 mln dlrs of linked notes it purchased from Orbis Corp.",
     [("!", "ACQUISITION", "")]),
    ("Dorrance paid 12 mln dlrs for a 9.5 pct stake in Tarn Chemicals.", [("ACQUISITION", "paid", "actual")]),
    # cereal export bids, residents' buyouts (event.acquisition.009, .001 forbids)
    ("FRENCH CEREAL EXPORT BIDS DETAILED", [("!", "ACQUISITION", "")]),
    ("Residents in the flood zone began receiving buyout offer letters this week.", [("!", "ACQUISITION", "")]),
    ("Kell Inc said it received a takeover bid from Orbis Corp valued at 20 dlrs a share.",
     [("ACQUISITION", "takeover bid", "actual")]),
    # old lemma forbids replaced: 'noted' and 'offer' no longer block a sale or a stake (asset_sale.002, acquisition.014)
    ("Orbis noted that the divestiture of its plastics division was completed in May.",
     [("ASSET_SALE", "divestiture", "actual")]),
    ("Analysts noted that Dorrance bought 30 pct of Tarn Chemicals last month.", [("ACQUISITION", "bought", "actual")]),
    ("Orbis agreed to sell 100 mln dlrs of senior notes to a group of insurers.", [("!", "ASSET_SALE", "")]),
    ("Orbis agreed to sell two mln common shares in a public offering.", [("!", "ASSET_SALE", "")]),
    ("Tarn bought 25 pct of the notes in the auction.", [("!", "ACQUISITION", "")]),
    # results notes: 'NOTE:' lines are no longer blocked; portfolio securities and inventory are not asset sales
    # (exclude.sale.031)
    ("NOTE: Net includes a gain on sale of land of 500,000 dlrs.", [("ASSET_SALE", "gain on sale", "actual")]),
    ("NOTE: Prior year net includes a 12,000 dlr loss on sale of marketable securities.", [("!", "ASSET_SALE", "")]),
]


@pytest.mark.parametrize("text,expected", CASES, ids=[c[0][:50] for c in CASES])
def test_deal_rules_5(extract, text, expected):
    assert_events(extract(text), expected)
