"""Status, eleventh round: general ways news and legal prose leave an event unasserted, found in the fourth gold
batch's status errors and searched for in unannotated non-test text (patterns/context.jsonl hypothetical.123/.124,
conditional.008, negation.034's scope; the event builder's reading of a verb trigger as no definite noun phrase).
Sentences written for the tests; each family has rows that must keep their status."""

import pytest

from conftest import assert_events

CASES = [
    # what an act makes possible has not happened (hypothetical.123); a definite deal it clears is a known one
    ("The chairman's exit clears the way for the company to sell the retail business to a rival.",
     [("ASSET_SALE", "sell the retail business", "hypothetical")]),
    ("Analysts said the ruling paves the way for a takeover of the chain.",
     [("ACQUISITION", "takeover", "hypothetical")]),
    ("The vote cleared the way for the merger of the two banks, completed today.",
     [("ACQUISITION", "merger", "actual")]),
    # a measure that would allow or force a party to act, past the party named in between (hypothetical.124)
    ("Congress passed a bill that would allow about 3,000 farm lenders to write off loan losses over ten years.",
     [("CREDIT_LOSS_PROVISION", "loan losses", "hypothetical")]),
    ("The new rule would force the heavily indebted Ostrava unit to sell its shipping fleet.",
     [("ASSET_SALE", "sell its shipping fleet", "hypothetical")]),
    ("Korvia said it sold its shipping fleet to Dalton for 40 mln dlrs.",
     [("ASSET_SALE", "sold its shipping fleet", "actual")]),
    # acting to block a party from taking control: the control is not taken (hypothetical.126); a definite deal
    # that is blocked, and a launched bid, exist
    ("Dalton filed a lawsuit to block Korvia from taking control of the mill.",
     [("ACQUISITION", "taking control", "hypothetical")]),
    ("Shareholders sued to block the merger of the two banks.", [("ACQUISITION", "merger", "actual")]),
    # a capitalized 'Where' opens a condition of legal and tax prose (conditional.008)
    ("Where a trader makes a qualifying disposal of the business, relief may be available on the gain.",
     [("ASSET_SALE", "disposal", "hypothetical")]),
    # talks ended with a party whose full name and ticker stand between the talks and the deal (negation.034)
    ("Korvia said it had ended talks with Dalton Industries Co Plc <DALT> about the possible sale of its pipeline "
     "assets.", [("ASSET_SALE", "sale of its pipeline", "negated")]),
]


@pytest.mark.parametrize("text,expected", CASES)
def test_status11(extract, text, expected):
    assert_events(extract(text), expected)
