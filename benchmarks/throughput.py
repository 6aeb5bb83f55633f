"""Benchmarks of `riskevents extract` on Reuters stories (../shared/corpora/reuters21578-train.jsonl).

1. Throughput: `riskevents extract --workers 1` (end to end, a fresh process) and the in-process extraction (events
   only, as `extract` without --entities), in words/s, divided by a bare spacy.blank("en") tokenizer over the same
   texts in the same run (target >= 0.60). Both meet the texts' words for the first time after a 200-story warm-up,
   as a run does. Also in CPU seconds: with entities (`extract --entities`), and a second pass over the same texts,
   where every word is known (`inprocess_cpu_ratio_known_words`: creating a word's lexeme costs the bare tokenizer
   a large share of its time, and the pipeline a smaller one).
2. Scaling: wall time with 1 and 2 workers, on N and 4N stories (target >= 1.7x on 2 cores); both include the
   fixed start-up (the command's imports, then each worker importing spaCy and building its pipeline).
3. Memory: peak RSS (the extract process and its workers, summed) for N and 4N stories (target <= 1.2x).
Also: seconds per pipeline step in process (``split_seconds``; in CPU seconds ``split_cpu_first_pass`` and
``split_cpu_known_words``), the ratio reached by the steps that apply no rule at all (``cpu_ratio_no_rule_steps``,
``..._known_words``: the ceiling of any rule set on this pipeline), and the 1-minute load average at start and end (the
machine is shared; wall times under load are upper bounds).

Usage: python benchmarks/throughput.py [--stories 3000] [--json results.json]
"""

from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import psutil

ROOT = Path(__file__).resolve().parents[1]
CORPUS = ROOT.parent / "shared" / "corpora" / "reuters21578-train.jsonl"


def stories(n: int, offset: int = 0) -> list[dict]:
    out = []
    with CORPUS.open(encoding="utf-8") as fh:
        for i, line in enumerate(fh):
            if i < offset:
                continue
            out.append(json.loads(line))
            if len(out) >= n:
                break
    return out


def write_jsonl(rows: list[dict], path: Path) -> None:
    with path.open("w", encoding="utf-8") as fh:
        for r in rows:
            fh.write(json.dumps(r, ensure_ascii=False) + "\n")


def run_cli(inp: Path, out: Path, workers: int, patterns: str | None = None) -> tuple[float, int]:
    """Wall time and peak summed RSS of `riskevents extract` (polled every 20 ms)."""
    cmd = [sys.executable, "-m", "riskevents.cli", "extract", str(inp), "-o", str(out), "--force",
           "--workers", str(workers)]
    t0 = time.perf_counter()
    proc = subprocess.Popen(cmd, stderr=subprocess.DEVNULL, cwd=ROOT)
    ps = psutil.Process(proc.pid)
    peak = 0
    while proc.poll() is None:
        try:
            procs = [ps] + ps.children(recursive=True)
            peak = max(peak, sum(p.memory_info().rss for p in procs if p.is_running()))
        except psutil.Error:
            pass
        time.sleep(0.02)
    wall = time.perf_counter() - t0
    if proc.returncode not in (0, 3):
        raise SystemExit(f"extract failed with exit code {proc.returncode}")
    return wall, peak


def split(nlp, texts: list[str], clock=time.perf_counter, entities: bool = False) -> dict[str, float]:
    """Where the in-process time goes: making the Doc (tokenizer, layout blocks) and each component, in seconds of
    ``clock`` (wall time; ``time.process_time`` for CPU time); by default for events only, as ``extract`` without
    ``--entities`` runs."""
    from riskevents import extensions as ext
    from riskevents.extract import _make_doc

    out = {"make_doc": 0.0, **{name: 0.0 for name in nlp.pipe_names}}
    for t in texts:
        t0 = clock()
        doc = _make_doc(nlp, t, 0, None)
        if not entities and hasattr(ext, "ENTITY_OUTPUT"):  # (ab_steps.py also times versions from before it)
            doc.user_data[ext.ENTITY_OUTPUT] = False
        out["make_doc"] += clock() - t0
        for name, proc in nlp.pipeline:
            t0 = clock()
            doc = proc(doc)
            out[name] += clock() - t0
    return {k.replace("riskevents_", ""): round(v, 3) for k, v in out.items()}


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--stories", type=int, default=3000)
    ap.add_argument("--json", default=None)
    args = ap.parse_args()
    import spacy

    import riskevents
    from riskevents import Document, process_document

    rows = stories(args.stories)
    texts = [r["text"] for r in rows]
    words = sum(len(t.split()) for t in texts)
    blank = spacy.blank("en")
    nlp = riskevents.load()
    with_entities = riskevents.load()  # its own vocabulary: as cold as the other two for its first pass
    steps = riskevents.load()  # the same, for the CPU seconds per step on first meeting the words
    for t in texts[:200]:  # warm up; the passes below still meet new words (a vocabulary grows in a real run too)
        blank(t)
        process_document(nlp, Document("w", t))
        process_document(with_entities, Document("w", t))
        process_document(steps, Document("w", t))

    def cpu(run) -> tuple[float, float]:
        t0, c0 = time.perf_counter(), time.process_time()
        for i, t in enumerate(texts):
            run(i, t)
        return time.perf_counter() - t0, time.process_time() - c0

    def tokenize(_: int, t: str) -> None:
        blank(t)

    def events_only(i: int, t: str) -> None:  # as `extract` without --entities
        process_document(nlp, Document(str(i), t), entities=False)

    def events_and_entities(i: int, t: str) -> None:  # as `extract --entities`
        process_document(with_entities, Document(str(i), t))

    t_blank, c_blank = cpu(tokenize)
    t_inproc, c_inproc = cpu(events_only)
    _, c_entities = cpu(events_and_entities)
    # the same texts again: every word is known now (the steady state of a long run, where new words are rare)
    _, c_blank_warm = cpu(tokenize)
    _, c_inproc_warm = cpu(events_only)
    res: dict = {"stories": len(texts), "words": words, "load_average_1min_start": os.getloadavg()[0],
                 "blank_wps": words / t_blank, "inprocess_wps": words / t_inproc}
    res["inprocess_ratio"] = res["inprocess_wps"] / res["blank_wps"]
    res["inprocess_cpu_ratio"] = c_blank / c_inproc  # the same ratio in CPU seconds: less sensitive to other load
    res["inprocess_cpu_ratio_with_entities"] = c_blank / c_entities
    res["inprocess_cpu_ratio_known_words"] = c_blank_warm / c_inproc_warm
    res["split_seconds"] = split(nlp, texts)
    # CPU seconds per step, words met for the first time and known; the steps that apply no rule (making the Doc with
    # its layout blocks, sentences, lemmas, sections) bound the ratio any rule set can reach: the "floor" ratios
    res["split_cpu_first_pass"] = split(steps, texts, clock=time.process_time)
    res["split_cpu_known_words"] = split(steps, texts, clock=time.process_time)
    no_rules = ("make_doc", "sentences", "lemmatizer", "sections")
    res["cpu_ratio_no_rule_steps"] = c_blank / sum(res["split_cpu_first_pass"][k] for k in no_rules)
    res["cpu_ratio_no_rule_steps_known_words"] = c_blank_warm / sum(res["split_cpu_known_words"][k] for k in no_rules)
    # what the target leaves for the rules: at a ratio of 0.60 the whole pipeline may take c_blank / 0.60 CPU seconds,
    # of which the steps that apply no rule take their share; the rest is the budget of every rule step (entity rules
    # with the event scan, event rules, event builder), against what they take now (per story, in milliseconds)
    rule_cpu = sum(v for k, v in res["split_cpu_first_pass"].items() if k not in no_rules)
    budget = c_blank / 0.60 - sum(res["split_cpu_first_pass"][k] for k in no_rules)
    res["rule_steps_cpu_ms_per_story"] = 1000 * rule_cpu / len(texts)
    res["rule_steps_budget_ms_per_story_at_0_60"] = 1000 * budget / len(texts)
    with tempfile.TemporaryDirectory() as tmp:
        tmp_path = Path(tmp)
        inp = tmp_path / "s.jsonl"
        write_jsonl(rows, inp)
        one = tmp_path / "one.jsonl"
        write_jsonl(rows[:1], one)
        res["startup_wall"] = min(run_cli(one, tmp_path / "one.csv", 1)[0] for _ in range(2))  # the fixed cost
        wall1, peak1 = run_cli(inp, tmp_path / "o1.csv", 1)
        wall2, _ = run_cli(inp, tmp_path / "o2.csv", 2)
        assert (tmp_path / "o1.csv").read_bytes() == (tmp_path / "o2.csv").read_bytes()
        res.update({"cli1_wall": wall1, "cli1_wps": words / wall1, "cli1_ratio": words / wall1 / res["blank_wps"],
                    "cli2_wall": wall2, "speedup_2_vs_1": wall1 / wall2})
        big = tmp_path / "s4.jsonl"
        write_jsonl(stories(4 * args.stories), big)
        wall4, peak4 = run_cli(big, tmp_path / "o4.csv", 1)
        wall4_2, _ = run_cli(big, tmp_path / "o4-2.csv", 2)
        assert (tmp_path / "o4.csv").read_bytes() == (tmp_path / "o4-2.csv").read_bytes()
        res.update({"peak_rss_n_mb": peak1 / 2**20, "peak_rss_4n_mb": peak4 / 2**20, "memory_ratio_4x": peak4 / peak1,
                    "cli1_4n_wall": wall4, "cli2_4n_wall": wall4_2, "speedup_2_vs_1_4n": wall4 / wall4_2,
                    "load_average_1min": os.getloadavg()[0]})
    res["cores"] = os.cpu_count()
    for k, v in res.items():
        print(f"{k:>36}: {v:,.3f}" if isinstance(v, float) else f"{k:>36}: {v}")
    if args.json:
        Path(args.json).write_text(json.dumps(res, indent=1) + "\n")


if __name__ == "__main__":
    main()
