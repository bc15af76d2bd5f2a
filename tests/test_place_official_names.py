"""A Mexican town GeoNames holds only under its official name, an honorific first ('Heroica
Matamoros', the border city of 510,000), is meant by its short name: 'Matamoros' had been read
as Izúcar de Matamoros, Puebla, whose own name merely ends in it (AllSides: 9 mentions in one
article on the asylum camps)."""

from __future__ import annotations

from .place_cases import near, places_by_text

MATAMOROS = (25.88, -97.50)  # Heroica Matamoros, Tamaulipas


def test_a_town_written_without_its_official_honorific_is_that_town(pipeline):
    places = places_by_text(pipeline, (
        "Thousands of asylum seekers wait in tents in Matamoros while their US cases are heard. "
        "The UN refugee agency funds shelters in Mexico City and, more recently, in Matamoros."))
    assert near(places["Matamoros"], MATAMOROS)
