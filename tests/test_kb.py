"""The knowledge base on real text: the seed, a syndicated copy of it, and FA-KES articles on
the Khan Shaykhun chemical attack (4-5 April 2017) read from ../shared (skipped when absent)."""

from __future__ import annotations

import csv
import json
from datetime import date

import duckdb
import pytest
from typer.testing import CliRunner

from sitrep.kb import KBBuilder, KBSettings
from sitrep.kb.actors import AliasRules, load_alias_rules, resolve_actor
from sitrep.kb.claims import counts_conflict, death_count
from sitrep.kb.duplicates import signature, similarity
from sitrep.kb.names import name_key
from sitrep.records import Document
from sitrep.store import Store
from tests.conftest import SHARED

FAKES = SHARED / "corpora" / "fakes_syria" / "fakes.csv"


def fakes_documents(dates: set[str]) -> list[Document]:
    if not FAKES.exists():
        return []
    with open(FAKES, encoding="latin-1") as handle:
        rows = [r for r in csv.DictReader(handle) if r["date"] in dates]
    docs = []
    for row in rows:
        month, day, year = (int(x) for x in row["date"].split("/"))
        docs.append(Document.from_text(row["article_content"], title=row["article_title"],
                                       source=row["source"], published=date(2000 + year, month, day)))
    return docs


@pytest.fixture(scope="module")
def kb_store(tmp_path_factory, pipeline, seed_document, seed_extraction):
    """Seed + a copy of it with a different byline + FA-KES Khan Shaykhun reports, ingested
    with the KB updated per document, as `sitrep ingest` does."""
    from sitrep.runner import IngestRun

    path = tmp_path_factory.mktemp("kb") / "kb.duckdb"
    copy = Document.from_text(seed_document.text + "\n\nThis article was amended on 17 December.",
                              published=date(2024, 12, 17), source="syndication")
    docs = [seed_document, copy, *fakes_documents({"4/4/17", "4/5/17"})]
    with Store(path) as store:
        run = IngestRun(store, pipeline=pipeline, show_progress=False,
                        knowledge_base=KBBuilder(store))
        summary = run.ingest(docs)
        assert summary.failed == 0
    return path, seed_document.id, copy.id


@pytest.fixture()
def kb(kb_store):
    import sitrep

    with sitrep.open(kb_store[0]) as knowledge_base:
        yield knowledge_base


# --- actors ------------------------------------------------------------------------------

def test_name_keys_ignore_case_article_and_punctuation():
    assert name_key("The Hayat Tahrir al-Sham") == name_key("hayat tahrir al sham")
    assert name_key("Bashar al-Assad") == "bashar assad"


def _person(actor_id, name, country="SYR"):
    return {"actor_id": actor_id, "name": name, "aliases": [], "kind": "person",
            "country": country, "role": None, "affiliation": None, "known": False}


def test_people_never_merge_on_a_shared_surname():
    kallas = {"kb_actor_id": "person:ahmed-hassan", "kind": "person", "country": "SYR",
              "scope": "global"}
    other = resolve_actor(_person("person:mahmoud-hassan", "Mahmoud Hassan"), "d2", [],
                          AliasRules(), None)
    assert other.kb_actor_id == "person:mahmoud-hassan" and other.how == "new"
    surname = resolve_actor(_person("person:hassan", "Hassan"), "d3", [kallas], AliasRules(), None)
    assert surname.how == "document" and surname.kb_actor_id.endswith("@d3")
    same = resolve_actor(_person("person:ahmed-hassan", "Ahmed Hassan"), "d4", [kallas],
                         AliasRules(), None)
    assert same.kb_actor_id == "person:ahmed-hassan" and same.how == "name"
    elsewhere = resolve_actor(_person("person:ahmed-hassan", "Ahmed Hassan", "EGY"), "d5",
                              [kallas], AliasRules(), None)
    assert elsewhere.how == "new"  # same name, other country: the builder keeps them apart


def test_alias_file_merges_and_splits(tmp_path):
    path = tmp_path / "aliases.tsv"
    path.write_text("# action\tactor\tinto\nmerge\tObservatory\tSOHR\nsplit\tperson:abu-khaled\n",
                    encoding="utf-8")
    rules = load_alias_rules(path)
    row = {"actor_id": "org:observatory", "name": "Observatory", "aliases": [], "kind": "other",
           "country": None, "role": None, "affiliation": None, "known": False}
    assert resolve_actor(row, "d1", [], rules, None).kb_actor_id == "SOHR"
    split = resolve_actor(_person("person:abu-khaled", "Abu Khaled"), "d1", [], rules, None)
    assert split.how == "alias_file" and "@" in split.kb_actor_id


def test_seed_actors_merge_with_the_copy_and_descriptions_stay_per_document(kb, kb_store):
    _, seed_id, copy_id = kb_store
    hts = kb.actors(name="Hayat Tahrir al-Sham")
    assert hts.iloc[0]["kb_actor_id"] == "HTS" and hts.iloc[0]["documents"] >= 2
    kallas = kb.actors(name="Kaja Kallas")
    assert kallas.iloc[0]["documents"] == 2  # a full name merges across documents
    officials = kb.sql("SELECT kb_actor_id, affiliation, scope FROM kb_actors "
                       "WHERE name = 'an HTS official familiar with the talks'")
    assert len(officials) == 2 and set(officials["affiliation"]) == {"HTS"}
    assert set(officials["scope"]) == {"document"}


# --- events, copies, contradictions -------------------------------------------------------

def test_a_syndicated_copy_collapses_into_the_original(kb, kb_store):
    _, seed_id, copy_id = kb_store
    docs = kb.sql(f"SELECT duplicate_of, similarity FROM kb_documents WHERE doc_id = '{copy_id}'")
    assert docs.iloc[0]["duplicate_of"] == seed_id and docs.iloc[0]["similarity"] > 0.9
    seed_events = kb.sql(f"SELECT DISTINCT kb_event_id FROM kb_event_mentions "
                         f"WHERE doc_id = '{seed_id}'")["kb_event_id"]
    events = kb.events(since="2024-12-01")
    seed = events[events["kb_event_id"].isin(seed_events)]
    assert (seed["documents"] == 2).all() and (seed["independent_documents"] == 1).all()


def test_reports_from_different_outlets_merge_into_one_event(kb):
    if not FAKES.exists():
        pytest.skip(f"{FAKES} not present")
    merged = kb.events(until="2017-04-30", min_documents=2)
    assert len(merged) >= 1
    multi = merged[merged["outlets"].apply(len) >= 2]
    assert len(multi) >= 1
    sources = kb.sources(multi.iloc[0]["kb_event_id"])
    assert sources["doc_id"].nunique() >= 2 and (sources["text"].str.len() > 0).all()


def test_death_counts_and_their_conflicts():
    assert death_count("killing at least 70 people") == (70, None)
    assert death_count("Thirteen civilians among them seven children were killed") == (13, 13)
    assert death_count("killing 3 and wounding 12") == (3, 3)
    assert death_count("12 people were wounded") is None
    settings = KBSettings()
    assert counts_conflict((12, 12), (40, None), settings)
    assert not counts_conflict((70, None), (72, 72), settings)


def test_copies_are_near_identical_and_other_articles_are_not(seed_document, voa_documents):
    seed = signature(seed_document.text)
    assert similarity(seed, signature(seed_document.text + " Amended.")) > 0.9
    assert similarity(seed, signature(voa_documents[0].text)) < 0.1


# --- status timelines ----------------------------------------------------------------------

def test_t4_airbase_emptied_by_saturday_per_the_russian_representative(kb):
    t4 = kb.timeline("T4 airbase")
    emptied = t4[t4["status"] == "emptied"]
    assert len(emptied) >= 1
    row = emptied.iloc[0]
    assert row["date_latest"] == date(2024, 12, 14)  # DATE columns hold datetime.date
    assert "representative" in row["reported_by_name"]
    assert "withdrawn" in set(t4["status"])  # "moved vehicles and personnel from the T4 airbase"


def test_khmeimim_is_active(kb):
    statuses = set(kb.timeline("Khmeimim airbase")["status"])
    assert "active" in statuses


# --- query surface -------------------------------------------------------------------------

def test_events_near_a_place_and_involving_an_actor(kb):
    near = kb.events(near="Homs", km=150, since="2024-12-01")
    assert len(near) >= 1 and (near["km"] <= 150).all()
    hts = kb.events(actor="Hayat Tahrir al-Sham", since="2024-12-01")
    assert len(hts) >= 1
    assert ((hts["source_actor"] == "HTS") | (hts["target_actor"] == "HTS")).all()


def test_who_said_what_about_russia(kb):
    said = kb.quotes(about="Russia")
    assert len(said) >= 1 and said["text"].str.contains("Russia").any()


@pytest.mark.parametrize("words", ["T4 airbase", "T4", "t-4", "Tiyas", "the T4 airbase",
                                   "TIYAS AIR BASE", "sitrep:sy-tiyas"])
def test_a_facility_timeline_by_any_of_its_names(kb, words):
    t4 = kb.timeline(words)
    assert set(t4["subject_id"]) == {"sitrep:sy-tiyas"} and "emptied" in set(t4["status"])
    if words != "sitrep:sy-tiyas":
        assert "Tiyas Air Base" in t4.attrs["note"]


@pytest.mark.parametrize("words", ["Khmeimim", "Hmeimim", "hmeimim air base", "Khmeimim airbase"])
def test_khmeimim_by_any_spelling(kb, words):
    frame = kb.timeline(words)
    assert set(frame["subject_id"]) == {"sitrep:sy-khmeimim"} and "active" in set(frame["status"])


def test_actors_by_any_name_with_a_note(kb):
    for words in ("HTS", "hts", "Hay'at Tahrir al-Sham", "hayat tahrir al sham"):
        assert kb.actor(words)["actor"].iloc[0]["kb_actor_id"] == "HTS", words
    events = kb.events(actor="Hay'at Tahrir al-Sham", since="2024-12-01")
    assert len(events) >= 1 and "Hayat Tahrir al-Sham" in events.attrs["note"]
    russia = kb.resolve("Russian", ("actor",))
    assert russia.best is not None  # "Russian" names several actors: one is picked …
    assert russia.others and "also matched" in russia.note()  # … and the others listed
    assert kb.resolve("no such thing at all").best is None


def test_said_about_and_near_a_facility_by_its_short_name(kb):
    said = kb.quotes(about="T4")
    assert said["text"].str.contains("T4 airbase").any()
    near = kb.events(near="T4", km=100, since="2024-12-01")  # Homs is ~85 km from Tiyas
    assert len(near) >= 1 and (near["km"] <= 100).all()


def test_api_dates_are_dates(kb):
    events = kb.events(since="2024-12-01")
    assert all(isinstance(v, date) for v in events["date_earliest"].dropna())
    assert events["date_earliest"].dtype == object
    assert all(isinstance(v, date) for v in kb.sources(events.iloc[0]["kb_event_id"])["published"])


def test_cli_prints_dates_and_resolves_names(kb_store):
    from sitrep.cli import app

    db = str(kb_store[0])
    result = CliRunner().invoke(app, ["query", "timeline", "T4", "--db", db])
    assert result.exit_code == 0, result.output
    assert "emptied" in result.stdout and "00:00:00" not in result.stdout
    assert "2024-12-11..14" in result.stdout  # the interval as one column
    assert "Tiyas Air Base (facility sitrep:sy-tiyas)" in result.stderr
    result = CliRunner().invoke(app, ["query", "events", "--actor", "hts", "--db", db])
    assert result.exit_code == 0 and "00:00:00" not in result.stdout
    assert "Hayat Tahrir al-Sham" in result.stdout


def test_sql_is_read_only_and_cannot_touch_files(kb, tmp_path):
    assert kb.sql("SELECT count(*) AS n FROM v_events").iloc[0]["n"] > 0
    with pytest.raises(duckdb.Error):
        kb.sql("DELETE FROM kb_events")
    with pytest.raises(duckdb.Error):
        kb.sql(f"COPY kb_events TO '{tmp_path / 'x.csv'}'")


def test_incremental_update_equals_rebuild(kb_store, tmp_path):
    import shutil

    copy = tmp_path / "rebuilt.duckdb"
    shutil.copy(kb_store[0], copy)
    with Store(copy) as store:
        before = store.con.execute("SELECT count(*) FROM kb_events").fetchall()[0][0]
        summary = KBBuilder(store).build()
        after = store.con.execute("SELECT count(*) FROM kb_events").fetchall()[0][0]
    assert summary.documents >= 2 and after == before


def test_acled_and_plover_exports(kb_store, tmp_path):
    from sitrep.cli import app

    db = str(kb_store[0])
    runner = CliRunner()
    result = runner.invoke(app, ["export", "acled", "--out", str(tmp_path), "--db", db])
    assert result.exit_code == 0, result.output
    with open(tmp_path / "events_acled.csv", encoding="utf-8") as handle:
        rows = list(csv.DictReader(handle))
    assert rows and {"event_date", "event_type", "sub_event_type", "actor1", "actor2",
                     "location", "latitude", "longitude", "source", "notes"} <= set(rows[0])
    assert any(r["actor1"] == "Hayat Tahrir al-Sham" for r in rows)
    result = runner.invoke(app, ["export", "plover", "--out", str(tmp_path), "--db", db])
    assert result.exit_code == 0, result.output
    events = json.loads((tmp_path / "events_plover.json").read_text(encoding="utf-8"))
    assert events[0]["event_type"] and events[0]["mentions"][0]["text"]


def test_cli_query_timeline_and_sql(kb_store):
    from sitrep.cli import app

    db = str(kb_store[0])
    runner = CliRunner()
    result = runner.invoke(app, ["query", "timeline", "T4 airbase", "--json", "--db", db])
    assert result.exit_code == 0, result.output
    rows = [json.loads(line) for line in result.stdout.splitlines()]
    assert "emptied" in {row["status"] for row in rows}
    assert {row["date_latest"] for row in rows} >= {"2024-12-14"}  # ISO dates, no time
    result = runner.invoke(app, ["sql", "DROP TABLE kb_events", "--db", db])
    assert result.exit_code == 2 and "error: sql:" in result.output


def test_a_re_extracted_document_replaces_its_old_version(kb_store, tmp_path):
    import shutil

    copy = tmp_path / "again.duckdb"
    shutil.copy(kb_store[0], copy)
    with Store(copy) as store:
        count = "SELECT count(*) FROM kb_event_mentions"
        before = store.con.execute(count).fetchall()[0][0]
        KBBuilder(store).add_document(kb_store[1])  # what ingest does after a re-extraction
        assert store.con.execute(count).fetchall()[0][0] == before


# --- merge rules across documents (real clauses from benchmarks/kb_merge_labels.tsv) -------

def _mention(text, trigger, doc="b", day=date(2017, 5, 2), by_text=False, place=(33.51, 36.29),
             mode=None, event_type="ASSAULT"):
    from sitrep.kb.events import EventMention

    earliest = day if by_text else day - __import__("datetime").timedelta(days=3)
    return EventMention(
        doc_id=doc, span_start=0, span_end=len(text), trigger_start=text.find(trigger),
        trigger_text=trigger, text=text, type=event_type, mode=mode, modality="asserted",
        polarity="positive", source=None, target=None, reported_by=None, place="Damascus",
        place_name="Damascus", gazetteer_id="geonames:170654", feature_type="city",
        country="SY", lat=place[0], lon=place[1], earliest=earliest, latest=day,
        dated_by_text=by_text)


def _event(m):
    from sitrep.kb.events import new_event

    return new_event("ev-a", m)


def test_clashes_and_a_chlorine_attack_near_damascus_stay_apart_across_documents():
    from sitrep.kb.events import match_score, means

    clashes = _mention("40 dead in clashes between Islamist militants near Damascus", "clashes",
                       doc="a", day=date(2017, 4, 28))
    chlorine = _mention("Bashar al Assads forces are also stepping up chlorine gas attacks and "
                        "have begun using surface-fired rockets filled with chlorine in fighting "
                        "near Damascus", "attacks")
    assert means(clashes.text, "clashes") == {"ground"}
    assert "chemical" in means(chlorine.text, "attacks")
    settings = KBSettings()
    assert match_score(chlorine, _event(clashes), settings, cross_document=True) is None
    # the old rules (place within max_km, dates overlapping) merged them
    loose = KBSettings(means_must_agree=0, assault_window_days=3, cross_min_score=2.0)
    assert match_score(chlorine, _event(clashes), loose, cross_document=True) is not None


def test_an_air_strike_is_not_the_rocket_attack_it_answered():
    from sitrep.kb.events import means

    text = ("Syrian air strikes kill 70 people after rebel rocket attack Monitor Reuters Friday "
            "6 Feb 2015")
    assert means(text, "strikes") == {"air"}  # read next to the trigger, not the whole clause
    assert means("a response to rocket attacks by Islam Army insurgents", "attacks") == \
        {"artillery"}


def test_far_apart_tolls_and_different_days_veto_a_cross_document_merge():
    from sitrep.kb.events import cross_document_veto

    settings = KBSettings()
    kafr = _mention("Initial reports of 6 killed & many injured after KafrTakharim in Idlib was "
                    "targeted with an airstrike last night", "airstrike", doc="a",
                    day=date(2016, 10, 22))
    school = _mention("just a day after dozens of children were killed in airstrikes on a school "
                      "in Idlib", "airstrikes", day=date(2016, 10, 22))
    assert cross_document_veto(school, _event(kafr), settings) == "count"  # 6 vs 20+
    friday = _mention("The US-led coalition reported earlier on Friday it had conducted nine "
                      "airstrikes on Daesh militants in Raqqa", "airstrikes", doc="a",
                      day=date(2017, 5, 26), by_text=True)
    saturday = _mention("An airstrike carried out by the US-led coalition on Saturday in Raqqa "
                        "killed 20 civilians", "airstrike", day=date(2017, 5, 27), by_text=True)
    assert cross_document_veto(saturday, _event(friday), settings) == "date"


def test_the_same_clause_in_two_outlets_still_merges_without_a_place():
    from sitrep.kb.events import match_score, text_overlap

    a = ("The Army of Conquest an opposition coalition that includes al-Qaedas Syria affiliate "
         "al-Nusra Front began its assault on Fuaa and Kafraya on Wednesday")
    b = ("The Army of Conquest an opposition coalition that includes Al Qaedas Syria affiliate "
         "Al Nusra Front began its assault on Fuaa and Kafraya on Wednesday")
    assert text_overlap(a, b) > 0.9
    ma = _mention(a, "assault", doc="a", day=date(2015, 7, 15), by_text=True)
    mb = _mention(b, "assault", day=date(2015, 7, 15), by_text=True)
    ma.lat = mb.lat = None
    ma.source = mb.source = "NUSRA-FRONT"
    assert match_score(mb, _event(ma), KBSettings(), cross_document=True) >= 3.5
