"""Results event rules (net loss, earnings decline, credit-loss provisions, dividend cuts, write-downs):
text -> the events expected (type, words in the trigger, status), and distractors that must not fire.

Rows are written for this file, in the way wire copy, results tables and releases state these events. A row lists
the events that must be found; `("!", TYPE, "")` means no event of TYPE may be found in the text.
"""

from __future__ import annotations

import pytest

from conftest import assert_events

CASES = [
    # NET_LOSS: headlines with the fiscal period end, table segment lines, passive and 'making losses' wording
    ("ACME WIDGET CORP <ACW> 2ND QTR MARCH 31 LOSS", [("NET_LOSS", "LOSS", "actual")]),
    ("BETA SYSTEMS INC YEAR ENDED DEC 31 LOSS", [("NET_LOSS", "LOSS", "actual")]),
    ("Retail division loss 2.4 mln vs profit 800,000", [("NET_LOSS", "loss", "actual")]),
    ("A modest loss was reported for the first half of the year.", [("NET_LOSS", "loss", "actual")]),
    ("The carmaker's losses for 1986 came to about 90 mln dlrs.", [("NET_LOSS", "losses", "actual")]),
    ("Its European steel mills are making big losses.", [("NET_LOSS", "losses", "actual")]),
    ("Latest yr loss includes a charge of 3.1 mln dlrs for plant closings.", [("NET_LOSS", "loss", "actual")]),
    ("After four years of heavy losses the airline returned to profit.", [("NET_LOSS", "losses", "actual")]),
    ("The shipyard remains loss making despite new orders.", [("NET_LOSS", "loss making", "actual")]),
    ("The quarter was break even, against a 3 ct per share loss a year earlier.", [("NET_LOSS", "per share loss", "actual")]),
    ("The ranch has operated at a loss for three years.", [("NET_LOSS", "operated at a loss", "actual")]),
    ("Lower shipments led to a wider loss than in the prior quarter.", [("NET_LOSS", "wider loss", "actual")]),
    ("Higher loan losses hurt the savings bank's results.", [("!", "NET_LOSS", "")]),
    ("Engines 4.2 mln loss vs 1.1 mln loss", [("NET_LOSS", "loss", "actual")]),
    ("It earned 12 mln dlrs last year against a 30.5 mln dlr loss in 1985.", [("NET_LOSS", "loss", "actual")]),
    ("The loss in the quarter was 8.1 mln dlrs, the company said.", [("NET_LOSS", "loss", "actual")]),
    ("Pre-tax loss before minorities 3.2 mln dlrs vs profit 9.9 mln.", [("NET_LOSS", "loss", "actual")]),
    ("Noting that rivals earned more, the company recalled a loss of 4.5 mln dlrs a year ago.", [("NET_LOSS", "loss", "actual")]),
    ("Officials put the earthquake damage at 200 mln dlrs in economic losses.", [("!", "NET_LOSS", "")]),
    # distractors: making up a loss, market losses, tax losses
    ("Exporters want to make up for the loss of their traditional markets.", [("!", "NET_LOSS", "")]),
    ("The index lost ground as traders made losses on futures positions.", [("!", "NET_LOSS", "")]),
    ("Loss carryforwards for 1987 will shelter its income.", [("!", "NET_LOSS", "")]),
    # EARNINGS_DECLINE: headline styles and warnings with the verb inside the trigger
    ("GAMMA FOODS <GMF> SEES 1ST QTR NET OFF", [("EARNINGS_DECLINE", "NET OFF", "actual")]),
    ("DELTA BANK CONFIRMS HALF-YEAR PROFITS LOWER", [("EARNINGS_DECLINE", "PROFITS LOWER", "actual")]),
    ("OMEGA TOOLS <OMG> SEES LOWER 3RD QTR", [("EARNINGS_DECLINE", "SEES LOWER 3RD", "actual")]),
    ("OMEGA TOOLS <OMG> SEES NET BELOW ESTIMATES", [("EARNINGS_DECLINE", "BELOW", "actual")]),
    ("The group expects its full-year earnings to be lower than in 1986.",
     [("EARNINGS_DECLINE", "expects its full-year earnings to be lower", "actual")]),
    ("The chairman said operating profit would be slightly lower than last year's record.",
     [("EARNINGS_DECLINE", "profit would be slightly lower", "actual")]),
    ("The company said it expects a falloff in earnings for the fiscal year.", [("EARNINGS_DECLINE", "falloff in earnings", "actual")]),
    ("Analysts said the retailer's profit is expected to be lower this year.", [("EARNINGS_DECLINE", "profit is expected to be lower", "actual")]),
    ("The company said it expects a net loss for the fiscal year.", [("NET_LOSS", "net loss", "hypothetical")]),
    ("The bank said it was unlikely to meet its profit target for the year.",
     [("EARNINGS_DECLINE", "unlikely to meet its profit target", "actual")]),
    ("The brewer said its 1986 profits were 30 pct lower at 40 mln guilders.", [("EARNINGS_DECLINE", "profits were 30 pct lower", "actual")]),
    ("Growing protectionism caused a deterioration in the export earnings of poor countries.", [("!", "EARNINGS_DECLINE", "")]),
    # distractors: improvements, costs and taxes, profit-taking, losses narrowing
    ("Investors were taking profits off the table after the rally.", [("!", "EARNINGS_DECLINE", "")]),
    ("The company said its net loss for 1987 will be lower than in 1986.", [("!", "EARNINGS_DECLINE", "")]),
    ("Interest costs will be lower after the refinancing.", [("!", "EARNINGS_DECLINE", "")]),
    ("OMEGA TOOLS <OMG> SEES LOWER 1ST QTR SALES", [("!", "EARNINGS_DECLINE", "")]),
    # CREDIT_LOSS_PROVISION: words between the provision and the loans, bank wording
    ("The bank will take a special provision in the first quarter for possible losses on loans to Brazil.",
     [("CREDIT_LOSS_PROVISION", "provision", "actual")]),
    ("The bank's risk provisions rose to 900 mln marks last year.", [("CREDIT_LOSS_PROVISION", "risk provisions", "actual")]),
    ("Net charge offs were 14 mln dlrs in the quarter.", [("CREDIT_LOSS_PROVISION", "charge offs", "actual")]),
    ("Net chargeoffs of consumer loans were 9 mln dlrs in the quarter.", [("CREDIT_LOSS_PROVISION", "chargeoffs", "actual")]),
    ("Regional banks must increase reserves and absorb losses on farm loans.", [("CREDIT_LOSS_PROVISION", "increase reserves", "actual")]),
    ("The producer boosted its proven oil reserves by 10 pct after new loans financed drilling.", [("!", "CREDIT_LOSS_PROVISION", "")]),
    ("The provision for income taxes rose to 12 mln dlrs on higher loan volume.", [("!", "CREDIT_LOSS_PROVISION", "")]),
    ("The 1986 item is a provision for loss on sale of the foods division.", [("!", "CREDIT_LOSS_PROVISION", "")]),
    # DIVIDEND_CUT: 'DIV' and implicit dividend in headlines, payout lower, 'down from'
    ("EPSILON UTILITIES <EPU> OMITS QTLY DIV", [("DIVIDEND_CUT", "OMITS QTLY DIV", "actual")]),
    ("ZETA BANCORP <ZBC> CUTS QUARTERLY", [("DIVIDEND_CUT", "CUTS QUARTERLY", "actual")]),
    ("ETA ROYALTY TRUST <ERT> PAYOUT LOWER", [("DIVIDEND_CUT", "PAYOUT LOWER", "actual")]),
    ("Final div deferred vs 12 cents", [("DIVIDEND_CUT", "div deferred", "actual")]),
    ("The board declared a semi-annual dividend of 10 cts a share, down from 15 cts a year ago.",
     [("DIVIDEND_CUT", "down from", "actual")]),
    # distractors: raises, per-share results after dividends, quarterly output cuts
    ("THETA CORP <THC> RAISES QUARTERLY PAYOUT", [("!", "DIVIDEND_CUT", "")]),
    ("Earnings per share after preferred dividends fell to 61 cts from 64 cts.", [("!", "DIVIDEND_CUT", "")]),
    ("OPEC MEMBER CUTS QUARTERLY OUTPUT TARGET", [("!", "DIVIDEND_CUT", "")]),
    ("The board raised the dividend to 20 cts, and said costs were down from a year ago.", [("!", "DIVIDEND_CUT", "")]),
    # IMPAIRMENT_WRITEDOWN: unhyphenated plurals, carrying value, reduced the value of assets
    ("The oil company took large write offs on its North Sea fields.", [("IMPAIRMENT_WRITEDOWN", "write offs", "actual")]),
    ("The charge reflects a provision to reduce the carrying value of idle plants.",
     [("IMPAIRMENT_WRITEDOWN", "reduce the carrying value", "actual")]),
    ("The insurer reduced the value of its property holdings by 40 mln dlrs.",
     [("IMPAIRMENT_WRITEDOWN", "reduced the value of its property holdings", "actual")]),
    ("Development costs will be written off to expense as incurred under the new policy.", [("!", "IMPAIRMENT_WRITEDOWN", "")]),
    # NEGATIVE_EQUITY: 'insolvent' as a balance-sheet state, not insolvency proceedings
    ("Regulators said the savings association was insolvent and closed it.", [("NEGATIVE_EQUITY", "insolvent", "actual")]),
    ("The administrators must repatriate passengers of the insolvent airline.", [("!", "NEGATIVE_EQUITY", "")]),
    ("The stronger yen reduced the value of its dollar assets.", [("!", "IMPAIRMENT_WRITEDOWN", "")]),
]


@pytest.mark.parametrize("text,expected", CASES, ids=[c[0][:50] for c in CASES])
def test_results_rules(extract, text, expected):
    assert_events(extract(text), expected)
