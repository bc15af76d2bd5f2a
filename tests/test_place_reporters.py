"""Two words, a given name and a surname no gazetteer entry bears, are a person the NER took for
a place, not a place the town after 'in' locates: the AP's and the BBC's credit lines ("Danica
Kirka in London contributed", "the BBC's Hugh Schofield in Paris") had put the reporter at the
town's point (AllSides). A street, a county named after a person keeps its generic word and
stays a place."""

from __future__ import annotations

from .place_cases import near, places_by_text


def test_a_reporter_in_a_city_is_no_place(pipeline):
    places = places_by_text(pipeline, (
        "Belgian police detained five more people on Monday.\n\n"
        "Lori Hinnant in Paris, John-Thor Dahlburg and Raf Casert in Brussels and Danica Kirka in "
        "London contributed."))
    assert "Danica Kirka" not in places
    assert near(places["London"], (51.51, -0.13))


def test_a_street_named_after_a_person_stays_in_its_town(pipeline):
    places = places_by_text(pipeline, (
        "Another house was burglarized on Elizabeth Road in Hickory on Tuesday, police said."))
    assert near(places["Elizabeth Road"], (35.73, -81.34))
