"""The work folder of a run: the manifest and one part file per finished shard; what ``--resume`` reads.

``<output folder>/.<output name>.riskevents/``:

- ``manifest.json``: the run's fingerprint (inputs with sizes and modification times, the shard plan, pipeline,
  overrides, read options) and the number of shards. ``--resume`` continues only when the fingerprint is the same.
- ``shard-00042.jsonl``: the records of shard 42, one JSON array per line: ``["e", row]`` an event row, ``["n", row]``
  an entity row, ``["f", source, doc_id, reason]`` a failure, and last ``["end", {"documents": n}]``. Written to a
  temporary name and renamed, so a part file that exists is complete.

The folder is removed when the outputs have been written.
"""

from __future__ import annotations

import hashlib
import json
import os
import shutil
import tempfile
from pathlib import Path
from typing import Any, Iterator

from .. import __version__
from ..documents import Failure
from .shards import Shard

MANIFEST = "manifest.json"


def workdir_for(output: str) -> Path | None:
    """The work folder next to the output (None for stdout: a temporary folder is used, no resume)."""
    if output == "-":
        return None
    p = Path(output)
    return p.parent / f".{p.name}.riskevents"


def fingerprint(shards: list[Shard], settings: dict[str, Any]) -> str:
    stats = {}
    for shard in shards:
        for src in shard.sources:
            if src.path not in stats:
                try:
                    st = os.stat(src.path)
                    stats[src.path] = [st.st_size, st.st_mtime_ns]
                except OSError:
                    stats[src.path] = None
    blob = json.dumps({"version": __version__, "settings": settings, "files": stats,
                       "shards": [s.to_dict() for s in shards]}, sort_keys=True, default=str)
    return hashlib.sha256(blob.encode("utf-8")).hexdigest()


class WorkDir:
    def __init__(self, path: Path) -> None:
        self.path = path

    @classmethod
    def temporary(cls) -> "WorkDir":
        return cls(Path(tempfile.mkdtemp(prefix="riskevents-")))

    def part(self, index: int) -> Path:
        return self.path / f"shard-{index:05d}.jsonl"

    def done(self, index: int) -> bool:
        return self.part(index).exists()

    def read_manifest(self) -> dict[str, Any] | None:
        try:
            return json.loads((self.path / MANIFEST).read_text(encoding="utf-8"))
        except (OSError, ValueError):
            return None

    def start(self, fp: str, n_shards: int, resume: bool) -> bool:
        """Prepare the folder; True when an earlier run with the same fingerprint is resumed."""
        manifest = self.read_manifest()
        if resume and manifest is not None and manifest.get("fingerprint") == fp:
            return True
        self.clear()
        self.path.mkdir(parents=True, exist_ok=True)
        self.write_manifest(fp, n_shards)
        return False

    def write_manifest(self, fp: str, n_shards: int) -> None:
        write_atomic(self.path / MANIFEST, json.dumps({"fingerprint": fp, "shards": n_shards,
                                                         "version": __version__}, indent=1) + "\n")

    def clear(self) -> None:
        if self.path.exists():
            shutil.rmtree(self.path, ignore_errors=True)


def write_atomic(path: Path, text: str) -> None:
    fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=str(path.parent))
    try:
        with os.fdopen(fd, "w", encoding="utf-8", newline="") as fh:
            fh.write(text)
        os.replace(tmp, path)
    except BaseException:
        if os.path.exists(tmp):
            os.unlink(tmp)
        raise


class PartWriter:
    """``with PartWriter(path) as p: p.event(row) ...``: a shard's part file, renamed into place on success."""

    def __init__(self, path: str | Path) -> None:
        self.path = Path(path)
        self.documents = 0

    def __enter__(self) -> "PartWriter":
        fd, self._tmp = tempfile.mkstemp(prefix=f".{self.path.name}.", suffix=".tmp", dir=str(self.path.parent))
        self._fh = os.fdopen(fd, "w", encoding="utf-8", newline="\n")
        return self

    def _line(self, obj: Any) -> None:
        self._fh.write(json.dumps(obj, ensure_ascii=False) + "\n")

    def event(self, row: dict[str, Any]) -> None:
        self._line(["e", row])

    def entity(self, row: dict[str, Any]) -> None:
        self._line(["n", row])

    def failure(self, f: Failure) -> None:
        self._line(["f", f.source, f.doc_id, f.reason])

    def __exit__(self, exc_type: Any, exc: Any, tb: Any) -> None:
        try:
            if exc_type is None:
                self._line(["end", {"documents": self.documents}])
            self._fh.close()
            if exc_type is None:
                os.replace(self._tmp, self.path)
        finally:
            if os.path.exists(self._tmp):
                os.unlink(self._tmp)


def read_part(path: str | Path) -> Iterator[list[Any]]:
    """The lines of a part file; raises ValueError when it is incomplete."""
    ended = False
    with open(path, encoding="utf-8", newline="\n") as fh:
        for line in fh:
            item = json.loads(line)
            if item[0] == "end":
                ended = True
            yield item
    if not ended:
        raise ValueError(f"incomplete part file {path}")
