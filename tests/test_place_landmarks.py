"""A landmark an institution is named after: "the White House" where the text locates it ("a
ceremony at the White House", "barred from the White House") is the building in Washington,
not White House, Tennessee; where the presidency acts ("the White House said") it is no place.
Found on the TR-News and GeoWebNews dev halves."""

from __future__ import annotations


from .place_cases import near, places_of as _places

WHITE_HOUSE = (38.90, -77.04)


def test_the_white_house_where_the_text_locates_it_is_the_building(pipeline):
    places = _places(pipeline, "The president traditionally receives a turkey in a ceremony at "
                               "the White House a few days before Thanksgiving, a custom that "
                               "farmers in Minnesota and Iowa follow closely.")
    house = [p for p in places if "White House" in p.text]
    assert len(house) == 1 and near(house[0], WHITE_HOUSE)  # not White House, Tennessee


def test_someone_barred_from_the_white_house_was_barred_from_the_building(pipeline):
    places = _places(pipeline, "Former campaign manager Corey Lewandowski was barred from the "
                               "White House, only to return when Kelly was overruled.")
    house = [p for p in places if "White House" in p.text]
    assert len(house) == 1 and near(house[0], WHITE_HOUSE)


def test_the_white_house_that_speaks_is_no_place(pipeline):
    places = _places(pipeline, "The White House declined to comment on the report, and a "
                               "White House spokesman said the aides would stay.")
    assert not [p for p in places if "White House" in p.text and p.lat is not None
                and not near(p, WHITE_HOUSE)]
    assert not [p for p in places if p.text == "White House"]


def test_the_white_house_lends_its_neighbours_no_support(pipeline):
    # the landmark names an office, not the story's whereabouts: Damascus stays in Syria
    places = _places(pipeline, "US officials met at the White House on Tuesday. Iranian "
                               "militias have fought forces opposing the regime in Damascus "
                               "since 2012, a US official said.")
    damascus = [p for p in places if p.text == "Damascus"]
    assert damascus and damascus[0].country == "SY"


def test_according_to_the_white_house_is_a_source_not_a_place(pipeline):
    places = _places(pipeline, "The talks failed, according to the White House, and the envoy "
                               "left Geneva.")
    assert not [p for p in places if "White House" in p.text]


def test_white_house_without_the_before_a_noun_is_still_the_building(pipeline):
    # news drops the article where the name modifies a noun; the landmark's own name written
    # as it is was read as Casablanca (whose name means it) or White House, Tennessee
    places = _places(pipeline, "A small but important part of the pact is aimed at China, "
                               "White House trade adviser Peter Navarro said on Tuesday, as "
                               "negotiators from Canada and Mexico went home.")
    house = [p for p in places if p.text == "White House"]
    assert house and all(near(p, WHITE_HOUSE) for p in house)


def test_white_house_in_a_quoted_phrase_is_the_building(pipeline):
    places = _places(pipeline, "\"In White House terms, not charging him means that he was in "
                               "the clear,\" the lawyer said after the hearing in Texas.")
    house = [p for p in places if p.text == "White House"]
    assert house and all(near(p, WHITE_HOUSE) for p in house)


def test_a_white_house_the_text_qualifies_is_the_town(pipeline):
    places = _places(pipeline, "The fire destroyed two homes in White House, Tenn., on Sunday, "
                               "the county sheriff said.")
    house = [p for p in places if p.text == "White House"]
    assert house and house[0].country == "US" and house[0].admin1 == "Tennessee"
