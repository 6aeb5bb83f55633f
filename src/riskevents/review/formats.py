"""Exchange with annotation tools: export events as pre-annotated tasks, import the reviewed annotations back.

| format | file | unit | offsets (default) | event id / status carried as |
|---|---|---|---|---|
| prodigy | JSONL, one task per document | ``spans`` [{start, end, label, token_start, token_end}] | code points (Prodigy is Python) | span keys ``event_id``, ``status`` |
| label-studio | JSON list of tasks (+ ``<out>.label_config.xml``) | ``predictions[].result`` labels + per-region status choices | UTF-16 units (the browser's) | region ``id`` = event id |
| doccano | JSONL | ``label`` [[start, end, "TYPE"]] (``TYPE:negated`` / ``TYPE:hypothetical`` for non-actual) | UTF-16 units (the browser's) | matched back by offsets |
| brat | folder of ``.txt`` + ``.ann`` (+ ``annotation.conf``) | ``T1\\tTYPE s e\\ttext``, ``A1\\tStatus T1 negated``, ``#1\\tAnnotatorNotes T1\\tevent_id`` | code points | AnnotatorNotes |

Every export also carries the predictions themselves (key ``riskevents`` in each task; ``riskevents.json`` in a brat
folder), so an import needs nothing else. Import compares each document's annotation with its predictions: a span
with a prediction's id, or else at its offsets, or else overlapping it (same type first), is that prediction
(accepted if unchanged, corrected if its type, status or boundaries changed); a prediction no span claims was
deleted (rejected); a span no prediction claims was added. ``--offsets`` overrides a tool's unit (``utf16`` or
``codepoints``), e.g. for a Label Studio version that stores code points.
"""

from __future__ import annotations

import bisect
import json
import os
import tempfile
from pathlib import Path
from typing import Any, Iterable

from ..documents import Document
from ..errors import UsageError
from ..jsonl import iter_jsonl
from .items import STATUSES, sha1

DEFAULT_UNITS = {"prodigy": "codepoints", "label-studio": "utf16", "doccano": "utf16", "brat": "codepoints"}
MANIFEST = "riskevents.json"


# ---- offsets ---------------------------------------------------------------------------------------------------
class Offsets:
    """Python str offsets <-> a tool's offsets (``codepoints``: the same; ``utf16``: UTF-16 code units)."""

    def __init__(self, text: str, unit: str) -> None:
        if unit not in ("utf16", "codepoints"):
            raise UsageError(f"[E540] offsets must be utf16 or codepoints, not {unit!r}")
        self.unit = unit
        self.text = text
        self._cum: list[int] | None = None
        if unit == "utf16" and any(ord(ch) > 0xFFFF for ch in text):
            cum = [0]
            for ch in text:
                cum.append(cum[-1] + (2 if ord(ch) > 0xFFFF else 1))
            self._cum = cum

    def to_tool(self, i: int) -> int:
        return self._cum[i] if self._cum is not None else i

    def from_tool(self, j: int) -> int:
        if self._cum is None:
            return j
        i = bisect.bisect_left(self._cum, j)
        if i >= len(self._cum) or self._cum[i] != j:
            raise UsageError(f"[E541] UTF-16 offset {j} falls inside a character (a surrogate pair)")
        return i


def utf16_offset(text: str, i: int) -> int:
    return Offsets(text, "utf16").to_tool(i)


def python_offset(text: str, j: int) -> int:
    return Offsets(text, "utf16").from_tool(j)


def _unit(fmt: str, offsets: str | None) -> str:
    return offsets or DEFAULT_UNITS[fmt]


# ---- export ----------------------------------------------------------------------------------------------------
def _by_doc(items: Iterable[dict[str, Any]], documents: dict[str, Document]) -> list[tuple[Document, list]]:
    groups: dict[str, list[dict[str, Any]]] = {}
    for it in items:
        groups.setdefault(it["doc_id"], []).append(it)
    return [(documents[d], sorted(its, key=lambda it: (it["start"], it["end"], it["event_type"])))
            for d, its in groups.items()]


def _carried(doc: Document, items: list[dict[str, Any]]) -> dict[str, Any]:
    return {"doc_id": doc.id, "text_sha1": sha1(doc.text), "predictions": items}


def atomic_write(path: str | Path, write: Any) -> None:
    """``write(fh)`` into a temporary file beside ``path``, renamed over it only when complete (mode 0666 - umask)."""
    target = Path(path)
    target.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(prefix=f".{target.name}.", suffix=".tmp", dir=str(target.parent))
    try:
        with os.fdopen(fd, "w", encoding="utf-8", newline="") as fh:
            write(fh)
        umask = os.umask(0)
        os.umask(umask)
        os.chmod(tmp, 0o666 & ~umask)
        os.replace(tmp, target)
    except BaseException:
        if os.path.exists(tmp):
            os.unlink(tmp)
        raise


def _tokens(text: str) -> tuple[list[dict[str, Any]], list[int]]:
    import spacy

    doc = spacy.blank("en").make_doc(text)
    tokens = [{"text": t.text, "start": t.idx, "end": t.idx + len(t.text), "id": t.i, "ws": bool(t.whitespace_)}
              for t in doc]
    return tokens, [t["start"] for t in tokens]


def prodigy_task(doc: Document, items: list[dict[str, Any]], unit: str = "codepoints") -> dict[str, Any]:
    off = Offsets(doc.text, unit)
    tokens, starts = _tokens(doc.text)
    spans = []
    for it in items:
        ts = max(bisect.bisect_right(starts, it["start"]) - 1, 0)
        te = max(bisect.bisect_right(starts, it["end"] - 1) - 1, ts)
        spans.append({"start": off.to_tool(it["start"]), "end": off.to_tool(it["end"]), "label": it["event_type"],
                      "token_start": ts, "token_end": te, "event_id": it["event_id"], "status": it["status"],
                      "rule_id": it["rule_id"], "confidence": it.get("confidence")})
    if unit != "codepoints":
        for t in tokens:
            t["start"], t["end"] = off.to_tool(t["start"]), off.to_tool(t["end"])
    return {"text": doc.text, "tokens": tokens, "spans": spans, "meta": {"doc_id": doc.id},
            "riskevents": _carried(doc, items)}


def label_studio_task(doc: Document, items: list[dict[str, Any]], unit: str = "utf16") -> dict[str, Any]:
    from .. import __version__

    off = Offsets(doc.text, unit)
    result = []
    for it in items:
        value = {"start": off.to_tool(it["start"]), "end": off.to_tool(it["end"]), "text": it["trigger"]}
        result.append({"id": it["event_id"], "from_name": "label", "to_name": "text", "type": "labels",
                       "value": {**value, "labels": [it["event_type"]]}, "score": it.get("confidence")})
        result.append({"id": it["event_id"], "from_name": "status", "to_name": "text", "type": "choices",
                       "value": {**value, "choices": [it["status"]]}})
    scores = [it["confidence"] for it in items if it.get("confidence") is not None]
    return {"data": {"text": doc.text, "doc_id": doc.id, "riskevents": _carried(doc, items)},
            "predictions": [{"model_version": f"riskevents-{__version__}",
                             "score": round(sum(scores) / len(scores), 4) if scores else None, "result": result}]}


def label_studio_config() -> str:
    from .items import event_types

    labels = "\n".join(f'    <Label value="{t}"/>' for t in event_types())
    choices = "\n".join(f'    <Choice value="{s}"/>' for s in STATUSES)
    return (f'<View>\n  <Labels name="label" toName="text">\n{labels}\n  </Labels>\n'
            f'  <Text name="text" value="$text" granularity="word"/>\n'
            f'  <Choices name="status" toName="text" perRegion="true" choice="single" required="true">\n{choices}\n'
            f'  </Choices>\n</View>\n')


def doccano_label(it: dict[str, Any]) -> str:
    return it["event_type"] if it["status"] == "actual" else f"{it['event_type']}:{it['status']}"


def doccano_task(doc: Document, items: list[dict[str, Any]], unit: str = "utf16") -> dict[str, Any]:
    off = Offsets(doc.text, unit)
    return {"text": doc.text, "label": [[off.to_tool(it["start"]), off.to_tool(it["end"]), doccano_label(it)]
                                        for it in items],
            "doc_id": doc.id, "riskevents": _carried(doc, items)}


def brat_file_stem(doc_id: str) -> str:
    stem = doc_id[:-4] if doc_id.lower().endswith(".txt") else doc_id
    return stem.replace("\\", "/").lstrip("/").replace("..", "__")


def brat_ann(doc: Document, items: list[dict[str, Any]], unit: str = "codepoints") -> str:
    off = Offsets(doc.text, unit)
    lines = []
    for n, it in enumerate(items, 1):
        pieces, pos = [], it["start"]
        for part in doc.text[it["start"]:it["end"]].split("\n"):  # brat fragments cannot span a line break
            if part:
                pieces.append((pos, pos + len(part)))
            pos += len(part) + 1
        frag = ";".join(f"{off.to_tool(a)} {off.to_tool(b)}" for a, b in pieces)
        shown = " ".join(doc.text[a:b] for a, b in pieces)
        lines.append(f"T{n}\t{it['event_type']} {frag}\t{shown}")
        lines.append(f"A{n}\tStatus T{n} {it['status']}")
        lines.append(f"#{n}\tAnnotatorNotes T{n}\tevent_id={it['event_id']}")
    return "\n".join(lines) + ("\n" if lines else "")


def brat_conf() -> str:
    from .items import event_types

    return ("[entities]\n" + "\n".join(event_types()) + "\n\n[relations]\n\n[events]\n\n[attributes]\n"
            f"Status\tArg:<ENTITY>, Value:{'|'.join(STATUSES)}\n")


def export(items: list[dict[str, Any]], documents: dict[str, Document], fmt: str, output: str | Path,
           offsets: str | None = None) -> int:
    """Write the items (events of the given documents) as tasks of ``fmt``; returns the number of documents."""
    unit = _unit(fmt, offsets)
    groups = _by_doc(items, documents)
    if fmt == "prodigy":
        atomic_write(output, lambda fh: [fh.write(json.dumps(prodigy_task(d, its, unit), ensure_ascii=False) + "\n")
                                          for d, its in groups])
    elif fmt == "doccano":
        atomic_write(output, lambda fh: [fh.write(json.dumps(doccano_task(d, its, unit), ensure_ascii=False) + "\n")
                                          for d, its in groups])
    elif fmt == "label-studio":
        tasks = [label_studio_task(d, its, unit) for d, its in groups]
        atomic_write(output, lambda fh: json.dump(tasks, fh, ensure_ascii=False, indent=1))
        conf = Path(output).with_suffix(".label_config.xml")
        atomic_write(conf, lambda fh: fh.write(label_studio_config()))
    elif fmt == "brat":
        out = Path(output)
        out.mkdir(parents=True, exist_ok=True)
        manifest = {"offsets": unit, "documents": {}}
        for d, its in groups:
            stem = brat_file_stem(d.id)
            atomic_write(out / f"{stem}.txt", lambda fh, d=d: fh.write(d.text))
            atomic_write(out / f"{stem}.ann", lambda fh, d=d, its=its: fh.write(brat_ann(d, its, unit)))
            manifest["documents"][stem] = _carried(d, its)
        atomic_write(out / "annotation.conf", lambda fh: fh.write(brat_conf()))
        atomic_write(out / MANIFEST, lambda fh: json.dump(manifest, fh, ensure_ascii=False))
    else:
        raise UsageError(f"[E542] unknown format {fmt!r}")
    return len(groups)


# ---- import ----------------------------------------------------------------------------------------------------
def _span(text: str, off: Offsets, start: int, end: int, label: str, status: str = "actual",
          span_id: str | None = None, note: str = "") -> dict[str, Any]:
    s, e = off.from_tool(int(start)), off.from_tool(int(end))
    if not (0 <= s < e <= len(text)):
        raise UsageError(f"[E543] span {start}:{end} is outside the text")
    if ":" in label and label.split(":", 1)[1] in STATUSES:
        label, status = label.split(":", 1)
    return {"start": s, "end": e, "type": label, "status": status if status in STATUSES else "actual",
            "id": span_id, "note": note}


def _doc(doc_id: str, text: str, carried: dict[str, Any] | None, spans: list[dict[str, Any]], reviewer: str,
         predicted: dict[str, list] | None) -> dict[str, Any]:
    preds = (carried or {}).get("predictions")
    if preds is None and predicted is not None:
        preds = predicted.get(doc_id, [])
    if preds is None:
        raise UsageError(f"[E544] document {doc_id}: the file does not carry riskevents' predictions; give the "
                         "events file with --events and the documents with --docs")
    if carried and carried.get("text_sha1") and carried["text_sha1"] != sha1(text):
        raise UsageError(f"[E545] document {doc_id}: the text differs from the exported one (sha1 mismatch)")
    return {"doc_id": doc_id, "text": text, "predicted": preds, "spans": spans, "reviewer": reviewer}


def read_prodigy(path: Path, unit: str, predicted: dict | None) -> list[dict[str, Any]]:
    docs = []
    for lineno, task in iter_jsonl(path, "task"):
        answer = task.get("answer", "accept")
        if answer == "ignore":
            continue
        carried = task.get("riskevents")
        text = task["text"]
        doc_id = (carried or {}).get("doc_id") or task.get("meta", {}).get("doc_id")
        if not doc_id:
            raise UsageError(f"[E546] {path}:{lineno}: no doc_id in the task")
        off = Offsets(text, unit)
        spans = [] if answer == "reject" else [
            _span(text, off, s["start"], s["end"], s["label"], s.get("status", "actual"), s.get("event_id"))
            for s in task.get("spans", [])]
        docs.append(_doc(doc_id, text, carried, spans, task.get("_annotator_id", "") or "", predicted))
    return docs


def read_label_studio(path: Path, unit: str, predicted: dict | None) -> list[dict[str, Any]]:
    with open(path, encoding="utf-8") as fh:
        tasks = json.load(fh)
    if isinstance(tasks, dict):
        tasks = [tasks]
    docs = []
    for task in tasks:
        data = task.get("data", {})
        annotations = [a for a in task.get("annotations", task.get("completions", []))
                       if not a.get("was_cancelled")]
        if not annotations:
            continue  # not reviewed in Label Studio
        ann = max(annotations, key=lambda a: (str(a.get("updated_at") or a.get("created_at") or ""), a.get("id", 0)))
        text = data["text"]
        off = Offsets(text, unit)
        regions: dict[str, dict[str, Any]] = {}
        statuses: dict[str, str] = {}
        notes: dict[str, str] = {}
        for r in ann.get("result", []):
            rid = str(r.get("id"))
            v = r.get("value", {})
            if r.get("type") == "labels" and v.get("labels"):
                regions[rid] = v
            elif r.get("type") == "choices" and v.get("choices"):
                statuses[rid] = v["choices"][0]
            elif r.get("type") == "textarea" and v.get("text"):
                notes[rid] = " ".join(v["text"])
        spans = [_span(text, off, v["start"], v["end"], v["labels"][0], statuses.get(rid, "actual"), rid,
                       notes.get(rid, "")) for rid, v in regions.items()]
        who = ann.get("completed_by")
        reviewer = str(who.get("email", "")) if isinstance(who, dict) else (str(who) if who is not None else "")
        docs.append(_doc(data.get("doc_id") or (data.get("riskevents") or {}).get("doc_id"), text,
                         data.get("riskevents"), spans, reviewer, predicted))
    return docs


def read_doccano(path: Path, unit: str, predicted: dict | None) -> list[dict[str, Any]]:
    docs = []
    for lineno, task in iter_jsonl(path, "task"):
        text = task.get("text", task.get("data"))
        carried = task.get("riskevents") or (task.get("meta") or {}).get("riskevents")
        doc_id = task.get("doc_id") or (task.get("meta") or {}).get("doc_id") or (carried or {}).get("doc_id")
        if not doc_id:
            raise UsageError(f"[E546] {path}:{lineno}: no doc_id in the line")
        off = Offsets(text, unit)
        raw = task.get("label", task.get("labels"))
        if raw is None and "entities" in task:
            raw = [[e["start_offset"], e["end_offset"], e["label"]] for e in task["entities"]]
        spans = [_span(text, off, s, e, lab) for s, e, lab in (raw or [])]
        docs.append(_doc(doc_id, text, carried, spans, str(task.get("user", "") or ""), predicted))
    return docs


def read_brat(path: Path, unit: str, predicted: dict | None) -> list[dict[str, Any]]:
    manifest = {}
    if (path / MANIFEST).is_file():
        manifest = json.loads((path / MANIFEST).read_text(encoding="utf-8")).get("documents", {})
    docs = []
    for ann_path in sorted(path.rglob("*.ann")):
        stem = ann_path.relative_to(path).with_suffix("").as_posix()
        txt = ann_path.with_suffix(".txt")
        with open(txt, encoding="utf-8", newline="") as fh:
            text = fh.read()
        off = Offsets(text, unit)
        ents: dict[str, dict[str, Any]] = {}
        status: dict[str, str] = {}
        notes: dict[str, str] = {}
        for line in ann_path.read_text(encoding="utf-8").splitlines():
            if not line.strip():
                continue
            fields = line.split("\t")
            key = fields[0]
            if key.startswith("T") and len(fields) >= 2:
                label, _, frags = fields[1].partition(" ")
                bounds = [tuple(int(x) for x in f.split()) for f in frags.split(";")]
                ents[key] = {"label": label, "start": bounds[0][0], "end": bounds[-1][1]}
            elif key.startswith("A") and len(fields) >= 2:
                parts = fields[1].split()
                if len(parts) >= 3 and parts[0] == "Status":
                    status[parts[1]] = parts[2]
            elif key.startswith("#") and len(fields) >= 3:
                parts = fields[1].split()
                if len(parts) >= 2:
                    notes[parts[1]] = fields[2]
        spans = []
        for key, e in ents.items():
            note = notes.get(key, "")
            eid = note.split("event_id=", 1)[1].split()[0] if "event_id=" in note else None
            free = note.replace(f"event_id={eid}", "").strip() if eid else note
            spans.append(_span(text, off, e["start"], e["end"], e["label"], status.get(key, "actual"), eid, free))
        carried = manifest.get(stem)
        doc_id = (carried or {}).get("doc_id") or (stem + ".txt")
        docs.append(_doc(doc_id, text, carried, spans, "", predicted))
    if not docs:
        raise UsageError(f"[E547] no .ann files in {path}")
    return docs


READERS = {"prodigy": read_prodigy, "label-studio": read_label_studio, "doccano": read_doccano, "brat": read_brat}


def match(predicted: list[dict[str, Any]], spans: list[dict[str, Any]]) -> list[tuple[dict | None, dict | None]]:
    """Pairs (prediction, span): by id, then same offsets, then overlap (same type first); unpaired on either side
    pair with None."""
    pairs: list[tuple[dict | None, dict | None]] = []
    free_p = list(predicted)
    free_s = list(spans)

    def take(p: dict, s: dict) -> None:
        pairs.append((p, s))
        free_p.remove(p)
        free_s.remove(s)

    by_id = {p["event_id"]: p for p in predicted}
    for s in list(free_s):
        p = by_id.get(s.get("id") or "")
        if p is not None and p in free_p:
            take(p, s)
    for s in list(free_s):
        p = next((p for p in free_p if (p["start"], p["end"]) == (s["start"], s["end"])
                  and p["event_type"] == s["type"]), None) or \
            next((p for p in free_p if (p["start"], p["end"]) == (s["start"], s["end"])), None)
        if p is not None:
            take(p, s)
    for same_type in (True, False):
        for s in list(free_s):
            best = None
            for p in free_p:
                ov = min(p["end"], s["end"]) - max(p["start"], s["start"])
                if ov > 0 and (not same_type or p["event_type"] == s["type"]) and (best is None or ov > best[0]):
                    best = (ov, p)
            if best is not None:
                take(best[1], s)
    pairs += [(p, None) for p in free_p] + [(None, s) for s in free_s]
    return pairs


def decisions_of(docs: list[dict[str, Any]], fmt: str, reviewer: str = "") -> list[dict[str, Any]]:
    out = []
    for d in docs:
        who = reviewer or d["reviewer"] or f"{fmt}-import"
        for p, s in match(d["predicted"], d["spans"]):
            if s is None:
                dec = {"decision": "rejected", "type": p["event_type"], "status": p["status"], "trigger_start": p["start"],
                       "trigger_end": p["end"], "note": ""}
            else:
                changed = p is not None and (p["event_type"], p["status"], p["start"], p["end"]) != \
                    (s["type"], s["status"], s["start"], s["end"])
                dec = {"decision": "added" if p is None else "corrected" if changed else "accepted",
                       "type": s["type"], "status": s["status"], "trigger_start": s["start"], "trigger_end": s["end"],
                       "note": s.get("note", "")}
            dec["trigger"] = d["text"][dec["trigger_start"]:dec["trigger_end"]]
            out.append({"doc_id": d["doc_id"], "event_id": p["event_id"] if p else None, **dec,
                        "rule_id": p["rule_id"] if p else "",
                        "predicted": {"type": p["event_type"], "status": p["status"], "trigger_start": p["start"],
                                      "trigger_end": p["end"], "confidence": p.get("confidence")} if p else None,
                        "reviewer": who, "source_format": fmt})
    return out


def import_decisions(path: str | Path, fmt: str, predicted: list[dict[str, Any]] | None = None,
                     documents: dict[str, Document] | None = None, offsets: str | None = None,
                     reviewer: str = "") -> tuple[list[dict[str, Any]], list[dict[str, Any]]]:
    """(annotated documents, decisions) of a file (folder for brat) written by an annotation tool."""
    p = Path(path)
    if not p.exists():
        raise UsageError(f"[E548] not found: {p}")
    unit = _unit(fmt, offsets)
    if fmt == "brat" and (p / MANIFEST).is_file() and not offsets:
        unit = json.loads((p / MANIFEST).read_text(encoding="utf-8")).get("offsets", unit)
    by_doc = None
    if predicted is not None:
        by_doc = {}
        for it in predicted:
            by_doc.setdefault(it["doc_id"], []).append(it)
    try:
        docs = READERS[fmt](p, unit, by_doc)
    except (KeyError, ValueError, TypeError, IndexError) as e:
        raise UsageError(f"[E549] cannot read {p} as {fmt}: {type(e).__name__}: {e}") from e
    return docs, decisions_of(docs, fmt, reviewer)


def write_decisions(decisions: list[dict[str, Any]], output: str | Path) -> None:
    atomic_write(output, lambda fh: [fh.write(json.dumps(d, ensure_ascii=False) + "\n") for d in decisions])


def record_decisions(store: Any, docs: list[dict[str, Any]], decisions: list[dict[str, Any]]) -> int:
    """Put imported decisions into a review database (documents and predictions are added as needed)."""
    store.add_documents(Document(d["doc_id"], d["text"], {"source": ""}) for d in docs)
    store.add_items(it for d in docs for it in d["predicted"])
    n = 0
    for dec in decisions:
        who = dec["reviewer"]
        if dec["decision"] == "added":
            store.add_event(who, dec["doc_id"], dec["trigger_start"], dec["trigger_end"], dec["type"], dec["status"],
                            dec.get("note", ""))
            n += 1
            continue
        eid, pred = dec["event_id"], dec["predicted"]
        if dec["decision"] == "rejected":
            store.decide(who, eid, "reject")
        elif dec["decision"] == "accepted":
            store.decide(who, eid, "accept")
        else:
            if dec["type"] != pred["type"]:
                store.decide(who, eid, "type", {"type": dec["type"]})
            if dec["status"] != pred["status"]:
                store.decide(who, eid, "status", {"status": dec["status"]})
            if (dec["trigger_start"], dec["trigger_end"]) != (pred["trigger_start"], pred["trigger_end"]):
                store.decide(who, eid, "boundaries", {"start": dec["trigger_start"], "end": dec["trigger_end"]})
        if dec.get("note"):
            store.decide(who, eid, "comment", {"text": dec["note"]})
        n += 1
    return n
