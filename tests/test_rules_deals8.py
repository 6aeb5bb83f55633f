"""Deal rules, eighth round (ACQUISITION, ASSET_SALE), from a random audit of non-test stories: names and trading prose,
internal mergers, rights and sites, own-security tenders and share-issue headlines, asset freezes, supply deals and
product launches that must not fire, next to the deals that must still fire. Same row format as
tests/test_event_rules.py: ("!", TYPE, "") means TYPE must not fire at all; an empty list means no event of any type.
"""

from __future__ import annotations

import pytest

from conftest import assert_events

CASES = [
    # ACQUISITION: a retailer's name, investment strategy and trading prose (exclude.acq.095)
    ("Best Buy Co Inc said its sales for February rose five pct.", [("!", "ACQUISITION", "")]),
    ("Many brokers tell clients to buy and hold utility shares for several years.", [("!", "ACQUISITION", "")]),
    ("The network offers a way of buying and selling office buildings.", [("!", "ACQUISITION", "")]),
    ("Best Buy Co said it agreed to acquire Torrance Audio Inc for 12 mln dlrs.", [("ACQUISITION", "acquire", "actual")]),
    # ACQUISITION: a group merging its own units (exclude.acq.096)
    ("Dalby Bancorp said it merged its Fenton bank unit into its Westfield bank unit.", [("!", "ACQUISITION", "")]),
    ("Dalby Bancorp said it merged its Fenton unit with Carlow Savings Bank.", [("ACQUISITION", "merged", "actual")]),
    # ACQUISITION: trademarks, rights and development sites (exclude.acq.097)
    ("RANDALL <RDL> ACQUIRING K. WERNER TRADEMARKS", [("!", "ACQUISITION", "")]),
    ("Corvo Homes acquired the design files and distribution rights of Pell Cabins for cash.", [("!", "ACQUISITION", "")]),
    ("The developer used satellite data to acquire solar park development sites in Spain.", [("!", "ACQUISITION", "")]),
    ("Randall said it agreed to acquire Werner Brewing Co and its brands for 30 mln dlrs.",
     [("ACQUISITION", "acquire", "actual")]),
    # ACQUISITION: control over an account (exclude.acq.098)
    ("The beneficiary gains full control over the account at the age of 21.", [("!", "ACQUISITION", "")]),
    ("Hallmark Partners gained control of Tilden Corp after a proxy fight.", [("ACQUISITION", "control", "actual")]),
    # ACQUISITION: tenders for the company's own bonds, bids for bonds (exclude.acq.099, exclude.acq.005)
    ("Marlow Hotels expects a charge from a tender for all 60 mln dlrs of its first mortgage bonds.",
     [("!", "ACQUISITION", "")]),
    ("Underwriters will bid tomorrow for 150 mln dlrs of 30-year bonds of Ohio Power Co.", [("!", "ACQUISITION", "")]),
    ("Conrad Corp launched a tender offer for all shares of Pell Industries.", [("ACQUISITION", "tender offer", "actual")]),
    # ACQUISITION: share-issue headlines (exclude.acq.100)
    ("HALSEY BANCORP <HLB> SHARE OFFER UNDERWAY\n\nHalsey Bancorp said an offering of one mln common shares is "
     "underway.", [("!", "ACQUISITION", "")]),
    ("TRENT <TRN> GETS 30 DLR A SHARE OFFER\n\nTrent said it received a 30 dlr a share takeover offer from Colby Inc.",
     [("ACQUISITION", "OFFER", "actual")]),
    # ACQUISITION: warrants and debts (exclude.acq.015, exclude.acq.074)
    ("The warrants, which allow the holder to buy one share at 50 cts, expire in June.", [("!", "ACQUISITION", "")]),
    ("The plan would create an agency to buy their debts owed to commercial banks.", [("!", "ACQUISITION", "")]),
    # ASSET_SALE: an asset freeze (exclude.sale.053)
    ("The regulator restrained two companies of the Mehra group from moving funds or disposing of their assets.",
     [("!", "ASSET_SALE", "")]),
    ("A court barred Fenwick from selling its cable unit to Orlan Corp.", [("ASSET_SALE", "selling", "actual")]),
    # ASSET_SALE: commodity supply, lock-ups, trading prose (exclude.sale.054)
    ("Kuwait lifted the condition it had placed on the sale of oil to Argentina.", [("!", "ASSET_SALE", "")]),
    ("Mr Dorn agreed to sell no more than 50,000 of his remaining shares over the next year.",
     [("!", "ASSET_SALE", "")]),
    ("The service speeds up the purchasing, selling and leasing of warehouses.", [("!", "ASSET_SALE", "")]),
    # ASSET_SALE: supply deals and product launches (exclude.sale.055-.057)
    ("Tellan agreed to sell to personal computer maker Orion about 20 mln dlrs of printers.", [("!", "ASSET_SALE", "")]),
    ("Tellan agreed to sell to the company its 40 pct stake in Orion.", [("ASSET_SALE", "sell", "actual")]),
    ("The partnership will sell steam from the Tampa plant to a nearby paper mill.", [("!", "ASSET_SALE", "")]),
    ("Carmody said it sold the Tampa plant to a paper maker.", [("ASSET_SALE", "sold", "actual")]),
    ("Halden Motors will begin to sell in Canada its new light truck.", [("!", "ASSET_SALE", "")]),
    ("Halden said it will begin selling its stake in Orion next month.", [("ASSET_SALE", "selling its stake", "actual")]),
    # second reading (seed 812): comments offered, commodity purchases, contracts offered, generic acquisitions after a
    # noun, plants bought in headlines (exclude.acq.102-.105, event.acquisition.018 forbids)
    ("Marsh declined to offer specific projections for the year, when it earned 40 cts a share.",
     [("!", "ACQUISITION", "")]),
    ("Halverson offered 40 dlrs a share for Trent Corp.", [("ACQUISITION", "offered", "actual")]),
    ("BRANDT RAILROAD <BRR> COMPLETES COAL PURCHASE", [("!", "ACQUISITION", "")]),
    ("Brandt completed the purchase of Keystone Coal Co for 80 mln dlrs.", [("ACQUISITION", "purchase", "actual")]),
    ("Options will first be offered for the June and September months.", [("!", "ACQUISITION", "")]),
    ("Proceeds will go to expansion of its existing businesses and energy-related acquisitions.",
     [("!", "ACQUISITION", "")]),
    ("Earnings reflect the Tarrant merger and other acquisitions completed last year.",
     [("ACQUISITION", "acquisitions", "actual")]),
    ("CORLAN BIOTECH <CRL> BUYS PLANT", [("!", "ACQUISITION", "")]),
    # ASSET_SALE: computers and mortgage certificates sold, currency sales (event.asset_sale.001/.003 forbids,
    # exclude.sale.054)
    ("TELMARK <TMK> TO SELL NEW DELL <DELL> COMPUTERS", [("!", "ASSET_SALE", "")]),
    ("HARWOOD <HWD> UNIT SELLS MORTGAGE CERTIFICATES", [("!", "ASSET_SALE", "")]),
    ("The Fed said it bought 50 mln dlrs through the sale of yen in March.", [("!", "ASSET_SALE", "")]),
    ("Net includes a gain from sale of the Sterling Heights plant.", [("ASSET_SALE", "sale", "actual")]),
    # third reading (seed 813): cost lists and programmes, redemptions, debentures bought, real estate, loan-buying
    # businesses (exclude.acq.095/.097/.106/.107, event.acquisition.006 forbids)
    ("The proceeds will cover acquisition, construction and equipment costs.", [("!", "ACQUISITION", "")]),
    ("Proceeds will let the company continue its acquisition program.", [("!", "ACQUISITION", "")]),
    ("Dorrance said it would pay 104 dlrs a share for the preferred stock, plus accrued dividends.",
     [("!", "ACQUISITION", "")]),
    ("Dorrance said it would pay 30 dlrs a share for Kemper Mills.", [("ACQUISITION", "pay", "actual")]),
    ("Each investor will buy 500,000 dlrs of convertible debentures bearing interest at two points over prime.",
     [("!", "ACQUISITION", "")]),
    ("The executives used the diverted funds to acquire U.S. real estate.", [("!", "ACQUISITION", "")]),
    ("Orland Funding is a wholesale loan purchasing operation.", [("!", "ACQUISITION", "")]),
    # ASSET_SALE: certificates of deposit, weapons, futures rules, product headlines (event.asset_sale.001/.003/.004/.011)
    ("HARLOW SELLS NEW CDS FOR EUROPEAN BANKS", [("!", "ASSET_SALE", "")]),
    ("The rifles were to be sold to Orion Security Ltd, a trading company.", [("!", "ASSET_SALE", "")]),
    ("Rules governing the sale of foreign futures and options contracts to U.S. residents were proposed.",
     [("!", "ASSET_SALE", "")]),
    ("KESTREL <KST> UNIT SELLS SYSTEM", [("!", "ASSET_SALE", "")]),
    ("KESTREL <KST> SELLS TRUCKING UNIT", [("ASSET_SALE", "SELLS", "actual")]),
    ("TELMAR <TLM> SELLS CABLE SYSTEMS", [("ASSET_SALE", "SELLS", "actual")]),
    ("Harmon Industries, the U.S. arm of Harmon Trust PLC, agreed to the sale of Brant Couriers to Rockford "
     "Holdings PLC for 6 mln dlrs.", [("ASSET_SALE", "sale", "actual")]),
    # market quotations and bill offers (exclude.acq.108, event.acquisition.009 forbids)
    ("Near Aug traded at 154 dlrs versus 155.80 bid last night.", [("!", "ACQUISITION", "")]),
    ("The bank's 100 mln stg offer of 91-day bills met applications of 300 mln stg.", [("!", "ACQUISITION", "")]),
    ("Carver made a 1.5 billion bid for Alden Corp.", [("ACQUISITION", "bid", "actual")]),
    # 'arms' as a forbid blocked a company's 'arm' (lemma); arms sales are excluded instead (exclude.sale.059/.060)
    ("The U.S. sold arms to Iran through Lakeside Trading Corp.", [("!", "ASSET_SALE", "")]),
    ("The arms sales to Iran were approved by the president.", [("!", "ASSET_SALE", "")]),
    # fourth reading (seed 814): technology bought, procurement notices, capital injections, functions taken over
    # (exclude.acq.095/.097/.109/.110)
    ("Harlan Industries said it acquired technology to control emissions from boilers.", [("!", "ACQUISITION", "")]),
    ("Tenders & Contracts - Invitation for Pre-Qualification To Tender For School Building Projects",
     [("!", "ACQUISITION", "")]),
    ("Telco Holdings said it acquired 100 mln dlrs of common shares issued by its wholly owned phone unit.",
     [("!", "ACQUISITION", "")]),
    ("TORVAL MEXICANA TO TAKE OVER CAR ENGINE EXPORTS\n\nTorval Mexicana said it will export the engines.",
     [("!", "ACQUISITION", "")]),
    ("Halden agreed to take over the distribution business of Orion Corp.", [("ACQUISITION", "take over", "actual")]),
    ("Olin Hunt said it acquired Image Technology Corp for undisclosed terms.", [("ACQUISITION", "acquired", "actual")]),
    ("Bravo Capital agreed to buy High Technology magazine from the Goldman Group.",
     [("ACQUISITION", "agreed to buy", "actual")]),
    # the verb 'offer' of products and help, products acquired in the passive (exclude.acq.112/.113)
    ("Lintel Software Canada will offer software products acquired from Marlow Corp last October.",
     [("!", "ACQUISITION", "")]),
    ("Larger companies attract investment and offer smaller miners a chance to grow by buying non-core assets.",
     [("!", "ACQUISITION", "")]),
    ("Acme made an offer for Beta's consumer products business.", [("ACQUISITION", "offer for", "actual")]),
    ("Service Control began a tender offer for Dorr Corp at 37 dlrs a share. Dorr holders agreed to tender their shares "
     "under the offer and have granted Service Control an option to buy them.", [("ACQUISITION", "the offer", "actual")]),
    ("Kellner raised its takeover bid for Avana. Shareholders in Avana who accept the increased offer will have the "
     "opportunity to elect for cash.", [("ACQUISITION", "increased offer", "actual")]),
]


@pytest.mark.parametrize("text,expected", CASES, ids=[c[0][:50] for c in CASES])
def test_deal_rules_8(extract, text, expected):
    assert_events(extract(text), expected)
