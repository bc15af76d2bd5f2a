"""The support a reading gets from the article's other place names (`place_support.Support`)
weighs only the readings that can count (speed pass 13): those within reach in latitude, and a
division's own readings. Its figure must be exactly the sum over every name's every reading, bit
for bit, or a ranking could change: checked against that sum on any set of readings, with
latitudes at the edge of the reach, shared entries, divisions and NaN."""

from __future__ import annotations

import math

from hypothesis import given, settings
from hypothesis import strategies as st

from sitrep.extract.place_support import (LARGE_FEATURES, _SAME_DIVISION, _SIBLING_DIVISION,
                                          _SUPPORT, Support, closeness)
from sitrep.gazetteer.index import Candidate

_COUNTRIES = ["US", "SY", None]
_DIVISIONS = ["Georgia", "Texas", "Idlib", None]


def _summed_over_every_reading(support: Support, c: Candidate, key: str) -> float:
    """The support as the ranking first wrote it: every other name, every reading."""
    if c.feature in LARGE_FEATURES and c.feature != "admin1":
        return 0.0
    total = 0.0
    for other, readings in support.readings.items():
        if other != key:
            if c.feature == "admin1":
                total += max((p * float(c.country == o.country and c.admin1 == o.admin1)
                              for p, o in readings), default=0.0)
            else:
                near = max((p * closeness(c, o) for p, o in readings), default=0.0)
                # a reading in c's own first-level division counts at least _SAME_DIVISION
                same = max((_SAME_DIVISION * p for p, o in readings if c.admin1 and
                            (o.country, o.admin1) == (c.country, c.admin1)), default=0.0)
                total += same if same > near else near
    if c.feature == "admin1" and key not in support.city_names:
        for other, readings in support.divisions.items():
            if other != key:
                total += _SIBLING_DIVISION * max(
                    (p for p, o in readings if o.country == c.country and o.admin1 != c.admin1),
                    default=0.0)
    return _SUPPORT * (1 - math.exp(-total))


# towns a few km to a few degrees apart (closeness counts within 150 km), on both sides of the
# 3 degrees of latitude past which a reading cannot count, and an unknown latitude
_latitudes = st.one_of(
    st.sampled_from([33.0, 33.2, 33.9, 34.3, 35.9, 36.0, 36.000000000000004, 29.999999999999996,
                     30.0, 31.4]),
    st.floats(min_value=-60, max_value=60, allow_nan=False),
    st.just(float("nan")))
_longitudes = st.sampled_from([-97.0, -97.3, -96.4, -95.2, 36.6])


@st.composite
def _candidates(draw) -> Candidate:
    return Candidate(id=f"geonames:{draw(st.integers(0, 12))}", name="x", lat=draw(_latitudes),
                     lon=draw(_longitudes),
                     feature=draw(st.sampled_from(["city", "admin1", "airport"])),
                     country=draw(st.sampled_from(_COUNTRIES)),
                     admin1=draw(st.sampled_from(_DIVISIONS)), population=1000, main=True)


_readings = st.lists(st.tuples(st.floats(min_value=0.05, max_value=1.0), _candidates()),
                     max_size=6)


@settings(max_examples=400, deadline=None)
@given(st.dictionaries(st.sampled_from(["gainesville", "lindsay", "cooke county", "georgia",
                                        "madison county", "idlib"]), _readings, max_size=5),
       _candidates(), st.sampled_from(["gainesville", "georgia", "elsewhere"]))
def test_support_is_the_sum_over_every_reading(readings, c, key):
    divisions = {k: [(p, o) for p, o in r if o.feature == "admin1"] for k, r in readings.items()}
    support = Support(readings, divisions, frozenset({"gainesville"}))
    expected = _summed_over_every_reading(support, c, key)
    got = support.bonus(c, key)
    assert got == expected or (math.isnan(got) and math.isnan(expected))


def test_a_town_near_another_named_town_gains_and_a_far_one_does_not():
    near = Candidate("geonames:1", "Gainesville", 33.63, -97.13, "city", "US", "Texas", 17000,
                     True)
    far = Candidate("geonames:2", "Gainesville", 29.65, -82.32, "city", "US", "Florida", 130000,
                    True)
    lindsay = Candidate("geonames:3", "Lindsay", 33.64, -97.22, "city", "US", "Texas", 1000, True)
    support = Support({"gainesville": [(1.0, far), (0.9, near)], "lindsay": [(1.0, lindsay)]})
    assert support.bonus(near, "gainesville") > 0.0
    assert support.bonus(far, "gainesville") == 0.0


# places clustered round one spot anywhere on Earth (across the date line, at the poles), a few km
# to a few degrees apart, so that near readings fall in every neighbouring cell; and an unknown
# longitude (speed pass 14: the cells of space)
_centres = st.tuples(
    st.one_of(st.sampled_from([89.99, 88.7, -89.9, 0.0, 60.0, 33.0]),
              st.floats(min_value=-90, max_value=90, allow_nan=False)),
    st.one_of(st.sampled_from([179.95, -179.95, 180.0, 0.0, 90.0, -97.0]),
              st.floats(min_value=-180, max_value=180, allow_nan=False)))
_offsets = st.floats(min_value=-2.0, max_value=2.0, allow_nan=False)


def _near(centre, dlat, dlon, unknown) -> tuple[float, float]:
    lat = max(-90.0, min(90.0, centre[0] + dlat))
    lon = float("nan") if unknown else (centre[1] + dlon + 180.0) % 360.0 - 180.0
    return lat, lon


@st.composite
def _readings_near(draw, centre) -> Candidate:
    lat, lon = _near(centre, draw(_offsets), draw(_offsets), draw(st.integers(0, 30)) == 0)
    return Candidate(id=f"geonames:{draw(st.integers(0, 12))}", name="x", lat=lat, lon=lon,
                     feature=draw(st.sampled_from(["city", "airport"])), country="US",
                     admin1=None, population=1000, main=True)


@settings(max_examples=300, deadline=None)
@given(st.data(), _centres, st.sampled_from(["a", "elsewhere"]))
def test_support_looked_up_by_cells_is_the_sum_over_every_reading(data, centre, key):
    """With the cells of space on from the first reading (an article listing hundreds of places
    uses them), the figure is still the sum over every reading, bit for bit."""
    from sitrep.extract import place_support

    readings = data.draw(st.dictionaries(
        st.sampled_from(["a", "b", "c", "d", "e", "f"]),
        st.lists(st.tuples(st.floats(min_value=0.05, max_value=1.0), _readings_near(centre)),
                 max_size=6), max_size=6))
    c = data.draw(_readings_near(centre))
    cells_from = place_support._CELLS_FROM
    place_support._CELLS_FROM = 0
    try:
        support = Support(readings, {}, frozenset())
    finally:
        place_support._CELLS_FROM = cells_from
    expected = _summed_over_every_reading(support, c, key)
    got = support.bonus(c, key)
    assert got == expected or (math.isnan(got) and math.isnan(expected))


# first-level divisions only, a few countries and states, beliefs that tie: the names beside a
# state read as other states of its country ('Arkansas, California, Georgia, Idaho'), each
# name with several readings in one country, the best of them in c's own state or not
_states = st.builds(lambda n, country, admin1: Candidate(
    id=f"geonames:{n}", name="x", lat=33.0, lon=-97.0, feature="admin1", country=country,
    admin1=admin1, population=1000, main=True),
    st.integers(0, 12), st.sampled_from(["US", "MX"]),
    st.sampled_from(["Georgia", "Texas", "Kansas"]))
_state_readings = st.lists(st.tuples(st.sampled_from([0.5, 0.8, 1.0]), _states), min_size=1,
                           max_size=5)


@settings(max_examples=400, deadline=None)
@given(st.dictionaries(st.sampled_from(["georgia", "texas", "kansas", "washington"]),
                       _state_readings, min_size=1, max_size=4),
       _states, st.sampled_from(["georgia", "washington", "elsewhere"]))
def test_a_states_support_from_the_other_states_named_is_the_sum_over_every_reading(
        divisions, c, key):
    support = Support(divisions, divisions, frozenset({"washington"}))
    assert support.bonus(c, key) == _summed_over_every_reading(support, c, key)
