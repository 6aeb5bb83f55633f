"""Corporate event rules (ACQUISITION, ASSET_SALE, RESTRUCTURING, LAYOFFS, DISCONTINUED_OPERATIONS,
EXECUTIVE_DEPARTURE): text -> the events expected (type, words in the trigger, status), with distractors that must not
fire. Same row format as tests/test_event_rules.py: ("!", TYPE, "") means TYPE must not fire at all; an empty list means
no event of any type.
"""

from __future__ import annotations

import pytest

from conftest import assert_events

CASES = [
    # ACQUISITION: deals whose sentence also says "outstanding" (tender offers, mergers of all the shares)
    ("Norland Corp said it will begin a cash tender offer for all outstanding shares of Pelham Instruments Inc.",
     [("ACQUISITION", "tender offer", "actual")]),
    ("Harwick Group said it agreed in principle to acquire all the outstanding common stock of Tessel Corp.",
     [("ACQUISITION", "acquire", "actual")]),
    ("Each Dunmore share still outstanding at the time of the merger was converted into 12 dlrs in cash.",
     [("ACQUISITION", "merger", "actual")]),
    # ACQUISITION: plural generic talk about deals is not a deal
    ("The bill would require that tender offers stay open for 30 business days.", [("!", "ACQUISITION", "")]),
    ("Critics say hostile takeovers burden companies with debt.", [("!", "ACQUISITION", "")]),
    ("Analysts expect more airline mergers this year.", [("!", "ACQUISITION", "")]),
    ("The company said it started exchange offers for its outstanding 9 pct notes.", [("!", "ACQUISITION", "")]),
    ("Brenton Inc said it would acquire all of its outstanding 11 pct debentures for cash.", [("!", "ACQUISITION", "")]),
    # ACQUISITION: offers and proposals to buy another company
    ("Marlow Holdings has made an offer to purchase the Ridley printing unit.",
     [("ACQUISITION", "offer to purchase", "actual")]),
    ("Consolidated Brands offered to buy the remaining shares of Ardent Foods for 14 dlrs each.",
     [("ACQUISITION", "offered to buy", "actual")]),
    ("Pellman Savings agreed to be acquired by a larger regional bank.",
     [("ACQUISITION", "agreed to be acquired", "actual")]),
    ("HALSEY BANCORP AND TRIDENT FINANCIAL AGREE TO MERGE", [("ACQUISITION", "AGREE TO MERGE", "actual")]),
    ("This release is not an offer to sell or a solicitation of an offer to buy any securities.",
     [("!", "ACQUISITION", "")]),
    # ACQUISITION: stake purchases written as a percentage
    ("GARDNER TO ACQUIRE 40 PCT OF DUTCH PROPERTY GROUP", [("ACQUISITION", "ACQUIRE", "actual")]),
    ("The investor said it bought 12 pct of Caldera Mining for investment purposes.",
     [("ACQUISITION", "bought", "actual")]),
    ("The company will purchase up to 10 pct of its common shares in the open market.", [("!", "ACQUISITION", "")]),
    ("The ruling party took 60 pct of the votes cast.", []),
    # ACQUISITION: completed purchases and the winners of sale processes
    ("TALBOT INDUSTRIES COMPLETES PURCHASE OF VERNON TOOL", [("ACQUISITION", "COMPLETES PURCHASE", "actual")]),
    ("Ostrava Steel emerged as the highest bidder for the insolvent mill operator Kestin Metals.",
     [("ACQUISITION", "highest bidder for", "actual")]),
    ("The company said it issued common stock purchase rights to holders.", [("!", "ACQUISITION", "")]),
    # ACQUISITION: buying patents, aircraft or commodities is not acquiring a company
    ("The company said it acquired a patent covering the process.", [("!", "ACQUISITION", "")]),
    ("The union proposed a six-month freeze on layoffs.", [("!", "LAYOFFS", "")]),
    ("The company said it was advised that Harlow's shareholders approved the merger.",
     [("ACQUISITION", "merger", "actual")]),
    ("Brenner Partners advises mid-sized companies on mergers and acquisitions.", [("!", "ACQUISITION", "")]),
    ("The USDA accepted a bid for an export bonus to cover sales of wheat flour to Iraq.", [("!", "ACQUISITION", "")]),
    ("C.J. LAWRENCE HAS BUY ON NORTHERN STEEL", [("!", "ACQUISITION", "")]),
    ("The central bank bought bank bills outright in band one at 9-7/8 pct.", [("!", "ACQUISITION", "")]),
    ("HARLAN FOODS OFFERS PREFERRED STOCK", [("!", "ACQUISITION", "")]),
    ("Two savings banks signed a definitive agreement to combine into a new holding company.",
     [("ACQUISITION", "agreement to combine", "actual")]),
    ("The utility signed a power purchase agreement with the wind farm.", [("!", "ACQUISITION", "")]),
    ("Turkey is holding a buying tender for 100,000 tonnes of white sugar.", [("!", "ACQUISITION", "")]),
    ("Ridgeway Corp said it would appeal the ruling that blocked its bid for 49 pct of Calloway Ltd shares.",
     [("ACQUISITION", "bid for", "actual")]),
    # ASSET_SALE: passive sales with a business as subject; insider share sales and product sales are not asset sales
    ("The company said its packaging unit is being sold to a private investor group.",
     [("ASSET_SALE", "sold", "actual")]),
    ("Carrow Valve Co and Denning Pump Corp have already been sold, the company said.",
     [("ASSET_SALE", "sold", "actual")]),
    ("The mill makes newsprint, which is sold to publishers in the Midwest.", [("!", "ASSET_SALE", "")]),
    ("Director Jane Roe sold 12,000 shares of the company's stock in a transaction on Monday.", [("!", "ASSET_SALE", "")]),
    ("Insiders sold 5,400 shares of company stock in the last 90 days.", [("!", "ASSET_SALE", "")]),
    ("The suit concerns the manufacture and sale of a patented valve by the defendant.", [("!", "ASSET_SALE", "")]),
    ("The order sets procedures for the disposition of objections to claims.", [("!", "ASSET_SALE", "")]),
    ("BRANDT PAPER SELLS TIMBERLANDS", [("ASSET_SALE", "SELLS TIMBERLANDS", "actual")]),
    ("The hospital chain signed an agreement to sell five rural hospitals for 18 mln dlrs.",
     [("ASSET_SALE", "sell five rural hospitals", "actual")]),
    ("Producers may sell into EC warehouses at a guaranteed price.", [("!", "ASSET_SALE", "")]),
    ("Norcom said it completed a sale and leaseback of its headquarters building for 40 mln dlrs.",
     [("ASSET_SALE", "sale and leaseback", "actual")]),
    # ASSET_SALE: commodity sales, securities offerings and market phrases are not asset sales
    ("The USDA accepted a bid for an export bonus to cover the sale of 50,000 tonnes of wheat to Egypt.",
     [("!", "ASSET_SALE", "")]),
    ("The notes will be sold nationwide through underwriters led by a New York firm.", [("!", "ASSET_SALE", "")]),
    ("Fund managers need the same instruments at their disposal as their competitors.", [("!", "ASSET_SALE", "")]),
    ("On average, sell-side analysts expect the company to post 4.20 dlrs a share.", [("!", "ASSET_SALE", "")]),
    ("The solar company's projects sell electricity to power companies.", [("!", "ASSET_SALE", "")]),
    ("Vantage Corp said it completed the sale of its trucking unit to Horne Logistics Inc.",
     [("ASSET_SALE", "sale of its trucking unit", "actual")]),
    # RESTRUCTURING: cost-cutting programmes and retrenchment
    ("Savings from efforts to control costs helped the quarter, the company said.",
     [("RESTRUCTURING", "efforts to control costs", "actual")]),
    ("Results reflect the retrenchment of its restaurant subsidiary.", [("RESTRUCTURING", "retrenchment", "actual")]),
    ("The company launched a cost-cutting program last year.", [("RESTRUCTURING", "cost-cutting program", "actual")]),
    ("The refinancing is part of an effort to reduce the cost of its debt.", [("!", "RESTRUCTURING", "")]),
    ("The government imposed austerity measures to reduce the budget deficit.", [("!", "RESTRUCTURING", "")]),
    ("Gold was fixed at 419.80 dlrs, down on last night's close of 421.50.", [("!", "RESTRUCTURING", "")]),
    ("The central bank will keep a close watch on exchange rates in line with the accord.", [("!", "RESTRUCTURING", "")]),
    ("The new software will streamline hospital purchasing systems.", [("!", "RESTRUCTURING", "")]),
    ("The budget would phase out tax breaks on savings.", [("!", "RESTRUCTURING", "")]),
    ("The company announced the closure of its Dayton assembly plant.", [("RESTRUCTURING", "closure of", "actual")]),
    ("It took a 20 mln dlr charge to cover the cost of disposing of 21 underperforming company-owned restaurants.",
     [("RESTRUCTURING", "disposing", "actual"), ("!", "ASSET_SALE", "")]),
    ("DANFORTH INDUSTRIES REORGANIZES UNIT", [("RESTRUCTURING", "REORGANIZES", "actual")]),
    ("The company said it reorganized its chemical operations into three new companies.",
     [("RESTRUCTURING", "reorganized", "actual")]),
    ("Analysts expect the company to reorganize its debt with its lenders.", [("!", "RESTRUCTURING", "")]),
    ("World closing stocks of primary zinc at smelters fell 4,500 tonnes.", [("!", "RESTRUCTURING", "")]),
    ("The company consolidated its manufacturing operations at two plants to reduce costs.",
     [("RESTRUCTURING", "consolidated", "actual")]),
    ("Results of consolidated operations are shown in the statements below.", [("!", "RESTRUCTURING", "")]),
    # DISCONTINUED_OPERATIONS: phasing out businesses, leaving a venture, liquidating a subsidiary
    ("HALDEN CHEMICAL TO PHASE OUT SOME BUSINESSES",
     [("DISCONTINUED_OPERATIONS", "PHASE OUT", "actual"), ("!", "RESTRUCTURING", "")]),
    ("Profit rose, helped by its withdrawal from a loss-making smelter venture in Japan.",
     [("DISCONTINUED_OPERATIONS", "withdrawal", "actual")]),
    ("The company said it is liquidating its wholly-owned Baxter Home Furnishings Inc subsidiary.",
     [("DISCONTINUED_OPERATIONS", "liquidating", "actual")]),
    ("Critics blamed the withdrawal from the nuclear agreement for rising tension.", [("!", "DISCONTINUED_OPERATIONS", "")]),
    ("Some smaller automakers may withdraw from the U.S. market.", [("!", "DISCONTINUED_OPERATIONS", "")]),
    # EXECUTIVE_DEPARTURE: the predecessor in an appointment story
    ("Halvard Systems named Ann Cole its chairman and chief executive officer.\nCole succeeds Peter Marsh, who resigned.",
     [("EXECUTIVE_DEPARTURE", "resigned", "actual")]),
    ("The bank appointed Tom Reyes chief executive replacing Carl Voss, effective June 30.",
     [("EXECUTIVE_DEPARTURE", "replacing", "actual")]),
    ("The former national security adviser, who resigned over the scandal, refused to testify.",
     [("!", "EXECUTIVE_DEPARTURE", "")]),
    ("The new system is replacing equipment installed by the former chief engineer.", [("!", "EXECUTIVE_DEPARTURE", "")]),
    ("Herbert Lane was a vice president until November, when he was fired by the board.",
     [("EXECUTIVE_DEPARTURE", "was fired", "actual")]),
    ("Chairman Ron Tate will step aside as chief executive in October.", [("EXECUTIVE_DEPARTURE", "step aside", "actual")]),
    ("The judge dismissed the suit against the company's president.", [("!", "EXECUTIVE_DEPARTURE", "")]),
    ("Tom Reyes replaced Carl Voss as president of the bank.", [("!", "ASSET_SALE", "")]),
    ("Carl Voss was replaced as president by Tom Reyes.", [("EXECUTIVE_DEPARTURE", "replaced as", "actual")]),
    ("The chief executive said the firm replaced a computer system.", [("!", "EXECUTIVE_DEPARTURE", "")]),
    ("The decision to remove a key obstacle was constructive, the exchange's chief executive said.",
     [("!", "EXECUTIVE_DEPARTURE", "")]),
    ("The prime minister and his cabinet tendered their resignation to the president.", [("!", "EXECUTIVE_DEPARTURE", "")]),
    ("Demand for automotive replacement parts is rising, the company's president said.", [("!", "EXECUTIVE_DEPARTURE", "")]),
    ("Executives can take the annuities as retirement funds, the chief actuary said.", [("!", "EXECUTIVE_DEPARTURE", "")]),
    # LAYOFFS: dismissals written with a number of workers
    ("The company will cut costs, including the dismissal of 100 workers at its headquarters.",
     [("LAYOFFS", "dismissal", "actual")]),
    ("The mine operator sacked 2,000 miners after the strike.", [("LAYOFFS", "sacked", "actual")]),
    ("The board fired the chief executive on Monday.", [("!", "LAYOFFS", "")]),
    ("The reduction will result in the permanent elimination of 183 positions.", [("LAYOFFS", "elimination", "actual")]),
    ("The charge covers expenses connected with the staff cuts.", [("LAYOFFS", "staff cuts", "actual")]),
    ("Unions protested a state move to cut workers' compensation.", [("!", "LAYOFFS", "")]),
    # ACQUISITION: all-caps wire headlines 'X BUYS Y', 'X TO BUY Y', 'X COMPLETES Y BUY'
    ("HALVARD SYSTEMS <HLVD> BUYS MERIDIAN OPTICS\n\nThe terms were not disclosed.", [("ACQUISITION", "BUYS", "actual")]),
    ("NORTHCOTE <NCT> TO BUY REGIONAL PAPER GROUP\n\nThe deal is worth 20 mln dlrs.", [("ACQUISITION", "BUY", "actual")]),
    ("BRANDT <BRD> COMPLETES KESTREL <KSTL> BUY\n\nThe deal closed on Friday.", [("ACQUISITION", "COMPLETES", "actual")]),
    ("PORTUGAL BUYS 30,000 TONNES FRENCH WHEAT\n\nTraders said so.", [("!", "ACQUISITION", "")]),
    ("KORMAN AIRWAYS TO BUY FOUR NEW JETLINERS\n\nDelivery is due in 1989.", [("!", "ACQUISITION", "")]),
    ("DELMAR <DLM> TO BUY BACK SHARES\n\nUp to one mln shares.", [("!", "ACQUISITION", "")]),
    ("VESTA <VST> UNIT BUYS OHIO PROPERTY\n\nThe building has 40 floors.", [("!", "ACQUISITION", "")]),
    ("The central bank said it would buy dollars.", [("!", "ACQUISITION", "")]),
    # ASSET_SALE: all-caps wire headlines 'X SELLS Y', 'X TO SELL Y FOR N MLN DLRS'
    ("KESTREL <KSTL> TO SELL OPTICS UNIT FOR 30 MLN DLRS\n\nThe buyer was not named.", [("ASSET_SALE", "SELL", "actual")]),
    ("HALVARD <HLVD> SELLS CONVERTIBLE DEBT AT SIX PCT\n\nThe issue is rated A.", [("!", "ASSET_SALE", "")]),
    ("NORDMARK TO SELL CARS IN JAPAN NEXT YEAR\n\nThe company said so.", [("!", "ASSET_SALE", "")]),
    # EXECUTIVE_DEPARTURE: headline 'X OFFICIAL RESIGNS', 'X EXECUTIVE LEAVES'
    ("MERIDIAN <MRDN> OFFICIAL RESIGNS\n\nThe company gave no reason.", [("EXECUTIVE_DEPARTURE", "RESIGNS", "actual")]),
    ("BRANDT <BRD> EXECUTIVE LEAVES\n\nHe will join a rival.", [("EXECUTIVE_DEPARTURE", "LEAVES", "actual")]),
    ("EXCHANGE PRESIDENT LEAVES FOR TRADE MEETING\n\nHe returns on Monday.", [("!", "EXECUTIVE_DEPARTURE", "")]),
    # LAYOFFS: idling plants and a number of workers across a comma
    ("DELMAR MOTORS TO IDLE TWO PLANTS, 4,200 WORKERS\n\nThe plants reopen in May.", [("LAYOFFS", "IDLE", "actual")]),
    ("The rigs stood idle for months, 300 workers said.", [("!", "LAYOFFS", "")]),
    ("Tell Washington to lead, follow, or get out of the way.", [("!", "DISCONTINUED_OPERATIONS", "")]),
]


@pytest.mark.parametrize("text,expected", CASES, ids=[c[0][:50] for c in CASES])
def test_corporate_rules(extract, text, expected):
    assert_events(extract(text), expected)
