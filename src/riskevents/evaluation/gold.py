"""Gold files (docs/gold-format.md): loading them, and finding the texts they were annotated on."""

from __future__ import annotations

import hashlib
import json
from pathlib import Path
from typing import Any, Iterator

from ..documents import Document
from ..errors import UsageError
from ..jsonl import iter_jsonl

PROJECT_ROOT = Path(__file__).resolve().parents[3]
DEFAULT_CORPORA = PROJECT_ROOT.parent / "shared" / "corpora"


def load_gold(*paths: str | Path, split: str | None = None) -> list[dict[str, Any]]:
    """Gold documents from one or more JSONL files, optionally only one split ("dev" / "test")."""
    docs: list[dict[str, Any]] = []
    for path in paths:
        p = Path(path)
        if not p.is_file():
            raise UsageError(f"[E301] gold file not found: {p}")
        for lineno, doc in iter_jsonl(p, "gold line"):
            if "doc_id" not in doc or not isinstance(doc.get("mentions"), list):
                raise UsageError(f"[E303] {p}:{lineno}: a gold line needs doc_id and a mentions list")
            if split and doc.get("split", "dev") != split:
                continue
            doc.setdefault("fully_annotated", True)
            doc["_gold_file"] = str(p)
            docs.append(doc)
    return docs


def rows_from_gold(docs: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """A second annotation in the gold format as prediction rows (trigger offsets, type, status): scoring it against the
    first gives the agreement of two annotators on the same measure as the extractor's."""
    return [{"doc_id": d["doc_id"], "event_type": m["type"], "start_char": m["trigger_start"],
             "end_char": m["trigger_end"], "status": m["status"], "trigger": m.get("trigger", ""),
             "rule_id": "annotator", "sentence": ""}
            for d in docs for m in d["mentions"]]


def sha1(text: str) -> str:
    return hashlib.sha1(text.encode("utf-8")).hexdigest()


def _jsonl_texts(path: Path, wanted: set[str]) -> dict[str, str]:
    found: dict[str, str] = {}
    with path.open(encoding="utf-8") as fh:
        for line in fh:
            if not wanted - found.keys():
                break
            # cheap pre-filter on the id before parsing the whole line
            head = line[:200]
            if not any(w in head for w in wanted):
                continue
            obj = json.loads(line)
            if obj.get("id") in wanted:
                found[obj["id"]] = obj["text"]
    return found


def gold_documents(gold: list[dict[str, Any]], corpora: str | Path | None = None,
                   releases: str | Path | None = None) -> Iterator[Document]:
    """The documents a gold set was annotated on, read from ../shared/corpora (JSONL corpora) or corpus/releases,
    checked against the gold's text_sha1."""
    corpora = Path(corpora) if corpora else DEFAULT_CORPORA
    releases = Path(releases) if releases else PROJECT_ROOT / "corpus" / "releases"
    by_source: dict[str, list[dict[str, Any]]] = {}
    for g in gold:
        by_source.setdefault(g.get("source", ""), []).append(g)
    for source, docs in sorted(by_source.items()):
        if source.endswith(".jsonl"):
            path = corpora / source
            if not path.is_file():
                raise UsageError(f"[E304] corpus {path} for gold source '{source}' not found")
            texts = _jsonl_texts(path, {d["doc_id"] for d in docs})
        else:
            texts = {}
            for d in docs:
                p = releases / d["doc_id"]
                if p.is_file():
                    with open(p, encoding="utf-8", newline="") as fh:
                        texts[d["doc_id"]] = fh.read()
        for d in docs:
            text = texts.get(d["doc_id"])
            if text is None:
                raise UsageError(f"[E305] text of gold document {d['doc_id']} not found ({source})")
            if d.get("text_sha1") and sha1(text) != d["text_sha1"]:
                raise UsageError(f"[E306] text of {d['doc_id']} differs from the one annotated (sha1 mismatch)")
            yield Document(d["doc_id"], text, {"source": source})
