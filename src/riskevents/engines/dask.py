"""The Dask engine: the same shard tasks on a dask.distributed cluster (``pip install 'riskevents[dask]'``).

Tasks carry shard paths and ranges, never documents (sending documents from the client was measured 4x slower
than serial). Each Dask worker keeps one supervised worker process per thread, built once (a lazy singleton), so
``--doc-timeout`` holds as in the local engine. Part files are written to the run's work folder next to the output:
on a multi-machine cluster that folder and the inputs must be on a shared filesystem at the same paths.
Without ``--scheduler`` a LocalCluster with ``workers`` single-threaded worker processes is started.
"""

from __future__ import annotations

import json
import threading
import uuid
from typing import Any, Iterator

from ..errors import UsageError
from .shards import Shard
from .supervisor import WorkerSlot, run_shard

_local = threading.local()


def _slot(config: dict[str, Any]) -> WorkerSlot:
    key = json.dumps(config, sort_keys=True)
    slots = getattr(_local, "slots", None)
    if slots is None:
        slots = _local.slots = {}
    if key not in slots:
        slots[key] = WorkerSlot(config)
    return slots[key]


def shard_task(config: dict[str, Any], shard: dict[str, Any], out: str, doc_timeout: float | None) -> int:
    """One Dask task: run a shard to its part file on this Dask worker; returns the shard index."""
    s = Shard.from_dict(shard)
    run_shard(_slot(config), s, out, doc_timeout)
    return s.index


def run_dask(tasks: list[tuple[Shard, str]], config: dict[str, Any], workers: int, doc_timeout: float | None,
             scheduler: str | None = None) -> Iterator[int]:
    try:
        from distributed import Client, LocalCluster, as_completed
    except ImportError as e:
        raise UsageError("[E206] --engine dask needs the 'dask' extra: pip install 'riskevents[dask]'") from e
    if not tasks:
        return
    cluster = None
    if scheduler:
        try:
            client = Client(scheduler, timeout="30s")
        except (OSError, TimeoutError) as e:
            raise UsageError(f"[E208] cannot connect to the Dask scheduler at {scheduler}: {e}") from e
    else:
        cluster = LocalCluster(n_workers=max(1, workers), threads_per_worker=1, processes=True,
                               dashboard_address=None, silence_logs=40)
        client = Client(cluster)
    run = uuid.uuid4().hex[:8]
    try:
        futures = [client.submit(shard_task, config, shard.to_dict(), out, doc_timeout, pure=False,
                                 key=f"riskevents-{run}-shard-{shard.index}") for shard, out in tasks]
        for fut in as_completed(futures):
            yield fut.result()
    finally:
        client.close()
        if cluster is not None:
            cluster.close()
