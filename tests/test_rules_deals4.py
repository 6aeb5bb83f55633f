"""Deal rules, fourth round (ACQUISITION, ASSET_SALE): exclusions found by reading every actual deal record of a
random non-test sample. The wrong families: 'take over' as succession or a political takeover, goods and securities
'offered for sale', 'offering for' a product, debt issues and a company's own new shares sold, waste and stockpile
'disposals', 'disposal' meaning availability, market selling, company-profile lists ('design, manufacture and sale
of'), bans on selling a product, commodity contracts, held stakes and stake sales read as acquisitions, 'proceeds
from the sale' of a share offering. Each distractor has a true deal next to it that must still fire.

Rows are written for these tests (not copied from a corpus); distractors list ("!", TYPE, "") or ("!", TYPE, word).
"""

from __future__ import annotations

import pytest

from conftest import assert_events

CASES = [
    # 'take over' as succession or a political takeover (exclude.acq.046, .047, .048, .058)
    ("Dana Whitley will take over as chairman of Orbis Corp in May.", [("!", "ACQUISITION", "")]),
    ("Whitley takes over from Tom Brand, who retires after 20 years.", [("!", "ACQUISITION", "")]),
    ("Harlan Pell has taken over as chief executive of Tarn Chemicals.", [("!", "ACQUISITION", "")]),
    ("Since Mr. Pell took over, the shares of Tarn have doubled.", [("!", "ACQUISITION", "")]),
    ("The new president will take over the role next year.", [("!", "ACQUISITION", "")]),
    ("Under the plan the insurer would take over all future obligations of the pool.", [("!", "ACQUISITION", "")]),
    ("Prices were stable from 1949, when the communists took over.", [("!", "ACQUISITION", "")]),
    ("Prices had been stable since the Communist takeover of the country.", [("!", "ACQUISITION", "")]),
    ("Dorrance Bank agreed to take over Kell Savings for 40 mln dlrs.", [("ACQUISITION", "take over", "actual")]),
    ("Kell Savings was taken over by Dorrance Bank last year.", [("ACQUISITION", "taken over", "actual")]),
    ("The charge reflects the premium paid for the two software firms it had taken over.",
     [("ACQUISITION", "taken over", "actual")]),
    # goods, securities and products 'offered for' / 'offering for' (exclude.acq.049, .050)
    ("A total of 200 mln stg of Treasury bills was offered for sale this week.", [("!", "ACQUISITION", "")]),
    ("The new dish will be offered for a limited period at all restaurants.", [("!", "ACQUISITION", "")]),
    ("Our offering for retail banking training includes coaching modules.", [("!", "ACQUISITION", "")]),
    ("Dorrance raised the price it is offering for each Kell share to 30 dlrs in its takeover bid.",
     [("ACQUISITION", "offering for", "actual")]),
    ("Hale Corp made a 40 mln dlr offer for Brisco Inc.", [("ACQUISITION", "offer for", "actual")]),
    # warrants, consumer credit, idioms, firm names, own markets, trade-report headlines (exclude.acq.051-054)
    ("The notes carry warrants attached to purchase the firm's common stock at 12 dlrs.", [("!", "ACQUISITION", "")]),
    ("Buy Now Pay Later is an interest bearing option that lets shoppers delay payments.", [("!", "ACQUISITION", "")]),
    ("Cheap credit lets bank bosses take high-stakes bets with other people's money.", [("!", "ACQUISITION", "")]),
    ("The fee was paid through Corporate Finance and Acquisition Consultants Ltd.", [("!", "ACQUISITION", "")]),
    ("Only states that have merged their individual and small-group markets qualify.", [("!", "ACQUISITION", "")]),
    ("Orbis merged with Tarn Chemicals in a stock swap.", [("ACQUISITION", "merged", "actual")]),
    ("Orbis Inc (NASDAQ:ORB) Major Shareholder Purchases $2,150,000.00 in Stock", [("!", "ACQUISITION", "")]),
    ("Orbis Inc (NASDAQ:ORB) Insider Sells $1.2M in Stock", [("!", "ASSET_SALE", "")]),
    # underwriters bidding for an issue, a share of an auction, goods bought (exclude.acq.055-057, .059)
    ("Three banks were the successful bidders for two mln of its common shares offered at 20 dlrs.",
     [("!", "ACQUISITION", "")]),
    ("Dorrance Capital was the successful bidder for Kell Foods in the receivership.",
     [("ACQUISITION", "successful bidder for", "actual")]),
    ("One securities house bought 32.5 pct of the total bids accepted at the auction.", [("!", "ACQUISITION", "")]),
    ("Hale Corp bought 32.5 pct of Brisco Inc from its founders.", [("ACQUISITION", "bought", "actual")]),
    ("The company acquired large quantities of seeds that it resold to a related party.", [("!", "ACQUISITION", "")]),
    ("The bank bought Kell Savings Bank's multi-branch licence early this year.", [("!", "ACQUISITION", "")]),
    # held stakes and stake sales are not read as acquisitions (event.acquisition.004 requires / forbids)
    ("The extraordinary gain came from the sale of a 12.5 pct stake in Tarn Chemicals.",
     [("!", "ACQUISITION", ""), ("ASSET_SALE", "sale", "actual")]),
    ("Partners in the field are Orbis, the operator, with a 30 pct stake, and Kell Oil.", [("!", "ACQUISITION", "")]),
    ("Dorrance Capital said it bought a 9.8 pct stake in Tarn Chemicals.", [("ACQUISITION", "stake", "actual")]),
    # commodity contracts and tenders (event.acquisition.001, .007, .009, .012 forbids)
    ("A Norwegian firm agreed to buy 100,000 tonnes of alumina a year from the refinery.", [("!", "ACQUISITION", "")]),
    ("The board rejected all bids for feed wheat at the weekly tender.", [("!", "ACQUISITION", "")]),
    ("MALTA REJECTS VEG OIL OFFERS, TO RETENDER", [("!", "ACQUISITION", "")]),
    ("Buffer stock purchases may not exceed 10 pct of the total buffer stock of cocoa.", [("!", "ACQUISITION", "")]),
    # ASSET_SALE: waste and stockpile disposals, 'disposal' as availability (exclude.sale.017-019)
    ("The county keeps its disposal fee at 27 dlrs per ton.", [("!", "ASSET_SALE", "")]),
    ("The court lifted the embargo on the plant's new bauxite residue disposal area.", [("!", "ASSET_SALE", "")]),
    ("Government agencies have ample resources at their  disposal to collect dues.", [("!", "ASSET_SALE", "")]),
    ("Given the capital at Dorrance's disposal, few founders refuse its offers.", [("!", "ASSET_SALE", "")]),
    ("Earnings fell after disposals of three businesses last year.", [("ASSET_SALE", "disposals", "actual")]),
    # debt issues and a company's own shares sold (exclude.sale.020, .021; event.asset_sale.002, .003 forbids)
    ("Kell Rail sold 25 mln dlrs of 9.5 pct mortgage bonds due 1995 in a private placement.",
     [("!", "ASSET_SALE", "")]),
    ("The company said it will sell 900,000 shares, while 600,000 shares will be sold by holders.",
     [("!", "ASSET_SALE", "")]),
    ("Tarn Industries agreed to sell three mln class A shares to dealers for resale to the public.",
     [("!", "ASSET_SALE", "")]),
    ("Hale Group said it sold 45,000 Brisco common shares, leaving it with 4.1 pct.",
     [("ASSET_SALE", "sold", "actual")]),
    # goods and products (event.asset_sale.002 forbids, exclude.sale.022-026)
    ("Malta has agreed to sell 30,000 tonnes of sugar to the Soviet Union.", [("!", "ASSET_SALE", "")]),
    ("Orbis said Kell Inc agreed to sell Orbis's document transfer software.", [("!", "ASSET_SALE", "")]),
    ("Orbis agreed to sell its software unit to Kell Inc.", [("ASSET_SALE", "sell its software unit", "actual")]),
    ("Orbis Corp is engaged in the design, manufacture, installation and sale of cooling units.",
     [("!", "ASSET_SALE", "")]),
    ("The state became the first to ban the sale of flavored cigarettes after Orbis sold its unit.",
     [("!", "ASSET_SALE", "sale")]),
    ("Strong selling from insurance companies and trust banks pressured the dollar.", [("!", "ASSET_SALE", "")]),
    ("Instead of selling product like a normal company, it lived off its investors.", [("!", "ASSET_SALE", "")]),
    ("Orbis sold its consumer products division to Kell Inc.", [("ASSET_SALE", "sold", "actual")]),
    ("Some 900 mln marks will be issued for immediate sale, and 100 mln held for market regulation.",
     [("!", "ASSET_SALE", "")]),
    ("The plant keeps the revenues from the sale of ash and recycled metals.", [("!", "ASSET_SALE", "")]),
    ("Revenues from electricity sold to Kell Power Inc are split with the county.", [("!", "ASSET_SALE", "")]),
    # a sale by public auction stays (event.asset_sale.004 does not forbid 'public'; 'public sale' of shares is excluded)
    ("Nordia Bank sold its Tarn shares. The bank said the sale, by public auction, raised 40 mln crowns.",
     [("ASSET_SALE", "sale", "actual")]),
    ("Orbis filed a prospectus for a planned public sale of two mln common shares.", [("!", "ASSET_SALE", "")]),
    # fund trade reports naming the stock by exchange and ticker, surveys, names, rules (exclude.acq.064, .065,
    # exclude.sale.028, .029); a Reuters stake raise with a <ticker> stays
    ("Kell Advisors upped its stake in Orbis Corp (NYSE:ORB) by 26,665 shares to 556,346 shares.",
     [("!", "ACQUISITION", "")]),
    ("It also reduced its holding in Tarn Inc (NASDAQ:TRN) by 511 shares in the quarter.", [("!", "ASSET_SALE", "")]),
    ("Dorrance Capital raised its stake in Tarn Chemicals <TRN> to 9.8 pct.", [("ACQUISITION", "raised its stake", "actual")]),
    ("The index is based on a survey of purchasing managers at 250 industrial companies.", [("!", "ACQUISITION", "")]),
    ("Kell Motor Sales U.S.A. Inc said its car sales rose four pct in March.", [("!", "ASSET_SALE", "")]),
    ("ORBIS SETS INITIAL STOCK OFFER", [("!", "ACQUISITION", "")]),
    ("Analysts said the SEC tender offer rule bars such contracts.", [("!", "ACQUISITION", "")]),
    ("SECURITY BANCORP <SCB> MERGES TWO UNITS", [("!", "ACQUISITION", "")]),
    ("Orbis Corp said it merged with Tarn Sales Co last year.", [("ACQUISITION", "merged", "actual")]),
    # 'proceeds from the sale' needs a business or asset sold nearby (event.asset_sale.018, .004 nearby phrases)
    ("ORBIS FILES INITIAL PUBLIC OFFERING\n\nOrbis Corp said it filed for an initial public offering of two mln "
     "common shares. Proceeds from the sale will be used to reduce debt.", [("!", "ASSET_SALE", "")]),
    ("Orbis Corp said it sold its chemicals division to Kell Inc for 40 mln dlrs. "
     "Proceeds from the sale will be used to reduce debt.", [("ASSET_SALE", "Proceeds from the sale", "actual")]),
]


@pytest.mark.parametrize("text,expected", CASES, ids=[c[0][:50] for c in CASES])
def test_deal_rules_4(extract, text, expected):
    assert_events(extract(text), expected)
