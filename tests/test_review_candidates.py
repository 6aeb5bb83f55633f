"""Possible missed events: risk-cue sentences without an event, ranked, loadable into the review page."""

from __future__ import annotations

import json

from riskevents.documents import Document
from riskevents.records import EVENT_COLUMNS
from riskevents.review.candidates import find_candidates, write_candidates
from riskevents.review.items import load_candidates
from riskevents.writers import write_table

TEXT = ("Acme posted a net loss of $12 million. Revenue rose 4 percent to a record. Its bankers took a "
        "charge of $40 million after the loss on the warehouse portfolio. The weather was fine. "
        "Sales in Ohio fell slightly.")


def test_candidates_rank_cue_sentences_without_events(tmp_path, nlp):
    from riskevents import process_document

    events = process_document(nlp, Document("a.txt", TEXT)).events
    write_table(tmp_path / "events.csv", EVENT_COLUMNS, [e.to_row() for e in events])
    docs = {"a.txt": Document("a.txt", TEXT)}
    cands = find_candidates(tmp_path / "events.csv", docs, nlp=nlp)
    sentences = [c["sentence"] for c in cands]
    assert not any("net loss of $12 million" in s for s in sentences)  # has an event
    assert not any("weather" in s or "record" in s for s in sentences)  # no risk cue
    top = cands[0]
    assert "charge of $40 million" in top["sentence"] and top["rank"] == 1
    assert {c["kind"] for c in top["cues"]} >= {"loss_word", "amount_near_risk_noun"}
    assert TEXT[top["trigger_start"]:top["trigger_end"]] == "loss" and top["suggested_type"] == "NET_LOSS"
    assert [c["score"] for c in cands] == sorted((c["score"] for c in cands), reverse=True)
    assert any("fell" in s for s in sentences)
    write_candidates(cands, tmp_path / "c.jsonl")
    items = load_candidates(tmp_path / "c.jsonl", docs)
    assert items[0]["kind"] == "candidate" and items[0]["trigger"] == "loss"
    assert json.loads((tmp_path / "c.jsonl").read_text(encoding="utf-8").splitlines()[0])["candidate_id"]


def test_candidate_accepted_in_review_becomes_added_event(tmp_path, nlp):
    from riskevents.review.gold import gold_documents
    from riskevents.review.store import Store

    write_table(tmp_path / "events.csv", EVENT_COLUMNS, [])
    docs = {"a.txt": Document("a.txt", TEXT)}
    write_candidates(find_candidates(tmp_path / "events.csv", docs, nlp=nlp), tmp_path / "c.jsonl")
    items = load_candidates(tmp_path / "c.jsonl", docs)
    store = Store(tmp_path / "r.sqlite")
    store.add_documents(docs.values())
    store.add_items(items)
    first, second = items[0], items[1]
    store.add_event("alice", "a.txt", first["start"], first["end"], "NET_LOSS", from_item=first["event_id"])
    store.decide("alice", second["event_id"], "reject")  # no event there
    gold = gold_documents(store)[0]
    assert [(m["type"], m["decision"]) for m in gold["mentions"]] == [("NET_LOSS", "added")]
    assert gold["rejected"] == [] and gold["review"]["decided"] == 2
