"""Names listed together are of one kind. A list of single names is no chain of containers
("stops in Washington, New York and Boston" puts no Washington County in New York state, "offices
in Miami, West Palm Beach, New York, and Detroit" no West Palm Beach there), and an item of a
list of one country's states or provinces is one of them ("Texas, Utah, Virginia, Washington,
West Virginia and Wyoming"; "British Columbia, Alberta, Manitoba, Ontario and New Brunswick").
Found on the GeoVirus and GeoWebNews dev and train halves and in AllSides ("real-estate prices
of London, New York, and Paris" had put London in New York state)."""

from __future__ import annotations

from .place_cases import near, places_by_text, places_of


def test_a_list_of_cities_is_no_chain_of_containers(pipeline):
    places = places_by_text(pipeline, (
        "The firm has offices in Los Angeles, Miami, West Palm Beach, New York, and Detroit. "
        "It is reflected in the real-estate prices of London, New York, and Paris."))
    assert near(places["West Palm Beach"], (26.715, -80.053))
    assert places["London"].country == "GB"


def test_a_town_and_its_state_in_a_list_keep_their_link(pipeline):
    places = places_by_text(pipeline, "He grew up in Springfield, Ill., and St. Louis.")
    assert places["Springfield"].admin1 == "Illinois"


def test_an_item_of_a_list_of_states_is_a_state(pipeline):
    places = places_by_text(pipeline, (
        "Cases of salmonella were reported in Texas, Utah, Virginia, Washington, West Virginia "
        "and Wyoming."))
    assert places["Washington"].feature_type == "admin1"
    assert places["Washington"].admin1 == "Washington"


def test_a_state_in_a_list_of_states_is_not_placed_in_the_next(pipeline):
    places = places_by_text(pipeline, (
        "Health officials in Atlanta said 84 people fell ill in California, New Jersey, Texas "
        "and Illinois after eating the lettuce."))
    assert places["California"].feature_type == "admin1"
    assert places["California"].admin1 == "California"


def test_an_item_of_a_list_of_provinces_is_a_province(pipeline):
    places = places_by_text(pipeline, (
        "Illnesses in Canada occurred in British Columbia, Alberta, Manitoba, Ontario and "
        "New Brunswick between January 19 and February 22."))
    assert places["Ontario"].country == "CA" and places["Ontario"].feature_type == "admin1"
    assert places["New Brunswick"].country == "CA"


def test_a_capital_its_container_qualifies_stays_the_capital_in_a_list_of_states(pipeline):
    places = places_of(pipeline, (
        "Trips to Guam, Alaska, Hawaii, Florida and Washington, D.C., have put an emphasis on "
        "the importance of the program."))
    washington = next(p for p in places if p.text.startswith("Washington"))
    assert near(washington, (38.895, -77.036), 50)


def test_a_list_of_towns_stays_towns(pipeline):
    places = places_by_text(pipeline, (
        "The plan calls for passenger rail service connecting Cleveland, Columbus, Dayton and "
        "Cincinnati."))
    assert all(places[name].feature_type == "city"
               for name in ("Cleveland", "Columbus", "Dayton", "Cincinnati"))


def test_a_great_division_abroad_is_no_village_of_its_name(pipeline):
    places = places_by_text(pipeline, (
        "The LST-325 docked in Evansville, Indiana, on Friday. The ship carried soldiers and "
        "20 Sherman tanks. It landed on the beaches of Normandy during the D-Day invasion."))
    assert places["Normandy"].country == "FR"
