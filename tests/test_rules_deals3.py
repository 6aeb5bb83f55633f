"""Deal rules, third round (ACQUISITION, ASSET_SALE): ways of writing found in unannotated non-test wire copy and
FinCausal sections: headlines naming the target by its ticker, passive headlines, back-references to a takeover offer
in sentences that speak of tendered shares or the SEC, after-tax gains on a sale; and the distractors that must not
fire (deal vehicles named 'Acquisition', the verb 'offers', share issues, trade-report boilerplate, market sell-offs).

Rows are written for these tests (not copied from a corpus); distractors list ("!", TYPE, "").
"""

from __future__ import annotations

import pytest

from conftest import assert_events

CASES = [
    # a spin-off distributes a unit's shares to the company's own holders: no sale (annotation guide, Sales)
    ("Orbis Inc said it will spin off its software unit to shareholders.", [("!", "ASSET_SALE", "")]),
    ("The spinoff of Tarn Chemicals was completed on Friday.", [("!", "ASSET_SALE", "")]),
    # ACQUISITION: headline bids and tenders named by the target's ticker (event.acquisition.030)
    ("HOLLOWAY <HLWY> TO PROCEED WITH DARTMOOR <DRT> BID", [("ACQUISITION", "BID", "actual")]),
    ("ARDEN WINS COURT RULING ON CALVERT <CLV> TENDER", [("ACQUISITION", "TENDER", "actual")]),
    ("FCC APPROVES GRANGER <GRN> PURCHASE OF RADIO STATIONS", [("ACQUISITION", "PURCHASE", "actual")]),
    ("HALLAM ELECTRONICS <HLM> IN PURCHASE", [("ACQUISITION", "PURCHASE", "actual")]),
    ("TEXMARK <TXM> SETS TERMS OF PREFERRED <TXM> TENDER", [("!", "ACQUISITION", "")]),
    ("BAKERS UNION REJECTS ALDEN FOODS <ALD> WAGE BID", [("!", "ACQUISITION", "")]),
    ("SELWYN <SEL> WITHDRAWS MARLOWE <MRL> BID", [("ACQUISITION", "BID", "negated")]),  # a withdrawn bid: negated
    ("TORVAL <TRV>, KEMP <KMP> OFFER NEW SOFTWARE PRODUCTS", [("!", "ACQUISITION", "")]),
    # ACQUISITION: passive headlines (event.acquisition.031)
    ("BRANDT VALVE BOUGHT BY INVESTOR GROUP", [("ACQUISITION", "BOUGHT", "actual")]),
    ("CORBIN VOTING STAKE RAISED IN HEATH MILLS", [("ACQUISITION", "STAKE", "actual")]),
    ("RECORD NUMBER OF SHARES BOUGHT BY FUNDS", [("!", "ACQUISITION", "")]),
    # ACQUISITION: headline completions and starts with longer names (event.acquisition.019, .023)
    ("LANE <LNE> COMPLETES FOSTER'S <FST> UNIT BUY", [("ACQUISITION", "COMPLETES", "actual")]),
    ("RIVERA COMPLETES HALSEY INDUSTRIES <HLS> TENDER", [("ACQUISITION", "COMPLETES", "actual")]),
    ("PARKER <PKR> UNIT TO BEGIN MONROE <MON> TENDER", [("ACQUISITION", "TENDER", "actual")]),
    ("FRANCE SETS SIX BILLION FRANC T-BILL TENDER", [("!", "ACQUISITION", "")]),
    ("ORTON PRODUCTS <ORT> TO BUY KELLER FOR 90 MLN", [("ACQUISITION", "BUY", "actual")]),
    ("LINWOOD <LIN> BUYS FARM PRODUCTS UNIT", [("ACQUISITION", "BUYS", "actual")]),
    # ACQUISITION: back-references to a takeover offer in sentences about tendered shares or filings (029)
    ("Hale Corp began a tender offer for Brisco Inc. Brisco's board met on Monday. "
     "The offer is conditioned on at least 60 pct of the shares being tendered.",
     [("ACQUISITION", "The offer", "actual")]),
    ("Norden said it would buy Pell Corp for 30 dlrs a share in a tender offer. Pell's shares rose. "
     "The terms of the offer will be described in documents filed with the Securities and Exchange Commission.",
     [("ACQUISITION", "the offer", "actual")]),
    # ACQUISITION distractors: deal vehicles, the verb 'offers', sale offers, share issues, boilerplate (exclude.acq.009-013)
    ("Harrow Acquisition said its bankers could provide the financing.", [("!", "ACQUISITION", "")]),
    ("The fund sold its shares to Delta Acquisition Inc last week.", [("!", "ACQUISITION", "")]),
    ("Harrow Corp said its acquisition of Penn Tool was completed.", [("ACQUISITION", "acquisition", "actual")]),
    ("The segment offers valves, pumps and sensors to carmakers after a takeover of its rival.",
     [("!", "ACQUISITION", "offers")]),
    ("BELLAMY UNIT OFFERS TO SELL SHOE DIVISION AFTER TAKEOVER", [("!", "ACQUISITION", "OFFERS")]),
    ("KEYSTONE OFFERS TWO MLN SHARES AFTER MERGER WITH ALTON", [("ACQUISITION", "MERGER", "actual")]),
    ("KEYSTONE OFFERS TWO MLN SHARES AFTER MERGER WITH ALTON", [("!", "ACQUISITION", "OFFERS")]),
    ("Several large investors have recently bought and sold shares of the company.", [("!", "ACQUISITION", "")]),
    ("38 funds opened positions while 112 raised stakes.", [("!", "ACQUISITION", "")]),
    ("Corbett Advisors purchased a new stake in Lindale Bancorp in the second quarter.", [("!", "ACQUISITION", "")]),
    ("A number of hedge funds have recently added to or reduced their stakes in the stock.", [("!", "ASSET_SALE", "")]),
    # ASSET_SALE: after-tax gains and losses on a sale (event.asset_sale.004 without the 'tax' forbid)
    ("Dalton Corp sold its radio unit to Mercer Inc. It will record an after-tax gain of two mln dlrs from the sale.",
     [("ASSET_SALE", "sale", "actual")]),
    # ACQUISITION distractors: bidding for contracts, licences, seats (exclude.acq.014)
    ("Kendal Printing lost its bid for a contract to print state lottery tickets.", [("!", "ACQUISITION", "")]),
    ("Three groups are bidding for the offshore exploration licences.", [("!", "ACQUISITION", "")]),
    ("Kendal Printing made a 12 dlr a share bid for Ashby Press.", [("ACQUISITION", "bid", "actual")]),
    # ACQUISITION distractors: warrants and rights to buy shares, over-allotment options (exclude.acq.015-016)
    ("Each warrant entitles the holder to purchase 2.5 common shares at 14 dlrs.", [("!", "ACQUISITION", "")]),
    ("Linden Corp will also receive warrants to buy one mln shares of Asher Corp's common stock.", [("!", "ACQUISITION", "")]),
    ("Underwriters have an option to purchase up to an additional 300,000 shares.", [("!", "ACQUISITION", "")]),
    ("Linden Corp said it bought 420,000 Asher Corp common shares, raising its stake to 6.2 pct.",
     [("ACQUISITION", "bought 420,000", "actual")]),
    # ACQUISITION distractors: self-tenders, fleet and exchange-seat purchases, grain tenders (exclude.acq.004, .005, .017, .018)
    ("Marlow Inc said it has started a tender offer for up to two mln of its own common shares.", [("!", "ACQUISITION", "")]),
    ("Kestrel Air will acquire twelve 30-seat turboprop planes from Dornier.", [("!", "ACQUISITION", "")]),
    ("The broker became the first foreign firm to acquire an exchange seat.", [("!", "ACQUISITION", "")]),
    ("Traders awaited the results of the feed wheat tender for the home market.", [("!", "ACQUISITION", "")]),
    ("Marlow Inc started a tender offer for all shares of Penrose Corp.", [("ACQUISITION", "tender offer", "actual")]),
    # ACQUISITION: 13D stake purchases (event.acquisition.012)
    ("Halvern Partners told the SEC it owns 6.1 pct of Dorset Corp. It said it bought the stock for investment purposes.",
     [("ACQUISITION", "bought the stock", "actual")]),
    ("Shareholders sued Dorset Corp over a 6.1 pct stake purchase. The suit alleges the company bought the shares back "
     "at an inflated price.", [("!", "ACQUISITION", "bought the shares")]),
    # ACQUISITION: 'buy ... <business word>' stops at 'from' and skips commodity and paper purchases (006)
    ("Kemble Corp said it agreed to buy Harbor Trade magazine from the Lyle Group.", [("ACQUISITION", "buy", "actual")]),
    ("The plan calls for the purchase of developing country debt from commercial banks.", [("!", "ACQUISITION", "")]),
    ("Japanese crushers bought 3,000 tonnes of Canadian rapeseed in export business overnight.", [("!", "ACQUISITION", "")]),
    # ASSET_SALE: stakes sold, named businesses sold for a price, retail units (015, 016, 004)
    ("Profit doubled, mainly because of the sale of shares in Tarrant Mining.", [("ASSET_SALE", "sale", "actual")]),
    ("The proceeds from the sale of shares will be used to repay debt.", [("!", "ASSET_SALE", "")]),
    ("Harlan Corp said it sold Westbury Mills for 140 mln stg.", [("ASSET_SALE", "sold", "actual")]),
    ("The dealers sold Ford Escorts for 9,000 dlrs each.", [("!", "ASSET_SALE", "")]),
    ("Dalby Co said it completed the sale of its shoe retail business to a management group.",
     [("ASSET_SALE", "sale", "actual")]),
    ("Dalby Co sold its shoe unit. The retail sale of gasoline makes up a quarter of its earnings.",
     [("!", "ASSET_SALE", "retail sale")]),
    ("Marden Co said it disposed of 12 restaurants. It said the disposition will result in no gain or loss.",
     [("ASSET_SALE", "the disposition", "actual")]),
    # ASSET_SALE: plural back-references in a sale story (event.asset_sale.017)
    ("Harwell Inns agreed to sell four hotels for 54 mln dlrs. Proceeds from both sales were used to reduce debt.",
     [("ASSET_SALE", "sales", "actual")]),
    ("Harwell Inns sold two hotels last year. The sales rose 5 pct in the quarter.", [("!", "ASSET_SALE", "sales")]),
    # ASSET_SALE distractors: market sell-offs, insider boilerplate, tax sales, products going on sale (002, sale.007-008)
    ("The overnight sell-off in bonds was blamed on currency worries.", [("!", "ASSET_SALE", "")]),
    ("Brandon Corp completed the sell-off of its trucking unit.", [("ASSET_SALE", "sell-off of", "actual")]),
    ("The EPA fined the company over its hazardous waste treatment, storage and disposal operations.",
     [("!", "ASSET_SALE", "")]),
    ("This is general information and should not be considered a solicitation for the purchase or sale of any security.",
     [("!", "ASSET_SALE", "")]),
    ("A seat on the exchange sold for 1,500 dlrs, unchanged from the previous sale.", [("!", "ASSET_SALE", "")]),
    ("Following the completion of the sale, the director now owns 12,000 shares of the company's stock.",
     [("!", "ASSET_SALE", "")]),
    ("The county said the tax sale of the homes would go ahead after the unit owners were notified.",
     [("!", "ASSET_SALE", "")]),
    ("A new silver coin will go on sale from May 2, the mint said.", [("!", "ASSET_SALE", "")]),
    # holding a stake is no acquisition; buying one is (exclude.acq.040/041); treasury stock is a buyback (042)
    ("Marlowe Foods currently holds a majority 51 pct stake in the bottling plant.", [("!", "ACQUISITION", "")]),
    ("Orbis has been the owner of a 40 pct stake in Tarn Chemicals since 1982.", [("!", "ACQUISITION", "")]),
    ("Dorrance Bank holds controlling interests in six regional insurers.", [("!", "ACQUISITION", "")]),
    ("Orbis said it acquired a majority stake in Tarn Chemicals for 20 mln dlrs.",
     [("ACQUISITION", "acquired a majority stake", "actual")]),
    ("The plan continues Orbis's program of acquiring treasury stock for its option plans.",
     [("!", "ACQUISITION", "")]),
    # equipment, grain offers, share issues and supply agreements are no acquisitions (002 forbids, exclude.acq.001,
    # .005, .043)
    ("Norland Air said it purchased three Halvorsen Aircraft Corp long-range jets for 90 mln dlrs.",
     [("!", "ACQUISITION", "")]),
    ("TWO OFFERS FOR HRW WHEAT AT MORNING SESSION", [("!", "ACQUISITION", "")]),
    ("Dunmore Securities and Kell Capital agreed to buy the debentures for resale to investors.",
     [("!", "ACQUISITION", "")]),
    ("TARN PUBLISHING INITIAL SHARE OFFER OPENS", [("!", "ACQUISITION", "")]),
    ("Orbis Systems said it signed a volume purchase agreement with Dorrance Bank.", [("!", "ACQUISITION", "")]),
    ("Norland Air said it purchased Halvorsen Charter Corp for 90 mln dlrs.", [("ACQUISITION", "purchased", "actual")]),
    ("Dunmore Securities agreed to buy Kell Capital for 30 mln dlrs.", [("ACQUISITION", "agreed to buy", "actual")]),
    # fund trade reports 'increased its stake in X by N%' are portfolio trades; Reuters stake raises stay
    # (exclude.acq.044); a party winning control of a government is no acquisition (event.acquisition.010 forbids)
    ("Kestrel Advisors Llc increased its stake in Orbis Systems (ORB) by 12.5% in the second quarter.",
     [("!", "ACQUISITION", "")]),
    ("Dorrance Capital raised its stake in Tarn Chemicals to 9.8 pct.", [("ACQUISITION", "raised its stake", "actual")]),
    ("The Liberal party won control of the provincial legislature in the 1995 election.", [("!", "ACQUISITION", "")]),
    ("Dorrance Capital won control of Tarn Chemicals after a proxy contest.", [("ACQUISITION", "won control", "actual")]),
    # a possessive before 'majority stake purchase' is no holding (exclude.acq.040 reads the word, not the lemma)
    ("Orbis booked a gain on the sale of its Tarn shares to Dunmore during the latter's majority stake purchase.",
     [("ACQUISITION", "majority stake", "actual")]),
    ("Analysts said the government blocked Dunmore Capital from taking control of Orbis Bank.",
     [("ACQUISITION", "taking control", "actual")]),
    # buyback headlines name no target (exclude.acq.045); a stake headline names one
    ("DORRANCE <DOR> TO PURCHASE 750,000 COMMON SHARES", [("!", "ACQUISITION", "")]),
    ("HALE GROUP BUYS 500,000 ORBIS <ORB> SHARES", [("ACQUISITION", "BUYS", "actual")]),
]


@pytest.mark.parametrize("text,expected", CASES, ids=[c[0][:50] for c in CASES])
def test_deal_rules_3(extract, text, expected):
    assert_events(extract(text), expected)
