"""Pass -ev25 on conflict news: a warning that names no one warned and no act of the warner's
is a forecast, no threat; an attack or a fight aimed at a bill, a policy, a decision or a record,
or made political by its modifier ('a legal battle'), is criticism (CAMEO 111, ACCUSE), not
force. Threats made to someone, or with a reprisal or a condition, and attacks on people and
places stay (news-style text written for these tests, rules only)."""

from __future__ import annotations

import pytest

from .event_cases import event_on, extract_sentence


@pytest.mark.parametrize("text,verb", [
    ("Economists warn that food prices will rise sharply after the drought.", "warn"),
    ("Aid agencies warned of a humanitarian catastrophe in Idlib.", "warned"),
    ("Regional watchers warn that violence could ensue after the vote.", "warn"),
    ("Health experts warned that it is too early to say what caused the outbreak.", "warned"),
])
def test_a_forecast_is_no_threat(text, verb):
    extraction = extract_sentence(text)
    assert not [e for e in extraction.events if e.trigger.text == verb], extraction.events


@pytest.mark.parametrize("text,verb", [
    ("President Mugabe warned the British envoy that he would be expelled.", "warned"),
    ("Iran warned that it would retaliate against any attack on its soil.", "warned"),
    ("The Taliban warned of a reaction if Washington does not leave by May.", "warned"),
    ("North Korea warned that we will respond with force.", "warned"),
    ("Turkey warned of serious consequences for Syria.", "warned"),
    ("The Danish government warned of the Prince of Dol Amroth.", "warned"),
    ("President Trump has warned that America may stop trading with any country that does "
     "business with the North.", "warned"),
    ("The Russian military warns that all the potentially dangerous targets will be destroyed.",
     "warns"),
])
def test_a_warning_with_an_addressee_or_a_reprisal_threatens(text, verb):
    assert event_on(extract_sentence(text), verb).type == "THREATEN"


@pytest.mark.parametrize("text,word", [
    ("Senator Paul attacked the bill on the Senate floor on Tuesday.", "attacked"),
    ("Republicans attacked Obama's record on Iran during the debate.", "attacked"),
    ("The governor vowed to fight the travel ban.", "fight"),
    ("Trump renewed his attacks on the Federal Reserve's decision to raise rates.", "renewed"),
    ("Republicans launched a fresh attack on the health care bill.", "launched"),
    ("The company faces a long legal battle with the European Commission.", "battle"),
])
def test_a_political_fight_is_criticism(text, word):
    assert event_on(extract_sentence(text), word).type == "ACCUSE"


@pytest.mark.parametrize("text,word", [
    ("Gunmen attacked a police station in northern Nigeria.", "attacked"),
    ("The militants attacked army positions near the border.", "attacked"),
    ("Kurdish forces fought against Islamic State fighters in Raqqa.", "fought"),
    ("Israel launched attacks on Hamas fighters in Gaza.", "launched"),
])
def test_force_stays_force(text, word):
    assert event_on(extract_sentence(text), word).type == "ASSAULT"


def test_an_it_that_holds_a_clause_place_acts_for_no_one():
    """'after it emerged the ringleader … was known': the parse makes 'the ringleader' the
    object of 'emerged'; the 'it' stands for the clause, so the attack is no body's named before."""
    extraction = extract_sentence(
        "Britain's security services said on Monday that they had been investigating the "
        "attack. It came after it emerged the ringleader of Saturday's terror attack was "
        "known to the security services.")
    assert not [e for e in extraction.events
                if e.trigger.text == "attack" and e.source is not None], extraction.events


@pytest.mark.parametrize("text", [
    "Kerry insisted the review process will be streamlined.",
    "Trump insisted Sunday the U.S. and Japan have never been closer.",
    "The committee insisted that the two opinions they were shown were not enough.",
])
def test_insisting_that_something_is_so_demands_nothing(text):
    extraction = extract_sentence(text)
    assert not [e for e in extraction.events if e.trigger.text == "insisted"], extraction.events


@pytest.mark.parametrize("text", [
    "Friedman insisted that the State Department stop using the term occupied territories.",
    "Iran insisted on a full withdrawal of American troops.",
    "The rebels insisted that the government must release all prisoners.",
    "A longtime associate of the Clinton Foundation insisted that her senior aides give a job "
    "to an unidentified male associate.",
])
def test_insisting_on_an_act_is_a_demand(text):
    assert event_on(extract_sentence(text), "insisted").type == "REQUEST"


@pytest.mark.parametrize("text,verb", [
    ("Some European countries have called for sanctions against Moscow over the Navalny case.",
     "called"),
    ("Democrats demanded an investigation into the Trump campaign.", "demanded"),
])
def test_a_call_to_punish_someone_accuses_them(text, verb):
    assert event_on(extract_sentence(text), verb).type == "ACCUSE"


def test_a_call_on_someone_to_act_stays_a_request():
    assert event_on(extract_sentence("Britain urged Iran to release the tanker."),
                    "urged").type == "REQUEST"


@pytest.mark.parametrize("text,verb", [
    ("The Pentagon has sought to strike a balance between words of warning to the North and "
     "attempts to calm the situation.", "strike"),
    ("Mandela's example struck a mortal blow to racism worldwide.", "struck"),
    ("Moscow wants to reduce tensions with Ukraine.", "reduce"),
])
def test_figurative_objects_make_no_act(text, verb):
    extraction = extract_sentence(text)
    assert not [e for e in extraction.events if e.trigger.text == verb], extraction.events


@pytest.mark.parametrize("text,verb,root", [
    ("The United States reduced military aid to Argentina by 17 million dollars.", "reduced",
     "SANCTION"),
    ("Israeli aircraft struck targets in Gaza on Sunday.", "struck", "ASSAULT"),
    ("The U.S. reduced tariffs on 120 billion dollars of China's exports.", "reduced", "CONCEDE"),
])
def test_aid_reduced_and_targets_struck_stay(text, verb, root):
    assert event_on(extract_sentence(text), verb).type == root


@pytest.mark.parametrize("text", [
    "Egypt helped to broker the deal between Israel and Hamas.",
    "A cast of Democratic operatives helped unseat Netanyahu in 1999.",
    "The United States has helped train local forces in Iraq.",
])
def test_helping_to_do_something_is_that_act_not_aid(text):
    extraction = extract_sentence(text)
    assert not [e for e in extraction.events if e.trigger.text == "helped"], extraction.events


@pytest.mark.parametrize("text,root", [
    ("The United States has helped train local forces in Iraq.", "AID"),
    ("The Red Cross helped the victims of the flood.", "AID"),
])
def test_training_and_help_given_to_someone_stay_aid(text, root):
    extraction = extract_sentence(text)
    assert root in {e.type for e in extraction.events}, extraction.events
