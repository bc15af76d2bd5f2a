"""Speed without changing results: worker processes (sitrep.parallel) extract exactly what one
process does, and the store's batch write keeps the per-document guarantees."""

from __future__ import annotations

import pytest

from sitrep.pipeline import Pipeline, Settings
from sitrep.store import Store, WriteOutcome


def test_two_worker_processes_extract_what_one_process_does(pipeline, voa_documents):
    parallel = Pipeline(Settings(workers=2))
    try:
        assert parallel.version == pipeline.version
        assert "stages" not in parallel.__dict__  # the parent never loaded the model
        mine = list(parallel.extract_many(voa_documents))
    finally:
        parallel.close()
    assert [e.model_dump() for e in mine] == [
        e.model_dump() for e in pipeline.extract_many(voa_documents)]


@pytest.fixture(scope="module")
def voa_extractions(pipeline, voa_documents):
    return list(pipeline.extract_many(voa_documents))


def test_batch_write_reports_added_unchanged_updated(tmp_path, voa_extractions):
    first, *rest = voa_extractions
    newer = first.model_copy(update={"pipeline_version": "newer"})
    with Store(tmp_path / "s.duckdb") as store:
        assert store.write(first) is WriteOutcome.ADDED
        outcomes = store.write_many([newer, *rest, rest[0]])
        assert outcomes == [WriteOutcome.UPDATED, *[WriteOutcome.ADDED] * len(rest),
                            WriteOutcome.UNCHANGED]  # a repeat within the batch: written once
        assert store.counts()["documents"] == len(voa_extractions)
        assert store.counts()["actors"] == sum(len(e.actors) for e in voa_extractions)
        assert store.stored_version(first.document.id) == "newer"
        assert store.write_many([newer, *rest]) == [WriteOutcome.UNCHANGED] * len(voa_extractions)


def test_batch_write_is_all_or_nothing(tmp_path, voa_extractions):
    good, *_ = voa_extractions
    second = voa_extractions[1]
    bad_actor = second.actors[0].model_copy(update={"span": ("not a number", 1)})
    broken = second.model_copy(update={"actors": [bad_actor]})  # its actor row cannot insert
    with Store(tmp_path / "s.duckdb") as store:
        with pytest.raises(Exception):
            store.write_many([good, broken])
        assert store.counts() == dict.fromkeys(store.counts(), 0)
        assert store.write_many([good]) == [WriteOutcome.ADDED]  # the store still works


def test_recycled_workers_extract_the_same(pipeline, voa_documents, monkeypatch):
    """A worker replaced after each chunk (memory stays flat on long runs) changes nothing."""
    from sitrep import parallel

    monkeypatch.setattr(parallel, "CHUNK_SIZE", 1)
    monkeypatch.setattr(parallel, "RECYCLE_AFTER_CHUNKS", 1)
    recycling = Pipeline(Settings(workers=2))
    try:
        mine = list(recycling.extract_many(voa_documents))
    finally:
        recycling.close()
    assert [e.model_dump() for e in mine] == [
        e.model_dump() for e in pipeline.extract_many(voa_documents)]


def test_workers_parse_in_batches_smaller_than_their_chunks():
    """Memory: a worker parses WORKER_BATCH_SIZE documents at once, or fewer if asked."""
    from sitrep import parallel

    assert parallel.WORKER_BATCH_SIZE < parallel.CHUNK_SIZE
    assert parallel.WorkerPool(Settings(workers=2)).settings.batch_size == parallel.WORKER_BATCH_SIZE
    assert parallel.WorkerPool(Settings(workers=2, batch_size=2)).settings.batch_size == 2


def test_workers_settle_their_collector_even_when_the_host_does_not():
    """A worker process is sitrep's own: it freezes what it loaded out of the collector's walks
    (~3 % of its CPU) even when a Python caller's Pipeline leaves the host's collector alone."""
    from sitrep import parallel

    assert not Settings(workers=2).settle_gc  # the host process: left alone
    assert parallel.WorkerPool(Settings(workers=2)).settings.settle_gc
