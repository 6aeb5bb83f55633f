"""The review page: a small FastAPI app over a ``Store``, served by uvicorn on 127.0.0.1 by default.

The page (``static/``) is plain HTML/JS/CSS with no build step. Document text travels as JSON and is put into the
page with ``textContent`` only, never as markup; a Content-Security-Policy that allows only the page's own script
is a second line of defence. Requests with a foreign ``Origin`` or ``Host`` are refused (no other site can post
decisions to a reviewer's local server).
"""

from __future__ import annotations

from importlib import resources
from typing import Any, Optional
from urllib.parse import urlsplit

from pydantic import BaseModel, Field

from .items import STATUSES, context_bounds, event_types, segments
from .store import Store

CSP = ("default-src 'none'; script-src 'self'; style-src 'self'; connect-src 'self'; img-src 'self'; "
       "base-uri 'none'; form-action 'none'; frame-ancestors 'none'")
LOOPBACK = {"127.0.0.1", "localhost", "::1"}


class Decision(BaseModel):
    reviewer: str
    event_id: str
    action: str
    payload: dict[str, Any] = Field(default_factory=dict)


class Added(BaseModel):
    reviewer: str
    doc_id: str
    start: int
    end: int
    type: str
    status: str = "actual"
    comment: str = ""
    from_item: Optional[str] = None


class Who(BaseModel):
    reviewer: str


class Position(BaseModel):
    reviewer: str
    event_id: str


def static_file(name: str) -> bytes:
    return (resources.files("riskevents.review") / "static" / name).read_bytes()


def create_app(store: Store, reviewer: str = "", host: str = "127.0.0.1") -> Any:
    from fastapi import FastAPI, HTTPException, Query, Request
    from fastapi.responses import JSONResponse, Response

    app = FastAPI(title="riskevents review", docs_url=None, redoc_url=None, openapi_url=None)
    allowed_hosts = LOOPBACK | {host}

    @app.middleware("http")
    async def guard(request: Request, call_next: Any) -> Any:
        hostname = urlsplit("//" + (request.headers.get("host") or "")).hostname or ""
        if host not in ("0.0.0.0", "::") and hostname not in allowed_hosts:
            return JSONResponse({"detail": "unexpected Host header"}, status_code=403)
        origin = request.headers.get("origin")
        if request.method not in ("GET", "HEAD") and origin:
            origin_host = origin.split("://", 1)[-1]
            if origin_host != request.headers.get("host"):
                return JSONResponse({"detail": "cross-origin request refused"}, status_code=403)
        response = await call_next(request)
        response.headers["Content-Security-Policy"] = CSP
        response.headers["X-Content-Type-Options"] = "nosniff"
        response.headers["Referrer-Policy"] = "no-referrer"
        response.headers["Cache-Control"] = "no-store"
        return response

    def page(name: str, media: str) -> Response:
        return Response(static_file(name), media_type=media)

    @app.get("/")
    def index() -> Response:
        return page("index.html", "text/html; charset=utf-8")

    @app.get("/static/app.js")
    def app_js() -> Response:
        return page("app.js", "text/javascript; charset=utf-8")

    @app.get("/static/app.css")
    def app_css() -> Response:
        return page("app.css", "text/css; charset=utf-8")

    @app.get("/api/config")
    def config() -> dict[str, Any]:
        items = store.live_items()
        return {"reviewer": reviewer, "types": event_types(), "statuses": list(STATUSES),
                "rules": sorted({it["rule_id"] for it in items if it["rule_id"]}),
                "reviewers": store.reviewers(), "positions": store.positions()}

    @app.get("/api/items")
    def list_items(reviewer: str = "", type: str = "", rule: str = "", kind: str = "",
                   min_conf: Optional[float] = Query(None), max_conf: Optional[float] = Query(None),
                   undecided: bool = False) -> dict[str, Any]:
        states = store.states(reviewer) if reviewer else {}
        rows = []
        all_items = store.live_items()
        for it in all_items:
            st = states.get(it["event_id"])
            decision = st["decision"] if st else None
            if type and it["event_type"] != type:
                continue
            if rule and it["rule_id"] != rule:
                continue
            if kind and it["kind"] != kind:
                continue
            conf = it.get("confidence")
            if min_conf is not None and (conf is None or conf < min_conf):
                continue
            if max_conf is not None and (conf is None or conf > max_conf):
                continue
            if undecided and decision is not None:
                continue
            rows.append({"event_id": it["event_id"], "doc_id": it["doc_id"], "kind": it["kind"],
                         "event_type": st["event_type"] if st else it["event_type"], "rule_id": it["rule_id"],
                         "confidence": conf, "decision": decision})
        decided_total = sum(1 for it in all_items if (states.get(it["event_id"]) or {}).get("decision"))
        return {"items": rows, "total": len(all_items), "decided": decided_total,
                "position": store.position(reviewer) if reviewer else None}

    @app.get("/api/item/{event_id}")
    def get_item(event_id: str, reviewer: str = "") -> dict[str, Any]:
        it = store.item(event_id)
        if it is None:
            raise HTTPException(404, "no such item")
        doc = store.document(it["doc_id"]) or {"text": ""}
        text = doc["text"]
        mine = store.states(reviewer).get(event_id) if reviewer else None
        state = mine or {"event_type": it["event_type"], "status": it["status"], "start": it["start"],
                         "end": it["end"], "verdict": None, "comment": "", "decision": None}
        s0 = min(it["sentence_start"], state["start"])
        s1 = max(it["sentence_end"], state["end"])
        c0, c1 = context_bounds(text, s0, s1)
        marks = [(s0, s1, "sentence"), (state["start"], state["end"], "trigger")]
        if (state["start"], state["end"]) != (it["start"], it["end"]):
            marks.append((it["start"], it["end"], "predicted"))
        if it.get("amount_start") is not None and it.get("amount_end") is not None:
            marks.append((int(it["amount_start"]), int(it["amount_end"]), "amount"))
        for a, b in it.get("cue_spans", []):
            marks.append((a, b, "cue"))
        others = []
        for d in store.decisions(event_id=event_id):
            if d["reviewer"] != reviewer and d["reviewer"] not in [o["reviewer"] for o in others]:
                others.append({"reviewer": d["reviewer"]})
        if others:
            every = {r: store.states(r).get(event_id) for r in [o["reviewer"] for o in others]}
            others = [{"reviewer": r, "decision": (s or {}).get("decision")} for r, s in every.items()]
        return {"item": it, "state": {k: v for k, v in state.items() if k != "decision_ids"},
                "context": {"start": c0, "end": c1, "segments": segments(text, c0, c1, marks)},
                "others": others}

    def fail(e: Exception) -> HTTPException:
        if isinstance(e, KeyError):
            return HTTPException(404, f"not found: {e.args[0]}")
        return HTTPException(422, str(e))

    @app.post("/api/decide")
    def decide(body: Decision) -> dict[str, Any]:
        try:
            return store.decide(body.reviewer, body.event_id, body.action, body.payload)
        except (KeyError, ValueError) as e:
            raise fail(e) from e

    @app.post("/api/add")
    def add(body: Added) -> dict[str, Any]:
        try:
            return store.add_event(body.reviewer, body.doc_id, body.start, body.end, body.type, body.status,
                                   body.comment, body.from_item)
        except (KeyError, ValueError) as e:
            raise fail(e) from e

    @app.post("/api/undo")
    def undo(body: Who) -> dict[str, Any]:
        try:
            return store.undo(body.reviewer) or {"undid": [], "event_id": None}
        except ValueError as e:
            raise fail(e) from e

    @app.post("/api/position")
    def position(body: Position) -> dict[str, Any]:
        try:
            store.set_position(body.reviewer, body.event_id)
        except ValueError as e:
            raise fail(e) from e
        return {"ok": True}

    return app


def serve(store: Store, host: str = "127.0.0.1", port: int = 8000, reviewer: str = "") -> None:
    import uvicorn

    app = create_app(store, reviewer=reviewer, host=host)
    uvicorn.run(app, host=host, port=port, log_level="warning", access_log=False)


def free_port(host: str = "127.0.0.1") -> int:
    import socket

    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as s:
        s.bind((host, 0))
        return s.getsockname()[1]


class BackgroundServer:
    """The review app served by uvicorn in a thread (tests, notebooks): ``with BackgroundServer(store) as url: ...``."""

    def __init__(self, store: Store, host: str = "127.0.0.1", port: int = 0, reviewer: str = "",
                 timeout: float = 15.0) -> None:
        self.store, self.host, self.port, self.reviewer, self.timeout = store, host, port or free_port(host), \
            reviewer, timeout
        self.server: Any = None
        self.thread: Any = None

    @property
    def url(self) -> str:
        return f"http://{self.host}:{self.port}"

    def __enter__(self) -> str:
        import threading
        import time

        import uvicorn

        config = uvicorn.Config(create_app(self.store, reviewer=self.reviewer, host=self.host), host=self.host,
                                port=self.port, log_level="warning", access_log=False, lifespan="off")
        self.server = uvicorn.Server(config)
        self.thread = threading.Thread(target=self.server.run, daemon=True)
        self.thread.start()
        deadline = time.monotonic() + self.timeout
        while not self.server.started:
            if time.monotonic() > deadline or not self.thread.is_alive():
                raise RuntimeError(f"review server did not start on {self.url}")
            time.sleep(0.02)
        return self.url

    def __exit__(self, *exc: Any) -> None:
        self.server.should_exit = True
        self.thread.join(self.timeout)
