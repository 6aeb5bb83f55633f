"""Exchange formats: export and import for Prodigy, Label Studio, doccano and brat, UTF-16 offsets, CLI."""

from __future__ import annotations

import json

import pytest

from riskevents.documents import Document
from riskevents.review.formats import Offsets, export, import_decisions, match, record_decisions
from riskevents.review.store import Store

TEXT = "🚀🚀 Acme posted a net loss of $5 million 😬 and cut 300 jobs. Lenders walked away."
FORMATS = ["prodigy", "label-studio", "doccano", "brat"]


def _item(eid, typ, needle, status="actual"):
    s = TEXT.index(needle)
    return {"event_id": eid, "doc_id": "emoji.txt", "kind": "predicted", "event_type": typ, "status": status,
            "trigger": needle, "start": s, "end": s + len(needle), "sentence_start": 3, "sentence_end": len(TEXT),
            "section": "body", "section_title": "", "polarity": "affirmed", "modality": "asserted",
            "boilerplate": False, "confidence": 0.9, "rule_id": "r." + typ.lower(), "amount_text": "",
            "amount_start": None, "amount_end": None, "organizations": [], "business_units": [], "period": "",
            "cues": []}


ITEMS = [_item("e1", "NET_LOSS", "net loss"), _item("e2", "LAYOFFS", "cut 300 jobs", "negated")]
DOCS = {"emoji.txt": Document("emoji.txt", TEXT)}


def test_utf16_offsets():
    off = Offsets(TEXT, "utf16")
    i = TEXT.index("net loss")
    assert off.to_tool(i) == i + 2  # two astral characters before it
    assert off.from_tool(off.to_tool(i)) == i
    assert TEXT.encode("utf-16-le")[2 * off.to_tool(i):2 * off.to_tool(i + 8)].decode("utf-16-le") == "net loss"
    with pytest.raises(Exception):
        off.from_tool(1)  # inside the first surrogate pair
    assert Offsets("plain", "utf16").to_tool(3) == 3


@pytest.mark.parametrize("fmt", FORMATS)
def test_round_trip_unchanged_is_all_accepted(tmp_path, fmt):
    out = tmp_path / ("out" if fmt == "brat" else f"out.{fmt}")
    export(ITEMS, DOCS, fmt, out)
    if fmt == "label-studio":  # Label Studio keeps predictions apart until an annotator submits them
        tasks = json.loads(out.read_text(encoding="utf-8"))
        for t in tasks:
            t["annotations"] = [{"id": 1, "result": t["predictions"][0]["result"], "completed_by": 7}]
        out.write_text(json.dumps(tasks), encoding="utf-8")
    docs, decisions = import_decisions(out, fmt)
    assert [(d["event_id"], d["decision"], d["trigger_start"], d["trigger_end"], d["status"]) for d in decisions] \
        == [(it["event_id"], "accepted", it["start"], it["end"], it["status"]) for it in ITEMS]
    assert docs[0]["text"] == TEXT


def test_label_studio_offsets_are_utf16_and_edits_come_back(tmp_path):
    out = tmp_path / "ls.json"
    export(ITEMS, DOCS, "label-studio", out)
    task = json.loads(out.read_text(encoding="utf-8"))[0]
    region = task["predictions"][0]["result"][0]
    js = TEXT.encode("utf-16-le")  # what a browser's String.prototype.slice sees
    assert js[2 * region["value"]["start"]:2 * region["value"]["end"]].decode("utf-16-le") == "net loss"
    # an annotator: keeps e1 but widens it, deletes e2, adds a span after the second emoji (browser offsets)
    s16 = len(TEXT[:TEXT.index("Lenders")].encode("utf-16-le")) // 2
    widened = dict(region, value={**region["value"], "start": region["value"]["start"] - 2,
                                  "labels": ["NET_LOSS"]})
    added = {"id": "new1", "from_name": "label", "to_name": "text", "type": "labels",
             "value": {"start": s16, "end": s16 + len("Lenders walked away"), "labels": ["LIQUIDITY_STRESS"]}}
    task["annotations"] = [{"id": 3, "result": [widened, added], "completed_by": {"email": "ann@example.org"}}]
    out.write_text(json.dumps([task]), encoding="utf-8")
    _, decisions = import_decisions(out, "label-studio")
    by = {d["decision"]: d for d in decisions}
    assert by["corrected"]["trigger"] == "a net loss" and by["corrected"]["event_id"] == "e1"
    assert by["rejected"]["event_id"] == "e2"
    assert by["added"]["trigger"] == "Lenders walked away" and by["added"]["type"] == "LIQUIDITY_STRESS"
    assert by["added"]["reviewer"] == "ann@example.org"


def test_doccano_status_in_label_and_brat_status_attribute(tmp_path):
    export(ITEMS, DOCS, "doccano", tmp_path / "d.jsonl")
    line = json.loads((tmp_path / "d.jsonl").read_text(encoding="utf-8"))
    assert [lab for _, _, lab in line["label"]] == ["NET_LOSS", "LAYOFFS:negated"]
    export(ITEMS, DOCS, "brat", tmp_path / "brat")
    ann = (tmp_path / "brat" / "emoji.ann").read_text(encoding="utf-8")
    assert "Status T2 negated" in ann and (tmp_path / "brat" / "emoji.txt").read_text(encoding="utf-8") == TEXT
    i = TEXT.index("net loss")
    assert f"NET_LOSS {i} {i + 8}\tnet loss" in ann  # brat counts code points
    assert (tmp_path / "brat" / "annotation.conf").is_file()


def test_match_prefers_ids_then_offsets_then_overlap():
    preds = [{"event_id": "a", "event_type": "NET_LOSS", "start": 0, "end": 5},
             {"event_id": "b", "event_type": "LAYOFFS", "start": 10, "end": 15}]
    spans = [{"id": None, "type": "RESTRUCTURING", "start": 9, "end": 16}, {"id": "a", "type": "NET_LOSS",
                                                                            "start": 1, "end": 5}]
    pairs = {(p or {}).get("event_id"): s for p, s in match(preds, spans)}
    assert pairs["a"]["id"] == "a" and pairs["b"]["type"] == "RESTRUCTURING"


def test_imported_decisions_go_into_the_review_db(tmp_path):
    from riskevents.review.gold import gold_documents

    export(ITEMS, DOCS, "doccano", tmp_path / "d.jsonl")
    line = json.loads((tmp_path / "d.jsonl").read_text(encoding="utf-8"))
    line["label"] = [line["label"][0]]  # the annotator deleted the layoffs span
    (tmp_path / "d.jsonl").write_text(json.dumps(line, ensure_ascii=False) + "\n", encoding="utf-8")
    docs, decisions = import_decisions(tmp_path / "d.jsonl", "doccano", reviewer="eve")
    store = Store(tmp_path / "r.sqlite")
    assert record_decisions(store, docs, decisions) == 2
    gold = gold_documents(store)[0]
    assert gold["fully_annotated"] and [m["event_id"] for m in gold["mentions"]] == ["e1"]
    assert [m["event_id"] for m in gold["rejected"]] == ["e2"] and gold["review"]["reviewers"] == ["eve"]


def test_cli_export_import_on_the_project_corpus(tmp_path, corpus_events):
    from typer.testing import CliRunner

    from riskevents.cli import app

    events, releases = corpus_events
    runner = CliRunner()
    for fmt in FORMATS:
        out = tmp_path / f"out-{fmt}"
        r = runner.invoke(app, ["review", "export", str(events), "--docs", str(releases), "--format", fmt,
                                "-o", str(out)])
        assert r.exit_code == 0, r.output
        if fmt == "label-studio":
            continue
        r = runner.invoke(app, ["review", "import", str(out), "--format", fmt, "-o", str(tmp_path / f"{fmt}.jsonl")])
        assert r.exit_code == 0, r.output
        decisions = [json.loads(x) for x in (tmp_path / f"{fmt}.jsonl").read_text(encoding="utf-8").splitlines()]
        assert decisions and {d["decision"] for d in decisions} == {"accepted"}
    r = runner.invoke(app, ["review", "export", str(events), "--docs", str(releases), "--format", "nope", "-o",
                            str(tmp_path / "x")])
    assert r.exit_code == 2 and "--format" in r.output


@pytest.fixture(scope="module")
def corpus_events(tmp_path_factory, nlp):
    from riskevents import extract_documents, read_inputs
    from riskevents.records import EVENT_COLUMNS
    from riskevents.writers import write_table

    from conftest import ROOT

    releases = ROOT / "corpus" / "releases"
    rows = [e.to_row() for res in extract_documents(nlp, read_inputs([releases])) for e in res.events]
    out = tmp_path_factory.mktemp("corpus") / "events.csv"
    write_table(out, EVENT_COLUMNS, rows)
    return out, releases


def test_seed_release_round_trips_through_every_format(tmp_path, nlp):
    from conftest import shared_file
    from riskevents import process_document
    from riskevents.review.items import item_from_row, read_documents

    docs = read_documents([shared_file("impac-2007q3-press-release.txt")])
    (doc,) = docs.values()
    items = [item_from_row(e.to_row(), doc.text) for e in process_document(nlp, doc).events]
    assert len(items) >= 10
    for fmt in FORMATS:
        out = tmp_path / fmt
        export(items, docs, fmt, out)
        if fmt == "label-studio":
            tasks = json.loads(out.read_text(encoding="utf-8"))
            tasks[0]["annotations"] = [{"id": 1, "result": tasks[0]["predictions"][0]["result"]}]
            out.write_text(json.dumps(tasks), encoding="utf-8")
        _, decisions = import_decisions(out, fmt)
        assert [(d["event_id"], d["decision"]) for d in decisions] == [(it["event_id"], "accepted") for it in
                                                                        sorted(items, key=lambda it: (
                                                                            it["start"], it["end"], it["event_type"]))]
