"""One open gazetteer per file and process (`open_or_build`), and the keys a country is filed
under (`Gazetteer.country_keys`), which let the actors stage skip the look-up of a name no
country bears (speed pass 20)."""

from __future__ import annotations

import sqlite3

import pytest

from sitrep.gazetteer import import_geonames, name_key, open_or_build
from sitrep.gazetteer.index import _SCHEMA

COUNTRY_LINE = ["99999101", "Republic of Testland", "Republic of Testland", "Testland,Testlandia",
                "10.0", "20.0", "A", "PCLI", "TL", "", "00", "", "", "", "500000", "", "100",
                "Etc/UTC", "2024-01-01"]
TOWN_LINE = ["99999102", "Jeb Testiyeh", "Jeb Testiyeh", "Jabal Testiya", "34.1", "36.2", "P",
             "PPL", "SY", "", "11", "", "", "", "1200", "", "100", "Asia/Damascus", "2024-01-01"]


def _empty_gazetteer(path):
    con = sqlite3.connect(path)
    con.executescript(_SCHEMA)
    con.commit()
    con.close()
    return path


def _import(path, tmp_path, *lines):
    dump = tmp_path / "dump.txt"
    dump.write_text("".join("\t".join(line) + "\n" for line in lines), encoding="utf-8")
    return import_geonames(dump, path)


def test_the_stages_share_one_open_gazetteer_per_file(tmp_path):
    first = _empty_gazetteer(tmp_path / "a.sqlite")
    other = _empty_gazetteer(tmp_path / "b.sqlite")
    assert open_or_build(first) is open_or_build(first)
    assert open_or_build(first) is not open_or_build(other)


def test_a_file_changed_since_it_was_opened_is_opened_afresh(tmp_path):
    path = _empty_gazetteer(tmp_path / "g.sqlite")
    before = open_or_build(path)
    assert before.lookup(name_key("Jabal Testiya")) == ()
    assert _import(path, tmp_path, TOWN_LINE) == 1
    after = open_or_build(path)
    assert after is not before
    assert after.lookup(name_key("Jabal Testiya"))[0].id == "geonames:99999102"


def test_country_keys_are_the_keys_of_every_spelling_of_a_country_and_no_other(tmp_path):
    path = _empty_gazetteer(tmp_path / "g.sqlite")
    _import(path, tmp_path, COUNTRY_LINE, TOWN_LINE)
    gazetteer = open_or_build(path)
    assert gazetteer.country_keys() == {name_key(n) for n in (
        "Republic of Testland", "Testland", "Testlandia")}
    assert name_key("Jabal Testiya") not in gazetteer.country_keys()


@pytest.fixture(scope="module")
def gazetteer():
    g = open_or_build()
    assert g is not None
    return g


def test_a_key_is_a_country_key_exactly_when_its_look_up_holds_a_country(gazetteer):
    """What lets `_country_spelled` skip a name's look-up: the set is neither short of a
    country's key (an answer lost) nor wider (a look-up still asked), on the built gazetteer."""
    keys = gazetteer.country_keys()
    assert {name_key(n) for n in ("Guinea Bissau", "Burma", "Syria")} <= keys
    assert all(any(c.feature == "country" for c in gazetteer.lookup(k)) for k in keys)
    for name in ("Mueller", "Assad", "Idlib", "Georgia", "Jordan", "Chad", "Hezbollah"):
        key = name_key(name)
        assert (key in keys) == any(c.feature == "country" for c in gazetteer.lookup(key)), name


def test_facility_keys_are_those_of_the_curated_places_as_before(gazetteer):
    """The curated places' keys now come from the scan that finds the countries' keys."""
    old_query = {row[0] for row in gazetteer.con.execute(
        "SELECT key FROM names WHERE place IN (SELECT id FROM places WHERE id LIKE 'sitrep:%')")}
    assert gazetteer.facility_keys() == old_query
    assert name_key("Khmeimim airbase") in old_query


def test_a_word_key_read_from_the_memo_is_the_key_worked_out_afresh():
    """Speed pass 21: `_word_key` is kept per word; a name's key is made of the same words'
    keys however often they were asked before."""
    from sitrep.gazetteer.names import _word_key, fold

    names = ["Deir ez-Zor", "Sheikh Jarrah", "Khan Younis", "Al-Hasakah province",
             "Sheikh Maqsoud", "Khan Sheikhoun", "N.J.", "Qamishli", "Al-Qamishli"]
    for _ in range(2):  # the second round from the memo
        for name in names:
            words = fold(name).split()
            assert all(_word_key(w) == _word_key.__wrapped__(w) for w in words)
            assert name_key.__wrapped__(name) == name_key(name)
    assert name_key("Khan Younis") == name_key("Han Yunis")  # the spellings still meet
