"""CLI of the review loop: ``riskevents review serve|export|import|gold|candidates``, ``riskevents calibrate`` and
``riskevents report``. Thin typer wrappers around the pure functions of ``review/``, ``calibration`` and ``report``;
``register(app)`` adds them to the main ``riskevents`` app (cli.py)."""

from __future__ import annotations

from pathlib import Path
from typing import Any, List, Optional

import typer

from .errors import UsageError

review_app = typer.Typer(no_args_is_help=True, add_completion=False, pretty_exceptions_enable=False,
                         help="Review extracted events, exchange them with annotation tools, turn decisions into gold.")
FORMATS = ("prodigy", "label-studio", "doccano", "brat")


def _check_output(path: str, force: bool) -> None:
    if Path(path).exists() and not force:
        raise UsageError(f"[E520] {path} exists; use --force to overwrite it")


def _check_format(fmt: str) -> str:
    if fmt not in FORMATS:
        raise UsageError(f"[E521] --format must be one of {', '.join(FORMATS)}, not {fmt!r}")
    return fmt


def _store(db: str, must_exist: bool = False) -> Any:
    from .review.store import Store

    if must_exist and not Path(db).is_file():
        raise UsageError(f"[E522] review database not found: {db}")
    return Store(db)


def _load_into_store(store: Any, events: Optional[str], docs: List[str], candidates: Optional[str]) -> int:
    from .review.items import load_candidates, load_items, read_documents

    documents = read_documents(docs) if docs else {}
    if (events or candidates) and not documents:
        raise UsageError("[E523] give the documents the events were extracted from with --docs")
    items = load_items(events, documents) if events else []
    if candidates:
        items += load_candidates(candidates, documents)
    wanted = {it["doc_id"] for it in items}
    store.add_documents(d for i, d in documents.items() if i in wanted)
    return store.add_items(items)


def register(app: typer.Typer) -> None:
    from .cli import guarded

    @review_app.command("serve")
    @guarded
    def serve_cli(
        events: Optional[str] = typer.Argument(None, help="events file (.csv/.jsonl/.parquet) of riskevents extract; "
                                               "optional when the database already holds the items"),
        docs: List[str] = typer.Option([], "--docs", help="the documents the events were extracted from"),
        db: str = typer.Option("review.sqlite", "--db", help="review database (created if absent)"),
        port: int = typer.Option(8000, "--port"),
        host: str = typer.Option("127.0.0.1", "--host", help="address to bind (loopback by default)"),
        reviewer: str = typer.Option("", "--reviewer", help="default reviewer name shown in the page"),
        candidates: Optional[str] = typer.Option(None, "--candidates",
                                                 help="possible missed events (riskevents review candidates)"),
    ) -> None:
        """Serve the review page: one event at a time in its context; decisions go to the SQLite database."""
        from .review.server import serve

        store = _store(db)
        new = _load_into_store(store, events, docs, candidates)
        n = len(store.live_items())
        if n == 0:
            raise UsageError("[E524] nothing to review: give an events file and --docs")
        typer.echo(f"{n} items ({new} new) in {db}; review at http://{host}:{port}/ (Ctrl+C to stop)", err=True)
        serve(store, host=host, port=port, reviewer=reviewer)

    @review_app.command("gold")
    @guarded
    def gold_cli(
        db: str = typer.Option(..., "--db", help="review database"),
        output: str = typer.Option(..., "-o", "--output", help="gold JSONL"),
        reviewer: Optional[str] = typer.Option(None, "--reviewer", help="only this reviewer's decisions"),
        split: str = typer.Option("dev", "--split", help="split written in the gold (dev or test)"),
        force: bool = typer.Option(False, "--force"),
    ) -> None:
        """Write reviewed decisions (and added events) as gold JSONL for riskevents evaluate / calibrate."""
        from .review.gold import write_gold

        _check_output(output, force)
        if split not in ("dev", "test"):
            raise UsageError(f"[E525] --split must be dev or test, not {split!r}")
        s = write_gold(_store(db, must_exist=True), output, reviewer, split)
        typer.echo(f"{s['documents']} documents ({s['fully_annotated']} fully reviewed), {s['mentions']} mentions, "
                   f"{s['rejected']} rejected predictions -> {output}", err=True)

    @review_app.command("export")
    @guarded
    def export_cli(
        events: str = typer.Argument(..., help="events file of riskevents extract"),
        docs: List[str] = typer.Option(..., "--docs", help="the documents the events were extracted from"),
        fmt: str = typer.Option(..., "--format", help="prodigy | label-studio | doccano | brat"),
        output: str = typer.Option(..., "-o", "--output", help="output file (a folder for brat)"),
        offsets: Optional[str] = typer.Option(None, "--offsets", help="utf16 or codepoints (default: the tool's)"),
        force: bool = typer.Option(False, "--force"),
    ) -> None:
        """Export events as pre-annotated tasks of an annotation tool."""
        from .review.formats import export
        from .review.items import load_items, read_documents

        _check_format(fmt)
        _check_output(output, force)
        documents = read_documents(docs)
        items = load_items(events, documents)
        n = export(items, documents, fmt, output, offsets=offsets)
        typer.echo(f"{n} documents, {len(items)} events -> {output} ({fmt})", err=True)

    @review_app.command("import")
    @guarded
    def import_cli(
        path: str = typer.Argument(..., help="file (a folder for brat) exported by the annotation tool"),
        fmt: str = typer.Option(..., "--format", help="prodigy | label-studio | doccano | brat"),
        output: Optional[str] = typer.Option(None, "-o", "--output", help="decisions JSONL"),
        db: Optional[str] = typer.Option(None, "--db", help="record the decisions in this review database"),
        reviewer: str = typer.Option("", "--reviewer", help="reviewer name (default: the tool's annotator or "
                                     "'<format>-import')"),
        events_opt: Optional[str] = typer.Option(None, "--events", help="events file, when the tool's file lost "
                                                 "the predictions riskevents put in it"),
        docs: List[str] = typer.Option([], "--docs", help="documents (with --events, or for brat/--db)"),
        offsets: Optional[str] = typer.Option(None, "--offsets", help="utf16 or codepoints (default: the tool's)"),
        force: bool = typer.Option(False, "--force"),
    ) -> None:
        """Import reviewed annotations back as decisions (accepted / rejected / corrected / added)."""
        from .review.formats import import_decisions, record_decisions, write_decisions
        from .review.items import load_items, read_documents

        _check_format(fmt)
        if not output and not db:
            raise UsageError("[E526] give -o decisions.jsonl and/or --db review.sqlite")
        if output:
            _check_output(output, force)
        documents = read_documents(docs) if docs else {}
        predicted = load_items(events_opt, documents) if events_opt else None
        annotated, decisions = import_decisions(path, fmt, predicted=predicted, documents=documents,
                                                offsets=offsets, reviewer=reviewer)
        if output:
            write_decisions(decisions, output)
        if db:
            store = _store(db)
            n = record_decisions(store, annotated, decisions)
            typer.echo(f"{n} decisions recorded in {db}", err=True)
        counts: dict[str, int] = {}
        for d in decisions:
            counts[d["decision"]] = counts.get(d["decision"], 0) + 1
        summary = ", ".join(f"{v} {k}" for k, v in sorted(counts.items())) or "no decisions"
        typer.echo(f"{summary}" + (f" -> {output}" if output else ""), err=True)

    @review_app.command("candidates")
    @guarded
    def candidates_cli(
        events: str = typer.Argument(..., help="events file of riskevents extract"),
        docs: List[str] = typer.Option(..., "--docs", help="the documents the events were extracted from"),
        output: str = typer.Option(..., "-o", "--output", help="candidates JSONL"),
        limit: int = typer.Option(0, "--limit", help="keep the best N (0: all)"),
        min_score: float = typer.Option(1.0, "--min-score", help="drop sentences scoring below this"),
        force: bool = typer.Option(False, "--force"),
    ) -> None:
        """Sentences with risk cues but no event, ranked: load them with review serve --candidates."""
        from .review.candidates import find_candidates, write_candidates
        from .review.items import read_documents

        _check_output(output, force)
        documents = read_documents(docs)
        cands = find_candidates(events, documents, min_score=min_score)
        if limit > 0:
            cands = cands[:limit]
        write_candidates(cands, output)
        typer.echo(f"{len(cands)} possible missed events -> {output}", err=True)

    app.add_typer(review_app, name="review")

    @app.command("calibrate")
    @guarded
    def calibrate_cli(
        gold: List[str] = typer.Option(..., "--gold", help="reviewed gold JSONL (riskevents review gold)"),
        output: str = typer.Option(..., "-o", "--output", help="calibration JSON"),
        holdout: float = typer.Option(0.3, "--holdout", help="share of decisions held out to measure calibration"),
        strength: float = typer.Option(4.0, "--prior-strength", help="weight of a rule's prior, in decisions"),
        report_path: Optional[str] = typer.Option(None, "--report", help="also write the quality report (JSON)"),
        force: bool = typer.Option(False, "--force"),
    ) -> None:
        """Estimate per-rule (and per-feature) precision from review decisions; report calibration before/after."""
        from .calibration import calibrate, format_quality, load_decisions, write_json

        _check_output(output, force)
        decisions = load_decisions(gold)
        if not decisions:
            raise UsageError("[E530] no decisions on predicted events in the gold file(s)")
        if not 0.0 <= holdout < 1.0:
            raise UsageError("[E531] --holdout must be in [0, 1)")
        cal = calibrate(decisions, prior_strength=strength, holdout=holdout)
        write_json(cal, output)
        if report_path:
            write_json(cal["quality"], report_path)
        typer.echo(format_quality(cal), err=True)
        typer.echo(f"{len(cal['rules'])} rules from {cal['decisions']} decisions -> {output}", err=True)

    @app.command("report")
    @guarded
    def report_cli(
        events: str = typer.Argument(..., help="events file of riskevents extract"),
        output: str = typer.Option(..., "-o", "--output", help="report HTML"),
        gold: List[str] = typer.Option([], "--gold", help="reviewed gold JSONL: adds per-rule precision"),
        title: str = typer.Option("riskevents report", "--title"),
        force: bool = typer.Option(False, "--force"),
    ) -> None:
        """A self-contained HTML page with plots of the events (and, after review, per-rule precision)."""
        from .report import write_report

        _check_output(output, force)
        s = write_report(events, output, gold=gold, title=title)
        typer.echo(f"{s['events']} events, {s['plots']} plots -> {output}", err=True)
