"""Calibrated confidence: per-rule precision estimated from review decisions, and how well it is calibrated.

**Data.** Reviewed gold (``riskevents review gold``) holds, for every decided prediction, its rule, its features
(negated, hypothetical, forward_looking, boilerplate, table, headline, amount_linked), its section and its
confidence at extraction time. A prediction is *correct* when it was accepted, or corrected only in its trigger
boundaries (type and status right); rejected, retyped or re-statused predictions are wrong. Added events have no
prediction and are not used.

**Estimate.** Per rule: a Beta posterior whose prior is the rule's prior precision (``prior`` in patterns, or the
mean observed confidence) worth ``prior_strength`` decisions: mean = (correct + k p0) / (n + k). The Wilson 95% lower
bound of the raw proportion is reported beside it (an honest "at least"). Per feature and per section: a log-odds
shift = logit(posterior of the records with it, around their expected precision) - logit(expected precision), so a
feature moves the estimate only as far as its own decisions show; with no decisions the configured weight is used.

**Confidence.** ``calibrated_confidence``: sigmoid(logit(rule estimate) + shifts of the features present + shift of
the section). The event builder calls it when the pipeline's ``paths.calibration`` names a calibration file.

**Quality.** Decisions are split deterministically by event id (sha1 mod 1000 < holdout share): the calibration
fitted on the rest is compared with the extraction-time confidence on the held-out ones (Brier score, reliability
table). The written calibration is then refitted on all decisions.
"""

from __future__ import annotations

import hashlib
import json
import math
from pathlib import Path
from typing import Any, Iterable

FEATURES = ("negated", "hypothetical", "forward_looking", "boilerplate", "table", "headline", "amount_linked")
VERSION = 1
BINS = (0.0, 0.5, 0.6, 0.7, 0.8, 0.9, 1.0)


def _logit(p: float) -> float:
    p = min(max(p, 1e-4), 1 - 1e-4)
    return math.log(p / (1 - p))


def _sigmoid(x: float) -> float:
    return 1.0 / (1.0 + math.exp(-x))


def wilson_lower(k: int, n: int, z: float = 1.96) -> float:
    """Wilson score interval's lower bound for k successes in n trials (0 when n == 0)."""
    if n == 0:
        return 0.0
    p = k / n
    denom = 1 + z * z / n
    centre = p + z * z / (2 * n)
    margin = z * math.sqrt(p * (1 - p) / n + z * z / (4 * n * n))
    return max(0.0, (centre - margin) / denom)


def beta_posterior(k: int, n: int, prior: float, strength: float) -> dict[str, float]:
    a = k + strength * prior
    b = (n - k) + strength * (1 - prior)
    return {"alpha": round(a, 4), "beta": round(b, 4), "mean": round(a / (a + b), 4) if a + b else prior}


# ---- decisions from reviewed gold ------------------------------------------------------------------------------
def load_decisions(paths: Iterable[str | Path]) -> list[dict[str, Any]]:
    """One record per decided prediction: event_id, rule_id, correct, confidence, features, section."""
    out = []
    for path in paths:
        with open(path, encoding="utf-8") as fh:
            for line in fh:
                if not line.strip():
                    continue
                doc = json.loads(line)
                for m in list(doc.get("mentions", [])) + list(doc.get("rejected", [])):
                    pred = m.get("predicted")
                    if not pred or not m.get("rule_id") or m.get("decision") in (None, "added"):
                        continue
                    correct = m["decision"] == "accepted" or (
                        m["decision"] == "corrected" and m["type"] == pred["type"] and m["status"] == pred["status"])
                    out.append({"event_id": m.get("event_id") or "", "doc_id": doc["doc_id"],
                                "rule_id": m["rule_id"], "correct": bool(correct),
                                "confidence": pred.get("confidence"), "features": pred.get("features") or {},
                                "section": pred.get("section", ""), "type": pred["type"]})
    return out


def split_decisions(decisions: list[dict[str, Any]], holdout: float) -> tuple[list, list]:
    """(fit, held out): deterministic by event id, so reruns and added decisions keep earlier assignments."""
    fit, held = [], []
    for d in decisions:
        h = int(hashlib.sha1(f"{d['doc_id']}\x1f{d['event_id']}".encode("utf-8")).hexdigest(), 16) % 1000
        (held if h < holdout * 1000 else fit).append(d)
    return fit, held


# ---- fitting ---------------------------------------------------------------------------------------------------
def _rule_priors(rule_ids: Iterable[str]) -> dict[str, float]:
    """Priors of the rules from the shipped pattern files (0.8 when a rule is unknown)."""
    priors: dict[str, float] = {}
    try:
        from .paths import patterns_dir

        for f in sorted(Path(patterns_dir()).rglob("*.jsonl")):
            for line in f.read_text(encoding="utf-8").splitlines():
                if line.strip() and '"prior"' in line:
                    r = json.loads(line)
                    priors[r["id"]] = float(r["prior"])
    except Exception:  # noqa: BLE001 - priors are a convenience; the observed confidences stand in
        pass
    return {r: priors.get(r, 0.8) for r in rule_ids}


def fit(decisions: list[dict[str, Any]], prior_strength: float = 4.0,
        priors: dict[str, float] | None = None) -> dict[str, Any]:
    rule_ids = sorted({d["rule_id"] for d in decisions})
    priors = {**_rule_priors(rule_ids), **(priors or {})}
    rules: dict[str, Any] = {}
    for r in rule_ids:
        ds = [d for d in decisions if d["rule_id"] == r]
        k, n = sum(d["correct"] for d in ds), len(ds)
        post = beta_posterior(k, n, priors[r], prior_strength)
        rules[r] = {"n": n, "correct": k, "precision": round(k / n, 4) if n else None, "prior": priors[r],
                    **post, "wilson_lower": round(wilson_lower(k, n), 4)}
    base = {id(d): rules[d["rule_id"]]["mean"] for d in decisions}

    def shift_for(ds: list[dict[str, Any]]) -> dict[str, Any]:
        k, n = sum(d["correct"] for d in ds), len(ds)
        expected = sum(base[id(d)] for d in ds) / n
        post = (k + prior_strength * expected) / (n + prior_strength)
        return {"n": n, "correct": k, "precision": round(k / n, 4), "expected": round(expected, 4),
                "shift": round(_logit(post) - _logit(expected), 4), "wilson_lower": round(wilson_lower(k, n), 4)}

    features = {}
    for f in FEATURES:
        ds = [d for d in decisions if d["features"].get(f)]
        if ds:
            features[f] = shift_for(ds)
    sections = {}
    for s in sorted({d["section"] for d in decisions if d["section"]}):
        sections[s] = shift_for([d for d in decisions if d["section"] == s])
    k, n = sum(d["correct"] for d in decisions), len(decisions)
    return {"version": VERSION, "method": "beta-binomial per rule + shrunk log-odds shifts per feature/section",
            "prior_strength": prior_strength, "decisions": n,
            "overall": {"n": n, "correct": k, "precision": round(k / n, 4) if n else None,
                        "wilson_lower": round(wilson_lower(k, n), 4)},
            "rules": rules, "features": features, "sections": sections}


def calibrated_confidence(calibration: dict[str, Any], rule_id: str, features: dict[str, bool], section: str,
                          fallback_prior: float = 0.8, weights: dict[str, float] | None = None) -> float:
    """Estimated probability that a record of ``rule_id`` with these features, in this section, is correct."""
    rule = calibration.get("rules", {}).get(rule_id)
    z = _logit(rule["mean"] if rule else fallback_prior)
    fitted = calibration.get("features", {})
    for f, on in features.items():
        if not on:
            continue
        if f in fitted:
            z += fitted[f]["shift"]
        elif not rule:  # an uncalibrated rule keeps the configured feature weights
            z += (weights or {}).get(f, 0.0)
    sec = calibration.get("sections", {}).get(section)
    if sec:
        z += sec["shift"]
    return round(_sigmoid(z), 4)


# ---- quality ---------------------------------------------------------------------------------------------------
def brier(pairs: list[tuple[float, bool]]) -> float | None:
    return round(sum((p - float(y)) ** 2 for p, y in pairs) / len(pairs), 4) if pairs else None


def reliability(pairs: list[tuple[float, bool]], bins: tuple[float, ...] = BINS) -> list[dict[str, Any]]:
    rows = []
    for lo, hi in zip(bins, bins[1:]):
        inside = [(p, y) for p, y in pairs if lo <= p < hi or (hi == bins[-1] and p == hi)]
        if not inside:
            rows.append({"bin": f"{lo:.1f}-{hi:.1f}", "n": 0, "mean_confidence": None, "observed": None})
            continue
        rows.append({"bin": f"{lo:.1f}-{hi:.1f}", "n": len(inside),
                     "mean_confidence": round(sum(p for p, _ in inside) / len(inside), 4),
                     "observed": round(sum(y for _, y in inside) / len(inside), 4)})
    return rows


def ece(pairs: list[tuple[float, bool]]) -> float | None:
    if not pairs:
        return None
    rows = reliability(pairs)
    return round(sum(r["n"] * abs(r["mean_confidence"] - r["observed"]) for r in rows if r["n"]) / len(pairs), 4)


def quality(calibration: dict[str, Any], held: list[dict[str, Any]]) -> dict[str, Any]:
    before = [(float(d["confidence"]), d["correct"]) for d in held if d.get("confidence") not in (None, "")]
    after = [(calibrated_confidence(calibration, d["rule_id"], d["features"], d["section"],
                                    fallback_prior=float(d["confidence"] or 0.8)), d["correct"])
             for d in held if d.get("confidence") not in (None, "")]
    return {"held_out": len(held),
            "before": {"brier": brier(before), "ece": ece(before), "reliability": reliability(before)},
            "after": {"brier": brier(after), "ece": ece(after), "reliability": reliability(after)}}


def calibrate(decisions: list[dict[str, Any]], prior_strength: float = 4.0, holdout: float = 0.3) -> dict[str, Any]:
    """Fit on all but the held-out decisions, measure on those, then refit on all decisions (the file written)."""
    fit_part, held = split_decisions(decisions, holdout)
    measured = quality(fit(fit_part, prior_strength), held) if held and fit_part else {"held_out": len(held)}
    measured["fitted_on"] = len(fit_part)
    cal = fit(decisions, prior_strength)
    cal["quality"] = measured
    return cal


def format_quality(cal: dict[str, Any]) -> str:
    q = cal.get("quality", {})
    if "before" not in q:
        return f"calibration quality: not measured ({q.get('held_out', 0)} held-out decisions)"
    lines = [f"calibration quality on {q['held_out']} held-out decisions (fitted on {q['fitted_on']}):",
             f"  Brier  before {q['before']['brier']}  after {q['after']['brier']}",
             f"  ECE    before {q['before']['ece']}  after {q['after']['ece']}",
             "  bin        n(before) conf  obs   | n(after) conf  obs"]
    for b, a in zip(q["before"]["reliability"], q["after"]["reliability"]):
        def cell(r: dict[str, Any]) -> str:
            if not r["n"]:
                return f"{0:>5}  -     -    "
            return f"{r['n']:>5}  {r['mean_confidence']:.2f}  {r['observed']:.2f}"
        lines.append(f"  {b['bin']:<9} {cell(b)} | {cell(a)}")
    return "\n".join(lines)


def write_json(data: Any, output: str | Path) -> None:
    from .review.formats import atomic_write

    atomic_write(output, lambda fh: fh.write(json.dumps(data, indent=1) + "\n"))
