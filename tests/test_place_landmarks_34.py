"""Landmarks, a sea, a bay and a region English news names as the places where things happened,
curated in data/facilities.tsv (version 8, places pass 34) where no package holds them: 'Trump
Tower', 'Ground Zero', 'the Western Wall', 'Buckingham Palace', 'Windsor Castle', the White
House's 'West Wing', 'the Gulf of Oman', 'the Bay of Pigs' and 'Latin America' (at South
America's GeoNames point, where GeoWebNews dev puts it and 'Latin American'). All unresolved
or missed before, on AllSides news (seeds 1157, 1158) and the GeoWebNews dev half."""

from __future__ import annotations

from .place_cases import near, places_of, the_place

SOUTH_AMERICA_GEONAMES = (-14.6049, -57.6563)
WHITE_HOUSE = (38.8977, -77.0365)


def test_trump_tower_is_the_tower_in_manhattan(pipeline):
    # AllSides, seed 1158
    places = places_of(pipeline, (
        "Special counsel Robert Mueller is investigating the controversial June 2016 meeting "
        "with a Russian lawyer at Trump Tower which his eldest son, Donald Trump Jr., "
        "attended."))
    assert near(the_place(places, "Trump Tower"), (40.7625, -73.9739), km=5)


def test_the_western_wall_is_in_jerusalems_old_city(pipeline):
    # AllSides, seed 1157
    places = places_of(pipeline, (
        "Before June 4, 1967, Jews were forbidden from praying at the Western Wall, Judaism's "
        "holiest site."))
    assert near(the_place(places, "the Western Wall"), (31.7767, 35.2345), km=5)


def test_buckingham_palace_and_windsor_castle(pipeline):
    # AllSides, seed 1158; GeoWebNews dev (the royal wedding article)
    places = places_of(pipeline, (
        "President Trump and first lady Melania Trump were greeted at Buckingham Palace on "
        "Monday by Queen Elizabeth II. The wedding itself takes place on 19 May in St George's "
        "Chapel at Windsor Castle."))
    assert near(the_place(places, "Buckingham Palace"), (51.5011, -0.1419), km=5)
    assert near(the_place(places, "Windsor Castle"), (51.4839, -0.6044), km=5)


def test_ground_zero_is_the_world_trade_center_site(pipeline):
    places = places_of(pipeline, (
        "Firefighters who worked at Ground Zero after the September 11 attacks are still "
        "getting sick, the union said."))
    assert near(the_place(places, "Ground Zero"), (40.7117, -74.0125), km=5)


def test_the_west_wing_located_is_the_white_house(pipeline):
    # AllSides, seed 1158; GeoWebNews dev geocodes 'the West Wing' at the White House
    places = places_of(pipeline, (
        "He has appointed his own family members to senior roles in the West Wing, and accuses "
        "senior members of the intelligence community of leaking."))
    assert near(the_place(places, "the West Wing"), WHITE_HOUSE, km=5)


def test_the_bay_of_pigs_is_in_cuba(pipeline):
    # AllSides, seed 1158: the NER's cut 'Bay' had read Bay, Arkansas elsewhere
    places = places_of(pipeline, (
        "He was hailed for standing up to the US, through the Bay of Pigs, the Cuban Missile "
        "Crisis, and most definitely the embargo."))
    bay = the_place(places, "the Bay of Pigs")
    assert bay.country == "CU" and near(bay, (22.0667, -81.1667), km=10)


def test_the_gulf_of_oman_is_the_sea(pipeline):
    places = places_of(pipeline, (
        "Two oil tankers were attacked in the Gulf of Oman on Thursday, the U.S. Navy said."))
    assert the_place(places, "the Gulf of Oman").feature_type == "sea"


def test_latin_america_and_its_adjective_stand_at_south_americas_point(pipeline):
    # AllSides, seed 1158
    places = places_of(pipeline, (
        "He served as an inspiration to revolutionary figures in Latin America and Africa. "
        "Racism persists, but not nearly as palpably as in other Latin American nations."))
    assert near(the_place(places, "Latin America"), SOUTH_AMERICA_GEONAMES, km=5)
    adjective = the_place(places, "Latin American")
    assert adjective.role == "demonym" and near(adjective, SOUTH_AMERICA_GEONAMES, km=5)


def test_places_of_war_news_no_package_holds(pipeline):
    # AllSides, seeds 1157 and 1158: all four were unresolved
    places = places_of(pipeline, (
        "They were in the thick of the most critical minutes on Omaha Beach. The boys had "
        "entered the Tham Luang cave system in the province of Chiang Rai. North Korea "
        "shelled the island of Yeonpyeong in 2010. A Marine Corps team was on the ground in "
        "Sigonella, Sicily."))
    assert near(the_place(places, "Omaha Beach"), (49.3667, -0.8667), km=10)
    assert near(the_place(places, "Tham Luang cave"), (20.3817, 99.8683), km=5)
    assert near(the_place(places, "Yeonpyeong"), (37.6667, 125.7000), km=10)
    assert near(the_place(places, "Sigonella"), (37.4017, 14.9222), km=10)
