"""Review items: events.csv rows and candidate sentences, joined with their documents' texts.

An item is a plain JSON-able dict with the event's offsets (Python str offsets into the document text), its type,
status, section, confidence and rule, the linked amount, and ``kind``: ``predicted`` (a row of events.csv),
``candidate`` (a possible missed event from ``riskevents review candidates``) or ``added`` (created by a reviewer).
"""

from __future__ import annotations

import hashlib
import re
from pathlib import Path
from typing import Any, Iterable

from ..documents import Document, Failure
from ..errors import UsageError
from ..jsonl import iter_jsonl
from ..readers import read_inputs
from ..writers import iter_csv, read_table

STATUSES = ("actual", "negated", "hypothetical")
AMOUNT_TYPES = {"NET_LOSS", "CREDIT_LOSS_PROVISION", "IMPAIRMENT_WRITEDOWN"}
_SENT_END = re.compile(r"(?<=[.!?])[\"')\]]*\s+|\n[ \t]*\n|\n(?=[ \t]*[-*\u2022])")


def sha1(text: str) -> str:
    return hashlib.sha1(text.encode("utf-8")).hexdigest()


def event_types() -> list[str]:
    """The 21 types of docs/taxonomy.md, in the taxonomy's order."""
    return ["NET_LOSS", "EARNINGS_DECLINE", "CREDIT_LOSS_PROVISION", "IMPAIRMENT_WRITEDOWN",
            "DISCONTINUED_OPERATIONS", "RESTRUCTURING", "LAYOFFS", "GOING_CONCERN", "MARGIN_CALL", "DEBT_DEFAULT",
            "LIQUIDITY_STRESS", "DIVIDEND_CUT", "NEGATIVE_EQUITY", "BANKRUPTCY", "DELISTING", "RATING_DOWNGRADE",
            "LITIGATION_REGULATORY", "RESTATEMENT", "EXECUTIVE_DEPARTURE", "ACQUISITION", "ASSET_SALE"]


def gold_source(document: Document) -> str:
    """The gold ``source`` of a document: a JSONL corpus's file name, ``corpus/releases``, or the folder read."""
    source = str(document.meta.get("source", ""))
    if not source:
        return ""
    p = Path(source)
    if p.suffix.lower() in (".jsonl", ".ndjson"):
        return p.name
    parts = p.resolve().parts
    if len(parts) >= 3 and parts[-3:-1] == ("corpus", "releases"):
        return "corpus/releases"
    rel = Path(document.id)
    folder = p
    for _ in rel.parts:
        folder = folder.parent
    return str(folder)


def read_documents(inputs: Iterable[str | Path]) -> dict[str, Document]:
    """Documents by id (the ids ``riskevents extract`` gives them); unreadable inputs are a usage error."""
    docs: dict[str, Document] = {}
    for item in read_inputs(list(inputs)):
        if isinstance(item, Failure):
            raise UsageError(f"[E501] cannot read document {item.source}: {item.reason}")
        docs[item.id] = item
    return docs


def _int(value: Any) -> int | None:
    if value is None or value == "":
        return None
    try:
        return int(float(value))
    except (TypeError, ValueError):
        return None


def _float(value: Any) -> float | None:
    if value is None or value == "":
        return None
    try:
        return float(value)
    except (TypeError, ValueError):
        return None


def _bool(value: Any) -> bool:
    return str(value).strip().lower() in ("true", "1", "yes")


def _status_of(row: dict[str, Any]) -> str:
    status = str(row.get("status") or "")
    if status in STATUSES:
        return status
    if row.get("polarity") == "negated":
        return "negated"
    if row.get("modality", "asserted") not in ("", "asserted") or _bool(row.get("boilerplate")):
        return "hypothetical"
    return "actual"


def read_event_rows(path: str | Path) -> list[dict[str, Any]]:
    """Rows of an events file (.csv, .jsonl or .parquet), as ``riskevents extract`` wrote it."""
    p = Path(path)
    if not p.is_file():
        raise UsageError(f"[E502] events file not found: {p}")
    if p.suffix.lower() == ".csv":
        return list(iter_csv(p))
    try:
        frame = read_table(p)
    except ValueError as e:
        raise UsageError(f"[E503] {e}") from e
    return [{k: ("" if v is None else v) for k, v in row.items()} for row in frame.to_dict("records")]


def features_of(item: dict[str, Any]) -> dict[str, bool]:
    """The confidence features of the event builder (components/event_builder.py), recomputed from a record."""
    section = item.get("section", "")
    return {
        "negated": item.get("polarity") == "negated",
        "hypothetical": item.get("modality") == "hypothetical",
        "forward_looking": item.get("modality") == "forward_looking",
        "boilerplate": bool(item.get("boilerplate")),
        "table": section == "table",
        "headline": section == "headline",
        "amount_linked": item.get("amount_start") is not None and item.get("event_type") in AMOUNT_TYPES,
    }


def item_from_row(row: dict[str, Any], text: str | None = None) -> dict[str, Any]:
    start, end = _int(row.get("start_char")), _int(row.get("end_char"))
    if start is None or end is None:
        raise UsageError(f"[E504] event {row.get('event_id', '?')} of {row.get('doc_id')} has no offsets")
    s0 = _int(row.get("sentence_start"))
    s1 = _int(row.get("sentence_end"))
    item = {
        "event_id": str(row.get("event_id") or ""),
        "doc_id": str(row["doc_id"]),
        "kind": "predicted",
        "event_type": str(row.get("event_type", "")),
        "status": _status_of(row),
        "trigger": str(row.get("trigger", "")),
        "start": start,
        "end": end,
        "sentence_start": s0 if s0 is not None else start,
        "sentence_end": s1 if s1 is not None else end,
        "section": str(row.get("section", "")),
        "section_title": str(row.get("section_title", "")),
        "polarity": str(row.get("polarity", "")),
        "modality": str(row.get("modality", "")),
        "boilerplate": _bool(row.get("boilerplate")),
        "confidence": _float(row.get("confidence")),
        "rule_id": str(row.get("rule_id", "")),
        "amount_text": str(row.get("amount_text", "")),
        "amount_start": _int(row.get("amount_start")),
        "amount_end": _int(row.get("amount_end")),
        "organizations": [x for x in str(row.get("organizations", "")).split("|") if x],
        "business_units": [x for x in str(row.get("business_units", "")).split("|") if x],
        "period": str(row.get("period", "")),
        "cues": [x for x in str(row.get("cues", "")).split("|") if x],
    }
    if not item["event_id"]:
        from ..records import make_event_id

        item["event_id"] = make_event_id(item["doc_id"], item["event_type"], start, end, item["sentence_start"])
    if text is not None and text[start:end] != item["trigger"] and item["trigger"]:
        raise UsageError(f"[E505] event {item['event_id']}: the trigger '{item['trigger']}' is not at {start}:{end} "
                         f"of document {item['doc_id']} (were the events extracted from these documents?)")
    return item


def load_items(events: str | Path, docs: dict[str, Document]) -> list[dict[str, Any]]:
    """Items of an events file whose documents are given; events of missing documents are a usage error."""
    items = []
    missing: set[str] = set()
    for row in read_event_rows(events):
        doc = docs.get(str(row.get("doc_id")))
        if doc is None:
            missing.add(str(row.get("doc_id")))
            continue
        items.append(item_from_row(row, doc.text))
    if missing:
        shown = ", ".join(sorted(missing)[:5])
        raise UsageError(f"[E506] {len(missing)} document(s) of {events} not among --docs: {shown}")
    return items


def load_candidates(path: str | Path, docs: dict[str, Document]) -> list[dict[str, Any]]:
    """Candidate items of a ``riskevents review candidates`` file (JSONL)."""
    items = []
    for lineno, c in iter_jsonl(path, "candidate"):
        doc = docs.get(c["doc_id"])
        if doc is None:
            raise UsageError(f"[E507] {path}:{lineno}: document {c['doc_id']} not among --docs")
        items.append({
            "event_id": c["candidate_id"], "doc_id": c["doc_id"], "kind": "candidate",
            "event_type": c.get("suggested_type", ""), "status": "actual",
            "trigger": doc.text[c["trigger_start"]:c["trigger_end"]],
            "start": c["trigger_start"], "end": c["trigger_end"],
            "sentence_start": c["sentence_start"], "sentence_end": c["sentence_end"],
            "section": "", "section_title": "", "polarity": "", "modality": "", "boilerplate": False,
            "confidence": None, "rule_id": "candidate", "amount_text": "", "amount_start": c.get("amount_start"),
            "amount_end": c.get("amount_end"), "organizations": [], "business_units": [], "period": "",
            "cues": [f"{k['kind']}:{k['text']}" for k in c.get("cues", [])], "score": c.get("score"),
            "cue_spans": [[k["start"], k["end"]] for k in c.get("cues", [])],
        })
    return items


def sentence_bounds(text: str, start: int, end: int) -> tuple[int, int]:
    """A sentence-like stretch around [start, end): from the previous sentence end to the next one."""
    s0 = 0
    for m in _SENT_END.finditer(text, 0, start):
        s0 = m.end()
    m = _SENT_END.search(text, end)
    s1 = m.start() if m else len(text)
    while s1 > s0 and text[s1 - 1].isspace():
        s1 -= 1
    return s0, max(s1, end)


def context_bounds(text: str, s0: int, s1: int, neighbours: int = 1, limit: int = 600) -> tuple[int, int]:
    """The sentence [s0, s1) with up to ``neighbours`` sentences either side (at most ``limit`` chars each side)."""
    lo = max(0, s0 - limit)
    ends = [m.end() for m in _SENT_END.finditer(text, lo, max(lo, s0 - 1))]
    c0 = ends[-(neighbours + 1)] if len(ends) > neighbours else (0 if lo == 0 else (ends[0] if ends else lo))
    c0 = min(c0, s0)
    hi = min(len(text), s1 + limit)
    starts = [m.start() for m in _SENT_END.finditer(text, s1, hi)]
    c1 = starts[neighbours] if len(starts) > neighbours else (len(text) if hi == len(text) else
                                                               (starts[-1] if starts else hi))
    return c0, max(c1, s1)


def segments(text: str, c0: int, c1: int, marks: list[tuple[int, int, str]]) -> list[dict[str, Any]]:
    """Text of [c0, c1) cut at the marks' boundaries: [{start, end, text, classes}] (offsets into the document)."""
    cuts = {c0, c1}
    for s, e, _ in marks:
        if e > c0 and s < c1:
            cuts.update((max(s, c0), min(e, c1)))
    points = sorted(cuts)
    out = []
    for a, b in zip(points, points[1:]):
        if a == b:
            continue
        classes = sorted({cls for s, e, cls in marks if s <= a and b <= e})
        out.append({"start": a, "end": b, "text": text[a:b], "classes": classes})
    return out
