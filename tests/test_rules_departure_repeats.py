"""A successor's verb and the departure it names in a relative clause are one EXECUTIVE_DEPARTURE mention (the guide:
"replacing William Gross who retired" is one mention, the departure verb): exclusions can cover only part of their
match (``trigger`` on an exclude rule)."""

from __future__ import annotations

import pytest

from conftest import assert_events

DEP = "EXECUTIVE_DEPARTURE"

CASES = [
    ("Halden Tools said it named Ruth Amis president, succeeding Carl Obst, who retired in March.",
     [(DEP, "retired", "actual"), ("!", DEP, "succeeding")]),
    ("Porter Bancorp elected Dan Wiles chairman, replacing Alice Rowe, who is retiring at the end of the year.",
     [(DEP, "retiring", "actual"), ("!", DEP, "replacing")]),
    ("Lund Mills named Ivo Pratt chief executive officer to succeed Ned Hale, who resigned last month.",
     [(DEP, "resigned", "actual"), ("!", DEP, "succeed")]),
    # the successor's verb stays the mention when the clause names no departure
    ("Halden Tools said it named Ruth Amis president, succeeding Carl Obst.", [(DEP, "succeeding", "actual")]),
    ("Tamber Corp named Joan Ruiz chief executive, replacing Lee Marr, who was named vice chairman.",
     [("!", DEP, "")]),
]


@pytest.mark.parametrize("text,expected", CASES)
def test_successor_and_departure_are_one_mention(extract, text, expected):
    assert_events(extract(text), expected)


def test_an_exclusion_trigger_needs_a_pattern():
    from riskevents.patterns import PatternError, validate_rule

    with pytest.raises(PatternError, match="trigger"):
        validate_rule({"id": "exclude.x.001", "kind": "exclude", "phrases": ["a b"], "trigger": [0, 1]}, "bad.jsonl", 1)
