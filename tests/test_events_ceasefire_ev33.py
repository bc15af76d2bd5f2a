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


# an armed or blockading act ended de-escalates (CAMEO 087, 0872): RETREAT, not the act itself
@pytest.mark.parametrize("text,not_type", [
    ("Saudi Arabia and its allies ended their blockade of Qatar on Tuesday.", "COERCE"),
    ("Turkey halted its offensive in northern Syria after talks with Washington.", "SANCTION"),
    ("Russia suspended its airstrikes on Idlib province for three days.", "SANCTION"),
    ("The army ended its siege of the rebel-held town after three months.", "COERCE"),
])
def test_a_hostile_act_ended_is_a_retreat(text, not_type):
    extraction = extract_sentence(text)
    types = {e.type for e in extraction.events}
    assert "RETREAT" in types, extraction.events
    assert not_type not in types and "ASSAULT" not in types, extraction.events


def test_a_blockade_that_will_not_end_is_refused():
    extraction = extract_sentence("Serbia will not end its blockade of Kosovo, the minister said.")
    assert "REJECT" in {e.type for e in extraction.events}, extraction.events


@pytest.mark.parametrize("text,kept", [
    ("The United States suspended military aid to Pakistan.", "SANCTION"),
    ("Police stopped an attack on a synagogue in Halle.", "ASSAULT"),
])
def test_aid_stopped_and_an_attack_foiled_keep_their_types(text, kept):
    extraction = extract_sentence(text)
    assert kept in {e.type for e in extraction.events}, extraction.events
