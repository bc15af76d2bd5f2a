"""A legislator's party and home state ("Sen. Bob Casey, D-Pa.", "James Clyburn, D-S.C."): the
state is a place, read as the state (not Chongqing, which GeoNames also calls "Pa"), and an
abbreviation's letters are kept as written ("D-N.J." is New Jersey, not New York, which the
transliteration-tolerant name key had joined: j as y). Found on the dev half of LGL (7 such
states missed)."""

from __future__ import annotations

from sitrep.gazetteer import name_key

from .place_cases import places_of as _places


def test_a_legislators_state_abbreviation_is_the_state(pipeline):
    places = _places(pipeline, "Sen. Bob Casey, D-Pa., called Task Force SAFE's findings "
                               "troubling.")
    assert [(p.name, p.feature_type, p.country) for p in places] == [
        ("Pennsylvania", "admin1", "US")]


def test_a_legislators_state_after_a_full_name_and_title(pipeline):
    places = _places(pipeline, "It was one of the things that led House Majority Whip James "
                               "Clyburn, D-S.C., to insert language into the bill.")
    assert [p.name for p in places] == ["South Carolina"]


def test_new_jersey_is_not_new_york(pipeline):
    assert name_key("N.J.") != name_key("N.Y.")
    places = _places(pipeline, "U.S. Sen. Frank Lautenberg, D-N.J., today reintroduced the "
                               "Responsible Education Act.")
    assert "New Jersey" in [p.name for p in places]


def test_a_legislators_home_town_is_a_place_however_small(pipeline):
    """A town after the party ('R-Elbow Lake', 1,200 people; Minnesota's 'DFL-Cook') is the
    legislator's home, however few live there (LGL dev: 5 such towns missed)."""
    places = _places(pipeline, "Rep. Torrey Westrom, R-Elbow Lake, said the talk of stricter "
                               "press rules in St. Paul is a sign of bigger problems.")
    elbow = next(p for p in places if p.text == "Elbow Lake")
    assert (elbow.country, elbow.admin1) == ("US", "Minnesota")
    places = _places(pipeline, "Senate Tax Chairman Tom Bakk, DFL-Cook, said a \"lion's share\" "
                               "of the new revenue would come from income taxes in Minnesota.")
    assert "Cook" in [p.text for p in places]
