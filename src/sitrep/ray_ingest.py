"""`sitrep ingest --engine ray`: extraction as Ray Data `map_batches` over JSON Lines or Parquet
inputs, written as Parquet shards of every store table; `sitrep load` merges them into a store.

Each actor of the pool loads the Pipeline once, turns each batch of input rows into the store's
rows (sitrep.store.to_arrow) and writes them as one Parquet file per table,
`OUT/<table>/<batch>.parquet`; it returns only a summary row, so the documents never travel
through Ray's object store. A retried batch may leave a second copy of its files:
`sitrep load` takes every document once. Ray decides where actors run: on this machine (`ray.init()` starts a
local instance) or on a cluster (`--address auto` on a cluster node, `ray://HEAD:10001` from
outside). On a cluster, the inputs and OUT must be on a file system every node sees (NFS…).
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from datetime import date, datetime
from pathlib import Path

import pyarrow as pa

JSONL_SUFFIXES = (".jsonl", ".jsonl.gz", ".json", ".json.gz", ".ndjson", ".ndjson.gz")
PARQUET_SUFFIXES = (".parquet",)


@dataclass
class RayIngestSummary:
    documents: int = 0
    failed: int = 0
    seconds: float = 0.0
    errors: list[str] = field(default_factory=list)
    out: str = ""
    # Where the time went, as the actors report it: each actor's start (loading the pipeline),
    # its seconds extracting (wall and CPU: less CPU than wall means it waited for a core) and
    # the documents it extracted (a lopsided split shows here).
    actors: dict[str, dict] = field(default_factory=dict)

    def render(self) -> str:
        rate = self.documents / self.seconds if self.seconds else 0.0
        return (f"extracted {self.documents} documents into {self.out} ({self.failed} failed; "
                f"{self.seconds:.1f} s, {rate:.1f} docs/s)\n"
                f"next: sitrep load {self.out} --db sitrep.duckdb")


class ExtractBatch:
    """A Ray Data actor: loads the Pipeline once, then extracts batches of input rows and
    writes their rows of every table as Parquet shards under `out`."""

    def __init__(self, out: str, published: date | None = None):
        import os
        import time

        from sitrep.pipeline import Pipeline, Settings
        from sitrep.store import Store

        began = time.perf_counter()
        self.actor = f"{os.uname().nodename}:{os.getpid()}"
        self.pipeline = Pipeline(Settings(settle_gc=True))  # a Ray actor owns its process
        self.pipeline.stages  # noqa: B018 - load now, not inside the first batch
        self.out = Path(out)
        self.published = published
        self.schema_store = Store(":memory:")  # the store's column types, for the shards
        self.load_seconds = time.perf_counter() - began  # reported with the first batch

    def __call__(self, batch: pa.Table) -> pa.Table:
        import time
        import uuid

        import pyarrow.parquet as pq

        from sitrep.store import to_arrow

        began, began_cpu = time.perf_counter(), time.process_time()
        documents, errors = _documents(batch.to_pylist(), self.published)
        extractions = list(self.pipeline.extract_many(
            documents, on_error=lambda d, exc: errors.append(
                f"{d.origin or d.id}: extraction failed ({type(exc).__name__}: {exc})")))
        name = f"{uuid.uuid4().hex}.parquet"
        for table, rows in to_arrow(self.schema_store, extractions).items():
            if rows.num_rows:
                (self.out / table).mkdir(parents=True, exist_ok=True)
                pq.write_table(rows, self.out / table / name)
        load_seconds, self.load_seconds = self.load_seconds, 0.0
        return pa.table({"documents": [len(extractions)], "errors": [errors],
                         "actor": [self.actor], "load_seconds": [load_seconds],
                         "seconds": [time.perf_counter() - began],
                         "cpu_seconds": [time.process_time() - began_cpu]})


def _documents(rows: list[dict], published: date | None):
    """Documents from input rows (a JSON Lines line under `line`, or a Parquet row), by the
    same rules as `sitrep ingest`; errors as one-line strings."""
    from sitrep.errors import InputError
    from sitrep.ingest.jsonl import document_from_record

    documents, errors = [], []
    for row in rows:
        where = row.pop("path", None) or "input"
        try:
            if "line" in row and set(row) == {"line"}:
                if not row["line"].strip():
                    continue
                record = json.loads(row["line"])
                if not isinstance(record, dict):
                    raise InputError(where, f"not a JSON object but {type(record).__name__}")
            else:
                record = {k: v.isoformat() if isinstance(v, (date, datetime)) else v
                          for k, v in row.items()}
            documents.append(document_from_record(record, where, published))
        except json.JSONDecodeError as exc:
            errors.append(f"{where}: not JSON ({exc.msg})")
        except InputError as exc:
            errors.append(str(exc))
    return documents, errors


def read_dataset(paths: list[str]):
    """One Ray dataset over the inputs: JSON Lines are read line by line (each parsed by the
    actor exactly as `sitrep ingest` parses it), Parquet row by row."""
    import ray.data

    from sitrep.errors import SitrepError

    jsonl = [p for p in paths if p.endswith(JSONL_SUFFIXES)]
    parquet = [p for p in paths if p.endswith(PARQUET_SUFFIXES)]
    other = sorted(set(paths) - set(jsonl) - set(parquet))
    if other:
        raise SitrepError(f"{other[0]}: --engine ray reads JSON Lines (.jsonl, .jsonl.gz) and "
                          "Parquet (.parquet); use the default engine for other inputs")
    # Reading is light next to extraction; without a CPU of its own a read task can always be
    # scheduled, where one needing a CPU waits forever once the actors hold them all.
    datasets = []
    if jsonl:
        lines = ray.data.read_text(jsonl, include_paths=True, num_cpus=0)
        datasets.append(lines.rename_columns({"text": "line"}))
    if parquet:
        datasets.append(ray.data.read_parquet(parquet, include_paths=True, num_cpus=0))
    return datasets[0] if len(datasets) == 1 else datasets[0].union(*datasets[1:])


def run(paths: list[str], out: str | Path, address: str | None = None, workers: int = 1,
        batch_size: int = 16, published: date | None = None) -> RayIngestSummary:
    """Extract `paths` on Ray (`workers` actors, one CPU each) into Parquet shards in `out`."""
    import logging
    import time

    import ray

    logging.getLogger("ray.data").setLevel(logging.WARNING)  # no per-dataset INFO lines
    started = time.perf_counter()
    out = Path(out)
    if not ray.is_initialized():
        if address:  # an existing cluster: its own settings apply
            ray.init(address=address)
        else:  # a local instance for this run, quiet
            ray.init(include_dashboard=False, log_to_driver=False, configure_logging=False)
    context = ray.data.DataContext.get_current()
    context.enable_progress_bars = False
    # Small blocks: an actor task takes whole blocks (at least `batch_size` rows of them), so
    # blocks are what a run is split by. At ~16 kB per document of a batch, a block held ~40
    # news articles (~6 kB of JSON each) and 2 actors split 120 articles 73 to 47; at ~2 kB a
    # block holds a few articles and a task about one batch. (`repartition` by rows would be
    # exact, but its tasks need a CPU, which the actors hold: the run stalls.)
    context.target_max_block_size = batch_size * 2 * 1024
    (out / "documents").mkdir(parents=True, exist_ok=True)
    # One task at a time per actor: with Ray's default of several queued per actor, the first
    # actor up took most of a short run (48 articles: 39 to 9), the other idle to the end.
    pool = ray.data.ActorPoolStrategy(size=workers, max_tasks_in_flight_per_actor=1)
    batches = read_dataset(paths).map_batches(
        ExtractBatch, fn_constructor_kwargs={"out": str(out.resolve()), "published": published},
        compute=pool, batch_size=batch_size, batch_format="pyarrow", num_cpus=1)
    summary = RayIngestSummary(out=str(out))
    for row in batches.iter_rows():  # runs the pipeline; one small row per batch
        summary.documents += row["documents"]
        summary.errors += list(row["errors"])
        actor = summary.actors.setdefault(row["actor"], {"load_seconds": 0.0, "seconds": 0.0,
                                                         "cpu_seconds": 0.0, "documents": 0})
        for key in actor:
            actor[key] += row[key]
    summary.failed = len(summary.errors)
    summary.seconds = time.perf_counter() - started
    return summary
