"""CPU milliseconds per article of full sitrep extraction and of bare spaCy `nlp.pipe`
(en_core_web_sm, every default component) on the same articles in one process, and their ratio:
the figure of `throughput.py` without its wall-clock rounds, for a machine shared with other
jobs. Two passes of each side, alternating; the least of each counts.

    PYTHONPATH=src:benchmarks .venv/bin/python benchmarks/full_cpu.py [--n 100]

MiniLM models off, as `make bench` runs (the attribution CRF is used if built). Each side's
garbage collector as its users have it, as in `throughput.py`: sitrep's settled, bare spaCy's
Python's default.
"""

from __future__ import annotations

import argparse
import importlib
import json
import os
import time

from corpus import articles  # benchmarks/ is on sys.path when run as a script
from throughput import python_default_collector


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--n", type=int, default=100, help="articles")
    parser.add_argument("--passes", type=int, default=2, help="passes of each side")
    args = parser.parse_args()
    os.environ["SITREP_ATTRIBUTION_BERT"] = ""
    os.environ["SITREP_EVENT_TYPER"] = ""
    from sitrep.nlp import MODEL_PACKAGE
    from sitrep.pipeline import Pipeline, Settings

    documents = list(articles(args.n))
    texts = [d.text for d in documents]
    bare = importlib.import_module(MODEL_PACKAGE).load()
    pipeline = Pipeline(Settings(settle_gc=True))  # as `sitrep extract` / `ingest` run it
    list(pipeline.extract_many(documents[:8]))  # warm-up: lazy loads
    with python_default_collector():
        list(bare.pipe(texts[:8], batch_size=16))
    best = {"bare": float("inf"), "full": float("inf")}
    for _ in range(args.passes):
        for side in best:
            started = time.process_time()
            if side == "bare":
                with python_default_collector():
                    list(bare.pipe(texts, batch_size=16))
            else:
                list(pipeline.extract_many(documents))
            best[side] = min(best[side], 1000 * (time.process_time() - started) / len(texts))
    print(json.dumps({"articles": len(texts), "bare_spacy_cpu_ms": round(best["bare"], 1),
                      "sitrep_full_cpu_ms": round(best["full"], 1),
                      "ratio_full_over_bare_cpu_time": round(best["bare"] / best["full"], 3)}))


if __name__ == "__main__":
    main()
