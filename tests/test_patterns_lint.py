"""Every pattern file: schema, unique ids, spaCy accepts token patterns (validate=True), attributes the pipeline
provides, regexes that compile and cannot backtrack catastrophically; and bad files are rejected with file:line."""

from __future__ import annotations

import fnmatch
import json
import re
from pathlib import Path

import pytest
from spacy.matcher import Matcher
from spacy.vocab import Vocab

from riskevents import paths
from riskevents.errors import PatternError
from riskevents.patterns import ID_RE, KINDS, PROVIDED_TOKEN_ATTRS, read_pattern_files

PATTERN_DIR = paths.patterns_dir()
FILES = sorted(p.relative_to(PATTERN_DIR).as_posix() for p in PATTERN_DIR.rglob("*.jsonl"))


def test_every_pattern_file_is_used_by_the_default_pipeline():
    cfg = paths.default_pipeline().read_text(encoding="utf-8")
    named = re.findall(r'"([^"]+\.jsonl)"', cfg)
    assert FILES, "no pattern files found"
    for name in FILES:
        assert any(fnmatch.fnmatchcase(name, n) for n in named), f"{name} is not read by pipelines/press_release.cfg"


@pytest.mark.parametrize("name", [f for f in FILES if f.startswith("events/")])
def test_event_rule_files_hold_one_type_each(name):
    event_type = Path(name).stem.upper()
    for r in read_pattern_files(PATTERN_DIR, [name]):
        assert (r.get("labels") or [r.get("label")]) == [event_type], (name, r["id"])


@pytest.mark.parametrize("name", FILES)
def test_pattern_file_is_valid(name):
    rules = read_pattern_files(PATTERN_DIR, [name])
    assert rules
    for r in rules:
        assert ID_RE.match(r["id"]) and r["kind"] in KINDS
        assert r["id"].split(".")[0] in Path(name).stem or r["id"].startswith(("exclude.", "event.")), r["id"]


def test_ids_are_unique_across_all_files():
    rules = read_pattern_files(PATTERN_DIR, FILES)
    ids = [r["id"] for r in rules]
    assert len(ids) == len(set(ids))


def test_token_patterns_use_provided_attributes_and_validate():
    rules = [r for r in read_pattern_files(PATTERN_DIR, FILES) if r["kind"] == "token"]
    assert rules
    matcher = Matcher(Vocab(), validate=True)
    for r in rules:
        for tok in r["pattern"]:
            assert set(tok) <= PROVIDED_TOKEN_ATTRS, (r["id"], tok)
        matcher.add(r["id"], [r["pattern"]])
        assert r["anchors"], f"{r['id']}: token rules must name anchor lemmas (they gate the Matcher)"


def _write(tmp_path: Path, lines: list[str]) -> Path:
    (tmp_path / "bad.jsonl").write_text("\n".join(lines) + "\n", encoding="utf-8")
    return tmp_path


GOOD = {"id": "event.net_loss.901", "kind": "phrase", "label": "NET_LOSS", "phrases": ["net loss"]}


@pytest.mark.parametrize("rule,reason", [
    ("{not json", "not valid JSON"),
    (json.dumps({**GOOD, "id": "NetLoss"}), "malformed id"),
    (json.dumps({**GOOD, "kind": "magic"}), "unknown kind"),
    (json.dumps({**GOOD, "label": "NOT_A_TYPE"}), "not an event type"),
    (json.dumps({**GOOD, "phrases": []}), "non-empty list"),
    (json.dumps({**GOOD, "colour": "red"}), "unknown key"),
    (json.dumps({"id": "event.x.001", "kind": "token", "label": "NET_LOSS", "anchors": ["loss"],
                 "pattern": [{"POS": "NOUN"}]}), "not provided by this pipeline"),
    (json.dumps({"id": "event.x.002", "kind": "token", "label": "NET_LOSS", "anchors": ["loss"],
                 "pattern": [{"LEMMA": "loss", "OP": "??"}]}), "spaCy rejects"),
    (json.dumps({"id": "money.x.001", "kind": "regex", "label": "MONEY", "pattern": "(a+)+$"}), "nested quantifiers"),
    (json.dumps({"id": "money.x.002", "kind": "regex", "label": "MONEY", "pattern": r"(a)\1"}), "backreferences"),
    (json.dumps({"id": "money.x.003", "kind": "regex", "label": "MONEY", "pattern": "(unclosed"}), "does not compile"),
])
def test_bad_rules_are_rejected_with_file_line_and_reason(tmp_path, rule, reason):
    folder = _write(tmp_path, [json.dumps(GOOD), rule])
    with pytest.raises(PatternError) as info:
        read_pattern_files(folder, ["bad.jsonl"])
    assert info.value.line == 2 and reason in info.value.reason and "bad.jsonl" in str(info.value)


def test_duplicate_ids_are_rejected(tmp_path):
    folder = _write(tmp_path, [json.dumps(GOOD), json.dumps(GOOD)])
    with pytest.raises(PatternError, match="duplicate id"):
        read_pattern_files(folder, ["bad.jsonl"])
