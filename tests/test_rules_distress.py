"""Distress and legal event rules (litigation/regulatory, bankruptcy, debt default, liquidity stress, restatement, ...):
text -> the events expected (type, words in the trigger, status), and distractors that must not fire.

Rows are written for this file, in the way wire copy and releases state these events. A row lists the events that
must be found; `("!", TYPE, "")` means no event of TYPE may be found in the text.
"""

from __future__ import annotations

import pytest

CASES = [
    # LITIGATION_REGULATORY: fines, pleas, infringement, court rulings
    ("The regulator fined the broker $2 million for misleading clients.", [("LITIGATION_REGULATORY", "fined", "actual")]),
    ("The bank agreed to pay a 5 mln dlr fine to settle the matter.", [("LITIGATION_REGULATORY", "fine", "actual")]),
    ("The former trader pleaded guilty to securities fraud in federal court.",
     [("LITIGATION_REGULATORY", "pleaded guilty", "actual")]),
    ("A federal judge ruled that the rival had infringed two of its patents.",
     [("LITIGATION_REGULATORY", "ruled", "actual")]),
    ("Acme filed a patent infringement suit against two competitors.", [("LITIGATION_REGULATORY", "infringement", "actual")]),
    ("Police opened a formal inquiry into the share dealings.", [("LITIGATION_REGULATORY", "inquiry", "actual")]),
    ("The court order bars the company from selling the product.", [("LITIGATION_REGULATORY", "order", "actual")]),
    ("The company said it would oppose the action vigorously.", [("LITIGATION_REGULATORY", "action", "actual")]),
    # distractors: everyday senses of fine, order, action, inquiry, penalty, complaint, ruled out
    ("The government must walk a fine line between growth and inflation.", [("!", "LITIGATION_REGULATORY", "")]),
    ("It borrowed money in order to expand its court-side stores.", [("!", "LITIGATION_REGULATORY", "")]),
    ("Exporters reported good interest and inquiry from overseas buyers.", [("!", "LITIGATION_REGULATORY", "")]),
    ("Early withdrawals may carry a 10% tax penalty.", [("!", "LITIGATION_REGULATORY", "")]),
    ("One of the biggest complaints of customers is slow delivery.", [("!", "LITIGATION_REGULATORY", "")]),
    ("Senators told the agency chief at a committee hearing that the budget was too small.",
     [("!", "LITIGATION_REGULATORY", "")]),
    ("The board said it has not ruled out a sale of the unit.", [("!", "LITIGATION_REGULATORY", "")]),
    ("Fine Paper Mills Inc said it opened a new warehouse.", [("!", "LITIGATION_REGULATORY", "")]),
    # BANKRUPTCY
    ("The tour operator went bust last night, stranding thousands of travellers.", [("BANKRUPTCY", "went bust", "actual")]),
    ("Its lender said the retailer will eventually be liquidated.", [("BANKRUPTCY", "liquidated", "actual")]),
    ("The retailer sought Chapter 11 protection on Monday.", [("BANKRUPTCY", "sought Chapter 11 protection", "actual")]),
    ("The company may seek bankruptcy protection if talks fail.", [("BANKRUPTCY", "seek bankruptcy protection", "hypothetical")]),
    ("He sought protection for his patents in Europe.", [("!", "BANKRUPTCY", "")]),
    ("The Canadian unit filed under the Companies' Creditors Arrangement Act last week.",
     [("BANKRUPTCY", "Creditors Arrangement Act", "actual")]),
    ("Shareholders approved a plan of complete liquidation.", [("BANKRUPTCY", "plan of complete liquidation", "actual")]),
    ("The fund has liquidated its futures positions.", [("!", "BANKRUPTCY", "")]),
    ("Traders said some of the positions were liquidated on Friday.", [("!", "BANKRUPTCY", "")]),
    # DEBT_DEFAULT
    ("The bank placed 120 mln dlrs of loans to the country on non-accrual status.",
     [("DEBT_DEFAULT", "non-accrual", "actual")]),
    ("Noteholders voted to accelerate the maturity of the notes.", [("DEBT_DEFAULT", "accelerate the", "actual")]),
    ("The company reached a restructuring agreement with its bondholders.",
     [("DEBT_DEFAULT", "restructuring agreement", "actual")]),
    ("Several borrowers failed to repay their loans on time.", [("DEBT_DEFAULT", "failed to repay", "actual")]),
    ("The new software will accelerate the process of approving claims.", [("!", "DEBT_DEFAULT", "")]),
    ("Employees can change the default fund in their pension plan.", [("!", "DEBT_DEFAULT", "")]),
    ("The bank said non-accrual loans totalled 40 mln dlrs at year end.", [("!", "DEBT_DEFAULT", "")]),
    # LIQUIDITY_STRESS
    ("The airline is running out of cash and needs new funding.", [("LIQUIDITY_STRESS", "running out of cash", "actual")]),
    ("The company was unable to refinance a term loan due in June.", [("LIQUIDITY_STRESS", "unable to refinance", "actual")]),
    ("The company remains dependent on the continued support of its lenders.", [("LIQUIDITY_STRESS", "dependent", "actual")]),
    ("Growth depends on support from consumers.", [("!", "LIQUIDITY_STRESS", "")]),
    ("Funds from the overseas units are inadequate to meet its obligations.",
     [("LIQUIDITY_STRESS", "inadequate to meet", "actual")]),
    # RESTATEMENT
    ("Prior-year results restated to reflect a change in accounting for pensions.", [("RESTATEMENT", "restated", "actual")]),
    ("Earnings rose to 4.1 mln dlrs from a restated 3.2 mln dlrs.", [("RESTATEMENT", "restated", "actual")]),
    ("The lender under-reported its bad loans for two years.", [("RESTATEMENT", "under-reported", "actual")]),
    ("Auditors found the unit had overstated its profits by 20 mln dlrs.", [("RESTATEMENT", "overstated", "actual")]),
    ("Per-share figures restated to reflect a three-for-two stock split.", [("!", "RESTATEMENT", "")]),
    ("Results were restated for the pooling of interests with Beta Corp.", [("!", "RESTATEMENT", "")]),
    ("Gas reserves fell to 3,500 billion cubic feet from a restated 3,600 billion.", [("!", "RESTATEMENT", "")]),
    ("Analysts said the risk of a recession is overstated.", [("!", "RESTATEMENT", "")]),
    # DELISTING
    ("The shares were suspended from trading on the Paris Bourse on Thursday.", [("DELISTING", "suspended", "actual")]),
    ("Nasdaq said the company fell below the continued listing standards.", [("DELISTING", "continued listing", "actual")]),
    ("Trading was halted in the index options of the exchange.", [("!", "DELISTING", "")]),
    # RATING_DOWNGRADE
    ("Acme Corp Lowered to Sell at Zacks Investment Research", [("RATING_DOWNGRADE", "Lowered to Sell", "actual")]),
    ("The utility's bonds were cut to junk by the agency on Monday.", [("RATING_DOWNGRADE", "cut to junk", "actual")]),
    ("The committee approved budget cuts to reduce the deficit.", [("!", "RATING_DOWNGRADE", "")]),
    # NEGATIVE_EQUITY, MARGIN_CALL
    ("The subsidiary is technically insolvent, with negative net assets of 3 mln pounds.",
     [("NEGATIVE_EQUITY", "technically insolvent", "actual")]),
    ("The fund had to post additional collateral to its prime brokers.", [("MARGIN_CALL", "post additional collateral", "actual")]),
    # regulators' actions
    ("The market regulator Sebi restrained three firms from selling assets.", [("LITIGATION_REGULATORY", "restrained", "actual")]),
    ("The government will voluntarily restrain exports of steel.", [("!", "LITIGATION_REGULATORY", "")]),
    ("LICENCE OF SYDNEY FUTURES BROKER SUSPENDED", [("LITIGATION_REGULATORY", "SUSPENDED", "actual")]),
    ("Two employees were arrested on suspicion of illegal exports.", [("LITIGATION_REGULATORY", "suspicion", "actual")]),
    # distractors found on unlabeled wire copy
    ("Lloyds Bank matched the base rate cut to 10.5 pct.", [("!", "LIQUIDITY_STRESS", ""), ("!", "RATING_DOWNGRADE", "")]),
    ("We have reduced our annual cost base by 25 million dollars.", [("!", "LIQUIDITY_STRESS", "")]),
    ("The bank said it will lower its prime lending rate to 7.5 pct from 8 pct.", [("!", "RATING_DOWNGRADE", "")]),
    ("Under review for possible upgrade are the company's senior notes, Moody's said.", [("!", "RATING_DOWNGRADE", "")]),
    ("Senior debt was lowered to BB-plus from BBB-plus by the rating agency.", [("RATING_DOWNGRADE", "lowered", "actual")]),
    ("The bank said it suspended several foreign exchange staff members.", [("!", "DELISTING", "")]),
    ("The tour operator ceased trading with immediate effect.", [("!", "DELISTING", "")]),
    ("The shares ceased trading on the exchange on Friday.", [("DELISTING", "ceased trading", "actual")]),
    ("There are not enough qualified workers to handle the energy audits.", [("!", "GOING_CONCERN", "")]),
    ("The auditors qualified their opinion on the 1986 financial statements.", [("GOING_CONCERN", "qualified", "actual")]),
    ("The Bank of England revised its estimate of the money market shortage.", [("!", "RESTATEMENT", "")]),
    ("He breached a confidentiality agreement with his former employer.", [("!", "DEBT_DEFAULT", "")]),
    ("The country ended an 18-month nuclear test moratorium.", [("!", "DEBT_DEFAULT", "")]),
    ("The country declared a moratorium on interest payments to commercial banks.", [("DEBT_DEFAULT", "moratorium", "actual")]),
    ("The exchange put additional margin on July coffee contracts.", [("!", "MARGIN_CALL", "")]),
    ("The minister wound up his first round of consultations.", [("!", "BANKRUPTCY", "")]),
    ("The pension schemes were wound up by the high court.", [("BANKRUPTCY", "wound up", "actual")]),
    ("The former bank officer was accused of embezzlement by prosecutors.", [("LITIGATION_REGULATORY", "accused of", "actual")]),
    ("The minister accused the West of intransigence in the talks.", [("!", "LITIGATION_REGULATORY", "")]),
    ("The court enjoined the bidder from buying more shares.", [("LITIGATION_REGULATORY", "enjoined", "actual")]),
    ("The broker settled, without admitting or denying the charges.", [("LITIGATION_REGULATORY", "without admitting", "actual")]),
    ("He said the merger lost a lot of its appeal after the ruling on prices.", [("!", "LITIGATION_REGULATORY", "")]),
    ("Nixdorf said it won an order worth 300 mln marks from the exchange.", [("!", "LITIGATION_REGULATORY", "")]),
    ("Thousands of holidaymakers were stranded after the tour operator collapsed on Monday.", [("BANKRUPTCY", "collapsed", "actual")]),
    ("Merger talks between the two companies collapsed on Friday.", [("!", "BANKRUPTCY", "")]),
    ("The company's shares collapsed after the profit warning.", [("!", "BANKRUPTCY", "")]),
    ("The bankruptcy court confirmed the reorganization plan on Tuesday.", [("BANKRUPTCY", "confirmed the reorganization plan", "actual")]),
    ("New financing facilities were not available to the company outside of court protection.",
     [("LIQUIDITY_STRESS", "not available", "actual")]),
    ("Details of the financing were not available.", [("!", "LIQUIDITY_STRESS", "")]),
    ("The crisis left the government shut out of the capital markets.", [("LIQUIDITY_STRESS", "shut out of the capital markets", "actual")]),
    ("Its lenders agreed to temporarily reduce the net worth requirement of its credit agreement.",
     [("DEBT_DEFAULT", "reduce the net worth requirement", "actual")]),
    ("The former director faces charges of fraud in a Paris court.", [("LITIGATION_REGULATORY", "faces charges", "actual")]),
    ("The move would violate GATT rules on import quotas.", [("!", "LITIGATION_REGULATORY", "")]),
    ("OFFICIAL DEFENDS NON-PROSECUTION OF TYCOON", [("!", "LITIGATION_REGULATORY", "")]),
    ("The bank entered into a non-prosecution agreement with the Justice Department.",
     [("LITIGATION_REGULATORY", "non-prosecution agreement", "actual")]),
    ("It received a subpoena from the SEC related to an investigation of its accounting.",
     [("LITIGATION_REGULATORY", "subpoena", "actual")]),
    ("The merger is subject to the waiver of certain conditions under its bank credit agreement.", [("!", "DEBT_DEFAULT", "")]),
    ("The lenders granted a waiver of the covenant defaults under the credit agreement.", [("DEBT_DEFAULT", "waiver", "actual")]),
    ("A federal appeals court blocked the airline merger hours before it was to close.", [("LITIGATION_REGULATORY", "blocked", "actual")]),
    ("The road was blocked by snow for two days.", [("!", "LITIGATION_REGULATORY", "")]),
    ("A company spokesman said it was fully cooperating with the authorities.",
     [("LITIGATION_REGULATORY", "cooperating with the authorities", "actual")]),
    ("The first trial ended in a mistrial last year.", [("LITIGATION_REGULATORY", "mistrial", "actual")]),
    # wire wordings found on unannotated non-test stories (second pass)
    ("The failed bank had 37 mln dlrs in assets and two offices.", [("BANKRUPTCY", "failed bank", "actual")]),
    ("The savings bank was closed by state regulators, the 49th bank to fail this year.",
     [("BANKRUPTCY", "closed by state regulators", "actual")]),
    ("The Bank Board said it had closed a savings and loan association in Texas and transferred its insured deposits.",
     [("BANKRUPTCY", "closed", "actual")]),
    ("The company closed two plants by order of the board.", [("!", "BANKRUPTCY", "")]),
    ("The creditor asked the court to have a receiver appointed over the council's assets.",
     [("BANKRUPTCY", "receiver appointed", "actual")]),
    ("MOODY'S CUTS TEXTILE MAKER'S DEBT", [("RATING_DOWNGRADE", "CUTS", "actual")]),
    ("MOODY'S MAY LOWER POWER COMPANY RATINGS", [("RATING_DOWNGRADE", "LOWER", "hypothetical")]),
    ("Moody's cut its forecast for the country's growth to 5.8 pct.", [("!", "RATING_DOWNGRADE", "")]),
    ("STEEL MAKER DEBENTURES CUT BY S/P", [("RATING_DOWNGRADE", "CUT BY S", "actual")]),
    ("Standard and Poor's said it lowered 128 mln dlrs of the retailer's senior debt to A-minus from A.",
     [("RATING_DOWNGRADE", "lowered", "actual")]),
    ("Congress lowered the top rate on capital gains to 15 pct from 20 pct, S and P economists noted.",
     [("!", "RATING_DOWNGRADE", "")]),
    ("ALUMINIUM MAKER SHARES SUSPENDED ON CAPITAL CUT NEWS", [("DELISTING", "SHARES SUSPENDED", "actual")]),
    ("The haulage group suspended its shares after finding accounting errors.", [("DELISTING", "suspended its shares", "actual")]),
    ("Shares in the builder were suspended on the Stockholm bourse at the company's request.",
     [("DELISTING", "suspended", "actual")]),
    ("The company's stock was halted on the NYSE pending news.", [("DELISTING", "stock was halted", "actual")]),
    ("The bank said two foreign exchange staff were suspended, but no charges have been laid.",
     [("!", "DELISTING", "")]),
    ("DEBTOR COUNTRY UNABLE TO SERVICE DEBT AFTER EARTHQUAKE", [("DEBT_DEFAULT", "UNABLE TO SERVICE DEBT", "actual")]),
    ("The exchange suspended the shares because the utility could not meet its debts.",
     [("DEBT_DEFAULT", "could not meet its debts", "actual")]),
    ("Failed companies that cannot meet their pension obligations rely on the agency.", [("!", "DEBT_DEFAULT", "")]),
    ("POLICE MOVE AGAINST BANK LOAN DEFAULTERS", [("DEBT_DEFAULT", "DEFAULTERS", "actual")]),
    ("The country's decision to halt interest payments on its commercial bank debt hurt the banks.",
     [("DEBT_DEFAULT", "halt interest payments", "actual")]),
]


@pytest.mark.parametrize("text,expected", CASES, ids=[c[0][:50] for c in CASES])
def test_distress_rules(extract, text, expected):
    events = extract(text)
    got = [(e.event_type, e.trigger, e.status) for e in events]
    for etype, trigger_part, status in expected:
        if etype == "!":
            assert trigger_part not in {t for t, _, _ in got}, f"{trigger_part} must not fire: {got}"
            continue
        assert any(t == etype and trigger_part.lower() in trig.lower() and s == status for t, trig, s in got), \
            f"expected {etype} '{trigger_part}' [{status}] in {got}"
