"""Supervising one worker process: start it, hand it shard tasks, enforce the per-document time limit.

A document that runs longer than ``doc_timeout`` seconds (a pathological input for a regex or the tokenizer, which
no signal can interrupt inside C code) gets its worker killed; the shard is then run again by a fresh worker with
that document skipped and listed as a failure. A worker that dies while processing a document (a crash, the
kernel's OOM killer) is handled the same way. The local and Dask engines both use ``run_shard``.
"""

from __future__ import annotations

import json
import os
import selectors
import subprocess
import sys
import time
from typing import Any

from ..documents import Failure
from ..errors import EXIT_USAGE, RiskEventsError, UsageError
from .shards import Shard
from .workdir import PartWriter

DEFAULT_DOC_TIMEOUT = 300.0
START_TIMEOUT = 600.0


class WorkerFatal(RiskEventsError):
    """The worker could not build the pipeline (bad config, bad pattern file): the run cannot go on."""


class WorkerDied(Exception):
    def __init__(self, ordinal: int | None, reason: str) -> None:
        super().__init__(reason)
        self.ordinal = ordinal
        self.reason = reason


class WorkerProcess:
    def __init__(self, config: dict[str, Any]) -> None:
        env = dict(os.environ)
        env.setdefault("PYTHONHASHSEED", "0")
        self.proc = subprocess.Popen([sys.executable, "-m", "riskevents.engines.worker"], stdin=subprocess.PIPE,
                                     stdout=subprocess.PIPE, stderr=None, start_new_session=True, env=env)
        self._buf = b""
        self._sel = selectors.DefaultSelector()
        self._sel.register(self.proc.stdout, selectors.EVENT_READ)  # type: ignore[arg-type]
        self._send(config)
        msg = self._read(START_TIMEOUT)
        if msg is None or "fatal" in msg or not msg.get("ready"):
            self.kill()
            reason = (msg or {}).get("fatal", "the worker process did not start")
            if (msg or {}).get("code") == EXIT_USAGE:
                raise UsageError(reason)
            raise WorkerFatal(reason)

    def _send(self, obj: dict[str, Any]) -> None:
        assert self.proc.stdin is not None
        try:
            self.proc.stdin.write((json.dumps(obj) + "\n").encode("utf-8"))
            self.proc.stdin.flush()
        except (BrokenPipeError, OSError) as e:
            raise WorkerDied(None, f"worker process went away ({e})") from e

    def _read(self, timeout: float | None) -> dict[str, Any] | None:
        """The next message; None on timeout; WorkerDied at end of output."""
        deadline = None if timeout is None else time.monotonic() + timeout
        while b"\n" not in self._buf:
            wait = None if deadline is None else max(0.0, deadline - time.monotonic())
            if not self._sel.select(wait):
                return None
            chunk = os.read(self.proc.stdout.fileno(), 65536)  # type: ignore[union-attr]
            if not chunk:
                code = self.proc.wait()
                raise WorkerDied(None, f"worker process died (exit code {code})")
            self._buf += chunk
        line, self._buf = self._buf.split(b"\n", 1)
        return json.loads(line)

    def run(self, shard: Shard, out: str, skip: dict[int, str], doc_timeout: float | None) -> None:
        """Run one shard task; raises WorkerDied (with the ordinal of the document at fault, if any)."""
        self._send({"shard": shard.to_dict(), "out": out, "skip": {str(k): v for k, v in skip.items()}})
        current: int | None = None
        while True:
            try:
                msg = self._read(doc_timeout if current is not None else None)
            except WorkerDied as e:
                raise WorkerDied(current, f"the worker process died while processing this document "
                                          f"({e.reason})" if current is not None else e.reason) from None
            if msg is None:
                self.kill()
                raise WorkerDied(current, f"processing exceeded --doc-timeout ({doc_timeout:g} s); skipped")
            if "b" in msg:
                current = msg["b"]
            elif "e" in msg:
                current = None
            elif "done" in msg:
                return

    def kill(self) -> None:
        if self.proc.poll() is None:
            try:
                self.proc.kill()
            except OSError:
                pass
        self.proc.wait()
        for fh in (self.proc.stdin, self.proc.stdout):
            try:
                if fh:
                    fh.close()
            except OSError:
                pass
        self._sel.close()

    def close(self) -> None:
        """End the worker: close its input (it exits at end of input), kill it if it does not."""
        try:
            if self.proc.stdin:
                self.proc.stdin.close()
            self.proc.wait(timeout=5)
        except (OSError, subprocess.TimeoutExpired):
            pass
        self.kill()


class WorkerSlot:
    """A lazily started, restartable worker process."""

    def __init__(self, config: dict[str, Any]) -> None:
        self.config = config
        self.worker: WorkerProcess | None = None

    def get(self) -> WorkerProcess:
        if self.worker is None or self.worker.proc.poll() is not None:
            self.worker = WorkerProcess(self.config)
        return self.worker

    def reset(self) -> None:
        if self.worker is not None:
            self.worker.kill()
            self.worker = None

    def close(self) -> None:
        if self.worker is not None:
            self.worker.close()
            self.worker = None


def run_shard(slot: WorkerSlot, shard: Shard, out: str, doc_timeout: float | None) -> None:
    """Run a shard to its part file, restarting the worker and skipping documents that overrun or crash it."""
    skip: dict[int, str] = {}
    deaths_outside = 0
    while True:
        try:
            slot.get().run(shard, out, skip, doc_timeout)
            return
        except WorkerDied as e:
            slot.reset()
            if e.ordinal is not None:
                skip[e.ordinal] = e.reason
                continue
            deaths_outside += 1
            if deaths_outside < 2:
                continue
            with PartWriter(out) as part:  # the shard cannot be read at all: list its inputs
                for f in shard.failures:
                    part.failure(f)
                for src in shard.sources:
                    part.failure(Failure(src.display, f"the worker process died while reading this input "
                                                      f"({e.reason})"))
            return
