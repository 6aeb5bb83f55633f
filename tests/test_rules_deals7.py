"""Deal rules, seventh round (ACQUISITION, ASSET_SALE): withdrawn bids in headlines, stake headlines with the company
after 'in/of', bare company names bought for a price, and the generic talk, own-share issues, aircraft orders and
trade-report boilerplate that must not fire. Same row format as tests/test_event_rules.py: ("!", TYPE, "") means TYPE
must not fire at all; an empty list means no event of any type.
"""

from __future__ import annotations

import pytest

from conftest import assert_events

CASES = [
    # ACQUISITION negated: a bidder that takes its bid or proposal back (event.acquisition.001, .040, .041)
    ("CARVER <CVR> WITHDRAWS BID FOR ALDEN MILLS", [("ACQUISITION", "BID", "negated")]),
    ("HOLLIS ENDS TALCOTT <TLC> PURCHASE DEAL", [("ACQUISITION", "PURCHASE", "negated")]),
    ("CARVER <CVR> DROPS CONDITION ON ALDEN BID", [("!", "ACQUISITION", "negated")]),
    ("FARMERS WITHDRAW WHEAT OFFER AFTER PRICE FALL", [("!", "ACQUISITION", "")]),
    ("CARVER <CVR> WITHDRAWS SHARE OFFER", [("!", "ACQUISITION", "")]),
    ("DORSET FOODS DROPS TAKEOVER OFFER FOR KELVIN MILLS", [("ACQUISITION", "OFFER", "negated")]),
    ("Hartley offered 12 dlrs a share for Penwood. Hartley said it is withdrawing the proposal.",
     [("ACQUISITION", "offered", "actual"), ("ACQUISITION", "proposal", "negated")]),
    ("Penwood said it withdrew the proposals so that it could focus on the takeover offer.",
     [("ACQUISITION", "takeover offer", "actual"), ("!", "ACQUISITION", "proposal")]),
    ("The board withdrew the proposal to amend the charter and stagger director terms.", [("!", "ACQUISITION", "")]),
    # stake headlines with the company after 'in/of' (event.acquisition.042, event.asset_sale.022)
    ("TOLBERT GROUP BUYS SHARES IN RAVENNA FOODS", [("ACQUISITION", "BUYS", "actual")]),
    ("KESSLER <KSL> SELLS ADDITIONAL SHARES IN MARLOWE", [("ASSET_SALE", "SELLS", "actual")]),
    ("VARDEN BANK SELLS 300,000 SHARES\n\nVarden Bank said it sold 300,000 shares of its common stock to investors.",
     [("!", "ASSET_SALE", "")]),
    ("CORBIN CORP SELLS 1.2 MLN SHARES OF TELLEX <TLX>", [("ASSET_SALE", "SELLS", "actual")]),
    # bare names bought for a price, passive purchases, another owner's unit (event.acquisition.043, .044, .045)
    ("Halvorsen has bought Corvida for $85 million, the companies said.", [("ACQUISITION", "bought", "actual")]),
    ("Pinecrest, which was bought by Orlan two years ago, makes valves.", [("ACQUISITION", "bought", "actual")]),
    ("Tessaro said it will buy Lindqvist's packaging unit.", [("ACQUISITION", "buy", "actual")]),
    ("The fund's shares were bought by Northgate Capital in the second quarter.", [("!", "ACQUISITION", "")]),
    ("The collector bought Monet for $2 million at auction.", []),
    # ASSET_SALE: a unit offloaded (event.asset_sale.001)
    ("Brigham has offloaded its frozen foods unit to a private buyer.", [("ASSET_SALE", "offloaded", "actual")]),
    # ACQUISITION: acquisitions in general, rules and rumours, aircraft, ratings, boilerplate (exclude.acq.087-.091)
    ("The company will use the proceeds for general corporate purposes, including acquisitions.",
     [("!", "ACQUISITION", "")]),
    ("Harlan needs additional funds for acquisitions.", [("!", "ACQUISITION", "")]),
    ("The group planned to make acquisitions and widen the range of its services.", [("!", "ACQUISITION", "")]),
    ("Market leaders focus on strategic acquisitions and mergers to strengthen their position.",
     [("!", "ACQUISITION", "")]),
    ("Debt rose after the recent acquisitions of Belton Corp and Karst Inc.", [("ACQUISITION", "acquisitions", "actual")]),
    ("Results improved because of recent strategic acquisitions.", [("ACQUISITION", "acquisitions", "actual")]),
    ("The retailer is weighing possible acquisitions in Spain.", [("!", "ACQUISITION", "")]),
    ("LAWMAKER URGES TOUGHER BANK MERGER REGULATION", [("!", "ACQUISITION", "")]),
    ("Takeover speculation lifted the shares of Corrigan Stores.", [("!", "ACQUISITION", "")]),
    ("NORDAIR BUYS THREE BOEING <BA> 737S", [("!", "ACQUISITION", "")]),
    ("The loan pays for the purchase of 12 McDonnell Douglas MD-82 aircraft.", [("!", "ACQUISITION", "")]),
    ("The analyst is maintaining buys on both airlines.", [("!", "ACQUISITION", "")]),
    ("Harwood Insurance said it purchased 48,000 shares of its own common stock.", [("!", "ACQUISITION", "")]),
    ("The company will reincorporate in Delaware through a merger of Velmar Inc into a wholly owned subsidiary of "
     "the company.", [("!", "ACQUISITION", "")]),
    ("Trent Valve will be merged into a wholly owned subsidiary of Kessler Corp.", [("ACQUISITION", "merged", "actual")]),
    ("Large holders must disclose their sales and purchases with the SEC.", [("!", "ACQUISITION", "")]),
    ("The acquisition was disclosed in a document filed with the Securities and Exchange Commission.",
     [("!", "ACQUISITION", "")]),
    # ASSET_SALE: own-share and unit issues, stock sales, market sell-offs, products (exclude.sale.044-.049)
    ("Carver Bank said it will sell 400,000 shares of common stock to the public.", [("!", "ASSET_SALE", "")]),
    ("Rolfe Electric completed the sale of 1,200,000 shares of common stock through a continuous offering.",
     [("!", "ASSET_SALE", "")]),
    ("The broker is lead manager for the sale of 30,000 new bearer shares of Trelleborg.", [("!", "ASSET_SALE", "")]),
    ("Hollis agreed to the 20 mln dlr sale of three mln units priced at 6.75 dlrs each.", [("!", "ASSET_SALE", "")]),
    ("Proceeds from the stock sale will be used to retire debt.", [("!", "ASSET_SALE", "")]),
    ("HALDANE <HLD> UNIT FILES FOR PREFERRED STOCK SALE", [("!", "ASSET_SALE", "")]),
    ("MARTEL <MTL> SAYS U.S. SELLING TOO MUCH COPPER", [("!", "ASSET_SALE", "")]),
    ("The market sell off deepened on Tuesday.", [("!", "ASSET_SALE", "")]),
    ("The segment earns fees from the sale of retail telephony services and handsets.", [("!", "ASSET_SALE", "")]),
    ("Ardmore completed the sale of 2,500,000 shares of Pelican Oil owned by its pension fund.",
     [("ASSET_SALE", "sale", "actual")]),
    # ASSET_SALE: portfolio securities, car sales, arms sales, partnership-interest registrations (exclude.sale.051;
    # event.asset_sale.004 and .007 forbids)
    ("DORNIER <DRN> SELLS BONDS FROM ITS PORTFOLIO", [("!", "ASSET_SALE", "")]),
    ("The thrift sold the loans from its portfolio to a pension fund.", [("ASSET_SALE", "sold the loans", "actual")]),
    ("Halcott reported the sale of 1,200 Meridian automobiles in March, the first month the car was on sale.",
     [("!", "ASSET_SALE", "")]),
    ("The minister approved the sale of anti-tank missiles to the army.", [("!", "ASSET_SALE", "sale of")]),
    ("Dalton completed the sale of its automobile dealer insurance unit to Perrin Group.",
     [("ASSET_SALE", "sale of its automobile dealer insurance unit", "actual")]),
    ("Dunmore filed a registration statement for the sale of limited partnership interests in a new partnership.",
     [("!", "ASSET_SALE", "")]),
    # DISCONTINUED_OPERATIONS: dividends, violations, a drop in orders, stopped payments are no business ended
    # (exclude.disc.001-.004)
    ("Harbison said preferred dividends were discontinued last year.", [("!", "DISCONTINUED_OPERATIONS", "")]),
    ("Officials will determine whether the violations had been discontinued.", [("!", "DISCONTINUED_OPERATIONS", "")]),
    ("Analysts blamed the drop in orders for business equipment.", [("!", "DISCONTINUED_OPERATIONS", "")]),
    ("The union said Corlan stopped making monthly payments in March.", [("!", "DISCONTINUED_OPERATIONS", "")]),
    ("Velder agreed to discontinue the sale of its cough remedy.", [("!", "DISCONTINUED_OPERATIONS", "")]),
    ("Velder said it will stop making ceramic insulators.", [("DISCONTINUED_OPERATIONS", "stop making", "actual")]),
    ("MARSTON <MSN> DROPS TRUCK PARTS OPERATIONS", [("DISCONTINUED_OPERATIONS", "DROPS", "actual")]),
    ("Net excludes a loss of 310,000 dlrs for discontinued operations for the sale of subsidiaries Corlite Inc and Jemson Co.",
     [("DISCONTINUED_OPERATIONS", "discontinued operations", "actual")]),
    ("Good managers discontinue bad investments.", [("!", "DISCONTINUED_OPERATIONS", "")]),
]


@pytest.mark.parametrize("text,expected", CASES, ids=[c[0][:50] for c in CASES])
def test_deal_rules_7(extract, text, expected):
    assert_events(extract(text), expected)
