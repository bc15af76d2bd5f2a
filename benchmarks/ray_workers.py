"""The Ray path (`sitrep ingest --engine ray`) on a local Ray with 2 CPUs: N articles with
1 extraction actor, then with 2, each in a fresh Ray; then `sitrep load` of the shards. Prints
one JSON object. `seconds` (the headline `speedup_2_over_1`) runs from the call to the last
result: Ray Data's start (its own actors, the actors' processes), the actors' start (each loads
the pipeline) and the run's end included, `ray.init` not. `steady_seconds` is the same run from
the first batch an actor began to the last one that ended, measured the same way for 1 and 2
workers (`speedup_2_over_1_steady`); the actors' report shows how evenly the documents were
shared. An untimed run on 2 articles goes first, so the 1-worker run does not alone pay for
cold file caches.

    python benchmarks/ray_workers.py --n 300
"""

from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
import tempfile
import threading
import time
from pathlib import Path

from corpus import articles
from scale import _cpu_ticks, _tree


def one_run(jsonl: str, workers: int, out: str) -> dict:
    import ray

    from sitrep import ray_ingest
    from sitrep.store import Store, load_shards

    began = time.perf_counter()
    ray_ingest.init_local_ray(num_cpus=2)
    startup = time.perf_counter() - began
    ray_processes = RayCpu()
    began_cpu = time.process_time()
    summary = ray_ingest.run([jsonl], out, workers=workers)
    driver_cpu = time.process_time() - began_cpu  # the driver shares the cores with the actors
    ray_cpu = ray_processes.stop({int(a.rsplit(":", 1)[1]) for a in summary.actors})
    began = time.perf_counter()
    with Store(Path(out).with_suffix(".duckdb")) as store:
        loaded = load_shards(store, out)
    load_seconds = time.perf_counter() - began
    ray.shutdown()
    actors = summary.actors.values()
    start = max((a["load_seconds"] for a in actors), default=0.0)
    ends = [a["last_batch_ended_at"] for a in actors]
    return {"workers": workers, "documents": summary.documents, "failed": summary.failed,
            "ray_init_seconds": round(startup, 1), "seconds": round(summary.seconds, 1),
            "articles_per_min": round(60 * summary.documents / summary.seconds, 1),
            # each actor's start (imports, model and stages) runs before its first batch
            "actor_start_seconds": round(start, 1),
            "seconds_after_actor_start": round(summary.seconds - start, 1),
            "steady_seconds": round(summary.steady_seconds, 1),
            # the driver's part of the start: importing Ray Data, planning the read
            "executed_at": round(summary.executed_at, 1),
            "steady_articles_per_min": round(60 * summary.documents / summary.steady_seconds, 1)
            if summary.steady_seconds else None,
            "driver_cpu_seconds": round(driver_cpu, 1),
            # the CPU every other Ray process spent in the run (Ray Data's helper actors, the
            # read task, raylet, GCS, agents) and the actors' processes (their start included)
            "ray_other_cpu_seconds": round(ray_cpu["other"], 1),
            "actor_processes_cpu_seconds": round(ray_cpu["actors"], 1),
            "per_actor": [{"documents": a["documents"], "batches": a["batches"],
                           "start_cpu_seconds": round(a["load_cpu_seconds"], 1),
                           "busy_seconds": round(a["seconds"], 1),
                           "cpu_seconds": round(a["cpu_seconds"], 1),
                           # its timeline, seconds from the call: its process started, its
                           # constructor began and ended (the pipeline loaded), its first batch
                           # began, its last one ended, and the wait for a next batch in between
                           **{f"{key}_at": _round(a[f"{key}_at"]) for key in
                              ("process_started", "init_began", "init_ended")},
                           "first_batch_at": round(a["first_batch_began_at"], 1),
                           "last_batch_end_at": round(a["last_batch_ended_at"], 1),
                           "idle_between_batches_seconds": round(a["idle_seconds"], 2)}
                          for a in actors],
            # how long one actor sat done while the other finished its last batch, and the
            # run's end after the last batch (the driver's last result, Ray Data's shutdown)
            "tail_seconds": round(max(ends) - min(ends), 1) if ends else None,
            "after_last_batch_seconds": round(summary.seconds - max(ends), 1) if ends else None,
            "load_seconds": round(load_seconds, 2), "loaded": loaded}


def _round(seconds: float | None) -> float | None:
    return None if seconds is None else round(seconds, 1)


class RayCpu:
    """The CPU seconds every process Ray started for this driver (its descendants) spends from
    now on, read from /proc once a second and at the end, the last value seen for each: Ray
    Data stops its actors as the run ends, so reading only at the end would miss them (a
    process that ends loses at most its last second)."""

    INTERVAL = 1.0

    def __init__(self):
        self.before = _ray_cpu_ticks()
        self.last = dict(self.before)
        self._done = threading.Event()
        self._thread = threading.Thread(target=self._sample, daemon=True)
        self._thread.start()

    def _sample(self) -> None:
        while not self._done.wait(self.INTERVAL):
            self.last.update(_ray_cpu_ticks())

    def stop(self, actors: set[int]) -> dict[str, float]:
        """CPU seconds spent since the start: the actors' processes and the others'."""
        self._done.set()
        self._thread.join()
        self.last.update(_ray_cpu_ticks())
        spent = {"actors": 0.0, "other": 0.0}
        for pid, ticks in self.last.items():
            spent["actors" if pid in actors else "other"] += ticks - self.before.get(pid, 0)
        return {k: v / os.sysconf("SC_CLK_TCK") for k, v in spent.items()}


def _ray_cpu_ticks() -> dict[int, int]:
    """CPU ticks so far of every process Ray started for this driver (its descendants)."""
    return {pid: ticks for pid in _tree(os.getpid())
            if pid != os.getpid() and (ticks := _cpu_ticks(pid))}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--n", type=int, default=300)
    parser.add_argument("--one", nargs=3, metavar=("JSONL", "WORKERS", "OUT"),
                        help=argparse.SUPPRESS)  # a single run, in its own process
    args = parser.parse_args()
    if args.one:
        print(json.dumps(one_run(args.one[0], int(args.one[1]), args.one[2])))
        return
    with tempfile.TemporaryDirectory() as tmp:
        jsonl = Path(tmp) / "articles.jsonl"
        with jsonl.open("w", encoding="utf-8") as f:
            for d in articles(args.n):
                f.write(json.dumps({"text": d.text, "title": d.title, "source": d.source,
                                    "published": d.published.isoformat() if d.published else None})
                        + "\n")
        warm = Path(tmp) / "warm-up.jsonl"  # a first run pays cold caches (imports, model
        warm.write_text("".join(jsonl.read_text(encoding="utf-8").splitlines(True)[:2]),
                        encoding="utf-8")  # files); untimed, so the 1-worker run does not
        runs = []
        for workers, source in ((0, warm), (1, jsonl), (2, jsonl)):
            done = subprocess.run(
                [sys.executable, __file__, "--one", str(source), str(max(workers, 1)),
                 str(Path(tmp) / f"shards-{workers}")],
                capture_output=True, text=True, check=True)
            if workers:
                runs.append(json.loads(done.stdout.strip().splitlines()[-1]))
    print(json.dumps({"articles": args.n, "runs": runs,
                      "speedup_2_over_1": _speedup(runs, "seconds"),
                      "speedup_2_over_1_after_actor_start":
                      _speedup(runs, "seconds_after_actor_start"),
                      "speedup_2_over_1_steady": _speedup(runs, "steady_seconds")}))


def _speedup(runs: list[dict], key: str) -> float | None:
    one, two = runs[0][key], runs[1][key]
    return round(one / two, 2) if two > 0 else None


if __name__ == "__main__":
    main()
