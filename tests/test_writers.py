"""Writers: formula escaping, lossless read-back, atomic writes, formats."""

from __future__ import annotations

import json
import os
import stat

import pytest

from riskevents.writers import TableWriter, csv_text, escape_formula, iter_csv, read_table, unescape_formula, \
    write_table

COLUMNS = ["doc_id", "text", "n", "x", "flag"]
NASTY = ["=cmd|' /C calc'!A0", "+1+1", "-5", "@SUM(A1)", "\tlead tab", "\rcr", "007", "NA", "null", "", "'quoted",
         "'=already", "plain", "a,b\n\"c\"", "\u20ac caf\u00e9 \U0001F600"]


@pytest.mark.parametrize("value", ["=1+1", "+1", "-1", "@x", "\tx", "\rx", "\x00x"])
def test_formula_cells_get_a_quote(value):
    assert escape_formula(value) == "'" + value
    assert unescape_formula(escape_formula(value)) == value


def test_csv_escapes_and_reads_back_losslessly(tmp_path):
    rows = [{"doc_id": v, "text": v, "n": i, "x": 0.1 * i, "flag": i % 2 == 0} for i, v in enumerate(NASTY)]
    path = tmp_path / "t.csv"
    write_table(path, COLUMNS, rows)
    raw = path.read_text(encoding="utf-8")
    assert "\n'=cmd" in raw and ",'+1+1," in raw and ",'@SUM(A1)," in raw
    back = read_table(path)
    assert list(back["text"]) == NASTY
    assert list(back["doc_id"]) == NASTY
    assert back["text"][6] == "007" and back["text"][7] == "NA" and back["text"][9] == ""
    assert [r["text"] for r in iter_csv(path)] == NASTY


def test_jsonl_and_parquet(tmp_path):
    rows = [{"doc_id": "a", "text": "=x", "n": 1, "x": None, "flag": True}]
    write_table(tmp_path / "t.jsonl", COLUMNS, rows)
    assert json.loads((tmp_path / "t.jsonl").read_text()) == rows[0]  # JSONL is never formula-escaped
    pytest.importorskip("pyarrow")
    from riskevents.records import EVENT_COLUMNS

    write_table(tmp_path / "t.parquet", EVENT_COLUMNS, [{"doc_id": "a", "start_char": 3, "boilerplate": False}])
    df = read_table(tmp_path / "t.parquet")
    assert df["doc_id"][0] == "a" and df["start_char"][0] == 3


def test_atomic_write_leaves_nothing_on_failure(tmp_path):
    path = tmp_path / "out.csv"
    path.write_text("old\n")
    with pytest.raises(RuntimeError):
        with TableWriter(path, COLUMNS) as w:
            w.write([{"doc_id": "a"}])
            raise RuntimeError("killed")
    assert path.read_text() == "old\n"
    assert os.listdir(tmp_path) == ["out.csv"]


def test_output_file_mode_follows_umask(tmp_path):
    write_table(tmp_path / "m.csv", COLUMNS, [])
    mode = stat.S_IMODE((tmp_path / "m.csv").stat().st_mode)
    umask = os.umask(0)
    os.umask(umask)
    assert mode == 0o666 & ~umask


def test_deterministic_bytes():
    rows = [{"doc_id": "d", "text": "t", "n": 1, "x": 1 / 3, "flag": False}]
    assert csv_text(COLUMNS, rows) == csv_text(COLUMNS, rows) == \
        "doc_id,text,n,x,flag\nd,t,1,0.3333333333333333,false\n"
