"""Pass -ev33 on event types: the hyphenated 'cease-fire' (AP style) parses as 'cease' (compound)
+ 'fire', and was read as the 'fire' of 'open fire' (ASSAULT); it is a ceasefire, RETREAT, as the
unhyphenated word (news-style text written for these tests, rules only)."""

from __future__ import annotations

import pytest

from .event_cases import extract_sentence


@pytest.mark.parametrize("text", [
    "The Sudanese army declared a unilateral cease-fire with the rebels on Monday.",
    "The government announced a three-day cease-fire in the northern province to allow aid "
    "convoys through.",
])
def test_a_declared_cease_fire_retreats_and_attacks_no_one(text):
    extraction = extract_sentence(text)
    types = {e.type for e in extraction.events}
    assert "RETREAT" in types, extraction.events
    assert "ASSAULT" not in types, extraction.events


def test_the_hyphenated_and_the_joined_spelling_agree():
    hyphenated = extract_sentence("The rebels announced a week-long cease-fire with the army.")
    joined = extract_sentence("The rebels announced a week-long ceasefire with the army.")
    assert [(e.type, e.mode) for e in hyphenated.events] \
        == [(e.type, e.mode) for e in joined.events], (hyphenated.events, joined.events)


def test_opening_fire_is_still_an_attack():
    extraction = extract_sentence("Soldiers opened fire on protesters near the border fence.")
    assert "ASSAULT" in {e.type for e in extraction.events}, extraction.events
