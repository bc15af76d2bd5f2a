"""A state or a province that names a school after itself is a place of the article ("a
professor at the University of Manitoba", "Texas A&M University", "Ohio State University"):
the place the institution belongs to, in the actor role, as for "Maryland State Police". The
gold sets count these (dev halves: LGL, TR-News, GeoWebNews). A country in a school's name may
be a town's ("Palestine Independent School District" in a Texas paper), and a club or a church
is named after anything ("Club America"). Found on the dev halves of the geo gold sets."""

from __future__ import annotations


from .place_cases import places_of as _places


def test_a_province_after_university_of_is_a_place(pipeline):
    places = _places(pipeline, '"It does seem to be the case that they have adopted the strategy," '
                               "said Royce Koop, a political studies professor at the University "
                               "of Manitoba.")
    manitoba = [p for p in places if p.text == "Manitoba"]
    assert manitoba and manitoba[0].role == "actor"
    assert manitoba[0].country == "CA" and manitoba[0].feature_type == "admin1"


def test_the_state_of_a_state_university_is_a_place_of_the_actor_role(pipeline):
    places = _places(pipeline, "He studied at the University of Texas before moving abroad.")
    assert [(p.text, p.role, p.feature_type) for p in places] == [("Texas", "actor", "admin1")]


def test_a_state_opening_a_university_name_is_a_place(pipeline):
    places = _places(pipeline, "Spencer is scheduled to speak at Texas A&M University next month "
                               "for an event not sanctioned by the school.")
    texas = [p for p in places if p.text == "Texas"]
    assert texas and texas[0].country == "US" and texas[0].feature_type == "admin1"


def test_a_state_in_a_school_name_stays_the_state_before_a_centre_for(pipeline):
    places = _places(pipeline, "J Alex Halderman, the director of the University of Michigan "
                               "Center for Computer Security and Society, had called for an "
                               "audit.")
    # not the town of Michigan Center, Michigan: the organisation's name goes on with 'for'
    assert [p.text for p in places if "Michigan" in p.text] == ["Michigan"]


def test_a_country_in_a_school_districts_name_is_no_country(pipeline):
    places = _places(pipeline, "Palestine Independent School District Parent Involvement "
                               "Coordinator Sherry Jones said the conference is free.")
    assert not any(p.feature_type == "country" for p in places)


def test_a_country_in_a_clubs_name_is_no_place(pipeline):
    places = _places(pipeline, "Soccer powers Chelsea and Club America will play at the Dallas "
                               "Cowboys' stadium in July.")
    assert not any(p.text == "America" for p in places)
