"""Writers: records -> CSV, JSONL or Parquet, streamed, atomic and deterministic.

- Atomic: rows go to a temporary file in the output's folder, renamed over the output (``os.replace``) only when
  everything was written; a killed run leaves no half-written output.
- CSV: UTF-8, ``\\n`` line ends, booleans ``true``/``false``, empty cell for a missing value. A text cell that a
  spreadsheet would run as a formula (starting with = + - @ tab CR NUL) gets a leading ``'`` (OWASP CSV injection);
  ``read_table`` undoes it and reads every column as text (no NaN or number guessing).
- ``-`` as the path writes CSV (or JSONL with ``fmt="jsonl"``) to stdout.
"""

from __future__ import annotations

import csv
import io
import json
import math
import os
import re
import sys
import tempfile
from pathlib import Path
from typing import Any, Iterable, Iterator

def _file_mode() -> int:
    umask = os.umask(0o022)
    os.umask(umask)
    return 0o666 & ~umask


FILE_MODE = _file_mode()  # what open() would give a new file (mkstemp gives 0600)
FORMULA_START = ("=", "+", "-", "@", "\t", "\r", "\x00")
FORMATS = ("csv", "jsonl", "parquet")
PARQUET_TYPES = {"start_char": "int64", "end_char": "int64", "sentence_start": "int64", "sentence_end": "int64",
                 "amount_start": "int64", "amount_end": "int64", "amount_value": "float64", "confidence": "float64",
                 "boilerplate": "bool_"}


def format_of(path: str | Path, fmt: str | None = None) -> str:
    if fmt:
        return fmt
    suffix = Path(str(path)).suffix.lower().lstrip(".")
    if suffix in FORMATS:
        return suffix
    if str(path) == "-":
        return "csv"
    raise ValueError(f"cannot tell the output format of '{path}' (use .csv, .jsonl or .parquet)")


def needs_escape(value: str) -> bool:
    """A formula start, possibly behind quotes: ``'=x`` must be escaped too, or reading it back would lose its quote."""
    return value.lstrip("'").startswith(FORMULA_START)


def escape_formula(value: str) -> str:
    return "'" + value if needs_escape(value) else value


def unescape_formula(value: str) -> str:
    return value[1:] if value.startswith("'") and needs_escape(value[1:]) else value


_NEEDS_QUOTES = re.compile(r'[,"\r\n]')


def csv_line(cells: list[str]) -> str:
    """One CSV line (RFC 4180 quoting). Unlike the csv module with ``\\n`` line ends, a bare ``\\r`` is quoted
    too, so that every reader (pandas, spreadsheets) sees the same cells."""
    if len(cells) == 1 and cells[0] == "":
        return '""\n'
    return ",".join('"' + c.replace('"', '""') + '"' if _NEEDS_QUOTES.search(c) else c for c in cells) + "\n"


def csv_cell(value: Any) -> str:
    if value is None:
        return ""
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, float):
        if math.isnan(value):
            return ""
        return repr(value)
    if isinstance(value, (int,)):
        return str(value)
    return escape_formula(str(value))


def _json_value(value: Any) -> Any:
    if isinstance(value, float) and math.isnan(value):
        return None
    return value


class TableWriter:
    """Context manager: ``with TableWriter(path, columns) as w: w.write(rows)``."""

    def __init__(self, path: str | Path, columns: list[str], fmt: str | None = None) -> None:
        self.path = str(path)
        self.columns = columns
        self.fmt = format_of(path, fmt)
        self.to_stdout = self.path == "-"
        if self.to_stdout and self.fmt == "parquet":
            raise ValueError("parquet cannot be written to stdout")
        self._tmp: str | None = None
        self._fh: Any = None
        self._csv: Any = None
        self._parquet: Any = None
        self._batch: list[dict[str, Any]] = []
        self.count = 0

    def __enter__(self) -> "TableWriter":
        if self.to_stdout:
            self._fh = sys.stdout
        else:
            target = Path(self.path)
            target.parent.mkdir(parents=True, exist_ok=True)
            fd, self._tmp = tempfile.mkstemp(prefix=f".{target.name}.", suffix=".tmp", dir=str(target.parent))
            os.close(fd)
            os.chmod(self._tmp, FILE_MODE)
            if self.fmt != "parquet":
                self._fh = open(self._tmp, "w", encoding="utf-8", newline="")
        if self.fmt == "csv":
            self._fh.write(csv_line(list(self.columns)))
        return self

    def write(self, rows: Iterable[dict[str, Any]]) -> None:
        for row in rows:
            self.count += 1
            if self.fmt == "csv":
                self._fh.write(csv_line([csv_cell(row.get(c)) for c in self.columns]))
            elif self.fmt == "jsonl":
                self._fh.write(json.dumps({c: _json_value(row.get(c)) for c in self.columns}, ensure_ascii=False,
                                          sort_keys=False) + "\n")
            else:
                self._batch.append({c: self._parquet_value(c, row.get(c)) for c in self.columns})
                if len(self._batch) >= 10000:
                    self._flush_parquet()

    def _flush_parquet(self) -> None:
        import pyarrow as pa
        import pyarrow.parquet as pq

        if not self._batch and self._parquet is not None:
            return
        table = pa.Table.from_pylist(self._batch, schema=self._schema()) if self._batch else \
            pa.Table.from_pylist([], schema=self._schema())
        if self._parquet is None:
            self._parquet = pq.ParquetWriter(self._tmp, table.schema)
        self._parquet.write_table(table)
        self._batch = []

    def _schema(self) -> Any:
        import pyarrow as pa

        types = {c: getattr(pa, t)() for c, t in PARQUET_TYPES.items()}
        return pa.schema([(c, types.get(c, pa.string())) for c in self.columns])

    def _parquet_value(self, column: str, value: Any) -> Any:
        if value is None or (isinstance(value, float) and math.isnan(value)):
            return None
        if column in PARQUET_TYPES:
            return value
        return value if isinstance(value, str) else json.dumps(value) if isinstance(value, (list, dict)) else str(value)

    def __exit__(self, exc_type: Any, exc: Any, tb: Any) -> None:
        try:
            if self.fmt == "parquet" and exc_type is None:
                self._flush_parquet()
            if self._parquet is not None:
                self._parquet.close()
            if self._fh is not None and not self.to_stdout:
                self._fh.close()
            elif self.to_stdout and self._fh is not None:
                self._fh.flush()
        finally:
            if self._tmp is not None:
                if exc_type is None:
                    os.replace(self._tmp, self.path)
                elif os.path.exists(self._tmp):
                    os.unlink(self._tmp)


def write_table(path: str | Path, columns: list[str], rows: Iterable[dict[str, Any]], fmt: str | None = None) -> int:
    with TableWriter(path, columns, fmt) as w:
        w.write(rows)
    return w.count


def read_table(path: str | Path) -> "Any":
    """Read an output back as a pandas DataFrame of strings, undoing the formula escape."""
    import pandas as pd

    fmt = format_of(path)
    if fmt == "csv":
        df = pd.read_csv(path, dtype=str, keep_default_na=False, na_filter=False)
        for col in df.columns:
            df[col] = df[col].map(unescape_formula)
        return df
    if fmt == "jsonl":
        return pd.read_json(path, lines=True, dtype=False)
    return pd.read_parquet(path)


def iter_csv(path: str | Path) -> Iterator[dict[str, str]]:
    with open(path, encoding="utf-8", newline="") as fh:
        for row in csv.DictReader(fh):
            yield {k: unescape_formula(v) if isinstance(v, str) else v for k, v in row.items()}


def csv_text(columns: list[str], rows: Iterable[dict[str, Any]]) -> str:
    buf = io.StringIO()
    buf.write(csv_line(list(columns)))
    for row in rows:
        buf.write(csv_line([csv_cell(row.get(c)) for c in columns]))
    return buf.getvalue()
