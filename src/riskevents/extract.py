"""The extraction flow for one process: Documents -> spaCy pipeline -> records.

Long documents (beyond ``chunk_chars``, which is below spaCy's ``nlp.max_length``) are processed in chunks split at
paragraph boundaries; record offsets are rebased so that they index the whole text, and the running section
(e.g. safe harbor) is carried from one chunk to the next, so records equal those of an unchunked run.
Engines (local worker processes, Dask) call ``extract_documents`` on their shard and hold no extraction logic.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field, replace
from typing import TYPE_CHECKING, Any, Iterable, Iterator

from .documents import Document, Failure, document_columns
from .layout import CACHE_KEY as BLOCKS_KEY, TEXT_KEY, compute_blocks
from .records import EntityRecord, EventRecord, resolve_period

if TYPE_CHECKING:
    from spacy.language import Language
    from spacy.tokens import Doc

CHUNK_CHARS = 200_000
_PARA = re.compile(r"\n[ \t]*\n\s*|\n(?=[ \t]{2,}\S|\t+[A-Za-z])")  # as layout's paragraph breaks
_SENT_NL = re.compile(r"[.!?][\"')\]\u201d\u2019]*[ \t]*\n")
_SENT = re.compile(r"[.!?][\"')\]\u201d\u2019]*[ \t]+(?=[A-Z])")


@dataclass
class Result:
    document: Document
    events: list[EventRecord] = field(default_factory=list)
    entities: list[EntityRecord] = field(default_factory=list)

    def event_rows(self) -> list[dict[str, Any]]:
        """Rows of events.csv: each event's columns, then the document's (date, dateline, wire, company, ...)."""
        if not self.events:
            return []
        doc_cols = document_columns(self.document)
        rows = []
        for r in self.events:
            row = r.to_row()
            row.update(doc_cols)
            rows.append(row)
        return rows

    def entity_rows(self) -> list[dict[str, Any]]:
        return [e.to_row() for e in self.entities]


def _last_cut(pattern: re.Pattern[str], text: str, lo: int, hi: int, avoid_colon: bool = False) -> int | None:
    cut = None
    for m in pattern.finditer(text, lo, hi):
        if avoid_colon and text[:m.start()].rstrip().endswith(":"):
            continue  # a lead-in ("discontinued the following businesses:") stays with its list
        cut = m.end()
    return cut


def chunk_bounds(text: str, chunk_chars: int = CHUNK_CHARS) -> list[tuple[int, int]]:
    """Split points so that every chunk is at most ``chunk_chars`` long where possible.

    Cuts are made, in order of preference, in the second half of the window: at a paragraph break (a blank line,
    or a line break before an indented line as in wire copy) that does not follow a lead-in ending with ":", at a
    sentence end before a line break, at a sentence end, at a line break, at a space; else at the limit.
    """
    if len(text) <= chunk_chars:
        return [(0, len(text))]
    bounds: list[tuple[int, int]] = []
    start = 0
    while len(text) - start > chunk_chars:
        limit = start + chunk_chars
        lo = start + chunk_chars // 2
        cut = (_last_cut(_PARA, text, lo, limit, avoid_colon=True) or _last_cut(_PARA, text, start + 1, limit, True)
               or _last_cut(_SENT_NL, text, lo, limit) or _last_cut(_SENT, text, lo, limit))
        if cut is None or cut <= start:
            nl = text.rfind("\n", start + 1, limit)
            sp = text.rfind(" ", start + 1, limit)
            cut = nl + 1 if nl > start else (sp + 1 if sp > start else limit)
        bounds.append((start, cut))
        start = cut
    bounds.append((start, len(text)))
    return bounds


def _rebase_event(r: EventRecord, offset: int, text: str) -> EventRecord:
    r.start_char += offset
    r.end_char += offset
    r.sentence_start += offset
    r.sentence_end += offset
    if r.amount_start is not None:
        r.amount_start += offset
        r.amount_end = (r.amount_end or 0) + offset
        r.amount_text = text[r.amount_start:r.amount_end]
    r.trigger = text[r.start_char:r.end_char]
    r.sentence = text[r.sentence_start:r.sentence_end]
    return r


def unwrap(text: str, blocks: list) -> str:
    """The text spaCy tokenizes: inside prose paragraphs, a soft line wrap (wire copy breaks lines at ~65
    characters) becomes a space, so that phrases and patterns match across it. Same length, so every offset is
    unchanged; record texts are always sliced from the original text."""
    if "\n" not in text:
        return text
    chars = None
    for b in blocks:
        if b.kind != "para":
            continue
        pos = text.find("\n", b.start, b.end)
        while pos != -1:
            if chars is None:
                chars = list(text)
            chars[pos] = " "
            pos = text.find("\n", pos + 1, b.end)
    return text if chars is None else "".join(chars)


def _make_doc(nlp: Language, text: str, offset: int, initial_section: str | None) -> Doc:
    document_start = offset == 0
    blocks = compute_blocks(text, document_start)
    tokenized = unwrap(text, blocks)
    doc = nlp.make_doc(tokenized)
    doc.user_data[TEXT_KEY] = tokenized  # what doc.text would rebuild from the tokens
    doc.user_data["riskevents.document_start"] = document_start
    doc.user_data[BLOCKS_KEY] = blocks
    if initial_section:
        doc.user_data["riskevents.initial_section"] = initial_section
    return doc


_NOT_RUNNING = ("table", "headline", "dateline")  # section kinds that do not change the running section


def _carry_title(sections: list[Any], kind: str, title: str) -> list[Any]:
    """Give the leading sections of a later chunk the running section's title, as an unchunked run would.

    The sectionizer starts a chunk in the running section (``riskevents.initial_section``) but with no title;
    the sections before the first change of the running section (a heading, a cue to another kind, an inline
    contact line) keep the title of the previous chunk.
    """
    if not title:
        return sections
    out = list(sections)
    for i, sec in enumerate(out):
        if sec.kind in ("headline", "dateline"):
            continue
        if sec.title or (sec.kind != kind and sec.kind != "table"):
            break
        out[i] = replace(sec, title=title)
    return out


def process_document(nlp: Language, document: Document, chunk_chars: int = CHUNK_CHARS, *,
                     entities: bool = True) -> Result:
    """The document's events and (unless ``entities`` is False) entities. With ``entities=False`` the events are
    the same; the entity rules skip the Docs in which no event rule can fire, and ``Result.entities`` is partial."""
    from . import extensions as ext  # imports spaCy: not at module level, the command's main process imports this

    result = Result(document)
    section: str | None = None
    title = ""
    terms: list[list[str]] = []
    for start, end in chunk_bounds(document.text, chunk_chars):
        doc = _make_doc(nlp, document.text[start:end], start, section)
        if not entities:
            doc.user_data[ext.ENTITY_OUTPUT] = False
        if start or end < len(document.text):  # the neighbouring text and the terms defined in earlier chunks
            doc.user_data[ext.CHUNK_CONTEXT] = {"before_text": document.text[max(0, start - 3000):start],
                                          "after_text": document.text[end:end + 3000], "defined_terms": terms}
        for _, proc in nlp.pipeline:
            had_sections = doc._.get(ext.SECTIONS) is not None
            doc = proc(doc)
            if start and not had_sections and doc._.get(ext.SECTIONS) is not None and section:
                doc._.set(ext.SECTIONS, _carry_title(doc._.get(ext.SECTIONS), section, title))
        terms = doc.user_data.get(ext.DEFINED_TERMS, terms)
        result.events.extend(_rebase_event(r, start, document.text).with_doc_id(document.id)
                             for r in doc._.get(ext.EVENTS) or [])
        for e in doc._.get(ext.ENTITIES) or []:
            e.doc_id = document.id
            e.start_char += start
            e.end_char += start
            e.text = document.text[e.start_char:e.end_char]
            result.entities.append(e)
        for sec in reversed(doc._.get(ext.SECTIONS) or []):
            if sec.kind not in _NOT_RUNNING:
                section, title = sec.kind, sec.title
                break
    if any(r.period.startswith("XXXX-") for r in result.events):
        doc_date = document_columns(document)["doc_date"]
        for r in result.events:
            r.period = resolve_period(r.period, doc_date)
    return result


def extract_documents(nlp: Language, items: Iterable[Document | Failure],
                      chunk_chars: int = CHUNK_CHARS, *, entities: bool = True) -> Iterator[Result | Failure]:
    """Process documents in order; a document whose processing raises becomes a Failure (the run goes on)."""
    for item in items:
        if isinstance(item, Failure):
            yield item
            continue
        try:
            yield process_document(nlp, item, chunk_chars, entities=entities)
        except Exception as e:  # one bad document must not end the run; it is listed instead
            yield Failure(str(item.meta.get("source", item.id)), f"processing failed: {type(e).__name__}: {e}",
                          item.id)
