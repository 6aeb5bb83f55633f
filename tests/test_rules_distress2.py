"""Distress rules, second pass (bankruptcy, debt default, liquidity stress): ways of writing found on unannotated
non-test wire copy and news, and the everyday senses of the same words that must not fire.

Rows are written for this file. A row lists the events that must be found (type, words in the trigger, status);
`("!", TYPE, "")` means no event of TYPE may be found in the text.
"""

from __future__ import annotations

import pytest

from conftest import assert_events

CASES = [
    # DEBT_DEFAULT: payments stopped, frozen or postponed
    ("The republic has stopped interest payments on most of its commercial bank debt.",
     [("DEBT_DEFAULT", "stopped interest payments", "actual")]),
    ("Last month the government froze its payments to foreign commercial banks.",
     [("DEBT_DEFAULT", "froze its payments", "actual")]),
    ("The utility ceased paying interest on its first mortgage bonds in January.",
     [("DEBT_DEFAULT", "ceased paying interest", "actual")]),
    ("Customers can stop payments on checks by electronic mail.", [("!", "DEBT_DEFAULT", "")]),
    # lenders demanding repayment
    ("Two of the lending banks have demanded repayment of their loans.", [("DEBT_DEFAULT", "demanded repayment", "actual")]),
    ("The proceeds will go to satisfy a repayment demand from one of its lenders.",
     [("DEBT_DEFAULT", "repayment demand", "actual")]),
    ("The tax office demanded repayment of the grant.", [("!", "DEBT_DEFAULT", "")]),
    # trouble repaying, falling behind, the payment halt
    ("Several contractors ran into problems repaying bank loans last year.",
     [("DEBT_DEFAULT", "problems repaying", "actual")]),
    ("The country has fallen behind on payments to its official creditors.", [("DEBT_DEFAULT", "fallen behind on", "actual")]),
    ("Bankers said the interest payment halt has hurt the country's standing.",
     [("DEBT_DEFAULT", "interest payment halt", "actual")]),
    ("Tenants who fall behind on rent face eviction.", [("!", "DEBT_DEFAULT", "")]),
    # bare rescheduling needs debt words
    ("The board rescheduled the annual meeting to May 20.", [("!", "DEBT_DEFAULT", "")]),
    ("JOBLESS REPORT RESCHEDULED TO FRIDAY", [("!", "DEBT_DEFAULT", "")]),
    ("The rescheduling agreed with the Paris Club covers 900 mln dlrs.", [("DEBT_DEFAULT", "rescheduling", "actual")]),
    # BANKRUPTCY: other proceedings, consummated plans, bank failure counts
    ("The exchange operator entered civil rehabilitation in Tokyo.", [("BANKRUPTCY", "civil rehabilitation", "actual")]),
    ("The retailer announced the consummation of its plan of reorganization.",
     [("BANKRUPTCY", "consummation of its plan of reorganization", "actual")]),
    ("The lumber company, which is in the process of complete liquidation, set a payout.",
     [("BANKRUPTCY", "process of complete liquidation", "actual")]),
    ("REGULATORS SAY KANSAS BANK IS 30TH TO FAIL", [("BANKRUPTCY", "30TH TO FAIL", "actual")]),
    ("The sprinter was the third to fail a drug test this season.", [("!", "BANKRUPTCY", "")]),
    ("The patient's rehabilitation took six months.", [("!", "BANKRUPTCY", "")]),
    # LIQUIDITY_STRESS: credit refused or not renewed
    ("The company said its bank group failed to renew its revolving credit agreement.",
     [("LIQUIDITY_STRESS", "failed to renew", "actual")]),
    ("The airline said it failed to renew its landing licence.", [("!", "LIQUIDITY_STRESS", "")]),
    ("The banks told the company that no additional credit will be extended.",
     [("LIQUIDITY_STRESS", "no additional credit", "actual")]),
    ("The plant will eliminate operations of two facilities.", [("!", "LIQUIDITY_STRESS", "")]),
    ("The storm cut power lines to the smelter.", [("!", "LIQUIDITY_STRESS", "")]),
    # market-wide liquidity is macro, a company's liquidity problems are not
    ("A liquidity crunch in the repo market forced the central bank to inject funds.", [("!", "LIQUIDITY_STRESS", "")]),
    ("Traders blamed a lack of liquidity in the bond market for the wide spreads.", [("!", "LIQUIDITY_STRESS", "")]),
    ("REALTY TRUST HAS LIQUIDITY PROBLEMS", [("LIQUIDITY_STRESS", "LIQUIDITY PROBLEMS", "actual")]),
    ("The broker denied it has solvency problems.", [("LIQUIDITY_STRESS", "solvency problems", "negated")]),
    ("Market rumours said the broker has solvency problems.", [("LIQUIDITY_STRESS", "solvency problems", "hypothetical")]),
    # DEBT_DEFAULT: freezes and postponements of debt payments, non-performing status, bond terms
    ("The country has frozen payments on its medium-term loans to commercial banks since 1984.",
     [("DEBT_DEFAULT", "frozen payments", "actual")]),
    ("The airline has frozen its pre-delivery payments to the plane maker.", [("!", "DEBT_DEFAULT", "")]),
    ("Farmers fear a proposed freeze on subsidy payments.", [("!", "DEBT_DEFAULT", "")]),
    ("The banks declared their loans to the country non-performing at the end of the quarter.",
     [("DEBT_DEFAULT", "non-performing", "actual")]),
    ("Non-performing loans rose to 3.1 billion dlrs at the end of the year.", [("!", "DEBT_DEFAULT", "")]),
    ("The notes carry interest of 9 pct, payable semi-annually in arrears.", [("!", "DEBT_DEFAULT", "")]),
    ("After the redemption date interest on the notes will cease to accrue and coupons will be void.",
     [("!", "DEBT_DEFAULT", "")]),
    ("STEEL MAKER OMITS INTEREST PAYMENT ON DEBENTURES", [("DEBT_DEFAULT", "OMITS INTEREST PAYMENT", "actual")]),
    ("The government said it would limit repayments on its external debt to 10 pct of export earnings.",
     [("DEBT_DEFAULT", "limit repayments", "actual")]),
    ("The lender said it will freeze interest rates for struggling borrowers.", [("!", "DEBT_DEFAULT", "")]),
    # BANKRUPTCY: a whole company liquidated (a subsidiary is DISCONTINUED_OPERATIONS)
    ("The liquidation of the country's oldest travel company stranded thousands of customers.",
     [("BANKRUPTCY", "liquidation", "actual")]),
    ("The liquidation of its shoe retailing subsidiary cost 4 mln dlrs.", [("!", "BANKRUPTCY", "")]),
    ("It will also offer units of a master limited partnership interest in its chemicals business and new debt.",
     [("!", "DEBT_DEFAULT", "")]),
    # covenant relief, and regulators' forbearance that is no default
    ("The note agreements were amended to reflect an easing of some financial covenants.",
     [("DEBT_DEFAULT", "easing of some financial covenants", "actual")]),
    ("The country ratified the international covenant on civil and political rights after amending it.",
     [("!", "DEBT_DEFAULT", "")]),
    ("Few farm banks have qualified for the capital forbearance provisions of the regulators.", [("!", "DEBT_DEFAULT", "")]),
    # BANKRUPTCY: bank failures in headlines, the reorganization of a Chapter 11 case
    ("TWO KANSAS SAVINGS INSTITUTIONS FAIL", [("BANKRUPTCY", "INSTITUTIONS FAIL", "actual")]),
    ("FDIC SAYS TEXAS BANK HAS FAILED", [("BANKRUPTCY", "BANK HAS FAILED", "actual")]),
    ("The farm bank was the second federally insured bank in the state to fail this year.",
     [("BANKRUPTCY", "to fail", "actual")]),
    ("BANKS FAIL TO AGREE ON NEW LOAN FOR DEBTOR", [("!", "BANKRUPTCY", "")]),
    ("The retailer filed for Chapter 11 protection in May. A group of investors will pay the cost of the reorganization.",
     [("BANKRUPTCY", "reorganization", "actual")]),
    ("The company completed a reorganization of its marketing divisions.", [("!", "BANKRUPTCY", "")]),
    # LIQUIDITY_STRESS: money the company could not get
    ("DRILLER FAILS IN GETTING LONG-TERM FUNDING", [("LIQUIDITY_STRESS", "FAILS IN GETTING LONG-TERM FUNDING", "actual")]),
    ("The company has been unsuccessful in securing new bank financing.",
     [("LIQUIDITY_STRESS", "unsuccessful in securing new bank financing", "actual")]),
    ("Its two lenders elected not to extend the financing agreement beyond June.",
     [("LIQUIDITY_STRESS", "not to extend the financing agreement", "actual")]),
    ("The board declined to extend the deadline of the merger agreement with the bank.", [("!", "LIQUIDITY_STRESS", "")]),
    ("If you failed to get a credit bureau to fix your file, complain to the regulator.", [("!", "LIQUIDITY_STRESS", "")]),
    # BANKRUPTCY: a company's collapse told with 'according to'
    ("The travel group's collapse left its staff without pay, according to the union.",
     [("BANKRUPTCY", "collapse", "actual")]),
]


@pytest.mark.parametrize("text,expected", CASES, ids=[c[0][:50] for c in CASES])
def test_distress_rules_second_pass(extract, text, expected):
    assert_events(extract(text), expected)
