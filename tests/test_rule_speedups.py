"""The helpers behind the rule components' speed-ups give exactly what the slower forms gave."""

from __future__ import annotations

import numpy
import pytest

from riskevents.components.base import is_in


def test_is_in_equals_numpy_isin() -> None:
    rng = numpy.random.default_rng(0)
    keys = numpy.unique(rng.integers(0, 2**63, 50, dtype="uint64"))
    values = numpy.concatenate([keys[::3], rng.integers(0, 2**63, 200, dtype="uint64"), keys[-1:]])
    assert (is_in(values, keys) == numpy.isin(values, keys)).all()
    assert not is_in(values, numpy.array([], dtype="uint64")).any()
    assert is_in(numpy.array([], dtype="uint64"), keys).shape == (0,)


GAP_TEXTS = [
    "The agency cut the senior debt of the company to Baa-1 from A-2 on Tuesday.",
    "It lowered the rating on two issues of Smith Corp's subordinated debt.",
    "It cut debt.",  # an empty gap
    # the gap longer than {0,6} allows: no match with the original pattern either
    "It cut its outlook for the coming year by a wide margin because of weak sales of its debt",
    "It cut costs; debt rose.",  # the gap may not cross a semicolon
    "Agency lowers debt and it cuts the bonds of two units and the notes of three more.",
]


@pytest.mark.parametrize("op", ["{0,6}", "{2,6}", "{1,3}", "{,4}"])
@pytest.mark.parametrize("text", GAP_TEXTS)
def test_one_gap_run_as_star_gives_the_same_matches(op: str, text: str) -> None:
    import spacy
    from spacy.matcher import Matcher

    from riskevents.components.event_rules import _one_gap_as_star

    nlp = spacy.blank("en")
    pattern = [{"LOWER": {"IN": ["it", "agency"]}}, {"LOWER": {"IN": ["cut", "cuts", "lowered", "lowers"]}},
               {"ORTH": {"NOT_IN": [".", ";"]}, "OP": op}, {"LOWER": {"IN": ["debt", "bonds", "notes"]}}]
    doc = nlp(text)
    slow = Matcher(nlp.vocab)
    slow.add("r", [pattern])
    cheap, bounds = _one_gap_as_star(pattern)
    assert bounds is not None and cheap[2]["OP"] == "*"
    fast = Matcher(nlp.vocab)
    fast.add("r", [cheap])
    expected = sorted({(s, e) for _, s, e in slow(doc)})
    got = sorted({(s, e) for _, s, e in fast(doc) if bounds[0] <= e - s <= bounds[1]})
    assert got == expected


@pytest.mark.parametrize("pattern", [
    [{"LOWER": "net"}, {"OP": "?"}, {"LOWER": "loss"}],  # no {n,m} gap
    [{"LOWER": "a"}, {"OP": "{0,3}"}, {"LOWER": "b", "OP": "?"}, {"LOWER": "c"}],  # two variable parts
    [{"LOWER": "a"}, {"OP": "{2,}"}, {"LOWER": "c"}],  # unbounded
    [{"LOWER": "a"}, {"OP": "{2}"}, {"LOWER": "c"}],  # fixed length
])
def test_other_patterns_are_left_as_written(pattern: list) -> None:
    from riskevents.components.event_rules import _one_gap_as_star

    assert _one_gap_as_star(pattern) == (pattern, None)
