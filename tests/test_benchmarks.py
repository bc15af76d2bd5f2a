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


def test_the_ray_benchmark_counts_the_cpu_of_the_processes_the_run_started():
    import subprocess

    import ray_workers

    before = ray_workers._ray_cpu_ticks()
    # a child that spends ~0.3 s of CPU and then waits (an actor between batches, say)
    child = subprocess.Popen([sys.executable, "-c", "import time\nend = time.process_time() + 0.3\n"
                              "while time.process_time() < end: pass\nprint(flush=True)\n"
                              "time.sleep(30)"], stdout=subprocess.PIPE)
    try:
        child.stdout.readline()
        as_actor = ray_workers._ray_cpu_seconds(before, {child.pid})
        as_other = ray_workers._ray_cpu_seconds(before, set())
    finally:
        child.kill()
        child.wait()
    assert as_actor["actors"] >= 0.25 and as_other["other"] >= 0.25
    assert as_actor["other"] < 0.25  # the child counted once, where it belongs
