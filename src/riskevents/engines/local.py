"""The local engine: N worker processes on this machine, each building the pipeline once, fed shard tasks.

Not ``nlp.pipe(n_process=...)``: sending Docs back from workers was measured 11x slower than one process here.
Each worker writes its shard's part file itself; only short progress messages cross process boundaries.
"""

from __future__ import annotations

import queue
import threading
from typing import Any, Iterator

from .shards import Shard
from .supervisor import WorkerSlot, run_shard


def run_local(tasks: list[tuple[Shard, str]], config: dict[str, Any], workers: int,
              doc_timeout: float | None) -> Iterator[int]:
    """Run the tasks (shard, part path); yields shard indexes as they finish (in any order)."""
    if not tasks:
        return
    todo: queue.Queue[tuple[Shard, str] | None] = queue.Queue()
    for t in tasks:
        todo.put(t)
    n = max(1, min(workers, len(tasks)))
    for _ in range(n):
        todo.put(None)
    done: queue.Queue[tuple[int | None, BaseException | None]] = queue.Queue()
    stop = threading.Event()
    slots = [WorkerSlot(config) for _ in range(n)]

    def work(slot: WorkerSlot) -> None:
        try:
            while not stop.is_set():
                task = todo.get()
                if task is None:
                    break
                shard, out = task
                run_shard(slot, shard, out, doc_timeout)
                done.put((shard.index, None))
        except BaseException as e:  # noqa: BLE001 - handed to the consumer, which raises it
            done.put((None, e))
        finally:
            if stop.is_set():
                slot.reset()
            else:
                slot.close()

    threads = [threading.Thread(target=work, args=(s,), daemon=True, name=f"riskevents-worker-{i}")
               for i, s in enumerate(slots)]
    for t in threads:
        t.start()
    try:
        for _ in range(len(tasks)):
            index, error = done.get()
            if error is not None:
                raise error
            yield index  # type: ignore[misc]
    finally:
        stop.set()
        for s in slots:
            if s.worker is not None and s.worker.proc.poll() is None:
                s.reset()
        for t in threads:
            t.join(timeout=10)
