"""Seconds per pipeline stage over N real articles: how much each stage costs next to the parse.

    .venv/bin/python benchmarks/stage_times.py [--n 80]
"""

from __future__ import annotations

import argparse
import time
from collections import defaultdict
from pathlib import Path

from sitrep.ingest import read_inputs
from sitrep.pipeline import Pipeline
from sitrep.records import Document

CORPUS = (Path(__file__).resolve().parents[2] / "shared" / "corpora" /
          "allsides_article_bias_conflict" / "allsides_conflict_world.jsonl.gz")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--n", type=int, default=80, help="articles")
    args = parser.parse_args()
    documents = []
    for item in read_inputs([str(CORPUS)]):
        if isinstance(item, Document):
            documents.append(item)
        if len(documents) >= args.n:
            break
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
