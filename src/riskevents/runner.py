"""One extraction run: inputs -> (engine) -> events/entities outputs, errors file, exit code.

This is the pure function behind ``riskevents extract``; tests call it directly.
"""

from __future__ import annotations

import os
import sys
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Iterable, Iterator

from tqdm import tqdm

from .documents import Failure
from .engines import ENGINES
from .engines.local import run_local
from .engines.shards import SHARD_BYTES, plan_shards, spool_stdin
from .engines.supervisor import DEFAULT_DOC_TIMEOUT
from .engines.workdir import PartWriter, WorkDir, fingerprint, read_part, workdir_for
from .errors import EXIT_OK, EXIT_PARTIAL, UsageError
from .extract import CHUNK_CHARS, Result
from .readers import ReadOptions
from .records import ENTITY_COLUMNS, EVENT_COLUMNS
from .writers import FORMATS, TableWriter, format_of

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
    workers: int | None = None  # None: the number of cores
    engine: str = "local"  # local | dask
    scheduler: str | None = None  # dask scheduler address; None: a LocalCluster
    resume: bool = False
    doc_timeout: float | None = DEFAULT_DOC_TIMEOUT  # seconds per document; None or 0: no limit
    shard_bytes: int = SHARD_BYTES
    chunk_chars: int = CHUNK_CHARS
    fmt: str | None = None  # format of the events output (default: from its suffix; CSV for stdout)


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
    if options.fmt is not None and options.fmt not in FORMATS:
        raise UsageError(f"[E215] unknown format '{options.fmt}' (one of {', '.join(FORMATS)})")
    for out in outs:
        try:
            format_of(out, options.fmt if out == options.output else None)
        except ValueError as e:
            raise UsageError(f"[E201] {e}") from e
        if out != "-" and Path(out).exists() and not options.force:
            raise UsageError(f"[E202] {out} exists; use --force to overwrite it")
    if options.entities == "-" and options.output == "-":
        raise UsageError("[E203] only one of the outputs can go to stdout")
    for out in outs:
        if out == "-" and format_of(out, options.fmt if out == options.output else None) == "parquet":
            raise UsageError("[E201] parquet cannot be written to stdout")
    for raw in options.inputs:
        if raw != "-" and not Path(raw).exists():
            raise UsageError(f"[E204] input not found: {raw}")
    if options.inputs.count("-") > 1:
        raise UsageError("[E209] standard input (-) can be given only once")
    if options.workers is not None and options.workers < 1:
        raise UsageError("[E210] --workers must be at least 1")
    if options.engine not in ENGINES:
        raise UsageError(f"[E211] unknown engine '{options.engine}' (one of {', '.join(ENGINES)})")
    if options.resume and (options.output == "-" or "-" in options.inputs):
        raise UsageError("[E212] --resume needs an output file and file inputs (not stdin/stdout)")
    if options.shard_bytes < 1 or options.chunk_chars < 100:
        raise UsageError("[E214] --shard-bytes must be at least 1 and --chunk-chars at least 100")
    if options.doc_timeout is not None and options.doc_timeout < 0:
        raise UsageError("[E213] --doc-timeout must be positive (0: no limit)")


def run_extract(options: RunOptions, results: Iterable[Result | Failure] | None = None) -> RunSummary:
    """Read, extract and write.

    By default the inputs are planned into shards and run by an engine (``options.engine``, ``options.workers``
    worker processes); ``results`` lets a caller supply an already processed stream instead (written as is).
    """
    check_outputs(options)
    if results is not None:
        return _write_results(options, results)
    return _run_sharded(options)


def _write_results(options: RunOptions, results: Iterable[Result | Failure]) -> RunSummary:
    summary = RunSummary()
    with _Outputs(options) as outs:
        for item in results:
            if isinstance(item, Failure):
                summary.failures.append(item)
                continue
            summary.documents += 1
            outs.events.write(item.event_rows())
            summary.events += len(item.events)
            if outs.entities is not None:
                outs.entities.write(item.entity_rows())
                summary.entities += len(item.entities)
    _write_errors(options, summary)
    return summary


class _Outputs:
    """The events writer and the optional entities writer, committed (renamed) together."""

    def __init__(self, options: RunOptions) -> None:
        self.options = options
        self.events: TableWriter | None = None
        self.entities: TableWriter | None = None

    def __enter__(self) -> "_Outputs":
        self.events = TableWriter(self.options.output, EVENT_COLUMNS, self.options.fmt).__enter__()
        if self.options.entities:
            try:
                self.entities = TableWriter(self.options.entities, ENTITY_COLUMNS).__enter__()
            except BaseException:
                self.events.__exit__(*sys.exc_info())
                raise
        return self

    def __exit__(self, exc_type: Any, exc: Any, tb: Any) -> None:
        try:
            if self.entities is not None:
                self.entities.__exit__(exc_type, exc, tb)
        finally:
            assert self.events is not None
            self.events.__exit__(exc_type, exc, tb)


def _write_errors(options: RunOptions, summary: RunSummary) -> None:
    errors_path = errors_path_for(options.output)
    if summary.failures:
        with TableWriter(errors_path, ERROR_COLUMNS, "csv") as err_out:
            err_out.write({"source": f.source, "doc_id": f.doc_id, "reason": f.reason} for f in summary.failures)
        summary.errors_path = errors_path
    elif Path(errors_path).exists() and options.output != "-":
        Path(errors_path).unlink()  # a stale errors file from an earlier run would mislead


def _settings(options: RunOptions) -> dict[str, Any]:
    """What a resumed run must share with the interrupted one (the output format may differ)."""
    return {"inputs": [str(Path(i).resolve()) if i != "-" else i for i in options.inputs],
            "pipeline": str(options.pipeline or ""), "overrides": options.overrides,
            "read": {"id_key": options.read.id_key, "text_key": options.read.text_key},
            "entities": bool(options.entities), "chunk_chars": options.chunk_chars,
            "shard_bytes": options.shard_bytes}


def _run_sharded(options: RunOptions) -> RunSummary:
    wd_path = workdir_for(options.output)
    workdir = WorkDir(wd_path) if wd_path is not None else WorkDir.temporary()
    stdin_source = None
    if "-" in options.inputs:  # spooled into the (fresh) work folder so that shards can carry its path
        workdir.clear()
        workdir.path.mkdir(parents=True, exist_ok=True)
        stdin_source = spool_stdin(sys.stdin.buffer.read(), workdir.path)
    shards = plan_shards(options.inputs, options.shard_bytes, stdin_source)
    fp = fingerprint(shards, _settings(options))
    if stdin_source is not None:
        workdir.write_manifest(fp, len(shards))
    elif not workdir.start(fp, len(shards), options.resume) and options.resume:
        _say("riskevents: nothing to resume for these inputs and options; starting afresh")
    config = {"pipeline": str(options.pipeline) if options.pipeline else None, "overrides": options.overrides,
              "read": {"id_key": options.read.id_key, "text_key": options.read.text_key},
              "entities": bool(options.entities), "chunk_chars": options.chunk_chars}
    ready: set[int] = set()
    tasks = []
    for shard in shards:
        if workdir.done(shard.index):
            ready.add(shard.index)
        elif not shard.sources:  # only inputs that cannot be read: no worker needed
            with PartWriter(workdir.part(shard.index)) as part:
                for f in shard.failures:
                    part.failure(f)
            ready.add(shard.index)
        else:
            tasks.append((shard, str(workdir.part(shard.index))))
    workers = options.workers or os.cpu_count() or 1
    timeout = options.doc_timeout or None
    if options.engine == "dask":
        from .engines.dask import run_dask

        finished: Iterator[int] = run_dask(tasks, config, workers, timeout, options.scheduler)
    else:
        finished = run_local(tasks, config, workers, timeout)
    summary = RunSummary()
    show = sys.stderr.isatty() if options.progress is None else options.progress
    bar = tqdm(total=len(shards), desc="shards", unit="shard", disable=not show, file=sys.stderr)
    completed = False
    try:
        with _Outputs(options) as outs:
            next_index = 0
            while True:
                while next_index in ready:
                    _merge(workdir.part(next_index), outs, summary)
                    bar.update(1)
                    next_index += 1
                if next_index >= len(shards):
                    break
                ready.add(next(finished))
        _write_errors(options, summary)
        completed = True
    finally:
        bar.close()
        close = getattr(finished, "close", None)
        if close:
            close()
        if completed or wd_path is None:  # a file output's work folder stays for --resume
            workdir.clear()
    return summary


def _merge(part: Path, outs: _Outputs, summary: RunSummary) -> None:
    assert outs.events is not None
    for item in read_part(part):
        tag = item[0]
        if tag == "e":
            outs.events.write((item[1],))
            summary.events += 1
        elif tag == "n":
            if outs.entities is not None:
                outs.entities.write((item[1],))
                summary.entities += 1
        elif tag == "f":
            summary.failures.append(Failure(item[1], item[3], item[2]))
        elif tag == "end":
            summary.documents += item[1]["documents"]


def _say(message: str) -> None:
    print(message, file=sys.stderr)
