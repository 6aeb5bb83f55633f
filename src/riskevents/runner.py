"""One extraction run: inputs -> (engine) -> events/entities outputs, errors file, exit code.

This is the pure function behind ``riskevents extract``; tests call it directly.
"""

from __future__ import annotations

import sys
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Iterable, Iterator

from tqdm import tqdm

from .documents import Failure
from .errors import EXIT_OK, EXIT_PARTIAL, UsageError
from .extract import Result, extract_documents
from .pipeline import load
from .readers import ReadOptions, read_inputs
from .records import ENTITY_COLUMNS, EVENT_COLUMNS
from .writers import TableWriter, format_of

ERROR_COLUMNS = ["source", "doc_id", "reason"]


@dataclass
class RunOptions:
    inputs: list[str]
    output: str
    entities: str | None = None
    pipeline: str | None = None
    overrides: dict[str, Any] = field(default_factory=dict)
    force: bool = False
    read: ReadOptions = field(default_factory=ReadOptions)
    progress: bool | None = None  # None: only when stderr is a terminal


@dataclass
class RunSummary:
    documents: int = 0
    events: int = 0
    entities: int = 0
    failures: list[Failure] = field(default_factory=list)
    errors_path: str | None = None

    @property
    def exit_code(self) -> int:
        return EXIT_PARTIAL if self.failures else EXIT_OK


def errors_path_for(output: str) -> str:
    if output == "-":
        return "riskevents-errors.csv"
    p = Path(output)
    return str(p.with_name(p.stem + ".errors.csv"))


def check_outputs(options: RunOptions) -> None:
    outs = [options.output] + ([options.entities] if options.entities else [])
    for out in outs:
        try:
            format_of(out)
        except ValueError as e:
            raise UsageError(f"[E201] {e}") from e
        if out != "-" and Path(out).exists() and not options.force:
            raise UsageError(f"[E202] {out} exists; use --force to overwrite it")
    if options.entities == "-" and options.output == "-":
        raise UsageError("[E203] only one of the outputs can go to stdout")
    for raw in options.inputs:
        if raw != "-" and not Path(raw).exists():
            raise UsageError(f"[E204] input not found: {raw}")


def run_extract(options: RunOptions, results: Iterable[Result | Failure] | None = None) -> RunSummary:
    """Read, extract and write. ``results`` lets an engine supply the processed stream (default: this process)."""
    check_outputs(options)
    summary = RunSummary()
    if results is None:
        nlp = load(options.pipeline, options.overrides)
        results = extract_documents(nlp, read_inputs(options.inputs, options.read))
    show = sys.stderr.isatty() if options.progress is None else options.progress
    stream: Iterator[Result | Failure] = tqdm(results, desc="documents", unit="doc", disable=not show,
                                              file=sys.stderr)
    with TableWriter(options.output, EVENT_COLUMNS) as events_out:
        ent_ctx = TableWriter(options.entities, ENTITY_COLUMNS) if options.entities else None
        try:
            ent_out = ent_ctx.__enter__() if ent_ctx else None
            for item in stream:
                if isinstance(item, Failure):
                    summary.failures.append(item)
                    continue
                summary.documents += 1
                events_out.write(r.to_row() for r in item.events)
                summary.events += len(item.events)
                if ent_out is not None:
                    ent_out.write(e.to_row() for e in item.entities)
                    summary.entities += len(item.entities)
        except BaseException:
            if ent_ctx:
                ent_ctx.__exit__(*sys.exc_info())
            raise
        if ent_ctx:
            ent_ctx.__exit__(None, None, None)
    errors_path = errors_path_for(options.output)
    if summary.failures:
        with TableWriter(errors_path, ERROR_COLUMNS, "csv") as err_out:
            err_out.write({"source": f.source, "doc_id": f.doc_id, "reason": f.reason} for f in summary.failures)
        summary.errors_path = errors_path
    elif Path(errors_path).exists() and options.output != "-":
        Path(errors_path).unlink()  # a stale errors file from an earlier run would mislead
    return summary
