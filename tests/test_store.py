"""The DuckDB store: schema versions, one transaction per document, idempotent writes."""

from __future__ import annotations

import duckdb
import pytest

from sitrep.errors import SitrepError
from sitrep.store import Store, WriteOutcome
from sitrep.store.duckdb_store import SCHEMA_VERSION


@pytest.fixture()
def voa_extractions(pipeline, voa_documents):
    return list(pipeline.extract_many(voa_documents))


def test_new_store_is_migrated_to_the_latest_schema(tmp_path):
    with Store(tmp_path / "s.duckdb") as store:
        assert store.schema_version() == SCHEMA_VERSION
        assert store.counts() == {"documents": 0, "actors": 0, "mentions": 0, "quotes": 0, "events": 0,
                                  "places": 0, "times": 0}


def test_write_stores_document_actors_and_mentions_with_pipeline_version(tmp_path, voa_extractions):
    extraction = voa_extractions[0]
    with Store(tmp_path / "s.duckdb") as store:
        assert store.write(extraction) is WriteOutcome.ADDED
        counts = store.counts()
        assert counts["documents"] == 1
        assert counts["actors"] == len(extraction.actors) > 0
        assert counts["mentions"] == len(extraction.mentions) > 0
        versions = {row["pipeline_version"] for row in store.table("mentions").to_pylist()}
        assert versions == {extraction.pipeline_version}
        text = store.document_text(extraction.document.id)
        for row in store.table("mentions").to_pylist():
            assert text[row["span_start"]:row["span_end"]] == row["text"]


def test_rewriting_the_same_extraction_changes_nothing(tmp_path, voa_extractions):
    with Store(tmp_path / "s.duckdb") as store:
        for extraction in voa_extractions:
            store.write(extraction)
        before = {name: store.table(name).to_pylist() for name in ("actors", "mentions")}
        assert all(store.write(e) is WriteOutcome.UNCHANGED for e in voa_extractions)
        after = {name: store.table(name).to_pylist() for name in ("actors", "mentions")}
        assert before == after


def test_a_new_pipeline_version_re_extracts_in_place(tmp_path, voa_extractions):
    extraction = voa_extractions[0]
    newer = extraction.model_copy(update={"pipeline_version": "newer"})
    with Store(tmp_path / "s.duckdb") as store:
        store.write(extraction)
        assert store.write(newer) is WriteOutcome.UPDATED
        assert store.counts()["documents"] == 1
        assert store.counts()["mentions"] == len(extraction.mentions)
        assert store.stored_version(extraction.document.id) == "newer"


def test_a_failed_write_leaves_nothing_half_written(tmp_path, voa_extractions, monkeypatch):
    extraction = voa_extractions[0]
    store = Store(tmp_path / "s.duckdb")
    real_insert = store._insert_rows

    def insert_then_fail(table, rows):
        real_insert(table, rows)
        if table == "mentions":
            raise RuntimeError("disk full")

    monkeypatch.setattr(store, "_insert_rows", insert_then_fail)
    with pytest.raises(RuntimeError):
        store.write(extraction)
    assert store.counts() == {"documents": 0, "actors": 0, "mentions": 0, "quotes": 0, "events": 0,
                                  "places": 0, "times": 0}
    monkeypatch.undo()
    assert store.write(extraction) is WriteOutcome.ADDED
    store.close()


def test_read_only_open_of_a_missing_store_is_a_one_line_error(tmp_path):
    with pytest.raises(SitrepError, match="no such store"):
        Store(tmp_path / "absent.duckdb", read_only=True)


def test_store_from_an_older_schema_is_migrated(tmp_path):
    path = tmp_path / "old.duckdb"
    con = duckdb.connect(str(path))
    con.execute("CREATE TABLE meta (key VARCHAR PRIMARY KEY, value VARCHAR)")
    con.execute("INSERT INTO meta VALUES ('schema_version', '0')")
    con.close()
    with Store(path) as store:
        assert store.schema_version() == SCHEMA_VERSION
    with Store(path, read_only=True) as store:
        assert store.counts()["documents"] == 0


def test_stats_name_the_most_mentioned_actors(tmp_path, voa_extractions):
    with Store(tmp_path / "s.duckdb") as store:
        for extraction in voa_extractions:
            store.write(extraction)
        stats = store.stats()
    assert stats["counts"]["documents"] == 3
    assert stats["published"] == {"first": "2013-04-24", "last": "2017-06-05", "undated": 0}
    assert stats["top_actors"] and stats["top_actors"][0]["mentions"] > 0
    assert stats["sources"] == {"Voice of America": 3}


def test_memory_bound_holds_within_the_block_only(tmp_path):
    def limit(store):
        return store.con.execute("SELECT current_setting('memory_limit')").fetchone()[0]

    with Store(tmp_path / "s.duckdb") as store:
        default = limit(store)
        with store.memory_bounded(128):
            assert limit(store) == "122.0 MiB"  # 128 MB
            store.con.execute("CREATE TABLE big AS SELECT range AS n, repeat('x', 100) AS pad "
                              "FROM range(2000000)")
            assert store.con.execute("SELECT count(DISTINCT n) FROM big").fetchone()[0] == 2_000_000
        assert limit(store) == default


def test_a_group_speakers_members_are_stored_and_exported(tmp_path, pipeline):
    # schema 7: 'Obama and Kerry insisted…' is a group actor whose members are both people
    from sitrep.export import extraction_to_json, validate
    from sitrep.records import Document

    text = ('President Barack Obama met Secretary of State John Kerry at the White House on '
            'Monday. Obama and Kerry insisted that the agreement would block every path to a '
            'bomb.')
    extraction = pipeline.extract(Document.from_text(text))
    group = next(a for a in extraction.actors if a.members)
    payload = extraction_to_json(extraction)
    validate(payload)
    assert next(a for a in payload["actors"] if a["id"] == group.id)["members"] == group.members
    with Store(tmp_path / "s.duckdb") as store:
        store.write(extraction)
        rows = {row["actor_id"]: row for row in store.actors_of(extraction.document.id)}
    assert rows[group.id]["members"] == group.members
    assert all(rows[member]["members"] == [] for member in group.members)


def _schema_7_store_with_one_event(path) -> None:
    """A store as sitrep wrote it before schema 8: migrations 1–7 and one stored event."""
    from sitrep.store.duckdb_store import _migrations

    con = duckdb.connect(str(path))
    con.execute("CREATE TABLE meta (key VARCHAR PRIMARY KEY, value VARCHAR)")
    for number, sql in _migrations():
        if number <= 7:
            con.execute(sql)
    con.execute("INSERT INTO meta VALUES ('schema_version', '7')")
    text = "Russian jets struck rebel positions near Idlib on Monday."
    con.execute("INSERT INTO documents VALUES ('old', NULL, NULL, NULL, DATE '2024-12-01', NULL, ?, "
                "'old', now())", [text])
    con.execute("INSERT INTO events VALUES ('old', 0, 57, ?, 14, 20, 'struck', 'ASSAULT', NULL, "
                "'19', NULL, NULL, NULL, NULL, NULL, NULL, NULL, 'positive', 'asserted', NULL, "
                "0.7, 'old')", [text])
    con.close()


def test_how_an_event_was_typed_is_stored_and_fallback_events_can_be_left_out(tmp_path):
    # schema 8: events.typed_by; events stored before it keep NULL (unknown) and are never
    # taken for fallback events
    from datetime import date

    from sitrep.records import Document, Event, Extraction, SpanRef

    path = tmp_path / "s.duckdb"
    _schema_7_store_with_one_event(path)
    text = ("Secretary Mike Pompeo has cultivated a relationship with President Donald Trump. "
            "Iran accused Saudi Arabia of funding the militants.")
    document = Document.from_text(text, published=date(2024, 12, 2))

    def event(trigger: str, kind: str, typed_by: str) -> Event:
        start = text.index(trigger)
        sentence = text[:text.index(". ") + 1] if start < text.index(". ") else \
            text[text.index(". ") + 2:]
        begin = text.index(sentence)
        return Event(doc_id=document.id, span=(begin, begin + len(sentence)), text=sentence,
                     trigger=SpanRef(span=(start, start + len(trigger)), text=trigger),
                     type=kind, confidence=0.59, typed_by=typed_by)

    extraction = Extraction(document=document, pipeline_version="test", events=[
        event("cultivated", "SUPPORT", "fallback"), event("accused", "ACCUSE", "lexicon")])
    with Store(path) as store:
        assert store.schema_version() == SCHEMA_VERSION
        store.write(extraction)
        everything = {r["trigger_text"]: r["typed_by"] for r in store.events()}
        kept = {r["trigger_text"] for r in store.events(exclude_fallback=True)}
        exported = store.table("events").column("typed_by").to_pylist()
    assert everything == {"struck": None, "cultivated": "fallback", "accused": "lexicon"}
    assert kept == {"struck", "accused"}
    assert sorted(exported, key=str) == sorted([None, "fallback", "lexicon"], key=str)
