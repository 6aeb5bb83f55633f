"""Quality gate: the extractor over the real-text gold (Reuters-21578 and FinCausal 2020 documents from ../shared,
annotated in gold/), dev and test splits. Fails when a headline score drops below quality/floors.json.
Floors are raised as the rules improve, never lowered to pass. When gold is added, the new, larger set gets floors of
its own, and the floors of each earlier set stay in force on that set's documents (`earlier_gold_sets`)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from riskevents import extract_documents
from riskevents.evaluation.events import evaluate_events
from riskevents.evaluation.gold import DEFAULT_CORPORA, gold_documents, load_gold

ROOT = Path(__file__).resolve().parents[1]
FLOORS = json.loads((ROOT / "quality" / "floors.json").read_text(encoding="utf-8"))["events"]
GOLD = [ROOT / name for name in FLOORS["gold_files"]]


def test_floors_were_measured_on_the_gold_we_have():
    """Floors belong to a gold set: adding gold files means measuring again and recording new floors."""
    present = sorted(p.relative_to(ROOT).as_posix() for p in (ROOT / "gold").glob("events-*.jsonl"))
    assert present + ["corpus/gold.jsonl"] == FLOORS["gold_files"], \
        "gold files differ from the set quality/floors.json was measured on: run the evaluation and record floors"


def headline(result):
    return {"any_f1": result["any_status"]["micro"]["f1"], "actual_f1": result["actual_only"]["micro"]["f1"],
            "actual_precision": result["actual_only"]["micro"]["precision"],
            "status_accuracy": result["status_accuracy"]}


@pytest.mark.slow
@pytest.mark.parametrize("split", ["dev", "test"])
def test_real_gold_scores_do_not_drop(nlp, split):
    if not (DEFAULT_CORPORA / "reuters21578-train.jsonl").exists():
        pytest.skip("../shared/corpora is not available: the real-text quality gate cannot run here")
    gold = load_gold(*GOLD, split=split)
    rows = []
    for res in extract_documents(nlp, gold_documents(gold)):
        rows.extend(r.to_row() for r in res.events)
    sets = [("all gold", FLOORS)] + [(f"earlier gold set of {len(s['gold_files'])} files", s)
                                     for s in FLOORS.get("earlier_gold_sets", [])]
    for name, floors in sets:
        got = headline(evaluate_events(load_gold(*(ROOT / f for f in floors["gold_files"]), split=split), rows))
        for key, minimum in floors[split].items():
            assert got[key] >= minimum, f"{name}: {split} {key} {got[key]} fell below the recorded floor {minimum}"


def test_earlier_gold_sets_are_parts_of_the_current_one():
    """An earlier set's floors only mean something while its files are still measured."""
    for earlier in FLOORS.get("earlier_gold_sets", []):
        assert set(earlier["gold_files"]) <= set(FLOORS["gold_files"])
