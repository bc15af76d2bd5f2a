"""Counted people as parties, and the dead as no doers (pass -ev26): 'killed 12 people',
'detained several people' give the act a target; 'the people', 'people are coming' still name
no party; the subject of 'died' undergoes the act it died in, and a passive conjoined after
'died' ('20 died and 40 were wounded') takes no doer from it. News-style sentences written for
these tests."""

from __future__ import annotations

import pytest

from .event_cases import event_on, extract_sentence

COUNTED = [
    # (sentence, trigger, target)
    ("Gunmen killed 12 people at a market in northern Nigeria on Sunday.", "killed",
     "group:people"),
    ("Police in Minsk detained several people during the rally.", "detained",
     "group:several-people"),
    ("Turkish forces arrested dozens of people after the protest in Ankara.", "arrested",
     "group:people"),
    ("The World Food Programme delivered rations to about 2,000 households near Aleppo.",
     "delivered", "group:households"),
    ("Iranian forces seized 14 fishermen off the coast of Oman.", "seized",
     "group:fishermen"),
]


@pytest.mark.parametrize("text,trigger,target", COUNTED, ids=[c[1] for c in COUNTED])
def test_counted_people_are_the_target(text, trigger, target):
    assert event_on(extract_sentence(text), trigger).target == target


@pytest.mark.parametrize("text", [
    "The government must listen to the people, the opposition leader said.",
    "People are angry that the army attacked the camp.",
])
def test_people_without_a_count_are_no_party(text):
    extraction = extract_sentence(text)
    assert all("people" not in (a.id or "") for a in extraction.actors)


@pytest.mark.parametrize("text,trigger,target", [
    ("At least nine people died in the attack on the hotel in Mogadishu.", "attack",
     "group:people"),
    ("Four Canadian soldiers died in a Taliban ambush near Kandahar.", "ambush",
     "CAN-MIL"),
])
def test_the_dead_undergo_the_act_they_died_in(text, trigger, target):
    event = event_on(extract_sentence(text), trigger)
    assert event.source != target and event.target == target


def test_a_passive_after_died_takes_no_doer_from_the_dead():
    extraction = extract_sentence("Two Afghan soldiers died and four were wounded when a "
                                  "roadside bomb exploded near Kandahar.")
    assert all(e.source != "AFG-MIL" for e in extraction.events)


def test_a_passive_after_an_act_keeps_its_doer():
    # guard: 'Hezbollah ambushed the convoy, and three soldiers were wounded' (as before)
    extraction = extract_sentence("Hezbollah fighters ambushed an Israeli convoy, and three "
                                  "soldiers were wounded.")
    assert event_on(extraction, "wounded").source == "HEZBOLLAH"
