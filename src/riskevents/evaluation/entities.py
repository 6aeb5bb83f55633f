"""Entity evaluation: precision, recall and F1 per label, for exact and for overlapping spans.

Gold comes in two shapes, read by ``load_entity_gold``:

- the NIST 1999 IE-ER sample (``../shared/corpora/ieer-1999-entities.jsonl``, MUC style): ``id``, ``text`` and
  ``labels.entities`` [{start, end, label, text}]. Its labels are mapped to ours by ``IEER_LABELS`` (ORGANIZATION ->
  ORG; MONEY, PERCENT, DATE unchanged); TIME and DURATION spans become *unscored regions*; PERSON, LOCATION, CARDINAL
  and MEASURE are dropped (a prediction of ours on them is a false positive). IE-ER leaves deictic expressions
  ("today", "last year", "two years ago", "earlier this month") unannotated, while this project tags them DATE on
  purpose (press releases date their figures with them); those regions are unscored too, unless a gold entity
  overlaps them. A MONEY span with no currency in it (a stock-index level "9,000", a bond price "104 23/32", a bare
  "millions") is unscored too: MUC calls those money, this project's MONEY is an amount of a currency. The mapping is
  documented in docs/entity-evaluation.md.
- the project's entity gold: ``{"doc_id", "entities": [{label, start, end}], "split"?}``, scored as it is.

Each gold document becomes ``{"doc_id", "split", "entities": [{label, start, end, text?}], "unscored": [{start, end,
reason}], "text"?}``. Predictions are rows of ``entities.csv`` (doc_id, label, start_char, end_char, text, ...),
matched to gold documents by id; rows of documents absent from the gold are ignored.

Scores: exact (same label, same start and end) and overlap (same label, the spans share a character; one-to-one).
A prediction that matches no gold entity of its label and overlaps an unscored region counts neither way.
"""

from __future__ import annotations

import hashlib
import json
import re
from pathlib import Path
from typing import Any, Iterable, Optional

import typer

LABELS = ("MONEY", "PERCENT", "DATE", "ORG")

# IE-ER (MUC) label -> ours; None: not ours, dropped; "UNSCORED": the region is not scored.
IEER_LABELS: dict[str, Optional[str]] = {
    "MONEY": "MONEY", "PERCENT": "PERCENT", "DATE": "DATE", "ORGANIZATION": "ORG",
    "TIME": "UNSCORED", "DURATION": "UNSCORED", "MEASURE": "RATE?",
    "PERSON": None, "LOCATION": None, "CARDINAL": None,
}
# MUC tags a rate ("$26 a week", "0.9 percent per year", "RM1,000 a day") as MEASURE; this project tags its amount
# MONEY/PERCENT. A MEASURE span with a currency or percent marker is unscored; other MEASURE spans are dropped.
IEER_RATE_RE = re.compile(r"[$\u20ac\u00a3\u00a5%]|\bRM(?=\d)|\b(?:dlrs?|cents?|dollars?|percent|per\s+cent|pct|kroner"
                          r"|yen|ringgit|euros?|basis\s+points?)\b", re.I)

# Deictic time expressions IE-ER does not annotate (it annotates weekdays, months, years and named days; not these).
_UNIT = r"(?:week|weekend|month|year|quarter|decade|century|season)"
_COUNT = r"(?:\d+|a|an|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|twenty|thirty|several|few|many|some)"
IEER_DEICTIC_RE = re.compile(
    rf"\b(?:today|tonight|yesterday|tomorrow|now)\b(?:'s)?"
    rf"|\b(?:(?:earlier|later|early|late)[ \t\n]+)?(?:last|this|next|past|coming|previous)[ \t\n]+{_UNIT}s?\b(?:'s)?"
    rf"|\b(?:the[ \t\n]+)?(?:a[ \t\n]+)?{_UNIT}[ \t\n\-]+(?:ago|earlier|before)\b"
    rf"|\b(?:the[ \t\n]+)?(?:prior|previous|preceding|same)[ \t\n]+{_UNIT}\b"
    rf"|\brecent[ \t\n]+(?:days|weeks|months|years|decades)\b"
    rf"|\b{_COUNT}[ \t\n\-]+(?:days?|weeks?|months?|years?|decades?|seasons?)[ \t\n]+ago\b"
    rf"|\b(?:years|decades|months)[ \t\n]+ago\b",
    re.I)

# A currency in a MONEY span: a currency sign, or a currency's name or wire abbreviation. IE-ER also tags as MONEY
# what has none (index levels, bond prices in 32nds, "millions"); those spans are unscored. The list is of currencies,
# not of what the rules know, so a currency the rules miss still counts as a miss.
IEER_CURRENCY_RE = re.compile(
    r"[$\u00a2-\u00a5\u20a0-\u20cf]|\bRM(?=\s?\d)|\b(?:USD|GBP|EUR|JPY|CHF|CAD|AUD|DEM|FRF)\b"
    r"|(?i:\b(?:dlrs?|dollars?|cents?|penny|pennies|pence|pounds?|sterling|yen|yuan|renminbi|euros?|marks?|d-marks?"
    r"|francs?|lire|lira|pesos?|pesetas?|escudos?|guilders?|schillings?|drachmas?|kroner|krone|kronor|krona|rupees?"
    r"|rupiah|ringgit|baht|won|rand|reais|real|roubles?|rubles?|shekels?|zloty|forint|dinars?|riyals?|dirhams?"
    r"|bolivars?|cruzados?|australs?)\b)")

SPLIT_MODULUS = 3


def ieer_split(doc_id: str) -> str:
    """Deterministic split of IE-ER by document id: sha1(id) % 3 == 0 -> test, else dev."""
    digest = hashlib.sha1(doc_id.encode("utf-8")).hexdigest()
    return "test" if int(digest, 16) % SPLIT_MODULUS == 0 else "dev"


# ---- gold -------------------------------------------------------------------------------------------------------
def _overlaps(a_start: int, a_end: int, b_start: int, b_end: int) -> bool:
    return a_start < b_end and b_start < a_end


def ieer_document(record: dict[str, Any], conventions: bool = True) -> dict[str, Any]:
    """One IE-ER line -> a gold document with our labels and the unscored regions. ``conventions=False``: IE-ER raw
    (deictic expressions and MONEY spans with no currency are scored as IE-ER has them)."""
    text = record["text"]
    entities: list[dict[str, Any]] = []
    unscored: list[dict[str, Any]] = []
    for e in record.get("labels", {}).get("entities", []):
        start, end = int(e["start"]), int(e["end"])
        span = text[start:end]
        mapped, reason = IEER_LABELS.get(e["label"]), e["label"]
        if mapped == "RATE?":
            mapped = "UNSCORED" if IEER_RATE_RE.search(span) else None
        elif mapped == "MONEY" and conventions and not IEER_CURRENCY_RE.search(span):
            mapped, reason = "UNSCORED", "MONEY without currency"
        if mapped is None:
            continue
        if mapped == "UNSCORED":
            unscored.append({"start": start, "end": end, "reason": reason})
        else:
            entities.append({"label": mapped, "start": start, "end": end, "text": span})
    for m in (IEER_DEICTIC_RE.finditer(text) if conventions else ()):
        if not any(_overlaps(m.start(), m.end(), g["start"], g["end"]) for g in entities):
            unscored.append({"start": m.start(), "end": m.end(), "reason": "deictic"})
    return {"doc_id": str(record["id"]), "split": ieer_split(str(record["id"])), "entities": entities,
            "unscored": unscored, "text": text, "source": "ieer"}


def project_document(record: dict[str, Any]) -> dict[str, Any]:
    entities = [{"label": e["label"], "start": int(e["start"]), "end": int(e["end"]),
                 **({"text": e["text"]} if "text" in e else {})} for e in record.get("entities", [])]
    unscored = [{"start": int(u["start"]), "end": int(u["end"]), "reason": u.get("reason", "unscored")}
                for u in record.get("unscored", [])]
    doc = {"doc_id": str(record["doc_id"]), "split": record.get("split", "dev"), "entities": entities,
           "unscored": unscored, "source": "project"}
    if "text" in record:
        doc["text"] = record["text"]
    return doc


def load_entity_gold(path: str | Path, split: Optional[str] = None, ieer_conventions: bool = True) -> list[dict[str, Any]]:
    """Read IE-ER JSONL or project entity-gold JSONL (the shape is told line by line); ``split``: keep dev or test.

    ``ieer_conventions=False`` leaves deictic expressions and MONEY without a currency scored (IE-ER raw); TIME,
    DURATION and rates stay unscored.
    """
    docs: list[dict[str, Any]] = []
    with open(path, encoding="utf-8") as fh:
        for lineno, line in enumerate(fh, 1):
            line = line.strip()
            if not line:
                continue
            try:
                record = json.loads(line)
            except json.JSONDecodeError as e:
                raise ValueError(f"{path}:{lineno}: not valid JSON ({e.msg})") from e
            if "labels" in record and "text" in record and "id" in record:
                doc = ieer_document(record, conventions=ieer_conventions)
            elif "doc_id" in record and "entities" in record:
                doc = project_document(record)
            else:
                raise ValueError(f"{path}:{lineno}: neither IE-ER (id, text, labels.entities) nor entity gold "
                                 "(doc_id, entities)")
            if split is None or doc["split"] == split:
                docs.append(doc)
    return docs


# ---- scoring ----------------------------------------------------------------------------------------------------
def _prf(tp_pred: int, tp_gold: int, n_pred: int, n_gold: int) -> dict[str, float]:
    p = tp_pred / n_pred if n_pred else (1.0 if n_gold == 0 else 0.0)
    r = tp_gold / n_gold if n_gold else (1.0 if n_pred == 0 else 0.0)
    f = 2 * p * r / (p + r) if p + r else 0.0
    return {"tp": tp_gold, "precision": round(p, 4), "recall": round(r, 4), "f1": round(f, 4)}


def _pred_spans(rows: Iterable[dict[str, Any]], doc_ids: set[str], labels: tuple[str, ...]) -> dict[str, list]:
    out: dict[str, list] = {}
    for row in rows:
        doc_id = str(row.get("doc_id", ""))
        if doc_id not in doc_ids or row.get("label") not in labels:
            continue
        out.setdefault(doc_id, []).append({"label": row["label"], "start": int(row["start_char"]),
                                           "end": int(row["end_char"]), "text": row.get("text", "")})
    return out


def evaluate_entities(gold: list[dict[str, Any]], predicted_rows: Iterable[dict[str, Any]],
                      labels: Iterable[str] = LABELS, max_examples: int = 50) -> dict[str, Any]:
    """P/R/F1 per label and micro-averaged, exact and overlap; plus the missed and spurious spans (examples)."""
    labels = tuple(labels)
    by_doc = {g["doc_id"]: g for g in gold}
    preds = _pred_spans(predicted_rows, set(by_doc), labels)
    counts = {lab: {"gold": 0, "pred": 0, "exact": 0, "overlap_pred": 0, "overlap_gold": 0, "unscored": 0}
              for lab in labels}
    errors: dict[str, dict[str, list]] = {lab: {"missed": [], "spurious": [], "boundary": []} for lab in labels}
    for doc_id, g in by_doc.items():
        text = g.get("text")
        gold_ents = [e for e in g["entities"] if e["label"] in labels]
        for lab in labels:
            gs = sorted({(e["start"], e["end"]) for e in gold_ents if e["label"] == lab})
            ps = sorted({(p["start"], p["end"]) for p in preds.get(doc_id, []) if p["label"] == lab})
            # a prediction matching no gold entity of its label inside an unscored region counts neither way
            kept = []
            for s, e in ps:
                if not any(_overlaps(s, e, gs_, ge) for gs_, ge in gs) and \
                        any(_overlaps(s, e, u["start"], u["end"]) for u in g.get("unscored", [])):
                    counts[lab]["unscored"] += 1
                    continue
                kept.append((s, e))
            ps = kept
            c = counts[lab]
            c["gold"] += len(gs)
            c["pred"] += len(ps)
            gset, pset = set(gs), set(ps)
            c["exact"] += len(gset & pset)
            # overlap: one-to-one, exact pairs first, then greedily by position
            used_g = set(gset & pset)
            used_p = set(gset & pset)
            for s, e in ps:
                if (s, e) in used_p:
                    continue
                for gs_, ge in gs:
                    if (gs_, ge) not in used_g and _overlaps(s, e, gs_, ge):
                        used_g.add((gs_, ge))
                        used_p.add((s, e))
                        errors[lab]["boundary"].append(_example(doc_id, text, (gs_, ge), (s, e)))
                        break
            c["overlap_pred"] += len(used_p)
            c["overlap_gold"] += len(used_g)
            for span in gs:
                if span not in used_g:
                    errors[lab]["missed"].append(_example(doc_id, text, span, None))
            for span in ps:
                if span not in used_p:
                    errors[lab]["spurious"].append(_example(doc_id, text, None, span))
    result: dict[str, Any] = {"documents": len(by_doc), "labels": {}, "errors": {}}
    tot = {"gold": 0, "pred": 0, "exact": 0, "overlap_pred": 0, "overlap_gold": 0, "unscored": 0}
    for lab in labels:
        c = counts[lab]
        for k in tot:
            tot[k] += c[k]
        result["labels"][lab] = _summary(c)
        result["errors"][lab] = {k: v[:max_examples] for k, v in errors[lab].items()}
    result["micro"] = _summary(tot)
    return result


def _summary(c: dict[str, int]) -> dict[str, Any]:
    return {"gold": c["gold"], "pred": c["pred"], "unscored_pred": c["unscored"],
            "exact": _prf(c["exact"], c["exact"], c["pred"], c["gold"]),
            "overlap": _prf(c["overlap_pred"], c["overlap_gold"], c["pred"], c["gold"])}


def _example(doc_id: str, text: Optional[str], gold: Optional[tuple[int, int]],
             pred: Optional[tuple[int, int]]) -> dict[str, Any]:
    ex: dict[str, Any] = {"doc_id": doc_id}
    if gold:
        ex["gold"] = [gold[0], gold[1]] + ([text[gold[0]:gold[1]]] if text else [])
    if pred:
        ex["pred"] = [pred[0], pred[1]] + ([text[pred[0]:pred[1]]] if text else [])
    if text:
        s = min(x[0] for x in (gold, pred) if x)
        e = max(x[1] for x in (gold, pred) if x)
        ex["context"] = text[max(0, s - 40):e + 40].replace("\n", " ").replace("\t", " ")
    return ex


def format_entities_report(result: dict[str, Any], examples: int = 0) -> str:
    """A readable table: one row per label and a micro row; ``examples`` > 0 also lists missed/spurious spans."""
    head = (f"{'label':<9} {'gold':>5} {'pred':>5} | {'exact P':>7} {'R':>6} {'F1':>6} | "
            f"{'overlap P':>9} {'R':>6} {'F1':>6}")
    lines = [f"entities: {result['documents']} documents", head, "-" * len(head)]

    def row(name: str, s: dict[str, Any]) -> str:
        ex, ov = s["exact"], s["overlap"]
        return (f"{name:<9} {s['gold']:>5} {s['pred']:>5} | {ex['precision']:>7.3f} {ex['recall']:>6.3f} "
                f"{ex['f1']:>6.3f} | {ov['precision']:>9.3f} {ov['recall']:>6.3f} {ov['f1']:>6.3f}")

    for lab, s in result["labels"].items():
        lines.append(row(lab, s))
    lines.append("-" * len(head))
    lines.append(row("micro", result["micro"]))
    unscored = result["micro"].get("unscored_pred", 0)
    if unscored:
        lines.append(f"({unscored} predictions inside unscored regions not counted)")
    if examples:
        for lab, errs in result.get("errors", {}).items():
            for kind in ("missed", "spurious", "boundary"):
                for ex in errs[kind][:examples]:
                    what = ex.get("gold") if kind == "missed" else ex.get("pred")
                    extra = f" gold={ex['gold'][2]!r}" if kind == "boundary" and len(ex.get("gold", [])) > 2 else ""
                    shown = what[2] if len(what) > 2 else f"{what[0]}-{what[1]}"
                    lines.append(f"  {lab:<8} {kind:<8} {ex['doc_id']}: {shown!r}{extra}  | {ex.get('context', '')}")
    return "\n".join(lines)


# ---- reading predictions -----------------------------------------------------------------------------------------
def read_predictions(path: str | Path) -> list[dict[str, Any]]:
    """Rows of an entities output (.csv, .jsonl or .parquet) as dicts."""
    from ..writers import format_of, iter_csv, read_table

    fmt = format_of(path)
    if fmt == "csv":
        return list(iter_csv(path))
    if fmt == "jsonl":
        with open(path, encoding="utf-8") as fh:
            return [json.loads(line) for line in fh if line.strip()]
    return read_table(path).to_dict(orient="records")


# ---- command line: `riskevents evaluate entities` ----------------------------------------------------------------
def entities_cli(
    gold: str = typer.Option(..., "--gold", help="IE-ER JSONL or project entity gold JSONL"),
    pred: str = typer.Option(..., "--pred", help="entities output of `riskevents extract --entities`"),
    json_out: bool = typer.Option(False, "--json", help="print the result as JSON"),
    split: Optional[str] = typer.Option(None, "--split", help="only gold documents of this split (dev/test)"),
    examples: int = typer.Option(0, "--examples", help="list up to N missed/spurious spans per label"),
    raw: bool = typer.Option(False, "--raw", help="IE-ER gold as it is: deictic dates and MONEY with no currency "
                             "scored (see docs/entity-evaluation.md)"),
) -> None:
    """Score predicted entities against gold: P/R/F1 per label, exact and overlap."""
    from ..errors import UsageError

    if split not in (None, "dev", "test"):
        raise UsageError(f"[E210] --split must be dev or test, not {split!r}")
    for p in (gold, pred):
        if not Path(p).is_file():
            raise UsageError(f"[E211] no such file: {p}")
    try:
        gold_docs = load_entity_gold(gold, split=split, ieer_conventions=not raw)
    except ValueError as e:
        raise UsageError(f"[E212] bad gold file: {e}") from e
    result = evaluate_entities(gold_docs, read_predictions(pred))
    if json_out:
        typer.echo(json.dumps(result, indent=2, ensure_ascii=False))
    else:
        typer.echo(format_entities_report(result, examples=examples))


__all__ = ["LABELS", "IEER_LABELS", "IEER_DEICTIC_RE", "IEER_CURRENCY_RE", "ieer_split", "load_entity_gold", "evaluate_entities",
           "format_entities_report", "read_predictions", "entities_cli"]
