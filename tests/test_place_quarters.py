"""A city's quarter the gazetteer lacks, written right beside the city, takes the city's point
when every reading of its name is only another town's alternate name: 'Gulshan, Dhaka' had been
Tabas, Iran (which GeoNames also calls Golshan), "Gaza City's Zeitoun district" Żejtun, Malta
(AllSides, the Holey Artisan Bakery attack and the Gaza strikes). A name with a reading of its
own stays that reading, and a list of cities is no chain of containers."""

from __future__ import annotations

from .place_cases import near, places_by_text

DHAKA = (23.71, 90.41)
GAZA = (31.50, 34.47)


def test_a_quarter_beside_its_city_takes_the_citys_point(pipeline):
    places = places_by_text(pipeline, (
        "Gunmen stormed the Holey Artisan Bakery in Gulshan, Dhaka, on Friday night, taking "
        "dozens of foreigners hostage, police said."))
    assert near(places["Gulshan"], DHAKA)


def test_a_quarter_after_its_citys_possessive_takes_the_citys_point(pipeline):
    places = places_by_text(pipeline, (
        "Israeli strikes on Gaza City's Zeitoun district killed four people overnight, "
        "Palestinian health officials said."))
    assert near(places["Zeitoun"], GAZA)


def test_a_town_of_its_own_in_a_list_of_cities_stays(pipeline):
    places = places_by_text(pipeline, (
        "Protests spread to Lahore, Dhaka and Delhi after the verdict, with police in Lahore "
        "firing tear gas."))
    assert near(places["Lahore"], (31.55, 74.34))


def test_a_quarter_named_before_its_city_takes_the_citys_point(pipeline):
    # "the X neighbourhood of Y" (60 AllSides articles): 'Maadi' had been Mădei, Romania,
    # 'Shaar' Sarh, Chad, 'the Stalingrad district of Paris' Volgograd
    places = places_by_text(pipeline, (
        "Protesters gathered outside the Supreme Constitutional Court in the Maadi "
        "neighborhood of Cairo, but the march did not materialize."))
    assert near(places["Maadi"], (30.06, 31.25))
