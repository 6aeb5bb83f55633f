"""Scoring predicted events against gold mentions.

Matching (issue 3): a predicted event matches a gold mention of the same type when the predicted trigger span
overlaps the gold evidence span; matching is one-to-one, greedy by overlap size. Predictions with identical
(doc, type, trigger offsets) count once (one trigger distributed over list items is one mention).

- "any status": every prediction and every gold mention, status ignored.
- "actual only": predictions whose status is actual (affirmed, asserted, not boilerplate) against gold mentions
  with status actual.
- Status accuracy and confusion on the "any status" matches.
- Recall counts only fully annotated documents; in a partly annotated (partly reviewed) document, a prediction
  that overlaps no gold mention of any type is unknown and not counted.
- Confidence intervals (``bootstrap=B``): the documents are resampled with replacement B times (seeded, so the same
  input gives the same intervals) and the headline scores recomputed from each document's counts; the 2.5th and
  97.5th percentiles are reported. Mentions of one document are not independent (one story repeats its event), so
  the document is the unit resampled.
"""

from __future__ import annotations

import json
from collections import Counter, defaultdict
from dataclasses import dataclass
from typing import Any, Iterable

STATUSES = ("actual", "negated", "hypothetical")


@dataclass
class Pred:
    doc_id: str
    type: str
    start: int
    end: int
    status: str
    rule_id: str
    trigger: str = ""
    sentence: str = ""


@dataclass
class Gold:
    doc_id: str
    type: str
    start: int
    end: int
    status: str
    trigger_start: int
    trigger_end: int
    trigger: str


def _prf(tp: int, n_pred: int, n_gold: int) -> dict[str, float]:
    p = tp / n_pred if n_pred else 0.0
    r = tp / n_gold if n_gold else 0.0
    f = 2 * p * r / (p + r) if p + r else 0.0
    return {"precision": round(p, 4), "recall": round(r, 4), "f1": round(f, 4), "tp": tp, "pred": n_pred,
            "gold": n_gold}


def preds_from_rows(rows: Iterable[dict[str, Any]]) -> list[Pred]:
    seen: set[tuple[str, str, int, int]] = set()
    preds: list[Pred] = []
    for row in rows:
        key = (str(row["doc_id"]), row["event_type"], int(row["start_char"]), int(row["end_char"]))
        if key in seen:
            continue
        seen.add(key)
        status = row.get("status") or _status(row)
        preds.append(Pred(key[0], key[1], key[2], key[3], status, row.get("rule_id", ""), row.get("trigger", ""),
                          row.get("sentence", "")))
    return preds


def _status(row: dict[str, Any]) -> str:
    boiler = str(row.get("boilerplate", "")).lower() in ("true", "1")
    if row.get("modality", "asserted") != "asserted" or boiler:
        return "hypothetical"
    if row.get("polarity") == "negated":
        return "negated"
    return "actual"


def golds_from_docs(gold_docs: list[dict[str, Any]]) -> list[Gold]:
    out = []
    for d in gold_docs:
        for m in d["mentions"]:
            ev_s = m.get("evidence_start", m["trigger_start"])
            ev_e = m.get("evidence_end", m["trigger_end"])
            out.append(Gold(d["doc_id"], m["type"], int(ev_s), int(ev_e), m.get("status", "actual"),
                            int(m["trigger_start"]), int(m["trigger_end"]), m.get("trigger", "")))
    return out


def _match(preds: list[Pred], golds: list[Gold]) -> list[tuple[Pred, Gold]]:
    """One-to-one, same type, trigger overlaps evidence; greedy by overlap then by trigger closeness."""
    by_key: dict[tuple[str, str], list[Gold]] = defaultdict(list)
    for g in golds:
        by_key[(g.doc_id, g.type)].append(g)
    candidates = []
    for i, p in enumerate(preds):
        for j, g in enumerate(by_key.get((p.doc_id, p.type), [])):
            overlap = min(p.end, g.end) - max(p.start, g.start)
            if overlap > 0:
                trig_overlap = min(p.end, g.trigger_end) - max(p.start, g.trigger_start)
                candidates.append((-(trig_overlap > 0), -trig_overlap, abs(p.start - g.trigger_start), i, id(g), p, g))
    candidates.sort(key=lambda c: c[:5])
    used_p: set[int] = set()
    used_g: set[int] = set()
    pairs = []
    for *_, i, gid, p, g in candidates:
        if i in used_p or gid in used_g:
            continue
        used_p.add(i)
        used_g.add(gid)
        pairs.append((p, g))
    return pairs


def evaluate_events(gold_docs: list[dict[str, Any]], pred_rows: Iterable[dict[str, Any]],
                    texts: dict[str, str] | None = None, bootstrap: int = 0, seed: int = 0) -> dict[str, Any]:
    gold_ids = {d["doc_id"] for d in gold_docs}
    full_ids = {d["doc_id"] for d in gold_docs if d.get("fully_annotated", True)}
    golds = golds_from_docs(gold_docs)
    preds = [p for p in preds_from_rows(pred_rows) if p.doc_id in gold_ids]
    # partly annotated documents: only predictions overlapping some gold mention are judged
    golds_by_doc: dict[str, list[Gold]] = defaultdict(list)
    for g in golds:
        golds_by_doc[g.doc_id].append(g)
    preds = [p for p in preds if p.doc_id in full_ids or any(
        min(p.end, g.end) > max(p.start, g.start) for g in golds_by_doc[p.doc_id])]
    recall_golds = [g for g in golds if g.doc_id in full_ids]

    def score(ps: list[Pred], gs: list[Gold]) -> dict[str, Any]:
        pairs = _match(ps, gs)
        types = sorted({p.type for p in ps} | {g.type for g in gs})
        per_type = {}
        for t in types:
            tp = sum(1 for p, g in pairs if p.type == t)
            per_type[t] = _prf(tp, sum(1 for p in ps if p.type == t),
                               sum(1 for g in gs if g.type == t and g.doc_id in full_ids))
        micro = _prf(len(pairs), len(ps), sum(1 for g in gs if g.doc_id in full_ids))
        with_gold = [v for v in per_type.values() if v["gold"]]
        macro = {k: round(sum(v[k] for v in with_gold) / len(with_gold), 4) if with_gold else 0.0
                 for k in ("precision", "recall", "f1")}
        return {"micro": micro, "macro": macro, "per_type": per_type, "pairs": pairs}

    any_status = score(preds, recall_golds + [g for g in golds if g.doc_id not in full_ids])
    actual_preds, actual_golds = [p for p in preds if p.status == "actual"], [g for g in golds if g.status == "actual"]
    actual = score(actual_preds, actual_golds)
    pairs = any_status.pop("pairs")
    actual_pairs = actual.pop("pairs")
    confusion: dict[str, Counter[str]] = {s: Counter() for s in STATUSES}
    for p, g in pairs:
        confusion.setdefault(g.status, Counter())[p.status] += 1
    correct = sum(1 for p, g in pairs if p.status == g.status)
    matched_pred = {id(p) for p, _ in pairs}
    matched_gold = {id(g) for _, g in pairs}
    rules: dict[str, dict[str, Any]] = {}
    for p in preds:
        r = rules.setdefault(p.rule_id, {"fired": 0, "correct": 0, "correct_type_and_status": 0})
        r["fired"] += 1
    for p, g in pairs:
        rules[p.rule_id]["correct"] += 1
        if p.status == g.status:
            rules[p.rule_id]["correct_type_and_status"] += 1
    for r in rules.values():
        r["precision"] = round(r["correct"] / r["fired"], 4) if r["fired"] else 0.0
    missed = []
    for g in recall_golds:
        if id(g) in matched_gold:
            continue
        text = (texts or {}).get(g.doc_id, "")
        missed.append({"doc_id": g.doc_id, "type": g.type, "status": g.status, "trigger": g.trigger,
                       "trigger_start": g.trigger_start, "evidence": text[g.start:g.end] if text else ""})
    status_errors = [{"doc_id": p.doc_id, "type": p.type, "gold": g.status, "predicted": p.status,
                      "trigger": p.trigger, "rule_id": p.rule_id, "sentence": p.sentence}
                     for p, g in pairs if p.status != g.status]
    false_pos = [{"doc_id": p.doc_id, "type": p.type, "status": p.status, "trigger": p.trigger, "start": p.start,
                  "rule_id": p.rule_id, "sentence": p.sentence}
                 for p in preds if id(p) not in matched_pred]
    result = {
        "documents": len(gold_docs),
        "fully_annotated_documents": len(full_ids),
        "any_status": any_status,
        "actual_only": actual,
        "status_accuracy": round(correct / len(pairs), 4) if pairs else 0.0,
        "status_confusion": {g: dict(c) for g, c in confusion.items()},
        "rules": dict(sorted(rules.items())),
        "missed": missed,
        "false_positives": false_pos,
        "status_errors": status_errors,
    }
    if bootstrap > 0:
        counts = {d["doc_id"]: [0, 0, 0, 0, 0] for d in gold_docs}  # tp, pred, gold (actual only); matched, correct
        for p, _ in actual_pairs:
            counts[p.doc_id][0] += 1
        for p in actual_preds:
            counts[p.doc_id][1] += 1
        for g in actual_golds:
            if g.doc_id in full_ids:
                counts[g.doc_id][2] += 1
        for p, g in pairs:
            counts[p.doc_id][3] += 1
            counts[p.doc_id][4] += p.status == g.status
        result["bootstrap"] = bootstrap_intervals([counts[k] for k in sorted(counts)], bootstrap, seed)
    return result


def bootstrap_intervals(per_doc: list[list[int]], resamples: int, seed: int = 0) -> dict[str, Any]:
    """95% intervals of actual-only micro P/R/F1 and status accuracy, resampling documents (rows of ``per_doc``:
    tp, pred, gold, matched, status correct)."""
    import numpy

    counts = numpy.asarray(per_doc, dtype=numpy.float64).reshape(-1, 5)
    n = len(counts)
    rng = numpy.random.default_rng(seed)
    weights = numpy.stack([numpy.bincount(rng.integers(0, n, n), minlength=n) for _ in range(resamples)]) \
        if n else numpy.zeros((resamples, 0))
    tp, pred, gold, matched, correct = (weights @ counts).T

    def ratio(a, b):
        return numpy.divide(a, b, out=numpy.zeros_like(a), where=b > 0)

    p, r = ratio(tp, pred), ratio(tp, gold)
    scores = {"precision": p, "recall": r, "f1": ratio(2 * p * r, p + r), "status_accuracy": ratio(correct, matched)}
    return {"resamples": resamples, "seed": seed, "unit": "document", "level": 0.95,
            **{k: [round(float(numpy.percentile(v, 2.5)), 4), round(float(numpy.percentile(v, 97.5)), 4)]
               for k, v in scores.items()}}


def format_events_report(result: dict[str, Any], show_missed: int = 30) -> str:
    lines = [f"documents: {result['documents']} ({result['fully_annotated_documents']} fully annotated)", ""]
    for title, key in (("ANY STATUS", "any_status"), ("ACTUAL ONLY", "actual_only")):
        block = result[key]
        lines.append(f"{title:<24}{'P':>7}{'R':>7}{'F1':>7}{'tp':>6}{'pred':>6}{'gold':>6}")
        for t, v in block["per_type"].items():
            lines.append(f"  {t:<22}{v['precision']:>7.3f}{v['recall']:>7.3f}{v['f1']:>7.3f}{v['tp']:>6}"
                         f"{v['pred']:>6}{v['gold']:>6}")
        m = block["micro"]
        lines.append(f"  {'micro':<22}{m['precision']:>7.3f}{m['recall']:>7.3f}{m['f1']:>7.3f}{m['tp']:>6}"
                     f"{m['pred']:>6}{m['gold']:>6}")
        ma = block["macro"]
        lines.append(f"  {'macro':<22}{ma['precision']:>7.3f}{ma['recall']:>7.3f}{ma['f1']:>7.3f}")
        lines.append("")
    lines.append(f"status accuracy on matched mentions: {result['status_accuracy']:.3f}")
    if "bootstrap" in result:
        b = result["bootstrap"]
        lines.append(f"95% intervals ({b['resamples']} resamples of the documents): actual-only "
                     + ", ".join(f"{k} {b[k][0]:.3f}-{b[k][1]:.3f}" for k in ("precision", "recall", "f1"))
                     + f"; status accuracy {b['status_accuracy'][0]:.3f}-{b['status_accuracy'][1]:.3f}")
    lines.append("status confusion (gold -> predicted):")
    for g, row in result["status_confusion"].items():
        lines.append(f"  {g:<13}" + "  ".join(f"{s}={row.get(s, 0)}" for s in STATUSES))
    lines.append("")
    lines.append(f"{'rule':<40}{'fired':>7}{'correct':>9}{'prec':>7}")
    for rid, r in result["rules"].items():
        lines.append(f"  {rid:<38}{r['fired']:>7}{r['correct']:>9}{r['precision']:>7.3f}")
    if result["missed"]:
        lines.append("")
        lines.append(f"missed gold mentions ({len(result['missed'])}, first {show_missed}):")
        for m in result["missed"][:show_missed]:
            ev = " ".join(m["evidence"].split())[:140]
            lines.append(f"  {m['doc_id']} {m['type']} [{m['status']}] '{m['trigger']}': {ev}")
    return "\n".join(lines)


def to_json(result: dict[str, Any]) -> str:
    return json.dumps(result, indent=2, sort_keys=True, ensure_ascii=False)
