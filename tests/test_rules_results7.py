"""Results event rules, seventh round (EARNINGS_DECLINE): ways of writing a profit decline or a profit warning found
missing or over-matched in a reading of non-test Reuters and FinCausal stories and in the annotation guide's decided
cases. Same row format as tests/test_event_rules.py: ("!", TYPE, "") means TYPE must not fire at all, ("!", TYPE,
word) that no TYPE trigger contains word.
"""

from __future__ import annotations

import pytest

from conftest import assert_events

CASES = [
    # EBITDA / EBIT as the profit noun, each clause its own mention
    ("Ebitda fell 9% to 61 million euros while pre-tax profit fell 14% to 22 million euros.",
     [("EARNINGS_DECLINE", "Ebitda fell", "actual"), ("EARNINGS_DECLINE", "profit fell", "actual")]),
    ("Group EBIT dropped to 4.2 million pounds in the half.", [("EARNINGS_DECLINE", "EBIT dropped", "actual")]),
    # ... not a profit that rose despite a fall in something else
    ("Kestrel Trading said it raised operating profit in 1986 despite a sharp decline in turnover.",
     [("!", "EARNINGS_DECLINE", "")]),
    # a warning with the profit word before 'to be lower', the cause naming costs
    ("Larchmont Inc said it anticipated fiscal 1987 earnings to be lower because of costs tied to its new sales offices.",
     [("EARNINGS_DECLINE", "anticipated fiscal 1987 earnings to be lower", "actual")]),
    ("The group expects earnings growth and costs to be lower next year.", [("!", "EARNINGS_DECLINE", "")]),
    # results stated lower with a copula
    ("The board said results in 1986 were lower than in 1985 because of weak metal prices.",
     [("EARNINGS_DECLINE", "results in 1986 were lower", "actual")]),
    ("The ministry said the March trade results were considerably lower, but the surplus target would be met.",
     [("!", "EARNINGS_DECLINE", "")]),
    ("The results of the survey were lower than the institute had forecast.", [("!", "EARNINGS_DECLINE", "")]),
    # a loss forecast in the passive, and a flagged loss: the warning is actual, the loss hypothetical
    ("At the cooperative, a second year of financial losses is forecast after large asset writedowns.",
     [("EARNINGS_DECLINE", "losses is forecast", "actual"), ("NET_LOSS", "losses", "hypothetical")]),
    ("The insurer has flagged an annual loss of as much as 300 million euros.",
     [("EARNINGS_DECLINE", "flagged an annual loss", "actual")]),
    # ... not a state's revenue losses, loan losses, or insured losses of a storm
    ("Income tax revenue losses are also anticipated to grow next month.", [("!", "EARNINGS_DECLINE", "")]),
    ("Loan losses are expected to moderate in 1987, the agency said.", [("!", "EARNINGS_DECLINE", "")]),
    ("Insured losses are expected to top 2 billion dlrs after the hurricane.", [("!", "EARNINGS_DECLINE", "")]),
    # named declines and warnings
    ("Other regional banks have also warned of earnings setbacks.",
     [("EARNINGS_DECLINE", "earnings setbacks", "actual")]),
    ("The agency said the truck maker has experienced earnings weakness.",
     [("EARNINGS_DECLINE", "earnings weakness", "actual")]),
    ("Both steelmakers issued downside guidance this week.", [("EARNINGS_DECLINE", "downside guidance", "actual")]),
    ("The rolling business has faced declining profitability over the last three years.",
     [("EARNINGS_DECLINE", "declining profitability", "actual")]),
    ("The retailer issued a grim outlook for the coming year.", [("EARNINGS_DECLINE", "grim outlook", "actual")]),
    ("Economists gave a grim outlook for the economy this year.", [("!", "EARNINGS_DECLINE", "")]),
    ("The trust said 1987 net will fall short of the record set in 1986.",
     [("EARNINGS_DECLINE", "fall short", "actual")]),
    # a tax rate brought down, another income line, a person's income
    ("He said the top rate of income and corporate tax should be brought down to 49 pct.",
     [("!", "EARNINGS_DECLINE", "")]),
    ("Other income also dropped in the quarter on lower interest rates.", [("!", "EARNINGS_DECLINE", "")]),
    ("The effective tax rate on your other income also drops, the adviser said.", [("!", "EARNINGS_DECLINE", "")]),
    # 'slid', and an estimate of the period's losses (the warning is actual, the loss hypothetical)
    ("Operating earnings slid 8 pct in the quarter on weaker freight rates.",
     [("EARNINGS_DECLINE", "earnings slid", "actual")]),
    ("Corwin Steel said it estimated first quarter losses at about 3 mln dlrs.",
     [("EARNINGS_DECLINE", "estimated first quarter losses", "actual"), ("NET_LOSS", "losses", "hypothetical")]),
    ("The estimated loss for the year will be about the same as last year's.", [("!", "EARNINGS_DECLINE", "")]),
    # IMPAIRMENT_WRITEDOWN: a currency's fall in value is no write-down; a securities write-down stays
    ("The notes carry a hedge against a decline in value of the Canadian dollar.", [("!", "IMPAIRMENT_WRITEDOWN", "")]),
    ("Net includes a provision for decline in value of marketable securities.",
     [("IMPAIRMENT_WRITEDOWN", "decline in value", "actual")]),
    # CREDIT_LOSS_PROVISION: a central bank adding reserves to the banking system is monetary policy
    ("The Federal Reserve was slow in adding reserves to the banking system and has tightened credit.",
     [("!", "CREDIT_LOSS_PROVISION", "")]),
    ("The bank set aside 90 mln dlrs in reserves against its Latin American loans.",
     [("CREDIT_LOSS_PROVISION", "set aside", "actual")]),
    # DIVIDEND_CUT: a dividend in default (not debt), a lowered dividend with its period between, a decision against
    ("The research firm defaulted on dividends to preferred holders on January 31.",
     [("DIVIDEND_CUT", "defaulted on dividends", "actual")]),
    ("Holders may elect two directors because of a dividend payment default on the preferred stock.",
     [("DIVIDEND_CUT", "dividend payment default", "actual")]),
    ("The trust said its dividend for the second quarter will be lower than the present 26 cts.",
     [("DIVIDEND_CUT", "dividend for the second quarter will be lower", "actual")]),
    ("The board decided against paying a final dividend for the year.",
     [("DIVIDEND_CUT", "decided against paying a final dividend", "actual")]),
    ("The parent said dividend income from its units will be lower this year.", [("!", "DIVIDEND_CUT", "")]),
    ("Redeeming the preferred shares would eliminate dividend arrearages of 200,000 dlrs.",
     [("!", "DIVIDEND_CUT", "arrearages")]),
    ("Commercial banks are adding billions of dollars in reserves against their Latin American loans.",
     [("CREDIT_LOSS_PROVISION", "adding billions of dollars in reserves", "actual")]),
    # a consensus estimate missed, named by its source; a guidance cut with a long run of measure words
    ("Harbor Labs reported $0.27 EPS for the quarter, missing the Thomson Reuters' consensus estimate of $0.31.",
     [("EARNINGS_DECLINE", "missing the Thomson Reuters' consensus estimate", "actual")]),
    ("Harbor Labs reported $0.35 EPS for the quarter, topping the Zacks' consensus estimate of $0.31.",
     [("!", "EARNINGS_DECLINE", "")]),
    ("Weak sales abroad have forced the group to lower its 1987 pre-tax profit forecast by 100 mln crowns.",
     [("EARNINGS_DECLINE", "lower its 1987 pre-tax profit forecast", "actual")]),
    ("The brewer cut its full-year 2019 underlying operating profit forecast.",
     [("EARNINGS_DECLINE", "cut its full-year 2019 underlying operating profit forecast", "actual")]),
    ("The group will cut costs to meet its profit target.", [("!", "EARNINGS_DECLINE", "")]),
    # NET_LOSS: a money-losing company, unit or period
    ("The retailer has posted a string of money-losing quarters since the spin-off.",
     [("NET_LOSS", "money-losing", "actual")]),
    # a bank's fixed-income line, gross income, retained earnings and an economist's market view are no company decline
    ("Equities and fixed-income reported an 18% decline in revenues from a year earlier.",
     [("!", "EARNINGS_DECLINE", "")]),
    ("The irrigator had a 46 per cent decline in gross income last financial year.", [("!", "EARNINGS_DECLINE", "")]),
    ("The investment firm forecasts a $24.5m decline in retained earnings.", [("!", "EARNINGS_DECLINE", "")]),
    ("The chief markets economist expects stocks to lose 16 per cent as earnings fall short of expectations.",
     [("!", "EARNINGS_DECLINE", "")]),
    # NET_LOSS: a loss from discontinued operations is that type's item, the net loss that includes it stays
    ("NOTE: 1985 net excludes 32 ct shr loss from discontinued operations.", [("!", "NET_LOSS", "")]),
    ("NOTE: 1986 net loss includes loss of 1.4 mln dlrs or 28 cts a share from discontinued operations.",
     [("NET_LOSS", "net loss", "actual")]),
    # DIVIDEND_CUT referred back, with the dividend named within a sentence; not a trading suspension
    ("Holmwood Corp said it has suspended quarterly dividend payments on its preferred stock. "
     "The suspension affects the June 15 payment.", [("DIVIDEND_CUT", "The suspension", "actual")]),
    ("Holmwood Corp omitted its dividend last month. It said the payments were suspended because of covenants "
     "in its loan agreements.", [("DIVIDEND_CUT", "payments were suspended", "actual")]),
    ("The company will announce its dividend on Friday. The suspension of trading in its shares was lifted today.",
     [("!", "DIVIDEND_CUT", "suspension")]),
]


@pytest.mark.parametrize("text,expected", CASES, ids=[c[0][:50] for c in CASES])
def test_results_rules7(extract, text, expected):
    assert_events(extract(text), expected)
