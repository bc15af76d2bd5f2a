"""A peer's or a royal's title before 'of' ("the Duchess of Cornwall", "the Duke of York"):
the name is the title's, named whatever the story's own places are, so the towns of the
story's country (Cornwall, New York; York, Pennsylvania) take neither its bonuses nor the
support of the article's other names. Found on AllSides articles: royal visits to the US."""

from __future__ import annotations

from .place_cases import places_of


def test_a_royal_title_names_no_town_in_the_story_country(pipeline):
    places = places_of(pipeline, (
        "Prince Charles and his wife Camilla, the Duchess of Cornwall, arrived in Washington on "
        "Tuesday for talks with President Trump at the White House, before a visit to New York "
        "and Texas."))
    cornwall = next(p for p in places if p.text == "Cornwall")
    assert cornwall.country != "US"


def test_a_dukes_title_is_the_english_town(pipeline):
    places = places_of(pipeline, "The Duke of York met officials in Chicago and Ohio last week.")
    york = next(p for p in places if p.text == "York")
    assert york.country == "GB"


def test_a_town_after_of_without_a_title_keeps_the_story_country(pipeline):
    # no title: "the mayor of York" in a Pennsylvania story is the town there
    places = places_of(pipeline, "The mayor of York met officials in Harrisburg, Pennsylvania, "
                                 "on Monday.")
    york = next(p for p in places if p.text == "York")
    assert york.country == "US"
