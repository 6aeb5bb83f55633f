"""The words around company names are data (patterns/orgs.jsonl, kinds name_determiner and name_connector): a word
added to or removed from them changes the names the entity rules walk back from a legal suffix."""

from __future__ import annotations

import json
import shutil

import riskevents
from conftest import ROOT
from riskevents import Document, process_document

TEXT = "The Acme Holdings Inc said Bank zu Luebeck AG bought a unit.\n"


def _orgs(nlp) -> list[str]:
    return [e.text for e in process_document(nlp, Document("t", TEXT), entities=True).entities if e.label == "ORG"]


def test_name_words_come_from_the_data(nlp, tmp_path):
    assert _orgs(nlp) == ["Acme Holdings Inc", "Luebeck AG"]
    folder = tmp_path / "patterns"
    shutil.copytree(ROOT / "patterns", folder)
    rules = [json.loads(line) for line in (folder / "orgs.jsonl").read_text(encoding="utf-8").splitlines() if line]
    for r in rules:
        if r["kind"] == "name_connector":
            r["surface"].append("zu")  # 'Bank zu Luebeck AG' is one name
        if r["kind"] == "name_determiner":
            r["surface"].remove("The")  # 'The' is then a capitalized word of the name
    (folder / "orgs.jsonl").write_text("".join(json.dumps(r) + "\n" for r in rules), encoding="utf-8")
    assert _orgs(riskevents.load(overrides={"paths.patterns": str(folder)})) == ["The Acme Holdings Inc",
                                                                                 "Bank zu Luebeck AG"]
