"""Pass -ev20 on conflict news: forces sent into or against a place or party are deployed
there (MOBILIZE), not given as aid; the troops a counting noun gathers are still troops —
on news-style sentences written for these tests (rules only, no typer)."""

from __future__ import annotations

import pytest

from .event_cases import event_on, extract_sentence


@pytest.mark.parametrize("text,trigger,target", [
    ("Israel sent ground troops into Gaza to destroy tunnels built by Hamas.", "sent",
     "place:gaza"),
    ("The president has resisted calls to send ground troops against the Islamic State.",
     "send", "ISIS"),
    ("Obama will send in ground troops against ISIS.", "send", "ISIS"),
    # the 'into' the parse hangs on the object, and troops counted or listed with tanks
    ("NATO has accused Russia of sending tanks and troops into eastern Ukraine this month.",
     "sending", "UKR"),
])
def test_forces_sent_into_or_against_are_deployed(text, trigger, target):
    event = event_on(extract_sentence(text), trigger)
    assert (event.type, event.mode, event.target) == ("MOBILIZE", "troops", target)


@pytest.mark.parametrize("text,trigger,target", [
    # a purpose of helping keeps the deployment military aid
    ("The administration is sending more troops into Iraq to help train local forces.",
     "sending", "IRQ"),
    # troops sent to a country stay AID (PLV's convention)
    ("The United States sent troops to Saudi Arabia to help defend the kingdom.", "sent",
     "SAU"),
    ("Britain has sent a team of paratroopers to Lebanon to help the country.", "sent", "LBN"),
])
def test_forces_sent_to_help_stay_aid(text, trigger, target):
    event = event_on(extract_sentence(text), trigger)
    assert (event.type, event.target) == ("AID", target)


def test_troops_a_counting_noun_gathers_are_sent():
    event = event_on(extract_sentence(
        "In 1996 North Korea sent hundreds of armed troops into a border village."), "sent")
    assert (event.type, event.source) == ("MOBILIZE", "PRK")
