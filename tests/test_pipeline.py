"""The pipeline's contract: named stages, replaceable, and one bad document never ends a run."""

from __future__ import annotations

import pytest

from sitrep.pipeline import STAGES, Pipeline, Settings, register_stage
from sitrep.runner import IngestRun
from sitrep.store import Store


@pytest.fixture()
def fragile_stage():
    """A stage that fails on one article, as a bug in a new rule would."""

    @register_stage("fragile")
    def fragile(nlp):
        def run(doc, document, layers):
            if "Dagestan" in document.text:
                raise ValueError("rule crashed")
            return {}
        return run

    yield "fragile"
    STAGES.pop("fragile")


def test_unknown_stage_is_refused():
    with pytest.raises(ValueError, match="unknown stage"):
        Pipeline(Settings(stages=("actors", "telepathy")))


def test_a_stage_can_be_turned_off(voa_documents):
    pipeline = Pipeline(Settings(stages=()))
    extraction = pipeline.extract(voa_documents[0])
    assert extraction.actors == [] and extraction.mentions == []
    from sitrep import PIPELINE_VERSION

    assert pipeline.version == PIPELINE_VERSION  # no stage, no stage names in the stamp


def test_one_failing_document_is_reported_and_the_rest_stored(tmp_path, voa_documents, fragile_stage):
    pipeline = Pipeline(Settings(stages=("actors", fragile_stage)))
    reported = []
    with Store(tmp_path / "s.duckdb") as store:
        summary = IngestRun(store, pipeline=pipeline, show_progress=False).ingest(
            iter(voa_documents), on_error=reported.append)
        assert store.counts()["documents"] == 2
    assert (summary.added, summary.failed) == (2, 1)
    assert len(reported) == 1 and "extraction failed (ValueError: rule crashed)" in str(reported[0])


def test_same_text_twice_in_one_run_is_stored_once(tmp_path, voa_documents, pipeline):
    with Store(tmp_path / "s.duckdb") as store:
        summary = IngestRun(store, pipeline=pipeline, show_progress=False).ingest(
            iter([voa_documents[0], voa_documents[0]]))
    assert (summary.added, summary.unchanged) == (1, 1)


def test_loading_settles_the_collector_without_stopping_it():
    import gc
    import weakref

    from sitrep.pipeline import GC_YOUNG_THRESHOLD, settle_collector

    settle_collector()
    assert gc.get_freeze_count() > 0  # what was loaded sits in the permanent generation
    assert gc.isenabled() and gc.get_threshold()[0] >= GC_YOUNG_THRESHOLD

    class Node:
        pass

    cycle = Node()
    cycle.self = cycle
    alive = weakref.ref(cycle)
    del cycle
    gc.collect()
    assert alive() is None  # garbage made afterwards is still collected


def test_a_library_pipeline_leaves_the_host_process_collector_alone():
    import gc

    from sitrep.pipeline import Pipeline, Settings

    frozen, thresholds = gc.get_freeze_count(), gc.get_threshold()
    Pipeline(Settings(stages=("actors",))).stages  # noqa: B018 - loads the stages
    assert (gc.get_freeze_count(), gc.get_threshold()) == (frozen, thresholds)
