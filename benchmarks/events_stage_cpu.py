"""CPU seconds of the events stage alone over N real articles (parsed and run through actors and
quotes first, untimed); the least of three passes, as CPU time is what a shared machine keeps.

    .venv/bin/python benchmarks/events_stage_cpu.py [--n 80]
    SITREP_EVENT_TYPER= .venv/bin/python benchmarks/events_stage_cpu.py   # lexicon only
"""

from __future__ import annotations

import argparse
import time

from sitrep.pipeline import Pipeline, Settings

from corpus import articles  # benchmarks/ is on sys.path when run as a script


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--n", type=int, default=80, help="articles")
    args = parser.parse_args()
    documents = list(articles(args.n))
    pipeline = Pipeline(Settings(stages=("actors", "quotes", "events")))
    stages = dict(pipeline.stages)
    inputs = []
    for doc, document in zip(pipeline.nlp.pipe((d.text for d in documents), batch_size=16),
                             documents):
        layers: dict = {}
        for name in ("actors", "quotes"):
            layers.update(stages[name](doc, document, layers))
        inputs.append((doc, document, layers))
    passes = []
    for _ in range(3):
        started = time.process_time()
        events = sum(len(stages["events"](doc, document, dict(layers))["events"])
                     for doc, document, layers in inputs)
        passes.append(time.process_time() - started)
    print(f"events stage: {min(passes):.2f} CPU s for {len(inputs)} articles, {events} events")


if __name__ == "__main__":
    main()
