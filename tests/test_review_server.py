"""The review server's API (uvicorn in a thread, real HTTP): decisions, filters, text-only rendering, guards."""

from __future__ import annotations

import httpx
import pytest

from riskevents.documents import Document
from riskevents.review.server import BackgroundServer, create_app
from riskevents.review.store import Store

EVIL = '<script>alert(1)</script><img src=x onerror="alert(2)"> Beta posted a net loss of $3 million.'


def _item(eid, typ, start, end, conf, rule):
    return {"event_id": eid, "doc_id": "evil.txt", "kind": "predicted", "event_type": typ, "status": "actual",
            "trigger": EVIL[start:end], "start": start, "end": end, "sentence_start": 57, "sentence_end": len(EVIL),
            "section": "body", "section_title": "", "polarity": "affirmed", "modality": "asserted",
            "boilerplate": False, "confidence": conf, "rule_id": rule, "amount_text": "$3 million",
            "amount_start": EVIL.index("$3"), "amount_end": EVIL.index("$3") + 10, "organizations": [],
            "business_units": [], "period": "", "cues": []}


@pytest.fixture(scope="module")
def server(tmp_path_factory):
    store = Store(tmp_path_factory.mktemp("srv") / "r.sqlite")
    store.add_documents([Document("evil.txt", EVIL)])
    i = EVIL.index("net loss")
    store.add_items([_item("e1", "NET_LOSS", i, i + 8, 0.92, "r.loss"),
                     _item("e2", "EARNINGS_DECLINE", i + 4, i + 8, 0.55, "r.decl")])
    with BackgroundServer(store, reviewer="alice") as url:
        with httpx.Client(base_url=url, timeout=10) as client:
            yield client


def test_text_is_json_and_the_page_embeds_no_document_text(server):
    page = server.get("/")
    assert page.status_code == 200 and "script-src 'self'" in page.headers["content-security-policy"]
    js = server.get("/static/app.js").text
    assert "alert" not in page.text and not any(sink in js for sink in (".innerHTML", "outerHTML", "insertAdjacentHTML",
                                                                         "document.write", "eval("))
    item = server.get("/api/item/e1", params={"reviewer": "alice"}).json()
    text = "".join(s["text"] for s in item["context"]["segments"])
    assert text.startswith("<script>alert(1)</script>")  # as text, for textContent
    marked = {tuple(s["classes"]): s["text"] for s in item["context"]["segments"] if s["classes"]}
    assert marked[("sentence", "trigger")] == "net loss" and marked[("amount", "sentence")] == "$3 million"


def test_filters_and_progress(server):
    def ids(**params):
        return [it["event_id"] for it in server.get("/api/items", params={"reviewer": "carol", **params})
                .json()["items"]]

    assert ids() == ["e1", "e2"]
    assert ids(type="NET_LOSS") == ["e1"] and ids(rule="r.decl") == ["e2"]
    assert ids(min_conf=0.6) == ["e1"] and ids(max_conf=0.6) == ["e2"]
    r = server.post("/api/decide", json={"reviewer": "carol", "event_id": "e2", "action": "reject"})
    assert r.status_code == 200 and r.json()["created_at"]
    assert ids(undecided="true") == ["e1"]
    listing = server.get("/api/items", params={"reviewer": "carol"}).json()
    assert listing["decided"] == 1 and listing["total"] == 2 and listing["position"] == "e2"


def test_bad_requests_are_refused(server):
    assert server.post("/api/decide", json={"reviewer": "alice", "event_id": "e1", "action": "type",
                                            "payload": {"type": "<b>X</b>"}}).status_code == 422
    assert server.post("/api/decide", json={"reviewer": "alice", "event_id": "zz", "action": "accept"}) \
        .status_code == 404
    assert server.get("/api/item/e1", headers={"host": "attacker.example"}).status_code == 403
    assert server.post("/api/undo", json={"reviewer": "alice"},
                       headers={"origin": "http://attacker.example"}).status_code == 403


def test_add_and_undo_over_http(server):
    start = EVIL.index("Beta")
    r = server.post("/api/add", json={"reviewer": "dave", "doc_id": "evil.txt", "start": start, "end": start + 4,
                                      "type": "NET_LOSS", "status": "actual"})
    assert r.status_code == 200 and r.json()["item"]["trigger"] == "Beta"
    assert server.post("/api/undo", json={"reviewer": "dave"}).json()["action"] == "add"
    assert server.post("/api/undo", json={"reviewer": "dave"}).json()["event_id"] is None


def test_default_bind_is_loopback():
    from riskevents.cli import app
    from typer.main import get_command

    serve = get_command(app).commands["review"].commands["serve"]
    host = next(p for p in serve.params if p.name == "host")
    assert host.default == "127.0.0.1"
    assert create_app(Store(":memory:")) is not None
