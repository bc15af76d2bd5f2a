"""Places the actors layer never offered as targets (pass -ev28): a region the NER tags LOC
('the Golan Heights', 'Kashmir') is a place an act can land on; a name tagged PERSON or ORG
that stands where a place stands ('in Tigray', 'the Deraa countryside') and that the
gazetteer knows as an area is a place, not a person or a body. News-style sentences written
for these tests."""

from __future__ import annotations

import pytest

from .event_cases import event_on, extract_sentence


@pytest.mark.parametrize("text,trigger,target", [
    ("Israel refused to withdraw its troops from the Golan Heights.", "withdraw",
     "place:golan-heights"),
    ("Police imposed a curfew in parts of Kashmir on Friday.", "imposed", "place:kashmir"),
])
def test_a_region_tagged_loc_is_a_target(text, trigger, target):
    assert event_on(extract_sentence(text), trigger).target == target


@pytest.mark.parametrize("text,name", [
    ("Aid convoys struggled to reach hungry civilians in Tigray.", "Tigray"),
    ("Government forces shelled villages in the Deraa countryside on Sunday.", "Deraa"),
])
def test_a_known_area_in_a_place_position_is_a_place(text, name):
    mention = next(m for m in extract_sentence(text).mentions if m.text == name)
    assert (mention.label, mention.role) == ("GPE", "location")


def test_a_person_met_before_stays_a_person():
    # guard: a surname the gazetteer also knows as a place, after the person's full name
    extraction = extract_sentence(
        "John Bolton met the president. Critics said they had little faith in Bolton.")
    mention = [m for m in extraction.mentions if m.text == "Bolton"][-1]
    assert mention.label == "PERSON"


def test_a_country_spelled_as_the_dictionary_does_not_is_that_state():
    extraction = extract_sentence("The African Union suspended Guinea Bissau after the coup.")
    assert event_on(extraction, "suspended").target == "GNB"


def test_a_demonym_tagged_org_before_a_government_noun_is_that_government():
    # 'Guatemalan' tagged ORG had made an organisation called 'Guatemalan'
    extraction = extract_sentence(
        "Guatemalan authorities have deported 2,374 migrants to Honduras this year.")
    assert event_on(extraction, "deported").source == "GTM-GOV"
