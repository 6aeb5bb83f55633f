"""Reading JSONL side files (gold, exported review tasks, candidates): one object per line, with file:line errors."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any, Iterator

from .errors import UsageError


def iter_jsonl(path: str | Path, what: str = "line") -> Iterator[tuple[int, dict[str, Any]]]:
    """(line number, object) for each non-blank line; a malformed line is a usage error naming file and line."""
    with open(path, encoding="utf-8") as fh:
        for lineno, line in enumerate(fh, 1):
            if not line.strip():
                continue
            try:
                obj = json.loads(line)
            except json.JSONDecodeError as e:
                raise UsageError(f"[E309] {path}:{lineno}: not valid JSON ({e.msg})") from e
            if not isinstance(obj, dict):
                raise UsageError(f"[E310] {path}:{lineno}: a {what} must be a JSON object")
            yield lineno, obj
