"""A list's last 'in' does not move a known city into another town: in the AP's credit line
"Raf Casert in Brussels and Danica Kirka in London contributed" the NER took the reporter's name
for a place, so 'Brussels and Danica Kirka in London' read as two places in London, and one name,
one place, every Brussels of the story went to London (AllSides, the Brussels raids). A village
the gazetteer lacks, listed before its town, still takes the town's point."""

from __future__ import annotations

from .place_cases import near, places_by_text, places_of

BRUSSELS = (50.85, 4.35)


def test_a_known_city_listed_before_another_towns_in_keeps_its_point(pipeline):
    text = (
        "BRUSSELS (AP) — Belgian police launched more raids in Brussels and beyond early Monday, "
        "detaining five more people in connection with the Paris attacks.\n\n"
        "Lori Hinnant in Paris, John-Thor Dahlburg and Raf Casert in Brussels and Danica Kirka in "
        "London contributed.")
    brussels = [p for p in places_of(pipeline, text) if p.text.lower() == "brussels"]
    assert brussels and all(near(p, BRUSSELS) for p in brussels)


def test_a_village_listed_before_its_town_still_takes_the_towns_point(pipeline):
    places = places_by_text(pipeline, (
        "Rebels agreed to lift the siege of the villages of Foua and Kfraya in Idlib in exchange "
        "for safe passage out of Zabadani."))
    assert near(places["Kfraya"], (35.93, 36.63), km=100)
