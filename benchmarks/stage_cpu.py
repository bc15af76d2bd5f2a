"""CPU milliseconds per article of each sitrep stage over N real articles, parsed once; the least
of several passes, as CPU time is what a shared machine keeps (wall-clock moves with the load).

    PYTHONPATH=src:benchmarks .venv/bin/python benchmarks/stage_cpu.py [--n 100] [--passes 3]

The MiniLM models are off unless --models (as in `make bench`); the attribution CRF is used if
built. Prints one line per stage and a JSON line last.
"""

from __future__ import annotations

import argparse
import json
import os
import time

from corpus import articles  # benchmarks/ is on sys.path when run as a script


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--n", type=int, default=100, help="articles")
    parser.add_argument("--passes", type=int, default=3, help="passes over the same parses")
    parser.add_argument("--models", action="store_true", help="keep the MiniLM models if built")
    args = parser.parse_args()
    if not args.models:
        os.environ["SITREP_ATTRIBUTION_BERT"] = ""
        os.environ["SITREP_EVENT_TYPER"] = ""
    from sitrep.pipeline import Pipeline

    documents = list(articles(args.n))
    pipeline = Pipeline()
    docs = list(pipeline.nlp.pipe((d.text for d in documents), batch_size=16))
    stages = pipeline.stages
    best: dict[str, float] = {}
    for _ in range(args.passes):
        seconds = dict.fromkeys((name for name, _ in stages), 0.0)
        for doc, document in zip(docs, documents):
            layers: dict = {}
            for name, stage in stages:
                started = time.process_time()
                layers.update(stage(doc, document, layers))
                seconds[name] += time.process_time() - started
        best = {k: min(v, best.get(k, v)) for k, v in seconds.items()}
    per_article = {k: round(1000 * v / len(documents), 2) for k, v in best.items()}
    per_article["all stages"] = round(sum(per_article.values()), 2)
    for name, ms in per_article.items():
        print(f"  {name:11} {ms:6.2f} CPU ms/article")
    print(json.dumps({"articles": len(documents), "passes": args.passes,
                      "cpu_ms_per_article": per_article}))


if __name__ == "__main__":
    main()
