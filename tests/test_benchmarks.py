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


def test_the_ray_benchmark_counts_the_cpu_of_processes_that_ended_before_the_run_did():
    import subprocess

    import ray_workers

    as_actor, as_other = ray_workers.RayCpu(), ray_workers.RayCpu()
    # a child that spends ~0.3 s of CPU, waits a little and ends (as Ray Data's actors end
    # when a run's input is done, before the benchmark reads the CPU of what is left)
    child = subprocess.Popen([sys.executable, "-c", "import time\nend = time.process_time() + 0.3\n"
                              "while time.process_time() < end: pass\ntime.sleep(2.5)"])
    child.wait()
    as_actor, as_other = as_actor.stop({child.pid}), as_other.stop(set())
    assert as_actor["actors"] >= 0.25 and as_other["other"] >= 0.25
    assert as_actor["other"] < 0.25  # the child counted once, where it belongs


def test_the_bare_side_runs_with_pythons_collector_and_the_caller_gets_its_own_back():
    import gc

    before = gc.get_threshold(), gc.get_freeze_count()
    with throughput.collector_put_back():
        gc.freeze()
        gc.set_threshold(10_000, 10, 10)  # as sitrep's settled pipeline leaves a process
        with throughput.python_default_collector():
            # a plain spaCy script's collector: nothing frozen, Python's thresholds
            assert gc.get_freeze_count() == 0
            assert gc.get_threshold() == throughput.PYTHON_GC_THRESHOLD
        assert gc.get_freeze_count() > 0 and gc.get_threshold()[0] == 10_000
    assert gc.get_threshold() == before[0]
    assert gc.get_freeze_count() == 0 or before[1] > 0  # unfrozen again if it was before
