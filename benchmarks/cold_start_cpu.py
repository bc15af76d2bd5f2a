"""CPU seconds of extracting the same articles in a fresh process and in one that has already
extracted others: what every new worker (a Ray actor, an `ingest --workers` process) pays while
its memos and caches fill, which a run of N workers pays N times. Each side in its own process.

    PYTHONPATH=src:benchmarks .venv/bin/python benchmarks/cold_start_cpu.py [--n 150] [--rounds 2]

MiniLM models off, as `make bench` runs (the attribution CRF is used if built). Articles n..2n-1
are timed; the warm side extracts articles 0..n-1 first. Prints one JSON line per round.
"""

from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
import time


def _side(n: int, warm: bool) -> float:
    from corpus import articles  # benchmarks/ is on sys.path when run as a script

    from sitrep.pipeline import Pipeline, Settings

    documents = list(articles(2 * n))
    pipeline = Pipeline(Settings(settle_gc=True))  # as a worker process or Ray actor loads it
    pipeline.stages  # noqa: B018 - load now, as a worker does before its first article
    if warm:
        list(pipeline.extract_many(documents[:n]))
    started = time.process_time()
    list(pipeline.extract_many(documents[n:]))
    return time.process_time() - started


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--n", type=int, default=150, help="articles timed")
    parser.add_argument("--rounds", type=int, default=2, help="fresh and warm, alternating")
    parser.add_argument("--side", choices=["fresh", "warm"], help=argparse.SUPPRESS)
    args = parser.parse_args()
    os.environ["SITREP_ATTRIBUTION_BERT"] = ""
    os.environ["SITREP_EVENT_TYPER"] = ""
    if args.side:
        print(json.dumps(_side(args.n, args.side == "warm")))
        return
    for _ in range(args.rounds):
        seconds = {side: json.loads(subprocess.run(
            [sys.executable, __file__, "--n", str(args.n), "--side", side], check=True,
            capture_output=True, text=True).stdout.splitlines()[-1])
            for side in ("fresh", "warm")}
        print(json.dumps({"articles": args.n,
                          **{f"{side}_cpu_seconds": round(s, 2) for side, s in seconds.items()},
                          "fresh_extra_cpu_seconds": round(seconds["fresh"] - seconds["warm"], 2)}))


if __name__ == "__main__":
    main()
