"""Seas, oceans and peninsulas news names that no pip gazetteer holds, curated in
data/facilities.tsv with their Wikipedia points, and the DPRK as North Korea. Found on the dev
halves of the geo gold sets, where they were detected but left unresolved."""

from __future__ import annotations

from sitrep.extract.places import distance_km
from sitrep.records import Document


def _places(pipeline, text):
    return {p.text: p for p in pipeline.extract(Document.from_text(text)).places}


def test_a_peninsula_and_a_sea_resolve_to_coarse_points(pipeline):
    places = _places(pipeline, "Tensions on the Korean Peninsula eased, while patrols continued "
                               "in the South China Sea. Kim Jong Un returned to the DPRK on "
                               "Friday.")
    korea = next(p for p in places.values() if "Korean Peninsula" in p.text)
    assert korea.feature_type == "region" and distance_km(38, 127.5, korea.lat, korea.lon) < 161
    assert korea.confidence <= 0.4  # a coarse place, no precise location
    assert places["DPRK"].country == "KP"
    sea = next(p for p in places.values() if "South China Sea" in p.text)
    assert sea.feature_type == "sea"


def test_the_gulf_of_mexico_is_the_sea_not_unresolved(pipeline):
    places = _places(pipeline, "The storm is expected to strengthen over the Gulf of Mexico "
                               "before reaching the coast on Friday.")
    gulf = next(p for p in places.values() if "Gulf of Mexico" in p.text)
    assert gulf.feature_type == "sea" and distance_km(25, -90, gulf.lat, gulf.lon) < 161


def test_a_river_delta_and_a_valley_are_regions_not_a_country_or_unresolved(pipeline):
    places = _places(pipeline, "Militants attacked a pipeline in the Niger Delta on Monday, "
                               "and farmers in the Nile Delta said the floods had spared them. "
                               "Landslides closed roads in the Swat Valley.")
    niger = next(p for p in places.values() if "Niger" in p.text)
    assert niger.feature_type == "region" and distance_km(5.0, 6.3, niger.lat, niger.lon) < 161
    nile = next(p for p in places.values() if "Nile" in p.text)
    assert nile.lat is not None and distance_km(30.9, 31.1, nile.lat, nile.lon) < 161
    swat = next(p for p in places.values() if "Swat" in p.text)
    assert swat.lat is not None and swat.country == "PK"
