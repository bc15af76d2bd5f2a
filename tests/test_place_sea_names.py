"""A name that is an ocean's or a sea's ('the Pacific', 'the Atlantic'): a story that names it
means the water, so the towns and counties that bear the name (Pacific, Washington; Pacific
County) lend no support to the article's other names. Found on AllSides articles: "Washington
(CNN)" and "Pyongyang and Washington" beside a missile "in the Pacific" read as the state."""

from __future__ import annotations

from .place_cases import near, places_of

_DC = (38.9, -77.04)


def test_the_pacific_does_not_lift_washington_state_over_the_capital(pipeline):
    places = places_of(pipeline, (
        "Washington (CNN) North Korea fired a ballistic missile that landed in the Pacific on "
        "Tuesday, the latest test to raise tensions between Pyongyang and Washington. Officials "
        "in Seoul said the missile flew over Japan."))
    washington = [p for p in places if p.text == "Washington"]
    assert len(washington) == 2 and all(near(p, _DC) for p in washington)


def test_the_pacific_alone_is_no_town_of_its_name(pipeline):
    # the ocean's bare name: not Pacific, Washington (nor Missouri), which the gazetteer holds
    # under it; left unresolved, the water having no entry under that name
    places = places_of(pipeline, (
        "North Korea fired a ballistic missile that flew over Japan and landed in the Pacific, "
        "officials in Tokyo said. The United States keeps warships across the Pacific."))
    pacific = [p for p in places if p.text in {"Pacific", "the Pacific"}]
    assert pacific and all(p.lat is None for p in pacific)


def test_a_town_named_after_the_ocean_stays_where_the_text_places_it(pipeline):
    places = places_of(pipeline, (
        "A Pacific man was charged on Friday after a crash on Interstate 44 near Pacific, Mo., "
        "the Missouri State Highway Patrol said."))
    pacific = [p for p in places if p.text == "Pacific"]
    assert pacific and all(p.admin1 == "Missouri" for p in pacific)
