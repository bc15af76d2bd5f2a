"""A town's name opening an organisation's name that is no body of the town ("Cambridge
Analytica", "the Venice Commission") is the famous place of the name: the article's own
country, provinces and nearby places cast no vote for the namesake towns there (a US story put
both at Cambridge, Maryland and Venice, California). A town's own body ("the Paris Public
Library", "Litchfield Superior Court") stays local. Found on the GeoWebNews dev half."""

from __future__ import annotations

from sitrep.records import Document

from .place_cases import near, places_by_text as _places

CAMBRIDGE_UK, VENICE_IT = (52.20, 0.12), (45.44, 12.33)


def test_a_company_named_after_a_town_is_the_famous_town_not_a_namesake_in_the_story(pipeline):
    places = _places(pipeline, "Facebook said up to 87 million users may have had their data "
                               "exploited by Cambridge Analytica, the consultancy hired by the "
                               "Trump campaign. Lawmakers in Washington and Maryland asked for "
                               "hearings.")
    assert near(places["Cambridge"], CAMBRIDGE_UK)  # not Cambridge, Maryland
    assert places["Maryland"].country == "US"


def test_a_commission_named_after_a_city_is_that_city(pipeline):
    places = _places(pipeline, "Ukraine's parliament should drop the declaration requirements, "
                               "in line with recommendations by the Venice Commission, "
                               "activists in Los Angeles and San Diego said.")
    assert near(places["Venice"], VENICE_IT)  # not Venice, California


def test_a_towns_own_library_stays_in_the_town_of_the_story(pipeline):
    places = _places(pipeline, "The Paris Public Library will offer a workshop on Monday. "
                               "Residents of Paris and Henry County, Tennessee, may register.")
    assert places["Paris"].country == "US" and places["Paris"].admin1 == "Tennessee"


def test_a_body_named_after_a_name_a_state_bears_is_left_to_the_articles_votes(pipeline):
    # "Washington" is also a state: the rule leaves it alone (a version without this guard
    # put "the Washington Institute", and with it every "Washington" of an AllSides story,
    # in Washington state)
    text = ("The mixed messages from Washington reflect the lack of a policy, according to "
            "David Pollock, a fellow at The Washington Institute and former State Department "
            "official.")
    washington = [p for p in pipeline.extract(Document.from_text(text)).places
                  if p.text == "Washington"]
    assert len(washington) == 2
    assert all(p.admin1 == "District of Columbia" for p in washington)
