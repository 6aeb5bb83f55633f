"""``riskevents report``: one self-contained HTML page (inline SVG, no script, no external resources) for the
reviewers' lead: events by type, by period, by document and by company, status mix, confidence distribution and,
given reviewed gold, per-rule precision with its Wilson lower bound.

Every text from the data (types, rule ids, document ids, companies) is HTML-escaped.
"""

from __future__ import annotations

import html
from collections import Counter
from datetime import datetime, timezone
from pathlib import Path
from typing import Any, Iterable

PALETTE = {"actual": "#c0392b", "negated": "#7f8c8d", "hypothetical": "#e0a030"}
CSS = """
body { font-family: system-ui, sans-serif; margin: 2em auto; max-width: 70em; color: #222; }
h1 { font-size: 1.6em; } h2 { font-size: 1.2em; margin-top: 2em; border-bottom: 1px solid #ddd; }
table { border-collapse: collapse; font-size: .9em; } td, th { padding: .2em .6em; border-bottom: 1px solid #eee; }
th { text-align: left; } td.n { text-align: right; font-variant-numeric: tabular-nums; }
.summary { display: flex; gap: 2em; } .summary div { font-size: 1.1em; } .summary b { font-size: 1.6em; display: block; }
svg text { font-family: system-ui, sans-serif; font-size: 12px; fill: #222; }
figure { margin: 1em 0; } figcaption { color: #555; font-size: .9em; }
"""


def _e(value: Any) -> str:
    return html.escape(str(value), quote=True)


def hbar_chart(rows: list[tuple[str, dict[str, float]]], title: str, keys: list[str] | None = None,
               width: int = 720, value_fmt: str = "{:g}", max_value: float | None = None) -> str:
    """Horizontal (stacked) bars: rows of (label, {key: value}); an accessible SVG with a <title>."""
    keys = keys or sorted({k for _, parts in rows for k in parts})
    label_w, bar_h, gap, right = 260, 18, 6, 60
    height = max(1, len(rows)) * (bar_h + gap) + 30
    top = max_value if max_value is not None else max([sum(p.values()) for _, p in rows] + [1e-9])
    scale = (width - label_w - right) / (top or 1)
    out = [f'<svg xmlns="http://www.w3.org/2000/svg" width="{width}" height="{height}" role="img" '
           f'viewBox="0 0 {width} {height}"><title>{_e(title)}</title>']
    for i, (label, parts) in enumerate(rows):
        y = i * (bar_h + gap) + 4
        out.append(f'<text x="{label_w - 6}" y="{y + bar_h - 5}" text-anchor="end">{_e(label[:42])}</text>')
        x = label_w
        for k in keys:
            v = parts.get(k, 0)
            if v <= 0:
                continue
            w = v * scale
            color = PALETTE.get(k, "#2c7fb8")
            out.append(f'<rect x="{x:.1f}" y="{y}" width="{max(w, 1):.1f}" height="{bar_h}" fill="{color}">'
                       f'<title>{_e(label)} · {_e(k)}: {_e(value_fmt.format(v))}</title></rect>')
            x += w
        total = sum(parts.values())
        out.append(f'<text x="{x + 4:.1f}" y="{y + bar_h - 5}">{_e(value_fmt.format(total))}</text>')
    if len(keys) > 1:
        lx = label_w
        ly = len(rows) * (bar_h + gap) + 18
        for k in keys:
            out.append(f'<rect x="{lx}" y="{ly - 10}" width="10" height="10" fill="{PALETTE.get(k, "#2c7fb8")}"/>'
                       f'<text x="{lx + 14}" y="{ly}">{_e(k)}</text>')
            lx += 20 + 8 * len(k)
    out.append("</svg>")
    return "".join(out)


def histogram(values: list[float], title: str, bins: int = 10, width: int = 720, height: int = 220) -> str:
    counts = [0] * bins
    for v in values:
        counts[min(int(v * bins), bins - 1) if v >= 0 else 0] += 1
    top = max(counts + [1])
    left, bottom, bw = 40, 30, (width - 60) / bins
    out = [f'<svg xmlns="http://www.w3.org/2000/svg" width="{width}" height="{height}" role="img" '
           f'viewBox="0 0 {width} {height}"><title>{_e(title)}</title>']
    for i, c in enumerate(counts):
        h = (height - bottom - 20) * c / top
        x = left + i * bw
        out.append(f'<rect x="{x + 1:.1f}" y="{height - bottom - h:.1f}" width="{bw - 2:.1f}" height="{h:.1f}" '
                   f'fill="#2c7fb8"><title>{i / bins:.1f}-{(i + 1) / bins:.1f}: {c}</title></rect>')
        out.append(f'<text x="{x + bw / 2:.1f}" y="{height - bottom - h - 4:.1f}" text-anchor="middle">{c}</text>')
        out.append(f'<text x="{x:.1f}" y="{height - 10}" text-anchor="middle">{i / bins:.1f}</text>')
    out.append(f'<text x="{left + bins * bw:.1f}" y="{height - 10}" text-anchor="middle">1.0</text></svg>')
    return "".join(out)


def precision_chart(rules: dict[str, dict[str, Any]], title: str, width: int = 720) -> str:
    """Per-rule precision (bar) with the Wilson 95% lower bound (tick) and n."""
    items = sorted(rules.items(), key=lambda kv: (kv[1]["precision"] if kv[1]["precision"] is not None else 0, kv[0]))
    label_w, bar_h, gap = 300, 16, 6
    height = max(1, len(items)) * (bar_h + gap) + 30
    scale = width - label_w - 90
    out = [f'<svg xmlns="http://www.w3.org/2000/svg" width="{width}" height="{height}" role="img" '
           f'viewBox="0 0 {width} {height}"><title>{_e(title)}</title>']
    for i, (rule, r) in enumerate(items):
        y = i * (bar_h + gap) + 4
        p = r["precision"] or 0.0
        out.append(f'<text x="{label_w - 6}" y="{y + bar_h - 4}" text-anchor="end">{_e(rule[:46])}</text>')
        out.append(f'<rect x="{label_w}" y="{y}" width="{max(p * scale, 1):.1f}" height="{bar_h}" fill="#41ab5d">'
                   f'<title>{_e(rule)}: precision {p:.2f} (n={r["n"]}, Wilson lower {r["wilson_lower"]:.2f})</title>'
                   f'</rect>')
        wx = label_w + r["wilson_lower"] * scale
        out.append(f'<line x1="{wx:.1f}" x2="{wx:.1f}" y1="{y - 2}" y2="{y + bar_h + 2}" stroke="#111" '
                   f'stroke-width="2"/>')
        out.append(f'<text x="{label_w + scale + 6}" y="{y + bar_h - 4}">{p:.2f} n={r["n"]}</text>')
    out.append(f'<line x1="{label_w}" x2="{label_w}" y1="0" y2="{height - 26}" stroke="#999"/>'
               f'<text x="{label_w}" y="{height - 8}">0</text>'
               f'<text x="{label_w + scale}" y="{height - 8}" text-anchor="end">1</text></svg>')
    return "".join(out)


def _period(row: dict[str, Any]) -> str:
    for key in ("period", "date"):
        v = str(row.get(key) or "").strip()
        if v:
            return v[:7] if key == "date" and len(v) >= 7 else v
    return "(no period)"


def _company(row: dict[str, Any]) -> str:
    orgs = [o for o in str(row.get("organizations") or "").split("|") if o]
    return orgs[0] if orgs else "(no company named)"


def _table(headers: list[str], rows: Iterable[list[Any]], numeric: set[int] | None = None) -> str:
    numeric = numeric or set()
    head = "".join(f"<th>{_e(h)}</th>" for h in headers)
    body = "".join("<tr>" + "".join(f'<td class="n">{_e(v)}</td>' if i in numeric else f"<td>{_e(v)}</td>"
                                    for i, v in enumerate(r)) + "</tr>" for r in rows)
    return f"<table><thead><tr>{head}</tr></thead><tbody>{body}</tbody></table>"


def _stacked(rows: list[dict[str, Any]], key: Any, limit: int = 30, order: str = "count") -> list:
    groups: dict[str, Counter] = {}
    for r in rows:
        groups.setdefault(key(r), Counter())[r.get("status") or "actual"] += 1
    items = list(groups.items())
    if order == "label":
        items.sort(key=lambda kv: kv[0])
    else:
        items.sort(key=lambda kv: (-sum(kv[1].values()), kv[0]))
    return [(k, dict(c)) for k, c in items[:limit]]


def build_report(rows: list[dict[str, Any]], gold_decisions: list[dict[str, Any]] | None = None,
                 title: str = "riskevents report", source: str = "") -> tuple[str, int]:
    """The HTML page and the number of plots in it."""
    from .review.items import _status_of as status_of

    for r in rows:
        r["status"] = status_of(r)
    statuses = ["actual", "negated", "hypothetical"]
    conf = [float(r["confidence"]) for r in rows if str(r.get("confidence", "")).strip() not in ("", "nan", "None")]
    docs = {r["doc_id"] for r in rows}
    plots: list[tuple[str, str, str]] = []
    plots.append(("Events by type", hbar_chart(_stacked(rows, lambda r: r["event_type"]), "Events by type and status",
                                              statuses), "bars stacked by status (actual / negated / hypothetical)"))
    plots.append(("Events by period", hbar_chart(_stacked(rows, _period, order="label"), "Events by period", statuses),
                  "the reporting period (or date) linked to each event"))
    plots.append(("Events by document", hbar_chart(_stacked(rows, lambda r: r["doc_id"]), "Events by document",
                                                   statuses), "the 30 documents with most events"))
    plots.append(("Events by company", hbar_chart(_stacked(rows, _company), "Events by company", statuses),
                  "first organization named in the event's sentence"))
    plots.append(("Confidence distribution", histogram(conf, "Confidence distribution"),
                  f"{len(conf)} events; confidence as written by the extractor"))
    review_html = ""
    if gold_decisions:
        from .calibration import fit

        cal = fit(gold_decisions)
        plots.append(("Per-rule precision after review",
                      precision_chart(cal["rules"], "Per-rule precision after review"),
                      "bar: share of the rule's reviewed predictions judged correct; tick: Wilson 95% lower bound"))
        o = cal["overall"]
        review_html = (f"<p>{o['n']} reviewed predictions, {o['correct']} correct: precision {o['precision']} "
                       f"(Wilson 95% lower bound {o['wilson_lower']}).</p>" +
                       _table(["rule", "n", "correct", "precision", "Wilson lower", "posterior mean"],
                              [[k, v["n"], v["correct"], v["precision"], v["wilson_lower"], v["mean"]]
                               for k, v in sorted(cal["rules"].items())], {1, 2, 3, 4, 5}))
    by_type = Counter(r["event_type"] for r in rows)
    summary = (f'<div class="summary"><div><b>{len(rows)}</b>events</div><div><b>{len(docs)}</b>documents</div>'
               f'<div><b>{len(by_type)}</b>event types</div>'
               f'<div><b>{sum(1 for r in rows if r["status"] == "actual")}</b>actual</div></div>')
    parts = [f'<!doctype html><html lang="en"><head><meta charset="utf-8"><title>{_e(title)}</title>'
             f'<meta name="generator" content="riskevents report"><style>{CSS}</style></head><body>',
             f"<h1>{_e(title)}</h1>",
             f"<p>{_e(source)} · generated {_e(datetime.now(timezone.utc).strftime('%Y-%m-%d %H:%M UTC'))}</p>",
             summary]
    for i, (heading, svg, caption) in enumerate(plots):
        parts.append(f'<h2 id="plot-{i}">{_e(heading)}</h2><figure>{svg}<figcaption>{_e(caption)}</figcaption>'
                     f"</figure>")
    parts.append("<h2>Events by type</h2>" + _table(["type", "events", "actual", "negated", "hypothetical"],
                 [[t, n] + [sum(1 for r in rows if r["event_type"] == t and r["status"] == s) for s in statuses]
                  for t, n in by_type.most_common()], {1, 2, 3, 4}))
    if review_html:
        parts.append("<h2>Review</h2>" + review_html)
    parts.append("</body></html>\n")
    return "".join(parts), len(plots)


def write_report(events: str | Path, output: str | Path, gold: Iterable[str | Path] = (),
                 title: str = "riskevents report") -> dict[str, int]:
    from .calibration import load_decisions
    from .review.items import read_event_rows

    rows = read_event_rows(events)
    gold = list(gold)
    decisions = load_decisions(gold) if gold else None
    page, n_plots = build_report(rows, decisions, title=title, source=str(events))
    from .review.formats import atomic_write

    atomic_write(output, lambda fh: fh.write(page))
    return {"events": len(rows), "plots": n_plots}
