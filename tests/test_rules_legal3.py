"""Litigation, restatement, delisting and write-down rules, third pass over unannotated non-test wire and FinCausal copy:
text -> the events expected (type, words in the trigger, status), and distractors that must not fire.

Rows are written for this file, in the way wire copy and releases state these events. A row lists the events that
must be found; `("!", TYPE, "")` means no event of TYPE may be found in the text.
"""

from __future__ import annotations

import pytest

from conftest import assert_events

LIT = "LITIGATION_REGULATORY"

CASES = [
    # charges answered, laid or dropped
    ("The former treasurer said he would fight the charges in court.", [(LIT, "fight the charges", "actual")]),
    ("BANK REGULATOR WILL APPEAL CHARGE", [(LIT, "APPEAL CHARGE", "actual")]),
    ("Prosecutors dropped all charges against the two brokers on Friday.", [(LIT, "dropped all charges", "actual")]),
    ("Charges of fraud, false accounting and tax evasion were filed against the shipping group's founder.",
     [(LIT, "Charges", "actual")]),
    ("The utility will take a charge against fourth quarter earnings and does not dispute the charge's size.",
     [("!", LIT, "")]),
    # courts and regulators deciding without a court verb next to the court
    ("The commercial court in Lyon, in a two-page judgment, found in favour of the distributor.",
     [(LIT, "found in favour of", "actual")]),
    ("The arbitration panel ruled in favor of the contractor.", [(LIT, "ruled in favor of", "actual")]),
    ("Voters in the district found in favor of the new school levy.", [("!", LIT, "")]),
    # orders to pay, divest, freeze; frozen accounts
    ("A federal judge ordered the brokerage to pay 2.1 mln dlrs to former clients.",
     [(LIT, "ordered the brokerage to pay", "actual")]),
    ("The Zurich bank has been ordered to freeze two accounts, a ministry spokesman said.",
     [(LIT, "ordered to freeze", "actual")]),
    ("The court order freezes accounts held by the two traders.", [(LIT, "freezes accounts", "actual")]),
    ("The dealer's bank accounts have been frozen, police said.", [(LIT, "frozen", "actual")]),
    ("The airline ordered six new jets to replace its older aircraft.", [("!", LIT, "")]),
    ("The carmaker announced a hiring freeze at its assembly plants.", [("!", LIT, "")]),
    # petitions to a court, allegations as the verb
    ("The oil company filed a petition in the state appeals court for relief from the bond.",
     [(LIT, "petition", "actual")]),
    ("The retailer filed a petition under Chapter 11 in the bankruptcy court.", [("!", LIT, "")]),
    ("FORMER ENGINEERS ALLEGE FRAUD AT ROCKET MAKER", [(LIT, "ALLEGE FRAUD", "actual")]),
    # investigate: the legal actor, not research
    ("The competition authority will investigate the proposed merger of the two grocers.",
     [(LIT, "investigate", "actual")]),
    ("The engineering firm won a contract to investigate design alternatives for the new reactor.",
     [("!", LIT, "")]),
    ("Researchers will investigate the potential of batteries made from salt.", [("!", LIT, "")]),
    ("The matter is still being investigated by the police.", [(LIT, "investigated", "actual")]),
    # everyday senses that must not fire
    ("The new fund is well suited to cautious savers.", [("!", LIT, "")]),
    ("The insurer put the damage from the storm at 40 mln dlrs.", [("!", LIT, "")]),
    ("The franchisee sued the chain to recover damages from the cancelled contract.",
     [(LIT, "sued", "actual")]),
    ("The suit seeks to recover damages from the former directors.", [(LIT, "suit", "actual")]),
    ("The board weighed alternative courses of action to raise shareholder value.", [("!", LIT, "")]),
    ("Index funds have lost some of their appeal to small investors, a lot of appeal went to stocks.",
     [("!", LIT, "")]),
    ("The union leaders appealed to the workers to return to the plants.", [("!", LIT, "")]),
    ("The company said it appealed to the Supreme Court.", [(LIT, "appealed", "actual")]),
    ("The ruling coalition lost its majority after a court case against two of its ministers collapsed.",
     [(LIT, "court case", "actual")]),
    ("Tokyo and Washington hope to settle their trade dispute over microchips this month.", [("!", LIT, "")]),
    ("A commission charged with overseeing the privatisation of state banks met on Monday.", [("!", LIT, "")]),
    ("Three executives were charged with insider trading by federal prosecutors.",
     [(LIT, "charged with", "actual")]),
    ("A school board notice invited bids to build new classroom blocks, the board said.", [("!", LIT, "")]),
    ("A federal court blocked the merger of the two airlines.", [(LIT, "blocked", "actual")]),
    # DELISTING: NASDAQ deficiencies and exceptions; market-wide halts and everyday 'taken off the'
    ("The chipmaker said it failed to meet the NASDAQ capital and surplus requirements at the end of March.",
     [("DELISTING", "capital and surplus requirements", "actual")]),
    ("Its shares will stay in the NASDAQ system under an exception from filing requirements it failed to meet.",
     [("DELISTING", "exception from filing requirements", "actual")]),
    ("The insurer may be found in violation of minimum capital and surplus requirements by state officials.",
     [("!", "DELISTING", "")]),
    ("Worried that the volatile market would go wild, the authorities suspended trading for four days.",
     [("!", "DELISTING", "")]),
    ("Dealers said trading ground to a near halt before the holiday.", [("!", "DELISTING", "")]),
    ("Some two million low-paid workers will be taken off the tax rolls.", [("!", "DELISTING", "")]),
    ("The company said its stock was taken off the board of the Vancouver exchange.",
     [("DELISTING", "taken off the board", "actual")]),
    ("Trading in the brewer's shares was suspended on the Zurich bourse pending an announcement.",
     [("DELISTING", "suspended", "actual")]),
    # LITIGATION_REGULATORY: laws said to be violated, raids, the appeal of a product
    ("The scheme, which violated several securities laws, let the trader hide his holdings.",
     [(LIT, "violated several securities laws", "actual")]),
    ("Prosecutors raided the offices of the clearing house last month.", [(LIT, "raided the offices", "actual")]),
    ("The redesigned app is meant to appeal to a younger audience.", [("!", LIT, "")]),
    # fines received, cases heard or taken to a court, orders against a party, accusations of an offence
    ("SAVINGS BANK RECEIVES FINE FOR LATE CURRENCY REPORTS", [(LIT, "RECEIVES FINE", "actual")]),
    ("The broker also faces civil fines for the two years.", [(LIT, "civil fines", "actual")]),
    ("REGULATOR WINS EXTENSION OF ORDERS AGAINST FORMER TRADER", [(LIT, "ORDERS AGAINST", "actual")]),
    ("Also charged were two of his associates and a Panama company.", [(LIT, "Also charged were", "actual")]),
    ("If the state court refuses, the insurer will take its case to the Supreme Court.",
     [(LIT, "take its case to", "hypothetical")]),
    ("The bank said no further charges will be brought against it.", [(LIT, "charges", "negated")]),
    ("Two officials were accused of conspiring to bribe customs inspectors.", [(LIT, "accused of", "actual")]),
    ("The retailer settled to avoid further legal costs, it said.", [(LIT, "settled", "actual")]),
    ("The fund manager placed sell orders against the trend.", [("!", LIT, "")]),
    ("Washington accuses Beijing of stealing technology from its firms.", [("!", LIT, "")]),
    ("No charges have been laid in what may be the country's largest currency fraud.",
     [(LIT, "charges have been laid", "negated")]),
    # RESTATEMENT: documents restated, terms restated, a newspaper correction, splits
    ("Holders will vote on an amendment to the restated certificate of incorporation.", [("!", "RESTATEMENT", "")]),
    ("The lenders signed an amended and restated credit agreement.", [("!", "RESTATEMENT", "")]),
    ("THE BIDDER'S REVISED OFFER RESTATES ITS ORIGINAL CONDITIONS", [("!", "RESTATEMENT", "")]),
    ("An earlier version of this article misstated the name of the fund's manager.", [("!", "RESTATEMENT", "")]),
    ("1986 figures restated to reflect the May, 1987 three-for-two stock split.", [("!", "RESTATEMENT", "")]),
    ("Prior year amounts restated in connection with the distribution of the retail unit to shareholders.",
     [("!", "RESTATEMENT", "")]),
    ("The chipmaker said it will restate its results for the last three quarters.",
     [("RESTATEMENT", "restate", "actual")]),
    ("The auditors found the unit had misstated its inventories for two years.",
     [("RESTATEMENT", "misstated", "actual")]),
    ("As previously reported, the group is raising 600 mln dlrs through a placement of new shares.",
     [("!", "RESTATEMENT", "")]),
    ("Net income was reduced to 1.1 mln dlrs from the 2.4 mln dlrs previously reported.",
     [("RESTATEMENT", "previously reported", "actual")]),
    ("The utility said the downward revision in its 1986 earnings reflects a reserve for the plant.",
     [("RESTATEMENT", "revision in its 1986 earnings", "actual")]),
    ("Analysts expect a downward revision of earnings forecasts across the sector.", [("!", "RESTATEMENT", "")]),
    ("Creditor banks rejected the proposal, fearing regulatory and accounting problems.", [("!", "RESTATEMENT", "")]),
    ("The unit's loss for the year was caused by accounting problems found in its billing system.",
     [("RESTATEMENT", "accounting problems", "actual")]),
    # IMPAIRMENT_WRITEDOWN: carrying value adjusted; medical impairment
    ("The company also adjusted the carrying value of its idle mill, leading to a charge of 4.2 mln dlrs.",
     [("IMPAIRMENT_WRITEDOWN", "adjusted the carrying value", "actual")]),
    ("The drug is tested in patients with mild cognitive impairment.", [("!", "IMPAIRMENT_WRITEDOWN", "")]),
    ("The miner recorded a goodwill impairment of 80 mln dlrs.", [("IMPAIRMENT_WRITEDOWN", "impairment", "actual")]),
    # precision audit on random stories: policy and markets, not litigation
    ("Several central banks bought dollars in concerted action on Tuesday, currency traders said.", [("!", LIT, "")]),
    ("Finance ministers pledged to arrest the dollar's slide against the yen.", [("!", LIT, "")]),
    ("Police arrested the former chairman of the trading house on Monday.", [(LIT, "arrested", "actual")]),
    ("The franchise format suits them better than a joint venture, the analyst said.", [("!", LIT, "")]),
    ("Unions welcomed the Arbitration Commission's decision on the national wage claim.", [("!", LIT, "")]),
    ("The miner took a charge associated with its decision to close the smelter.", [("!", LIT, "")]),
    ("The mine manager was charged with negligence after the collapse.", [(LIT, "charged", "actual")]),
    # EXECUTIVE_DEPARTURE: government and party officials are not company officers
    ("Reforms stalled after the resignation of the Communist Party chief in January.",
     [("!", "EXECUTIVE_DEPARTURE", "")]),
    ("The White House aide, since fired, and the national security adviser, now resigned, declined comment.",
     [("!", "EXECUTIVE_DEPARTURE", "")]),
    ("She retired as tax commissioner last year and joined the audit firm.", [("!", "EXECUTIVE_DEPARTURE", "")]),
    ("The departure of the chairman came despite pleas from the administration that he stay.",
     [("!", "EXECUTIVE_DEPARTURE", "")]),
    ("The brewer said its chief financial officer resigned to join a rival.",
     [("EXECUTIVE_DEPARTURE", "resigned", "actual")]),
    ("Markets rallied after the departure of the Treasury Secretary was announced.",
     [("!", "EXECUTIVE_DEPARTURE", "")]),
    # an exchange's listing action and a receivership order are not litigation
    ("The exchange said the action was taken because the company no longer met its listing standards.",
     [("!", LIT, "")]),
    ("The court signed an order releasing the retailer from receivership.", [("!", LIT, "")]),
    ("The SEC said the action against the broker was filed in federal court.", [(LIT, "action", "actual")]),
    # bankruptcy as a practice area is no event
    ("She advises lenders and creditors in bankruptcy litigation and restructurings.", [("!", "BANKRUPTCY", "")]),
    ("The proposal would rank tax debts first in all insolvencies.", [("!", "BANKRUPTCY", "")]),
    # results restated for a pooled merger are not RESTATEMENT
    ("The merger will result in a restatement of the buyer's earnings under pooling of interests.",
     [("!", "RESTATEMENT", "")]),
    ("Banks are pressed to ease the liquidity squeeze in debtor nations.", [("!", "LIQUIDITY_STRESS", "")]),
    ("A spokeswoman for Homeland Security Investigations in Newark declined to comment on the arrests.",
     [(LIT, "arrests", "actual")]),
]


@pytest.mark.parametrize("text,expected", CASES, ids=[c[0][:50] for c in CASES])
def test_legal3_rules(extract, text, expected):
    assert_events(extract(text), expected)
