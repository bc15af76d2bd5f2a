"""A plural division word after a list of names ("the Donetsk and Luhansk regions", "Hama and
Idlib provinces") makes every listed name a division, as "the Donetsk region" does for one.
After one name alone the word names a region's states, not the name ("the Gulf states").
Found on AllSides news (places pass 33)."""

from __future__ import annotations

from sitrep.extract.place_cues import mention_cues

from .place_cases import places_of


def _state_word(text: str, name: str) -> bool:
    at = text.index(name)
    return mention_cues(text, at, at + len(name)).state_word


def test_every_name_of_a_list_before_provinces_is_called_a_division():
    text = ("Syrian and Russian jets carried out attacks on Islamist factions in towns in Hama, "
            "Latakia and Idlib provinces in western Syria.")
    assert all(_state_word(text, name) for name in ("Hama", "Latakia", "Idlib"))


def test_a_name_alone_before_states_is_not_called_a_state():
    text = "Saudi Arabia and the Gulf states pledged aid to Egypt."
    assert not _state_word(text, "Gulf")
    assert not _state_word(text, "Saudi Arabia")  # "the" breaks the list


def test_idlib_of_a_list_of_provinces_is_the_governorate(pipeline):
    places = places_of(pipeline, (
        "Syrian and Russian jets on Wednesday carried out attacks on Islamist factions in "
        "towns in Hama and Idlib provinces in western Syria, with the Syrian army saying it "
        "had struck rebel positions."))
    idlib = [p for p in places if p.text == "Idlib"]
    assert idlib and idlib[0].feature_type == "admin1"


def test_donetsk_of_the_donetsk_and_luhansk_regions_is_ukraines(pipeline):
    # Russia in the story voted for Donetsk, Rostov Oblast (a town of 50,000) while the cities
    # of Donetsk and Luhansk lifted each other: the text says both are regions
    places = places_of(pipeline, "Russia recognised the independence of the Donetsk and "
                                 "Luhansk regions on Monday.")
    donetsk = [p for p in places if p.text == "Donetsk"]
    assert donetsk and donetsk[0].country == "UA" and donetsk[0].feature_type == "admin1"
