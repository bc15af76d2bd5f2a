"""Major airports named by their own name: "Heathrow", "Gatwick airport", "O'Hare" are the
airports, not the villages of the name (Heathrow, Florida). OurAirports names them after their
city ("London Heathrow Airport"); the gazetteer indexes what is left without the city and the
feature words as the airport's own name, where no town of 10,000 people bears it. Found on the
GeoWebNews and TR-News dev halves."""

from __future__ import annotations

from sitrep.gazetteer.sources import airport_short_name

from .place_cases import near, places_by_text as _places

HEATHROW, GATWICK, SCHIPHOL, OHARE = (51.47, -0.46), (51.15, -0.19), (52.31, 4.76), \
    (41.98, -87.90)


def test_an_airport_short_name_drops_its_city_and_feature_words():
    assert airport_short_name("London Heathrow Airport", "London") == "Heathrow"
    assert airport_short_name("Chicago O'Hare International Airport", "Chicago") == "O'Hare"
    assert airport_short_name("Oslo Airport, Gardermoen", "Oslo") == "Gardermoen"
    assert airport_short_name("Malpensa International Airport", "Milan") == "Malpensa"
    # nothing left but the city, or a person's name in two words
    assert airport_short_name("Los Angeles International Airport", "Los Angeles") is None
    assert airport_short_name("Hamburg Helmut Schmidt Airport", "Hamburg") is None


def test_a_major_airport_by_its_own_name_is_the_airport_not_a_namesake_village(pipeline):
    places = _places(pipeline, "Last year 16,000 dogs and cats, 400 horses and 28 million "
                               "fish passed through Heathrow, the animal centre's director "
                               "said.")
    heathrow = places["Heathrow"]
    assert near(heathrow, HEATHROW) and heathrow.country == "GB"  # not Heathrow, Florida


def test_an_airport_named_with_the_feature_word_but_without_its_city(pipeline):
    places = _places(pipeline, "Flights were cancelled at Gatwick Airport on Friday, and "
                               "passengers at Schiphol waited for hours.")
    assert near(places["Gatwick Airport"], GATWICK)
    assert near(places["Schiphol"], SCHIPHOL)


def test_an_airport_named_in_full_keeps_its_name(pipeline):
    places = _places(pipeline, "Passengers at O'Hare International Airport waited for hours.")
    assert near(places["O'Hare International Airport"], OHARE)


def test_an_airport_named_international_without_airport_is_the_airport(pipeline):
    # "at Los Angeles International": news drops the word 'Airport' from a great airport's
    # name (AllSides: 'Los Angeles International' 10 times, 'Cairo International' 7)
    from .place_cases import places_of
    places = places_of(pipeline, (
        "Three screeners at San Francisco International were charged this month. A gunman "
        "killed an officer during a shooting spree at Los Angeles International in 2013."))
    airports = [p for p in places if p.text.endswith("International")]
    assert [p.feature_type for p in airports] == ["airport", "airport"]
    assert {p.admin1 for p in airports} == {"California"}


def test_an_organisation_called_international_is_no_airport(pipeline):
    from .place_cases import places_of
    places = places_of(pipeline, "Amnesty International said the men were held without charge "
                                 "at a prison outside Baghdad.")
    assert not any(p.feature_type == "airport" for p in places)
