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
    # Where the time went, as the actors report it: each actor's start (loading the pipeline:
    # wall seconds, and its process's CPU until then), its seconds extracting (wall and CPU:
    # less CPU than wall means it waited for a core) and the documents it extracted (a
    # lopsided split shows here); and its timeline from the run's start (`run`): when its
    # process started, when its constructor began and ended (the pipeline loaded), when its
    # first batch began and its last ended, and how long it waited between batches in that time.
    actors: dict[str, dict] = field(default_factory=dict)
    # The run's steady state: from the first batch an actor began to the last one that ended
    # (the actors' clocks), so without Ray's start, the actors' start and the run's end.
    steady_seconds: float = 0.0
    # When the driver had planned the dataset and asked for its rows (seconds from the call):
    # before it, the driver starts Ray (unless it runs already), imports Ray Data and plans the
    # read; no actor of the run exists yet.
    executed_at: float = 0.0

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

        began, self.init_began_at = time.perf_counter(), time.time()
        self.process_started_at = _process_started_at()
        self.actor = f"{os.uname().nodename}:{os.getpid()}"
        self.pipeline = Pipeline(Settings(settle_gc=True))  # a Ray actor owns its process
        self.pipeline.stages  # noqa: B018 - load now, not inside the first batch
        self.out = Path(out)
        self.published = published
        self.schema_store = Store(":memory:")  # the store's column types, for the shards
        self.load_seconds = time.perf_counter() - began  # reported with the first batch
        # the process's CPU so far: starting the Ray worker, importing, loading the pipeline
        self.load_cpu_seconds = time.process_time()
        self.init_ended_at = time.time()

    def __call__(self, batch: pa.Table) -> pa.Table:
        import time
        import uuid

        import pyarrow.parquet as pq

        from sitrep.store import to_arrow

        began, began_cpu, began_at = time.perf_counter(), time.process_time(), time.time()
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
        load_cpu_seconds, self.load_cpu_seconds = self.load_cpu_seconds, 0.0
        return pa.table({"documents": [len(extractions)], "errors": [errors],
                         "actor": [self.actor], "load_seconds": [load_seconds],
                         "load_cpu_seconds": [load_cpu_seconds],
                         "seconds": [time.perf_counter() - began],
                         "cpu_seconds": [time.process_time() - began_cpu],
                         "process_started_at": [self.process_started_at],
                         "init_began_at": [self.init_began_at],
                         "init_ended_at": [self.init_ended_at],
                         "began_at": [began_at], "ended_at": [time.time()]})


def _process_started_at() -> float:
    """When this process started (epoch seconds), from /proc on Linux; 0.0 elsewhere."""
    import os
    try:
        ticks = int(Path("/proc/self/stat").read_text().rsplit(")", 1)[1].split()[19])
        boot = next(float(line.split()[1]) for line in Path("/proc/stat").read_text().splitlines()
                    if line.startswith("btime "))
    except (OSError, ValueError, IndexError, StopIteration):
        return 0.0
    return boot + ticks / os.sysconf("SC_CLK_TCK")


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


# A news article as a line of JSON (~900 words): blocks are cut by bytes, this many per article.
ARTICLE_BYTES = 6 * 1024
# Articles per actor task unless told otherwise (`sitrep ingest --engine ray --batch-size`).
TASK_DOCUMENTS = 8


# Ray lowers each worker process's priority by this much (its `worker_niceness` setting, 15 by
# default), so that a cluster node's own daemons stay responsive. On a local instance that a
# sitrep run starts for itself, the actors are the run: at +15 any other busy process on the
# machine (even one at `nice` 10) takes the cores from them, and with 2 actors on 2 cores the
# second actor starved (`make bench`, seventh pass: 0.97x over 1 actor). 0: the workers run
# at the niceness of the command that started them, as `--workers N` processes do.
LOCAL_WORKER_NICENESS = "0"


def init_local_ray(**options) -> None:
    """Start a local Ray instance for this process, quiet, its workers as nice as this process.
    Ray's raylet reads its settings from `RAY_<name>` variables when it starts (ray.init starts
    it) and passes them on to the workers it starts; one the user has set is kept."""
    import os

    import ray
    options = {"include_dashboard": False, "log_to_driver": False, "configure_logging": False,
               **options}
    had = os.environ.get("RAY_worker_niceness")
    os.environ.setdefault("RAY_worker_niceness", LOCAL_WORKER_NICENESS)
    try:
        ray.init(**options)
    finally:  # the raylet has its copy; leave this process's environment as it was
        if had is None:
            os.environ.pop("RAY_worker_niceness", None)


def run(paths: list[str], out: str | Path, address: str | None = None, workers: int = 1,
        batch_size: int = TASK_DOCUMENTS, published: date | None = None) -> RayIngestSummary:
    """Extract `paths` on Ray (`workers` actors, one CPU each) into Parquet shards in `out`;
    each actor task extracts one block of about `batch_size` articles."""
    import logging
    import time

    import ray

    logging.getLogger("ray.data").setLevel(logging.WARNING)  # no per-dataset INFO lines
    started, started_at = time.perf_counter(), time.time()  # time.time(): the actors' clock
    out = Path(out)
    if not ray.is_initialized():
        if address:  # an existing cluster: its own settings apply
            ray.init(address=address)
        else:  # a local instance for this run, quiet
            init_local_ray()
    context = ray.data.DataContext.get_current()
    context.enable_progress_bars = False
    # A task is one block, extracted as one batch (`batch_size=None`), and blocks are cut by
    # bytes: about `batch_size` articles, and as much text (work) in each. With a number of rows
    # per task instead, Ray bundles blocks until it has that many and splits off the remainder
    # (16 rows from blocks of 6: tasks of 16 + 2). Small tasks share a run's end evenly (the
    # last one an actor takes is short) at ~10 ms each for the shards' files. (`repartition` by
    # rows would be exact, but its tasks need a CPU, which the actors hold: the run stalls.)
    context.target_max_block_size = batch_size * ARTICLE_BYTES
    (out / "documents").mkdir(parents=True, exist_ok=True)
    # Two tasks in flight per actor: the next one is on the actor when the last ends, instead of
    # waiting for the driver to see the end and send it (2 workers, 300 articles, loaded machine:
    # 1.4 s idle per actor between batches with one in flight, 0.2 s with two). More would let
    # the first actor up queue much of a short run (Ray's default: 39 of 48 articles).
    pool = ray.data.ActorPoolStrategy(size=workers, max_tasks_in_flight_per_actor=2)
    batches = read_dataset(paths).map_batches(
        ExtractBatch, fn_constructor_kwargs={"out": str(out.resolve()), "published": published},
        compute=pool, batch_size=None, batch_format="pyarrow", num_cpus=1)
    summary = RayIngestSummary(out=str(out))
    summary.executed_at = time.time() - started_at  # Ray Data starts its work from here
    for row in batches.iter_rows():  # runs the pipeline; one small row per batch
        summary.documents += row["documents"]
        summary.errors += list(row["errors"])
        _add_batch(summary.actors, row, started_at)
    summary.failed = len(summary.errors)
    if summary.actors:
        summary.steady_seconds = max(0.0, max(
            a["last_batch_ended_at"] for a in summary.actors.values()) - min(
            a["first_batch_began_at"] for a in summary.actors.values()))
    summary.seconds = time.perf_counter() - started
    return summary


_SUMMED = ("load_seconds", "load_cpu_seconds", "seconds", "cpu_seconds", "documents")


def _add_batch(actors: dict[str, dict], row: dict, started_at: float) -> None:
    """Count one batch's summary row into its actor's figures. An actor runs one batch at a
    time, so the time between its first batch's start and its last one's end that it did not
    spend in a batch (`idle_seconds`) is time it waited for the next one."""
    actor = actors.setdefault(row["actor"], {
        **dict.fromkeys(_SUMMED, 0.0), "documents": 0, "batches": 0,
        "first_batch_began_at": float("inf"), "last_batch_ended_at": 0.0})
    for key in _SUMMED:
        actor[key] += row[key]
    actor["batches"] += 1
    for key in ("process_started_at", "init_began_at", "init_ended_at"):
        actor[key] = row[key] - started_at if row[key] else None
    actor["first_batch_began_at"] = min(actor["first_batch_began_at"],
                                        row["began_at"] - started_at)
    actor["last_batch_ended_at"] = max(actor["last_batch_ended_at"], row["ended_at"] - started_at)
    actor["idle_seconds"] = max(0.0, actor["last_batch_ended_at"]
                                - actor["first_batch_began_at"] - actor["seconds"])
