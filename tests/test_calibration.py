"""Calibration: small-sample estimates, calibrated confidence, quality report, and the pipeline reading the file."""

from __future__ import annotations

import json

import pytest

from riskevents.calibration import (beta_posterior, brier, calibrate, calibrated_confidence, fit, load_decisions,
                                    reliability, split_decisions, wilson_lower)


def dec(i, rule, correct, conf=0.9, **features):
    return {"event_id": f"e{i}", "doc_id": "d", "rule_id": rule, "correct": correct, "confidence": conf,
            "features": features, "section": "body", "type": "NET_LOSS"}


def test_small_sample_estimates():
    assert wilson_lower(0, 0) == 0.0
    assert wilson_lower(3, 3) == pytest.approx(0.4385, abs=1e-3)  # 3/3 is not "100% precise"
    assert wilson_lower(95, 100) > 0.88
    post = beta_posterior(3, 3, prior=0.5, strength=4)
    assert post["mean"] == pytest.approx(5 / 7, abs=1e-4)


def test_fit_shrinks_small_rules_and_learns_feature_shifts():
    ds = [dec(i, "good", True) for i in range(40)] + [dec(100 + i, "bad", i < 2) for i in range(10)]
    ds += [dec(200 + i, "good", i % 2 == 0, negated=True) for i in range(20)]
    cal = fit(ds, prior_strength=4, priors={"good": 0.8, "bad": 0.8})
    bad = cal["rules"]["bad"]
    assert bad["precision"] == 0.2 and 0.2 < bad["mean"] < 0.8 and bad["wilson_lower"] < 0.2
    assert cal["features"]["negated"]["shift"] < -0.5
    plain = calibrated_confidence(cal, "good", {"negated": False}, "body")
    negated = calibrated_confidence(cal, "good", {"negated": True}, "body")
    assert plain > negated
    assert calibrated_confidence(cal, "unknown", {}, "", fallback_prior=0.7) == pytest.approx(0.7, abs=1e-3)


def test_split_is_deterministic_and_quality_is_reported():
    ds = [dec(i, "r", i % 3 != 0, conf=0.95) for i in range(200)]
    a, b = split_decisions(ds, 0.3)
    assert (a, b) == split_decisions(list(ds), 0.3) and 30 < len(b) < 90
    cal = calibrate(ds, holdout=0.3)
    q = cal["quality"]
    assert q["held_out"] == len(b) and q["fitted_on"] == len(a)
    assert q["after"]["brier"] < q["before"]["brier"]  # 0.95 claimed, ~0.67 observed: calibration must help
    assert sum(r["n"] for r in q["before"]["reliability"]) == len(b)
    assert brier([(1.0, True), (0.0, False)]) == 0.0 and len(reliability([(0.55, True)])) == 6


def test_decisions_from_reviewed_gold(tmp_path):
    pred = {"type": "NET_LOSS", "status": "actual", "confidence": 0.9, "features": {}, "section": "body"}
    doc = {"doc_id": "d", "mentions": [
        {"type": "NET_LOSS", "status": "actual", "decision": "accepted", "rule_id": "r", "event_id": "1",
         "predicted": pred},
        {"type": "NET_LOSS", "status": "actual", "decision": "corrected", "rule_id": "r", "event_id": "2",
         "predicted": pred},
        {"type": "LAYOFFS", "status": "actual", "decision": "corrected", "rule_id": "r", "event_id": "3",
         "predicted": pred},
        {"type": "LAYOFFS", "status": "actual", "decision": "added", "rule_id": "", "event_id": "4"}],
        "rejected": [{"type": "NET_LOSS", "status": "actual", "decision": "rejected", "rule_id": "r",
                      "event_id": "5", "predicted": pred}]}
    (tmp_path / "g.jsonl").write_text(json.dumps(doc) + "\n", encoding="utf-8")
    got = {d["event_id"]: d["correct"] for d in load_decisions([tmp_path / "g.jsonl"])}
    assert got == {"1": True, "2": True, "3": False, "5": False}


def test_pipeline_reads_the_calibration_file(tmp_path, nlp):
    import riskevents

    text = "Acme Corp reported a net loss of $12 million for the third quarter."
    base = riskevents.extract_text(text, nlp)[0]
    cal = fit([dec(i, base.rule_id, i < 3) for i in range(10)], priors={base.rule_id: 0.9})
    (tmp_path / "cal.json").write_text(json.dumps(cal), encoding="utf-8")
    calibrated = riskevents.load(overrides={"paths.calibration": str(tmp_path / "cal.json")})
    rec = riskevents.extract_text(text, calibrated)[0]
    assert rec.confidence < base.confidence and rec.confidence == pytest.approx(
        calibrated_confidence(cal, base.rule_id, {"amount_linked": True}, "body"), abs=1e-4)


def test_calibrate_and_extract_cli(tmp_path):
    from typer.testing import CliRunner

    from conftest import ROOT
    from riskevents.cli import app

    pred = {"type": "NET_LOSS", "status": "actual", "confidence": 0.92, "features": {}, "section": "body"}
    mentions = [{"type": "NET_LOSS", "status": "actual", "decision": "accepted" if i % 2 else "rejected",
                 "rule_id": "event.net_loss.001", "event_id": str(i), "predicted": pred} for i in range(30)]
    doc = {"doc_id": "d", "mentions": [m for m in mentions if m["decision"] == "accepted"],
           "rejected": [m for m in mentions if m["decision"] == "rejected"]}
    (tmp_path / "g.jsonl").write_text(json.dumps(doc) + "\n", encoding="utf-8")
    runner = CliRunner()
    r = runner.invoke(app, ["calibrate", "--gold", str(tmp_path / "g.jsonl"), "-o", str(tmp_path / "cal.json")])
    assert r.exit_code == 0, r.output
    assert "Brier" in r.output and json.loads((tmp_path / "cal.json").read_text())["rules"]["event.net_loss.001"]
    release = ROOT / "corpus" / "releases" / "northwind-bancorp-q3-2008-results.txt"
    r = runner.invoke(app, ["extract", str(release), "-o", str(tmp_path / "ev.csv"), "--calibration",
                            str(tmp_path / "cal.json")])
    assert r.exit_code == 0, r.output
    from riskevents.writers import iter_csv

    losses = [row for row in iter_csv(tmp_path / "ev.csv") if row["rule_id"] == "event.net_loss.001"]
    assert losses and all(float(row["confidence"]) < 0.75 for row in losses)  # ~50% observed precision
