"""Sentence splitter for press-release and wire shape.

Boundaries come from the layout blocks (headline, dateline, headings, paragraphs, bullet items, table rows: each
starts a sentence) and, inside prose blocks, from sentence-final punctuation followed by a capital, a digit or a
quote, except after an abbreviation ("Inc.", "Calif.", "Dec.", initials) unless the next word is a typical sentence
start ("The", "It", ...). Abbreviations and sentence starters are data (``patterns/sentences.jsonl``).
All work is regexes over the text and one vectorized write of SENT_START.
"""

from __future__ import annotations

import re
from typing import Any

import numpy
from spacy.attrs import IDX, SENT_START
from spacy.language import Language
from spacy.tokens import Doc

from ..layout import Block, blocks_of, compute_blocks, text_of
from ..patterns import rules_of_kind
from .base import RuleComponent

_SPLIT = re.compile(r"[.!?]+[\"'\u201d\u2019)\]]*(\s+)(?=[\"'\u201c\u2018(\[]?[A-Z0-9$\\\u00a3\u20ac])")
_INITIAL = re.compile(r"(?:[A-Z]\.)+")


class SentenceSplitter(RuleComponent):
    def __init__(self, nlp: Language, name: str = "riskevents_sentences") -> None:
        super().__init__(nlp, name)
        self.abbreviations: set[str] = set()
        self.starters: set[str] = set()

    def set_rules(self, rules: list[dict[str, Any]]) -> None:
        self._store(rules)
        self.abbreviations = {s.lower() for r in rules_of_kind(rules, "abbreviation") for s in r["surface"]}
        self.starters = {s for r in rules_of_kind(rules, "sentence_starter") for s in r["surface"]}

    def boundaries(self, text: str, blocks: list[Block] | None = None) -> list[int]:
        """Character offsets where sentences start (always including the first block)."""
        starts: list[int] = []
        for block in compute_blocks(text) if blocks is None else blocks:
            starts.append(block.start)
            if block.kind not in ("para", "bullet"):
                continue
            for m in _SPLIT.finditer(text, block.start, block.end):
                after = m.end()
                if after >= block.end:
                    continue
                word_start = text.rfind(" ", block.start, m.start()) + 1
                word_start = max(word_start, text.rfind("\n", block.start, m.start()) + 1, block.start)
                word = text[word_start:m.start(1)].rstrip("\"'\u201d\u2019)]")
                if word.endswith(".") and self._is_abbreviation(word):
                    nxt = text[after:after + 20].split(maxsplit=1)
                    if not nxt or nxt[0].strip("\"'\u201c\u2018(") not in self.starters:
                        continue
                starts.append(after)
        return starts

    def _is_abbreviation(self, word: str) -> bool:
        w = word.lower().lstrip("(\"'\u201c")
        return w in self.abbreviations or bool(_INITIAL.fullmatch(word.lstrip("(\"'\u201c")))

    def __call__(self, doc: Doc) -> Doc:
        if len(doc) == 0:
            return doc
        error_handler = self.get_error_handler()
        try:
            starts = self.boundaries(text_of(doc), blocks_of(doc))
            idx = doc.to_array([IDX]).reshape(-1)
            values = numpy.full(len(doc), -1, dtype="int64")
            values[0] = 1
            if starts:
                tok = numpy.searchsorted(idx, numpy.asarray(starts, dtype=idx.dtype), side="left")
                tok = tok[tok < len(doc)]
                values[tok] = 1
            doc.from_array([SENT_START], values.reshape(-1, 1).astype("uint64"))
            return doc
        except Exception as e:
            error_handler(self.name, self, [doc], e)
            return doc


@Language.factory("riskevents_sentences", assigns=["token.is_sent_start"], default_config={})
def make_sentence_splitter(nlp: Language, name: str) -> SentenceSplitter:
    return SentenceSplitter(nlp, name)
