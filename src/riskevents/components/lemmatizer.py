"""The lookup lemmatizer of spacy-lookups-data, applied case-insensitively and vectorized.

spaCy's own ``lemmatizer`` in ``lookup`` mode looks each token's exact text up in the ``lemma_lookup`` table, one
token at a time in Python: "LOSSES" in an all-caps wire headline stays "LOSSES", and the per-token loop costs a
quarter of the tokenizer's speed (field notes). This subclass uses the same table (loaded from spacy-lookups-data at
``nlp.initialize()`` and saved with the pipeline), looks up the lowercase form (repeatedly, so that lemmas are
canonical), caches the lemma of each lowercase form (one dict lookup per token), and writes all lemmas of a Doc with one
``Doc.from_array`` call.
"""

from __future__ import annotations

from typing import Optional

import numpy
from spacy.attrs import LEMMA, LOWER
from spacy.errors import Errors
from spacy.language import Language
from spacy.pipeline import Lemmatizer
from spacy.tokens import Doc
from thinc.api import Model


class LowercaseLookupLemmatizer(Lemmatizer):
    def __init__(self, vocab, model: Optional[Model], name: str = "lemmatizer", *, overwrite: bool = False) -> None:
        super().__init__(vocab, model, name, mode="lookup", overwrite=overwrite)
        self._cache: dict[int, int] = {}

    def initialize(self, get_examples=None, *, nlp=None, lookups=None) -> None:  # type: ignore[override]
        super().initialize(get_examples, nlp=nlp, lookups=lookups)
        self._cache = {}

    def from_disk(self, path, *, exclude=tuple()):  # type: ignore[override]
        out = super().from_disk(path, exclude=exclude)
        self._cache = {}
        return out

    def from_bytes(self, bytes_data, *, exclude=tuple()):  # type: ignore[override]
        out = super().from_bytes(bytes_data, exclude=exclude)
        self._cache = {}
        return out

    def lemma_of(self, lower: str) -> str:
        """The table's lemma, applied until it no longer changes (at most 3 times), so that lemmas are canonical:
        the table maps "warnings" -> "warning" but "warning" -> "warn"; here both give "warn"."""
        table = self.lookups.get_table("lemma_lookup")
        lemma = lower
        for _ in range(3):
            nxt = table.get(lemma, lemma)
            if nxt == lemma:
                break
            lemma = nxt
        return lemma

    def lemma_hash(self, lower_hash: int) -> int:
        found = self._cache.get(lower_hash)
        if found is None:
            strings = self.vocab.strings
            found = strings.add(self.lemma_of(strings[lower_hash]))
            self._cache[lower_hash] = found
        return found

    def __call__(self, doc: Doc) -> Doc:
        if not self._validated:
            self._validate_tables(Errors.E1004)
        if len(doc) == 0:
            return doc
        error_handler = self.get_error_handler()
        try:
            # one dict lookup per token (C speed through map); Python only for forms not seen before
            lowers = doc.to_array([LOWER]).reshape(-1).tolist()
            lemmas = list(map(self._cache.get, lowers))
            if None in lemmas:
                lemmas = [h if h is not None else self.lemma_hash(lw) for h, lw in zip(lemmas, lowers)]
            doc.from_array([LEMMA], numpy.array(lemmas, dtype="uint64").reshape(-1, 1))
        except Exception as e:
            error_handler(self.name, self, [doc], e)
        return doc


@Language.factory("riskevents_lemmatizer", assigns=["token.lemma"], default_config={"overwrite": False})
def make_lemmatizer(nlp: Language, name: str, overwrite: bool) -> LowercaseLookupLemmatizer:
    return LowercaseLookupLemmatizer(nlp.vocab, None, name, overwrite=overwrite)
