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
