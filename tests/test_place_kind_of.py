"""The kind of place the text names before the name: "the Mediterranean island of Crete" is
the Greek island (a province in GeoNames), not Crete, Nebraska in a story full of American
places; "the city of X" is the town, not the province of its name. Found on AllSides news
(places pass 32)."""

from __future__ import annotations

from .place_cases import places_of

_NAVY_STORY = ("The destroyer USS McFaul was making a port call on the Mediterranean island of "
               "Crete, while the USS Laboon was outside Gibraltar, a Navy spokesman in "
               "Washington said. Officials in Virginia and Florida declined to comment.")


def test_the_island_of_crete_is_the_greek_island(pipeline):
    crete = [p for p in places_of(pipeline, _NAVY_STORY) if p.text == "Crete"]
    assert crete and crete[0].country == "GR"


def test_crete_with_no_island_word_in_the_same_story_is_not_moved(pipeline):
    # the cue is the text's own word: without it the ranking is the one it always was
    text = _NAVY_STORY.replace("Mediterranean island of Crete", "port of Crete, Neb.")
    crete = [p for p in places_of(pipeline, text) if p.text == "Crete"]
    assert crete and crete[0].country == "US"


def test_the_eastern_city_of_donetsk_is_the_city(pipeline):
    # the city's reading, not the oblast's, and the capital's with it
    places = places_of(pipeline, "A bride passes a barricade outside a government building in "
                                 "the eastern city of Donetsk.\n\nRussia has ordered new "
                                 "military exercises on its border, drawing condemnation from "
                                 "Kiev.\n\nMoscow has tens of thousands of troops along its side "
                                 "of the border.\n\nRaids by Ukrainian commandos around the town "
                                 "of Sloviansk left two separatists dead.\n\nThere have also been "
                                 "reports from the port city of Odessa of an explosion at a "
                                 "checkpoint.\n\nMr Kerry praised the interim authorities in "
                                 "Kiev, saying they had honoured the agreement struck in Geneva.")
    donetsk = [p for p in places if p.text == "Donetsk"]
    assert donetsk and donetsk[0].feature_type == "city"
    assert all(p.feature_type == "city" for p in places if p.text == "Kiev")
