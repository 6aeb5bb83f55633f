"""The helpers behind the rule components' speed-ups give exactly what the slower forms gave."""

from __future__ import annotations

import re

import numpy
import pytest

from riskevents.components.base import is_in
from riskevents.components.entity_rules import first_chars

TEXT = ("Net loss 3.4 mln dlrs vs profit (1.1) mln; Q3 1987, the first quarter, $5 billion, 12 pct, "
        "fiscal '87, twenty-eight, 1980s, 'the ABC Co.', (NYSE: XYZ) <ACME> \u00a35m, \u2212 4 %, i\u0307 \u212a K")


@pytest.mark.parametrize("pattern, flags", [
    (r"\b(?P<ord>first|second|third)[ \t\-]+quarter", re.I),
    (r"(?<![\w$.])(?P<open>\()?(?P<sign>[-\u2212])?(?P<num>\d+(?:\.\d+)?)(?P<close>\))?[ \t]?(?:mln|pct)", re.I),
    (r"(?:(?P<dec>(?:1[89]|20)\d0)s|(?P<apos>['\u2019])(?P<d2>\d0)s)", 0),
    (r"\((?P<ex>NYSE|Nasdaq)[ \t]*:?[ \t]*(?P<sym>[A-Z]+)\)|<(?P<sym2>[A-Z]+)>", 0),
    (r"(?P<cur>(?-i:\$|US\$|RM))[ \t]?\d", re.I),
    (r"\s*k", re.I),
    (r"[^a]b", 0),
    (r"x?", 0),
])
def test_first_chars_never_misses_a_match(pattern: str, flags: int) -> None:
    rx = re.compile(pattern, flags)
    first = first_chars(rx)
    starts = {m.start() for pos in range(len(TEXT)) if (m := rx.match(TEXT, pos))}
    if first is None:
        return  # no filter: every position is tried
    for s in starts:
        assert TEXT[s] in first or TEXT[s] > "\x7f", (pattern, TEXT[s])


def test_first_chars_unknown_for_patterns_that_match_anything() -> None:
    assert first_chars(re.compile(r"x?")) is None
    assert first_chars(re.compile(r"[^a]b")) is None
    assert first_chars(re.compile(r"(?i)q\d")) == frozenset("qQ")


def test_is_in_equals_numpy_isin() -> None:
    rng = numpy.random.default_rng(0)
    keys = numpy.unique(rng.integers(0, 2**63, 50, dtype="uint64"))
    values = numpy.concatenate([keys[::3], rng.integers(0, 2**63, 200, dtype="uint64"), keys[-1:]])
    assert (is_in(values, keys) == numpy.isin(values, keys)).all()
    assert not is_in(values, numpy.array([], dtype="uint64")).any()
    assert is_in(numpy.array([], dtype="uint64"), keys).shape == (0,)
