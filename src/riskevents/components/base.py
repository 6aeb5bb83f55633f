"""Base class of the rule components: rules come from pattern files at initialize time and are saved with the
pipeline (``nlp.to_disk``) so that a saved pipeline loads again without the repository."""

from __future__ import annotations

from typing import Any, Callable, Iterable

import numpy
from spacy import util
from spacy.language import Language
from spacy.pipeline import Pipe


class RuleComponent(Pipe):
    """Subclasses implement ``set_rules(rules)``; the rules (dicts from patterns/) are what is serialized."""

    def __init__(self, nlp: Language, name: str) -> None:
        self.nlp = nlp
        self.name = name
        self.rules: list[dict[str, Any]] = []

    def initialize(self, get_examples: Callable[[], Iterable[Any]] | None = None, *, nlp: Language | None = None,
                   patterns: list[dict[str, Any]] | None = None) -> None:
        self.set_rules(list(patterns or []))

    def set_rules(self, rules: list[dict[str, Any]]) -> None:  # pragma: no cover - abstract
        raise NotImplementedError

    def _store(self, rules: list[dict[str, Any]]) -> None:
        self.rules = [dict(r) for r in rules]

    def to_bytes(self, *, exclude: Iterable[str] = tuple()) -> bytes:
        return util.srsly.msgpack_dumps({"rules": self.rules})

    def from_bytes(self, data: bytes, *, exclude: Iterable[str] = tuple()) -> "RuleComponent":
        self.set_rules(util.srsly.msgpack_loads(data)["rules"])
        return self

    def to_disk(self, path: Any, *, exclude: Iterable[str] = tuple()) -> None:
        path = util.ensure_path(path)
        path.mkdir(parents=True, exist_ok=True)
        util.srsly.write_jsonl(path / "rules.jsonl", self.rules)

    def from_disk(self, path: Any, *, exclude: Iterable[str] = tuple()) -> "RuleComponent":
        path = util.ensure_path(path)
        self.set_rules(list(util.srsly.read_jsonl(path / "rules.jsonl")))
        return self


def key_positions(values: "numpy.ndarray", sorted_keys: "numpy.ndarray") -> tuple["numpy.ndarray", "numpy.ndarray"]:
    """For each value, its position in ``sorted_keys`` (a non-empty sorted array) and whether it is there, by binary
    search: ``numpy.isin`` sorts both arrays on every call, which costs more than a Python loop over a short Doc."""
    pos = numpy.searchsorted(sorted_keys, values)
    pos[pos == len(sorted_keys)] = 0
    return pos, sorted_keys[pos] == values


def is_in(values: "numpy.ndarray", sorted_keys: "numpy.ndarray") -> "numpy.ndarray":
    """``numpy.isin(values, sorted_keys)`` for hash arrays (uint64) and a sorted key array (see ``key_positions``)."""
    if not len(sorted_keys):
        return numpy.zeros(len(values), dtype=bool)
    return key_positions(values, sorted_keys)[1]
