"""A first-level division the article names as such ("SPOKANE, Wash.", "Washington state") is
what a bare name that could be it or a city means elsewhere in the article ("central
Washington"); a name its own state or district follows ("Washington, D.C.") keeps the city the
text gives it, whatever the other mentions of the name mean (GeoWebNews dev: a Washington
National Guard story put "at home in Washington" in the capital)."""

from __future__ import annotations


from .place_cases import places_of as _places

_STORY = ("CAMP MURRAY, Wash. — The team has been busy at home in Washington this year. Its "
          "members drove to central Washington in March to help police with a hazardous "
          "materials call, and flew to Alaska, Hawaii and Washington, D.C., for training. "
          "Not just Washington communities but first responders everywhere benefit.")


def test_a_bare_name_is_the_division_the_dateline_names(pipeline):
    places = _places(pipeline, _STORY)
    bare = [p for p in places if p.text == "Washington" and
            _STORY[p.span[1]:p.span[1] + 6] != ", D.C."]
    assert len(bare) == 3
    assert {(p.feature_type, p.admin1) for p in bare} == {("admin1", "Washington")}


def test_the_name_its_district_follows_keeps_the_city(pipeline):
    places = _places(pipeline, _STORY)
    capital = [p for p in places if p.text == "Washington" and
               _STORY[p.span[1]:p.span[1] + 6] == ", D.C."]
    assert [(p.feature_type, p.admin1) for p in capital] == [("city", "District of Columbia")]


def test_a_city_named_as_a_container_lends_its_canton_nothing(pipeline):
    places = _places(pipeline, "Talks opened at the Palais des Nations, Geneva, on Monday. "
                               "Diplomats said the Geneva talks would last a week.")
    assert {p.feature_type for p in places if p.text == "Geneva"} == {"city"}
