"""Shared by the places tests: whether a resolved place lies near a known point."""

from __future__ import annotations

from sitrep.extract.places import distance_km


def near(place, point: tuple[float, float], km: float = 30) -> bool:
    """The place was resolved, and within `km` of `point` (lat, lon)."""
    return place.lat is not None and distance_km(*point, place.lat, place.lon) < km
