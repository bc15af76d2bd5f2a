"""The adjective of a province or region that is no country's ('the Crimean parliament'): the
gazetteer reaches 'Crimean' only as the Crimean Bridge stripped of its feature word, and the
bridge lies 165 km from the peninsula's point. The adjective names the region. Found on
AllSides news (places pass 32: seven mentions in one CNN gallery)."""

from __future__ import annotations

from .place_cases import places_of


def test_the_crimean_parliament_is_crimea_not_the_kerch_bridge(pipeline):
    places = places_of(pipeline, "Nameplates on the front of the Crimean parliament building "
                                 "were removed on Tuesday, and demonstrators held a Crimean flag "
                                 "at Lenin Square in Simferopol.")
    crimean = [p for p in places if p.text == "Crimean"]
    assert crimean and all(p.feature_type == "admin1" and p.country == "UA" for p in crimean)


def test_the_crimean_bridge_named_in_full_is_still_the_bridge(pipeline):
    places = places_of(pipeline, "Traffic on the Crimean Bridge was halted on Saturday after an "
                                 "explosion, Russian officials said.")
    bridge = [p for p in places if "Bridge" in p.text]
    assert bridge and bridge[0].feature_type == "bridge"
