"""Readers: any input -> Documents (id, text exactly as read, metadata), and Failures for what cannot be read.

- A file: ``.txt`` / ``.md`` is one document whose id is its path relative to the folder given (or its name).
- ``.html`` / ``.htm``: one document, the article text extracted by trafilatura (scripts, styles, navigation and
  boilerplate removed); when trafilatura finds no article (very short pages) the visible text of the cleaned page.
- A folder: all readable files below it, recursively, in sorted order (hidden files and folders skipped).
- ``.jsonl``: one document per line, ``--id-key`` / ``--text-key`` (other fields are carried as metadata).
- ``.csv``: one document per row, ``--id-key`` / ``--text-key`` columns (other columns are carried as metadata).
- ``.sgm`` / ``.sgml``: SGML newswire; Reuters-21578 (``<REUTERS NEWID=..>``: id ``reuters21578-<NEWID>``, text
  ``TITLE\\n\\nBODY`` as in the Reuters JSONL release, date/title/dateline/topics as metadata) or TREC-style
  ``<DOC><DOCNO>``.
- ``-``: standard input, JSONL when its first line is a JSON object, else one text document with id ``stdin``.

Decoding (no statistical charset guessing: it fails on short cp1252 press releases): a BOM first (UTF-8, UTF-16),
then strict UTF-8, then cp1252; the encoding used is recorded in ``meta["encoding"]``. Newlines are kept as they
are, so offsets index the text exactly as read.

A ``Source`` is one readable unit: a whole file, or a range of the records of a JSONL (byte range), CSV or SGML
file (record range). Engines ship Sources (paths, not documents) to their workers.
"""

from __future__ import annotations

import codecs
import csv
import html as html_lib
import io
import json
import re
import sys
from dataclasses import asdict, dataclass
from pathlib import Path
from typing import Callable, Iterator

from .documents import Document, Failure

TEXT_SUFFIXES = {".txt", ".md", ".text"}
JSONL_SUFFIXES = {".jsonl", ".ndjson"}
HTML_SUFFIXES = {".html", ".htm"}
CSV_SUFFIXES = {".csv"}
SGML_SUFFIXES = {".sgm", ".sgml"}
KIND_OF_SUFFIX = {**{s: "text" for s in TEXT_SUFFIXES}, **{s: "jsonl" for s in JSONL_SUFFIXES},
                  **{s: "html" for s in HTML_SUFFIXES}, **{s: "csv" for s in CSV_SUFFIXES},
                  **{s: "sgml" for s in SGML_SUFFIXES}}
RECORD_KINDS = ("jsonl", "csv", "sgml")  # kinds with many documents per file (can be split into ranges)


@dataclass
class ReadOptions:
    id_key: str = "id"
    text_key: str = "text"


@dataclass(frozen=True)
class Source:
    """One readable unit: a file (``start=0, stop=-1``) or a range of its records.

    For ``jsonl`` the range is in bytes (at line starts; ``first_line`` is the line number at ``start``); for
    ``csv`` and ``sgml`` it is record indexes ``[start, stop)``. ``name`` is the path shown in records and errors.
    """

    path: str
    doc_id: str
    kind: str
    start: int = 0
    stop: int = -1
    first_line: int = 1
    encoding: str = ""
    name: str = ""

    @property
    def display(self) -> str:
        return self.name or self.path

    def to_dict(self) -> dict:
        return asdict(self)


Item = Document | Failure
FileReader = Callable[[Source, ReadOptions], Iterator[Item]]
READERS: dict[str, FileReader] = {}


def reader(kind: str) -> Callable[[FileReader], FileReader]:
    def register(fn: FileReader) -> FileReader:
        READERS[kind] = fn
        return fn

    return register


def decode(data: bytes) -> tuple[str, str]:
    """Text and the encoding used: BOM, then strict UTF-8, then cp1252."""
    if data.startswith(codecs.BOM_UTF8):
        return data[len(codecs.BOM_UTF8):].decode("utf-8"), "utf-8-sig"
    if data.startswith(codecs.BOM_UTF16_LE) or data.startswith(codecs.BOM_UTF16_BE):
        return data.decode("utf-16"), "utf-16"
    try:
        return data.decode("utf-8"), "utf-8"
    except UnicodeDecodeError:
        pass
    return data.decode("cp1252", errors="strict"), "cp1252"


def looks_binary(data: bytes) -> bool:
    if data.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        return False
    return b"\x00" in data[:8192]


def decode_checked(data: bytes) -> tuple[str, str]:
    if looks_binary(data):
        raise ValueError("binary file (NUL bytes), not text")
    try:
        return decode(data)
    except UnicodeDecodeError as e:
        raise ValueError(f"cannot decode as UTF-8 or cp1252 ({e.reason} at byte {e.start})") from e


def read_text_bytes(path: Path) -> tuple[str, str]:
    return decode_checked(path.read_bytes())


def _read_whole(source: Source) -> tuple[str, str]:
    return read_text_bytes(Path(source.path))


@reader("text")
def read_text_file(source: Source, options: ReadOptions) -> Iterator[Item]:
    try:
        text, encoding = _read_whole(source)
    except (OSError, ValueError) as e:
        yield Failure(source.display, str(e), source.doc_id)
        return
    yield Document(source.doc_id, text, {"source": source.display, "encoding": encoding})


# --- HTML -----------------------------------------------------------------------------------------------------------

_DROP_TAGS = ("script", "style", "nav", "header", "footer", "aside", "noscript", "form", "iframe", "svg")


def html_text(markup: str) -> tuple[str, dict]:
    """Article text and metadata (title, date) of an HTML page; scripts, styles and navigation removed."""
    try:
        import trafilatura
    except ImportError as e:  # pragma: no cover - depends on the installed extras
        raise ValueError("reading HTML needs the 'html' extra: pip install 'riskevents[html]'") from e
    meta: dict = {}
    text = trafilatura.extract(markup, include_comments=False, include_tables=True, deduplicate=False,
                               favor_recall=True) or ""
    try:
        md = trafilatura.extract_metadata(markup)
    except Exception:  # noqa: BLE001 - metadata is a bonus, never a reason to lose the document
        md = None
    if md is not None:
        if getattr(md, "title", None):
            meta["title"] = md.title
        if getattr(md, "date", None):
            meta["date"] = md.date
    if not text.strip():
        text = _visible_text(markup)
    return text, meta


def _visible_text(markup: str) -> str:
    import lxml.html

    try:
        root = lxml.html.document_fromstring(markup)
    except Exception:  # noqa: BLE001 - lxml raises several types for empty or broken markup
        return ""
    for el in root.xpath("//" + " | //".join(_DROP_TAGS)):
        el.drop_tree()
    lines = [re.sub(r"[ \t\r\f\v]+", " ", line).strip() for line in root.text_content().split("\n")]
    return re.sub(r"\n{3,}", "\n\n", "\n".join(lines)).strip()


@reader("html")
def read_html_file(source: Source, options: ReadOptions) -> Iterator[Item]:
    try:
        markup, encoding = _read_whole(source)
        text, meta = html_text(markup)
    except (OSError, ValueError) as e:
        yield Failure(source.display, str(e), source.doc_id)
        return
    if not text.strip():
        yield Failure(source.display, "no text found in the HTML page", source.doc_id)
        return
    yield Document(source.doc_id, text, {**meta, "source": source.display, "encoding": encoding})


# --- JSONL ----------------------------------------------------------------------------------------------------------

def jsonl_documents(lines: Iterator[str], source: str, options: ReadOptions, first_line: int = 1,
                    encoding: str = "") -> Iterator[Item]:
    for lineno, line in enumerate(lines, first_line):
        if not line.strip():
            continue
        where = f"{source}:{lineno}"
        try:
            obj = json.loads(line)
        except json.JSONDecodeError as e:
            yield Failure(where, f"malformed JSON line ({e.msg})")
            continue
        if not isinstance(obj, dict):
            yield Failure(where, "a JSONL line must be an object")
            continue
        text = obj.get(options.text_key)
        if not isinstance(text, str):
            yield Failure(where, f"no string field '{options.text_key}'", str(obj.get(options.id_key, "") or ""))
            continue
        doc_id = obj.get(options.id_key)
        doc_id = str(doc_id) if doc_id not in (None, "") else f"{Path(source).name}:{lineno}"
        meta = {k: v for k, v in obj.items() if k not in (options.text_key, options.id_key)}
        meta.update({"source": source, "line": lineno})
        if encoding:
            meta["encoding"] = encoding
        yield Document(doc_id, text, meta)


def split_lines(text: str) -> Iterator[str]:
    """Lines at ``\\n`` only (``str.splitlines`` would also split at U+2028 and other separators inside JSON)."""
    for line in text.split("\n"):
        yield line[:-1] if line.endswith("\r") else line


@reader("jsonl")
def read_jsonl_file(source: Source, options: ReadOptions) -> Iterator[Item]:
    try:
        if source.stop < 0 or not source.encoding:
            text, encoding = _read_whole(source)
        else:
            with open(source.path, "rb") as fh:
                fh.seek(source.start)
                data = fh.read(source.stop - source.start)
            encoding = source.encoding
            if encoding == "utf-8-sig" and source.start == 0 and data.startswith(codecs.BOM_UTF8):
                data = data[len(codecs.BOM_UTF8):]
            text = data.decode("utf-8" if encoding == "utf-8-sig" else encoding)
    except (OSError, ValueError) as e:
        yield Failure(source.display, str(e))
        return
    if text.endswith("\n"):
        text = text[:-1]
    yield from jsonl_documents(split_lines(text), source.display, options, source.first_line, encoding)


# --- CSV ------------------------------------------------------------------------------------------------------------

def _raise_csv_field_limit() -> None:
    limit = sys.maxsize
    while True:
        try:
            csv.field_size_limit(limit)
            return
        except OverflowError:
            limit //= 10


def csv_rows(text: str) -> Iterator[tuple[int, dict[str, str]]]:
    """(line number, row) of a CSV text with a header row."""
    _raise_csv_field_limit()
    rows = csv.DictReader(io.StringIO(text, newline=""))
    line = rows.line_num
    for row in rows:
        yield line + 1, row
        line = rows.line_num


@reader("csv")
def read_csv_file(source: Source, options: ReadOptions) -> Iterator[Item]:
    try:
        text, encoding = _read_whole(source)
    except (OSError, ValueError) as e:
        yield Failure(source.display, str(e))
        return
    try:
        for index, (lineno, row) in enumerate(csv_rows(text)):
            if index < source.start:
                continue
            if 0 <= source.stop <= index:
                break
            where = f"{source.display}:{lineno}"
            if None in row:
                yield Failure(where, "more cells than header columns")
                continue
            if options.text_key not in row:
                yield Failure(where, f"no column '{options.text_key}' (columns: {', '.join(row)})")
                continue
            text_cell = row[options.text_key]
            if text_cell is None:
                yield Failure(where, f"no value in column '{options.text_key}'")
                continue
            doc_id = row.get(options.id_key) or f"{Path(source.display).name}:{lineno}"
            meta: dict = {k: v for k, v in row.items() if k not in (options.text_key, options.id_key)}
            meta.update({"source": source.display, "line": lineno, "encoding": encoding})
            yield Document(doc_id, text_cell, meta)
    except csv.Error as e:
        yield Failure(source.display, f"malformed CSV ({e})")


def count_csv_records(text: str) -> int:
    return sum(1 for _ in csv_rows(text))


# --- SGML newswire --------------------------------------------------------------------------------------------------

_REUTERS = re.compile(r"<REUTERS\b([^>]*)>(.*?)</REUTERS>", re.S)
_TREC_DOC = re.compile(r"<DOC>(.*?)</DOC>", re.S)
_ATTR = re.compile(r'(\w+)="([^"]*)"')
_REUTER_TAIL = re.compile(r"\s*\bReuter\s*(?:&#3;)?\s*$")
_LIST_TAGS = ("TOPICS", "PLACES", "PEOPLE", "ORGS", "EXCHANGES", "COMPANIES")


def _tag(name: str, text: str) -> str | None:
    m = re.search(rf"<{name}\b[^>]*>(.*?)</{name}>", text, re.S)
    return m.group(1) if m else None


def _reuters_story(attrs: str, body: str, source: str) -> Item:
    a = dict(_ATTR.findall(attrs))
    newid = a.get("NEWID", "")
    doc_id = f"reuters21578-{newid}"
    t = re.search(r"<TEXT([^>]*)>(.*?)</TEXT>", body, re.S)
    if not newid or t is None:
        return Failure(source, "SGML story without NEWID or TEXT", doc_id if newid else "")
    text_attrs, inner = t.group(1), t.group(2)
    title = _tag("TITLE", inner)
    dateline = _tag("DATELINE", inner)
    story = _tag("BODY", inner)
    if story is None:  # BRIEF stories have only a title; UNPROC stories are raw text
        story = inner if "UNPROC" in text_attrs else ""
    story = html_lib.unescape(_REUTER_TAIL.sub("", story).replace("&#3;", "").rstrip())
    title_text = html_lib.unescape(title).strip() if title else ""
    parts = [p for p in (title_text, story.strip("\n").rstrip()) if p]
    meta: dict = {"wire": "Reuters"}
    date = _tag("DATE", body)
    if date:
        meta["date"] = date.strip()
    if title_text:
        meta["title"] = title_text
    if dateline:
        meta["dateline"] = html_lib.unescape(dateline).strip()
    for name in _LIST_TAGS:
        inner_list = _tag(name, body)
        if inner_list is not None:
            meta[name.lower()] = [html_lib.unescape(d) for d in re.findall(r"<D>(.*?)</D>", inner_list, re.S)]
    for key in ("LEWISSPLIT", "CGISPLIT", "TOPICS"):
        if key in a:
            meta[f"{key.lower()}_attr" if key == "TOPICS" else key.lower()] = a[key]
    meta["source"] = source
    return Document(doc_id, "\n\n".join(parts), meta)


def _trec_doc(body: str, source: str) -> Item:
    docno = (_tag("DOCNO", body) or "").strip()
    text = _tag("TEXT", body)
    if not docno or text is None:
        return Failure(source, "SGML <DOC> without DOCNO or TEXT", docno)
    title = _tag("HEADLINE", body) or _tag("TITLE", body)
    meta: dict = {"source": source}
    if title:
        meta["title"] = html_lib.unescape(re.sub(r"<[^>]+>", "", title)).strip()
    date = _tag("DATE", body) or _tag("DATE_TIME", body)
    if date:
        meta["date"] = html_lib.unescape(re.sub(r"<[^>]+>", "", date)).strip()
    clean = html_lib.unescape(re.sub(r"<[^>]+>", "", text)).strip("\n")
    return Document(docno, clean, meta)


def sgml_stories(text: str) -> Iterator[tuple[str, str, str]]:
    """(kind, attributes, body) per story, in file order; kind is "reuters" or "trec"."""
    if "<REUTERS" in text:
        for m in _REUTERS.finditer(text):
            yield "reuters", m.group(1), m.group(2)
    else:
        for m in _TREC_DOC.finditer(text):
            yield "trec", "", m.group(1)


@reader("sgml")
def read_sgml_file(source: Source, options: ReadOptions) -> Iterator[Item]:
    try:
        text, encoding = _read_whole(source)
    except (OSError, ValueError) as e:
        yield Failure(source.display, str(e))
        return
    found = False
    for index, (kind, attrs, body) in enumerate(sgml_stories(text)):
        found = True
        if index < source.start:
            continue
        if 0 <= source.stop <= index:
            break
        item = _reuters_story(attrs, body, source.display) if kind == "reuters" else _trec_doc(body, source.display)
        if isinstance(item, Document):
            item.meta["encoding"] = encoding
            item.meta["story"] = index
        yield item
    if not found and source.start == 0:
        yield Failure(source.display, "no <REUTERS> or <DOC> stories in the SGML file")


def count_sgml_records(text: str) -> int:
    return sum(1 for _ in sgml_stories(text))


# --- inputs ---------------------------------------------------------------------------------------------------------

def input_files(path: Path) -> Iterator[tuple[Path, str]]:
    """(file, doc id base) for a file or, recursively and sorted, for a folder."""
    if path.is_dir():
        for p in sorted(path.rglob("*"), key=lambda p: p.relative_to(path).as_posix()):
            if p.is_file() and p.suffix.lower() in KIND_OF_SUFFIX and not any(part.startswith(".") for part in
                                                                               p.relative_to(path).parts):
                yield p, p.relative_to(path).as_posix()
    else:
        yield path, path.name


def stdin_kind(data: bytes) -> str:
    """``jsonl`` when the first non-blank line of the input is a JSON object, else ``text``."""
    try:
        text, _ = decode(data[:65536]) if len(data) > 65536 else decode(data)
    except UnicodeDecodeError:
        return "text"
    for line in text.split("\n"):
        if line.strip():
            try:
                return "jsonl" if isinstance(json.loads(line), dict) else "text"
            except json.JSONDecodeError:
                return "text"
    return "text"


def sources_of(raw: str | Path) -> Iterator[Source | Failure]:
    """Whole-file Sources (or Failures) of one input argument (a file or a folder; not ``-``)."""
    path = Path(raw)
    if not path.exists():
        yield Failure(str(path), "no such file or folder")
        return
    for file, doc_id in input_files(path):
        kind = KIND_OF_SUFFIX.get(file.suffix.lower())
        if kind is None:
            yield Failure(str(file), f"unsupported file type '{file.suffix}' (supported: "
                                     f"{', '.join(sorted(KIND_OF_SUFFIX))})")
            continue
        yield Source(str(file), doc_id, kind)


def read_source(source: Source, options: ReadOptions | None = None) -> Iterator[Item]:
    yield from READERS[source.kind](source, options or ReadOptions())


def read_stdin(options: ReadOptions, data: bytes | None = None) -> Iterator[Item]:
    data = sys.stdin.buffer.read() if data is None else data
    try:
        text, encoding = decode_checked(data)
    except ValueError as e:
        yield Failure("-", str(e), "stdin")
        return
    if stdin_kind(data) == "jsonl":
        yield from jsonl_documents(split_lines(text.rstrip("\n")), "-", options, 1, encoding)
    else:
        yield Document("stdin", text, {"source": "-", "encoding": encoding})


def read_inputs(inputs: list[str | Path], options: ReadOptions | None = None) -> Iterator[Item]:
    """Documents and failures from files, folders, JSONL/CSV/SGML files and stdin, in a deterministic order."""
    options = options or ReadOptions()
    for raw in inputs:
        if str(raw) == "-":
            yield from read_stdin(options)
            continue
        for src in sources_of(raw):
            if isinstance(src, Failure):
                yield src
            else:
                yield from read_source(src, options)
