"""The review database (SQLite): documents, items and an append-only log of decisions.

- Every decision is one row (reviewer, action, payload, UTC timestamp), committed when it is made; ``undo`` marks a
  reviewer's latest live decision as undone (and is itself logged). Nothing is ever deleted.
- Several reviewers (and several server processes) can share one database: WAL journal, a busy timeout, short
  transactions.
- A reviewer's state of an item is the fold of their live decisions in order; the combined state (for gold) takes,
  per item, the reviewer who decided it last.
- ``positions`` keeps the item each reviewer was last on, so reopening the page resumes there.
"""

from __future__ import annotations

import hashlib
import json
import sqlite3
import threading
from contextlib import contextmanager
from datetime import datetime, timezone
from pathlib import Path
from typing import Any, Iterable, Iterator

from ..documents import Document
from ..errors import UsageError
from .items import STATUSES, gold_source, sha1

SCHEMA = """
CREATE TABLE IF NOT EXISTS meta (key TEXT PRIMARY KEY, value TEXT NOT NULL);
CREATE TABLE IF NOT EXISTS documents (
  doc_id TEXT PRIMARY KEY, text TEXT NOT NULL, text_sha1 TEXT NOT NULL, source TEXT NOT NULL DEFAULT '');
CREATE TABLE IF NOT EXISTS items (
  event_id TEXT PRIMARY KEY, doc_id TEXT NOT NULL, kind TEXT NOT NULL, seq INTEGER NOT NULL, data TEXT NOT NULL);
CREATE INDEX IF NOT EXISTS items_doc ON items (doc_id);
CREATE TABLE IF NOT EXISTS decisions (
  id INTEGER PRIMARY KEY AUTOINCREMENT, event_id TEXT NOT NULL, doc_id TEXT NOT NULL, reviewer TEXT NOT NULL,
  action TEXT NOT NULL, payload TEXT NOT NULL, created_at TEXT NOT NULL, undone INTEGER NOT NULL DEFAULT 0,
  gesture TEXT);
CREATE INDEX IF NOT EXISTS decisions_event ON decisions (event_id);
CREATE INDEX IF NOT EXISTS decisions_reviewer ON decisions (reviewer, id);
CREATE TABLE IF NOT EXISTS positions (reviewer TEXT PRIMARY KEY, event_id TEXT, updated_at TEXT NOT NULL);
"""
SCHEMA_VERSION = "1"
ACTIONS = ("accept", "reject", "type", "status", "boundaries", "comment", "add")
DECISIONS = ("accepted", "rejected", "corrected", "added")


def now() -> str:
    return datetime.now(timezone.utc).isoformat(timespec="milliseconds")


def fold(item: dict[str, Any], decisions: Iterable[dict[str, Any]]) -> dict[str, Any]:
    """The state of an item after a sequence of (live) decisions, with its ``decision`` label:
    accepted / rejected / corrected / added, or None when undecided."""
    state = {"event_type": item["event_type"], "status": item["status"], "start": item["start"], "end": item["end"],
             "verdict": None, "comment": "", "reviewer": None, "decided_at": None, "decision_ids": []}
    for d in decisions:
        p = d["payload"]
        a = d["action"]
        if a == "accept":
            state["verdict"] = "accepted"
        elif a == "reject":
            state["verdict"] = "rejected"
        elif a == "type":
            state["event_type"] = p["type"]
            state["verdict"] = "accepted"
        elif a == "status":
            state["status"] = p["status"]
            state["verdict"] = "accepted"
        elif a == "boundaries":
            state["start"], state["end"] = int(p["start"]), int(p["end"])
            state["verdict"] = "accepted"
        elif a == "add":
            state.update(event_type=p["type"], status=p["status"], start=int(p["start"]), end=int(p["end"]),
                         verdict="added")
        elif a == "comment":
            state["comment"] = p.get("text", "")
        if a != "comment" or state["verdict"] is None:
            state["reviewer"], state["decided_at"] = d["reviewer"], d["created_at"]
        state["decision_ids"].append(d["id"])
    state["decision"] = label(item, state)
    return state


def label(item: dict[str, Any], state: dict[str, Any]) -> str | None:
    verdict = state["verdict"]
    if verdict is None:
        return None
    if verdict == "rejected":
        return "rejected"
    if verdict == "added" or item["kind"] != "predicted":
        return "added"
    changed = (state["event_type"] != item["event_type"] or state["status"] != item["status"]
               or (state["start"], state["end"]) != (item["start"], item["end"]))
    return "corrected" if changed else "accepted"


class Store:
    """One SQLite database; thread-safe (one connection per thread), safe to share between processes."""

    def __init__(self, path: str | Path) -> None:
        self.path = str(path)
        self._local = threading.local()
        Path(self.path).parent.mkdir(parents=True, exist_ok=True)
        c = self.conn()
        c.executescript(SCHEMA)
        c.execute("INSERT OR IGNORE INTO meta VALUES ('schema_version', ?)", (SCHEMA_VERSION,))

    # ---- connections ------------------------------------------------------------------------------------------
    def conn(self) -> sqlite3.Connection:
        c = getattr(self._local, "conn", None)
        if c is None:
            c = sqlite3.connect(self.path, timeout=30, isolation_level=None, check_same_thread=False)
            c.row_factory = sqlite3.Row
            c.execute("PRAGMA journal_mode=WAL")
            c.execute("PRAGMA synchronous=FULL")
            c.execute("PRAGMA busy_timeout=30000")
            self._local.conn = c
        return c

    @contextmanager
    def tx(self) -> Iterator[sqlite3.Connection]:
        c = self.conn()
        c.execute("BEGIN IMMEDIATE")
        try:
            yield c
        except BaseException:
            c.execute("ROLLBACK")
            raise
        else:
            c.execute("COMMIT")

    def close(self) -> None:
        c = getattr(self._local, "conn", None)
        if c is not None:
            c.close()
            self._local.conn = None

    # ---- loading ----------------------------------------------------------------------------------------------
    def add_documents(self, docs: Iterable[Document]) -> None:
        with self.tx() as c:
            for d in docs:
                digest = sha1(d.text)
                row = c.execute("SELECT text_sha1 FROM documents WHERE doc_id = ?", (d.id,)).fetchone()
                if row is not None and row["text_sha1"] != digest:
                    raise UsageError(f"[E510] document {d.id} differs from the one already in {self.path} "
                                     "(sha1 mismatch): review it in a new database")
                if row is None:
                    c.execute("INSERT INTO documents VALUES (?, ?, ?, ?)", (d.id, d.text, digest, gold_source(d)))

    def add_items(self, items: Iterable[dict[str, Any]]) -> int:
        """Insert items not yet in the database (an item keeps its first data and position). Returns new ones."""
        added = 0
        with self.tx() as c:
            seq = c.execute("SELECT COALESCE(MAX(seq), -1) FROM items").fetchone()[0]
            for it in items:
                cur = c.execute("INSERT OR IGNORE INTO items VALUES (?, ?, ?, ?, ?)",
                                (it["event_id"], it["doc_id"], it["kind"], seq + 1, json.dumps(it)))
                if cur.rowcount:
                    seq += 1
                    added += 1
        return added

    # ---- reading ----------------------------------------------------------------------------------------------
    def document(self, doc_id: str) -> dict[str, Any] | None:
        row = self.conn().execute("SELECT * FROM documents WHERE doc_id = ?", (doc_id,)).fetchone()
        return dict(row) if row else None

    def documents(self) -> list[dict[str, Any]]:
        return [dict(r) for r in self.conn().execute("SELECT doc_id, text_sha1, source FROM documents ORDER BY doc_id")]

    def items(self) -> list[dict[str, Any]]:
        return [json.loads(r["data"]) for r in self.conn().execute("SELECT data FROM items ORDER BY seq")]

    def item(self, event_id: str) -> dict[str, Any] | None:
        row = self.conn().execute("SELECT data FROM items WHERE event_id = ?", (event_id,)).fetchone()
        return json.loads(row["data"]) if row else None

    def decisions(self, reviewer: str | None = None, event_id: str | None = None,
                  include_undone: bool = False) -> list[dict[str, Any]]:
        sql = "SELECT * FROM decisions WHERE action != 'undo'"
        args: list[Any] = []
        if not include_undone:
            sql += " AND undone = 0"
        if reviewer is not None:
            sql += " AND reviewer = ?"
            args.append(reviewer)
        if event_id is not None:
            sql += " AND event_id = ?"
            args.append(event_id)
        rows = self.conn().execute(sql + " ORDER BY id", args).fetchall()
        return [{**dict(r), "payload": json.loads(r["payload"])} for r in rows]

    def reviewers(self) -> list[str]:
        return [r[0] for r in self.conn().execute("SELECT DISTINCT reviewer FROM decisions ORDER BY reviewer")]

    def states(self, reviewer: str | None = None) -> dict[str, dict[str, Any]]:
        """event_id -> state of the decided items: one reviewer's, or combined (the latest reviewer per item)."""
        by_key: dict[tuple[str, str], list[dict[str, Any]]] = {}
        for d in self.decisions(reviewer):
            by_key.setdefault((d["event_id"], d["reviewer"]), []).append(d)
        items = {it["event_id"]: it for it in self.items()}
        best: dict[str, dict[str, Any]] = {}
        for (event_id, _), ds in by_key.items():
            it = items.get(event_id)
            if it is None:
                continue
            st = fold(it, ds)
            if st["decision"] is None and not st["comment"]:
                continue
            cur = best.get(event_id)
            if cur is None or (st["decision"] is not None, max(st["decision_ids"])) > \
                    (cur["decision"] is not None, max(cur["decision_ids"])):
                best[event_id] = st
        return best

    def live_items(self) -> list[dict[str, Any]]:
        """Items to review: predicted and candidate items, and added items whose ``add`` is not undone."""
        live_added = {d["event_id"] for d in self.decisions() if d["action"] == "add"}
        return [it for it in self.items() if it["kind"] != "added" or it["event_id"] in live_added]

    # ---- writing ----------------------------------------------------------------------------------------------
    def decide(self, reviewer: str, event_id: str, action: str, payload: dict[str, Any] | None = None) -> dict:
        reviewer = check_reviewer(reviewer)
        payload = dict(payload or {})
        if action not in ACTIONS or action == "add":
            raise ValueError(f"unknown action {action!r}")
        item = self.item(event_id)
        if item is None:
            raise KeyError(event_id)
        doc = self.document(item["doc_id"])
        if action == "type":
            from .items import event_types

            if payload.get("type") not in event_types():
                raise ValueError(f"unknown event type {payload.get('type')!r}")
            payload = {"type": payload["type"]}
        elif action == "status":
            if payload.get("status") not in STATUSES:
                raise ValueError(f"status must be one of {', '.join(STATUSES)}")
            payload = {"status": payload["status"]}
        elif action == "boundaries":
            payload = check_span(doc["text"] if doc else "", payload)
        elif action == "comment":
            payload = {"text": str(payload.get("text", ""))[:5000]}
        else:
            payload = {}
        return self._log(reviewer, item, action, payload)

    def add_event(self, reviewer: str, doc_id: str, start: int, end: int, event_type: str, status: str = "actual",
                  comment: str = "", from_item: str | None = None) -> dict[str, Any]:
        """A missed event, added by a reviewer: a new item (kind ``added``) and its ``add`` decision."""
        from .items import event_types, sentence_bounds

        reviewer = check_reviewer(reviewer)
        doc = self.document(doc_id)
        if doc is None:
            raise KeyError(doc_id)
        span = check_span(doc["text"], {"start": start, "end": end})
        if event_type not in event_types():
            raise ValueError(f"unknown event type {event_type!r}")
        if status not in STATUSES:
            raise ValueError(f"status must be one of {', '.join(STATUSES)}")
        text = doc["text"]
        s0, s1 = sentence_bounds(text, span["start"], span["end"])
        stamp = now()
        key = f"{doc_id}\x1f{span['start']}\x1f{span['end']}\x1f{event_type}\x1f{reviewer}\x1f{stamp}"
        item = {"event_id": "added-" + hashlib.sha1(key.encode("utf-8")).hexdigest()[:12], "doc_id": doc_id,
                "kind": "added", "event_type": event_type, "status": status,
                "trigger": text[span["start"]:span["end"]], "start": span["start"], "end": span["end"],
                "sentence_start": s0, "sentence_end": s1, "section": "", "section_title": "", "polarity": "",
                "modality": "", "boilerplate": False, "confidence": None, "rule_id": "", "amount_text": "",
                "amount_start": None, "amount_end": None, "organizations": [], "business_units": [], "period": "",
                "cues": [], "added_by": reviewer, "from_item": from_item}
        self.add_items([item])
        gesture = item["event_id"]
        d = self._log(reviewer, item, "add", {"type": event_type, "status": status, **span}, stamp, gesture)
        if from_item:  # a candidate that became an event is decided too
            cand = self.item(from_item)
            if cand is not None and cand["kind"] == "candidate":
                self._log(reviewer, cand, "accept", {"added": item["event_id"]}, stamp, gesture)
        if comment:
            self._log(reviewer, item, "comment", {"text": comment[:5000]}, stamp, gesture)
        return {**d, "item": item}

    def _log(self, reviewer: str, item: dict[str, Any], action: str, payload: dict[str, Any],
             stamp: str | None = None, gesture: str | None = None) -> dict[str, Any]:
        stamp = stamp or now()
        with self.tx() as c:
            cur = c.execute("INSERT INTO decisions (event_id, doc_id, reviewer, action, payload, created_at, gesture) "
                            "VALUES (?, ?, ?, ?, ?, ?, ?)",
                            (item["event_id"], item["doc_id"], reviewer, action, json.dumps(payload), stamp, gesture))
            c.execute("INSERT INTO positions VALUES (?, ?, ?) ON CONFLICT(reviewer) DO UPDATE SET "
                      "event_id = excluded.event_id, updated_at = excluded.updated_at",
                      (reviewer, item["event_id"], stamp))
        return {"id": cur.lastrowid, "event_id": item["event_id"], "doc_id": item["doc_id"], "reviewer": reviewer,
                "action": action, "payload": payload, "created_at": stamp}

    def undo(self, reviewer: str) -> dict[str, Any] | None:
        """Undo the reviewer's latest live decision (an ``add`` takes the decisions logged with it along)."""
        reviewer = check_reviewer(reviewer)
        with self.tx() as c:
            row = c.execute("SELECT * FROM decisions WHERE reviewer = ? AND undone = 0 AND action != 'undo' "
                            "ORDER BY id DESC LIMIT 1", (reviewer,)).fetchone()
            if row is not None and row["gesture"]:  # undo a gesture from its first decision (the add)
                row = c.execute("SELECT * FROM decisions WHERE gesture = ? AND undone = 0 ORDER BY id LIMIT 1",
                                (row["gesture"],)).fetchone()
            if row is None:
                return None
            ids = [row["id"]]
            if row["gesture"]:  # decisions made by one gesture (add + comment + candidate accept) go together
                same = c.execute("SELECT id FROM decisions WHERE reviewer = ? AND undone = 0 AND gesture = ? "
                                 "AND id != ?", (reviewer, row["gesture"], row["id"])).fetchall()
                ids += [r["id"] for r in same]
            c.executemany("UPDATE decisions SET undone = 1 WHERE id = ?", [(i,) for i in ids])
            stamp = now()
            c.execute("INSERT INTO decisions (event_id, doc_id, reviewer, action, payload, created_at, undone) "
                      "VALUES (?, ?, ?, 'undo', ?, ?, 1)",
                      (row["event_id"], row["doc_id"], reviewer, json.dumps({"undid": ids}), stamp))
            target = row["event_id"]
            if row["action"] == "add":
                from_item = json.loads(c.execute("SELECT data FROM items WHERE event_id = ?",
                                                 (target,)).fetchone()["data"]).get("from_item")
                target = from_item or target
            c.execute("INSERT INTO positions VALUES (?, ?, ?) ON CONFLICT(reviewer) DO UPDATE SET "
                      "event_id = excluded.event_id, updated_at = excluded.updated_at", (reviewer, target, stamp))
        return {"undid": ids, "event_id": target, "action": row["action"]}

    def set_position(self, reviewer: str, event_id: str) -> None:
        reviewer = check_reviewer(reviewer)
        with self.tx() as c:
            c.execute("INSERT INTO positions VALUES (?, ?, ?) ON CONFLICT(reviewer) DO UPDATE SET "
                      "event_id = excluded.event_id, updated_at = excluded.updated_at", (reviewer, event_id, now()))

    def position(self, reviewer: str) -> str | None:
        row = self.conn().execute("SELECT event_id FROM positions WHERE reviewer = ?", (reviewer,)).fetchone()
        return row["event_id"] if row else None

    def positions(self) -> dict[str, str]:
        return {r["reviewer"]: r["event_id"] for r in self.conn().execute("SELECT * FROM positions")}


def check_reviewer(name: str) -> str:
    name = (name or "").strip()
    if not name or len(name) > 100 or any(ch in name for ch in "\n\r\t"):
        raise ValueError("a reviewer name (1-100 characters, one line) is required")
    return name


def check_span(text: str, payload: dict[str, Any]) -> dict[str, int]:
    try:
        start, end = int(payload["start"]), int(payload["end"])
    except (KeyError, TypeError, ValueError) as e:
        raise ValueError("a span needs integer start and end") from e
    if not (0 <= start < end <= len(text)):
        raise ValueError(f"span {start}:{end} is outside the document (length {len(text)})")
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    if start == end:
        raise ValueError("the span is only whitespace")
    return {"start": start, "end": end}
