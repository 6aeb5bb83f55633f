"""The review page in headless Chromium (Debian's chromium + Playwright's Python API): review by keyboard, add a
missed event, restart the server, check that every decision is there and in the exported gold.

Needs /usr/bin/chromium (apt-get install -y chromium). Without it the test skips, except when CI or
RISKEVENTS_REQUIRE_BROWSER is set: then it fails, so CI cannot pass without running it.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
import time
from pathlib import Path

import httpx
import pytest

CHROMIUM = os.environ.get("RISKEVENTS_CHROMIUM", "/usr/bin/chromium")
ARGS = ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-dev-shm-usage"]
TIMEOUT_MS = 15_000

pytestmark = [pytest.mark.browser, pytest.mark.slow]

ACME = ("Acme Corp reported a net loss of $12 million for the third quarter. The company said it will lay off 200 "
        "workers. The board did not declare a dividend. Acme also plans to close two plants in Ohio. Its "
        "bankers quietly walked away from the company last week.\n")
EVIL = ('<script>window.__pwned = 1</script><img src=x onerror="window.__pwned = 2"> Beta Inc posted a net loss of '
        "$3 million for 2008. Beta Inc cut its dividend.\n")


def _need_browser() -> None:
    if not Path(CHROMIUM).exists():
        msg = f"{CHROMIUM} not found (apt-get install -y chromium)"
        if os.environ.get("CI") or os.environ.get("RISKEVENTS_REQUIRE_BROWSER"):
            pytest.fail(msg)
        pytest.skip(msg)
    pytest.importorskip("playwright.sync_api")


@pytest.fixture(scope="module")
def review_data(tmp_path_factory, nlp):
    from riskevents import Document, process_document
    from riskevents.records import EVENT_COLUMNS
    from riskevents.writers import write_table

    root = tmp_path_factory.mktemp("review")
    docs = root / "docs"
    docs.mkdir()
    rows = []
    for name, text in (("acme.txt", ACME), ("evil.txt", EVIL)):
        (docs / name).write_text(text, encoding="utf-8")
        rows += [e.to_row() for e in process_document(nlp, Document(name, text)).events]
    write_table(root / "events.csv", EVENT_COLUMNS, rows)
    return root, rows


class Server:
    def __init__(self, root: Path, port: int) -> None:
        self.root, self.port = root, port
        self.proc: subprocess.Popen | None = None

    def start(self) -> str:
        from riskevents.review.server import free_port

        self.port = self.port or free_port()
        log = open(self.root / "server.log", "ab")
        cmd = [sys.executable, "-m", "riskevents.cli", "review", "serve", str(self.root / "events.csv"), "--docs",
               str(self.root / "docs"), "--db", str(self.root / "review.sqlite"), "--port", str(self.port),
               "--reviewer", "alice"]
        self.proc = subprocess.Popen(cmd, stdout=log, stderr=log)
        url = f"http://127.0.0.1:{self.port}"
        deadline = time.monotonic() + 30
        while True:
            try:
                if httpx.get(url + "/api/config", timeout=1).status_code == 200:
                    return url
            except httpx.HTTPError:
                pass
            if self.proc.poll() is not None or time.monotonic() > deadline:
                self.stop()
                raise RuntimeError("server did not start: " + (self.root / "server.log").read_text(errors="replace"))
            time.sleep(0.1)

    def stop(self) -> None:
        if self.proc is not None and self.proc.poll() is None:
            self.proc.terminate()
            try:
                self.proc.wait(10)
            except subprocess.TimeoutExpired:
                self.proc.kill()
                self.proc.wait(5)
        self.proc = None


def wait_js(page, fn: str, arg=None, timeout: float = TIMEOUT_MS / 1000) -> None:
    """Poll ``fn`` (a JS function) until it returns true. (Playwright's wait_for_function evaluates a string, which
    the page's Content-Security-Policy rightly forbids; page.evaluate goes through the DevTools protocol.)"""
    deadline = time.monotonic() + timeout
    while not page.evaluate(fn, arg):
        if time.monotonic() > deadline:
            raise AssertionError(f"timed out waiting for {fn} ({arg!r}); progress: "
                                 f"{page.text_content('#progress')!r}, message: {page.text_content('#message')!r}")
        time.sleep(0.05)


SELECT_TEXT = """(needle) => {
  const root = document.getElementById('context');
  const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
  const nodes = []; let all = '';
  while (walker.nextNode()) { nodes.push([walker.currentNode, all.length]); all += walker.currentNode.data; }
  const at = all.indexOf(needle);
  if (at < 0) return false;
  const locate = (pos) => { for (const [n, base] of nodes) { if (pos <= base + n.data.length) return [n, pos - base]; } };
  const [sn, so] = locate(at); const [en, eo] = locate(at + needle.length);
  const range = document.createRange(); range.setStart(sn, so); range.setEnd(en, eo);
  const sel = window.getSelection(); sel.removeAllRanges(); sel.addRange(range); return true;
}"""


def test_review_page_end_to_end(review_data):
    _need_browser()
    from playwright.sync_api import sync_playwright

    root, rows = review_data
    assert [r["event_type"] for r in rows if r["doc_id"] == "acme.txt"] == \
        ["NET_LOSS", "LAYOFFS", "DIVIDEND_CUT", "RESTRUCTURING"]
    assert not any("walked" in r["trigger"] for r in rows)  # the missed event really is missed
    server = Server(root, 0)
    url = server.start()
    try:
        with sync_playwright() as p:
            browser = p.chromium.launch(executable_path=CHROMIUM, args=ARGS, headless=True, timeout=TIMEOUT_MS)
            try:
                page = browser.new_page()
                page.set_default_timeout(TIMEOUT_MS)
                errors: list[str] = []
                page.on("pageerror", lambda e: errors.append(str(e)))

                def decided(n: int) -> None:
                    wait_js(page, "(n) => document.getElementById('progress').textContent.startsWith(n + ' /')", n)

                def on(event_type: str, doc: str) -> None:
                    wait_js(
                        page, "([t, d]) => document.getElementById('v-type').textContent.startsWith(t) && "
                        "document.getElementById('v-doc').textContent.startsWith(d)", [event_type, doc])

                page.goto(url + "/")
                page.wait_for_selector("body[data-loaded='1']")
                on("NET_LOSS", "acme.txt")
                assert page.input_value("#reviewer") == "alice"
                page.keyboard.press("a")                                    # 1 accept
                decided(1)
                on("LAYOFFS", "acme.txt")
                page.keyboard.press("x")                                    # 2 reject
                decided(2)
                on("DIVIDEND_CUT", "acme.txt")
                page.keyboard.press("s")                                    # 3 status -> hypothetical
                page.select_option("#status-select", "hypothetical")
                page.press("#status-select", "Enter")
                decided(3)
                wait_js(page, "() => document.getElementById('v-status').textContent.startsWith('hypothetical')")
                page.keyboard.press("t")                                    # type -> LIQUIDITY_STRESS ...
                page.select_option("#type-select", "LIQUIDITY_STRESS")
                page.press("#type-select", "Enter")
                on("LIQUIDITY_STRESS", "acme.txt")
                page.keyboard.press("u")                                    # ... undone
                on("DIVIDEND_CUT", "acme.txt")
                assert page.text_content("#v-status").startswith("hypothetical")
                page.keyboard.press("j")
                on("RESTRUCTURING", "acme.txt")
                assert page.evaluate(SELECT_TEXT, "close two plants in Ohio")
                page.keyboard.press("b")                                    # 4 trigger boundaries
                decided(4)
                wait_js(page, "() => Array.from(document.querySelectorAll('#context .trigger'))"
                        ".map((e) => e.textContent).join('') === 'close two plants in Ohio'")
                assert page.evaluate(SELECT_TEXT, "walked away from the company")
                page.keyboard.press("n")                                    # add a missed event
                page.wait_for_selector("#add-panel:not([hidden])")
                page.select_option("#add-type", "LIQUIDITY_STRESS")
                page.press("#add-type", "Enter")
                decided(5)                                                  # the added event counts as decided
                page.keyboard.press("j")
                on("NET_LOSS", "evil.txt")
                # the document's markup is shown as text and never runs
                assert "<script>window.__pwned = 1</script>" in page.text_content("#context")
                assert page.locator("#context script, #context img").count() == 0
                assert page.evaluate("window.__pwned") is None
                page.keyboard.press("k")
                page.keyboard.press("j")
                on("NET_LOSS", "evil.txt")
                page.keyboard.press("a")                                    # 5 accept
                decided(6)
                on("DIVIDEND_CUT", "evil.txt")
                assert page.text_content("#progress").startswith("6 / 7 decided")
                assert not errors, errors
            finally:
                browser.close()
        server.stop()

        url = server.start()                                                # restart: nothing lost
        with sync_playwright() as p:
            browser = p.chromium.launch(executable_path=CHROMIUM, args=ARGS, headless=True, timeout=TIMEOUT_MS)
            try:
                page = browser.new_page()
                page.set_default_timeout(TIMEOUT_MS)
                page.goto(url + "/")
                page.wait_for_selector("body[data-loaded='1']")
                # alice resumes where she left off
                wait_js(page, "() => document.getElementById('v-doc').textContent.startsWith('evil.txt') && "
                                       "document.getElementById('v-type').textContent.startsWith('DIVIDEND_CUT')")
                assert page.text_content("#progress").startswith("6 / 7 decided")
                # a second reviewer on the same database starts fresh and sees alice's decision
                page.goto(url + "/?reviewer=bob")
                page.wait_for_selector("body[data-loaded='1']")
                wait_js(page, "() => document.getElementById('progress').textContent.startsWith('0 /')")
                wait_js(page, "() => document.getElementById('v-others').textContent.includes('alice: accepted')")
                page.keyboard.press("x")
                wait_js(page, "() => document.getElementById('progress').textContent.startsWith('1 /')")
                # the undecided-only filter
                page.goto(url + "/?reviewer=alice")
                page.wait_for_selector("body[data-loaded='1']")
                page.check("#f-undecided")
                wait_js(page, "() => document.getElementById('progress').textContent.includes('of 1 ')")
            finally:
                browser.close()
        state = httpx.get(url + "/api/items", params={"reviewer": "alice"}).json()
    finally:
        server.stop()

    decisions = {(it["doc_id"], it["event_type"], it["kind"]): it["decision"] for it in state["items"]}
    assert decisions == {
        ("acme.txt", "NET_LOSS", "predicted"): "accepted", ("acme.txt", "LAYOFFS", "predicted"): "rejected",
        ("acme.txt", "DIVIDEND_CUT", "predicted"): "corrected", ("acme.txt", "RESTRUCTURING", "predicted"): "corrected",
        ("acme.txt", "LIQUIDITY_STRESS", "added"): "added", ("evil.txt", "NET_LOSS", "predicted"): "accepted",
        ("evil.txt", "DIVIDEND_CUT", "predicted"): None}

    gold_path = root / "gold.jsonl"
    subprocess.run([sys.executable, "-m", "riskevents.cli", "review", "gold", "--db", str(root / "review.sqlite"),
                    "--reviewer", "alice", "-o", str(gold_path)], check=True, timeout=60)
    gold = {d["doc_id"]: d for d in map(json.loads, gold_path.read_text(encoding="utf-8").splitlines())}
    acme, evil = gold["acme.txt"], gold["evil.txt"]
    assert acme["fully_annotated"] is True and evil["fully_annotated"] is False
    got = [(m["type"], m["status"], m["trigger"], m["decision"]) for m in acme["mentions"]]
    assert got == [("NET_LOSS", "actual", "net loss", "accepted"),
                   ("DIVIDEND_CUT", "hypothetical", "did not declare a dividend", "corrected"),
                   ("RESTRUCTURING", "actual", "close two plants in Ohio", "corrected"),
                   ("LIQUIDITY_STRESS", "actual", "walked away from the company", "added")]
    for m in acme["mentions"]:
        assert ACME[m["trigger_start"]:m["trigger_end"]] == m["trigger"]
        assert m["evidence_start"] <= m["trigger_start"] < m["trigger_end"] <= m["evidence_end"]
    assert [(m["type"], m["decision"]) for m in acme["rejected"]] == [("LAYOFFS", "rejected")]
    assert [(m["type"], m["decision"]) for m in evil["mentions"]] == [("NET_LOSS", "accepted")]
    # the gold is what riskevents evaluate reads
    from riskevents.evaluation.gold import load_gold

    assert {d["doc_id"] for d in load_gold(gold_path)} == {"acme.txt", "evil.txt"}


def test_report_renders_in_chromium(tmp_path, review_data):
    _need_browser()
    from playwright.sync_api import sync_playwright

    from riskevents.report import write_report

    root, _ = review_data
    out = tmp_path / "report.html"
    write_report(root / "events.csv", out)
    with sync_playwright() as p:
        browser = p.chromium.launch(executable_path=CHROMIUM, args=ARGS, headless=True, timeout=TIMEOUT_MS)
        try:
            page = browser.new_page()
            page.goto(out.as_uri())
            assert page.locator("svg").count() >= 5
            box = page.locator("svg").first.bounding_box()
            assert box and box["width"] > 100 and box["height"] > 20
            page.screenshot(path=str(tmp_path / "report.png"), full_page=True)
            assert (tmp_path / "report.png").stat().st_size > 5000
        finally:
            browser.close()
