"""Seconds per pipeline stage over N real articles: how much each stage costs next to the parse.

    .venv/bin/python benchmarks/stage_times.py [--n 80]
"""

from __future__ import annotations

import argparse
import time
from collections import defaultdict

from sitrep.pipeline import Pipeline

from corpus import articles  # benchmarks/ is on sys.path when run as a script


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--n", type=int, default=80, help="articles")
    args = parser.parse_args()
    documents = list(articles(args.n))
    pipeline = Pipeline()
    started = time.perf_counter()
    docs = list(pipeline.nlp.pipe((d.text for d in documents), batch_size=16))
    seconds = defaultdict(float, parse=time.perf_counter() - started)
    counts = defaultdict(int)
    for doc, document in zip(docs, documents):
        layers: dict = {}
        for name, stage in pipeline.stages:
            started = time.perf_counter()
            layers.update(stage(doc, document, layers))
            seconds[name] += time.perf_counter() - started
        counts["times"] += len(layers.get("times") or [])
        counts["events dated by text"] += sum(
            1 for e in layers.get("events") or [] if e.time and e.time["source"] == "text")
        counts["events"] += len(layers.get("events") or [])
    print(f"{len(documents)} articles, {sum(len(d.text) for d in documents):,} characters")
    for name, value in seconds.items():
        print(f"  {name:8} {value:6.2f} s")
    print("  " + ", ".join(f"{k}: {v}" for k, v in counts.items()))


if __name__ == "__main__":
    main()
