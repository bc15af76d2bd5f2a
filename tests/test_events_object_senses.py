"""Pass -ev24 on conflict news: a verb whose act depends on what it is done to — sharing a
photo or a prize is no cooperation, signing a decree or a complaint no agreement with anyone,
delivering a speech or testimony no aid — while sharing intelligence, signing a deal and
delivering aid stay events (news-style text written for these tests, rules only)."""

from __future__ import annotations

import pytest

from .event_cases import event_on, extract_sentence


@pytest.mark.parametrize("text,verb", [
    ("Ethiopian Airlines shared this image of its chief executive at the crash site.",
     "shared"),
    ("In a Facebook post, Antonis Mavropoulos shared a photo of his ticket.", "shared"),
    ("Malala Yousafzai will share the Nobel Peace Prize with Kailash Satyarthi.", "share"),
    ("That opinion was shared by weapons experts who spoke to the Associated Press.",
     "shared"),
    ("President Trump signed an executive order on the border wall with Mexico.", "signed"),
    ("Putin signed a decree granting citizenship to residents of eastern Ukraine.", "signed"),
    ("Senator McCain, a fierce critic of Hagel, signed the letter to Iran's leaders.", "signed"),
    ("Ambassador Nikki Haley delivered remarks to the Security Council on Syria.",
     "delivered"),
    ("The general delivered his testimony to the Senate Armed Services Committee.",
     "delivered"),
])
def test_what_the_verb_is_done_to_makes_it_no_act(text, verb):
    extraction = extract_sentence(text)
    assert not [e for e in extraction.events if e.trigger.text == verb], extraction.events


@pytest.mark.parametrize("text,verb,root", [
    ("Turkey shared intelligence with Saudi Arabia on the killing.", "shared", "COOPERATE"),
    ("The United States and the Taliban signed a pact in Doha.", "signed", "SUPPORT"),
    ("The United Nations delivered food aid to Yemen.", "delivered", "AID"),
])
def test_the_act_with_its_own_object_stays(text, verb, root):
    assert event_on(extract_sentence(text), verb).type == root


@pytest.mark.parametrize("text,word", [
    ("Japan must protect itself against the maniac in North Korea.", "protect"),
    ("South Korea is going to start to protect itself.", "protect"),
    ("Trump faces a May 12 deadline to decide whether to quit the Iran deal.", "deadline"),
])
def test_no_act_on_anyone_else(text, word):
    extraction = extract_sentence(text)
    assert not [e for e in extraction.events if e.trigger.text == word], extraction.events


@pytest.mark.parametrize("text,verb,root", [
    ("UN peacekeepers protected civilians in Juba.", "protected", "AID"),
    ("Britain gave Russia a midnight deadline to explain the attack.", "gave", "THREATEN"),
])
def test_protection_and_an_ultimatum_stay(text, verb, root):
    assert event_on(extract_sentence(text), verb).type == root


@pytest.mark.parametrize("text,verb", [
    ("Omar has been targeted by President Trump in a string of inflammatory tweets.",
     "targeted"),
    ("James immediately fired back at the comment by Fox News host Laura Ingraham.", "fired"),
    ("Trump attacked Hillary Clinton on Twitter on Sunday.", "attacked"),
    ("Senator Graham attacked President Obama in a speech on Tuesday.", "attacked"),
])
def test_an_attack_made_in_words_is_an_accusation(text, verb):
    assert event_on(extract_sentence(text), verb).type == "ACCUSE"


@pytest.mark.parametrize("text,verb", [
    ("Hackers attacked Twitter on Monday, officials said.", "attacked"),
    ("Houthi rebels attacked the Saudi oil facility with drones.", "attacked"),
])
def test_an_attack_on_a_platform_or_with_arms_stays_an_assault(text, verb):
    assert event_on(extract_sentence(text), verb).type == "ASSAULT"
