"""A town that only resembles the name as written is not chosen where a larger town is called
exactly that, however the article's other places support it: 'Pittsburgh' in a story about a
Californian synagogue shooting had been Pittsburg, California (the name key folds 'gh' to 'g';
AllSides, 5 mentions in one article, and GeoVirus dev), 'Money from Washington' in a Kentucky
story Old Washington, Kentucky, which GeoNames also calls Washington (AllSides, 5 mentions). An
other name counts only beside a famous town of that name; a town the text puts in its state, and
one written as the writer spelled it, stay readings."""

from __future__ import annotations

from .place_cases import near, places_by_text

PITTSBURGH = (40.44, -80.00)
PITTSBURG_CALIFORNIA = (38.03, -121.88)
WASHINGTON_DC = (38.90, -77.04)


def test_the_larger_town_spelled_as_written_beats_a_lookalike_the_state_supports(pipeline):
    places = places_by_text(pipeline, (
        "The attack at the synagogue in Poway, California, near San Diego, came exactly six "
        "months after a shooting at the Tree of Life synagogue in Pittsburgh in which 11 "
        "people were killed. Governor Gavin Newsom said California would pay for security."))
    assert near(places["Pittsburgh"], PITTSBURGH)


def test_a_famous_towns_name_is_no_villages_other_name(pipeline):
    places = places_by_text(pipeline, (
        "Kentucky election officials in Frankfort and Louisville, Kentucky, faced a reduction "
        "in state voting funds. Money from Washington could make up some of the gap, and "
        "Lexington, Kentucky, asked for more."))
    assert near(places["Washington"], WASHINGTON_DC)


def test_the_lookalike_spelled_as_written_stays(pipeline):
    places = places_by_text(pipeline, (
        "Firefighters in Pittsburg, California, near Concord, contained a grass fire on "
        "Tuesday, the Contra Costa County fire district said."))
    assert near(places["Pittsburg"], PITTSBURG_CALIFORNIA)


def test_a_village_the_text_puts_in_its_state_stays(pipeline):
    places = places_by_text(pipeline, (
        "The festival in Washington, Ky., near Maysville, drew visitors from Cincinnati and "
        "Lexington, Kentucky."))
    assert not near(places["Washington"], WASHINGTON_DC, km=300)


def test_an_abbreviated_saint_is_the_citys_own_name(pipeline):
    # 'St. Petersburg' is Saint Petersburg's main name written short, as much its own as the
    # Florida city's: a Russian story had read all four as Florida (AllSides, the FSB's plot)
    places = places_by_text(pipeline, (
        "Putin thanked Trump for U.S. intelligence that helped thwart terrorist attacks in "
        "St. Petersburg, officials in both countries said. The FSB said a search of an "
        "apartment found explosives."))
    assert near(places["St. Petersburg"], (59.94, 30.31))


def test_an_abbreviated_saint_its_state_names_stays_that_states(pipeline):
    places = places_by_text(pipeline, (
        "The storm flooded streets in St. Petersburg, Fla., overnight, and the city's mayor "
        "asked residents to stay home."))
    assert near(places["St. Petersburg"], (27.77, -82.68))
