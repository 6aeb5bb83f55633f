"""riskevents: rule-based extraction of risk and corporate events from news and press releases, on spaCy.

The flow, by module: ``readers`` (any input -> Documents) -> ``pipeline`` (the spaCy pipeline of
``pipelines/press_release.cfg``: tokenizer, sentences, lemmas, sections, entity rules, event rules, event builder)
-> ``records`` (EventRecord, EntityRecord) -> ``writers`` (CSV, JSONL, Parquet). Around it: ``evaluate``,
``review``, ``calibration``, ``report``. ``engines`` only move shards of input through this flow.
"""

from __future__ import annotations

import importlib
from pathlib import Path
from typing import TYPE_CHECKING, Any, Iterable

from .documents import Document, Failure
from .readers import ReadOptions, read_inputs
from .records import ENTITY_COLUMNS, EVENT_COLUMNS, EntityRecord, EventRecord

if TYPE_CHECKING:
    from .extract import extract_documents, process_document
    from .pipeline import load

__version__ = "0.1.0"
__all__ = [
    "load", "extract_frame", "extract_text", "read_inputs", "extract_documents", "process_document", "Document",
    "Failure", "EventRecord", "EntityRecord", "EVENT_COLUMNS", "ENTITY_COLUMNS", "ReadOptions",
]

# Imported on first use: they import spaCy (about a second), which the command's main process never needs (its
# worker processes build the pipeline).
_LAZY = {"load": "pipeline", "extract_documents": "extract", "process_document": "extract"}


def __getattr__(name: str) -> Any:
    module = _LAZY.get(name)
    if module is None:
        raise AttributeError(f"module 'riskevents' has no attribute '{name}'")
    value = getattr(importlib.import_module(f".{module}", __name__), name)
    globals()[name] = value
    return value


def _documents(texts_or_paths: Iterable[str | Path] | str | Path) -> list[Document | Failure]:
    if isinstance(texts_or_paths, (str, Path)):
        texts_or_paths = [texts_or_paths]
    items: list[Document | Failure] = []
    for i, item in enumerate(texts_or_paths):
        if isinstance(item, Path) or (isinstance(item, str) and "\n" not in item and len(item) < 4096
                                      and Path(item).exists()):
            items.extend(read_inputs([item]))
        else:
            items.append(Document(f"text-{i}", str(item)))
    return items


def extract_text(text: str, nlp: Any = None, doc_id: str = "text-0") -> list[EventRecord]:
    """Events of one text (a convenience for notebooks and tests)."""
    from .extract import process_document
    from .pipeline import load

    nlp = nlp or load()
    return process_document(nlp, Document(doc_id, text), entities=False).events


def extract_frame(texts_or_paths: Iterable[str | Path] | str | Path, nlp: Any = None, entities: bool = False) -> Any:
    """A pandas DataFrame of events (or entities) for texts, files or folders; columns as in events.csv."""
    import pandas as pd

    from .extract import extract_documents
    from .pipeline import load

    nlp = nlp or load()
    rows = []
    for result in extract_documents(nlp, _documents(texts_or_paths), entities=entities):
        if isinstance(result, Failure):
            continue
        rows.extend(r.to_row() for r in (result.entities if entities else result.events))
    return pd.DataFrame(rows, columns=ENTITY_COLUMNS if entities else EVENT_COLUMNS)
