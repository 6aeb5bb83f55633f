"""Legal, distress and rating rules after the random-story precision audit (LITIGATION_REGULATORY, EXECUTIVE_DEPARTURE,
DEBT_DEFAULT, BANKRUPTCY, RATING_DOWNGRADE, LIQUIDITY_STRESS): text -> the events expected (type, words in the trigger,
status), with the distractors that must not fire. Same row format as tests/test_event_rules.py: ("!", TYPE, "") means
TYPE must not fire at all; an empty list means no event of any type.
"""

from __future__ import annotations

import pytest

from conftest import assert_events

LIT = "LITIGATION_REGULATORY"
DEP = "EXECUTIVE_DEPARTURE"

CASES = [
    # EXECUTIVE_DEPARTURE: the predecessor keeps a post (no departure), a retired person as background, a search
    ("Harlow Foods said vice president Ann Reyes was named president, succeeding Tom Bell, who remains chairman and "
     "chief executive.", [("!", DEP, "")]),
    ("Brant Systems named Carl Ohm president, succeeding Dan Pike, who moved to chairman in March.", [("!", DEP, "")]),
    ("Brant Systems named Carl Ohm president, succeeding Dan Pike, who resigned in March.",
     [(DEP, "resigned", "actual")]),
    ("The dispute pitted the company's founder against a group led by retired Corven chairman Hal Myers.",
     [("!", DEP, "")]),
    ("Corven said Hal Myers retired as chairman at the end of the year.", [(DEP, "retired", "actual")]),
    ("The treasurer will serve as acting chief financial officer while the company searches for a permanent "
     "replacement.", [("!", DEP, "")]),
    ("The controller will act as Lee's replacement as chief financial officer.", [(DEP, "replacement", "actual")]),
    ("A senior director of the International Monetary Fund has tendered his resignation, monetary sources said.",
     [("!", DEP, "")]),
    # LITIGATION_REGULATORY: trade disputes between governments, consumer complaints, policy talk, business studies
    ("Washington said it was suspending its complaint to the GATT that Tokyo unfairly curbs fish imports.",
     [("!", LIT, "")]),
    ("FARM LOBBY TO FILE TRADE COMPLAINTS AGAINST EUROPEAN SUBSIDIES", [("!", LIT, "")]),
    ("Officials recommended trade sanctions against the two countries for breaking the chip pact.", [("!", LIT, "")]),
    ("Negotiators meet to cut short the 300 mln dlr penalty tariffs ordered on imports.", [("!", LIT, "")]),
    ("The bureau has handled two million consumer complaints and forwarded most of them to companies for a reply, "
     "its director said.", [("!", LIT, "")]),
    ("The senator said his committee wants tougher penalties for violations of securities laws.", [("!", LIT, "")]),
    ("Several banks are investigating taking larger stakes in local brokers.", [("!", LIT, "")]),
    ("Utilities are investigating the feasibility of a new coal plant.", [("!", LIT, "")]),
    ("A federal grand jury investigating the bank subpoenaed its records.", [(LIT, "investigating", "actual")]),
    ("The SEC is investigating whether the broker violated the net capital rule.",
     [(LIT, "investigating", "actual")]),
    ("Included in the write-down are charges against its advances to an affiliated company.", [("!", LIT, "")]),
    ("The FTC charged the company with false advertising in an administrative complaint.",
     [(LIT, "charged", "actual")]),
    # DEBT_DEFAULT: penalty-rate terms and consumer product prose are no default
    ("On a late loan the lender charges penalty default interest of 25 pct.", [("!", "DEBT_DEFAULT", "")]),
    ("The card lets you delay payments on your purchases for up to 12 months.", [("!", "DEBT_DEFAULT", "")]),
    ("The suit said the prospectus failed to disclose the underwriter's financial interests in the deal.",
     [("!", "DEBT_DEFAULT", "")]),
    ("The company failed to make a 4 mln dlr interest payment due June 1.",
     [("DEBT_DEFAULT", "failed to make a 4 mln dlr interest payment", "actual")]),
    # BANKRUPTCY: agencies named Insolvency ..., the figurative verb
    ("A spokesman for the Insolvency Service said the directors had been disqualified.", [("!", "BANKRUPTCY", "")]),
    ("Regulations of the Insolvency and Bankruptcy Board of India apply to the process.", [("!", "BANKRUPTCY", "")]),
    ("He said the unions were bankrupting the province.", [("!", "BANKRUPTCY", "")]),
    # RATING_DOWNGRADE: agency statistics and tax rates
    ("S/P SAYS CORPORATE DOWNGRADES MAY EASE THIS YEAR", [("!", "RATING_DOWNGRADE", "")]),
    ("The agency said 60 pct of last year's downgrades were in the industrial sector.",
     [("!", "RATING_DOWNGRADE", "")]),
    ("The minimum alternate tax rate on debt-laden companies was reduced to 15% from 18.5%.",
     [("!", "RATING_DOWNGRADE", "")]),
    ("Moody's reduced to Prime-2 from Prime-1 the commercial paper of Delmar Corp.",
     [("RATING_DOWNGRADE", "reduced", "actual")]),
    # LIQUIDITY_STRESS: tax credits that cut people from the rolls are no credit line cut
    ("The budget gives tax credits that will cut 850,000 people from the tax rolls.", [("!", "LIQUIDITY_STRESS", "")]),
    # LITIGATION_REGULATORY: 'antitrust' as an adjective of laws, posts and filings is no case; sanctions between states
    ("The investor group asked federal antitrust regulators for clearance to raise its stake.", [("!", LIT, "")]),
    ("He has served in a number of antitrust division posts since 1972.", [("!", LIT, "")]),
    ("Kelso Corp filed an antitrust lawsuit against its former supplier.", [(LIT, "lawsuit", "actual")]),
    ("The court reinstated a jury verdict against it for antitrust damages of 3.8 mln dlrs.",
     [(LIT, "antitrust damages", "actual")]),
    ("Parliament voted to decree unilateral trade sanctions against the regime.", [("!", LIT, "")]),
    ("The NASD imposed sanctions on the broker for violating its rules.", [(LIT, "imposed sanctions on", "actual")]),
    # everyday senses: a way that suits you, the fine print, in my judgment, a basic complaint, order imbalances
    ("Choose a savings account that suits you.", [("!", LIT, "")]),
    ("Read the fine print before you open the account, the agency official said.", [("!", LIT, "")]),
    ("Testifying before the agency board, he said that in my judgment the decline will continue.", [("!", LIT, "")]),
    ("The basic complaint of the official is that the levy ignores currency rates.", [("!", LIT, "")]),
    ("The exchange halted the stock before the close because of an order imbalance.", [("!", LIT, "")]),
    ("All the economic agencies have been charged with elaborating further savings measures.", [("!", LIT, "")]),
    ("The plant reopened after settlement of a labour dispute, the union said.", [("!", LIT, "")]),
    ("The government will reduce fines for taxpayers who file their returns late.", [("!", LIT, "")]),
    # EXECUTIVE_DEPARTURE: retired as background after a possessive; 'succeed' meaning to be successful
    ("\"It makes it harder to settle,\" said Pennzoil's retired president Baine Kerr.", [("!", DEP, "")]),
    ("Traded options need a liquid futures base to succeed, the chairman of the committee said.", [("!", DEP, "")]),
    ("Mora will succeed Fred Peterson as president and chief executive.", [(DEP, "succeed", "actual")]),
    # DEBT_DEFAULT: credit terms of a retailer, deferred parts of a sale price, workers' wages
    ("The delayed payment period starts from the date of order, and you pay no interest before it ends.",
     [("!", "DEBT_DEFAULT", "")]),
    ("The quarter will include proceeds of the sale, 250 mln dlrs cash at closing plus deferred payments.",
     [("!", "DEBT_DEFAULT", "")]),
    ("The workers struck, demanding payment of salaries delayed by the firm's troubles.", [("!", "DEBT_DEFAULT", "")]),
    # BANKRUPTCY: the statute with an ampersand
    ("The Insolvency & Bankruptcy Code (IBC) - a guide for lenders.", [("!", "BANKRUPTCY", "")]),
    # RATING_DOWNGRADE: an amount cut 'to X mln dlrs from Y' is no rating
    ("Pegasus Gold said it cut its long term debt to 85 mln dlrs from 100 mln dlrs.", [("!", "RATING_DOWNGRADE", "")]),
    ("Standard and Poor's lowered the province's long-term debt to AA-minus from AA.",
     [("RATING_DOWNGRADE", "lowered", "actual")]),
    # recall: ways of writing court matters (no court word needed), cases named by offence, court reporting
    ("ATCOR INC TO CONTEST ANTITRUST RULING", [(LIT, "ANTITRUST RULING", "actual")]),
    ("Pellco said it will contest the ruling and expects to prevail.", [(LIT, "contest the ruling", "actual")]),
    ("The regulator said it was having success in its insider trading cases.",
     [(LIT, "insider trading cases", "actual")]),
    ("The banker told the court in Bonn that he had designed the trades.", [(LIT, "told the court", "actual")]),
    ("One investor, whose matter is now before the courts, said he wanted accountability.",
     [(LIT, "now before the courts", "actual")]),
    ("The U.S. could file a formal complaint with GATT under the dispute settlement procedures of the code.",
     [("!", LIT, "")]),
    ("Bethlehem Steel has investigated the ramifications of a filing, a spokesman said.", [("!", LIT, "")]),
    ("Democratic leaders decided to push for a 180-day moratorium on further aid.", [("!", "DEBT_DEFAULT", "")]),
    ("Brazil declared a moratorium on interest payments to foreign banks.",
     [("DEBT_DEFAULT", "moratorium", "actual")]),
    # EXECUTIVE_DEPARTURE: 'is leaving' the company, not a trip
    ("Chief financial officer Lorenzo Flores is leaving the chipmaker, which started a search for a successor.",
     [(DEP, "is leaving", "actual")]),
    ("The chairman is leaving for Tokyo on Monday for trade talks.", [("!", DEP, "")]),

    # recall: court instruments and case filings; precision: generic tax penalties, bodies 'charged with' tasks
    ("Texaco's application for a Writ of Error was filed with the state's highest court on June 15.",
     [(LIT, "Writ of Error", "actual")]),
    ("Court levies have also been placed on seven properties she owns.", [(LIT, "Court levies", "actual")]),
    ("Pennzoil won a 10.3 billion dlr judgment against Texaco.", [(LIT, "judgment against", "actual")]),
    ("Four banks filed claims with a special commercial court on March 7.", [(LIT, "filed claims with", "actual")]),
    ("The company set out its position in a brief filed in U.S. district court in Washington.",
     [(LIT, "brief filed in", "actual")]),
    ("Funds were placed in escrow under insider trading settlement agreements.", [(LIT, "settlement", "actual")]),
    ("Late filing of the return attracts a penalty of 5% of the tax due.", [("!", LIT, "")]),
    ("The purchase needs approval from the government agencies charged with selling seized assets.",
     [("!", LIT, "")]),
    ("The former treasurer was charged with embezzling client funds.", [(LIT, "charged with", "actual")]),
    # EXECUTIVE_DEPARTURE: 'boss' is a title in British copy
    ("Mercia Bank boss Ross Allen will step down at the end of October.", [(DEP, "step down", "actual")]),

    # third recall sample: actions brought against a party, fiduciary-duty claims, court named after 'told a'
    ("Other creditors have brought direct actions against the council's member states.",
     [(LIT, "brought direct actions against", "actual")]),
    ("The brewer said both men breached their fiduciary duty in authorising the payment.",
     [(LIT, "breached their fiduciary duty", "actual")]),
    ("Lawyers for the director told a Jersey court that the payment was a fee.",
     [(LIT, "told a Jersey court", "actual")]),
    # law-firm profiles and policy talk about bailouts are no events
    ("The Harlan Law Firm represents investors and specializes in securities class action lawsuits and shareholder "
     "rights litigation.", [("!", LIT, "")]),
    ("Bailouts reward bad behavior by shielding managers from the consequences.", [("!", "LIQUIDITY_STRESS", "")]),
    ("British investors have recently bailed out of the market.", [("!", "LIQUIDITY_STRESS", "")]),
    ("The carrier was bailed out by its banks in 2011.", [("LIQUIDITY_STRESS", "bailed out", "actual")]),
    # EXECUTIVE_DEPARTURE: giving up the chief executive post
    ("Its chairman will give up the positions of president and chief executive early next year.",
     [(DEP, "give up the positions of", "actual")]),
    # BANKRUPTCY / NEGATIVE_EQUITY
    ("Investigators will check for wrongful trading in the period the company was deemed to be insolvent.",
     [("BANKRUPTCY", "deemed to be insolvent", "actual")]),
    ("The thrift has said it failed to meet capital requirements set by regulators.",
     [("NEGATIVE_EQUITY", "failed to meet capital requirements", "actual")]),

    # NEGATIVE_EQUITY / GOING_CONCERN: working capital, unnamed insolvent institutions, accounting bases
    ("The company said it has a 1.7 mln dlr working capital deficit.",
     [("!", "NEGATIVE_EQUITY", ""), ("LIQUIDITY_STRESS", "working capital deficit", "actual")]),
    ("The rescue fund will stay closed to insolvent banks, the board said.", [("!", "NEGATIVE_EQUITY", "")]),
    ("The bank board said it closed the thrift because the association was insolvent.",
     [("NEGATIVE_EQUITY", "insolvent", "actual")]),
    ("The net asset value was based on a going-concern assumption.", [("!", "GOING_CONCERN", "")]),

    # a party asking a court, a regulator's open issues and allegations about a registration
    ("Only in June did the agency ask the court to close the plant.", [(LIT, "ask the court", "actual")]),
    ("The broker agreed to resolve issues raised by the NASD on market making in its own stock.",
     [(LIT, "issues raised by the NASD", "actual")]),
    ("The NASD had alleged that no registration statement for the shares was in effect.",
     [(LIT, "alleged", "actual")]),
    ("The company asked the SEC to declare its registration statement effective.", [("!", LIT, "")]),

    # a debtor in moratorium freezing its creditors' lines is part of the default; lenders freezing lines is liquidity
    ("Veridia suspended interest payments on its foreign debt and froze short-term trade and money market lines.",
     [("DEBT_DEFAULT", "froze", "actual"), ("!", "LIQUIDITY_STRESS", "")]),
    ("Foreign banks froze credit lines to the company last week.", [("LIQUIDITY_STRESS", "froze credit lines", "actual")]),

    # the EC budget 'sliding into bankruptcy' is rhetoric (annotation guide)
    ("The Commission said the measures were needed to stop the EC from sliding once again into bankruptcy.",
     [("!", "BANKRUPTCY", "")]),

]


@pytest.mark.parametrize("text,expected", CASES, ids=[c[0][:50] for c in CASES])
def test_legal4_rules(extract, text, expected):
    assert_events(extract(text), expected)
