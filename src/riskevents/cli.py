"""The ``riskevents`` command line: thin typer wrappers around pure functions.

Exit codes: 0 all documents processed; 1 runtime failure; 2 usage error (bad arguments, bad pattern file or
config); 3 finished, but some documents failed (listed in ``<output>.errors.csv``). Errors are one line on stderr,
never a traceback (set RISKEVENTS_DEBUG=1 to see one).
"""

from __future__ import annotations

import functools
import os
import sys
from pathlib import Path
from typing import Any, Callable, List, Optional

import typer

from .errors import EXIT_FAILURE, EXIT_USAGE, RiskEventsError

app = typer.Typer(add_completion=False, no_args_is_help=True, pretty_exceptions_enable=False,
                  help="Extract risk and corporate events from news and press releases.")
EXTRA = {"allow_extra_args": True, "ignore_unknown_options": True}


@app.callback()
def _group() -> None:
    """riskevents: extract, evaluate, review, calibrate, report."""


def _fail(message: str, code: int) -> None:
    typer.echo(f"riskevents: {message}", err=True)
    raise typer.Exit(code)


def guarded(fn: Callable[..., Any]) -> Callable[..., Any]:
    """Turn our errors into a message and an exit code; no tracebacks for users."""

    @functools.wraps(fn)
    def wrapper(*args: Any, **kwargs: Any) -> Any:
        try:
            return fn(*args, **kwargs)
        except typer.Exit:
            raise
        except RiskEventsError as e:
            _fail(str(e), e.exit_code)
        except BrokenPipeError:
            # the reader of our stdout went away (e.g. `| head`): not an error of ours
            try:
                devnull = os.open(os.devnull, os.O_WRONLY)
                os.dup2(devnull, sys.stdout.fileno())
            except OSError:
                pass
            raise typer.Exit(0)
        except KeyboardInterrupt:
            _fail("interrupted", 130)
        except Exception as e:  # noqa: BLE001 - the last line of defence
            if os.environ.get("RISKEVENTS_DEBUG"):
                raise
            _fail(f"[E999] unexpected {type(e).__name__}: {e}", EXIT_FAILURE)

    return wrapper


def parse_overrides(args: List[str]) -> dict[str, Any]:
    if not args and not os.environ.get("SPACY_CONFIG_OVERRIDES"):
        return {}  # nothing to parse: spaCy's parser would import all of spaCy (most of the command's start-up)
    from spacy.cli._util import parse_config_overrides

    try:
        return parse_config_overrides(args)
    except (SystemExit, Exception) as e:  # spaCy exits on malformed overrides
        _fail(f"[E205] bad config override in {' '.join(args)}: {e}", EXIT_USAGE)
        return {}


def _split_overrides(inputs: List[str], args: List[str]) -> tuple[List[str], List[str]]:
    """Config overrides (``--paths.patterns DIR``) that the variadic INPUTS argument swallowed, moved to args."""
    kept: List[str] = []
    extra: List[str] = []
    i = 0
    while i < len(inputs):
        tok = inputs[i]
        if tok.startswith("--") and "." in tok.split("=", 1)[0]:
            extra.append(tok)
            if "=" not in tok and i + 1 < len(inputs) and not inputs[i + 1].startswith("--"):
                extra.append(inputs[i + 1])
                i += 1
        else:
            kept.append(tok)
        i += 1
    return kept, extra + args


@app.command("extract", context_settings=EXTRA)
@guarded
def extract_cli(
    ctx: typer.Context,
    inputs: List[str] = typer.Argument(..., help="Files, folders (recursive) or .jsonl files; - for stdin."),
    output: str = typer.Option(..., "-o", "--output", help="events file: .csv, .jsonl or .parquet; - for stdout"),
    entities: Optional[str] = typer.Option(None, "--entities", help="also write entities (.csv/.jsonl/.parquet)"),
    pipeline: Optional[str] = typer.Option(None, "--pipeline", help="pipeline config (.cfg) or saved pipeline"),
    force: bool = typer.Option(False, "--force", help="overwrite existing outputs"),
    id_key: str = typer.Option("id", "--id-key", help="JSONL/CSV field with the document id"),
    text_key: str = typer.Option("text", "--text-key", help="JSONL/CSV field with the document text"),
    calibration: Optional[str] = typer.Option(None, "--calibration", help="calibration JSON (riskevents calibrate)"),
    workers: Optional[int] = typer.Option(None, "--workers", "-w",
                                          help="worker processes (default: the number of cores)"),
    engine: str = typer.Option("local", "--engine", help="local (worker processes) or dask"),
    scheduler: Optional[str] = typer.Option(None, "--scheduler",
                                            help="dask scheduler address (default: start a LocalCluster)"),
    resume: bool = typer.Option(False, "--resume", help="continue a killed run of the same inputs and options"),
    doc_timeout: float = typer.Option(300.0, "--doc-timeout",
                                      help="seconds allowed per document (0: no limit); overruns are listed"),
    fmt: Optional[str] = typer.Option(None, "--format", help="events format: csv, jsonl or parquet (default: "
                                                             "from the -o suffix; csv for -o -)"),
    shard_bytes: int = typer.Option(64 * 1024, "--shard-bytes", hidden=True, help="input bytes per shard"),
    chunk_chars: int = typer.Option(200_000, "--chunk-chars", hidden=True, help="characters per chunk"),
) -> None:
    """Extract events (and entities) to CSV/JSONL/Parquet. Extra --section.key value options override the config.

    Inputs: folders (recursive, sorted) of .txt .md .html .htm .jsonl .csv .sgm files, such files, or - (stdin:
    JSONL or text). Exit codes: 0 all documents processed, 1 runtime failure, 2 usage error, 3 some documents
    failed (listed in <output>.errors.csv).
    """
    from .readers import ReadOptions
    from .runner import RunOptions, run_extract

    # `riskevents extract ... -o - | head`: a BrokenPipeError ends the run quietly (see guarded) after the
    # run has cleaned up its worker processes and temporary folder.
    inputs, extra = _split_overrides(inputs, list(ctx.args))
    overrides = parse_overrides(extra)
    if calibration:
        overrides["paths.calibration"] = calibration
    options = RunOptions(inputs=inputs, output=output, entities=entities, pipeline=pipeline,
                         overrides=overrides, force=force,
                         read=ReadOptions(id_key=id_key, text_key=text_key), workers=workers, engine=engine,
                         scheduler=scheduler, resume=resume, doc_timeout=doc_timeout, shard_bytes=shard_bytes,
                         chunk_chars=chunk_chars, fmt=fmt)
    summary = run_extract(options)
    msg = f"{summary.documents} documents, {summary.events} events"
    if entities:
        msg += f", {summary.entities} entities"
    if output != "-":
        msg += f" -> {output}"
    typer.echo(msg, err=True)
    if summary.failures:
        typer.echo(f"{len(summary.failures)} input(s) could not be processed: see {summary.errors_path}", err=True)
    raise typer.Exit(summary.exit_code)


evaluate_app = typer.Typer(no_args_is_help=True, help="Score predictions against gold.")
app.add_typer(evaluate_app, name="evaluate")


@evaluate_app.command("events")
@guarded
def evaluate_events_cli(
    gold: List[str] = typer.Option(..., "--gold", help="gold JSONL (project format or reviewed gold); repeatable"),
    pred: Optional[str] = typer.Option(None, "--pred", help="events.csv/.jsonl to score"),
    run: bool = typer.Option(False, "--run", help="instead of --pred, run the pipeline on the gold's documents"),
    pred_gold: List[str] = typer.Option([], "--pred-gold",
                                        help="instead of --pred: a second annotation (gold format) of some of the gold's "
                                             "documents, scored on those documents: agreement of two annotators"),
    split: Optional[str] = typer.Option(None, "--split", help="only gold documents of this split (dev/test)"),
    pipeline: Optional[str] = typer.Option(None, "--pipeline", help="pipeline for --run"),
    as_json: bool = typer.Option(False, "--json", help="machine-readable output"),
    corpora: Optional[str] = typer.Option(None, "--corpora", help="folder of the JSONL corpora (../shared/corpora)"),
    bootstrap: int = typer.Option(0, "--bootstrap", min=0,
                                  help="95% intervals of the headline scores from this many resamples of the documents"),
) -> None:
    """P/R/F1 per type (any status / actual only), status accuracy and confusion, per-rule precision, misses."""
    from .evaluation.events import evaluate_events, format_events_report, to_json
    from .evaluation.gold import gold_documents, load_gold, rows_from_gold
    from .errors import UsageError

    gold_docs = load_gold(*gold, split=split)
    texts: dict[str, str] = {}
    if pred_gold:
        second = load_gold(*pred_gold, split=split)
        covered = {d["doc_id"] for d in second}
        gold_docs = [d for d in gold_docs if d["doc_id"] in covered]
        if not gold_docs:
            raise UsageError("[E309] the second annotation covers none of the gold's documents")
        rows = rows_from_gold(second)
    elif run:
        from .extract import extract_documents
        from .pipeline import load as load_pipeline

        nlp = load_pipeline(pipeline)
        rows = []
        for res in extract_documents(nlp, gold_documents(gold_docs, corpora)):
            if hasattr(res, "events"):
                texts[res.document.id] = res.document.text
                rows.extend(r.to_row() for r in res.events)
    elif pred:
        from .writers import read_table

        if not Path(pred).exists():
            raise UsageError(f"[E307] predictions not found: {pred}")
        rows = read_table(pred).to_dict("records")
    else:
        raise UsageError("[E308] give --pred FILE or --run")
    if pred_gold or not run:  # --run read the texts already; else find them, for the report's sentences
        try:
            texts = {d.id: d.text for d in gold_documents(gold_docs, corpora)}
        except UsageError:
            texts = {}
    result = evaluate_events(gold_docs, rows, texts, bootstrap=bootstrap)
    typer.echo(to_json(result) if as_json else format_events_report(result))


from .cli_review import register  # noqa: E402 - review, calibrate and report commands

register(app)


from .evaluation.entities import entities_cli  # noqa: E402

evaluate_app.command("entities", help="P/R/F1 per label, exact and overlap span match.")(guarded(entities_cli))


def main() -> None:
    app(prog_name="riskevents")


if __name__ == "__main__":
    main()
