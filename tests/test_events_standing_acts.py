"""Pass -ev21 on conflict news: charges dropped are a concession (CONCEDE, CAMEO 081), not a
bombing or a new charging; sanctions or an embargo broken are not imposed anew by whoever
imposed them; the sign-up and consent sentences of a news page have no events — on
news-style sentences written for these tests (rules only, no typer)."""

from __future__ import annotations

import pytest

from .event_cases import event_on, extract_sentence


@pytest.mark.parametrize("text,trigger", [
    ("A Turkish court dismissed the charges against the journalist on Monday.", "dismissed"),
    ("The charges against the activists were dropped after the protests.", "dropped"),
    ("Federal prosecutors dropped the case against the former Guantanamo detainee.",
     "dropped"),
])
def test_charges_dropped_are_a_concession(text, trigger):
    extraction = extract_sentence(text)
    event = event_on(extraction, trigger)
    assert event.type == "CONCEDE"
    assert not [e for e in extraction.events if e.type == "ACCUSE"], extraction.events


def test_bombs_dropped_are_still_an_attack():
    event = event_on(extract_sentence("Israeli jets dropped bombs on Gaza overnight."),
                     "dropped")
    assert event.type == "ASSAULT"


@pytest.mark.parametrize("text,trigger", [
    ("Iran violated UN sanctions by shipping missiles to the Houthis.", "sanctions"),
    ("North Korea has repeatedly evaded sanctions imposed by the United Nations.", "sanctions"),
    ("Smugglers flouted the arms embargo on Libya for years.", "embargo"),
])
def test_sanctions_broken_are_not_imposed_again(text, trigger):
    extraction = extract_sentence(text)
    assert not [e for e in extraction.events if e.trigger.text == trigger], extraction.events


def test_sanctions_imposed_are_still_coercion():
    event = event_on(extract_sentence("The United States imposed sanctions on Iran."),
                     "imposed")
    assert (event.type, event.source, event.target) == ("COERCE", "USA", "IRN")


@pytest.mark.parametrize("text", [
    "By signing up, you agree to our Privacy Policy and Terms of Service with Russia.",
    "You agree to receive occasional updates and special offers for The New York Times's "
    "products and services.",
    "Sign up for our newsletter and get the latest from Syria and Iraq in your inbox.",
])
def test_reader_furniture_has_no_events(text):
    extraction = extract_sentence(text)
    assert extraction.events == [], extraction.events


def test_a_newsletter_in_the_news_keeps_its_events():
    extraction = extract_sentence(
        "The Islamic State said in its weekly newsletter that it attacked Iraqi troops.")
    assert [e for e in extraction.events if e.type == "ASSAULT"]


@pytest.mark.parametrize("text", [
    "Republican Carlos Curbelo managed to beat Democratic incumbent Joe Garcia in the "
    "Florida race.",
    "Democrats worry they do not have the right candidate to beat Donald Trump.",
])
def test_a_rival_beaten_at_the_polls_is_no_attack(text):
    extraction = extract_sentence(text)
    assert not [e for e in extraction.events if e.type == "ASSAULT"], extraction.events


def test_protesters_beaten_are_still_attacked():
    event = event_on(extract_sentence("Police beat the protesters with batons in Cairo."),
                     "beat")
    assert event.type == "ASSAULT"


def test_a_strike_launched_in_a_relative_clause_is_its_subjects():
    extraction = extract_sentence("President Donald Trump addressed the nation on the ballistic "
                                  "missile strike that Iran launched against Iraqi air bases.")
    assert event_on(extraction, "strike").source == "IRN"


def test_who_vows_to_answer_an_attack_did_not_do_it():
    extraction = extract_sentence(
        "The Taliban vowed to retaliate for the killing of their commander in Kunduz.")
    assert not [e for e in extraction.events if e.trigger.text == "killing"
                and e.source == "TALIBAN"], extraction.events


def test_a_person_named_before_a_massacre_is_its_target():
    extraction = extract_sentence("Coulibaly is also linked to the Charlie Hebdo massacre.")
    assert event_on(extraction, "massacre").target == "person:charlie-hebdo"


def test_charges_dropped_bomb_no_one():
    extraction = extract_sentence("Prosecutors dropped the charges against the two men.")
    assert [e.type for e in extraction.events if e.trigger.text == "dropped"] == ["CONCEDE"]


def test_a_venue_the_ner_calls_a_person_is_no_victim():
    extraction = extract_sentence("The Manchester Arena bombing killed 22 people.")
    assert not [e for e in extraction.events if e.target and "arena" in e.target], \
        extraction.events
