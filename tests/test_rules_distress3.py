"""Distress rules, third pass (debt default, bankruptcy, loan-loss provisions, rating reviews): ways of writing found on
unannotated non-test wire copy and news (sovereign debt service stopped or stretched out, a company's collapse named
by its role, British bank provisioning words, agency reviews for downgrade), and the everyday senses that must not fire.

Rows are written for this file. A row lists the events that must be found (type, words in the trigger, status);
`("!", TYPE, "")` means no event of TYPE may be found in the text.
"""

from __future__ import annotations

import pytest

from conftest import assert_events

CASES = [
    # DEBT_DEFAULT: a debtor stops servicing its debt, or has not serviced it
    ("Last month the republic suspended servicing of its 40 billion dlr debt to commercial banks.",
     [("DEBT_DEFAULT", "suspended servicing", "actual")]),
    ("Three Andean debtors have ceased servicing most of their foreign debt.",
     [("DEBT_DEFAULT", "ceased servicing", "actual")]),
    ("The shipping line has not serviced its bank loans since March.",
     [("DEBT_DEFAULT", "not serviced its bank loans", "actual")]),
    ("The bank stopped servicing mortgages for the customers of the failed lender.", [("!", "DEBT_DEFAULT", "")]),
    # payments stopped, told in the passive, with debt words in or next to the sentence
    ("Coupon payments on the subordinated notes have been suspended, the company said.",
     [("DEBT_DEFAULT", "have been suspended", "actual")]),
    ("The country owes foreign banks 8 billion dlrs. Interest payments were frozen in May after oil revenue fell.",
     [("DEBT_DEFAULT", "Interest payments were frozen", "actual")]),
    ("The preferred stock pays 2 dlrs a year. The payments were suspended because of covenants in its loan agreements.",
     [("!", "DEBT_DEFAULT", "")]),
    ("Quarterly dividend payments were suspended in April.", [("!", "DEBT_DEFAULT", "")]),
    ("Subsidy payments to farmers were halted by the ministry.", [("!", "DEBT_DEFAULT", "")]),
    # stretching out repayments is a rescheduling; consumers stretching out purchases are not
    ("The bank creditors have stretched out repayments of 2 billion dlrs of the government's debt.",
     [("DEBT_DEFAULT", "have stretched out", "actual")]),
    ("Principal repayments on the loans have been stretched out over 14 years.",
     [("DEBT_DEFAULT", "been stretched out", "actual")]),
    ("The retailer lets customers stretch out payments on sofas over a year.", [("!", "DEBT_DEFAULT", "")]),
    # restructurings told in the passive, Paris Club agreements, standstill arrangements
    ("About 40 billion dlrs of bank loans have been restructured since 1983.",
     [("DEBT_DEFAULT", "loans have been restructured", "actual")]),
    ("The republic signed a Paris Club refinancing agreement with its official creditors on Friday.",
     [("DEBT_DEFAULT", "Paris Club refinancing agreement", "actual")]),
    ("The accord extends a standstill arrangement on the country's foreign debt that expires in June.",
     [("DEBT_DEFAULT", "standstill arrangement", "actual")]),
    ("The investor signed a standstill arrangement limiting its stake purchases.", [("!", "DEBT_DEFAULT", "")]),
    # interest not paid, non-payment of dues
    ("The interest on the mortgage bonds has not been paid for two months, the trustee said.",
     [("DEBT_DEFAULT", "interest on the mortgage bonds has not been paid", "actual")]),
    ("The bank sold the pledged shares after non-payment of dues by the promoter.",
     [("DEBT_DEFAULT", "non-payment of dues", "actual")]),
    ("The registrar resigned over nonpayment of fees.", [("!", "DEBT_DEFAULT", "")]),
    # curbing debt payments
    ("The new government is curbing debt repayments to 15 pct of export earnings.",
     [("DEBT_DEFAULT", "curbing debt repayments", "actual")]),
    # BANKRUPTCY: a company's collapse named by its role, headline collapses, 'declared bust', insolvent companies
    ("Hotels on the island fear the effect of the tour operator's collapse on the local economy.",
     [("BANKRUPTCY", "operator's collapse", "actual")]),
    ("Shares of the rival airline rose a day after the collapse of its rival.",
     [("BANKRUPTCY", "collapse of its rival", "actual")]),
    ("Holiday group collapses, stranding 80,000 holidaymakers abroad", [("BANKRUPTCY", "collapses", "actual")]),
    ("Rescue talks ran through the night but the travel firm was declared bust before dawn.",
     [("BANKRUPTCY", "declared bust", "actual")]),
    ("The travel company has folded, leaving 9,000 staff without jobs.", [("BANKRUPTCY", "folded", "actual")]),
    ("The company has folded its lighting unit into the consumer division.", [("!", "BANKRUPTCY", "")]),
    ("The measure, folded into a spending bill, passes next week.", [("!", "BANKRUPTCY", "")]),
    ("The collapse of the company's share price wiped out the savings of its staff.", [("!", "BANKRUPTCY", "")]),
    ("Copper prices collapsed, leaving miners with losses.", [("!", "BANKRUPTCY", "")]),
    ("Regulators said the thrift was insolvent when it was closed.", [("!", "BANKRUPTCY", "")]),
    ("When Northwind Airways collapsed last spring, the state flew its stranded passengers home.",
     [("BANKRUPTCY", "collapsed", "actual")]),
    ("A year after the collapse of Northwind Airways, thousands of passengers are still owed refunds.",
     [("BANKRUPTCY", "collapse", "actual")]),
    ("The Coalition collapsed after the budget vote and the government fell.", [("!", "BANKRUPTCY", "")]),
    ("Copper Prices Collapse as the miners' company stockpiles grow", [("!", "BANKRUPTCY", "")]),
    # a Chapter 11 plan filed or completed has the status of its verb
    ("The retailer said it has filed an amended plan of reorganization with the bankruptcy court.",
     [("BANKRUPTCY", "filed an amended plan of reorganization", "actual")]),
    ("The debtor has not yet filed a plan of reorganization.",
     [("BANKRUPTCY", "filed a plan of reorganization", "negated")]),
    ("The driller said it intends to file its reorganization plan by June.", [("!", "BANKRUPTCY", "")]),
    ("TEXTILE MAKER FILES AMENDED REORGANIZATION PLAN", [("BANKRUPTCY", "FILES AMENDED REORGANIZATION PLAN", "actual")]),
    ("The distributor said it agreed in principle with its banks on a joint plan of reorganization.",
     [("!", "BANKRUPTCY", "")]),
    ("The seller was sued for breach of a non-competition covenant in the sale agreement.", [("!", "DEBT_DEFAULT", "")]),
    # CREDIT_LOSS_PROVISION: British and continental bank wording
    ("The bank said its Asian results were hit by bad-debt provisioning on shipping loans.",
     [("CREDIT_LOSS_PROVISION", "bad-debt provisioning", "actual")]),
    ("New specific provisions against loans to troubled borrowers rose to 90 mln stg at the bank.",
     [("CREDIT_LOSS_PROVISION", "provisions", "actual")]),
    ("The bank's reserve for developing countries now covers 30 pct of its loans to them.",
     [("CREDIT_LOSS_PROVISION", "reserve for developing countries", "actual")]),
    ("With gas prices still weak, the lender decided to increase reserves and take losses on energy loans.",
     [("CREDIT_LOSS_PROVISION", "increase reserves", "actual")]),
    ("The producer will increase oil reserves and credit lines next year.", [("!", "CREDIT_LOSS_PROVISION", "")]),
    ("Specific provisions of the banking law limit lending to directors.", [("!", "CREDIT_LOSS_PROVISION", "")]),
    ("REGIONAL BANK RAISES PAYOUT\nPublished risk provisions 210 mln marks vs 180 mln.",
     [("CREDIT_LOSS_PROVISION", "risk provisions", "actual")]),
    ("The utility said risk provisions in its supply contracts protect it from fuel costs.",
     [("!", "CREDIT_LOSS_PROVISION", "")]),
    # GOING_CONCERN: a qualified opinion counts when going-concern doubt is told with it
    ("The company said its auditors qualified their opinion because of the uncertain outcome of two lawsuits.",
     [("!", "GOING_CONCERN", "")]),
    ("PUMP MAKER EXPECTS QUALIFIED OPINION\n\nThe pump maker said its auditors will issue a qualified opinion. It had a "
     "loss in 1986. The opinion says it must obtain financing to continue in existence.",
     [("GOING_CONCERN", "QUALIFIED OPINION", "actual")]),  # an intended qualification is actual (guide; context.pseudo.013)
    ("TOOLMAKER GETS QUALIFIED AUDIT\n\nThe toolmaker said its auditors will qualify their opinion on 1986 results "
     "because of doubt about its ability to continue as a going concern.",
     [("GOING_CONCERN", "QUALIFIED AUDIT", "actual")]),
    ("In a liquidation the liquidator may sell the whole business as a going concern.", [("!", "GOING_CONCERN", "")]),
    # LIQUIDITY_STRESS: financing that fell through or was refused
    ("Potash miner's financing falls apart as the government refuses funding support",
     [("LIQUIDITY_STRESS", "financing falls apart", "actual")]),
    ("The developer said its bank pulled its funding for the tower last week.",
     [("LIQUIDITY_STRESS", "pulled its funding", "actual")]),
    ("The merger talks fell apart over price.", [("!", "LIQUIDITY_STRESS", "")]),
    # loan totals net of provisions, paying down a credit line, listing capital, futures-market liquidity
    ("The bank said nonaccrual loans, net of allowances for loan losses, came to 1.4 billion dlrs.",
     [("!", "CREDIT_LOSS_PROVISION", "")]),
    ("The bank's provision for loan losses rose to 40 mln dlrs.",
     [("CREDIT_LOSS_PROVISION", "provision for loan losses", "actual")]),
    ("The retailer cut costs, reducing borrowings under its revolving credit line to 9 mln dlrs.",
     [("!", "LIQUIDITY_STRESS", "")]),
    ("The lender reduced its credit line to the retailer to 5 mln dlrs from 20 mln.",
     [("LIQUIDITY_STRESS", "reduced its credit line", "actual")]),
    ("The lenders reduced the borrowing base under the credit facility to 300 mln dlrs.",
     [("LIQUIDITY_STRESS", "reduced the borrowing base", "actual")]),
    ("The shares were delisted in 1985 because of insufficient capital and surplus.", [("!", "LIQUIDITY_STRESS", "")]),
    ("Traders blamed the liquidity squeeze on futures commission merchants rolling positions.",
     [("!", "LIQUIDITY_STRESS", "")]),
    # RATING_DOWNGRADE: the agency's review for a possible downgrade is the review itself (actual)
    ("Moody's said it is reviewing the company's 300 mln dlrs of senior notes for a possible downgrade.",
     [("RATING_DOWNGRADE", "reviewing", "actual")]),
    ("Moody's said it is reviewing the company's senior notes for a possible upgrade.", [("!", "RATING_DOWNGRADE", "")]),
]


@pytest.mark.parametrize("text,expected", CASES, ids=[c[0][:50] for c in CASES])
def test_distress_rules_third_pass(extract, text, expected):
    assert_events(extract(text), expected)
