"""The HTML report: self-contained, parses, has its plots, escapes data."""

from __future__ import annotations

import json
from html.parser import HTMLParser

from riskevents.records import EVENT_COLUMNS
from riskevents.report import write_report
from riskevents.writers import write_table


class Collect(HTMLParser):
    def __init__(self) -> None:
        super().__init__()
        self.tags: list[tuple[str, dict]] = []
        self.stack: list[str] = []

    def handle_starttag(self, tag, attrs):
        self.tags.append((tag, dict(attrs)))


def row(i, typ, doc, conf, status="actual", org="Acme <b>Corp</b>"):
    return {"doc_id": doc, "event_id": f"e{i}", "event_type": typ, "trigger": "x", "start_char": 0, "end_char": 1,
            "sentence_start": 0, "sentence_end": 1, "sentence": "x", "polarity": "negated" if status == "negated"
            else "affirmed", "modality": "asserted", "section": "body", "boilerplate": False, "business_units": "",
            "organizations": org, "amount_text": "", "amount_value": None, "currency": "", "period": "2008-Q3",
            "date": "", "confidence": conf, "rule_id": f"rule.{typ.lower()}", "status": status}


def test_report_renders_with_review(tmp_path):
    rows = [row(i, t, f"<script>doc{i % 3}</script>.txt", 0.5 + i / 40) for i, t in
            enumerate(["NET_LOSS", "LAYOFFS", "NET_LOSS", "DIVIDEND_CUT"] * 4)]
    rows.append(row(99, "NET_LOSS", "a.txt", 0.6, status="negated"))
    write_table(tmp_path / "events.csv", EVENT_COLUMNS, rows)
    pred = {"type": "NET_LOSS", "status": "actual", "confidence": 0.9, "features": {}, "section": "body"}
    doc = {"doc_id": "a.txt", "mentions": [{"type": "NET_LOSS", "status": "actual", "decision": "accepted",
                                            "rule_id": "rule.net_loss", "event_id": "1", "predicted": pred}],
           "rejected": [{"type": "NET_LOSS", "status": "actual", "decision": "rejected", "rule_id": "rule.net_loss",
                         "event_id": "2", "predicted": pred}]}
    (tmp_path / "g.jsonl").write_text(json.dumps(doc) + "\n", encoding="utf-8")
    summary = write_report(tmp_path / "events.csv", tmp_path / "r.html", gold=[tmp_path / "g.jsonl"])
    assert summary == {"events": 17, "plots": 6}
    page = (tmp_path / "r.html").read_text(encoding="utf-8")
    parser = Collect()
    parser.feed(page)
    tags = [t for t, _ in parser.tags]
    assert tags.count("svg") == 6 and "script" not in tags and tags[0] == "html"
    assert not any(a.get("src") or (t == "link") for t, a in parser.tags)  # self-contained
    assert "&lt;script&gt;doc0&lt;/script&gt;.txt" in page and "Acme &lt;b&gt;Corp&lt;/b&gt;" in page
    for heading in ("Events by type", "Events by period", "Events by document", "Events by company",
                    "Confidence distribution", "Per-rule precision after review"):
        assert heading in page
    assert "2008-Q3" in page and "Wilson" in page


def test_report_cli_without_gold(tmp_path):
    from typer.testing import CliRunner

    from riskevents.cli import app

    write_table(tmp_path / "events.csv", EVENT_COLUMNS, [row(1, "NET_LOSS", "a.txt", 0.9)])
    r = CliRunner().invoke(app, ["report", str(tmp_path / "events.csv"), "-o", str(tmp_path / "r.html")])
    assert r.exit_code == 0, r.output
    assert "Per-rule precision" not in (tmp_path / "r.html").read_text(encoding="utf-8")
    r = CliRunner().invoke(app, ["report", str(tmp_path / "events.csv"), "-o", str(tmp_path / "r.html")])
    assert r.exit_code == 2  # exists, no --force
