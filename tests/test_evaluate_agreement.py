"""Agreement of two annotators: a second annotation in the gold format scored against the first
(`riskevents evaluate events --gold FIRST --pred-gold SECOND`), on the documents the second one covers."""

from __future__ import annotations

import json

import pytest
from typer.testing import CliRunner

from riskevents.cli import app

TEXT = "Dalton said it sold its shipping unit. It may also close two mills. Korvia sued Dalton."


def _mention(kind: str, status: str, trigger: str) -> dict:
    s = TEXT.index(trigger)
    return {"type": kind, "status": status, "trigger": trigger, "trigger_start": s, "trigger_end": s + len(trigger),
            "evidence_start": s, "evidence_end": s + len(trigger)}


def _write(path, docs) -> str:
    path.write_text("".join(json.dumps(d) + "\n" for d in docs), encoding="utf-8")
    return str(path)


FIRST = [{"doc_id": "a", "mentions": [_mention("ASSET_SALE", "actual", "sold its shipping unit"),
                                      _mention("RESTRUCTURING", "hypothetical", "close two mills"),
                                      _mention("LITIGATION_REGULATORY", "actual", "sued")]},
         {"doc_id": "b", "mentions": [_mention("ASSET_SALE", "actual", "sold its shipping unit")]}]


@pytest.mark.parametrize("second,expected", [
    # the same annotation: full agreement (two actual mentions; the hypothetical one counts in status only)
    ([FIRST[0]], {"f1": 1.0, "status": 1.0, "tp": 2}),
    # one mention left out, one read actual where the first annotator read it hypothetical
    ([{"doc_id": "a", "mentions": [_mention("ASSET_SALE", "actual", "sold its shipping unit"),
                                   _mention("RESTRUCTURING", "actual", "close two mills")]}],
     {"f1": round(2 * 0.5 * 0.5 / 1.0, 4), "status": 0.5, "tp": 1}),
    # another type on the same words does not match
    ([{"doc_id": "a", "mentions": [_mention("ACQUISITION", "actual", "sold its shipping unit")]}],
     {"f1": 0.0, "status": 0.0, "tp": 0}),
])
def test_second_annotation_scored_on_the_documents_it_covers(tmp_path, second, expected):
    first = _write(tmp_path / "first.jsonl", FIRST)
    other = _write(tmp_path / "second.jsonl", second)
    r = CliRunner().invoke(app, ["evaluate", "events", "--gold", first, "--pred-gold", other, "--json"])
    assert r.exit_code == 0, r.output
    result = json.loads(r.output)
    # document "b" is not in the second annotation: its mention is not counted as missed
    assert result["actual_only"]["micro"]["tp"] == expected["tp"]
    assert result["actual_only"]["micro"]["f1"] == pytest.approx(expected["f1"], abs=1e-4)
    assert result["status_accuracy"] == pytest.approx(expected["status"], abs=1e-4)


def test_second_annotation_of_other_documents_is_an_error(tmp_path):
    first = _write(tmp_path / "first.jsonl", FIRST)
    other = _write(tmp_path / "second.jsonl", [{"doc_id": "zzz", "mentions": []}])
    r = CliRunner().invoke(app, ["evaluate", "events", "--gold", first, "--pred-gold", other])
    assert r.exit_code == 2 and "E309" in r.output and "Traceback" not in r.output
