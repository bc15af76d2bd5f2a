"""Pass -ev30 on event types and sources: the subject of 'be to blame' is the one blamed, not
one who blames; 'fail' refuses only an agreement not reached or kept; a decision reversed gives
way; 'establish' supports only ties and relations (news-style text written for these tests,
rules only)."""

from __future__ import annotations

import pytest

from .event_cases import extract_sentence


def _names(extraction) -> dict[str, str]:
    return {a.id: a.name for a in extraction.actors}


@pytest.mark.parametrize("text,speaker,blamed", [
    ("Secretary of State Mike Pompeo said Iran was to blame for the attacks on the tankers.",
     "Pompeo", "Iran"),
    ("The Ukrainian government says Russia is to blame for the shelling of the city.",
     "Ukrain", "Russia"),
])
def test_the_one_to_blame_is_the_target(text, speaker, blamed):
    extraction = extract_sentence(text)
    names = _names(extraction)
    accusations = [e for e in extraction.events if e.type == "ACCUSE"]
    assert any(blamed.lower() in (names.get(e.target) or "").lower()
               and speaker.lower() in (names.get(e.source) or "").lower()
               for e in accusations), extraction.events


@pytest.mark.parametrize("text,blamed", [
    ("Russia is to blame for the collapse of the treaty.", "Russia"),
    ("Western officials said they believed Moscow was not to blame.", "Moscow"),
])
def test_the_one_to_blame_accuses_no_one(text, blamed):
    extraction = extract_sentence(text)
    names = _names(extraction)
    assert not [e for e in extraction.events
                if blamed.lower() in (names.get(e.source) or "").lower()], extraction.events


@pytest.mark.parametrize("text", [
    "The British government has reversed a decision to exclude foreign workers from the "
    "scheme.",
    "The Trump administration reversed its policy on aid to the Palestinians.",
])
def test_a_decision_reversed_gives_way(text):
    extraction = extract_sentence(text)
    assert {e.type for e in extraction.events} & {"CONCEDE"}, extraction.events


def test_a_decision_not_to_be_reversed_is_a_refusal():
    extraction = extract_sentence(
        "The Supreme Court said it will not reverse its decision on the election.")
    assert "REJECT" in {e.type for e in extraction.events}, extraction.events


def test_failing_to_reach_a_deal_is_a_rejection():
    extraction = extract_sentence(
        "The United States and South Korea failed to reach agreement on a free-trade deal.")
    assert "REJECT" in {e.type for e in extraction.events}, extraction.events


@pytest.mark.parametrize("text", [
    "An estimated 1.9 million people in Assam failed to produce documentation to the "
    "authorities.",
    "Human rights groups say the Nigerian army failed to protect the villagers from Boko "
    "Haram.",
])
def test_failing_at_anything_else_refuses_nothing(text):
    extraction = extract_sentence(text)
    assert not [e for e in extraction.events if e.trigger.text == "failed"], extraction.events


def test_diplomatic_ties_established_are_support():
    extraction = extract_sentence("Israel has established diplomatic ties with Bhutan.")
    assert "SUPPORT" in {e.type for e in extraction.events}, extraction.events


@pytest.mark.parametrize("text", [
    "The Pentagon established a task force to combat assaults on soldiers.",
    "Jackson said Mueller's team had established that Manafort lied to prosecutors.",
])
def test_anything_else_established_is_no_act(text):
    extraction = extract_sentence(text)
    assert not [e for e in extraction.events if e.trigger.text == "established"], \
        extraction.events
