"""What loading the pipeline costs a fresh process (the CLI, each worker, each Ray actor pays it):
CPU seconds from the first import to the stages built, and the process's memory then (RSS, and
PSS from /proc/self/smaps_rollup, Linux). Prints one JSON object; run it a few times, in fresh
processes, as imports are per process.

    PYTHONPATH=src .venv/bin/python benchmarks/load_cost.py

MiniLM models off, as `make bench` runs (the attribution CRF is used if built).
"""

from __future__ import annotations

import json
import os
import sys
import time


def memory_mb() -> dict[str, int]:
    fields = {}
    try:
        with open("/proc/self/smaps_rollup", encoding="ascii") as rollup:
            for line in rollup:
                name, _, rest = line.partition(":")
                if name in {"Rss", "Pss"}:
                    fields[name.lower() + "_mb"] = int(rest.split()[0]) // 1024
    except OSError:  # not Linux
        pass
    return fields


def main() -> None:
    os.environ["SITREP_ATTRIBUTION_BERT"] = ""
    os.environ["SITREP_EVENT_TYPER"] = ""
    began = time.process_time()
    from sitrep.pipeline import Pipeline, Settings

    Pipeline(Settings(settle_gc=True)).stages  # noqa: B018 - model and stages, as a worker loads them
    print(json.dumps({"load_cpu_seconds": round(time.process_time() - began, 2), **memory_mb(),
                      "torch_imported": "torch" in sys.modules}))


if __name__ == "__main__":
    main()
