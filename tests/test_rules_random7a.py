"""Results and deal rules, random audit 7a (ACQUISITION, ASSET_SALE, NET_LOSS, EARNINGS_DECLINE and the other results
types), from a reading of every actual record of these types in 1,200 random non-test stories.

Precision families: a rise word inside the 'sharply ... earnings' gap ('sharply higher earnings'), a bank's
'non-earning assets', investors/savers losing money on markets, a 'merged version' of software, bids to build or
supply something, 'set up ... holding' (forming a company), warrants entitling investors to buy, a fund's offer to buy
a number of its own shares (self-tender), a share offering with a prospectus or investment dealers, endowment
divestment from fossil fuels. A second random sample (1,500 stories): refunds to 'those who had lost money', a
country's coffee/export earnings, fund trade reports 'after selling N shares', portfolio 'gains from sale of
investments', an issuer's offering 'sold by the company'. A third reading of 150 random FinCausal records: fleets of vans,
personal 'take (financial) control', the verb 'and offers', profiles 'engaged in the sale of', insider boilerplate; the plural noun
'sales' (job titles, functions, revenues) before a company name.

Rows are written for these tests (not copied from a corpus); distractors list ("!", TYPE, "") or ("!", TYPE, word).
"""

from __future__ import annotations

import pytest

from conftest import assert_events

CASES = [
    # event.earnings_decline.010: no rise word in the gap
    ("Harlow Securities Ltd, reporting sharply higher earnings for the half year, said the outlook was good.",
     [("!", "EARNINGS_DECLINE", "")]),
    ("Tarn Corp reported sharply lower 1986 earnings because of weak metal prices.",
     [("EARNINGS_DECLINE", "lower 1986 earnings", "actual")]),
    # exclude.earnings_decline.015: non-earning assets
    ("The bank's chairman pointed to a steep drop in non-earning assets and firm loan demand.",
     [("!", "EARNINGS_DECLINE", "")]),
    ("Orbis Bank said a drop in net income reflected higher loan losses.",
     [("EARNINGS_DECLINE", "drop in net income", "actual")]),
    # exclude.net_loss.019: investors losing money
    ("European investors have lost money as the mark weakened, dealers said.", [("!", "NET_LOSS", "")]),
    ("Savers who lost money in the collapse of the fund want compensation.", [("!", "NET_LOSS", "")]),
    ("Kell Airlines said it lost money in the fourth quarter on weaker fares.", [("NET_LOSS", "lost money", "actual")]),
    # exclude.acq.082: merged versions
    ("The two makers will sell computers running a merged version of the operating system next year.",
     [("!", "ACQUISITION", "")]),
    ("Dorrance Bancorp said it merged with Tarn Financial Corp on Friday.", [("ACQUISITION", "merged", "actual")]),
    # exclude.acq.083: bids to build or supply
    ("THREE EUROPEAN GROUPS BID TO BUILD NEW DAM", [("!", "ACQUISITION", "")]),
    ("Orbis Engineering said it will bid to supply turbines for the power station.", [("!", "ACQUISITION", "")]),
    ("Kell Corp launched a 300 mln dlr takeover bid for Tarn Mining Ltd.", [("ACQUISITION", "bid", "actual")]),
    # exclude.acq.084: setting up a holding
    ("The ministry said the banks would work to set up the joint insurance holding by June.",
     [("!", "ACQUISITION", "")]),
    ("Orbis Corp said it raised its holding in Tarn Inc to 12 pct from 9 pct.", [("ACQUISITION", "raised", "actual")]),
    # exclude.acq.015: warrants entitling investors
    ("Each warrant entitles investors to purchase one bearer share in Harlow Holdings AG at 300 francs.",
     [("!", "ACQUISITION", "")]),
    # exclude.acq.085: a self-tender for its own shares
    ("The Orbis Fund Inc said its directors authorized an offer to purchase one mln shares, or about 8 pct, "
     "of its common stock at nine dlrs a share.", [("!", "ACQUISITION", "")]),
    ("Kell Corp made an offer to purchase all outstanding shares of Tarn Inc at 20 dlrs a share.",
     [("ACQUISITION", "offer to purchase", "actual")]),
    # event.acquisition.009/029 forbid 'prospectus'; event.asset_sale.006 forbids investment dealers
    ("Harlow Resources said it filed a preliminary prospectus for the offer of three mln common shares at 12 dlrs "
     "a share, following its takeover of a drilling unit.", [("!", "ACQUISITION", "offer")]),
    ("Orbis Development Corp agreed with investment dealers to sell four mln common shares at 11 dlrs a share.",
     [("!", "ASSET_SALE", "")]),
    ("Kell Group said it sold 400,000 Tarn Corp common shares last month.", [("ASSET_SALE", "sold", "actual")]),
    # event.asset_sale.002 forbids endowment/fossil divestment
    ("State university divests: its 9 billion dlr endowment will be fossil-free by year end.",
     [("!", "ASSET_SALE", "")]),
    ("Dorrance Corp completed the divestiture of its paper unit to Harlow Paper Inc.",
     [("ASSET_SALE", "divestiture", "actual")]),
    # second sample: exclude.net_loss.019 'those who'; exclude.earnings_decline.016 export earnings
    ("Refunds were offered to those who had lost money on the cancelled tours.", [("!", "NET_LOSS", "")]),
    ("Cocoa earnings were down to 90 mln dlrs from 180 mln a year earlier because of lower prices.",
     [("!", "EARNINGS_DECLINE", "")]),
    ("Orbis Corp said its earnings were down 20 pct in the first quarter.", [("EARNINGS_DECLINE", "earnings", "actual")]),
    # exclude.sale.039 trade reports; exclude.sale.040 portfolio gains; exclude.sale.041 the issuer's own offering
    ("The fund owned 12,400 shares of the company's stock after selling 3,100 shares during the quarter.",
     [("!", "ASSET_SALE", "")]),
    ("NOTE: Net includes gains from sale of investments of 1.2 mln dlrs.", [("!", "ASSET_SALE", "")]),
    ("Net includes a gain from the sale of investments in Tarn Corp of 3 mln dlrs.", [("ASSET_SALE", "sale", "actual")]),
    ("Kell said 800,000 of the shares are being sold by the company and 200,000 by a director.",
     [("!", "ASSET_SALE", "")]),
    ("Orbis Holdings said it sold its Tarn Foods unit to Harlow Group for 12 mln dlrs.",
     [("ASSET_SALE", "sold its Tarn Foods unit", "actual")]),
    # third reading (150 random FinCausal records): fleets of vans (exclude.acq.018), personal 'take control'
    # (exclude.acq.016), the verb 'and offers' (exclude.acq.010), profiles 'engaged in the sale of' (exclude.sale.042),
    # insider boilerplate (exclude.sale.043)
    ("Orbis Logistics has agreed to purchase 5,000 electric delivery vans from a truck maker.",
     [("!", "ACQUISITION", "")]),
    ("The app helps households take financial control and take control with lower fees.", [("!", "ACQUISITION", "")]),
    ("Kell Corp moved to take control of Tarn Mining Ltd by buying a majority stake.",
     [("ACQUISITION", "take control", "actual")]),
    ("It also distributes payment terminals and other products and offers online games.", [("!", "ACQUISITION", "")]),
    ("Harlow Land Group is an investment holding company principally engaged in the sale of properties.",
     [("!", "ASSET_SALE", "")]),
    ("Its chief executive exercised options to sell 90,000 shares at 12 dlrs. The disclosure for this sale is online.",
     [("!", "ASSET_SALE", "")]),
    ("Harlow Land Group said it agreed to sell its hotel division to Kell Leisure Corp.",
     [("ASSET_SALE", "sell its hotel division", "actual")]),
    # event.asset_sale.003 no longer reads the plural noun 'sales'; 'sales of' + company is event.asset_sale.021
    ("Mary Smith had been regional sales director of Kell Airlines Inc.", [("!", "ASSET_SALE", "")]),
    ("The charge relates to reorganizing the sales and marketing functions at Tarn Foods Inc.",
     [("!", "ASSET_SALE", "")]),
    ("Proceeds from sales of the Orbis Telephone Corp stock will fund the budget.", [("ASSET_SALE", "sales", "actual")]),
    ("Harlow Corp agreed to sell Tarn Paper Co to Kell Industries Inc.", [("ASSET_SALE", "sell", "actual")]),
    # figurative dividends (event.dividend_cut.007 gap stops at 'from'); trade-report headlines (exclude.acq.086)
    ("Clean stoves bring health dividends from reduced smoke in the home.", [("!", "DIVIDEND_CUT", "")]),
    ("Dividends on the preferred shares were reduced to 10 cts.", [("DIVIDEND_CUT", "reduced", "actual")]),
    ("Orbis Growth ETF (NASDAQ:ORB) Shares Bought by Harlow Trust Co during the 2nd quarter",
     [("!", "ACQUISITION", "")]),
]


@pytest.mark.parametrize("text,expected", CASES, ids=[c[0][:50] for c in CASES])
def test_random_7a(extract, text, expected):
    assert_events(extract(text), expected)
