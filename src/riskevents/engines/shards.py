"""The plan of a run: inputs -> an ordered list of Shards.

A Shard is a small list of Sources (whole files, or a byte range of a JSONL file, or a record range of a CSV or
SGML file) of about ``shard_bytes`` of input, or the Failures of inputs that cannot be read at all (a path that
does not exist, an unsupported file type). Shards are numbered in input order; the final output is the
concatenation of the shards' parts in that order, so it is the same whatever the number of workers.
"""

from __future__ import annotations

import codecs
import math
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Iterator

from ..documents import Failure
from ..readers import Source, count_csv_records, count_sgml_records, decode, looks_binary, sources_of, stdin_kind

# about 60 news stories: small enough that the workers finish together (the last shard is the tail of a run)
SHARD_BYTES = 64 * 1024
MAX_FILES_PER_SHARD = 64


@dataclass
class Shard:
    index: int
    sources: list[Source] = field(default_factory=list)
    failures: list[Failure] = field(default_factory=list)
    size: int = 0

    def to_dict(self) -> dict[str, Any]:
        return {"index": self.index, "sources": [s.to_dict() for s in self.sources],
                "failures": [[f.source, f.reason, f.doc_id] for f in self.failures], "size": self.size}

    @classmethod
    def from_dict(cls, d: dict[str, Any]) -> "Shard":
        return cls(d["index"], [Source(**s) for s in d["sources"]], [Failure(*f) for f in d["failures"]],
                   d.get("size", 0))


def _file_size(path: str) -> int:
    try:
        return Path(path).stat().st_size
    except OSError:
        return 0


def jsonl_ranges(source: Source, shard_bytes: int) -> list[Source]:
    """Byte ranges at line starts of about ``shard_bytes``, with the file's encoding (checked on all of it)."""
    path = source.path
    with open(path, "rb") as fh:
        head = fh.read(8192)
        if looks_binary(head) or head.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
            return [source]  # the reader reports a binary file; UTF-16 is not split into byte ranges
        fh.seek(0)
        encoding = "utf-8-sig" if head.startswith(codecs.BOM_UTF8) else "utf-8"
        decoder = codecs.getincrementaldecoder("utf-8")("strict")
        bounds: list[tuple[int, int, int]] = []  # start byte, stop byte, first line
        start, pos, line, first_line = 0, 0, 0, 1
        for raw in fh:
            if encoding != "cp1252":
                try:
                    decoder.decode(raw)
                except UnicodeDecodeError:
                    encoding = "cp1252"
            pos += len(raw)
            line += 1
            if pos - start >= shard_bytes:
                bounds.append((start, pos, first_line))
                start, first_line = pos, line + 1
        if pos > start or not bounds:
            bounds.append((start, pos, first_line))
    if encoding == "cp1252":
        try:
            Path(path).read_bytes().decode("cp1252")
        except UnicodeDecodeError:
            return [source]  # undecodable: the reader reports it
    if len(bounds) == 1:
        return [Source(path, source.doc_id, "jsonl", 0, -1, 1, "", source.name)]
    return [Source(path, source.doc_id, "jsonl", a, b, ln, encoding, source.name) for a, b, ln in bounds]


def record_ranges(source: Source, shard_bytes: int) -> list[Source]:
    """Record ranges of a CSV or SGML file, about ``shard_bytes`` each."""
    size = _file_size(source.path)
    if size <= shard_bytes:
        return [source]
    try:
        text, _ = decode(Path(source.path).read_bytes())
        n = count_csv_records(text) if source.kind == "csv" else count_sgml_records(text)
    except Exception:  # noqa: BLE001 - unreadable or malformed: one whole-file source, the reader reports why
        return [source]
    per = max(1, math.ceil(n * shard_bytes / size))
    if n <= per:
        return [source]
    out = []
    for a in range(0, n, per):
        b = min(n, a + per)
        out.append(Source(source.path, source.doc_id, source.kind, a, b if b < n else -1, 1, "", source.name))
    return out


def split_source(source: Source, shard_bytes: int) -> list[Source]:
    if source.kind == "jsonl":
        return jsonl_ranges(source, shard_bytes)
    if source.kind in ("csv", "sgml"):
        return record_ranges(source, shard_bytes)
    return [source]


def spool_stdin(data: bytes, workdir: Path) -> Source:
    """Standard input saved in the work folder, so that shards can carry its path like any file's."""
    kind = stdin_kind(data)
    path = workdir / ("stdin.jsonl" if kind == "jsonl" else "stdin.txt")
    path.write_bytes(data)
    return Source(str(path), "stdin", kind, name="-")


def _units(inputs: list[str], stdin_source: Source | None, shard_bytes: int) -> Iterator[Source | Failure]:
    for raw in inputs:
        if raw == "-":
            if stdin_source is not None:
                yield from split_source(stdin_source, shard_bytes)
            continue
        for src in sources_of(raw):
            if isinstance(src, Failure):
                yield src
            else:
                yield from split_source(src, shard_bytes)


def plan_shards(inputs: list[str], shard_bytes: int = SHARD_BYTES, stdin_source: Source | None = None) -> list[Shard]:
    """Group the inputs' Sources into shards of about ``shard_bytes``; failures get shards of their own."""
    shards: list[Shard] = []
    cur: Shard | None = None
    for unit in _units(inputs, stdin_source, shard_bytes):
        if isinstance(unit, Failure):
            if cur is None or cur.sources:
                cur = Shard(len(shards))
                shards.append(cur)
            cur.failures.append(unit)
            continue
        if unit.stop >= 0 or unit.start > 0:  # a range of a record file
            size = (unit.stop - unit.start) if unit.kind == "jsonl" else shard_bytes
        else:
            size = _file_size(unit.path)
        if (cur is None or cur.failures or cur.size + size > shard_bytes and cur.sources
                or len(cur.sources) >= MAX_FILES_PER_SHARD):
            cur = Shard(len(shards))
            shards.append(cur)
        cur.sources.append(unit)
        cur.size += size
    return shards
