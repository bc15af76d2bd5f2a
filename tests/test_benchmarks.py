"""The benchmarks run (their figures are not asserted: speed is measured by `make bench`, never
by a timed test). A pipeline component that breaks the per-layer cost breakdown would
otherwise only show when someone runs the hour-long `make bench`."""

from __future__ import annotations

import sys
from pathlib import Path

from sitrep.records import Document

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "benchmarks"))

import throughput  # noqa: E402  (benchmarks/ is no package)


def test_the_layer_cost_breakdown_covers_every_component_and_stage():
    texts = ["Russia's defence ministry said on Monday it would keep its base at Khmeimim.",
             "“We are forced to leave,” the official said.\n\nTartous port was quiet."]
    report = throughput.layer_costs([Document.from_text(t) for t in texts])
    layers = report["layers"]
    assert report["articles"] == 2
    assert {"spacy:tokenizer", "spacy:sitrep_boundaries", "spacy:parser", "spacy:ner"} <= set(layers)
    assert {"stage:actors", "stage:quotes", "stage:places"} <= set(layers)
