"""Side-by-side CPU seconds per pipeline step for two versions of the code, on the same stories and pattern files.

Wall times on a shared machine say little (other work takes the cores); this compares CPU seconds (process time),
the minimum over interleaved rounds, each version in its own process:

    python benchmarks/ab_steps.py --base /tmp/old-checkout/src --new src --patterns /tmp/pinned/patterns \
        [--stories 1000] [--rounds 3] [--json benchmarks/results-ab-steps.json]

``--base``/``--new`` are ``src`` folders (e.g. of a ``git worktree`` at the older commit); ``--patterns`` is one
pattern folder used by both, so that only code differs. Also reported: the bare ``spacy.blank("en")`` tokenizer in
each process (its spread shows how noisy the machine was).
"""

from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
import time
from pathlib import Path

CORPUS = Path(__file__).resolve().parents[1].parent / "shared" / "corpora" / "reuters21578-train.jsonl"


def child(stories: int, patterns: str) -> dict[str, float]:
    import spacy

    import riskevents
    from throughput import split  # (this folder: the per-step timing the throughput benchmark reports)

    texts = []
    with CORPUS.open(encoding="utf-8") as fh:
        for line in fh:
            texts.append(json.loads(line)["text"])
            if len(texts) >= stories:
                break
    nlp = riskevents.load(overrides={"paths.patterns": patterns})
    blank = spacy.blank("en")
    for t in texts:  # warm both vocabularies: the measured pass creates no new lexemes
        blank(t)
    split(nlp, texts)
    c0 = time.process_time()
    for t in texts:
        blank(t)
    out = {"blank_tokenizer": round(time.process_time() - c0, 3), **split(nlp, texts, clock=time.process_time)}
    out["pipeline_total"] = sum(v for k, v in out.items() if k != "blank_tokenizer")
    return out


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--base")
    ap.add_argument("--new")
    ap.add_argument("--patterns")
    ap.add_argument("--stories", type=int, default=1000)
    ap.add_argument("--rounds", type=int, default=3)
    ap.add_argument("--json", default=None)
    ap.add_argument("--child", action="store_true", help=argparse.SUPPRESS)
    args = ap.parse_args()
    if args.child:
        print(json.dumps(child(args.stories, args.patterns)))
        return
    runs: dict[str, list[dict[str, float]]] = {"base": [], "new": []}
    for _ in range(args.rounds):
        for label, src in (("base", args.base), ("new", args.new)):
            env = dict(os.environ, PYTHONPATH=str(Path(src).resolve()))
            done = subprocess.run([sys.executable, __file__, "--child", "--stories", str(args.stories),
                                   "--patterns", args.patterns], env=env, capture_output=True, text=True, check=True)
            runs[label].append(json.loads(done.stdout.strip().splitlines()[-1]))
    best = {label: {k: round(min(r[k] for r in rs), 3) for k in rs[0]} for label, rs in runs.items()}
    for label in best:
        best[label]["ratio_to_tokenizer"] = round(best[label]["blank_tokenizer"] / best[label]["pipeline_total"], 3)
    res = {"stories": args.stories, "rounds": args.rounds, "cpu_seconds_min": best,
           "load_average_1min": os.getloadavg()[0]}
    print(json.dumps(res, indent=1))
    if args.json:
        Path(args.json).write_text(json.dumps(res, indent=1) + "\n")


if __name__ == "__main__":
    main()
