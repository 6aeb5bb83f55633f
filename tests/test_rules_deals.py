"""Deal rules (ACQUISITION, ASSET_SALE, EXECUTIVE_DEPARTURE, DISCONTINUED_OPERATIONS): wire headline styles, agreements
in principle, buy-outs, stakes gained, bids rejected or raised, and the trade-report boilerplate that must not fire.

Rows are written for these tests (not copied from a corpus); distractors list ("!", TYPE, "") or nothing.
"""

from __future__ import annotations

import pytest

from conftest import assert_events

CASES = [
    # ACQUISITION: headline bids with a price (event.acquisition.022)
    ("HARTWELL BIDS 310 MLN STG FOR NORBURY FOODS", [("ACQUISITION", "BIDS", "actual")]),
    ("KESTREL GROUP TO OFFER 22 DLRS/SHR FOR LANGLEY MILLS", [("ACQUISITION", "OFFER", "actual")]),
    ("ALDEN INVESTOR OFFERS 18 DLRS SHARE FOR MARLOW PAPER", [("ACQUISITION", "OFFERS", "actual")]),
    ("EGYPT BIDS 200,000 TONNES FOR WHEAT SHIPMENT", [("!", "ACQUISITION", "")]),
    ("CITY OFFERS 5 MLN DLRS FOR UNION CONTRACT", [("!", "ACQUISITION", "")]),
    # ACQUISITION: headline verbs on a bid or offer (event.acquisition.023)
    ("BRAMLEY REJECTS 420 MLN STG BID FROM CORVEN", [("ACQUISITION", "BID", "actual")]),
    ("INVESTOR GROUP RAISES HOLLIS CHEMICAL BID TO 41 DLRS/SHARE", [("ACQUISITION", "BID", "actual")]),
    ("PRESCOTT STARTS TENNANT FOODS <TNF> OFFER", [("ACQUISITION", "OFFER", "actual")]),
    ("BOARD REJECTS DALTON INVESTOR TENDER", [("ACQUISITION", "TENDER", "actual")]),
    ("MERIDIAN STEEL EXTENDS EXCHANGE OFFER", [("!", "ACQUISITION", "")]),
    ("FARNHAM BANCORP SHARE OFFER EFFECTIVE", [("!", "ACQUISITION", "")]),
    ("POSTAL UNION PREPARED TO REJECT NEW OFFER", [("!", "ACQUISITION", "")]),
    # ACQUISITION: agreements in principle, buy-outs, stakes gained, buying into (024-026)
    ("Halden Corp said it agreed in principle to buy Merrick Tool and Die for 12 mln dlrs.",
     [("ACQUISITION", "agreed in principle to buy", "actual")]),
    ("The two lenders reached an agreement in principle to merge.", [("ACQUISITION", "agreement in principle to merge", "actual")]),
    ("KOBAYASHI TO BUY OUT JOINT VENTURE PARTNER", [("ACQUISITION", "BUY OUT", "actual")]),
    ("The club will buy out the coach's contract.", [("!", "ACQUISITION", "")]),
    ("TASMAN MINING TO GAIN STAKE IN COOPER GOLD", [("ACQUISITION", "GAIN STAKE", "actual")]),
    ("The insurer picked up a 6 pct stake in the broker.", [("ACQUISITION", "picked up a 6 pct stake", "actual")]),
    ("Voters gained a stake in the election outcome.", [("!", "ACQUISITION", "")]),
    ("GRAYSON AVIATION BUYS INTO ROTOR MAKER", [("ACQUISITION", "BUYS INTO", "actual")]),
    ("Few investors bought into the rally this week.", [("!", "ACQUISITION", "")]),
    # ACQUISITION/ASSET_SALE: fund and insider trade reports are portfolio trades (exclude.acq.006-008)
    ("Pine Ridge Advisors LLC bought a new stake in Calder Systems during the 2nd quarter worth about $310,000.",
     [("!", "ACQUISITION", "")]),
    ("Harbor Point Capital raised its holdings in shares of Calder Systems by 12.4% during the first quarter.",
     [("!", "ACQUISITION", "")]),
    ("Harbor Point Capital trimmed its stake in Calder Systems by 8.1% in the 3rd quarter.", [("!", "ASSET_SALE", "")]),
    ("The fund now owns 40,112 shares of the company's stock after acquiring an additional 2,500 shares in the last quarter.",
     [("!", "ACQUISITION", "")]),
    ("On Tuesday, July 9th, Director Ann Lowry purchased 3,000 shares of Calder Systems stock.", [("!", "ACQUISITION", "")]),
    ("Weston Partners told the SEC it bought 412,000 shares of Calder common stock on May 4 and 5.",
     [("ACQUISITION", "bought 412,000 shares", "actual")]),
    # ACQUISITION: definite back-references to a takeover offer up to two sentences away (event.acquisition.029)
    ("Harlow Corp launched a tender offer for Bexley Inc. Analysts were cautious. Bexley's board rejected the offer.",
     [("ACQUISITION", "the offer", "actual")]),
    ("The bank plans a public offering of common stock. Dealers were busy. The offer will open on April 6.",
     [("!", "ACQUISITION", "")]),
    # EXECUTIVE_DEPARTURE: the predecessor clause with 'also' (event.executive_departure.002)
    ("Harwood Corp named two directors. They replace Ann Pike and Carl Dunn, who also resigned in May.",
     [("EXECUTIVE_DEPARTURE", "resigned", "actual")]),
    # ASSET_SALE
    ("Norland Inc said it agreed in principle to sell its valve division to a management group.",
     [("ASSET_SALE", "agreed in principle to sell", "actual")]),
    ("The utility agreed in principle to sell electricity to the province.", [("!", "ASSET_SALE", "")]),
    ("FINANCIAL GROUP UNITS DUMP STAKE IN HARGROVE <HGV>", [("ASSET_SALE", "DUMP STAKE", "actual")]),
    ("WESTCOTT <WST> SAID IT SOLD BRIGGS PUMP CORP FOR 60 MLN DLRS", [("ASSET_SALE", "SOLD", "actual")]),
    ("TREASURY SOLD 3-MONTH BILLS AT 5.6 PCT", [("!", "ASSET_SALE", "")]),
    ("ARDEN MEDIA <ARD> COMPLETES RADIO STATION SALE", [("ASSET_SALE", "SALE", "actual")]),
    ("ARDEN MEDIA <ARD> COMPLETES PUBLIC SHARE SALE", [("!", "ASSET_SALE", "")]),
    ("The group said it sold Lindale Seed Co to Harrow Genetics of Iowa.", [("ASSET_SALE", "sold", "actual")]),
    ("Exporters sold U.S. Wheat to Egypt last week.", [("!", "ASSET_SALE", "")]),
    # ACQUISITION: fixes after the non-test check (forbidden contexts of the new rules)
    ("CANADA POST WORKERS REJECT LATEST OFFER", [("!", "ACQUISITION", "")]),
    ("The quarterly note included a gain from sale of stake in an affiliate.", [("!", "ACQUISITION", "")]),
    ("Cocoa bought into the buffer stock must meet quality rules.", [("!", "ACQUISITION", "")]),
    ("Greenmail refers to a company buying out a shareholder at a premium.", [("!", "ACQUISITION", "")]),
    ("The trading house agreed in principle to buy a supercomputer from the maker.", [("!", "ACQUISITION", "")]),
    ("Kentwood Systems Inc said it purchased Lindale Data Inc, which leases computers to car dealers.",
     [("ACQUISITION", "purchased", "actual")]),
    ("Quantum Partners said it has acquired an additional 600,000 shares of Halden common stock, raising its stake to 9 pct.",
     [("ACQUISITION", "acquired", "actual")]),
    # ACQUISITION: 'TO MAKE PURCHASE' headlines, buying a business's assets, back-references (019, 027, 028)
    ("FIRST COASTAL SAVINGS <FCSV> TO MAKE PURCHASE", [("ACQUISITION", "MAKE PURCHASE", "actual")]),
    ("Brant Foods said it completed purchasing certain assets of the Delmar bakery division of Orton Co.",
     [("ACQUISITION", "purchasing", "actual")]),
    ("The thrift said it will purchase all the assets of the loan pool.", [("!", "ACQUISITION", "")]),
    ("Acme Corp agreed to acquire Beta Tools for 40 mln dlrs. The purchase is subject to regulatory approval.",
     [("ACQUISITION", "The purchase", "actual")]),
    ("The company bought back one mln of its shares. The purchase was financed with cash.", [("!", "ACQUISITION", "")]),
    ("Egypt is seeking 200,000 tonnes of wheat. The purchase would be its third this year.", [("!", "ACQUISITION", "")]),
    # ASSET_SALE: fixes after the non-test check
    ("India signed an agreement in principle to sell 500 passenger cars to Hungary.", [("!", "ASSET_SALE", "")]),
    ("Read Part 3: When To Sell And When To Buy Back Again.", [("!", "ASSET_SALE", "")]),
    ("The state carmaker signed an agreement to sell 800 passenger cars to Poland.", [("!", "ASSET_SALE", "")]),
    ("Halden signed an agreement to sell its pump subsidiary to Orton Co.", [("ASSET_SALE", "sell", "actual")]),
]


@pytest.mark.parametrize("text,expected", CASES, ids=[c[0][:50] for c in CASES])
def test_deal_rules(extract, text, expected):
    assert_events(extract(text), expected)


BACK_REFERENCE_DISTRACTORS = [
    "Dixon completed its takeover of Arlo last year. Trading was quiet. An exchange seat is quoted at 315,000 dlrs "
    "and the offer is 345,000 dlrs.",
    "Lenders discussed the merger of two debtors. Talks went on. The steering committee of creditors will consider the offer.",
]


@pytest.mark.parametrize("text", BACK_REFERENCE_DISTRACTORS, ids=[t[:40] for t in BACK_REFERENCE_DISTRACTORS])
def test_offer_back_reference_distractors(extract, text):
    assert not [e for e in extract(text) if e.rule_id == "event.acquisition.029"]
