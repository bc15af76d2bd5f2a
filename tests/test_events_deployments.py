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


@pytest.mark.parametrize("text,trigger", [
    # a deal, a treaty or sanctions broken is no attack (a ceasefire violated still is)
    ("Iran has been violating the nuclear deal since May.", "violating"),
    ("Russia's violations of the INF treaty worry NATO.", "violations"),
])
def test_a_deal_or_law_broken_is_no_attack(text, trigger):
    extraction = extract_sentence(text)
    assert not [e for e in extraction.events if e.trigger.text == trigger], extraction.events


def test_a_ceasefire_violated_is_still_an_attack():
    event = event_on(extract_sentence("Russia violated the ceasefire in eastern Ukraine."),
                     "violated")
    assert (event.type, event.source) == ("ASSAULT", "RUS")


def test_who_claimed_an_attack_did_it_not_who_denies_it():
    event = event_on(extract_sentence("Iran denies involvement in the attack, which was "
                                      "claimed by Yemen's Houthi movement."), "attack")
    assert event.source == "HOUTHIS"


def test_the_denier_is_not_taken_for_the_attacker():
    event = event_on(extract_sentence(
        "Iran denied any role in the attack on Saudi oil facilities."), "attack")
    assert (event.source, event.target) == (None, "SAU")


def test_intelligence_shared_goes_to_the_partner():
    event = event_on(extract_sentence(
        "Turkey shared intelligence with Saudi Arabia about the killing."), "shared")
    assert (event.type, event.source, event.target) == ("COOPERATE", "TUR", "SAU")


def test_interests_shared_are_no_cooperation():
    extraction = extract_sentence(
        "The U.S. and Saudi Arabia have shared security interests in the region.")
    assert not [e for e in extraction.events if e.trigger.text == "shared"], extraction.events


@pytest.mark.parametrize("text,trigger", [
    # a capital before an attack is where it happened, not its government attacking
    ("Its death toll paled beside the Berlin truck attack in December.", "attack"),
    ("Rallies were held days after the Paris attacks.", "attacks"),
    ("It was the deadliest since the London bombings.", "bombings"),
    # a person's name before it is whom it struck
    ("Coulibaly is also linked to the Charlie Hebdo massacre.", "massacre"),
])
def test_a_capital_or_person_before_an_attack_did_not_do_it(text, trigger):
    extraction = extract_sentence(text)
    sources = [e.source for e in extraction.events if e.trigger.text == trigger]
    assert all(s is None or not s.endswith("-GOV") and not s.startswith("person:")
               for s in sources), extraction.events


@pytest.mark.parametrize("text,trigger", [
    # a question put is no request
    ("Esper was asked whether the shooting was an act of terrorism.", "asked"),
    ("Asked about any potential effect on military relations, Esper said nothing.", "Asked"),
    # words or a name provided are no aid
    ("The officials provided his name on condition of anonymity.", "provided"),
    # a press conference is a statement, no meeting
    ("At a press conference in Ankara, Erdogan criticized Israel.", "conference"),
    # training attended meets no one
    ("The Saudi officer was attending pilot training at the base.", "attending"),
    # (charges dropped bomb no one: since -ev21 a concession, tests/test_events_standing_acts.py)
    # a document recalled is remembered, no envoy withdrawn
    ("This leads us to recall the forged document about Niger's uranium.", "recall"),
])
def test_no_act_in_these_readings(text, trigger):
    extraction = extract_sentence(text)
    assert not [e for e in extraction.events if e.trigger.text == trigger], extraction.events


@pytest.mark.parametrize("text,trigger,plover", [
    ("Iraq asked the United States for help.", "asked", "REQUEST"),
    ("Israel dropped bombs on Gaza overnight.", "dropped", "ASSAULT"),
    ("The ambassador was recalled to Washington for consultations.", "recalled", "SANCTION"),
])
def test_these_readings_stay_acts(text, trigger, plover):
    assert event_on(extract_sentence(text), trigger).type == plover


@pytest.mark.parametrize("text,trigger,target", [
    ("Turkey vowed to prevent attacks on its soldiers.", "attacks", "group:soldiers"),
    ("The UN warned of attacks on civilians in Idlib.", "attacks", "group:civilians"),
])
def test_who_would_avert_an_attack_is_not_its_doer(text, trigger, target):
    event = event_on(extract_sentence(text), trigger)
    assert (event.source, event.target) == (None, target)
