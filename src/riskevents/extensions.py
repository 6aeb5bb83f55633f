"""Custom Doc attributes set by the riskevents components (registered once, on import)."""

from __future__ import annotations

from spacy.tokens import Doc

from . import serialization  # noqa: F401  (Docs with these attributes can be saved: registers msgpack encoders)

SECTIONS = "riskevents_sections"  # list[Section]: (start_char, end_char, kind, title)
ENTITIES = "riskevents_entities"  # list[EntityRecord] (doc_id empty until the driver sets it)
EVENTS = "riskevents_events"  # list[EventRecord]
TRIGGERS = "riskevents_triggers"  # key of doc.spans holding the event trigger spans (label = type, id = rule)

# doc.user_data keys the driver sets for a chunk of a long document, and the terms a chunk defined
CHUNK_CONTEXT = "riskevents.chunk_context"  # {"before_text": str, "after_text": str, "defined_terms": [[abbr, label, name]]}
DEFINED_TERMS = "riskevents.defined_terms"

# doc.user_data keys for runs that want only events (``extract`` without ``--entities``): the driver sets
# ENTITY_OUTPUT to False, and the entity rules then skip a Doc in which no event rule can fire (events use entities
# only as their arguments); EVENTS_POSSIBLE holds the event rules' answer, so that they do not look twice
ENTITY_OUTPUT = "riskevents.entity_output"
EVENTS_POSSIBLE = "riskevents.events_possible"

for _name in (SECTIONS, ENTITIES, EVENTS):
    if not Doc.has_extension(_name):
        Doc.set_extension(_name, default=None)
