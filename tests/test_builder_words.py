"""The event builder's word lists are data (patterns/builder_words.jsonl, kind word_list): validated when read, every
list required, composed lists not repeating the verbs of saying, and a word added to the data changes what the
builder does."""

from __future__ import annotations

import json
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

import riskevents
from conftest import ROOT
from riskevents import Document, process_document
from riskevents.components.event_builder import words_of
from riskevents.errors import PatternError
from riskevents.patterns import WORD_LISTS, read_pattern_files

FILE = "builder_words.jsonl"
# 'insisted' is no verb of saying in the shipped list: the if-clause after it ends at its comma, and the filing after
# the comma is asserted; after 'said' the condition covers the rest of the sentence
INSISTED = "Chester insisted if the banks refused the plan, the company filed for bankruptcy protection.\n"
SAID = INSISTED.replace("insisted", "said")


def _copy_patterns(tmp_path: Path) -> Path:
    folder = tmp_path / "patterns"
    shutil.copytree(ROOT / "patterns", folder)
    return folder


def _lines(folder: Path) -> list[dict]:
    return [json.loads(line) for line in (folder / FILE).read_text(encoding="utf-8").splitlines() if line.strip()]


def _write(folder: Path, rules: list[dict]) -> None:
    (folder / FILE).write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in rules), encoding="utf-8")


def _bankruptcy(nlp, text: str):
    (event,) = [e for e in process_document(nlp, Document("t", text)).events if e.event_type == "BANKRUPTCY"]
    return event


def test_the_shipped_file_gives_every_list_once():
    rules = read_pattern_files(ROOT / "patterns", [FILE])
    names = [r["list"] for r in rules]
    assert sorted(names) == sorted(WORD_LISTS) and len(names) == len(set(names))
    words = words_of(rules)
    assert all(getattr(words, name) for name in WORD_LISTS)


def test_composed_lists_do_not_repeat_the_verbs_of_saying():
    """clause_openers and saying are the file's lists plus reporting (composed in code): no verb twice."""
    lists = {r["list"]: set(r["surface"]) for r in read_pattern_files(ROOT / "patterns", [FILE])}
    assert not lists["clause_openers"] & lists["reporting"]
    assert not lists["saying"] & lists["reporting"]
    words = words_of(read_pattern_files(ROOT / "patterns", [FILE]))
    assert words.clause_openers == lists["reporting"] | lists["clause_openers"]
    assert words.saying == lists["reporting"] | lists["saying"]


GOOD = {"id": "builder.reporting.001", "kind": "word_list", "list": "reporting", "surface": ["said"]}


@pytest.mark.parametrize("rule,reason", [
    ({**GOOD, "list": "reporting_verbs"}, "unknown word list 'reporting_verbs'"),
    ({**GOOD, "list": ["reporting"]}, "unknown word list"),
    ({k: v for k, v in GOOD.items() if k != "list"}, "missing key(s) list"),
    ({k: v for k, v in GOOD.items() if k != "surface"}, "missing key(s) surface"),
    ({**GOOD, "words": ["said"]}, "unknown key(s) words"),
    ({**GOOD, "surface": ["said", 3]}, "surface must be a non-empty list of non-empty strings"),
    ({**GOOD, "surface": []}, "surface must be a non-empty list of non-empty strings"),
    ({**GOOD, "surface": "said"}, "surface must be a non-empty list of non-empty strings"),
    ({**GOOD, "surface": ["said", "Told"]}, "must be lowercase"),
])
def test_bad_word_lists_are_rejected_with_file_line_and_reason(tmp_path, rule, reason):
    _write(tmp_path, [{**GOOD, "id": "builder.definite.001", "list": "definite", "surface": ["the"]}, rule])
    with pytest.raises(PatternError) as info:
        read_pattern_files(tmp_path, [FILE])
    assert info.value.line == 2 and reason in info.value.reason and FILE in str(info.value)


def test_a_list_compared_as_written_may_hold_capitals(tmp_path):
    _write(tmp_path, [{**GOOD, "id": "builder.price_openers.001", "list": "price_openers", "surface": ["US$"]}])
    assert read_pattern_files(tmp_path, [FILE])[0]["surface"] == ["US$"]


def test_a_missing_list_is_a_pattern_error_naming_it(tmp_path):
    folder = _copy_patterns(tmp_path)
    _write(folder, [r for r in _lines(folder) if r["list"] != "saying"])
    with pytest.raises(PatternError, match=r"builder_words\.jsonl: missing word list\(s\) saying"):
        riskevents.load(overrides={"paths.patterns": str(folder)})


def test_a_missing_list_exits_2_without_traceback(tmp_path):
    folder = _copy_patterns(tmp_path)
    _write(folder, [r for r in _lines(folder) if r["list"] not in ("coordinators", "possessive")])
    (tmp_path / "in.txt").write_text(SAID, encoding="utf-8")
    res = subprocess.run([sys.executable, "-m", "riskevents.cli", "extract", str(tmp_path / "in.txt"), "-o",
                          str(tmp_path / "o.csv"), "--paths.patterns", str(folder), "--workers", "1"],
                         capture_output=True, cwd=ROOT, timeout=300)
    err = res.stderr.decode()
    assert res.returncode == 2, err
    assert "missing word list(s) possessive, coordinators" in err and FILE in err
    assert "Traceback" not in err and not (tmp_path / "o.csv").exists()


def test_a_list_may_be_extended_on_a_line_of_its_own(tmp_path):
    """As with the other vocabulary kinds, lines of one list add up: a user adds a verb with a line of their own."""
    rules = [{**GOOD, "id": "builder.reporting.002", "surface": ["insisted"]}] + read_pattern_files(
        ROOT / "patterns", [FILE])
    words = words_of(rules)
    assert "insisted" in words.reporting and "said" in words.reporting
    assert "insisted" in words.clause_openers and "insisted" in words.saying


def test_a_reporting_verb_added_to_the_data_opens_a_clause(nlp, tmp_path):
    assert _bankruptcy(nlp, SAID).modality == "hypothetical"
    assert _bankruptcy(nlp, INSISTED).modality == "asserted"
    folder = _copy_patterns(tmp_path)
    rules = _lines(folder)
    for r in rules:
        if r["list"] == "reporting":
            r["surface"].append("insisted")
    _write(folder, rules)
    nlp2 = riskevents.load(overrides={"paths.patterns": str(folder)})
    event = _bankruptcy(nlp2, INSISTED)
    assert event.modality == "hypothetical" and "context.conditional.001" in event.cues


def test_the_word_lists_are_saved_with_the_pipeline(nlp, tmp_path):
    """A saved pipeline keeps its word lists (they are rules of the builder) and loads without patterns/."""
    nlp.to_disk(tmp_path / "saved")
    loaded = riskevents.load(tmp_path / "saved")
    assert loaded.get_pipe("riskevents_event_builder").words == nlp.get_pipe("riskevents_event_builder").words
