"""Acts of conflict news the lexicon lacked, and who does them and whom they land on (pass
-ev19): retaking a town, looking into a case, awarding an honour, advising forces, sending
troops; an appositive agent, the office a resignation leaves, a weapon after 'with', a refused
act, a deal named as a thing — on news-style sentences written for these tests (rules only,
no typer)."""

from __future__ import annotations

import pytest

from .event_cases import event_on, extract_sentence


@pytest.mark.parametrize("text,trigger,plover,source,target", [
    # 'retook' is lemmatised as itself; taking back in fighting is ASSAULT, as 'capture'
    ("Kurdish fighters retook two towns from the Islamic State on Monday.", "retook",
     "ASSAULT", "group:kurdish-fighters", "ISIS"),
    ("Iraqi forces recaptured Ramadi in December.", "recaptured", "ASSAULT", "IRQ-MIL",
     "place:ramadi"),
    ("Islamic State militants beheaded two Japanese journalists.", "beheaded", "ASSAULT",
     "ISIS", "group:japanese-journalists"),
    ("The FBI has been looking into Flynn's consulting work.", "looking", "ACCUSE", "USA-FBI",
     "person:flynn"),
    ("The House impeached President Trump in December.", "impeached", "ACCUSE", "org:house",
     "P-DONALD-TRUMP"),
    ("Trump thanked Kim Jong Un for the letters.", "thanked", "SUPPORT", "P-DONALD-TRUMP",
     "P-KIM-JONG-UN"),
    # an honour goes to whom it is awarded, as aid to whom it is given
    ("Russian President Vladimir Putin awarded Rex Tillerson a state medal in 2013.", "awarded",
     "SUPPORT", "P-VLADIMIR-PUTIN", "person:rex-tillerson"),
    ("French President Emmanuel Macron awarded the Legion of Honour to the soldiers.",
     "awarded", "SUPPORT", "P-EMMANUEL-MACRON", "group:soldiers"),
    # advisers for another's forces are military aid (CAMEO 072)
    ("American troops are training and advising Iraqi forces.", "training", "AID", "USA-MIL",
     "IRQ-MIL"),
    # troops sent to another country: AID, as PLV codes it, also beside another act
    ("The United States sent troops to Saudi Arabia to help defend the kingdom.", "sent",
     "AID", "USA", "SAU"),
    # … where the parse hangs the 'to' on the object
    ("Britain has sent paratroopers to Lebanon to help the country.", "sent", "AID", "GBR",
     "LBN"),
])
def test_acts_of_news_the_lexicon_now_knows(text, trigger, plover, source, target):
    event = event_on(extract_sentence(text), trigger)
    assert (event.type, event.source, event.target) == (plover, source, target)


@pytest.mark.parametrize("text,trigger", [
    ("The Pentagon awarded a contract to Boeing.", "awarded"),  # business, no honour
    ("Mattis advised Trump to keep troops in Syria.", "advised"),  # counsel, no aid
    ("Trump sent a letter to Kim.", "sent"),  # a letter is no troops
    # a noun before words said or published is what they are about
    ("The State Department issued a genocide declaration against China on Tuesday.", "issued"),
    ("The State Department issued a genocide declaration against China on Tuesday.", "genocide"),
    # an agreement named as a thing, with no party of its own, is no signing
    ("The beginning of the end was the horrible Iran deal.", "deal"),
    ("Speaker, this is a bad deal for Britain.", "deal"),
])
def test_no_act_here(text, trigger):
    extraction = extract_sentence(text)
    assert not [e for e in extraction.events if e.trigger.text == trigger], extraction.events


@pytest.mark.parametrize("text,trigger,target", [
    ("The agreement with Guatemala sees migrants flown into that country.", "agreement", "GTM"),
    # an agreement sealed or brokered is made, by the verb
    ("A year ago, Abe and Park sealed an agreement that begins to address the issues.",
     "sealed", "person:park"),
])
def test_an_agreement_made_or_naming_its_partner_is_still_one(text, trigger, target):
    event = event_on(extract_sentence(text), trigger)
    assert (event.type, event.target) == ("SUPPORT", target)


@pytest.mark.parametrize("text,trigger,source", [
    # a person's agent named in apposition acts, not the person
    ("Ms. Abedin's lawyer, Miguel Rodriguez, accused the senator of lying.", "accused",
     "person:miguel-rodriguez"),
    # a state's official stays the state's
    ("Iran's foreign minister, Javad Zarif, accused the United States of economic terrorism.",
     "accused", "IRN-GOV"),
])
def test_an_appositive_agent_of_a_person_is_the_source(text, trigger, source):
    assert event_on(extract_sentence(text), trigger).source == source


def test_a_resignation_with_no_office_named_leaves_the_resigners_body():
    event = event_on(extract_sentence("Kyrgyz President Sooronbay Jeenbekov resigned on "
                                      "Thursday."), "resigned")
    assert (event.source, event.target) == ("person:sooronbay-jeenbekov", "KGZ-GOV")


def test_a_weapon_after_with_is_no_target():
    event = event_on(extract_sentence("Houthi rebels attacked the cities with rockets and "
                                      "drones."), "attacked")
    assert (event.source, event.target) == ("HOUTHIS", None)


def test_an_act_refused_did_not_happen():
    extraction = extract_sentence("Germany refused to deploy troops to Iraq.")
    assert event_on(extraction, "refused").type == "REJECT"
    assert event_on(extraction, "deploy").polarity == "negative"


def test_a_joint_demand_is_not_aimed_at_the_second_demander():
    event = event_on(extract_sentence("The UK, France and Germany have demanded a credible "
                                      "investigation into the events."), "demanded")
    assert (event.source, event.target) == ("GBR", None)


def test_no_act_of_a_party_on_itself_when_two_acts_of_a_clause_merge():
    extraction = extract_sentence(
        "The assault on the U.S. consulate occurred on the 11th anniversary of the Sept. 11, "
        "2001, terrorist attacks on the U.S. Dozens of heavily armed extremists overran and set "
        "on fire the consular compound and later attacked a nearby CIA annex.")
    assert extraction.events
    assert all(e.source is None or e.source != e.target for e in extraction.events)
