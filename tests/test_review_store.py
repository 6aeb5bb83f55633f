"""The review database: decisions, undo, several reviewers, restart, positions, gold."""

from __future__ import annotations

import json

import pytest

from riskevents.documents import Document
from riskevents.review.gold import gold_documents, write_gold
from riskevents.review.store import Store

TEXT = "Acme posted a net loss of $5 million. It will cut 300 jobs. Its lenders walked away."


def item(event_id, event_type, start, end, status="actual", rule="r.1"):
    return {"event_id": event_id, "doc_id": "d1", "kind": "predicted", "event_type": event_type, "status": status,
            "trigger": TEXT[start:end], "start": start, "end": end, "sentence_start": 0, "sentence_end": len(TEXT),
            "section": "body", "section_title": "", "polarity": "affirmed", "modality": "asserted",
            "boilerplate": False, "confidence": 0.9, "rule_id": rule, "amount_text": "", "amount_start": None,
            "amount_end": None, "organizations": [], "business_units": [], "period": "", "cues": []}


@pytest.fixture
def store(tmp_path):
    s = Store(tmp_path / "r.sqlite")
    s.add_documents([Document("d1", TEXT, {"source": str(tmp_path / "docs" / "d1")})])
    s.add_items([item("e1", "NET_LOSS", 14, 22), item("e2", "LAYOFFS", 46, 49, rule="r.2")])
    return s


def test_decisions_fold_into_labels(store):
    store.decide("alice", "e1", "accept")
    store.decide("alice", "e2", "type", {"type": "RESTRUCTURING"})
    states = store.states("alice")
    assert states["e1"]["decision"] == "accepted"
    assert states["e2"]["decision"] == "corrected" and states["e2"]["event_type"] == "RESTRUCTURING"
    store.decide("alice", "e2", "reject")
    assert store.states("alice")["e2"]["decision"] == "rejected"
    store.decide("alice", "e2", "boundaries", {"start": 46, "end": 58})  # an edit means the event exists
    assert store.states("alice")["e2"]["decision"] == "corrected"


def test_undo_is_logged_and_per_reviewer(store):
    store.decide("alice", "e1", "accept")
    store.decide("bob", "e1", "reject")
    store.decide("alice", "e1", "status", {"status": "negated"})
    assert store.undo("alice")["action"] == "status"
    assert store.states("alice")["e1"]["decision"] == "accepted"
    assert store.states("bob")["e1"]["decision"] == "rejected"
    assert store.undo("alice")["action"] == "accept"
    assert "e1" not in store.states("alice")
    assert store.undo("alice") is None
    assert len(store.decisions(include_undone=True)) == 3  # nothing deleted


def test_added_event_and_its_undo(store):
    r = store.add_event("alice", "d1", 60, 83, "LIQUIDITY_STRESS", comment="missed")
    added = r["item"]
    assert added["trigger"] == "Its lenders walked away" and added["kind"] == "added"
    assert store.states("alice")[added["event_id"]]["decision"] == "added"
    assert store.undo("alice")["action"] == "add"  # the add and its comment go together
    assert added["event_id"] not in {it["event_id"] for it in store.live_items()}


def test_bad_decisions_are_refused(store):
    with pytest.raises(ValueError):
        store.decide("alice", "e1", "type", {"type": "NOT_A_TYPE"})
    with pytest.raises(ValueError):
        store.decide("alice", "e1", "status", {"status": "maybe"})
    with pytest.raises(ValueError):
        store.decide("", "e1", "accept")
    with pytest.raises(ValueError):
        store.add_event("alice", "d1", 10, 10_000, "NET_LOSS")
    with pytest.raises(KeyError):
        store.decide("alice", "nope", "accept")


def test_restart_keeps_everything(tmp_path, store):
    store.decide("alice", "e1", "accept")
    store.decide("bob", "e2", "reject")
    store.set_position("alice", "e2")
    store.close()
    again = Store(tmp_path / "r.sqlite")
    assert again.add_items([item("e1", "NET_LOSS", 14, 22)]) == 0  # reloading events.csv adds no duplicate
    assert again.states("alice")["e1"]["decision"] == "accepted"
    assert again.states("bob")["e2"]["decision"] == "rejected"
    assert again.position("alice") == "e2" and again.position("bob") == "e2"
    assert again.reviewers() == ["alice", "bob"]


def test_changed_document_text_is_refused(store):
    from riskevents.errors import UsageError

    with pytest.raises(UsageError):
        store.add_documents([Document("d1", TEXT + " more")])


def test_gold_marks_fully_reviewed_documents(tmp_path, store):
    store.decide("alice", "e1", "accept")
    doc = gold_documents(store)[0]
    assert doc["fully_annotated"] is False and doc["review"] == {"items": 2, "decided": 1, "added": 0,
                                                                 "reviewers": ["alice"]}
    store.decide("bob", "e2", "reject")  # combined: the latest reviewer per item
    store.add_event("bob", "d1", 60, 83, "LIQUIDITY_STRESS")
    out = tmp_path / "gold.jsonl"
    summary = write_gold(store, out)
    assert summary == {"documents": 1, "fully_annotated": 1, "mentions": 2, "rejected": 1}
    doc = json.loads(out.read_text(encoding="utf-8"))
    assert doc["fully_annotated"] is True and "fully_annotated" in doc["notes"]
    assert [(m["type"], m["decision"], m["trigger"]) for m in doc["mentions"]] == [
        ("NET_LOSS", "accepted", "net loss"), ("LIQUIDITY_STRESS", "added", "Its lenders walked away")]
    m = doc["mentions"][0]
    assert m["event_id"] == "e1" and m["rule_id"] == "r.1" and m["predicted"]["confidence"] == 0.9
    assert doc["rejected"][0]["event_id"] == "e2"
    assert set(m) >= {"type", "status", "trigger", "trigger_start", "trigger_end", "evidence_start", "evidence_end"}
    # one reviewer's view only
    assert gold_documents(store, reviewer="alice")[0]["rejected"] == []


def test_gold_is_scored_by_evaluate(tmp_path, store):
    from riskevents.evaluation.events import evaluate_events
    from riskevents.evaluation.gold import load_gold

    store.decide("alice", "e1", "accept")
    store.decide("alice", "e2", "reject")
    write_gold(store, tmp_path / "gold.jsonl")
    gold = load_gold(tmp_path / "gold.jsonl")
    rows = [{"doc_id": "d1", "event_type": t, "start_char": s, "end_char": e, "status": "actual", "rule_id": r}
            for t, s, e, r in (("NET_LOSS", 14, 22, "r.1"), ("LAYOFFS", 46, 49, "r.2"))]
    result = evaluate_events(gold, rows)
    assert result["any_status"]["micro"]["tp"] == 1 and result["any_status"]["micro"]["pred"] == 2
    assert result["rules"]["r.1"]["precision"] == 1.0 and result["rules"]["r.2"]["precision"] == 0.0
