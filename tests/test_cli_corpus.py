"""End to end: the console script over corpus/ (the project's own releases) against corpus/gold.jsonl."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

from riskevents.evaluation.events import evaluate_events
from riskevents.evaluation.gold import load_gold
from riskevents.records import ENTITY_COLUMNS, EVENT_COLUMNS
from riskevents.writers import read_table

ROOT = Path(__file__).resolve().parents[1]
FLOORS = json.loads((ROOT / "quality" / "floors.json").read_text(encoding="utf-8"))["events"]
CLI = [sys.executable, "-m", "riskevents.cli"]


@pytest.fixture(scope="module")
def corpus_run(tmp_path_factory):
    out = tmp_path_factory.mktemp("cli")
    proc = subprocess.run(CLI + ["extract", str(ROOT / "corpus" / "releases"), "-o", str(out / "events.csv"),
                                 "--entities", str(out / "entities.csv")], capture_output=True, text=True)
    return proc, out


def test_extract_writes_the_documented_columns(corpus_run):
    proc, out = corpus_run
    assert proc.returncode == 0, proc.stderr
    assert "12 documents" in proc.stderr and "Traceback" not in proc.stderr
    events = read_table(out / "events.csv")
    assert list(events.columns[: len(EVENT_COLUMNS)]) == EVENT_COLUMNS
    assert list(read_table(out / "entities.csv").columns) == ENTITY_COLUMNS
    assert len(events) > 100 and set(events["doc_id"]) <= {p.name for p in (ROOT / "corpus" / "releases").iterdir()}


def test_offsets_index_each_release_as_read(corpus_run):
    _, out = corpus_run
    texts = {p.name: p.read_text(encoding="utf-8") for p in (ROOT / "corpus" / "releases").iterdir()}
    for row in read_table(out / "events.csv").to_dict("records"):
        text = texts[row["doc_id"]]
        assert text[int(row["start_char"]):int(row["end_char"])] == row["trigger"]
        assert text[int(row["sentence_start"]):int(row["sentence_end"])] == row["sentence"]


def test_refuses_to_overwrite_without_force(corpus_run):
    _, out = corpus_run
    proc = subprocess.run(CLI + ["extract", str(ROOT / "corpus" / "releases"), "-o", str(out / "events.csv")],
                          capture_output=True, text=True)
    assert proc.returncode == 2 and "--force" in proc.stderr and "Traceback" not in proc.stderr


def test_same_input_same_bytes(corpus_run, tmp_path):
    _, out = corpus_run
    subprocess.run(CLI + ["extract", str(ROOT / "corpus" / "releases"), "-o", str(tmp_path / "again.csv")],
                   check=True, capture_output=True)
    assert (tmp_path / "again.csv").read_bytes() == (out / "events.csv").read_bytes()


def test_scores_against_corpus_gold_do_not_drop(corpus_run):
    _, out = corpus_run
    gold = load_gold(ROOT / "corpus" / "gold.jsonl")
    result = evaluate_events(gold, read_table(out / "events.csv").to_dict("records"))
    floor = FLOORS["corpus"]
    got = {"any_f1": result["any_status"]["micro"]["f1"], "actual_f1": result["actual_only"]["micro"]["f1"],
           "actual_precision": result["actual_only"]["micro"]["precision"],
           "status_accuracy": result["status_accuracy"]}
    for key, minimum in floor.items():
        assert got[key] >= minimum, f"corpus {key} {got[key]} fell below the recorded floor {minimum}"


def test_evaluate_reports_intervals(corpus_run):
    _, out = corpus_run
    proc = subprocess.run(CLI + ["evaluate", "events", "--gold", str(ROOT / "corpus" / "gold.jsonl"), "--pred",
                                 str(out / "events.csv"), "--bootstrap", "200", "--json"],
                          capture_output=True, text=True)
    assert proc.returncode == 0, proc.stderr
    result = json.loads(proc.stdout)
    b = result["bootstrap"]
    assert b["resamples"] == 200 and b["unit"] == "document"
    for key, point in (("f1", result["actual_only"]["micro"]["f1"]), ("status_accuracy", result["status_accuracy"])):
        assert b[key][0] <= point <= b[key][1]
    table = subprocess.run(CLI + ["evaluate", "events", "--gold", str(ROOT / "corpus" / "gold.jsonl"), "--pred",
                                  str(out / "events.csv"), "--bootstrap", "200"], capture_output=True, text=True)
    assert "95% intervals (200 resamples of the documents)" in table.stdout
