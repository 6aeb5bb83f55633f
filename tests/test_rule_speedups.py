"""The helpers behind the rule components' speed-ups give exactly what the slower forms gave."""

from __future__ import annotations

import numpy

from riskevents.components.base import is_in


def test_is_in_equals_numpy_isin() -> None:
    rng = numpy.random.default_rng(0)
    keys = numpy.unique(rng.integers(0, 2**63, 50, dtype="uint64"))
    values = numpy.concatenate([keys[::3], rng.integers(0, 2**63, 200, dtype="uint64"), keys[-1:]])
    assert (is_in(values, keys) == numpy.isin(values, keys)).all()
    assert not is_in(values, numpy.array([], dtype="uint64")).any()
    assert is_in(numpy.array([], dtype="uint64"), keys).shape == (0,)
