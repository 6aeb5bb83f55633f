"""Results and reorganisation rules, third pass (generalization from unannotated wire copy): headline warnings of a
loss or of lower earnings with the verb inside the trigger, a company's forecast of a profit fall, guidance cuts kept
to company guidance, temporary shutdowns and debt restructurings kept out of RESTRUCTURING, closure nouns.

Rows are written for this file, in the way wire copy, results tables and releases state these events. A row lists
the events that must be found; `("!", TYPE, "")` means no event of TYPE may be found in the text.
"""

from __future__ import annotations

import pytest

from conftest import assert_events

CASES = [
    # EARNINGS_DECLINE: headline warnings of a loss, the period between the verb and LOSS (commas, amounts included)
    ("NORTHWIND <NWD> EXPECTS TO POST 2ND QTR AND FULL-YEAR 1987 LOSS",
     [("EARNINGS_DECLINE", "EXPECTS", "actual"), ("NET_LOSS", "LOSS", "hypothetical")]),
    ("BALTIC FOODS <BLF> SEES QTR, YEAR LOSS", [("EARNINGS_DECLINE", "SEES", "actual")]),
    ("KESTREL GROUP SEES 22 CTS/SHR 4TH QTR LOSS ON PLANT SALE", [("EARNINGS_DECLINE", "SEES", "actual")]),
    # ... but not an improvement, nor a profit forecast beside a unit's losses
    ("ORION MILLS SEES SMALLER 3RD QTR LOSS", [("!", "EARNINGS_DECLINE", "")]),
    ("The chain said it expects a narrower loss in the second quarter.", [("!", "EARNINGS_DECLINE", "")]),
    ("RHEINSTAHL SEES HIGHER 1988 PROFIT DESPITE STEEL LOSSES", [("!", "EARNINGS_DECLINE", "")]),
    # EARNINGS_DECLINE: headline warnings with the earnings word after the decline (actual, the verb in the trigger)
    ("TALLIS CHEMICAL SEES LOWER 1988 EARNINGS", [("EARNINGS_DECLINE", "SEES LOWER", "actual")]),
    ("OSAKA STEEL SEES SHARPLY LOWER SALES AND PROFITS", [("EARNINGS_DECLINE", "SEES", "actual")]),
    ("NAGOYA MOTORS PROJECTS 31.5 PCT DROP IN 1987/88 CURRENT PROFIT", [("EARNINGS_DECLINE", "DROP", "actual")]),
    ("BONN INSTITUTE SEES LOWER GROWTH IN 1988", [("!", "EARNINGS_DECLINE", "")]),
    # EARNINGS_DECLINE: a company's forecast of a profit fall
    ("Hokuriku Electric forecast its parent company profits to fall 12 pct in the year to March.",
     [("EARNINGS_DECLINE", "forecast its parent company profits to fall", "actual")]),
    ("WESTBURY INDUSTRIES SEES LOWER 1988 PROFITS", [("EARNINGS_DECLINE", "SEES LOWER", "actual")]),
    # EARNINGS_DECLINE: guidance cuts are a company's own; not GNP, money-market or analysts' estimates
    ("The toolmaker lowered its full-year earnings forecast on weak orders.",
     [("EARNINGS_DECLINE", "lowered its full-year earnings forecast", "actual")]),
    ("The research institute cut its forecast for 1988 GNP growth to 1.5 pct from 2.5 pct.",
     [("!", "EARNINGS_DECLINE", "")]),
    ("The central bank revised its estimate of the money market shortage to 600 mln stg.",
     [("!", "EARNINGS_DECLINE", "")]),
    ("Two analysts lowered their earnings estimates for the retailer after the meeting.",
     [("!", "EARNINGS_DECLINE", "")]),
    ("The company revised its profit forecast upward after strong sales.", [("!", "EARNINGS_DECLINE", "")]),
    ("The caterer slashed its full-year outlook after losing two contracts.",
     [("EARNINGS_DECLINE", "slashed its full-year outlook", "actual")]),
    ("Fitch lowered its outlook on the utility to negative from stable.", [("!", "EARNINGS_DECLINE", "")]),
    ("The fund cut its outlook for global growth in 2020.", [("!", "EARNINGS_DECLINE", "")]),
    # EARNINGS_DECLINE: below expectations with the expectation's owner, or missed; a warning told with 'would'
    ("The housebuilder said half-year profits came in below market expectations.",
     [("EARNINGS_DECLINE", "below market expectations", "actual")]),
    ("Lumen Labs earned $0.08 per share for the quarter, missing the consensus estimate of $0.11.",
     [("EARNINGS_DECLINE", "missing the consensus estimate", "actual")]),
    ("Euro zone industrial output came in below forecasts in May.", [("!", "EARNINGS_DECLINE", "")]),
    ("The airline warned that its annual profits would be significantly lower than last year.",
     [("EARNINGS_DECLINE", "warned that its annual profits would be significantly lower", "actual")]),
    ("The brewer warned that earnings would fall in the second half.",
     [("EARNINGS_DECLINE", "warned that earnings would fall", "actual")]),
    ("The brewer warned that its results would be hit by the strike.", [("!", "EARNINGS_DECLINE", "")]),
    # EARNINGS_DECLINE: 'lower income' only for a company's net/operating/pretax income; incomes of households and
    # countries are not profits
    ("The toolmaker reported reduced net income of 5 mln dlrs for the year.",
     [("EARNINGS_DECLINE", "reduced net income", "actual")]),
    ("The utility posted lower first quarter operating income.",
     [("EARNINGS_DECLINE", "lower first quarter operating income", "actual")]),
    ("The insurer sells annuities to lower middle to middle income households.", [("!", "EARNINGS_DECLINE", "")]),
    ("Strikes broke out in the region, triggered by falling incomes and frozen wages.", [("!", "EARNINGS_DECLINE", "")]),
    ("The exporters' combined oil income fell an estimated 20 billion dlrs last year.", [("!", "EARNINGS_DECLINE", "")]),
    ("The bill sets aside 9 billion dlrs for lower income housing.", [("!", "EARNINGS_DECLINE", "")]),
    ("Earned premiums decreased by 10 mln dlrs after the revised calculation.", [("!", "EARNINGS_DECLINE", "")]),
    # EARNINGS_DECLINE: 'lower than expected' alone modifies sales, growth or costs; a low-profit product line is no decline
    ("The company blamed the loss on lower than expected sales at its consulting arm.",
     [("!", "EARNINGS_DECLINE", "")]),
    ("The retailer reported lower than expected profits for the quarter.",
     [("EARNINGS_DECLINE", "lower than expected profits", "actual")]),
    ("The group is moving away from low profit commodity chemicals.", [("!", "EARNINGS_DECLINE", "")]),
    # EARNINGS_DECLINE: vague results wording is left out (annotation guide), comparatives stay
    ("The agency cut its view of the carmaker, citing weak earnings and poor cash generation.",
     [("!", "EARNINGS_DECLINE", "")]),
    ("The group reported weaker earnings for the first half.", [("EARNINGS_DECLINE", "weaker earnings", "actual")]),
    # EARNINGS_DECLINE: an expected loss used as a noun phrase is no warning; the verb is
    ("The steelmaker expects a good 1988 profit despite anticipated losses in its tube unit.",
     [("!", "EARNINGS_DECLINE", ""), ("NET_LOSS", "losses", "hypothetical")]),
    ("The company blamed the expected loss on permitting delays.", [("!", "EARNINGS_DECLINE", "")]),
    ("The chipmaker said it anticipated a loss for the quarter.", [("EARNINGS_DECLINE", "anticipated a loss", "actual")]),
    # NET_LOSS: the wire's correction line is no loss; a run of loss years is
    ("-- corrects year of loss in third paragraph", [("!", "NET_LOSS", "")]),
    ("The division reported its fifth year of losses.", [("NET_LOSS", "losses", "actual")]),
    # DIVIDEND_CUT: a company's headline about its own lower dividend (actual, the verb in the trigger)
    ("HARBOR REALTY TRUST <HRT> SEES LOWER DIVIDENDS", [("DIVIDEND_CUT", "SEES LOWER DIVIDENDS", "actual")]),
    ("HARBOR REALTY TRUST <HRT> SEES HIGHER DIVIDEND", [("!", "DIVIDEND_CUT", "")]),
    # RESTRUCTURING: closure nouns, sites slated for closure, consolidating outlets
    ("The fourth-quarter charge covers losses on restaurant closings and lease terminations.",
     [("RESTRUCTURING", "restaurant closings", "actual")]),
    ("The carmaker set dates for shutting down three of its truck and bus facilities.",
     [("RESTRUCTURING", "shutting down three of its truck and bus facilities", "actual")]),
    ("Four of the group's mills are slated for closure.", [("RESTRUCTURING", "slated for closure", "actual")]),
    ("The miner set aside 9 mln dlrs for mine closures in Ontario.", [("RESTRUCTURING", "mine closures", "actual")]),
    ("Government offices closed until Wednesday for the holiday.", [("!", "RESTRUCTURING", "")]),
    ("SYNDICATED LOAN FACILITY CLOSES FOR HARBOR POWER", [("!", "RESTRUCTURING", "")]),
    ("Zambia Consolidated Copper Mines issued a rehabilitation plan for the site.", [("!", "RESTRUCTURING", "")]),
    ("Extraordinary items were 41 mln dlrs provided for closures and writedowns of assets.",
     [("RESTRUCTURING", "provided for closures", "actual")]),
    ("The chain subleased three Denver locations closed in May.", [("RESTRUCTURING", "closed", "actual")]),
    ("The bank's branches closed for the holiday on Monday.", [("!", "RESTRUCTURING", "")]),
    # not an economy's restructuring, nor an FHA 'streamline' loan
    ("Officials said Japan must restructure its economy to rely less on exports.", [("!", "RESTRUCTURING", "")]),
    ("A streamline FHA refinance lets the borrower skip an appraisal.", [("!", "RESTRUCTURING", "")]),
    ("The toolmaker said its restructuring program cut annual costs by 12 mln dlrs.",
     [("RESTRUCTURING", "restructuring", "actual")]),
    # LAYOFFS: roles and posts cut by number; a workforce told as shrinking by a number
    ("The lender will cut 450 roles in its markets arm.", [("LAYOFFS", "cut 450 roles", "actual")]),
    ("The broadcaster plans to axe 1,200 posts across Europe.", [("LAYOFFS", "axe 1,200 posts", "actual")]),
    ("The retailer cut its posts on social media after the complaints.", [("!", "LAYOFFS", "")]),
    ("Headcount at the division will fall by 1,500 by the end of next year.", [("LAYOFFS", "will fall by 1,500", "actual")]),
    ("The insurer's workforce shrank by 8 pct last year.", [("LAYOFFS", "workforce shrank by 8", "actual")]),
    ("Manufacturing employment fell by 20,000 in May, the Labor Department said.", [("!", "LAYOFFS", "")]),
    ("The city's police force shrank by 300 officers.", [("!", "LAYOFFS", "")]),
    ("The retailer will consolidate 30 catalog outlets in cities where it has two stores.",
     [("RESTRUCTURING", "consolidate", "actual")]),
    # not temporary, strike or maintenance shutdowns; not a deal's closing adjustment; not debt restructured
    ("The refiner will close its cracking units from May 3 to May 17 for maintenance.", [("!", "RESTRUCTURING", "")]),
    ("A strike by 20,000 workers closed most of the automaker's plants on Monday.", [("!", "RESTRUCTURING", "")]),
    ("The carmaker will close four plants for a week to cut inventories.", [("!", "RESTRUCTURING", "")]),
    ("The payment results from a post-closing adjustment of the division's price.", [("!", "RESTRUCTURING", "")]),
    ("About six mln dlrs of bank debt and accrued interest will be restructured under the plan.",
     [("!", "RESTRUCTURING", "")]),
    ("The company completed a debt and asset restructuring program last year.",
     [("RESTRUCTURING", "restructuring", "actual")]),
    ("The board plans to close two depots and will not renew some temporary contracts.",
     [("RESTRUCTURING", "close two depots", "actual")]),
    # precision audit on random wire copy: non-events that look like the results/reorganisation families
    ("Lawmakers voted to lower the state's oil severance tax to draw new drilling.", [("!", "LAYOFFS", "")]),
    ("Severance taxes on natural gas came in below the budget estimate.", [("!", "LAYOFFS", "")]),
    ("The company laid off 300 workers and paid severance to each of them.", [("LAYOFFS", "laid off", "actual")]),
    ("Copper futures ended at 1.10 dlrs, up from an overnight close of 1.08 in line with London.",
     [("!", "RESTRUCTURING", "")]),
    ("Tenants value the park's close proximity to the firm's operations centre.", [("!", "RESTRUCTURING", "")]),
    ("The miner said it closed its smelter at Port Alma last month.", [("RESTRUCTURING", "closed its smelter", "actual")]),
    ("Brokers use every tool at their disposal to win the account.", [("!", "ASSET_SALE", "")]),
    ("The firm makes equipment for the collection and disposal of medical waste fluids.", [("!", "ASSET_SALE", "")]),
    ("A heavy sell-off of Danish bonds pushed yields higher this morning.", [("!", "ASSET_SALE", "")]),
    ("The Commerce Department approved the sale of a supercomputer to Brazil; the vendor will sell it for 12 mln dlrs.",
     [("!", "ASSET_SALE", "")]),
    ("The group agreed to sell its paper division to Norske Holdings for 40 mln dlrs.",
     [("ASSET_SALE", "sell its paper division", "actual")]),
    ("The senator suffered a loss of support among party donors after the vote.", [("!", "NET_LOSS", "")]),
    ("The refiner suffered a loss of 12 mln dlrs in the first half.", [("NET_LOSS", "loss", "actual")]),
    ("DOCKERS STRIKE OVER PENSION LOSSES", [("!", "NET_LOSS", "")]),
    ("Late profit-taking led to a sharp drop in the share index.", [("!", "EARNINGS_DECLINE", "")]),
    ("The finance minister will report a 1987 budget deficit of four billion.", [("!", "EARNINGS_DECLINE", "")]),
    ("Kestrel is the better income stock given its higher yield and lower payout ratio.", [("!", "DIVIDEND_CUT", "")]),
    ("Northwind Software does not pay a dividend.", [("!", "DIVIDEND_CUT", "")]),
    ("The directors did not declare a dividend for the quarter.", [("DIVIDEND_CUT", "did not declare", "actual")]),
    ("WESTERN POWER <WPW> SELLS FIRST MORTGAGE BONDS", [("!", "ASSET_SALE", "")]),
    ("The board said it is reorganizing senior management of its insurance subsidiary.", [("!", "RESTRUCTURING", "")]),
    ("The insurer said it will reorganize its claims operations into three regional centres.",
     [("RESTRUCTURING", "reorganize", "actual")]),
    ("The bank's foreign exchange losses reached 40 billion yen in the half.", [("!", "NET_LOSS", "")]),
    ("Meditron signed two export contracts for the sale of its infusion pump.", [("!", "ASSET_SALE", "")]),
]


@pytest.mark.parametrize("text,expected", CASES)
def test_results_rules_third_pass(extract, text, expected):
    assert_events(extract(text), expected)
