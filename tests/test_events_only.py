"""Runs that want only events (``extract`` without ``--entities``): the entity rules skip the Docs in which no event
rule can fire, and the events are exactly those of a run with entities."""

from __future__ import annotations

import json

import pytest

from conftest import shared_file
from riskevents import Document, process_document
from riskevents import extensions as ext
from riskevents.components.event_rules import _SCAN
from riskevents.extract import _make_doc

TEXTS = [
    # no event: nothing can fire, entities are skipped
    ("Wheat prices rose 3 pct on Tuesday to 2.85 dlrs a bushel in Chicago.", False),
    ("The central bank set the discount rate at 5.5 pct on March 3, 1987.", False),
    # phrase rules
    ("Acme Corp reported a net loss of 12.5 mln dlrs for the first quarter.", True),
    ("Borden Inc said it will close two plants and lay off 300 workers by June 1987.", True),
    # token rules that look at entities (an ORG after the verb, a MONEY amount before "losses")
    ("Harlan Industries said it bought Tessaro Corp for 40 mln dlrs in cash.", True),
    ("The bank piled up 1.6 billion dlrs in losses last year.", True),
    # a word a rule needs, but no rule fires: the entities are skipped, and no event is lost
    ("Sales of the new model rose 12 pct to 4.1 mln units in the year to June.", None),
]


def _rows(result):
    return [r.to_row() for r in result.events]


@pytest.mark.parametrize("text,has_events", TEXTS)
def test_events_are_the_same_without_entities(nlp, text, has_events):
    full = process_document(nlp, Document("d", text))
    events_only = process_document(nlp, Document("d", text), entities=False)
    assert _rows(events_only) == _rows(full)
    assert full.entities, "every text here has an amount, a percent or a date"
    if has_events is not None:
        assert bool(full.events) == has_events
    if not full.events:
        # the entity rules were skipped where no event could be built from them
        doc = _make_doc(nlp, text, 0, None)
        doc.user_data[ext.ENTITY_OUTPUT] = False
        doc = nlp.get_pipe("riskevents_event_rules")(nlp.get_pipe("riskevents_entity_rules")(
            nlp.get_pipe("riskevents_sections")(nlp.get_pipe("riskevents_lemmatizer")(
                nlp.get_pipe("riskevents_sentences")(doc)))))
        if not doc.user_data[ext.EVENTS_POSSIBLE]:
            assert events_only.entities == [] and len(doc.ents) == 0
        assert _SCAN not in doc.user_data  # the event rules' scratch is not left in the Doc


@pytest.mark.parametrize("text,possible", [
    ("Wheat prices rose 3 pct on Tuesday.", False),
    ("Acme Corp reported a net loss of 12.5 mln dlrs.", True),
    ("Harlan Industries said it bought Tessaro Corp.", True),  # only an entity rule can match: it counts
    ("", False),
])
def test_can_fire(nlp, text, possible):
    doc = nlp.make_doc(text)
    for name in ("riskevents_sentences", "riskevents_lemmatizer"):
        doc = nlp.get_pipe(name)(doc)
    assert nlp.get_pipe("riskevents_event_rules").can_fire(doc) is possible


def test_chunks_of_a_long_document_keep_their_entities(nlp):
    """A chunk defines terms for the chunks after it ("Tessaro Funding Corporation (TFC)"): it is never skipped."""
    filler = "Wheat prices rose on Tuesday in quiet trading.\n\n" * 80
    text = ("Tessaro Funding Corporation (\"TFC\") is a unit of Harlan Industries.\n\n" + filler +
            "TFC reported a net loss of 3 mln dlrs.\n")
    full = process_document(nlp, Document("d", text), chunk_chars=1500)
    events_only = process_document(nlp, Document("d", text), chunk_chars=1500, entities=False)
    assert _rows(events_only) == _rows(full)
    assert any("TFC" in r["organizations"] for r in _rows(full))


def test_events_only_matches_full_run_on_reuters(nlp):
    path = shared_file("reuters21578-train.jsonl")
    skipped = 0
    with path.open(encoding="utf-8") as fh:
        for i, line in zip(range(300), fh):
            row = json.loads(line)
            doc = Document(str(row.get("id", i)), row["text"])
            full = process_document(nlp, doc)
            events_only = process_document(nlp, doc, entities=False)
            assert _rows(events_only) == _rows(full), doc.id
            skipped += bool(full.entities) and not events_only.entities
    assert skipped > 50  # most ordinary stories have amounts or dates but no event
