"""Squares and a street news names as the places where things happened (Kiev's 'Independence
Square', 'Tahrir Square', 'Boylston Street'), curated in data/facilities.tsv (version 7, places
pass 33) where no package holds them. Two squares share 'Tahrir Square': the article's country
decides. Found unresolved on AllSides news."""

from __future__ import annotations

from .place_cases import near, places_of, the_place


def test_independence_square_of_kiev(pipeline):
    places = places_of(pipeline, (
        "Protesters worked through Thursday afternoon to rebuild barricades on Kiev's smoldering "
        "Independence Square, after the morning's clashes with Ukrainian riot police left "
        "dozens dead."))
    assert near(the_place(places, "Independence Square"), (50.4500, 30.5233), km=5)


def test_tahrir_square_of_cairo(pipeline):
    places = places_of(pipeline, (
        "Thousands of Egyptians returned to Tahrir Square on Friday to demand that the "
        "military council hand power to civilians, two years after the uprising that toppled "
        "Hosni Mubarak."))
    assert near(the_place(places, "Tahrir Square"), (30.0444, 31.2358), km=5)


def test_tahrir_square_of_baghdad(pipeline):
    places = places_of(pipeline, (
        "Iraqi security forces fired tear gas at protesters in Baghdad's Tahrir Square on "
        "Monday, as demonstrations against corruption and unemployment spread across "
        "southern Iraq."))
    assert near(the_place(places, "Tahrir Square"), (33.3330, 44.4200), km=5)


def test_boylston_street_of_the_marathon_bombing(pipeline):
    places = places_of(pipeline, (
        "Traffic was allowed to flow all the way down Boylston Street for the first time since "
        "two explosions near the finish line of the Boston Marathon killed three people."))
    assert near(the_place(places, "Boylston Street"), (42.3497, -71.0803), km=5)


def test_a_sentences_opening_preposition_is_no_part_of_the_square(pipeline):
    # the NER takes a capitalised 'At' into the name; the place's span starts at the name
    text = ("At Tahrir Square, thousands of Egyptians chanted against the military council on "
            "Friday. In Cairo, shops stayed shut.")
    places = places_of(pipeline, text)
    assert "At Tahrir Square" not in [p.text for p in places]
    square = the_place(places, "Tahrir Square")
    assert text[square.span[0]:square.span[1]] == "Tahrir Square"
    assert near(square, (30.0444, 31.2358), km=5)
    assert "Cairo" in [p.text for p in places]


def test_a_capitalised_preposition_inside_a_sentence_stays_in_the_name(pipeline):
    # mid-sentence, a capitalised 'Near' is the name's own word ('the Near East')
    places = places_of(pipeline, (
        "The envoy moved to the department's Near East bureau in Washington last year, "
        "officials said."))
    assert "East bureau" not in [p.text for p in places]
    assert not [p for p in places if p.text.startswith("East")]
