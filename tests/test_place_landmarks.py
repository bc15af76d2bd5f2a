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
