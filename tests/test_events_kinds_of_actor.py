"""Kinds of actor named in several words (pass -ev27): 'rebel groups', 'armed groups' are
parties an act lands on, and the 'aid' of 'aid workers' is no act of aid; a warning dated or
placed ('on Tuesday', 'in Gaza') is still only a forecast. News-style sentences written for
these tests."""

from __future__ import annotations

import pytest

from .event_cases import event_on, extract_sentence


@pytest.mark.parametrize("text,trigger,target", [
    ("The army attacked rebel groups in the north of the country on Sunday.", "attacked",
     "group:rebel-groups"),
    ("Libyan authorities suspended military aid to armed groups in the east.", "suspended",
     "group:armed-groups"),
    ("The government rejected demands from the rebel group for a ceasefire.", "rejected",
     "group:rebel-group"),
])
def test_a_kind_of_actor_in_several_words_is_a_party(text, trigger, target):
    assert event_on(extract_sentence(text), trigger).target == target


@pytest.mark.parametrize("text", [
    "Aid agencies warned of a cholera outbreak in the camps.",
    "Gunmen killed three aid workers in Darfur on Monday.",
    "Relief agencies said the road to the city was closed.",
])
def test_aid_in_the_name_of_a_kind_of_actor_is_no_aid(text):
    assert all(e.type != "AID" for e in extract_sentence(text).events)


def test_aid_given_is_still_aid():
    # guard: the noun 'aid' as the thing given (as before)
    event = event_on(extract_sentence("The EU sent aid to Syria after the earthquake."), "sent")
    assert event.type == "AID"


@pytest.mark.parametrize("text", [
    "The United Nations warned of famine in Gaza on Tuesday.",
    "The World Health Organization warned on Monday of a cholera outbreak.",
])
def test_a_dated_or_placed_warning_of_a_disaster_is_no_threat(text):
    assert all(e.type != "THREATEN" for e in extract_sentence(text).events)


def test_a_dated_warning_of_a_reprisal_is_a_threat():
    # guard: the warner's own reprisal, with a condition, still threatens
    extraction = extract_sentence("Iran warned on Sunday of a crushing response if Israel "
                                  "attacks its nuclear sites.")
    assert event_on(extraction, "warned").type == "THREATEN"
