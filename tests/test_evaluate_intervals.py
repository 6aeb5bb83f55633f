"""Confidence intervals of the headline event scores: documents resampled with replacement (evaluate --bootstrap)."""

from __future__ import annotations

import pytest

from riskevents.evaluation.events import bootstrap_intervals, evaluate_events


def _doc(i: int, mentions: list[tuple[str, int, int, str]]) -> dict:
    return {"doc_id": f"d{i}", "mentions": [{"type": t, "status": st, "trigger_start": s, "trigger_end": e,
                                             "evidence_start": s, "evidence_end": e} for t, s, e, st in mentions]}


def _row(i: int, t: str, s: int, e: int, status: str = "actual") -> dict:
    return {"doc_id": f"d{i}", "event_type": t, "start_char": s, "end_char": e, "status": status, "rule_id": "r"}


def test_perfect_predictions_give_a_point_interval():
    gold = [_doc(i, [("NET_LOSS", 0, 8, "actual")]) for i in range(20)]
    rows = [_row(i, "NET_LOSS", 0, 8) for i in range(20)]
    b = evaluate_events(gold, rows, bootstrap=200)["bootstrap"]
    assert b["precision"] == b["recall"] == b["f1"] == b["status_accuracy"] == [1.0, 1.0]


@pytest.mark.parametrize("n_docs", [12, 40, 160])
def test_interval_holds_the_estimate_and_narrows_with_more_documents(n_docs):
    # every fourth document's event is predicted with the wrong type: precision and recall 0.75
    gold = [_doc(i, [("NET_LOSS", 0, 8, "actual")]) for i in range(n_docs)]
    rows = [_row(i, "NET_LOSS" if i % 4 else "LAYOFFS", 0, 8) for i in range(n_docs)]
    result = evaluate_events(gold, rows, bootstrap=500)
    lo, hi = result["bootstrap"]["precision"]
    assert lo < result["actual_only"]["micro"]["precision"] == 0.75 < hi
    width = {12: 0.55, 40: 0.3, 160: 0.15}[n_docs]
    assert hi - lo < width and hi - lo > width / 4


def test_status_accuracy_interval_comes_from_matched_mentions():
    gold = [_doc(i, [("ACQUISITION", 0, 5, "hypothetical")]) for i in range(30)]
    rows = [_row(i, "ACQUISITION", 0, 5, "actual" if i < 10 else "hypothetical") for i in range(30)]
    result = evaluate_events(gold, rows, bootstrap=500)
    lo, hi = result["bootstrap"]["status_accuracy"]
    assert result["status_accuracy"] == pytest.approx(0.6667, abs=1e-4)
    assert lo < result["status_accuracy"] < hi


def test_same_seed_same_intervals_other_seed_other_intervals():
    per_doc = [[i % 3, 2, 2, 2, i % 2] for i in range(50)]
    assert bootstrap_intervals(per_doc, 300, seed=0) == bootstrap_intervals(per_doc, 300, seed=0)
    assert bootstrap_intervals(per_doc, 300, seed=0) != bootstrap_intervals(per_doc, 300, seed=1)


def test_no_bootstrap_key_unless_asked():
    gold = [_doc(0, [("NET_LOSS", 0, 8, "actual")])]
    assert "bootstrap" not in evaluate_events(gold, [_row(0, "NET_LOSS", 0, 8)])
