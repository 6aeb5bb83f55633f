"""Distress rules, seventh pass: ways of writing found on unannotated non-test wire copy and news (regulators closing
banks and thrifts told without 'by regulators', involuntary petitions, a court-appointed trustee, listings ended in
other words, debtors stretching out repayments, a wish to return to positive net worth) and the distractors of the
same words: generic insolvency and debt-relief prose, a military moratorium, a partly-paid bond, a sale 'as  a going
concern' with the extra spaces of PDF text, an auditor's opinion that names only a need for capital.

Rows are written for this file. A row lists the events that must be found (type, words in the trigger, status);
`("!", TYPE, "")` means no event of TYPE may be found in the text.
"""

from __future__ import annotations

import pytest

from conftest import assert_events

CASES = [
    # a default on dividends is a DIVIDEND_CUT, not a DEBT_DEFAULT (exclude.default.013/.014; annotation guide)
    ("Harlow Corp said it defaulted on dividends on its preferred stock.",
     [("DIVIDEND_CUT", "defaulted on dividends", "actual"), ("!", "DEBT_DEFAULT", "")]),
    ("The dividend payment default was the company's second this year.",
     [("DIVIDEND_CUT", "dividend payment default", "actual"), ("!", "DEBT_DEFAULT", "")]),
    ("Harlow said it defaulted on its bank loans.", [("DEBT_DEFAULT", "defaulted on", "actual")]),
    # BANKRUPTCY: bank and thrift closings in regulators' stories
    ("The FDIC said Prairie State Bank of Enid, Okla., was closed and its deposits were assumed by Enid National Bank.",
     [("BANKRUPTCY", "closed", "actual")]),
    ("The Bank Board said Lakeside Savings and Loan Association was closed after examiners found it insolvent.",
     [("BANKRUPTCY", "closed", "actual")]),
    ("Regulators said Harbor Federal was the twelfth savings association to be closed this year.",
     [("BANKRUPTCY", "closed", "actual")]),
    ("FSLIC SAYS TWO COLORADO THRIFTS CLOSED", [("BANKRUPTCY", "CLOSED", "actual")]),
    ("The FDIC announced the failure of a Wyoming bank, the 60th this year.", [("BANKRUPTCY", "failure of", "actual")]),
    ("It was the fourth closing of a thrift in the state since January, the Bank Board said.",
     [("BANKRUPTCY", "closing of", "actual")]),
    # ... and the closings that are not failures
    ("The bank said its branch in Geneva was closed last month to cut costs.", [("!", "BANKRUPTCY", "")]),
    ("Banks were closed on Friday for the holiday, depositors were told.", [("!", "BANKRUPTCY", "")]),
    ("The regulators said one reactor unit is shut down for refueling.", [("!", "BANKRUPTCY", "")]),
    ("The FDIC said the sale of the bank's deposits was closed on Monday.", [("!", "BANKRUPTCY", "")]),
    ("The talks stalled over the failure of the debtor and its creditor banks to agree on fees.",
     [("!", "BANKRUPTCY", "")]),
    ("The closing of the bank merger is subject to approval by the Comptroller of the Currency.",
     [("!", "BANKRUPTCY", "")]),
    # Chapter 11 by its parts; a court-appointed trustee
    ("Three suppliers filed an involuntary petition against the toy maker in federal court.",
     [("BANKRUPTCY", "involuntary petition", "actual")]),
    ("A federal judge appointed a trustee to run the oil company at the request of its creditors.",
     [("BANKRUPTCY", "appointed a trustee", "actual")]),
    ("The pension plan appointed a trustee to manage its bond portfolio.", [("!", "BANKRUPTCY", "")]),
    # a whole company dissolved or ceasing to operate; headline Chapter 11 steps
    ("The members of the grain cooperative voted to dissolve the 30-year-old firm on Wednesday.",
     [("BANKRUPTCY", "voted to dissolve", "actual")]),
    ("The broker will cease operating on May 1, its president said.", [("BANKRUPTCY", "cease operating", "actual")]),
    ("The two chipmakers said their joint venture design centre was dissolved as from June 1.",
     [("!", "BANKRUPTCY", "")]),
    ("The prime minister threatened to dissolve parliament, and the house was dissolved in May.",
     [("!", "BANKRUPTCY", "")]),
    ("The drug is dissolved in water before it is injected.", [("!", "BANKRUPTCY", "")]),
    ("The refinery will cease operating next month for maintenance.", [("!", "BANKRUPTCY", "")]),
    ("WESTLAND TOOL FILES REORGANIZATION PLAN", [("BANKRUPTCY", "FILES REORGANIZATION PLAN", "actual")]),
    # generic insolvency prose is no company's filing
    ("Creditors are paid in this order when a company becomes insolvent: liquidator's fees, then secured lenders.",
     [("!", "BANKRUPTCY", "liquidator")]),
    ("For purposes of insolvency proceedings, the law recognises two classes of secured creditor.",
     [("!", "BANKRUPTCY", "insolvency")]),
    ("The first step in a corporate insolvency  resolution process is to try to revive the debtor.",
     [("!", "BANKRUPTCY", "")]),
    # what a liquidator does under a statute is a mention, hypothetical (annotation guide: generic legal prose)
    ("Under the code the liquidator shall verify the claims within thirty days.",
     [("BANKRUPTCY", "liquidator", "hypothetical")]),
    ("The court appointed a liquidator for the trading company on Monday.", [("BANKRUPTCY", "liquidator", "actual")]),
    ("The regulator suspended the broker's licence after a receiver was appointed to its branch.",
     [("BANKRUPTCY", "receiver was appointed", "actual")]),
    ("The commission had applied for the appointment of a receiver over the broker's office.",
     [("BANKRUPTCY", "appointment of a receiver", "actual")]),
    ("The liquidator of the trading company sold its warehouse on Monday.", [("BANKRUPTCY", "liquidator", "actual")]),
    ("The charity saw a rising number of insolvency cases among pensioners this year.", [("!", "BANKRUPTCY", "")]),
    ("The shipper said the Canadian agent is unable to secure any charges from the consignee.",
     [("!", "LIQUIDITY_STRESS", "")]),
    # DELISTING in other words
    ("After the merger the company's stock will no longer trade on the American Stock Exchange.",
     [("DELISTING", "no longer trade", "actual")]),
    ("The NASD said it would delete the company's warrants from NASDAQ next week.", [("DELISTING", "delete", "actual")]),
    ("Trading in the miner's shares resumed on Tuesday after a three-day suspension.",
     [("DELISTING", "suspension", "actual")]),
    ("Brokers welcomed the suspension of trading on the local market after Monday's record fall.",
     [("!", "DELISTING", "")]),
    ("The exchange suspended trading in the company's shares after the announcement.",
     [("DELISTING", "suspended trading", "actual")]),
    ("The miner's shares were suspended on the stock exchange after the company announced a rights issue.",
     [("DELISTING", "suspended", "actual")]),
    ("A spokesman declined to comment on why the stocks had been halted on NASDAQ.",
     [("DELISTING", "stocks had been halted", "actual")]),
    ("Shares of the builder were suspended on the Oslo bourse at its own request. The suspension will last until "
     "Friday's close of trading.", [("DELISTING", "suspension will", "actual")]),
    ("Brokers welcomed the suspension of trading on the local market, but some said the suspension was too long.",
     [("!", "DELISTING", "")]),
    ("Dealers made markets in blue chip stocks while they were halted on the exchanges.", [("!", "DELISTING", "")]),
    ("Brazil suspended interest payments in February. The suspension will cost the bank 20 mln dlrs in income.",
     [("!", "DELISTING", "")]),
    ("Production resumed at the smelter after a three-day halt.", [("!", "DELISTING", "")]),
    ("The doctor will no longer be quoted in the brochure.", [("!", "DELISTING", "")]),
    # DEBT_DEFAULT: stretched-out repayments; generic debt relief, other moratoria, a partly-paid bond
    ("The trading house reached agreement with its banks to stretch out repayments of 400 mln riyals of debt.",
     [("DEBT_DEFAULT", "stretch out repayments", "actual")]),
    ("The retailer lets customers stretch out payments on furniture over a year.", [("!", "DEBT_DEFAULT", "")]),
    ("The minister urged banks to give poor countries easier terms in rescheduling their debts.",
     [("!", "DEBT_DEFAULT", "")]),
    ("The proposal calls for rescheduling the debts of the poorest African countries over 20 years.",
     [("!", "DEBT_DEFAULT", "")]),
    ("The bank's lawyer said the hearing on what the borrower owes was rescheduled to May.",
     [("!", "DEBT_DEFAULT", "")]),
    ("The new rules cover lending to rescheduling countries, a bank official said.", [("!", "DEBT_DEFAULT", "")]),
    ("Debtor nations redoubled their efforts to reach agreements stretching out debt repayments.",
     [("!", "DEBT_DEFAULT", "")]),
    ("The exporter missed a principal payment on its notes because of a cash shortage that stemmed partly from lower prices.",
     [("DEBT_DEFAULT", "missed a principal payment", "actual")]),
    ("The regulator said the trustee failed to act in members' best interests.", [("!", "DEBT_DEFAULT", "")]),
    ("The start-up postponed its listing after failing to stoke interest among investors.", [("!", "DEBT_DEFAULT", "")]),
    ("The board scrapped the fee in order to make immediate payments to farmers for their crops.",
     [("!", "DEBT_DEFAULT", "")]),
    ("The airline failed to make a 20 mln dlr interest payment on its bonds.",
     [("DEBT_DEFAULT", "failed to make a 20 mln dlr interest payment", "actual")]),
    ("The rebels declared a month-long moratorium on attacks against army posts.", [("!", "DEBT_DEFAULT", "")]),
    ("The partly-paid issue lets investors defer payment of most of the price until June.",
     [("!", "DEBT_DEFAULT", "")]),
    ("Brazil declared a moratorium on interest payments on its commercial bank debt.",
     [("DEBT_DEFAULT", "moratorium", "actual")]),
    ("The company said it did not make the 5 mln dlr interest payment due on Monday.",
     [("DEBT_DEFAULT", "not make the 5 mln dlr interest", "actual")]),
    # LIQUIDITY_STRESS: lenders refusing more money
    ("Its two banks have refused to advance further funds to the shipbuilder.",
     [("LIQUIDITY_STRESS", "refused to advance", "actual")]),
    ("Foreign banks have been refusing to extend fresh loans to the utility since it defaulted.",
     [("LIQUIDITY_STRESS", "refusing to extend fresh loans", "actual")]),
    ("Share prices declined to advance after the rally, a dealer said.", [("!", "LIQUIDITY_STRESS", "")]),
    # NEGATIVE_EQUITY
    ("The company will cut costs in an effort to return to a positive net worth.",
     [("NEGATIVE_EQUITY", "positive net worth", "actual")]),
    ("The study found 12 pct were insolvent at the end of the year.", [("!", "NEGATIVE_EQUITY", "")]),
    # GOING_CONCERN: only when continuation is doubted
    ("Even in liquidation, the receiver can sell the business of the debtor as  a going concern.",
     [("!", "GOING_CONCERN", "")]),
    ("Auditors gave the bank a qualified opinion. They said the opinion was subject to the bank obtaining additional "
     "capital.", [("!", "GOING_CONCERN", "")]),
    ("Auditors gave the maker a qualified opinion. They said it may be unable to continue in existence without new "
     "financing.", [("GOING_CONCERN", "qualified opinion", "actual")]),
]


@pytest.mark.parametrize("text,expected", CASES, ids=[c[0][:50] for c in CASES])
def test_distress_rules_seventh_pass(extract, text, expected):
    assert_events(extract(text), expected)
