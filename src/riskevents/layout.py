"""Press-release layout: the blocks of a text (headline, dateline, headings, paragraphs, bullets, table rows).

Regexes over the raw text, so it is cheap (a few microseconds per line) and offsets index the text exactly as read.
Both the sentence splitter and the sectionizer read the blocks; they are computed once per Doc and cached in
``doc.user_data``.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import TYPE_CHECKING, Iterator

if TYPE_CHECKING:
    from spacy.tokens import Doc

CACHE_KEY = "riskevents.blocks"
TEXT_KEY = "riskevents.text"


def text_of(doc: Doc) -> str:
    """``doc.text``, computed once per Doc: spaCy rebuilds it from every token on each access, which cost a third of
    the pipeline's time when each component read it."""
    text = doc.user_data.get(TEXT_KEY)
    if text is None:
        text = doc.text
        doc.user_data[TEXT_KEY] = text
    return text

# A paragraph ends at a blank line; in wire copy (Reuters) a new paragraph is a line break plus indentation.
_PARA_BREAK = re.compile(r"\n[ \t]*\n\s*|\n(?=[ \t]{2,}\S)|\n(?=\t+[A-Za-z])")
_BULLET = re.compile(r"[ \t]*(?:[-*\u2022\u00b7\u25aa]|\(?[0-9a-z]{1,2}[.)])[ \t]+\S")
_MONTHS = r"(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\.?"
_DATELINE = re.compile(
    r"[A-Z][A-Za-z.'\- ]{1,40},(?:[ \t]+[A-Z][A-Za-z.\- ]{1,25},)?[ \t]+" + _MONTHS + r"[ \t]+\d{1,2}(?:,[ \t]+\d{4})?"
    r"[ \t]*(?:/[^/\n]{1,80}/)?[ \t]*(?:--|-|\u2014|\u2013)[ \t]*"
)
_DATE_LINE = re.compile(r"[ \t]*(?:" + _MONTHS + r"[ \t]+\d{1,2},?[ \t]+\d{4}|\d{1,2}[ \t]+" + _MONTHS
                        + r"[ \t]+\d{4})[ \t]*$")
_TABLE_LINE_WIRE = re.compile(r"\bvs\.?[ \t]+(?:loss[ \t]+|profit[ \t]+|gain[ \t]+)?[(\-$]?\d")
_TERMINAL = (".", "!", "?", ":", ";", ",")
# the company-profile heading may end with the period of a legal suffix: "About Kestrel Holdings, Inc."
_LEGAL_SUFFIX_END = re.compile(r"(?:\b(?:Inc|Corp|Co|Ltd|Plc|PLC|Cos|Bhd|Pty|L\.P|N\.V|S\.A|A\.G|S\.p\.A|L\.L\.C|LLC)\.)$")


@dataclass(frozen=True)
class Block:
    start: int
    end: int
    kind: str  # headline, dateline, heading, para, bullet, table_row


def _lines(text: str, start: int, end: int) -> Iterator[tuple[int, int]]:
    pos = start
    while pos < end:
        nl = text.find("\n", pos, end)
        stop = end if nl == -1 else nl
        yield pos, stop
        pos = stop + 1


def _strip(text: str, start: int, end: int) -> tuple[int, int]:
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    return start, end


def _is_heading(text: str, start: int, end: int) -> bool:
    line = text[start:end]
    if "\n" in line or "\t" in line or not line[:1].isupper():
        return False
    if line.endswith(_TERMINAL) and not (line.startswith("About ") and _LEGAL_SUFFIX_END.search(line)):
        return False
    words = line.split()
    if not (1 <= len(words) <= 12) or _TABLE_LINE_WIRE.search(line) or _BULLET.match(line):
        return False
    return True


def compute_blocks(text: str, document_start: bool = True) -> list[Block]:
    """Split ``text`` into blocks, in order; whitespace between blocks belongs to none.

    ``document_start`` is False for the second and later chunks of a long document: no headline or dateline there.
    """
    paragraphs: list[tuple[int, int, bool]] = []  # start, end, standalone (blank line before and after)
    pos = 0
    for m in _PARA_BREAK.finditer(text):
        paragraphs.append((pos, m.start(), False))
        pos = m.end()
    paragraphs.append((pos, len(text), False))
    blank_before = True
    marked: list[tuple[int, int, bool]] = []
    for i, (s, e, _) in enumerate(paragraphs):
        next_gap = text[e:paragraphs[i + 1][0]] if i + 1 < len(paragraphs) else "\n\n"
        blank_after = next_gap.count("\n") >= 2 or i + 1 == len(paragraphs)
        marked.append((s, e, blank_before and blank_after))
        blank_before = blank_after
    blocks: list[Block] = []
    top = document_start  # still in the headline area (headline, subtitle lines), before any prose
    for s, e, standalone in marked:
        s, e = _strip(text, s, e)
        if s >= e:
            continue
        if top:
            single = "\n" not in text[s:e].strip()
            if (single and not text[s:e].rstrip().endswith((".", "!", "?")) and len(text[s:e].split()) <= 25
                    and not _DATE_LINE.fullmatch(text, s, e) and not _DATELINE.match(text, s, e)
                    and len(blocks) < 3):
                blocks.append(Block(s, e, "headline"))
                continue
            top = False
        blocks.extend(_split_paragraph(text, s, e, standalone, len(blocks) if document_start else 99))
    return blocks


def _split_paragraph(text: str, s: int, e: int, standalone: bool, n_before: int) -> list[Block]:
    out: list[Block] = []
    if n_before <= 3 and _DATE_LINE.fullmatch(text, s, e):
        return [Block(s, e, "dateline")]
    m = _DATELINE.match(text, s, e) if n_before <= 3 else None
    if m and m.end() < e:
        out.append(Block(s, m.end(), "dateline"))
        s, _ = _strip(text, m.end(), e)
    if standalone and not out and _is_heading(text, s, e):
        return [Block(s, e, "heading")]
    lines = list(_lines(text, s, e))
    if len(lines) == 1 and not ("\t" in text[s:e] or _BULLET.match(text, s, e) or _TABLE_LINE_WIRE.search(text, s, e)):
        out.append(Block(s, e, "para"))
        return out
    # Several lines: bullets and table rows stand alone; other lines are wrapped prose and join.
    cur_start = None
    cur_end = None
    for ls, le in lines:
        ls2, le2 = _strip(text, ls, le)
        if ls2 >= le2:
            continue
        line = text[ls2:le2]
        kind = None
        if "\t" in text[ls:le] or _TABLE_LINE_WIRE.search(line):
            kind = "table_row"
        elif _BULLET.match(line):
            kind = "bullet"
        if kind is None:
            if cur_start is None:
                cur_start = ls2
            cur_end = le2
            continue
        if cur_start is not None:
            out.append(Block(cur_start, cur_end, "para"))  # type: ignore[arg-type]
            cur_start = cur_end = None
        out.append(Block(ls2, le2, kind))
    if cur_start is not None:
        out.append(Block(cur_start, cur_end, "para"))  # type: ignore[arg-type]
    return out


def blocks_of(doc: Doc) -> list[Block]:
    cached = doc.user_data.get(CACHE_KEY)
    if cached is None:
        cached = compute_blocks(text_of(doc), doc.user_data.get("riskevents.document_start", True))
        doc.user_data[CACHE_KEY] = cached
    return cached
