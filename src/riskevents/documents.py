"""The unit that flows through riskevents: a document with an id, its text exactly as read, and metadata.

``document_columns`` turns a document's metadata into the document-level columns of the records (``doc_date``,
``dateline_city``, ``wire``, ``company``, ``ticker``, ...): fields the input carries (JSONL/CSV fields, SGML tags)
come first; what is missing is parsed from the release header (the first lines of the text), e.g.
``IRVINE, Calif., Dec. 20 /PRNewswire-FirstCall/ -- Impac Mortgage Holdings, Inc. (NYSE: IMH)`` or a Reuters
headline ``GRANITE STATE MILLS INC <GSML> 4TH QTR LOSS``.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass, field
from typing import Any

DOCUMENT_COLUMNS = ["doc_date", "dateline_city", "wire", "company", "ticker", "title", "encoding", "source",
                    "doc_meta"]
# metadata keys shown in their own columns (and so left out of doc_meta)
_OWN_KEYS = {"date", "dateline", "title", "wire", "company", "ticker", "encoding", "source", "line"}


@dataclass
class Document:
    id: str
    text: str
    meta: dict[str, Any] = field(default_factory=dict)


@dataclass
class Failure:
    """A document (or input) that could not be processed: listed in the errors file, never silently lost."""

    source: str
    reason: str
    doc_id: str = ""


_MONTHS = {m: i for i, m in enumerate(
    ["jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"], 1)}
_MONTH = r"(?:Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|Sept?(?:ember)?" \
         r"|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)\.?"
_MDY = re.compile(r"(?P<m>" + _MONTH + r")[ \t]+(?P<d>\d{1,2})(?:,?[ \t]+(?P<y>(?:19|20)\d\d))?\b", re.I)
_DMY = re.compile(r"(?P<d>\d{1,2})[ \t]+(?P<m>" + _MONTH + r")(?:,?[ \t]+(?P<y>(?:19|20)\d\d))?\b", re.I)
_REUTERS_DATE = re.compile(r"(?P<d>\d{1,2})-(?P<m>[A-Za-z]{3})-(?P<y>\d{4})")
_ISO_DATE = re.compile(r"(?P<y>\d{4})-(?P<m>\d\d)-(?P<d>\d\d)")
# "IRVINE, Calif., Dec. 20 /PRNewswire-FirstCall/ --" or "NEW YORK, March 3 -": the city is the first part.
_DATELINE = re.compile(
    r"^[ \t]*(?P<city>[A-Z][A-Za-z.'\- ]{1,40}?),(?:[ \t]*(?:the[ \t]+)?[A-Z][A-Za-z.\- ]{1,25},)?[ \t]+"
    r"(?P<date>(?:" + _MONTH + r"[ \t]+\d{1,2}|\d{1,2}[ \t]+" + _MONTH + r")(?:,?[ \t]+\d{4})?)"
    r"[ \t]*(?:/(?P<wire>[^/\n]{1,80})/)?[ \t]*(?:--|-|\u2014|\u2013)[ \t]*", re.M)
_DATE_LINE = re.compile(r"^[ \t]*(?:" + _MONTH + r"[ \t]+\d{1,2},?[ \t]+\d{4}|\d{1,2}[ \t]+" + _MONTH
                        + r"[ \t]+\d{4})[ \t]*$", re.M | re.I)
# "Impac Mortgage Holdings, Inc. (NYSE: IMH)" right after the dateline
_COMPANY_TICKER = re.compile(r"(?P<company>[A-Z][^()\n]{1,100}?)[ \t]*\((?P<exchange>[A-Za-z][A-Za-z .]{0,20}):"
                             r"[ \t]*(?P<ticker>[A-Z][A-Z0-9.\-]{0,9})\)")
# Reuters headline: "GRANITE STATE MILLS INC <GSML> 4TH QTR LOSS"
_WIRE_TICKER = re.compile(r"^(?P<company>[A-Z][A-Z0-9&.,'\- ]{1,80}?)[ \t]*<(?P<ticker>[A-Z0-9.\-]{1,10})>")
HEADER_CHARS = 3000


def iso_date(text: str, default_year: int | None = None) -> str:
    """``Dec. 20, 2007`` -> ``2007-12-20``; ``26-FEB-1987 15:01`` -> ``1987-02-26``; no year -> ``--12-20``."""
    text = text.strip()
    for rx in (_ISO_DATE, _REUTERS_DATE, _MDY, _DMY):
        m = rx.search(text)
        if not m:
            continue
        month_raw = m.group("m")
        month = int(month_raw) if month_raw.isdigit() else _MONTHS.get(month_raw[:3].lower())
        day = int(m.group("d"))
        year = int(m.group("y")) if m.group("y") else default_year
        if not month or not 1 <= day <= 31:
            continue
        return f"{year:04d}-{month:02d}-{day:02d}" if year else f"--{month:02d}-{day:02d}"
    return ""


def parse_release_header(text: str) -> dict[str, str]:
    """Dateline city and date, wire, company and ticker from the first lines of a release (missing: absent)."""
    head = text[:HEADER_CHARS]
    out: dict[str, str] = {}
    year = None
    m = _DATE_LINE.search(head)
    if m:
        out["date"] = iso_date(m.group(0))
        year = int(out["date"][:4]) if out["date"][:1].isdigit() else None
    d = _DATELINE.search(head)
    if d:
        out["dateline_city"] = d.group("city").strip()
        date = iso_date(d.group("date"), year)
        if date and (not out.get("date") or out["date"].startswith("--")):
            out["date"] = date
        if d.group("wire"):
            out["wire"] = d.group("wire").strip()
        t = _COMPANY_TICKER.match(head, d.end())
        if t:
            out["company"] = t.group("company").strip()
            out["ticker"] = f"{t.group('exchange').strip()}:{t.group('ticker')}"
    if "company" not in out:
        first = head.lstrip().split("\n", 1)[0]
        w = _WIRE_TICKER.match(first)
        if w:
            out["company"] = w.group("company").strip()
            out["ticker"] = w.group("ticker")
    return out


def document_columns(document: Document) -> dict[str, Any]:
    """The document-level columns of every record of ``document``."""
    meta = document.meta
    parsed = parse_release_header(document.text)
    date = ""
    if isinstance(meta.get("date"), str) and meta["date"].strip():
        date = iso_date(meta["date"]) or meta["date"].strip()
    city = ""
    if isinstance(meta.get("dateline"), str) and meta["dateline"].strip():
        dm = _DATELINE.match(meta["dateline"].strip() + ("" if meta["dateline"].rstrip().endswith("-") else " -"))
        city = dm.group("city").strip() if dm else meta["dateline"].split(",")[0].strip()
    source = str(meta.get("source", ""))
    if "line" in meta:
        source = f"{source}:{meta['line']}"
    rest = {k: v for k, v in meta.items() if k not in _OWN_KEYS}
    return {
        "doc_date": date or parsed.get("date", ""),
        "dateline_city": city or parsed.get("dateline_city", ""),
        "wire": str(meta.get("wire") or parsed.get("wire", "")),
        "company": str(meta.get("company") or parsed.get("company", "")),
        "ticker": str(meta.get("ticker") or parsed.get("ticker", "")),
        "title": str(meta.get("title") or ""),
        "encoding": str(meta.get("encoding", "")),
        "source": source,
        "doc_meta": json.dumps(rest, sort_keys=True, ensure_ascii=False, default=str) if rest else "",
    }
