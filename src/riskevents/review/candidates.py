"""Possible missed events: sentences with risk cues where no rule produced an event, ranked.

Cues (by lemma, so "losses", "fell", "slashed" count): a **loss word** (loss, deficit, write-down, impairment, ...),
an **amount near a risk noun** (a MONEY entity within ``AMOUNT_WINDOW`` tokens of loss, charge, provision, penalty,
...), a **negative verb** (fall, cut, suspend, breach, resign, ...). A sentence's score is the sum of its cue weights
(each kind counted at most twice), times ``BOILERPLATE_FACTOR`` in safe-harbor text. Sentences that contain an
extracted event are skipped. Each candidate names its strongest cue as a suggested trigger and, where the cue
implies one, a suggested type; ``riskevents review serve --candidates`` shows them as "possible missed events".
"""

from __future__ import annotations

import hashlib
import json
from pathlib import Path
from typing import Any

from .. import extensions as ext
from ..documents import Document
from ..extract import chunk_bounds
from ..writers import iter_csv
from .formats import atomic_write
from .items import read_event_rows

LOSS_WORDS = {
    "loss": "NET_LOSS", "deficit": "NEGATIVE_EQUITY", "write-down": "IMPAIRMENT_WRITEDOWN",
    "writedown": "IMPAIRMENT_WRITEDOWN", "write-off": "IMPAIRMENT_WRITEDOWN", "writeoff": "IMPAIRMENT_WRITEDOWN",
    "impairment": "IMPAIRMENT_WRITEDOWN", "charge-off": "CREDIT_LOSS_PROVISION", "delinquency": "CREDIT_LOSS_PROVISION",
    "shortfall": "LIQUIDITY_STRESS", "default": "DEBT_DEFAULT", "bankruptcy": "BANKRUPTCY", "insolvency": "BANKRUPTCY",
    "lawsuit": "LITIGATION_REGULATORY", "layoff": "LAYOFFS", "restructuring": "RESTRUCTURING",
    "downgrade": "RATING_DOWNGRADE", "restatement": "RESTATEMENT", "delisting": "DELISTING",
}
RISK_NOUNS = {"loss", "charge", "provision", "reserve", "impairment", "write-down", "writedown", "write-off",
              "penalty", "fine", "settlement", "deficit", "shortfall", "cost", "expense", "liability", "debt"}
NEGATIVE_VERBS = {
    "fall": "EARNINGS_DECLINE", "drop": "EARNINGS_DECLINE", "decline": "EARNINGS_DECLINE",
    "plunge": "EARNINGS_DECLINE", "slump": "EARNINGS_DECLINE", "tumble": "EARNINGS_DECLINE",
    "sink": "EARNINGS_DECLINE", "decrease": "EARNINGS_DECLINE", "cut": "", "reduce": "", "slash": "",
    "lower": "EARNINGS_DECLINE", "suspend": "", "halt": "", "omit": "DIVIDEND_CUT", "miss": "EARNINGS_DECLINE",
    "breach": "DEBT_DEFAULT", "violate": "DEBT_DEFAULT", "fail": "", "warn": "EARNINGS_DECLINE",
    "downgrade": "RATING_DOWNGRADE", "resign": "EXECUTIVE_DEPARTURE", "quit": "EXECUTIVE_DEPARTURE",
    "close": "RESTRUCTURING", "shut": "RESTRUCTURING", "eliminate": "LAYOFFS", "lay": "LAYOFFS",
    "sue": "LITIGATION_REGULATORY", "investigate": "LITIGATION_REGULATORY", "terminate": "",
    "withdraw": "", "deteriorate": "", "weaken": "", "default": "DEBT_DEFAULT",
}
OBJECT_TYPES = {"dividend": "DIVIDEND_CUT", "job": "LAYOFFS", "worker": "LAYOFFS", "employee": "LAYOFFS",
                "staff": "LAYOFFS", "workforce": "LAYOFFS", "earnings": "EARNINGS_DECLINE", "profit": "EARNINGS_DECLINE",
                "income": "EARNINGS_DECLINE", "credit": "LIQUIDITY_STRESS", "plant": "RESTRUCTURING",
                "rating": "RATING_DOWNGRADE", "covenant": "DEBT_DEFAULT", "line": "LIQUIDITY_STRESS"}
WEIGHTS = {"loss_word": 2.0, "amount_near_risk_noun": 2.0, "negative_verb": 1.0}
AMOUNT_WINDOW = 6
BOILERPLATE_FACTOR = 0.3


def _event_spans(events: str | Path) -> dict[str, list[tuple[int, int]]]:
    rows = iter_csv(events) if str(events).lower().endswith(".csv") else read_event_rows(events)
    spans: dict[str, list[tuple[int, int]]] = {}
    for r in rows:
        spans.setdefault(str(r["doc_id"]), []).append((int(float(r["start_char"])), int(float(r["end_char"]))))
    return spans


def sentence_candidates(doc: Any, offset: int, doc_id: str, taken: list[tuple[int, int]]) -> list[dict[str, Any]]:
    money = [e for e in (doc._.get(ext.ENTITIES) or []) if e.label == "MONEY"]
    sections = doc._.get(ext.SECTIONS) or []
    out = []
    for sent in doc.sents:
        s0 = sent.start_char + offset
        s1 = s0 + len(sent.text.rstrip())
        if any(s0 <= a < s1 or s0 < b <= s1 for a, b in taken):
            continue
        cues: list[dict[str, Any]] = []
        nouns: list[int] = []
        for tok in sent:
            lemma = tok.lemma_.lower()
            low = tok.lower_
            if lemma in LOSS_WORDS or low in LOSS_WORDS:
                key = lemma if lemma in LOSS_WORDS else low
                cues.append({"kind": "loss_word", "type": LOSS_WORDS[key], "tok": tok.i})
            elif tok.pos_ != "NOUN" and (lemma in NEGATIVE_VERBS or low in NEGATIVE_VERBS):
                key = lemma if lemma in NEGATIVE_VERBS else low
                typ = NEGATIVE_VERBS[key]
                for other in sent[max(tok.i - sent.start - 4, 0):tok.i - sent.start + 5]:
                    if other.lemma_.lower() in OBJECT_TYPES:
                        typ = OBJECT_TYPES[other.lemma_.lower()]
                        break
                cues.append({"kind": "negative_verb", "type": typ, "tok": tok.i})
            if lemma in RISK_NOUNS or low in RISK_NOUNS:
                nouns.append(tok.i)
        for e in money:
            if not (sent.start_char <= e.start_char < sent.end_char):
                continue
            span = doc.char_span(e.start_char, e.end_char, alignment_mode="expand")
            if span is None:
                continue
            near = [n for n in nouns if n < span.start and span.start - n <= AMOUNT_WINDOW
                    or n >= span.end and n - span.end < AMOUNT_WINDOW]
            if near:
                cues.append({"kind": "amount_near_risk_noun", "type": "", "tok": near[0],
                             "amount": (e.start_char + offset, e.end_char + offset)})
        if not cues:
            continue
        score = 0.0
        for kind, w in WEIGHTS.items():
            score += w * min(2, sum(1 for c in cues if c["kind"] == kind))
        section = next((s.kind for s in reversed(sections) if s.start <= sent.start_char), "body")
        if section == "forward_looking":
            score *= BOILERPLATE_FACTOR
        best = max(cues, key=lambda c: (WEIGHTS[c["kind"]], bool(c["type"]), -c["tok"]))
        tok = doc[best["tok"]]
        start, end = tok.idx + offset, tok.idx + len(tok.text) + offset
        if tok.lemma_.lower() == "lay" and tok.i + 1 < len(doc) and doc[tok.i + 1].lower_ == "off":
            end = doc[tok.i + 1].idx + 3 + offset
        amount = next((c["amount"] for c in cues if "amount" in c), None)
        key = f"{doc_id}\x1f{s0}\x1f{s1}".encode("utf-8")
        out.append({
            "candidate_id": "cand-" + hashlib.sha1(key).hexdigest()[:12], "doc_id": doc_id,
            "sentence_start": s0, "sentence_end": s1, "sentence": sent.text.rstrip(), "score": round(score, 3),
            "section": section, "suggested_type": best["type"] or next((c["type"] for c in cues if c["type"]), ""),
            "trigger_start": start, "trigger_end": end,
            "amount_start": amount[0] if amount else None, "amount_end": amount[1] if amount else None,
            "cues": [{"kind": c["kind"], "text": doc[c["tok"]].text, "start": doc[c["tok"]].idx + offset,
                      "end": doc[c["tok"]].idx + len(doc[c["tok"]].text) + offset} for c in cues],
        })
    return out


def find_candidates(events: str | Path, documents: dict[str, Document], nlp: Any = None,
                    min_score: float = 1.0) -> list[dict[str, Any]]:
    """Ranked candidates (score, then document and position) for the documents given."""
    from ..pipeline import load

    nlp = nlp or load()
    taken = _event_spans(events)
    found: list[dict[str, Any]] = []
    for doc_id, document in sorted(documents.items()):
        for start, end in chunk_bounds(document.text):
            doc = nlp(document.text[start:end])
            found.extend(sentence_candidates(doc, start, doc_id, taken.get(doc_id, [])))
    found = [c for c in found if c["score"] >= min_score]
    found.sort(key=lambda c: (-c["score"], c["doc_id"], c["sentence_start"]))
    for rank, c in enumerate(found, 1):
        c["rank"] = rank
    return found


def write_candidates(candidates: list[dict[str, Any]], output: str | Path) -> None:
    atomic_write(output, lambda fh: [fh.write(json.dumps(c, ensure_ascii=False) + "\n") for c in candidates])
