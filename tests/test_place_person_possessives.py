"""A person's full name the NER writes with its possessive ('Barack Obama’s') still makes each of
its words a person's in the whole article: 'Obama’s Shameful Parting Shot', a headline the NER
calls an organisation, is no town of Obama, Japan."""

from __future__ import annotations

from .place_cases import places_of


def test_a_surname_known_from_a_possessive_full_name_is_no_town(pipeline):
    text = ("EDITORIAL: Obama’s Shameful Parting Shot at Israel\n\n"
            "In some ways, Kerry in 2013 was a perfect choice for Obama’s second secretary of "
            "state. For the better part of three decades on the Senate Foreign Relations "
            "Committee, Kerry had spoken as if statecraft and international diplomacy were "
            "relatively easy tasks.\n\n"
            "After signing on to the Iran deal, Kerry claimed that “no American administration "
            "has done more for Israel’s security than Barack Obama’s.” Kerry warned that Israel "
            "had to recognize a Palestinian state.")
    places = places_of(pipeline, text)
    assert not [p for p in places if p.text.startswith("Obama")]
    assert {"Israel", "Iran"} <= {p.text for p in places if p.lat is not None}
