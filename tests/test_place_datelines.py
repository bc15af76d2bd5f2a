"""Place names the small NER model runs into other words: a state or province after a town and
its comma ("a family from Yorkton, Sask."; "in Vegreville, Alta." labelled ORG with the town), an
upper-case dateline run into the words after it ("DETROIT The U.S. Transportation Department",
"BUTLER CO. - A suspect"), and a town before its possessive in the name of what lies there
("Harare's Second Street", "Derry's Altnagelvin Hospital"). Found on the dev halves of TR-News
and GeoWebNews (twelfth pass)."""

from __future__ import annotations


from .place_cases import places_of as _places


def _named(places, text):
    return [p for p in places if p.text.rstrip(".") == text.rstrip(".")]


def test_an_abbreviated_province_after_a_town_and_its_comma_is_a_place(pipeline):
    places = _places(pipeline, "A family from Melville, Sask. says the dog it lost last spring "
                               "turned up at a farm near Regina on Sunday.")
    sask = _named(places, "Sask")
    assert sask and sask[0].feature_type == "admin1" and sask[0].admin1 == "Saskatchewan"


def test_a_town_and_province_the_ner_takes_for_one_organisation_are_two_places(pipeline):
    places = _places(pipeline, "The cat was found during a routine safety check in Wainwright, "
                               "Alta., by a train conductor, who took it to a shelter.")
    town, province = _named(places, "Wainwright"), _named(places, "Alta")
    assert town and town[0].country == "CA" and town[0].admin1 == "Alberta"
    assert province and province[0].feature_type == "admin1"


def test_a_story_opening_in_capitals_before_its_state_names_both(pipeline):
    places = _places(pipeline, "HOLLIDAY, Mo. — A 25-year-old man was arrested Friday after a "
                               "crash on Route C, the Highway Patrol said.")
    assert _named(places, "HOLLIDAY") and _named(places, "Mo.")


def test_a_word_sharing_a_states_code_after_a_comma_is_no_place(pipeline):
    places = _places(pipeline, "The case is U.S. v. Chen, U.S. District Court, District of "
                               "Massachusetts, No. 18-cr-10083.")
    assert not _named(places, "No")


def test_an_upper_case_dateline_run_into_the_next_words_is_a_place(pipeline):
    places = _places(pipeline, "DETROIT The U.S. Transportation Department on Wednesday issued "
                               "voluntary guidelines for carmakers on distracted driving.")
    detroit = _named(places, "DETROIT")
    assert detroit and detroit[0].admin1 == "Michigan"


def test_an_upper_case_county_dateline_is_the_county(pipeline):
    places = _places(pipeline, "PLYMOUTH CO. - A suspect in an early February farm auction "
                               "theft near Hinton has been arrested, the sheriff said.")
    county = _named(places, "PLYMOUTH CO.")
    assert county and county[0].admin1 == "Iowa"


def test_an_upper_case_headline_is_no_dateline(pipeline):
    places = _places(pipeline, "DETROIT POLICE CHIEF RESIGNS The chief said on Monday he would "
                               "step down at the end of the month.")
    assert not any(p.text.startswith("DETROIT POLICE") for p in places)


def test_a_town_before_its_possessive_in_a_streets_name_is_a_place(pipeline):
    places = _places(pipeline, "Harare’s Second Street will be renamed after the late opposition "
                               "leader, the city council said on Wednesday.")
    harare = _named(places, "Harare")
    assert harare and harare[0].country == "ZW"


def test_a_town_before_its_possessive_in_a_hospitals_name_is_a_place(pipeline):
    places = _places(pipeline, "A new cancer support centre has opened at Derry’s Altnagelvin "
                               "Hospital, the health trust said.")
    derry = _named(places, "Derry")
    assert derry and derry[0].country == "GB"


def test_two_places_a_hyphen_joins_in_an_organisations_name_are_places(pipeline):
    places = _places(pipeline, "Katrine Conroy, MLA for Nelson-Creston, said the new office "
                               "would save residents a drive to Castlegar.")
    assert _named(places, "Nelson") and _named(places, "Creston")


def test_a_company_named_after_two_people_is_no_pair_of_places(pipeline):
    places = _places(pipeline, "Shares of Hewlett-Packard Enterprise rose on Tuesday after the "
                               "results beat forecasts.")
    assert not _named(places, "Hewlett")


def test_a_county_opening_an_organisations_name_is_the_county(pipeline):
    places = _places(pipeline, "Donations for the tree planting may be sent to the Edgar County "
                               "Community Foundation in care of a bank in Paris, the city said.")
    county = _named(places, "Edgar County")
    assert county and county[0].admin1 == "Illinois"


def test_a_county_opening_a_hospitals_name_is_the_county(pipeline):
    places = _places(pipeline, "The driver, 58, of Alexandria, was taken to the Douglas County "
                               "Hospital and later transferred to a hospital in St. Cloud.")
    assert _named(places, "Douglas County")
