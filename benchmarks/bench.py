"""sitrep's speed and scale benchmark (issue 9), one command: `make bench` (`make bench QUICK=1`
for a few minutes' check). Writes a JSON report (default bench-report.json) with:

1. throughput: full sitrep extraction (rule layers + attribution CRF if built; --models adds
   the MiniLM ones) vs bare spaCy `nlp.pipe` (en_core_web_sm, all default
   components), same articles, same run, on 1 and 2 processes: articles/s, words/s, the ratio;
   and the cost of each spaCy component and sitrep stage;
2. peak memory of a streaming `ingest --workers 2` at two sizes (1k and 10k articles);
3. DuckDB: write rate and the ready queries' latency on the larger store;
4. the Ray path with 1 vs 2 local workers, on a short run (300 articles: Ray's fixed start weighs
   on it) and on a longer one (1,000).

Input: the AllSides world/conflict corpus in ../shared/corpora, repeated as needed. Absolute
rates depend on the machine and on what else runs on it; the report records the core count and
load average so figures can be read in context.

    python benchmarks/bench.py [--quick] [--out bench-report.json] [--skip ray,scale]
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import subprocess
import sys
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

SIZES = {  # full run < 60 min on 2 cores; --quick a few minutes
    "full": {"throughput": 400, "repeats": 2, "layers": 120, "scale": (1000, 10000),
             "ray": (300, 1000)},
    "quick": {"throughput": 60, "repeats": 1, "layers": 30, "scale": (100, 400), "ray": (48,)},
}


def _machine() -> dict:
    return {"cpu": platform.processor() or platform.machine(), "cores": os.cpu_count(),
            "load_average_1_5_15": [round(x, 2) for x in os.getloadavg()],
            "python": platform.python_version()}


def _subprocess_json(script: str, *args: str) -> dict:
    done = subprocess.run([sys.executable, str(HERE / script), *args], capture_output=True,
                          text=True)
    if done.returncode:
        raise SystemExit(f"error: {script} failed:\n{done.stderr[-2000:]}")
    return json.loads(done.stdout.strip().splitlines()[-1])


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--quick", action="store_true", help="small sizes, a few minutes")
    parser.add_argument("--out", type=Path, default=Path("bench-report.json"))
    parser.add_argument("--skip", default="", help="comma-separated: throughput,layers,scale,ray")
    parser.add_argument("--models", action="store_true",
                        help="keep the MiniLM models on if built (attribution tagger, event "
                             "typer); by default they are off: opt-in, they run a transformer")
    args = parser.parse_args()
    if not args.models:  # inherited by the worker processes, Ray and the sub-benchmarks
        os.environ["SITREP_ATTRIBUTION_BERT"] = ""
        os.environ["SITREP_EVENT_TYPER"] = ""
    sizes = SIZES["quick" if args.quick else "full"]
    skip = set(filter(None, args.skip.split(",")))
    from corpus import CORPUS, articles

    import sitrep

    from sitrep.pipeline import Pipeline

    report = {"sitrep": sitrep.__version__, "pipeline_version": Pipeline().version,
              "minilm_models": "as built" if args.models else "off",
              "corpus": str(CORPUS.name), "quick": args.quick, "machine": _machine(),
              "started": time.strftime("%Y-%m-%d %H:%M:%S")}

    def save() -> None:
        report["machine_at_end"] = _machine()
        args.out.write_text(json.dumps(report, indent=2) + "\n")

    if "throughput" not in skip:
        import throughput

        documents = list(articles(sizes["throughput"]))
        print(f"throughput: {len(documents)} articles, bare spaCy vs sitrep, 1 and 2 processes",
              file=sys.stderr)
        report["throughput"] = throughput.compare(documents, (1, 2), sizes["repeats"])
        save()
    if "layers" not in skip:
        import throughput

        print(f"layers: cost per component and stage, {sizes['layers']} articles",
              file=sys.stderr)
        report["layer_costs"] = throughput.layer_costs(list(articles(sizes["layers"])))
        save()
    if "scale" not in skip:
        report["scale"] = []
        for n in sizes["scale"]:
            print(f"scale: streaming ingest of {n} articles, 2 workers", file=sys.stderr)
            report["scale"].append(_subprocess_json("scale.py", "--n", str(n), "--workers", "2"))
            save()
    if "ray" not in skip:
        report["ray"] = []
        for n in sizes["ray"]:
            print(f"ray: {n} articles on 1 then 2 local workers", file=sys.stderr)
            report["ray"].append(_subprocess_json("ray_workers.py", "--n", str(n)))
            save()
    report["finished"] = time.strftime("%Y-%m-%d %H:%M:%S")
    save()
    print(json.dumps(report, indent=2))
    print(f"report: {args.out}", file=sys.stderr)


if __name__ == "__main__":
    main()
