"""The worker process: ``python -m riskevents.engines.worker``, driven by a supervisor over stdin/stdout.

Protocol (one JSON object per line). The supervisor sends the run config first, then one task per shard:
``{"shard": {...}, "out": "part path", "skip": {"ordinal": "reason"}}``. The worker answers ``{"ready": true}``
once its pipeline is built (or ``{"fatal": message, "code": exit code}``), then per document ``{"b": ordinal}``
before and ``{"e": ordinal}`` after processing it, and ``{"done": shard index}`` when the part file is in place.
Documents in ``skip`` (those that overran the time limit or killed an earlier worker) are written as failures.

The worker exits at the end of its input (the supervisor went away). It ignores SIGINT: the supervisor stops it.
``process_shard`` is also what an in-process run (tests, notebooks) calls.
"""

from __future__ import annotations

import json
import os
import signal
import sys
from typing import Any, Callable

from ..documents import Document, Failure
from ..extract import CHUNK_CHARS, process_document
from ..readers import ReadOptions, read_source
from .shards import Shard
from .workdir import PartWriter

Report = Callable[[dict[str, Any]], None]


def _quiet(_: dict[str, Any]) -> None:
    return None


def process_shard(nlp: Any, shard: Shard, out: str, *, read: ReadOptions, entities: bool = True,
                  chunk_chars: int = CHUNK_CHARS, skip: dict[int, str] | None = None,
                  report: Report = _quiet) -> int:
    """Read the shard's sources, extract, and write its part file; returns the number of documents processed."""
    skip = skip or {}
    ordinal = -1
    with PartWriter(out) as part:
        for failure in shard.failures:
            part.failure(failure)
        for source in shard.sources:
            items = read_source(source, read)
            while True:
                try:
                    item = next(items)
                except StopIteration:
                    break
                except Exception as e:  # noqa: BLE001 - a reader bug must not end the run; the input is listed
                    part.failure(Failure(source.display, f"reading failed: {type(e).__name__}: {e}"))
                    break
                ordinal += 1
                if isinstance(item, Failure):
                    part.failure(item)
                    continue
                if ordinal in skip:
                    part.failure(Failure(str(item.meta.get("source", source.display)), skip[ordinal], item.id))
                    continue
                report({"b": ordinal})
                try:
                    result = process_document(nlp, item, chunk_chars, entities=entities)
                except Exception as e:  # noqa: BLE001 - one bad document must not end the run; it is listed
                    part.failure(Failure(_where(item, source.display), f"processing failed: {type(e).__name__}: {e}",
                                         item.id))
                else:
                    for row in result.event_rows():
                        part.event(row)
                    if entities:
                        for row in result.entity_rows():
                            part.entity(row)
                    part.documents += 1
                report({"e": ordinal})
    return part.documents


def _where(doc: Document, default: str) -> str:
    src = doc.meta.get("source", default)
    return f"{src}:{doc.meta['line']}" if "line" in doc.meta else str(src)


def main() -> int:
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    proto = os.fdopen(os.dup(1), "w", encoding="utf-8", buffering=1)
    os.dup2(2, 1)  # anything printed by libraries goes to stderr, never into the protocol

    def send(obj: dict[str, Any]) -> None:
        proto.write(json.dumps(obj) + "\n")
        proto.flush()

    line = sys.stdin.readline()
    if not line:
        return 0
    config = json.loads(line)
    from ..errors import RiskEventsError
    from ..pipeline import load

    try:
        nlp = load(config.get("pipeline"), config.get("overrides") or {})
    except RiskEventsError as e:
        send({"fatal": str(e), "code": e.exit_code})
        return 0
    except Exception as e:  # noqa: BLE001 - reported to the supervisor as a runtime failure
        send({"fatal": f"[E301] the pipeline could not be built: {type(e).__name__}: {e}", "code": 1})
        return 0
    send({"ready": True})
    read = ReadOptions(**config.get("read", {}))
    for line in sys.stdin:
        if not line.strip():
            continue
        task = json.loads(line)
        shard = Shard.from_dict(task["shard"])
        skip = {int(k): v for k, v in (task.get("skip") or {}).items()}
        process_shard(nlp, shard, task["out"], read=read, entities=config.get("entities", True),
                      chunk_chars=config.get("chunk_chars", CHUNK_CHARS), skip=skip, report=send)
        send({"done": shard.index})
    return 0


if __name__ == "__main__":
    sys.exit(main())
