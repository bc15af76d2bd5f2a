"""A possessive puts the place after it inside the name it follows ("Toronto's Pearson
International Airport"), but only the possessive of that name: another word's possessive
further on is no container. "... the Kansas City Royals. NHL's Boston Bruins ..." had put
every Boston of a CNN story on the Boston Marathon bombing in Kansas City (AllSides)."""

from __future__ import annotations

from .place_cases import near, places_by_text, places_of

BOSTON = (42.36, -71.06)
TORONTO = (43.65, -79.38)


def test_another_words_possessive_is_no_container(pipeline):
    bostons = [p for p in places_of(pipeline, (
        "The manhunt brought Boston to a near standstill. The Boston Red Sox postponed Friday "
        "night's game against the Kansas City Royals to support law enforcement officers. "
        "NHL's Boston Bruins also postponed its game.")) if p.text == "Boston"]
    assert bostons and all(near(p, BOSTON) for p in bostons)


def test_the_names_own_possessive_still_holds_the_place(pipeline):
    places = places_by_text(pipeline, (
        "The flight was diverted to Toronto's Pearson International Airport after a passenger "
        "fell ill, the airline said."))
    assert near(places["Pearson International Airport"], TORONTO)
