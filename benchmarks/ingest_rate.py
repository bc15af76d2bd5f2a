"""Ingest throughput on real news: documents and characters per second, end to end.

Reads N articles from the AllSides conflict corpus (../shared/corpora), runs the full pipeline
and writes a fresh DuckDB store, then re-runs the same input to time the no-op path.

    .venv/bin/python benchmarks/ingest_rate.py [--n 500] [--batch-size 16] [--workers 2]
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import tempfile
import time
from pathlib import Path

from sitrep.ingest import read_inputs
from sitrep.runner import IngestRun
from sitrep.store import Store

CORPUS = (Path(__file__).resolve().parents[2] / "shared" / "corpora" /
          "allsides_article_bias_conflict" / "allsides_conflict_world.jsonl.gz")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--n", type=int, default=500, help="articles to ingest (0 = all)")
    parser.add_argument("--batch-size", type=int, default=16)
    parser.add_argument("--workers", type=int, default=1, help="parser processes")
    parser.add_argument("--corpus", type=Path, default=CORPUS)
    args = parser.parse_args()

    items = list(read_inputs([str(args.corpus)]))
    if args.n:
        items = items[: args.n]
    with tempfile.TemporaryDirectory() as tmp:
        db = os.path.join(tmp, "bench.duckdb")
        with Store(db) as store:
            run = IngestRun(store, batch_size=args.batch_size, workers=args.workers,
                            show_progress=False)
            started = time.perf_counter()
            first = run.ingest(iter(items))
            first_s = time.perf_counter() - started
            started = time.perf_counter()
            second = run.ingest(iter(items))
            second_s = time.perf_counter() - started
    result = {
        "corpus": str(args.corpus.name),
        "documents": first.added,
        "failed": first.failed,
        "characters": first.characters,
        "seconds": round(first_s, 2),
        "docs_per_s": round(first.added / first_s, 2),
        "kchars_per_s": round(first.characters / first_s / 1000, 1),
        "rerun_seconds": round(second_s, 2),
        "rerun_added": second.added,
        "batch_size": args.batch_size,
        "workers": args.workers,
        "cpu": platform.processor() or platform.machine(),
        "cores": os.cpu_count(),
    }
    print(json.dumps(result, indent=2))


if __name__ == "__main__":
    main()
