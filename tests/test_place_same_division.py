"""A town in the first-level division the article's other places lie in, though more than
_FAR_KM from them: a state paper's towns lie in its state ('Florence' and 'Anderson' in a
Charleston story are South Carolina's, not Tuscany's and Indiana's; LGL dev: 5 readings)."""

from __future__ import annotations

from .place_cases import near, places_by_text

FLORENCE_SC = (34.195, -79.763)
FLORENCE_IT = (43.769, 11.255)


def test_a_state_papers_town_lies_in_its_state(pipeline):
    places = places_by_text(pipeline, (
        "Funding to dry up on Friday for Charleston center. The center for developmentally "
        "disabled children, which has survived on donations for three years, will close, its "
        "director said. Charleston County cut its grant last year. Senate Finance Committee "
        "Chairman Hugh Leatherman, a Republican from Florence, has been impressed with the "
        "support for the center from local businesses."))
    assert near(places["Florence"], FLORENCE_SC, km=50)


def test_a_world_city_stays_without_a_town_of_its_namesakes_state(pipeline):
    # the guard: nothing else in the article lies in South Carolina
    places = places_by_text(pipeline, (
        "Funding to dry up on Friday for the center. The center for developmentally disabled "
        "children, which has survived on donations for three years, will close, its director "
        "said on his return from a conference in Florence."))
    assert near(places["Florence"], FLORENCE_IT, km=50)
