"""`sitrep ingest --engine ray` on a local Ray (this 2-core machine), then `sitrep load`: the
store holds what a normal ingest of the same articles holds."""

from __future__ import annotations

import json

import pytest
from typer.testing import CliRunner

from sitrep import ray_ingest
from sitrep.cli import app
from sitrep.runner import IngestRun
from sitrep.store import Store

ray = pytest.importorskip("ray")


@pytest.fixture()
def six_articles(tmp_path, voa_documents):
    """The three VOA articles and their first halves: six distinct documents."""
    path = tmp_path / "articles.jsonl"
    rows = []
    for d in voa_documents:
        half = d.text[: d.text.find("\n", len(d.text) // 2)].strip()
        for text in (d.text, half):
            rows.append({"text": text, "title": d.title, "source": d.source,
                         "published": d.published.isoformat()})
    path.write_text("".join(json.dumps(r) + "\n" for r in rows), encoding="utf-8")
    return path


def _per_document(store: Store) -> dict:
    counts = {}
    for table in ("quotes", "events", "actors", "places", "times"):
        for row in store.table(table).to_pylist():
            counts.setdefault(row["doc_id"], {}).setdefault(table, 0)
            counts[row["doc_id"]][table] += 1
    return counts


def test_ray_shards_load_into_the_store_a_normal_ingest_makes(tmp_path, six_articles, pipeline):
    from sitrep.ingest import read_inputs

    runner = CliRunner()
    ray.init(num_cpus=2, include_dashboard=False, log_to_driver=False)
    try:
        shards = tmp_path / "shards"
        done = runner.invoke(app, ["ingest", str(six_articles), "--engine", "ray", "--workers",
                                   "2", "--batch-size", "3", "--out", str(shards)])
        assert done.exit_code == 0, done.output
        summary = ray_ingest.run([str(six_articles)], tmp_path / "again", workers=2, batch_size=1)
    finally:
        ray.shutdown()
    # Tasks are blocks of about `batch_size` articles, each writing one file per table.
    tasks = list((tmp_path / "again" / "documents").glob("*.parquet"))
    assert len(tasks) >= 3, tasks
    assert summary.documents == 6 == sum(a["documents"] for a in summary.actors.values())
    assert 0 < summary.steady_seconds <= summary.seconds
    assert 0 < summary.executed_at < summary.seconds
    # each actor's timeline from the run's start: its batches inside the run, and the time it
    # waited between them no more than the time from its first batch to its last
    for a in summary.actors.values():
        assert a["batches"] >= 1
        assert 0 < a["first_batch_began_at"] < a["last_batch_ended_at"] <= summary.seconds
        assert 0 <= a["idle_seconds"] <= a["last_batch_ended_at"] - a["first_batch_began_at"]
        # its start: its process (Ray may have started it before the call), then its
        # constructor, which Ray Data runs once the driver has planned the dataset, then its
        # first batch
        assert a["process_started_at"] <= a["init_began_at"]
        assert summary.executed_at <= a["init_began_at"] < a["init_ended_at"]
        assert a["init_ended_at"] <= a["first_batch_began_at"]
    assert sum(a["batches"] for a in summary.actors.values()) == len(tasks)
    # each actor reports its start: its process's CPU until the pipeline was loaded
    assert all(0.2 < a["load_cpu_seconds"] for a in summary.actors.values())
    assert sorted(p.name for p in shards.iterdir()) == sorted(
        ["documents", "actors", "mentions", "quotes", "events", "places", "times"])
    loaded_db = tmp_path / "ray.duckdb"
    done = runner.invoke(app, ["load", str(shards), "--db", str(loaded_db), "--no-kb"])
    assert done.exit_code == 0, done.output
    # rich wraps the summary line at the terminal's width, and the path in it is pytest's
    # tmp_path, whose length depends on the machine: read the words, not the lines
    assert "6 added" in " ".join(done.output.split())
    again = runner.invoke(app, ["load", str(shards), "--db", str(loaded_db), "--no-kb"])
    again_said = " ".join(again.output.split())
    assert "0 added" in again_said and "6 unchanged" in again_said

    with Store(tmp_path / "normal.duckdb") as normal:
        IngestRun(normal, pipeline=pipeline, show_progress=False).ingest(
            read_inputs([str(six_articles)]))
        expected_ids = {r["id"]: r["pipeline_version"] for r in normal.table("documents").to_pylist()}
        expected = _per_document(normal)
    with Store(loaded_db, read_only=True) as loaded:
        assert {r["id"]: r["pipeline_version"]
                for r in loaded.table("documents").to_pylist()} == expected_ids
        assert _per_document(loaded) == expected


def test_a_local_ray_run_keeps_its_workers_as_nice_as_the_command(tmp_path, six_articles):
    """Ray lowers its workers' priority by 15 by default: on a machine with any other busy
    process, a local run's actors then lose the cores. The local Ray that `run` starts keeps
    them at the niceness of the process that started it."""
    import os

    assert not ray.is_initialized()
    try:
        summary = ray_ingest.run([str(six_articles)], tmp_path / "shards", workers=1)
        assert summary.documents == 6
        worker_niceness = ray.get(ray.remote(lambda: os.nice(0)).remote())
    finally:
        ray.shutdown()
    assert worker_niceness == os.nice(0)
    assert "RAY_worker_niceness" not in os.environ  # set for the raylet's start only
