"""Readers: any input -> Documents (id, text exactly as read, metadata), and Failures for what cannot be read.

- A file: ``.txt`` / ``.md`` is one document whose id is its path relative to the folder given (or its name).
- A folder: all readable files below it, recursively, in sorted order.
- ``.jsonl``: one document per line, ``--id-key`` / ``--text-key`` (other fields are carried as metadata).

Decoding (no statistical charset guessing: it fails on short cp1252 press releases): a BOM first (UTF-8, UTF-16),
then strict UTF-8, then cp1252; the encoding used is recorded in ``meta["encoding"]``. Newlines are kept as they
are, so offsets index the text exactly as read.
"""

from __future__ import annotations

import codecs
import json
from dataclasses import dataclass
from pathlib import Path
from typing import Callable, Iterator

from .documents import Document, Failure

TEXT_SUFFIXES = {".txt", ".md", ".text"}
JSONL_SUFFIXES = {".jsonl", ".ndjson"}


@dataclass
class ReadOptions:
    id_key: str = "id"
    text_key: str = "text"


Item = Document | Failure
FileReader = Callable[[Path, str, ReadOptions], Iterator[Item]]
READERS: dict[str, FileReader] = {}


def reader(*suffixes: str) -> Callable[[FileReader], FileReader]:
    def register(fn: FileReader) -> FileReader:
        for s in suffixes:
            READERS[s] = fn
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


def read_text_bytes(path: Path) -> tuple[str, str]:
    data = path.read_bytes()
    if looks_binary(data):
        raise ValueError("binary file (NUL bytes), not text")
    try:
        return decode(data)
    except UnicodeDecodeError as e:
        raise ValueError(f"cannot decode as UTF-8 or cp1252 ({e.reason} at byte {e.start})") from e


@reader(*TEXT_SUFFIXES)
def read_text_file(path: Path, doc_id: str, options: ReadOptions) -> Iterator[Item]:
    try:
        text, encoding = read_text_bytes(path)
    except (OSError, ValueError) as e:
        yield Failure(str(path), str(e), doc_id)
        return
    yield Document(doc_id, text, {"source": str(path), "encoding": encoding})


def jsonl_documents(lines: Iterator[str], source: str, options: ReadOptions) -> Iterator[Item]:
    for lineno, line in enumerate(lines, 1):
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
            yield Failure(where, f"no string field '{options.text_key}'", str(obj.get(options.id_key, "")))
            continue
        doc_id = obj.get(options.id_key)
        doc_id = str(doc_id) if doc_id not in (None, "") else f"{Path(source).name}:{lineno}"
        meta = {k: v for k, v in obj.items() if k not in (options.text_key, options.id_key)}
        meta.update({"source": source, "line": lineno})
        yield Document(doc_id, text, meta)


@reader(*JSONL_SUFFIXES)
def read_jsonl_file(path: Path, doc_id: str, options: ReadOptions) -> Iterator[Item]:
    try:
        text, encoding = read_text_bytes(path)
    except (OSError, ValueError) as e:
        yield Failure(str(path), str(e))
        return
    for item in jsonl_documents(iter(text.splitlines(keepends=False)), str(path), options):
        if isinstance(item, Document):
            item.meta["encoding"] = encoding
        yield item


def input_files(path: Path) -> Iterator[tuple[Path, str]]:
    """(file, doc id base) for a file or, recursively and sorted, for a folder."""
    if path.is_dir():
        for p in sorted(path.rglob("*"), key=lambda p: p.relative_to(path).as_posix()):
            if p.is_file() and p.suffix.lower() in READERS and not any(part.startswith(".") for part in
                                                                        p.relative_to(path).parts):
                yield p, p.relative_to(path).as_posix()
    else:
        yield path, path.name


def read_inputs(inputs: list[str | Path], options: ReadOptions | None = None) -> Iterator[Item]:
    """Documents and failures from files, folders and JSONL files, in a deterministic order."""
    options = options or ReadOptions()
    for raw in inputs:
        path = Path(raw)
        if not path.exists():
            yield Failure(str(path), "no such file or folder")
            continue
        for file, doc_id in input_files(path):
            fn = READERS.get(file.suffix.lower())
            if fn is None:
                yield Failure(str(file), f"unsupported file type '{file.suffix}' (supported: "
                                         f"{', '.join(sorted(READERS))})")
                continue
            yield from fn(file, doc_id, options)
