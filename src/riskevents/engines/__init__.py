"""Engines move shards of input (paths and ranges, never documents) through the extraction flow.

- ``shards``: the plan. Inputs -> ordered Shards of Sources (whole files, or byte/record ranges of JSONL, CSV and
  SGML files). The plan does not depend on the number of workers, so the output does not either.
- ``workdir``: per-shard part files and the manifest that make ``--resume`` possible.
- ``worker``: the worker process (``python -m riskevents.engines.worker``): builds the pipeline once, then turns
  shard tasks into part files, announcing each document so the supervisor can enforce ``--doc-timeout``.
- ``supervisor``: drives one worker process; kills and restarts it when a document overruns its time limit.
- ``local``: N supervised worker processes on this machine. ``dask``: the same shard tasks on dask.distributed.
"""

from __future__ import annotations

ENGINES = ("local", "dask")
