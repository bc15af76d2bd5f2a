"""Overlapping place mentions: the longest is kept, then the next longest that clashes with none
kept, in text order. The bisecting version must keep exactly what the all-pairs one kept."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from sitrep.extract.place_mentions import _without_overlaps
from sitrep.extract.place_spans import PlaceMention


def _all_pairs(found: list[PlaceMention]) -> list[PlaceMention]:
    kept: list[PlaceMention] = []
    for m in sorted(found, key=lambda m: (-(m.end - m.start), m.start)):
        if all(m.end <= k.start or m.start >= k.end for k in kept):
            kept.append(m)
    return sorted(kept, key=lambda m: m.start)


# a mention covers at least one character (it is made of tokens)
spans = st.lists(st.tuples(st.integers(0, 60), st.integers(1, 12)), max_size=40)


@settings(max_examples=300, deadline=None)
@given(spans)
def test_the_mentions_kept_are_those_the_all_pairs_check_keeps(pairs):
    found = [PlaceMention(start, start + length, "x" * length, "location", hint=str(n))
             for n, (start, length) in enumerate(pairs)]
    assert _without_overlaps(found) == _all_pairs(found)


def test_a_facility_phrase_is_not_split_by_the_entity_inside_it():
    phrase = PlaceMention(4, 19, "the T4 airbase", "location", hint="air")
    entity = PlaceMention(8, 10, "T4", "location")
    homs = PlaceMention(23, 27, "Homs", "location")
    assert _without_overlaps([entity, homs, phrase]) == [phrase, homs]
