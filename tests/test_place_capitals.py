"""A name a famous town bears as its own, and the capital of the country a story is about,
against namesakes the article's other names lift: 'Washington' in a campaign story running
through Iowa, New Hampshire and New Jersey is the capital, not the village in one of those
states, nor South River, New Jersey (once called Washington); 'Jerusalem' beside Hagerstown is
not Funkstown, Maryland (once called Jerusalem). Found on AllSides articles and the geo dev
halves (LGL, TR-News). Another named country's capital beats a namesake at home: "the Damascus
regime" in a US column naming Syria is no Damascus, Maryland, which Washington lifts."""

from __future__ import annotations

from sitrep.extract.places import distance_km

from .place_cases import places_of as _places

_DC = (38.9, -77.04)


def test_the_home_capital_beats_villages_in_the_states_a_story_names(pipeline):
    places = _places(pipeline, (
        "The United States is heading into a long primary season. Candidates crossed Iowa, "
        "New Hampshire, New Jersey and Pennsylvania this week, and a fundraiser in Manhattan, "
        "before returning to Washington for a vote in the Senate. In Washington, aides said "
        "the bill would pass."))
    washington = [p for p in places if p.text == "Washington"]
    assert washington and all(p.lat is not None and distance_km(*_DC, p.lat, p.lon) < 30
                              for p in washington)


def test_no_capital_bonus_without_the_country_named(pipeline):
    # a Tennessee story: the famous "Paris" votes for France, but no name there is France
    places = _places(pipeline, "All residents of Paris and Henry County, Tennessee, will "
                               "receive a letter from the rescue squad this week.")
    paris = next(p for p in places if p.text == "Paris")
    assert paris.country == "US"


def test_a_famous_town_by_its_own_name_beats_a_town_once_so_called(pipeline):
    places = _places(pipeline, (
        "A Hagerstown pastor, who grew up near Frederick, Maryland, led forty members of his "
        "church on a pilgrimage to Jerusalem last spring."))
    jerusalem = next(p for p in places if p.text == "Jerusalem")
    assert jerusalem.country == "IL"


def test_a_named_countrys_capital_beats_a_namesake_near_the_home_capital(pipeline):
    # a US foreign-policy column (AllSides): the US dominates, Washington lends its support to
    # Damascus, Maryland; Syria is named, and "the Damascus regime" is its capital
    places = _places(pipeline, (
        "The US has to show up and lead. Washington cannot leave Syria to Russia and Iran: "
        "the US must not accept the Damascus regime, and US allies in London and Paris "
        "expect the US to act, said the president of the International Rescue Committee. "
        "Extremism in Syria will not be defeated by cooperation with the Assad government "
        "in Damascus."))
    damascus = [p for p in places if p.text == "Damascus"]
    assert damascus and all(p.country == "SY" for p in damascus)


def test_the_capital_before_a_name_is_a_nations_capital(pipeline):
    # "the capital Tripoli" in a Libya paragraph, beside paragraphs on Lebanon and Syria, had
    # read Tripoli, Lebanon (AllSides news, places pass 32)
    places = _places(pipeline, (
        "In neighboring Libya, challenges resound. Rival militias in the capital Tripoli have "
        "fought for control of the city's international airport since mid-July.\n\n"
        "In Lebanon, power cuts are so routine that apps were created to let users track them, "
        "according to The Daily Star, a Lebanese newspaper.\n\n"
        "In neighboring war-torn Syria, power cuts have hit Damascus, while some parts of "
        "Aleppo had no power at all at the end of June."))
    tripoli = [p for p in places if p.text == "Tripoli"]
    assert tripoli and tripoli[0].country == "LY"
