"""Deal rules, sixth round (ACQUISITION, ASSET_SALE), from a reading of every deal record in 1,000 non-test stories
(400 picked by deal words, 600 at random) and of the deal mentions they miss.

Precision: quotes ('a bid and offer of 165 to 166'), banks bidding for foreign exchange, fleet purchases with a long
model name, a company's debt bought, job titles ('director of acquisitions'), interest-rate increases, a patent that
'was acquired', buyback-plan purchases, 'Acquired Immune Deficiency Syndrome', takeover laws, obligations taken over,
merged sales forces; goods sold through a channel, selling rights, products sold ('will sell both companies'
graphics products', 'will continue to sell the brands'), firms named '... Sales and Services Corp', shares 'issued and
sold by the company', gilts issues, butter into intervention stores, tax rules 'for disposals on or after'.

Recall: holders that agreed to tender their block, sales and leasebacks, affiliates and shareholdings sold, 'it has
been sold to', 'sell its remaining shares in BP', 'bought the Metex stock', a bidder's price without 'for' ('offered
six dlrs per share'), and 'proceeds from that sale to redeem its notes' (the debt-issue exclusions stop at 'redeem').

Rows are written for these tests (not copied from a corpus); distractors list ("!", TYPE, "") or ("!", TYPE, word).
"""

from __future__ import annotations

import pytest

from conftest import assert_events

CASES = [
    # market quotes, currency auctions (exclude.acq.001, exclude.acq.005)
    ("The fund units opened on a bid and offer of 212 to 214 on the exchange.", [("!", "ACQUISITION", "")]),
    ("The central bank said banks bidding for foreign exchange at the weekly auction must pay the rate they offered.",
     [("!", "ACQUISITION", "")]),
    ("Kell Corp is making a 200 mln stg bid for Orbis Stores.", [("ACQUISITION", "bid for", "actual")]),
    # fleets, debt, patents (exclude.acq.018 gap, exclude.acq.074, exclude.acq.072)
    ("Dorrance Air said its commuter unit will acquire seven 30-seat Dash 8 turboprop airplanes from the maker.",
     [("!", "ACQUISITION", "")]),
    ("Orbis Corp has acquired all of Tarn Mining's senior secured debt for 4 mln dlrs.", [("!", "ACQUISITION", "")]),
    ("Kell Holdings bought 1.5 mln shares and certain notes of Tarn Corp from its affiliate.",
     [("ACQUISITION", "bought", "actual")]),
    ("The company said the patent was acquired from a research group for 200,000 shares.",
     [("!", "ACQUISITION", "")]),
    # titles, rates, buyback plans, a disease, laws, obligations, sales forces (exclude.acq.001, .053, .073;
    # event.acquisition.008 forbids)
    ("Mary Smith, director of acquisitions at the council, said talks had begun.", [("!", "ACQUISITION", "")]),
    ("The notes were amended to provide an increase of interest to 12.5 pct from 12 pct.", [("!", "ACQUISITION", "")]),
    ("The board had authorized purchases of up to two mln shares and the plan has bought 150,000 shares so far.",
     [("!", "ACQUISITION", "")]),
    ("The drug is aimed at Acquired Immune Deficiency Syndrome.", [("!", "ACQUISITION", "")]),
    ("The court upheld the state's control-share acquisition law.", [("!", "ACQUISITION", "")]),
    ("Under the plan the society itself would take over all members' future obligations to the fund.",
     [("!", "ACQUISITION", "")]),
    ("The company merged its retail and wholesale sales forces last year.", [("!", "ACQUISITION", "")]),
    ("Dorrance Inc said it bought 250,000 Orbis common shares, or 6.1 pct of the total outstanding.",
     [("ACQUISITION", "bought", "actual")]),
    # channels, selling rights, products (exclude.sale.033, exclude.sale.002, exclude.sale.032)
    ("Standard newsprint sold through sales unit Kell Sales Corp will rise to 600 dlrs a tonne.",
     [("!", "ASSET_SALE", "")]),
    ("Mine Safety will sell through its German subsidiary its controlling interest in Tarn Africa to Boart.",
     [("ASSET_SALE", "sell", "actual")]),
    ("Tarn awarded exclusive selling rights to two distributors in Canada.", [("!", "ASSET_SALE", "")]),
    ("Under the pact, Orbis and Kell will sell both companies' medical products in Europe.",
     [("!", "ASSET_SALE", "")]),
    ("Dorrance said it will continue to sell the brands until June.", [("!", "ASSET_SALE", "")]),
    ("Dorrance sold its two cigar brands to Kell Tobacco for 30 mln dlrs.", [("ASSET_SALE", "sold", "actual")]),
    # names, share issues, gilts, butter, tax rules (exclude.sale.029, .002; event.asset_sale.001/.004 forbids)
    ("The company sold its Natchez plant and its S and A Tire Sales and Services Corp to Tarn.",
     [("ASSET_SALE", "sold its Natchez plant", "actual"), ("!", "ASSET_SALE", "Sales")]),
    ("Of the shares, two mln will be issued and sold by the company and the rest by holders.",
     [("!", "ASSET_SALE", "")]),
    ("The surprise sell-out of the gilts tap issue came within minutes.", [("!", "ASSET_SALE", "")]),
    ("The move was followed by a sell-out within minutes of a Bank of England tap issue.", [("!", "ASSET_SALE", "")]),
    ("Farmers have the right to sell surplus butter into intervention stores.", [("!", "ASSET_SALE", "")]),
    ("For disposals on or after 6 April, the individual must hold at least 5 pct of the shares.",
     [("!", "ASSET_SALE", "")]),
    # proceeds that redeem notes are no debt issue (exclude.sale.020, .030 gaps)
    ("Dorrance completed the sale of its Heublein unit to Kell Corp. "
     "It said it would use proceeds from that sale to redeem its 11.5 pct notes due 1995.",
     [("ASSET_SALE", "sale of its Heublein unit", "actual"), ("ASSET_SALE", "sale", "actual")]),
    ("It sold 25 mln dlrs of 9.5 pct senior notes in a private placement.", [("!", "ASSET_SALE", "")]),
    # recall: tendering a block, leasebacks, affiliates, passive 'it has been sold' (event.asset_sale.019, .010,
    # .001, .009)
    ("Three members of the family, who agreed to tender their 60 pct holding of Orbis common shares to the offer, "
     "have sued each other.", [("ASSET_SALE", "agreed to tender", "actual")]),
    ("Orbis urged its shareholders not to tender their shares to Kell.", [("!", "ASSET_SALE", "")]),
    ("Dorrance will use proceeds from sales and leasebacks, completed in 1986, of its interest in the Unit 2 plant "
     "to redeem debt.", [("ASSET_SALE", "sales and leasebacks", "actual")]),
    ("Orbis said it has sold its affiliates in South Africa to an independent trust.",
     [("ASSET_SALE", "sold its affiliates", "actual")]),
    ("Univisa is to sell not less than 600 National Video franchises by 1992.", [("!", "ASSET_SALE", "")]),
    ("White Engine said it has been sold to a group of investors led by its president.",
     [("ASSET_SALE", "sold", "actual")]),
    # recall: a stake named by shares (event.asset_sale.020, event.acquisition.034)
    ("The government will sell its remaining shares in BP during the financial year.",
     [("ASSET_SALE", "sell its remaining shares", "actual")]),
    ("Metropolitan said it bought the Metex stock as an investment.", [("ACQUISITION", "bought", "actual")]),
    ("APL said it planned to buy the Fischbach shares from Pennsylvania Engineering at market value.",
     [("ACQUISITION", "buy", "actual")]),
    ("The company will buy back the shares under its repurchase plan.", [("!", "ACQUISITION", "")]),
    # recall: a bidder's price without 'for' (event.acquisition.035)
    ("AVAQ said it offered six dlrs per share and a note. Gates had earlier accepted a takeover bid from Kell.",
     [("ACQUISITION", "offered", "actual")]),
    ("Dorrance offered 1.5 mln shares at 20 dlrs a share through underwriters.", [("!", "ACQUISITION", "")]),
    # a stake that is sold, a reincorporation (exclude.acq.077, .078); property bought (exclude.acq.072)
    ("Chapman will sell a controlling interest to Troon Partners Ltd.",
     [("ASSET_SALE", "sell a controlling interest", "actual"), ("!", "ACQUISITION", "")]),
    ("Shareholders will vote on the merger of Dorrance into its newly formed Delaware subsidiary.",
     [("!", "ACQUISITION", "")]),
    ("Kell Corp said it acquired a controlling interest in Orbis Inc.", [("ACQUISITION", "acquired", "actual")]),
    ("The company said the property was acquired in 1985 for 2 mln dlrs.", [("!", "ACQUISITION", "")]),
    # insurers: 'property' is a line of business (event.acquisition.036)
    ("Tarn Group said it was in talks to acquire Kell Mutual Insurance Co, a property and casualty insurer.",
     [("ACQUISITION", "acquire", "hypothetical")]),
    ("The trust acquired a 40-acre property in Dallas for 3 mln dlrs.", [("!", "ACQUISITION", "")]),
    # subscribing for a block (event.acquisition.037)
    ("Adsteam said it will subscribe to 30 mln shares in property developer Kell Estates, giving it 49 pct.",
     [("ACQUISITION", "subscribe", "actual")]),
    ("Existing shareholders may subscribe for one new share for every five held in the rights issue.",
     [("!", "ACQUISITION", "")]),
    # headlines and stake raises (event.acquisition.023, .003)
    ("TMOC ACCEPTS SANTOS <STOS.S> TAKEOVER BID", [("ACQUISITION", "BID", "actual")]),
    ("An investor group including Dorrance Qualified Income Fund Inc said it raised its stake in Orbis Corp to 8.2 pct.",
     [("ACQUISITION", "raised its stake", "actual")]),
    ("The bank said interest income rose after it raised its interest rates by 2 pct.", [("!", "ACQUISITION", "")]),
    # second reading (200 random non-test records): bids that are no takeover, warrants, herd buyouts, loans
    # bought, profiles (exclude.acq.001, .079, .080, .081; event.acquisition.006 forbids)
    ("The United States is stepping up its bid to win a share of the project to build the fighter.",
     [("!", "ACQUISITION", "")]),
    ("Kell made a bid to buy Orbis for 20 dlrs a share.", [("ACQUISITION", "bid to buy", "actual")]),
    ("Each unit consists of common stock, common stock purchase warrants and debentures.", [("!", "ACQUISITION", "")]),
    ("The underwriters have an overallotment option to purchase 1.8 mln shares.", [("!", "ACQUISITION", "")]),
    ("NO EXTENSION ON U.S. DAIRY HERD BUYOUT - LYNG", [("!", "ACQUISITION", "")]),
    ("Lloyd's said its offer for a settlement of the affair was unconditional.", [("!", "ACQUISITION", "")]),
    ("Kell Capital specialises in buying companies and property in industrial nations.", [("!", "ACQUISITION", "")]),
    ("The agency has so far acquired 6.1 billion dlrs of mortgages originated in the state.",
     [("!", "ACQUISITION", "")]),
    ("Tarn Bancorp agreed to acquire Kell Mortgage Co for 30 mln dlrs.", [("ACQUISITION", "acquire", "actual")]),
    ("The data help individuals take financial control of their own lives.", [("!", "ACQUISITION", "")]),
    # goods, own shares, unit counts, profiles, offerings, selling rights (event.asset_sale.003/.006 forbids,
    # exclude.sale.002, .034, .035, .036)
    ("Votrax said it won a contract to sell 150 telephone systems to Ford Motor Credit Co.", [("!", "ASSET_SALE", "")]),
    ("The equipment will be sold by Mitel Datacom Inc, a subsidiary.", [("!", "ASSET_SALE", "")]),
    ("Orbis sold its equipment leasing unit to Kell Corp for 40 mln dlrs.", [("ASSET_SALE", "sold", "actual")]),
    ("Dorrance sold 4.8 mln shares of its common to an employee stock ownership plan.", [("!", "ASSET_SALE", "")]),
    ("We would like to sell between 7,000 and 8,000 units in Europe this year.", [("!", "ASSET_SALE", "")]),
    ("Orbis sold two units to Kell Corp last year.", [("ASSET_SALE", "sold two units", "actual")]),
    ("The segment develops, markets, and sells vacation ownership interests to consumers.",
     [("!", "ASSET_SALE", "")]),
    ("The company is selling 1,200,000 of the shares and shareholders the rest.", [("!", "ASSET_SALE", "")]),
    ("Nutmeg has the right to sell a line of sportswear bearing the cartoon characters.", [("!", "ASSET_SALE", "")]),
    # merger terms priced on an average no longer blocked; insider trades at an average cost still are
    # (event.acquisition.001 forbids, exclude.acq.001); the business named before 'X bought' (event.acquisition.039)
    ("Keycorp said the stock to be exchanged will be based on the average closing price before the acquisition closes.",
     [("ACQUISITION", "acquisition", "actual")]),
    ("The stock was acquired at an average cost of 24.23 dlrs per share, for a total of 2.4 mln dlrs.",
     [("!", "ACQUISITION", "")]),
    ("Sales rose at the historic company Boeing bought from the Canadian government a year ago.",
     [("ACQUISITION", "bought", "actual")]),
    ("The company Kell bought in May makes pumps.", [("ACQUISITION", "bought", "actual")]),
    # third reading (170 random non-test records): products on sale somewhere, infringing goods, joint marketing,
    # profiles, insider trades, pension buyouts, central-bank purchases (exclude.sale.037, .002, .035;
    # event.asset_sale.001 forbids; exclude.acq.008, .001; event.acquisition.012 forbids)
    ("Pepsi's soda is still sold in the Wendy's restaurants.", [("!", "ASSET_SALE", "")]),
    ("Orbis sold its 40 restaurants to Kell Corp for 30 mln dlrs.", [("ASSET_SALE", "sold", "actual")]),
    ("The court barred Kodak from selling cameras or film that infringe upon the patent.", [("!", "ASSET_SALE", "")]),
    ("Masscomp said it will promote and sell Kell Corp's line of graphics software products.",
     [("!", "ASSET_SALE", "")]),
    ("PBS, whose subsidiaries design, make, sell and lease modular buildings, said it bought the stake.",
     [("!", "ASSET_SALE", ""), ("ACQUISITION", "bought the stake", "actual")]),
    ("In the last 90 days, insiders have purchased 817 shares of company stock worth 39,799 dlrs.",
     [("!", "ACQUISITION", "")]),
    ("Even the largest schemes can now access buy-in and buyout structures.", [("!", "ACQUISITION", "")]),
    ("Today's surplus reflects excess bank holdings due to big central bank dollar purchases.",
     [("!", "ACQUISITION", "")]),
]


@pytest.mark.parametrize("text,expected", CASES, ids=[c[0][:50] for c in CASES])
def test_deal_rules_6(extract, text, expected):
    assert_events(extract(text), expected)
