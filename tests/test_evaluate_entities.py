"""The entity scorer on small hand-made tables, the IE-ER mapping, and the quality gate over the IE-ER dev and test split."""

from __future__ import annotations

import json
import math
from pathlib import Path

import pytest

from riskevents.evaluation.entities import (evaluate_entities, format_entities_report, ieer_document, ieer_split,
                                            load_entity_gold)

from conftest import ROOT, shared_file

FLOORS = ROOT / "quality" / "floors.json"


def gold_doc(doc_id, *ents, unscored=()):
    return {"doc_id": doc_id, "split": "dev", "unscored": [{"start": s, "end": e, "reason": "x"} for s, e in unscored],
            "entities": [{"label": lab, "start": s, "end": e} for lab, s, e in ents]}


def pred(doc_id, label, start, end):
    return {"doc_id": doc_id, "label": label, "start_char": str(start), "end_char": str(end), "text": ""}


def test_exact_and_overlap_differ_on_boundaries():
    gold = [gold_doc("d1", ("MONEY", 0, 10), ("MONEY", 20, 30), ("DATE", 40, 44))]
    preds = [pred("d1", "MONEY", 0, 10),      # exact
             pred("d1", "MONEY", 20, 25),     # overlaps only
             pred("d1", "DATE", 50, 54)]      # spurious
    r = evaluate_entities(gold, preds, labels=("MONEY", "DATE"))
    money = r["labels"]["MONEY"]
    assert (money["gold"], money["pred"]) == (2, 2)
    assert money["exact"]["precision"] == 0.5 and money["exact"]["recall"] == 0.5
    assert money["overlap"]["precision"] == 1.0 and money["overlap"]["recall"] == 1.0
    date = r["labels"]["DATE"]
    assert date["exact"]["f1"] == 0.0 and date["overlap"]["f1"] == 0.0
    # micro: 1 exact of 3 predictions and 3 gold; overlap 2 of 3
    assert math.isclose(r["micro"]["exact"]["f1"], 1 / 3, abs_tol=1e-3)
    assert math.isclose(r["micro"]["overlap"]["f1"], 2 / 3, abs_tol=1e-3)
    assert [e["gold"][:2] for e in r["errors"]["DATE"]["missed"]] == [[40, 44]]
    assert [e["pred"][:2] for e in r["errors"]["DATE"]["spurious"]] == [[50, 54]]


def test_overlap_is_one_to_one():
    # two predictions inside one gold span: one matches, the other is a false positive
    gold = [gold_doc("d", ("DATE", 0, 20))]
    preds = [pred("d", "DATE", 0, 5), pred("d", "DATE", 10, 20)]
    r = evaluate_entities(gold, preds, labels=("DATE",))
    assert r["labels"]["DATE"]["overlap"]["precision"] == 0.5
    assert r["labels"]["DATE"]["overlap"]["recall"] == 1.0


def test_label_must_agree():
    gold = [gold_doc("d", ("MONEY", 0, 10))]
    r = evaluate_entities(gold, [pred("d", "PERCENT", 0, 10)], labels=("MONEY", "PERCENT"))
    assert r["labels"]["MONEY"]["exact"]["recall"] == 0.0
    assert r["labels"]["PERCENT"]["exact"]["precision"] == 0.0


def test_unscored_regions_and_unknown_documents():
    gold = [gold_doc("d", ("DATE", 0, 6), unscored=[(10, 19)])]
    preds = [pred("d", "DATE", 0, 6),
             pred("d", "DATE", 10, 19),       # inside an unscored region: not counted
             pred("other", "DATE", 0, 6)]     # a document the gold does not have: ignored
    r = evaluate_entities(gold, preds, labels=("DATE",))
    assert r["labels"]["DATE"]["pred"] == 1 and r["labels"]["DATE"]["unscored_pred"] == 1
    assert r["labels"]["DATE"]["exact"]["f1"] == 1.0


def test_missing_predictions_count_as_misses_and_report_renders():
    gold = [gold_doc("d", ("ORG", 0, 4)), gold_doc("e", ("ORG", 0, 4))]
    r = evaluate_entities(gold, [pred("d", "ORG", 0, 4)], labels=("ORG",))
    assert r["labels"]["ORG"]["exact"]["recall"] == 0.5
    text = format_entities_report(r, examples=5)
    assert "ORG" in text and "micro" in text and "0.500" in text and "missed" in text


def test_ieer_mapping():
    text = "Acme Corp. said on Friday it earned $5 million last year, or $2 a week, over two years."
    def span(label, words):
        start = text.index(words)
        return {"label": label, "start": start, "end": start + len(words), "text": words}

    rec = {"id": "x", "text": text, "labels": {"entities": [
        span("ORGANIZATION", "Acme Corp."), span("DATE", "Friday"), span("MONEY", "$5 million"),
        span("MEASURE", "$2 a week"), span("DURATION", "two years"), span("PERSON", "Acme")]}}
    doc = ieer_document(rec)
    assert {(e["label"], e["text"]) for e in doc["entities"]} == {("ORG", "Acme Corp."), ("DATE", "Friday"),
                                                                 ("MONEY", "$5 million")}
    reasons = {text[u["start"]:u["end"]]: u["reason"] for u in doc["unscored"]}
    assert reasons == {"last year": "deictic", "$2 a week": "MEASURE", "two years": "DURATION"}
    assert ieer_document(rec, conventions=False)["unscored"] and \
        "last year" not in {text[u["start"]:u["end"]] for u in ieer_document(rec, conventions=False)["unscored"]}


@pytest.mark.parametrize("sentence, money, scored", [
    ("The Dow crossed 9,000 for the first time.", "9,000", False),
    ("The 30-year bond rose 23/32, to 104 23/32.", "104 23/32", False),
    ("Lawmakers reaped millions for their districts.", "millions", False),
    ("Profit was 12 mln dlrs in the quarter.", "12 mln dlrs", True),
    ("It paid $4.5 billion for the unit.", "$4.5 billion", True),
    ("The fine was 300 million yen.", "300 million yen", True),
    ("Sales reached RM 1,200 in a day.", "RM 1,200", True),
    ("Each share fetched 45 pence.", "45 pence", True),
    ("The charge was 2.5 bln French francs.", "2.5 bln French francs", True),
    ("He sold it for 50 USD last week.", "50 USD", True),
    ("A ticket cost \u20ac40.", "\u20ac40", True),
])
def test_ieer_money_without_a_currency_is_unscored(sentence, money, scored):
    start = sentence.index(money)
    rec = {"id": "m", "text": sentence, "labels": {"entities": [
        {"label": "MONEY", "start": start, "end": start + len(money), "text": money}]}}
    doc = ieer_document(rec)
    assert ([e["text"] for e in doc["entities"]] == [money]) is scored
    assert any(u["reason"] == "MONEY without currency" for u in doc["unscored"]) is not scored
    assert [e["text"] for e in ieer_document(rec, conventions=False)["entities"]] == [money]  # raw: scored as IE-ER has it


def test_split_is_deterministic_and_about_a_third():
    ids = [f"doc-{i}" for i in range(3000)]
    splits = [ieer_split(i) for i in ids]
    assert splits == [ieer_split(i) for i in ids]
    assert 0.28 < splits.count("test") / len(ids) < 0.39


def test_project_gold_format(tmp_path):
    path = tmp_path / "gold.jsonl"
    path.write_text(json.dumps({"doc_id": "a", "split": "test", "entities": [{"label": "MONEY", "start": 3, "end": 9}]})
                    + "\n" + json.dumps({"doc_id": "b", "entities": []}) + "\n", encoding="utf-8")
    docs = load_entity_gold(path)
    assert [(d["doc_id"], d["split"]) for d in docs] == [("a", "test"), ("b", "dev")]
    assert [d["doc_id"] for d in load_entity_gold(path, split="test")] == ["a"]
    bad = tmp_path / "bad.jsonl"
    bad.write_text('{"something": 1}\n', encoding="utf-8")
    with pytest.raises(ValueError):
        load_entity_gold(bad)


def test_cli_json(tmp_path):
    from typer.testing import CliRunner
    import typer

    from riskevents.evaluation.entities import entities_cli

    gold = tmp_path / "gold.jsonl"
    gold.write_text(json.dumps({"doc_id": "a", "entities": [{"label": "MONEY", "start": 0, "end": 3}]}) + "\n",
                    encoding="utf-8")
    pred_csv = tmp_path / "ents.csv"
    pred_csv.write_text("doc_id,label,text,start_char,end_char,value,unit,rule_id\na,MONEY,$12,0,3,12.0,USD,x\n",
                        encoding="utf-8")
    app = typer.Typer()
    app.command()(entities_cli)
    out = CliRunner().invoke(app, ["--gold", str(gold), "--pred", str(pred_csv), "--json"])
    assert out.exit_code == 0, out.output
    assert json.loads(out.output)["labels"]["MONEY"]["exact"]["f1"] == 1.0


# ---- the quality gate ----------------------------------------------------------------------------------------------
@pytest.fixture(scope="module")
def ieer_scores(nlp):
    from riskevents import Document, process_document

    path = shared_file("ieer-1999-entities.jsonl")
    rows = []
    with open(path, encoding="utf-8") as fh:
        for line in fh:
            rec = json.loads(line)
            rows.extend(e.to_row() for e in process_document(nlp, Document(rec["id"], rec["text"])).entities)
    return {split: evaluate_entities(load_entity_gold(path, split=split), rows) for split in ("dev", "test")}


def _floors() -> dict:
    return json.loads(Path(FLOORS).read_text(encoding="utf-8"))["entities"]


@pytest.mark.parametrize("split", ["dev", "test"])
def test_entity_scores_stay_above_floors(ieer_scores, split):
    floors = _floors()[split]
    result = ieer_scores[split]
    low = []
    for label, kinds in floors.items():
        scores = result["micro"] if label == "micro" else result["labels"][label]
        for kind, floor in kinds.items():  # kind: exact_f1 / overlap_f1
            got = scores[kind.split("_")[0]]["f1"]
            if got < floor:
                low.append(f"{label} {kind} {got:.3f} < floor {floor:.2f}")
    assert not low, f"IE-ER {split}: " + "; ".join(low) + "\n" + format_entities_report(result)
