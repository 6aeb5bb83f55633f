"""Docs made by the pipeline can be saved and read back with their records (Doc.to_bytes, DocBin)."""

from __future__ import annotations

import pytest
from spacy.tokens import Doc, DocBin

from riskevents import extensions as ext
from riskevents.layout import CACHE_KEY, blocks_of

TEXTS = [
    "Halvorsen Marine Inc said it filed for Chapter 11 protection on Monday.\n\n"
    "It posted a net loss of 5.2 mln dlrs for the quarter and omitted its dividend.",
    "NET LOSS WIDENS AT TREMONT\n\nTremont Finance Corp said it may not be able to continue as a going concern.",
    "Sales rose 4 pct in the quarter.",
]


@pytest.fixture(scope="module")
def docs(nlp):
    return [nlp(t) for t in TEXTS]


def _state(doc: Doc):
    return (doc.text, [(e.text, e.label_) for e in doc.ents], list(doc._.get(ext.EVENTS)),
            list(doc._.get(ext.ENTITIES)), list(doc._.get(ext.SECTIONS)), list(doc.user_data.get(CACHE_KEY)))


def test_a_doc_round_trips_with_its_records(nlp, docs):
    assert any(doc._.get(ext.EVENTS) for doc in docs)  # the texts do give records
    for doc in docs:
        back = Doc(nlp.vocab).from_bytes(doc.to_bytes())
        assert _state(back) == _state(doc)
        assert blocks_of(back) == blocks_of(doc)


def test_a_docbin_round_trips_with_its_records(nlp, docs):
    data = DocBin(store_user_data=True, docs=docs).to_bytes()
    back = list(DocBin().from_bytes(data).get_docs(nlp.vocab))
    assert [_state(d) for d in back] == [_state(d) for d in docs]


def test_other_objects_are_still_refused(nlp):
    doc = nlp("Acme Corp cut 40 jobs.")
    doc.user_data["someone.else"] = object()
    with pytest.raises(TypeError):
        doc.to_bytes()
