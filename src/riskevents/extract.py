"""The extraction flow for one process: Documents -> spaCy pipeline -> records.

Long documents (beyond ``chunk_chars``, which is below spaCy's ``nlp.max_length``) are processed in chunks split at
paragraph boundaries; record offsets are rebased so that they index the whole text, and the running section
(e.g. safe harbor) is carried from one chunk to the next, so records equal those of an unchunked run.
Engines (local worker processes, Dask) call ``extract_documents`` on their shard and hold no extraction logic.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import Iterable, Iterator

from spacy.language import Language
from spacy.tokens import Doc

from . import extensions as ext
from .documents import Document, Failure
from .records import EntityRecord, EventRecord

CHUNK_CHARS = 200_000
_PARA = re.compile(r"\n[ \t]*\n")


@dataclass
class Result:
    document: Document
    events: list[EventRecord] = field(default_factory=list)
    entities: list[EntityRecord] = field(default_factory=list)


def chunk_bounds(text: str, chunk_chars: int = CHUNK_CHARS) -> list[tuple[int, int]]:
    """Split points at blank lines so that every chunk is at most ``chunk_chars`` long where possible."""
    if len(text) <= chunk_chars:
        return [(0, len(text))]
    bounds: list[tuple[int, int]] = []
    start = 0
    while len(text) - start > chunk_chars:
        limit = start + chunk_chars
        cut = None
        for m in _PARA.finditer(text, start + chunk_chars // 2, limit):
            cut = m.end()
        if cut is None:  # no blank line: fall back to a line break, then to a space
            nl = text.rfind("\n", start + 1, limit)
            sp = text.rfind(" ", start + 1, limit)
            cut = nl + 1 if nl > start else (sp + 1 if sp > start else limit)
        bounds.append((start, cut))
        start = cut
    bounds.append((start, len(text)))
    return bounds


def _rebase_event(r: EventRecord, offset: int) -> EventRecord:
    r.start_char += offset
    r.end_char += offset
    r.sentence_start += offset
    r.sentence_end += offset
    if r.amount_start is not None:
        r.amount_start += offset
        r.amount_end = (r.amount_end or 0) + offset
    return r


def _make_doc(nlp: Language, text: str, offset: int, initial_section: str | None) -> Doc:
    doc = nlp.make_doc(text)
    doc.user_data["riskevents.document_start"] = offset == 0
    if initial_section:
        doc.user_data["riskevents.initial_section"] = initial_section
    return doc


def process_document(nlp: Language, document: Document, chunk_chars: int = CHUNK_CHARS) -> Result:
    result = Result(document)
    section: str | None = None
    for start, end in chunk_bounds(document.text, chunk_chars):
        doc = _make_doc(nlp, document.text[start:end], start, section)
        for _, proc in nlp.pipeline:
            doc = proc(doc)
        result.events.extend(_rebase_event(r, start).with_doc_id(document.id) for r in doc._.get(ext.EVENTS) or [])
        for e in doc._.get(ext.ENTITIES) or []:
            e.doc_id = document.id
            e.start_char += start
            e.end_char += start
            result.entities.append(e)
        sections = doc._.get(ext.SECTIONS) or []
        if sections:
            section = sections[-1].kind if sections[-1].kind not in ("table", "headline", "dateline") else section
    return result


def extract_documents(nlp: Language, items: Iterable[Document | Failure],
                      chunk_chars: int = CHUNK_CHARS) -> Iterator[Result | Failure]:
    """Process documents in order; a document whose processing raises becomes a Failure (the run goes on)."""
    for item in items:
        if isinstance(item, Failure):
            yield item
            continue
        try:
            yield process_document(nlp, item, chunk_chars)
        except Exception as e:  # one bad document must not end the run; it is listed instead
            yield Failure(str(item.meta.get("source", item.id)), f"processing failed: {type(e).__name__}: {e}",
                          item.id)
