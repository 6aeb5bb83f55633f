"""Distress rules, sixth audit (RESTRUCTURING, LAYOFFS, BANKRUPTCY, LIQUIDITY_STRESS, RATING_DOWNGRADE): text -> the
events expected (type, words in the trigger, status), with distractors that must not fire. Same row format as
tests/test_event_rules.py: ("!", TYPE, "") means TYPE must not fire at all; an empty list means no event of any type.
"""

from __future__ import annotations

import pytest

from conftest import assert_events

CASES = [
    # RATING_DOWNGRADE: 'lowered its rating' on exact words (event.rating_downgrade.015): a bank's rate is no rating
    ("Big banks have kept their prime at 7.5 pct since August, when they lowered the rate from eight pct.",
     [("!", "RATING_DOWNGRADE", "")]),
    ("The central bank cut its rate to 4 pct from 4.5 pct on Tuesday.", [("!", "RATING_DOWNGRADE", "")]),
    ("Moody's Investors Service said it lowered the ratings of Hollis Mining Corp's senior notes.",
     [("RATING_DOWNGRADE", "lowered the ratings", "actual")]),
    ("Duff and Phelps cut its rating on Ardent Foods Inc's debentures to BB from BBB.",
     [("RATING_DOWNGRADE", "cut its rating", "actual")]),
    # RESTRUCTURING: debt restructured is DEBT_DEFAULT, not a company restructuring (exclude.restruct.001)
    ("KEMBLE MARINE COMPLETES DEBT RESTRUCTURE", [("!", "RESTRUCTURING", "")]),
    # RESTRUCTURING: restructured relations, leases, banking arrangements, revenues (exclude.restruct.020)
    ("Exporters began restructuring their relations with the regime long before the embargo.", [("!", "RESTRUCTURING", "")]),
    ("The chain said it has restructured leases with its two largest landlords.", [("!", "RESTRUCTURING", "")]),
    ("The new facility will restructure the group's banking arrangements.", [("!", "RESTRUCTURING", "")]),
    ("Torvald Tool said it will restructure its valve operations and close a plant in Ohio.",
     [("RESTRUCTURING", "restructure", "actual")]),
    # RESTRUCTURING: governments and boards reorganised (exclude.restruct.024)
    ("He became finance minister in the last major government reorganization in 1984.", [("!", "RESTRUCTURING", "")]),
    ("Its board has been restructured under the merger agreement with the buyer.", [("!", "RESTRUCTURING", "")]),
    # RESTRUCTURING: gates shut, a credit facility closed, an automatic shutdown, a holiday halt, closer co-operation
    # (exclude.restruct.031/032, forbids of event.restructuring.002/003/008, exclude.restruct.008)
    ("Security guards shut the hotel's gates and would not let the guests leave.", [("!", "RESTRUCTURING", "")]),
    ("In August the company announced the closing of a $20 million credit facility with its bank.",
     [("!", "RESTRUCTURING", "")]),
    ("A faulty relay caused an automatic shutdown of the plant, the utility said.", [("!", "RESTRUCTURING", "")]),
    ("The carmaker will give 2,000 workers a month's holiday, halting production for the home market.",
     [("!", "RESTRUCTURING", "")]),
    ("Officials called for closer co-operation between the two agencies.", [("!", "RESTRUCTURING", "")]),
    ("Brennan Foods said it will close its Ohio plant in June.", [("RESTRUCTURING", "close its Ohio plant", "actual")]),
    # RESTRUCTURING: a site closed for a season or a few weeks (exclude.restruct.033)
    ("LINDQVIST TO CLOSE COPPER REFINERY DURING SUMMER", [("!", "RESTRUCTURING", "")]),
    ("The carmaker will shut its assembly plant for two weeks to cut inventories.", [("!", "RESTRUCTURING", "")]),
    ("Acme said it will close its Ohio plant next summer and move production to Texas.",
     [("RESTRUCTURING", "close its Ohio plant", "actual")]),
    # LAYOFFS: a shorter working week, a personal job loss, a job done well (exclude.layoff.001)
    ("The union says cutting the working week will create jobs for the unemployed.", [("!", "LAYOFFS", "")]),
    ("An emergency fund protects you against setbacks such as a job loss or an illness.", [("!", "LAYOFFS", "")]),
    ("The trustee did a remarkable job to eliminate the pension deficit in ten years.", [("!", "LAYOFFS", "")]),
    ("Hadley Motors said it will cut 1,200 jobs at its Ohio plants next week.", [("LAYOFFS", "cut 1,200 jobs", "actual")]),
    # LIQUIDITY_STRESS: a person's money troubles (exclude.liquidity.006)
    ("The uncle sold the land because of his own financial problems.", [("!", "LIQUIDITY_STRESS", "")]),
    ("Larch Homes said its financial problems stem from the collapse of the housing market.",
     [("LIQUIDITY_STRESS", "financial problems", "actual")]),
    # LIQUIDITY_STRESS: money troubles in general words are a company's, not a government's, the EC's, a household's or a
    # sector's (event.liquidity_stress.017)
    ("Beijing postponed plans to reform its economy because of financial difficulties.", [("!", "LIQUIDITY_STRESS", "")]),
    ("Ministers discussed new ways of financing the cash-strapped Community.", [("!", "LIQUIDITY_STRESS", "")]),
    ("Students need practice solving real life financial problems.", [("!", "LIQUIDITY_STRESS", "")]),
    ("Garland Shoe said it has suffered financial difficulties since its bank cut its credit line.",
     [("LIQUIDITY_STRESS", "financial difficulties", "actual")]),
    ("Pinecrest Airways said it was running out of money and asked its lenders for a rescue loan.",
     [("LIQUIDITY_STRESS", "running out of money", "actual")]),
    # BANKRUPTCY: plural bankruptcies / insolvencies are statistics or generic prose (exclude.bankr.010)
    ("SPANISH CORPORATE BANKRUPTCIES RISE IN APRIL", [("!", "BANKRUPTCY", "")]),
    ("Easy credit leads to overspending and an increase in bankruptcies.", [("!", "BANKRUPTCY", "")]),
    ("It is the highest number of insolvencies since 2012.", [("!", "BANKRUPTCY", "")]),
    ("Pelham Stores said it filed for bankruptcy on Friday.", [("BANKRUPTCY", "bankruptcy", "actual")]),
    # BANKRUPTCY: laws about insolvency and a firm named '... Insolvency' (exclude.bankr.011/012)
    ("The code improves on the previous legislations dealing with insolvency and bankruptcy.", [("!", "BANKRUPTCY", "")]),
    ("Northgate Insolvency is a Leeds firm that advises businesses facing financial problems.", [("!", "BANKRUPTCY", "")]),
    ("Halcott Mills said it filed for bankruptcy under the new law.", [("BANKRUPTCY", "bankruptcy", "actual")]),
    # RATING_DOWNGRADE: an agency's statistics and lists of upgrades and downgrades (exclude.rating.002)
    ("Of all corporate ratings changes in the quarter, 66 pct were downgrades, the agency said.", [("!", "RATING_DOWNGRADE", "")]),
    ("The newsletter covers equities which have been upgraded or downgraded.", [("!", "RATING_DOWNGRADE", "")]),
    # BANKRUPTCY: a receiver appointed or named 'receiver of' a company, liquidation filed for (exclude.bankr.013,
    # event.bankruptcy.002); something's 'receiver' is no receivership
    ("Arthur Andersen was named receiver of the savings bank on Friday.", [("BANKRUPTCY", "named receiver", "actual")]),
    ("Ventris Labs said it filed for liquidation under Chapter 7.", [("BANKRUPTCY", "liquidation", "actual")]),
    ("The bank said the receiver of the payments would be a Swiss company.", [("!", "BANKRUPTCY", "")]),
    # RESTRUCTURING: a summer closure to save holiday staff costs, a country's debt 'restructuring period'
    # (forbids of event.restructuring.006, exclude.restruct.024)
    ("The closure was also a move to cut labour costs, as no extra staff is needed during holidays.", [("!", "RESTRUCTURING", "")]),
    ("The country could save reserves during its planned seven-year restructuring period.", [("!", "RESTRUCTURING", "")]),
    # BANKRUPTCY: administrators called in (event.bankruptcy.002)
    ("Administrators were called in at the furniture retailer on Tuesday.",
     [("BANKRUPTCY", "Administrators were called in", "actual")]),
    # LAYOFFS: headcount reductions (event.layoffs.001)
    ("Norhaven Software said the headcount reduction of 140 staff will be completed by June.",
     [("LAYOFFS", "headcount reduction", "actual")]),
    # DEBT_DEFAULT: a 'default' setting of a federal programme (exclude.default.001)
    ("Several states extended enrollment beyond the 45-day federal default window.", [("!", "DEBT_DEFAULT", "")]),
    # LIQUIDITY_STRESS: the central bank's emergency funding rate (exclude.liquidity.004)
    ("Call money rose to the level of the Lombard emergency funding rate at the month end.", [("!", "LIQUIDITY_STRESS", "")]),
]


@pytest.mark.parametrize("text,expected", CASES, ids=[c[0][:50] for c in CASES])
def test_distress6_rules(extract, text, expected):
    assert_events(extract(text), expected)
