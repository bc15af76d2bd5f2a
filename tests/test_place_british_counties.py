"""A British county is written without the word 'County' ('an airbase in Hampshire', 'the
Duchess of Cornwall'): its bare name is the county, not a US town of the name (Hampshire,
Illinois, 6,000 people), as a bare US county's name is the town. A borough around its city
(Manchester, Birmingham) keeps the penalty: the bare name is the city. Found on WikiEvents and
AllSides news (places pass 32)."""

from __future__ import annotations

from .place_cases import places_by_text


def test_an_airbase_in_hampshire_is_in_the_english_county(pipeline):
    places = places_by_text(pipeline, (
        "Drones have come close to aircraft across Britain and the United States. An RAF "
        "Chinook helicopter at an airbase in Hampshire was nearly downed after it came within "
        "130ft of one."))
    assert places["Hampshire"].country == "GB"


def test_a_borough_named_after_its_city_still_reads_the_city(pipeline):
    places = places_by_text(pipeline, (
        "Police have set up a help centre at Manchester City's Etihad Stadium for anyone "
        "looking for relatives after the concert in Manchester."))
    assert places["Manchester"].feature_type == "city"
