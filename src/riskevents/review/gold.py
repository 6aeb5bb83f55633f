"""Reviewed decisions -> gold JSONL (docs/gold-format.md), the file ``riskevents evaluate`` and ``calibrate`` read.

One line per document that has at least one decision:

- ``mentions``: the events the reviewers confirmed: accepted, corrected (type, status or trigger changed) and added
  ones, with the gold fields (type, status, trigger, trigger_start/end, evidence_start/end, note) and, as extra fields,
  ``decision``, ``event_id``, ``rule_id``, ``reviewer``, ``decided_at`` and ``predicted`` (the record as the
  extractor gave it: type, status, offsets, confidence, section, features).
- ``rejected``: the predictions the reviewers rejected (same extra fields); they are not mentions.
- ``fully_annotated``: true only when every predicted event (and every candidate loaded for review) of the document
  has a decision. Recall is measurable only on those documents; ``notes`` and ``review`` say how far review went.

With several reviewers, an item's decision is that of the reviewer who decided it last (``--reviewer`` keeps one).
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from .formats import atomic_write
from .items import features_of, sentence_bounds
from .store import Store

NOTE = ("fully_annotated: every predicted event (and possible missed event) of this document shown for review has "
        "a decision; reviewers added the missed events they found")


def _predicted(it: dict[str, Any]) -> dict[str, Any]:
    return {"type": it["event_type"], "status": it["status"], "trigger_start": it["start"],
            "trigger_end": it["end"], "confidence": it.get("confidence"), "section": it.get("section", ""),
            "polarity": it.get("polarity", ""), "modality": it.get("modality", ""),
            "boilerplate": bool(it.get("boilerplate")), "features": features_of(it)}


def gold_documents(store: Store, reviewer: str | None = None, split: str = "dev") -> list[dict[str, Any]]:
    states = store.states(reviewer)
    items = store.live_items()
    by_doc: dict[str, list[dict[str, Any]]] = {}
    for it in items:
        by_doc.setdefault(it["doc_id"], []).append(it)
    out = []
    for doc in store.documents():
        doc_id = doc["doc_id"]
        doc_items = by_doc.get(doc_id, [])
        decided = [(it, states[it["event_id"]]) for it in doc_items
                   if it["event_id"] in states and states[it["event_id"]]["decision"]]
        if not decided:
            continue
        text = store.document(doc_id)["text"]
        to_review = [it for it in doc_items if it["kind"] in ("predicted", "candidate")]
        n_decided = sum(1 for it in to_review if it["event_id"] in states and states[it["event_id"]]["decision"])
        mentions, rejected = [], []
        for it, st in decided:
            if it["kind"] == "candidate":
                continue  # an accepted candidate became an added item; a rejected one is "no event here"
            start, end = st["start"], st["end"]
            if it["kind"] == "added":
                ev0, ev1 = it["sentence_start"], it["sentence_end"]
            elif (start, end) == (it["start"], it["end"]):
                ev0, ev1 = it["sentence_start"], it["sentence_end"]
            else:
                ev0, ev1 = sentence_bounds(text, start, end)
                ev0, ev1 = min(ev0, it["sentence_start"]), max(ev1, it["sentence_end"])
            m = {"type": st["event_type"], "status": st["status"], "trigger": text[start:end],
                 "trigger_start": start, "trigger_end": end, "evidence_start": min(ev0, start),
                 "evidence_end": max(ev1, end), "note": st["comment"], "decision": st["decision"],
                 "event_id": it["event_id"], "rule_id": it.get("rule_id", ""), "reviewer": st["reviewer"],
                 "decided_at": st["decided_at"]}
            if it["kind"] == "predicted":
                m["predicted"] = _predicted(it)
            (rejected if st["decision"] == "rejected" else mentions).append(m)
        mentions.sort(key=lambda m: (m["trigger_start"], m["trigger_end"], m["type"]))
        rejected.sort(key=lambda m: (m["trigger_start"], m["trigger_end"], m["type"]))
        full = n_decided == len(to_review)
        added = sum(1 for m in mentions if m["decision"] == "added")
        out.append({
            "doc_id": doc_id, "source": doc["source"], "split": split, "fully_annotated": full,
            "text_sha1": doc["text_sha1"],
            "notes": f"reviewed {n_decided}/{len(to_review)} items, {added} added; {NOTE}",
            "review": {"items": len(to_review), "decided": n_decided, "added": added,
                       "reviewers": sorted({st["reviewer"] for _, st in decided if st["reviewer"]})},
            "mentions": mentions, "rejected": rejected,
        })
    return out


def write_gold(store: Store, output: str | Path, reviewer: str | None = None, split: str = "dev") -> dict[str, int]:
    docs = gold_documents(store, reviewer, split)
    atomic_write(output, lambda fh: [fh.write(json.dumps(d, ensure_ascii=False) + "\n") for d in docs])
    return {"documents": len(docs), "fully_annotated": sum(1 for d in docs if d["fully_annotated"]),
            "mentions": sum(len(d["mentions"]) for d in docs), "rejected": sum(len(d["rejected"]) for d in docs)}
