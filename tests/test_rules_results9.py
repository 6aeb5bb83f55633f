"""Results event rules, ninth round: ways of writing found in the errors of the fourth (blind) gold batch's dev part and
checked on unannotated non-test Reuters and FinCausal text: a profit line referred back to as a 'figure', passive
'depressed' profits, a period warned to be 'off from last year's', British bank provisions lines and a provisioning
charge 'against profits', paper (unrealised) losses, abandoning a business named with several words, and a loss on a
disposal that is no net loss. Same row format as tests/test_event_rules.py: ("!", TYPE, "") means TYPE must not fire at
all, ("!", TYPE, word) that no TYPE trigger contains word.
"""

from __future__ import annotations

import pytest

from conftest import assert_events

CASES = [
    # a profit line referred back to as a 'figure'
    ("Halvorsen Kemi said pre-tax profit fell 12 pct. The pre-tax figure dropped to 410 mln crowns from 466 mln.",
     [("EARNINGS_DECLINE", "figure dropped", "actual")]),
    ("Group net profit was 88 mln marks. The net figure declined from 97 mln a year earlier.",
     [("EARNINGS_DECLINE", "net figure declined", "actual")]),
    # ... not a trade or sales figure
    ("The ministry said the trade figure fell to a deficit of 200 mln dlrs in March.", [("!", "EARNINGS_DECLINE", "")]),
    ("Retail sales rose in May. The figure fell in June, the bureau said.", [("!", "EARNINGS_DECLINE", "")]),
    # passive 'depressed' / 'dented' profits
    ("Orlan Chemicals said 1986 profits had been depressed by heavy plant start-up costs.",
     [("EARNINGS_DECLINE", "profits had been depressed", "actual")]),
    ("The brewer said earnings were sharply depressed in the second half.",
     [("EARNINGS_DECLINE", "earnings were sharply depressed", "actual")]),
    # ... not impact wording the guide leaves out, nor a depressed market
    ("The brewer said earnings were hurt by marketing expenses.", [("!", "EARNINGS_DECLINE", "")]),
    ("Prices have been depressed by oversupply, the company said.", [("!", "EARNINGS_DECLINE", "")]),
    # a period warned to be 'off from last year's'
    ("Vantor Systems said its second quarter, ending June 30, will be off from last year's second quarter.",
     [("EARNINGS_DECLINE", "will be off from last", "actual")]),
    # ... not sales or a spin-off
    ("Shipments in the quarter will be off from last year's levels, the mill said.", [("!", "EARNINGS_DECLINE", "")]),
    ("The unit was spun off from the parent last year.", [("!", "EARNINGS_DECLINE", "")]),
    # British bank provisions lines, the bad-debt context in the sentence before
    ("Carrick Bank raised its bad and doubtful debt provisions to 300 mln stg. "
     "New specific provisions rose by 60 mln stg in the year.",
     [("CREDIT_LOSS_PROVISION", "specific provisions", "actual")]),
    ("The bank wrote off 40 mln of bad debts. A further 12 mln was allotted for general provisions.",
     [("CREDIT_LOSS_PROVISION", "general provisions", "actual")]),
    # ... not a law's general provisions, nor a transfer inside the reserve
    ("The bill amends the general provisions of the tax code, the bank said.", [("!", "CREDIT_LOSS_PROVISION", "")]),
    ("Bad debt provisions stood at 90 mln stg. Some 20 mln stg were transferred from the general risk provision.",
     [("!", "CREDIT_LOSS_PROVISION", "general risk provision")]),
    # a provisioning charge against profits, the provisions in the sentence before
    ("The bank increased its bad debt provisions sharply. In all, a 95 mln stg charge was made against profits "
     "for the year.", [("CREDIT_LOSS_PROVISION", "charge", "actual")]),
    # ... not another charge against earnings
    ("The utility said the plant cost overrun will result in a charge against earnings of 177 mln dlrs.",
     [("!", "CREDIT_LOSS_PROVISION", "")]),
    # paper (unrealised) losses on a holding
    ("The stake purchase has left the fund with paper losses of 2 billion dlrs.",
     [("IMPAIRMENT_WRITEDOWN", "paper losses", "actual")]),
    ("Revenues include an unrealized loss on equity securities of 59,000 dlrs.",
     [("IMPAIRMENT_WRITEDOWN", "unrealized loss", "actual")]),
    ("A weaker dollar could give insurers unrealised losses on their foreign bonds.",
     [("IMPAIRMENT_WRITEDOWN", "unrealised losses", "hypothetical")]),
    # abandoning a business named with several words
    ("Tollan Group said it is abandoning its North Sea drilling supply operations.",
     [("DISCONTINUED_OPERATIONS", "abandoning its North Sea drilling supply operations", "actual")]),
    ("Tollan Group said it is not abandoning its North Sea drilling supply operations.",
     [("DISCONTINUED_OPERATIONS", "abandoning", "negated")]),
    ("The company abandoned its plan to expand the chemicals business.", [("!", "DISCONTINUED_OPERATIONS", "")]),
    # a loss on a disposal is a named item, the quarter's loss is the NET_LOSS
    ("Marden Foods posted a first-quarter loss of 4 mln dlrs, including a 6 mln dlr pretax loss from the "
     "disposal of 12 stores.", [("NET_LOSS", "quarter loss", "actual"), ("!", "NET_LOSS", "pretax")]),
    ("The company reported a loss on the sale of its trucking unit.", [("!", "NET_LOSS", "")]),
    # ... while a loss 'on sales of' (revenue) stays a net loss
    ("Perrin Corp posted a net loss of 1.2 mln dlrs on sales of 14 mln dlrs.", [("NET_LOSS", "net loss", "actual")]),
]


@pytest.mark.parametrize("text,expected", CASES, ids=[c[0][:50] for c in CASES])
def test_results_rules9(extract, text, expected):
    assert_events(extract(text), expected)
