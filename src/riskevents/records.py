"""Records: what the pipeline produces, as plain dataclasses (one row of events.csv / entities.csv each).

The column order of ``EVENT_COLUMNS`` and ``ENTITY_COLUMNS`` is a contract (docs/csv-schema.md): other tools read
these columns. More columns may follow the documented ones; none is reordered or renamed.
"""

from __future__ import annotations

import hashlib
from dataclasses import asdict, dataclass, field, fields
from typing import Any

EVENT_COLUMNS = [
    "doc_id", "event_id", "event_type", "trigger", "start_char", "end_char", "sentence_start", "sentence_end",
    "sentence", "polarity", "modality", "section", "boilerplate", "business_units", "organizations", "amount_text",
    "amount_value", "currency", "period", "date", "confidence", "rule_id",
    # extra columns (after the contract's)
    "status", "amount_start", "amount_end", "section_title", "cues",
    # document-level columns (documents.DOCUMENT_COLUMNS; filled by extract.event_rows)
    "doc_date", "dateline_city", "wire", "company", "ticker", "title", "encoding", "source", "doc_meta",
]
ENTITY_COLUMNS = ["doc_id", "label", "text", "start_char", "end_char", "value", "unit", "rule_id"]
LIST_SEPARATOR = "|"


@dataclass
class EntityRecord:
    doc_id: str
    label: str
    text: str
    start_char: int
    end_char: int
    value: Any
    unit: str
    rule_id: str

    def to_row(self) -> dict[str, Any]:
        return {c: getattr(self, c) for c in ENTITY_COLUMNS}


@dataclass
class EventRecord:
    doc_id: str
    event_type: str
    trigger: str
    start_char: int
    end_char: int
    sentence_start: int
    sentence_end: int
    sentence: str
    polarity: str  # affirmed | negated
    modality: str  # asserted | hypothetical | forward_looking
    section: str
    boilerplate: bool
    business_units: list[str] = field(default_factory=list)
    organizations: list[str] = field(default_factory=list)
    amount_text: str = ""
    amount_value: float | None = None
    currency: str = ""
    period: str = ""
    date: str = ""
    confidence: float = 0.0
    rule_id: str = ""
    amount_start: int | None = None
    amount_end: int | None = None
    section_title: str = ""
    cues: list[str] = field(default_factory=list)
    event_id: str = ""

    @property
    def status(self) -> str:
        """actual / negated / hypothetical, as the taxonomy and the gold define it."""
        if self.modality != "asserted" or self.boilerplate:
            return "hypothetical"  # "may not declare a dividend", "would not specify the write-off": not a denial
        if self.polarity == "negated":
            return "negated"
        return "actual"

    @property
    def is_actual(self) -> bool:
        return self.status == "actual"

    def with_doc_id(self, doc_id: str) -> "EventRecord":
        self.doc_id = doc_id
        self.event_id = make_event_id(doc_id, self.event_type, self.start_char, self.end_char, self.sentence_start)
        return self

    def to_row(self) -> dict[str, Any]:
        row = {f.name: getattr(self, f.name) for f in fields(self)}
        row["status"] = self.status
        row["business_units"] = LIST_SEPARATOR.join(self.business_units)
        row["organizations"] = LIST_SEPARATOR.join(self.organizations)
        row["cues"] = LIST_SEPARATOR.join(self.cues)
        return {c: row.get(c, "") for c in EVENT_COLUMNS}


def resolve_period(code: str, doc_date: str) -> str:
    """A period without a year ("the third quarter" -> ``XXXX-Q3``) dated by the document: the year of the document
    date, or the year before when the period would start after the document's month (a February release's "fourth
    quarter" is last year's). Other codes, or no usable document date: unchanged."""
    if not code.startswith("XXXX-") or len(doc_date) < 7 or not doc_date[:4].isdigit() or not doc_date[5:7].isdigit():
        return code
    year, month = int(doc_date[:4]), int(doc_date[5:7])
    rest = code[5:]
    if rest[:1] == "Q" and rest[1:].isdigit():
        first = 3 * int(rest[1:]) - 2
    elif rest in ("H1", "H2"):
        first = 1 if rest == "H1" else 7
    elif rest.isdigit() and len(rest) == 2:
        first = int(rest)
    elif rest.endswith("M") and rest[:-1].isdigit():
        first = int(rest[:-1])  # "the first nine months": ends in month 9
    else:
        return code
    return f"{year if first <= month else year - 1}-{rest}"


def make_event_id(doc_id: str, event_type: str, start: int, end: int, sentence_start: int) -> str:
    """Stable id: the same document, type and offsets give the same id in every run."""
    key = f"{doc_id}\x1f{event_type}\x1f{start}\x1f{end}\x1f{sentence_start}".encode("utf-8")
    return hashlib.sha1(key).hexdigest()[:16]


def as_dict(record: EventRecord | EntityRecord) -> dict[str, Any]:
    return asdict(record)
