"""Shared by the places tests: whether a resolved place lies near a known point."""

from __future__ import annotations

from sitrep.extract.places import distance_km
from sitrep.records import Document


def near(place, point: tuple[float, float], km: float = 30) -> bool:
    """The place was resolved, and within `km` of `point` (lat, lon)."""
    return place.lat is not None and distance_km(*point, place.lat, place.lon) < km


def places_of(pipeline, text: str) -> list:
    """The places sitrep extracts from `text`, in text order."""
    return pipeline.extract(Document.from_text(text)).places


def places_by_text(pipeline, text: str) -> dict:
    """The same, keyed by the words the text writes (the last mention of a form wins)."""
    return {place.text: place for place in places_of(pipeline, text)}


def the_place(places, text: str):
    """The first place read from exactly `text` (the test fails, listing what was read, if none)."""
    found = [p for p in places if p.text == text]
    assert found, [p.text for p in places]
    return found[0]
