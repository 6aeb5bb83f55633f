"""Engines: same bytes whatever the number of workers or the engine; resume after SIGKILL; per-document timeout."""

from __future__ import annotations

import json
import os
import shutil
import signal
import subprocess
import sys
import time

import pytest

from conftest import ROOT, shared_file
from riskevents.engines.shards import plan_shards
from riskevents.engines.workdir import workdir_for
from riskevents.runner import RunOptions, run_extract

RISKEVENTS = [sys.executable, "-m", "riskevents.cli"]


@pytest.fixture(scope="module")
def patterns(tmp_path_factory):
    """A snapshot of the pattern files: runs compared with each other must not see a pattern edited in between."""
    dest = tmp_path_factory.mktemp("patterns") / "patterns"
    shutil.copytree(ROOT / "patterns", dest)
    return str(dest)


@pytest.fixture(scope="module")
def stories(tmp_path_factory):
    """200 Reuters stories as JSONL (several shards of 32 KB)."""
    src = shared_file("reuters21578-train.jsonl")
    path = tmp_path_factory.mktemp("stories") / "stories.jsonl"
    with src.open(encoding="utf-8") as fh, path.open("w", encoding="utf-8") as out:
        for i, line in enumerate(fh):
            if i >= 200:
                break
            out.write(line)
    return path


def run(inputs, output, patterns, **kw):
    opts = RunOptions(inputs=[str(i) for i in inputs], output=str(output), overrides={"paths.patterns": patterns},
                      force=True, progress=False, **kw)
    return run_extract(opts)


def test_plan_does_not_depend_on_workers(stories):
    a = plan_shards([str(stories)], 32 * 1024)
    assert len(a) >= 4
    assert [s.to_dict() for s in a] == [s.to_dict() for s in plan_shards([str(stories)], 32 * 1024)]


def test_same_bytes_for_1_and_2_workers(tmp_path, stories, patterns):
    s1 = run([stories], tmp_path / "w1.csv", patterns, workers=1, shard_bytes=32 * 1024,
             entities=str(tmp_path / "n1.jsonl"))
    s2 = run([stories], tmp_path / "w2.csv", patterns, workers=2, shard_bytes=32 * 1024,
             entities=str(tmp_path / "n2.jsonl"))
    assert s1.documents == s2.documents == 200 and s1.exit_code == 0
    assert (tmp_path / "w1.csv").read_bytes() == (tmp_path / "w2.csv").read_bytes()
    assert (tmp_path / "n1.jsonl").read_bytes() == (tmp_path / "n2.jsonl").read_bytes()
    # shard size does not change the output either
    run([stories], tmp_path / "big.csv", patterns, workers=2)
    assert (tmp_path / "big.csv").read_bytes() == (tmp_path / "w1.csv").read_bytes()
    assert not workdir_for(str(tmp_path / "w1.csv")).exists()  # work folder removed after a finished run


@pytest.mark.slow
def test_dask_local_cluster_matches_local_engine(tmp_path, stories, patterns):
    pytest.importorskip("distributed")
    run([stories], tmp_path / "local.csv", patterns, workers=2, shard_bytes=64 * 1024)
    summary = run([stories], tmp_path / "dask.csv", patterns, workers=2, shard_bytes=64 * 1024, engine="dask")
    assert summary.documents == 200
    assert (tmp_path / "dask.csv").read_bytes() == (tmp_path / "local.csv").read_bytes()


@pytest.mark.slow
def test_resume_after_sigkill(tmp_path, stories, patterns):
    ref = tmp_path / "ref.csv"
    run([stories], ref, patterns, workers=1, shard_bytes=16 * 1024)
    out = tmp_path / "out.csv"
    work = workdir_for(str(out))
    cmd = RISKEVENTS + ["extract", str(stories), "-o", str(out), "--workers", "1", "--shard-bytes", str(16 * 1024),
                        "--paths.patterns", patterns]
    proc = subprocess.Popen(cmd, stderr=subprocess.PIPE, cwd=ROOT)
    deadline = time.monotonic() + 120
    while time.monotonic() < deadline and len(list(work.glob("shard-*.jsonl"))) < 3:
        time.sleep(0.05)
    os.kill(proc.pid, signal.SIGKILL)
    proc.wait()
    proc.stderr.close()
    done_before = len(list(work.glob("shard-*.jsonl")))
    n_shards = json.loads((work / "manifest.json").read_text())["shards"]
    assert 3 <= done_before < n_shards, "the run was not interrupted part way"
    assert not out.exists()  # atomic: nothing half-written
    time.sleep(1.0)  # the orphaned worker finishes its shard and exits at the end of its input
    res = subprocess.run(cmd + ["--resume"], capture_output=True, text=True, cwd=ROOT)
    assert res.returncode == 0, res.stderr
    assert "Traceback" not in res.stderr and "starting afresh" not in res.stderr
    assert out.read_bytes() == ref.read_bytes()
    assert not work.exists()


def test_resume_with_changed_inputs_starts_afresh(tmp_path, patterns):
    (tmp_path / "in").mkdir()
    (tmp_path / "in" / "a.txt").write_text("Acme Corp reported a net loss of $5 million.")
    out = tmp_path / "o.csv"
    work = workdir_for(str(out))
    work.mkdir()
    (work / "manifest.json").write_text('{"fingerprint": "other", "shards": 1}')
    (work / "shard-00000.jsonl").write_text('["end", {"documents": 99}]\n')
    summary = run([tmp_path / "in"], out, patterns, workers=1, resume=True)
    assert summary.documents == 1 and summary.events >= 1


@pytest.mark.slow
def test_doc_timeout_is_reported_not_a_hang(tmp_path, patterns):
    """spaCy's tokenizer is quadratic on "a:"*N (spaCy #14020): the worker is killed and the document listed."""
    folder = tmp_path / "in"
    folder.mkdir()
    (folder / "a.txt").write_text("Acme Corp reported a net loss of $5 million for the quarter.")
    (folder / "b-slow.txt").write_text("a:" * 60000)
    (folder / "c.txt").write_text("Bravo Inc said it will cut 300 jobs.")
    t0 = time.monotonic()
    summary = run([folder], tmp_path / "o.csv", patterns, workers=1, doc_timeout=1.0)
    assert time.monotonic() - t0 < 60
    assert summary.exit_code == 3 and summary.documents == 2
    [f] = summary.failures
    assert f.doc_id == "b-slow.txt" and "--doc-timeout" in f.reason
    errors = (tmp_path / "o.errors.csv").read_text()
    assert "b-slow.txt" in errors and "doc-timeout" in errors
    ids = {line.split(",")[0] for line in (tmp_path / "o.csv").read_text().splitlines()[1:]}
    assert ids == {"a.txt", "c.txt"}
