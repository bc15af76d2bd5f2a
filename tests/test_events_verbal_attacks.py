"""Pass -ev29 on event types: an attack its doer makes while calling someone a name ('launched a
scathing attack on X, calling it anti-people'), an attack a modifier of speech makes verbal ('a
blistering attack', 'personal attacks'), and one attack on several things of which one is a text
or a policy, are criticism (CAMEO 111, ACCUSE), not force. Attacks with a participle of force,
with 'calling for', and on people and places alone stay ASSAULT (news-style text written for
these tests, rules only)."""

from __future__ import annotations

import pytest

from .event_cases import event_on, extract_sentence


@pytest.mark.parametrize("text,word", [
    ("The former prime minister launched an extraordinary attack on the spy chiefs, calling "
     "them \"nutters\".", "launched"),
    ("Ms Le Pen renewed her attacks on Mr Macron on Monday, calling him a weakling.", "renewed"),
    ("The senator attacked the Democratic leaders on Thursday, calling them liars.", "attacked"),
    ("The chief minister launched an attack on the state government, branding it "
     "anti-people.", "launched"),
])
def test_an_attack_that_calls_names_is_criticism(text, word):
    assert event_on(extract_sentence(text), word).type == "ACCUSE"


@pytest.mark.parametrize("text,word", [
    ("Secretary of State Mike Pompeo launched a blistering attack on Iran.", "launched"),
    ("The opposition leader launched a scathing attack on the prime minister.", "launched"),
    ("North Korea responded with personal attacks on President Park.", "attacks"),
])
def test_an_attack_a_word_of_speech_modifies_is_criticism(text, word):
    assert event_on(extract_sentence(text), word).type == "ACCUSE"


def test_an_attack_on_a_person_and_a_law_is_criticism():
    text = ("Majority Forward, a political group aligned with Chuck Schumer, has led the "
            "attacks on Blackburn, the DEA law and her campaign contributions.")
    assert event_on(extract_sentence(text), "attacks").type == "ACCUSE"


@pytest.mark.parametrize("text,word", [
    ("Gunmen attacked a police station in northern Nigeria, killing four officers.", "attacked"),
    ("The militants launched an attack on the army base, calling for reinforcements.",
     "launched"),
    ("Israeli jets attacked Hamas positions and a weapons depot in Gaza.", "attacked"),
])
def test_force_stays_force(text, word):
    assert event_on(extract_sentence(text), word).type == "ASSAULT"


@pytest.mark.parametrize("text,blamed", [
    ("Directly after the attacks on Tuesday, the Afghan government said Taliban militants "
     "were responsible.", "Taliban"),
    ("The United States believes that the Syrian regime was behind the chemical attack.",
     "Syria"),
    ("Secretary of State Mike Pompeo said an Iranian-backed militia was responsible for the "
     "rocket attacks against the US embassy.", "militia"),
])
def test_blame_stated_is_an_accusation(text, blamed):
    extraction = extract_sentence(text)
    accusations = [e for e in extraction.events if e.type == "ACCUSE"]
    names = {a.id: a.name for a in extraction.actors}
    assert any(blamed.lower() in (names.get(e.target) or e.target or "").lower()
               for e in accusations), extraction.events


@pytest.mark.parametrize("text", [
    "The Iraqi government said Iran was not responsible for the attack.",
    "Police did not say whether the same man was responsible for both shootings.",
    "The president refused to say that Russia was responsible for the hacks.",
    "Netanyahu said that international sanctions on Iran are responsible for its willingness "
    "to negotiate.",
    "The inspector general said the State Department was responsible for securing the "
    "classified material.",
])
def test_no_blame_denied_asked_or_unsaid(text):
    extraction = extract_sentence(text)
    assert not [e for e in extraction.events if e.type == "ACCUSE"], extraction.events


@pytest.mark.parametrize("text,word", [
    ("US envoy Richard Holbrooke ended mediation efforts between the Albanian separatists and "
     "the government.", "mediation"),
    ("The UN-backed government in Libya has halted negotiations with General Haftar.",
     "negotiations"),
])
def test_talks_halted_are_a_sanction(text, word):
    extraction = extract_sentence(text)
    assert {e.type for e in extraction.events} & {"SANCTION"}, extraction.events
    assert "CONSULT" not in {e.type for e in extraction.events}, extraction.events


def test_talks_that_end_a_round_stay_talks():
    extraction = extract_sentence("Kerry and Lavrov ended their talks in Geneva on Friday.")
    assert "SANCTION" not in {e.type for e in extraction.events}, extraction.events
