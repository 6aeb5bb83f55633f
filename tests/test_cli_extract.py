"""The extract command: stdout, stdin, formats, exit codes, overwrite protection, no tracebacks."""

from __future__ import annotations

import csv
import io
import json
import subprocess
import sys

import pytest

from conftest import ROOT, shared_file
from riskevents.writers import read_table, unescape_formula

RISKEVENTS = [sys.executable, "-m", "riskevents.cli"]
GOOD = "IRVINE, Calif., Dec. 20 /PRNewswire/ -- Impac Mortgage Holdings, Inc. (NYSE: IMH) reported a net loss of " \
       "$1.2 billion for the third quarter.\n"


def cli(*args, stdin=None):
    return subprocess.run(RISKEVENTS + list(args), input=stdin, capture_output=True, cwd=ROOT, timeout=300)


def test_stdout_piped_into_head_no_traceback():
    src = shared_file("reuters21578-train.jsonl")
    cmd = " ".join(RISKEVENTS) + f" extract {src} -o - --workers 2 | head -3"
    res = subprocess.run(["bash", "-o", "pipefail", "-c", cmd], capture_output=True, cwd=ROOT, timeout=300)
    out = res.stdout.decode().splitlines()
    assert len(out) == 3 and out[0].startswith("doc_id,event_id,event_type")
    assert b"Traceback" not in res.stderr and b"Error" not in res.stderr, res.stderr
    assert res.returncode == 0


def test_stdin_jsonl_to_stdout_jsonl_data_only_on_stdout():
    lines = [json.dumps({"id": "a", "text": GOOD, "wire": "PR Newswire"}), json.dumps({"id": "b", "text": "Nothing."})]
    res = cli("extract", "-", "-o", "-", "--format", "jsonl", "--workers", "1", stdin=("\n".join(lines) + "\n").encode())
    assert res.returncode == 0, res.stderr
    out = [json.loads(line) for line in res.stdout.decode().splitlines()]
    assert out and {r["doc_id"] for r in out} == {"a"}
    assert out[0]["ticker"] == "NYSE:IMH" and out[0]["wire"] == "PR Newswire" and out[0]["source"] == "-:1"
    assert b"2 documents" in res.stderr


def test_stdin_text_csv_output():
    res = cli("extract", "-", "-o", "-", stdin=GOOD.replace("reported", "\u201creported\u201d").encode("cp1252"))
    assert res.returncode == 0
    row = next(csv.DictReader(io.StringIO(res.stdout.decode())))
    assert row["doc_id"] == "stdin" and row["encoding"] == "cp1252"
    assert row["source"] == "'-" and unescape_formula(row["source"]) == "-"  # "-" would start a formula


def test_formats_exit_codes_and_overwrite(tmp_path):
    (tmp_path / "in").mkdir()
    (tmp_path / "in" / "a.txt").write_text(GOOD)
    out = tmp_path / "ev.parquet"
    res = cli("extract", str(tmp_path / "in"), "-o", str(out), "--entities", str(tmp_path / "ent.jsonl"))
    assert res.returncode == 0, res.stderr
    df = read_table(out)
    assert list(df["doc_id"]) and set(df["company"]) == {"Impac Mortgage Holdings, Inc."}
    assert (tmp_path / "ent.jsonl").read_text().strip()
    res = cli("extract", str(tmp_path / "in"), "-o", str(out))
    assert res.returncode == 2 and b"--force" in res.stderr
    res = cli("extract", str(tmp_path / "in"), "-o", str(tmp_path / "x.xlsx"))
    assert res.returncode == 2 and b"Traceback" not in res.stderr
    res = cli("extract", str(tmp_path / "in"), "-o", str(tmp_path / "x.csv"), "--workers", "0")
    assert res.returncode == 2
    res = cli("extract", str(tmp_path / "in"), "-o", "-", "--resume")
    assert res.returncode == 2 and b"--resume" in res.stderr
    (tmp_path / "in" / "bad.jsonl").write_text("{nope\n")
    res = cli("extract", str(tmp_path / "in"), "-o", str(tmp_path / "p.csv"))
    assert res.returncode == 3 and (tmp_path / "p.errors.csv").exists()
    (tmp_path / "in" / "bad.jsonl").unlink()
    res = cli("extract", str(tmp_path / "in"), "-o", str(tmp_path / "p.csv"), "--force")
    assert res.returncode == 0 and not (tmp_path / "p.errors.csv").exists()  # stale errors file removed


@pytest.mark.slow
def test_sgml_and_csv_inputs(tmp_path):
    sgm = shared_file("reuters21578-reut2-000.sgm")
    csv_in = tmp_path / "news.csv"
    csv_in.write_text('story,body,desk\nS1,"' + GOOD.replace('"', '""') + '",markets\n', encoding="utf-8")
    out = tmp_path / "ev.csv"
    res = cli("extract", str(sgm), str(csv_in), "-o", str(out), "--id-key", "story", "--text-key", "body")
    # the SGML stories have no 'body' key: text keys only concern JSONL/CSV
    assert res.returncode == 0, res.stderr
    df = read_table(out)
    assert df["doc_id"].str.startswith("reuters21578-").sum() > 100
    s1 = df[df["doc_id"] == "S1"].iloc[0]
    assert s1["doc_meta"] == '{"desk": "markets"}' and s1["ticker"] == "NYSE:IMH"
    r = df[df["doc_id"].str.startswith("reuters21578-")].iloc[0]
    assert r["wire"] == "Reuters" and r["doc_date"].startswith("1987-")
