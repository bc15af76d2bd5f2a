"""Quotes in the store: schema 2, writes with evidence, `Store.quotes`, `sitrep quotes`, exports.

The quotes stage is not wired into the pipeline yet, so the quotes here are written by hand over
real VOA articles: every span is found in the article text, and the actors come from the real
actors stage.
"""

from __future__ import annotations

import csv
import json
from datetime import date
from importlib import resources

import duckdb
import pyarrow.parquet as pq
import pytest
from typer.testing import CliRunner

from sitrep.cli import app
from sitrep.errors import SitrepError
from sitrep.export import export_store
from sitrep.pipeline import Pipeline, Settings
from sitrep.records import Document, Extraction, Quote, Speaker, SpanRef
from sitrep.store import Store, WriteOutcome
from sitrep.store.duckdb_store import SCHEMA_VERSION

from .conftest import actor_by_name

runner = CliRunner()

# (anchor, speaker, actor name or alias, cue, content, kind, source_type) per article. The anchor
# is where the sentence is found; speaker, cue and content are looked up from there on.
VOA_QUOTES = {
    0: [
        ("Senator Lindsey Graham said", "Senator Lindsey Graham", "Lindsey Graham", "said",
         "the FBI told him it was not aware at the time of Tamerlan Tsarnaev's trip to Russia",
         "indirect", "named"),
        ("the FBI told him", "the FBI", "FBI", "told",
         "it was not aware at the time of Tamerlan Tsarnaev's trip to Russia",
         "indirect", "institutional"),
        ("who authorities say", None, None, "say",
         "the Tsarnaev brothers shot to death three days after the bombings",
         "indirect", "unknown"),
        ("Homeland Security chief Janet Napolitano told", "Homeland Security chief Janet Napolitano",
         "Janet Napolitano", "told",
         "her agency did know about Tamerlan's trip, but that an FBI alert on him had expired by "
         "the time he returned", "indirect", "named"),
        ("U.S. officials say Dzhokhar", "U.S. officials", "the United States", "say",
         "Dzhokhar told them in preliminary interviews that he and his brother were partly "
         "motivated by the U.S. wars in Iraq and Afghanistan, but that they were self-radicalized "
         "and not connected to any terrorist network", "indirect", "anonymous"),
    ],
    2: [
        ("Erica Gasparri, a mother", "Erica Gasparri", "Erica Gasparri", "told",
         "she had reported Abedi two years ago, after he approached kids in a local park",
         "indirect", "named"),
        ("her two children came home", "her two children", None, "said",
         "\u201cMummy I want to become a Muslim.\u201d", "direct", "anonymous"),
    ],
}
TOTAL_QUOTES = sum(len(specs) for specs in VOA_QUOTES.values())


def _span_from(text: str, needle: str, start: int) -> tuple[int, int]:
    found = text.find(needle, start)
    assert found >= 0, f"{needle!r} not in the article after offset {start}"
    return found, found + len(needle)


def _hand_made_quote(extraction, spec) -> Quote:
    anchor, speaker, actor_name, cue, content, kind, source_type = spec
    text = extraction.document.text
    assert text.count(anchor) == 1, anchor
    at = text.find(anchor)
    speaker_ref = None
    if speaker is not None:
        actor = actor_by_name(extraction, actor_name).id if actor_name else None
        speaker_ref = Speaker(span=_span_from(text, speaker, at), text=speaker, actor=actor)
    return Quote(doc_id=extraction.document.id, span=_span_from(text, content, at), text=content,
                 kind=kind, cue=SpanRef(span=_span_from(text, cue, at), text=cue),
                 speaker=speaker_ref, source_type=source_type)


@pytest.fixture(scope="module")
def quoted_extractions(voa_documents):
    """The three VOA articles through the real actors stage, plus the hand-made quotes (the
    second article has none: the quotes layer ran and found nothing)."""
    pipeline = Pipeline(Settings(stages=("actors",)))
    extractions = []
    for index, extraction in enumerate(pipeline.extract_many(voa_documents)):
        quotes = [_hand_made_quote(extraction, spec) for spec in VOA_QUOTES.get(index, [])]
        extractions.append(extraction.model_copy(update={"quotes": quotes}))
    return extractions


@pytest.fixture()
def store(tmp_path, quoted_extractions):
    with Store(tmp_path / "s.duckdb") as store:
        for extraction in quoted_extractions:
            store.write(extraction)
        yield store


@pytest.fixture()
def db(tmp_path, quoted_extractions):
    path = tmp_path / "cli.duckdb"
    with Store(path) as store:
        for extraction in quoted_extractions:
            store.write(extraction)
    return str(path)


# --- schema ----------------------------------------------------------------------------------

def test_a_schema_1_store_migrates_to_the_latest_and_keeps_its_rows(tmp_path, quoted_extractions):
    path = tmp_path / "v1.duckdb"
    schema_1 = resources.files("sitrep.store").joinpath("migrations/0001_initial.sql")
    con = duckdb.connect(str(path))
    con.execute("CREATE TABLE meta (key VARCHAR PRIMARY KEY, value VARCHAR)")
    con.execute(schema_1.read_text(encoding="utf-8"))
    con.execute("INSERT INTO meta VALUES ('schema_version', '1')")
    con.execute("INSERT INTO documents VALUES ('d1', 'old', NULL, 'VOA', DATE '2013-04-24', "
                "'old.txt', 'Senator Lindsey Graham spoke.', 'v0', TIMESTAMP '2024-01-01 00:00:00')")
    con.execute("INSERT INTO actors VALUES ('d1', 'person:lindsey-graham', 'Lindsey Graham', "
                "['Graham'], 'person', 'USA', 'Senator', NULL, false, 8, 22, 'v0')")
    con.close()

    with pytest.raises(SitrepError, match="store schema 1"):
        Store(path, read_only=True)
    with Store(path) as store:
        assert SCHEMA_VERSION >= 2
        assert store.schema_version() == SCHEMA_VERSION
        assert store.counts() == {"documents": 1, "actors": 1, "mentions": 0, "quotes": 0, "events": 0,
                                  "places": 0, "times": 0}
        assert store.actors_of("d1")[0]["aliases"] == ["Graham"]
        assert store.write(quoted_extractions[0]) is WriteOutcome.ADDED
    with Store(path, read_only=True) as store:
        assert store.counts()["quotes"] == len(VOA_QUOTES[0])
        assert store.document_text("d1") == "Senator Lindsey Graham spoke."


# --- writes ----------------------------------------------------------------------------------

def test_quotes_are_stored_with_their_evidence(store, quoted_extractions):
    rows = store.table("quotes").to_pylist()
    assert len(rows) == TOTAL_QUOTES
    for row in rows:
        text = store.document_text(row["doc_id"])
        assert text[row["span_start"]:row["span_end"]] == row["text"]
        assert text[row["cue_start"]:row["cue_end"]] == row["cue_text"]
        if row["speaker_text"] is not None:
            assert text[row["speaker_start"]:row["speaker_end"]] == row["speaker_text"]
        assert row["pipeline_version"] == quoted_extractions[0].pipeline_version
        assert row["truncated"] is False
    no_speaker = [r for r in rows if r["speaker_text"] is None]
    assert len(no_speaker) == 1
    assert no_speaker[0]["speaker_start"] is None and no_speaker[0]["speaker_actor"] is None
    fbi = next(r for r in rows if r["speaker_text"] == "the FBI")
    assert fbi["speaker_actor"] == actor_by_name(quoted_extractions[0], "FBI").id


def test_a_quote_without_cue_or_speaker_is_stored_with_nulls(tmp_path, quoted_extractions):
    extraction = quoted_extractions[0]
    bare = extraction.quotes[2].model_copy(update={"cue": None})
    with Store(tmp_path / "s.duckdb") as store:
        store.write(extraction.model_copy(update={"quotes": [bare]}))
        (row,) = store.table("quotes").to_pylist()
    assert row["cue_text"] is None and row["speaker_text"] is None
    assert row["text"] == bare.text


def test_rewriting_the_same_quotes_changes_nothing(store, quoted_extractions):
    before = store.table("quotes").to_pylist()
    assert all(store.write(e) is WriteOutcome.UNCHANGED for e in quoted_extractions)
    assert store.table("quotes").to_pylist() == before


def test_a_new_pipeline_version_replaces_the_quotes(store, quoted_extractions):
    extraction = quoted_extractions[0]
    newer = extraction.model_copy(
        update={"pipeline_version": "newer", "quotes": extraction.quotes[:2]})
    assert store.write(newer) is WriteOutcome.UPDATED
    rows = [r for r in store.table("quotes").to_pylist() if r["doc_id"] == extraction.document.id]
    assert [r["text"] for r in rows] == [q.text for q in extraction.quotes[:2]]
    assert {r["pipeline_version"] for r in rows} == {"newer"}
    assert store.counts()["quotes"] == TOTAL_QUOTES - len(VOA_QUOTES[0]) + 2


def test_a_version_without_the_quotes_layer_leaves_no_stale_quotes(store, quoted_extractions):
    extraction = quoted_extractions[0]
    store.write(extraction.model_copy(update={"pipeline_version": "newer", "quotes": None}))
    doc_ids = {r["doc_id"] for r in store.table("quotes").to_pylist()}
    assert extraction.document.id not in doc_ids


# --- reads -----------------------------------------------------------------------------------

def test_quotes_come_with_document_and_speaker_actor_in_date_order(store, quoted_extractions):
    rows = store.quotes()
    assert len(rows) == TOTAL_QUOTES  # the actor join is per document: no duplicated rows
    keys = [(r["published"], r["doc_id"], r["span_start"]) for r in rows]
    assert keys == sorted(keys)
    graham = next(r for r in rows if r["speaker_text"] == "Senator Lindsey Graham")
    assert graham["speaker_name"] == "Lindsey Graham"
    assert graham["speaker_kind"] == "person" and graham["speaker_role"] == "Senator"
    assert graham["title"] == quoted_extractions[0].document.title
    assert graham["published"] == date(2013, 4, 24)
    assert store.quotes(limit=2) == rows[:2]


def _speakers(rows) -> list[str | None]:
    return [r["speaker_text"] for r in rows]


def test_speaker_filter_matches_name_alias_or_speaker_text_case_insensitively(store):
    assert _speakers(store.quotes(speaker="NAPOLITANO")) == [
        "Homeland Security chief Janet Napolitano"]
    # "Federal Bureau of Investigation": the actor's name, not the words in the text
    assert _speakers(store.quotes(speaker="bureau of invest")) == ["the FBI"]
    # "the United States" is only an alias of the actor "U.S. officials" resolves to
    assert _speakers(store.quotes(speaker="the united states")) == ["U.S. officials"]
    # "her two children" has no actor: the speaker text alone matches
    assert _speakers(store.quotes(speaker="two child")) == ["her two children"]
    # the speaker text, not the actor name "Janet Napolitano"
    assert _speakers(store.quotes(speaker="security chief")) == [
        "Homeland Security chief Janet Napolitano"]


def test_like_wildcards_in_the_speaker_are_literal(store):
    assert store.quotes(speaker="%") == []
    assert store.quotes(speaker="_") == []
    assert store.quotes(speaker="U_S") == []  # unescaped, `_` would match the "." of "U.S."
    assert store.quotes(speaker="Janet%Napolitano") == []
    assert store.quotes(speaker="\\") == []
    assert store.quotes(speaker="'; DROP TABLE quotes; --") == []
    assert store.counts()["quotes"] == TOTAL_QUOTES


SUMMIT = ("HELSINKI — President Donald Trump met Russian President Vladimir Putin in Helsinki on "
          "Monday for more than two hours. Trump and Putin said the talks had gone well and that "
          "both countries wanted better relations. Later, he and Putin told reporters that a "
          "second meeting was possible.")


@pytest.fixture(scope="module")
def summit(tmp_path_factory, pipeline):
    """A store of an article whose two claims are made by a group speaker ('Trump and Putin
    said', 'he and Putin told'), through the whole pipeline; its path and the extraction."""
    extraction = pipeline.extract(Document.from_text(SUMMIT, title="Trump and Putin meet"))
    path = tmp_path_factory.mktemp("summit") / "summit.duckdb"
    with Store(path) as store:
        store.write(extraction)
    return str(path), extraction


def _group_claims(extraction) -> tuple[str, list[str]]:
    group = next(a for a in extraction.actors if a.members)
    return group.id, [q.text for q in extraction.quotes
                      if q.speaker and q.speaker.actor == group.id]


def test_a_group_speakers_quotes_are_found_by_any_members_name(summit):
    path, extraction = summit
    group, claims = _group_claims(extraction)
    assert len(claims) == 2
    # a member's full name is neither the group's name ('Trump and Putin') nor what the text
    # wrote ('he and Putin'): the lookup through the group's members finds both claims
    with Store(path, read_only=True) as store:
        for member in ("Vladimir Putin", "donald trump"):
            rows = store.quotes(speaker=member)
            assert [r["text"] for r in rows] == claims, member
            assert {r["speaker_actor"] for r in rows} == {group}
        assert store.quotes(speaker="Sergei Lavrov") == []
        assert store.quotes(speaker="Vladimir%Putin") == []  # still literal
    result = runner.invoke(app, ["quotes", "--db", path, "--json", "--speaker", "Vladimir Putin"])
    assert result.exit_code == 0, result.output
    assert [json.loads(line)["text"] for line in result.stdout.splitlines()] == claims


def test_the_explorers_quote_filter_finds_a_group_by_a_member(summit):
    from sitrep.store.web_queries import Filters, WebQueries

    path, extraction = summit
    group, claims = _group_claims(extraction)
    members = next(a for a in extraction.actors if a.id == group).members
    with Store(path, read_only=True) as store:
        queries = WebQueries(store.con.cursor())
        for member in members:
            rows, total = queries.quotes(Filters(actor=member))
            assert total == 2 and [r["text"] for r in rows] == claims, member
        assert queries.quotes(Filters(actor=group))[1] == 2


@pytest.fixture(scope="module")
def summit_kb(tmp_path_factory, pipeline):
    """The same article ingested with the knowledge base updated, as `sitrep ingest` does."""
    from sitrep.kb import KBBuilder
    from sitrep.runner import IngestRun

    path = tmp_path_factory.mktemp("summit_kb") / "kb.duckdb"
    with Store(path) as store:
        run = IngestRun(store, pipeline=pipeline, show_progress=False,
                        knowledge_base=KBBuilder(store))
        assert run.ingest([Document.from_text(SUMMIT, title="Trump and Putin meet")]).failed == 0
    return str(path)


def test_the_knowledge_base_finds_a_group_speakers_quotes_by_a_member(summit_kb, summit):
    import sitrep
    from sitrep.store.kb_web_queries import KBWebQueries
    from sitrep.store.web_queries import Filters

    _, claims = _group_claims(summit[1])
    with sitrep.open(summit_kb) as kb:
        for member in ("Vladimir Putin", "Donald Trump"):
            assert sorted(kb.quotes(speaker=member)["text"]) == sorted(claims), member
        putin = kb.resolve("Vladimir Putin", ("actor",)).id
    with Store(summit_kb, read_only=True) as store:
        queries = KBWebQueries(store.con.cursor())
        rows, total = queries.kb_quotes(speaker=putin)
        assert total == 2 and sorted(r["text"] for r in rows) == sorted(claims)
        rows, total = queries.quotes(Filters(actor=putin, kb_actor=True))
        assert total == 2 and sorted(r["text"] for r in rows) == sorted(claims)


def test_source_type_and_kind_filters(store):
    assert _speakers(store.quotes(source_type="anonymous")) == ["U.S. officials", "her two children"]
    direct = store.quotes(kind="direct")
    assert [r["text"] for r in direct] == ["\u201cMummy I want to become a Muslim.\u201d"]
    assert store.quotes(kind="direct", source_type="named") == []
    assert store.quotes(speaker="Gasparri", kind="indirect")[0]["speaker_name"] == "Erica Gasparri"


def test_stats_count_quotes_by_source_type_and_keep_their_keys(store):
    stats = store.stats()
    assert stats["quotes_by_source_type"] == {
        "named": 3, "anonymous": 2, "institutional": 1, "unknown": 1}
    assert stats["counts"]["quotes"] == TOTAL_QUOTES
    assert {"store", "schema_version", "published", "pipeline_versions", "actors_by_kind",
            "top_actors", "sources"} <= stats.keys()


# --- exports ---------------------------------------------------------------------------------

def test_exports_include_the_quotes_table(store, tmp_path):
    for fmt in ("csv", "jsonl", "parquet"):
        paths = export_store(store, fmt, tmp_path / fmt)
        assert tmp_path / fmt / f"quotes.{fmt}" in paths
    with (tmp_path / "csv" / "quotes.csv").open(newline="", encoding="utf-8") as fh:
        rows = list(csv.DictReader(fh))
    assert len(rows) == TOTAL_QUOTES
    assert "\u201cMummy I want to become a Muslim.\u201d" in {r["text"] for r in rows}
    jsonl = (tmp_path / "jsonl" / "quotes.jsonl").read_text(encoding="utf-8").splitlines()
    assert len(jsonl) == TOTAL_QUOTES
    assert pq.read_table(tmp_path / "parquet" / "quotes.parquet").num_rows == TOTAL_QUOTES


# --- CLI -------------------------------------------------------------------------------------

def test_cli_quotes_prints_a_table(db):
    wide = {"COLUMNS": "160"}  # rich wraps cells to the terminal; keep names on one line
    result = runner.invoke(app, ["quotes", "--db", db, "--speaker", "graham"], env=wide)
    assert result.exit_code == 0, result.output
    assert "Lindsey Graham" in result.stdout and "2013-04-24" in result.stdout
    assert "named" in result.stdout and "indirect" in result.stdout
    assert result.stderr == ""


def test_cli_quotes_json_lines(db):
    result = runner.invoke(app, ["quotes", "--db", db, "--json"])
    assert result.exit_code == 0, result.output
    rows = [json.loads(line) for line in result.stdout.splitlines()]
    assert len(rows) == TOTAL_QUOTES
    assert rows[0]["published"] == "2013-04-24"
    limited = runner.invoke(app, ["quotes", "--db", db, "--json", "--limit", "3",
                                  "--source-type", "named"])
    assert [json.loads(line)["speaker_name"] for line in limited.stdout.splitlines()] == [
        "Lindsey Graham", "Janet Napolitano", "Erica Gasparri"]


def test_cli_no_match_is_exit_0_with_a_note_on_stderr(db):
    result = runner.invoke(app, ["quotes", "--db", db, "--speaker", "nobody at all"])
    assert result.exit_code == 0
    assert result.stdout == ""
    assert result.stderr.strip() == "no quotes matched"


@pytest.mark.parametrize("option", [["--source-type", "official"], ["--kind", "verbatim"],
                                    ["--limit", "0"]])
def test_cli_bad_filters_are_usage_errors(db, option):
    result = runner.invoke(app, ["quotes", "--db", db, *option])
    assert result.exit_code == 2
    assert option[0] in result.stderr


def test_cli_help_teaches_with_an_example():
    result = runner.invoke(app, ["quotes", "--help"])
    assert result.exit_code == 0
    assert 'sitrep quotes --speaker "HTS official"' in result.stdout


def test_cli_does_not_interpret_markup_in_article_text(tmp_path):
    text = 'A spokesman said "[bold]retreat[/red]" and [link=x]left[/link].'
    document = Document.from_text(text, published=date(2024, 12, 16))
    content = '"[bold]retreat[/red]"'
    quote = Quote(doc_id=document.id, span=_span_from(text, content, 0), text=content,
                  kind="direct", cue=SpanRef(span=_span_from(text, "said", 0), text="said"),
                  speaker=Speaker(span=_span_from(text, "A spokesman", 0), text="A spokesman"),
                  source_type="anonymous")
    path = str(tmp_path / "markup.duckdb")
    with Store(path) as store:
        store.write(Extraction(document=document, pipeline_version="test", quotes=[quote]))
    result = runner.invoke(app, ["quotes", "--db", path], catch_exceptions=False)
    assert result.exit_code == 0
    assert "[bold]retreat[/red]" in result.stdout

