"""Results and reorganisation rules, second pass (earnings declines told with a period phrase in between, unit and
prior-period losses, closure costs, consolidations into another site, passive workforce reductions, lowered payouts):
text -> the events expected (type, words in the trigger, status), and distractors that must not fire.

Rows are written for this file, in the way wire copy, results tables and releases state these events. A row lists
the events that must be found; `("!", TYPE, "")` means no event of TYPE may be found in the text.
"""

from __future__ import annotations

import pytest

from conftest import assert_events

CASES = [
    # EARNINGS_DECLINE: the profit noun and its decline split by a period phrase or an aside
    ("Omega Bank said profit for the second quarter ended April 30 fell to 88 mln dlrs from 97 mln.",
     [("EARNINGS_DECLINE", "fell", "actual")]),
    ("The brewer said full-year operating profits, which dropped 6 pct, were hit by higher malt costs.",
     [("EARNINGS_DECLINE", "dropped", "actual")]),
    ("Zeta Motors reported parent net profit of 4.2 billion yen in the half ended May 31, down 38.5 pct from a year earlier.",
     [("EARNINGS_DECLINE", "down 38.5", "actual")]),
    ("The chain earlier reported 1986 earnings of 2,100,000 dlrs or 41 cts a share, down from 2,900,000 dlrs.",
     [("EARNINGS_DECLINE", "down from", "actual")]),
    ("Operating earnings, however, were off about six pct in the period.", [("EARNINGS_DECLINE", "were off", "actual")]),
    ("Kappa Tools said earnings for its fiscal third quarter ended June 28 will be \"substantially lower\" than a year ago.",
     [("EARNINGS_DECLINE", "lower", "actual")]),
    ("The retailer said earnings in the fiscal year ended January 31 will decline sharply.",
     [("EARNINGS_DECLINE", "will decline", "actual")]),
    ("Net profit in 1986 was hit by the dollar, which fell to an average 2.46 guilders.", [("!", "EARNINGS_DECLINE", "")]),
    ("The credit is paid only where income is below a certain threshold.", [("!", "EARNINGS_DECLINE", "")]),
    # distractors: a sales or price figure owns the decline; rises; bank revenue lines; macro profits; share prices
    ("Net income rose 9 pct to 31 mln dlrs, while sales fell 2 pct.", [("!", "EARNINGS_DECLINE", "")]),
    ("Net income was 6 mln dlrs on sales of 52 mln dlrs, down 7 pct from a year ago.", [("!", "EARNINGS_DECLINE", "")]),
    ("Net interest income fell to 210 mln dlrs from 236 mln as margins narrowed.", [("!", "EARNINGS_DECLINE", "")]),
    ("Profits of small manufacturers dropped 11 pct in the quarter, the ministry's survey showed.",
     [("!", "EARNINGS_DECLINE", "")]),
    ("The insurer, which will announce its annual profit and dividend on Friday, fell 12 marks to 410.",
     [("!", "EARNINGS_DECLINE", "")]),
    ("The refiner earned 3.1 mln dlrs in the quarter, when crude prices fell sharply.", [("!", "EARNINGS_DECLINE", "")]),
    # NET_LOSS: partnership table lines, the prior-period loss, a warning of a loss
    ("Unit loss 1.14 dlrs vs profit 22 cts", [("NET_LOSS", "Unit loss", "actual")]),
    ("The chipmaker returned to profit in the fourth quarter after a year ago loss.", [("NET_LOSS", "year ago loss", "actual")]),
    ("Lambda Cosmetics said heavy launch spending will likely produce a loss for the quarter ending August 31.",
     [("NET_LOSS", "produce a loss", "hypothetical")]),
    # RESTRUCTURING: closure costs, moving a unit into another site
    ("The smelter group set aside 14 mln dlrs for losses and closure costs at its Oregon plant.",
     [("RESTRUCTURING", "closure costs", "actual")]),
    ("The company will consolidate its valve unit into its headquarters plant in Tulsa.",
     [("RESTRUCTURING", "consolidate its valve unit into its headquarters", "actual")]),
    ("The bank will merge its card subsidiary into the parent to cut its loans.", [("!", "RESTRUCTURING", "")]),
    ("The foundry will close in June when its last contract ends.", [("RESTRUCTURING", "foundry will close", "actual")]),
    ("The refinery will be closed for two weeks of maintenance.", [("!", "RESTRUCTURING", "")]),
    ("The refinery was forced to close when rebels cut the main power line.", [("!", "RESTRUCTURING", "")]),
    ("The paper maker said it will cut back operations at its Maine mill.", [("RESTRUCTURING", "cut back operations", "actual")]),
    ("The bank will scale down its operations in Europe.", [("RESTRUCTURING", "scale down its operations", "actual")]),
    ("The nature and scale of the operation means some disruption.", [("!", "RESTRUCTURING", "")]),
    ("The army cut back its operations in the north.", [("!", "RESTRUCTURING", "")]),
    ("The aluminium group said it would mothball the smelter.", [("RESTRUCTURING", "mothball", "actual")]),
    ("The steel unit said it intends to close its Ridgeway Works effective July one.",
     [("RESTRUCTURING", "close its Ridgeway Works", "actual")]),
    ("DELTA ELECTRONICS <DLE> TO CUT COSTS", [("RESTRUCTURING", "CUT COSTS", "actual")]),
    ("Retailers must strive to cut costs in a weak market, the economist said.", [("!", "RESTRUCTURING", "")]),
    ("The company said it will reduce operating expenses by shortening hours and selling some assets.",
     [("RESTRUCTURING", "reduce operating expenses", "actual")]),
    ("The software helps hospitals reduce operating costs.", [("!", "RESTRUCTURING", "")]),
    ("The new chief executive presented a turnaround plan for the loss-making chain.",
     [("RESTRUCTURING", "turnaround plan", "actual")]),
    ("The port cut its turnaround time for container ships.", [("!", "RESTRUCTURING", "")]),
    # LAYOFFS: passive reductions, loss of N jobs, a named site's work force, personnel cuts
    ("When the mine is exhausted the work force will be reduced to about 60 from 140.",
     [("LAYOFFS", "will be reduced", "actual")]),
    ("Accruals were made for the cost of its reduction in its Fresno work force.",
     [("LAYOFFS", "reduction in its Fresno work force", "actual")]),
    ("Workers occupied the plant after the owner decided to close it with the loss of 800 jobs.",
     [("LAYOFFS", "loss of 800 jobs", "actual")]),
    ("The steel group said it would continue to cut personnel in its tube division.",
     [("LAYOFFS", "cut personnel", "actual")]),
    ("The chemicals group plans to dismiss 120 of its workforce at the Dutch plant.",
     [("LAYOFFS", "dismiss 120 of its workforce", "actual")]),
    ("Of the 90 employees at the site, 30 will move and the remaining 60 will have their employment terminated.",
     [("LAYOFFS", "employment terminated", "actual")]),
    ("The film maker will reduce capacity and employment levels at two coating plants.",
     [("LAYOFFS", "employment levels", "actual")]),
    ("Several brokers have made major personnel cutbacks since the crash.", [("LAYOFFS", "personnel cutbacks", "actual")]),
    ("The government aims to reduce unemployment levels next year.", [("!", "LAYOFFS", "")]),
    ("The union said some 700 jobs will go at the yard.", [("LAYOFFS", "700 jobs will go", "actual")]),
    ("The insurer has reduced employment by 20 pct since 1985.", [("LAYOFFS", "reduced employment by", "actual")]),
    ("Economists warned of the loss of 300,000 jobs nationwide if the fee is imposed.", [("!", "LAYOFFS", "")]),
    ("The new contract will see wages cut by 8 pct for the staff of the airline.", [("!", "LAYOFFS", "")]),
    ("The police force was cut back in the budget.", [("!", "LAYOFFS", "")]),
    ("Thomas Cook said it would make some employees redundant.", [("LAYOFFS", "make some employees redundant", "actual")]),
    ("All 2,000 employees of the airline will lose their jobs when it stops flying.", [("LAYOFFS", "lose their jobs", "actual")]),
    ("The 900 hourly workers will be laid off until May 4.", [("LAYOFFS", "laid off", "actual")]),
    # DIVIDEND_CUT: lowered payouts written as adjectives, discontinued preferred dividends
    ("SIGMA REALTY TRUST <SRT> SETS DECREASED PAYOUT", [("DIVIDEND_CUT", "DECREASED PAYOUT", "actual")]),
    ("The agency kept its rating on the preferred, since preferred dividends were discontinued last year.",
     [("DIVIDEND_CUT", "dividends were discontinued", "actual")]),
    ("It discontinued its dividend reinvestment plan discount.", [("!", "DIVIDEND_CUT", "")]),
    ("The trust said it ommitted its regular quarterly dividend.", [("DIVIDEND_CUT", "ommitted", "actual")]),
]


@pytest.mark.parametrize("text,expected", CASES, ids=[c[0][:50] for c in CASES])
def test_results2_rules(extract, text, expected):
    assert_events(extract(text), expected)
