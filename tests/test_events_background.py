"""Pass -ev22 on conflict news: a nominal act named as what another act happens in spite of
('despite UN sanctions') is background, not a reported act; a country's name that is the
surname of a person named earlier in the article ('Jim Jordan … Jordan said') is that person,
not the state; who speaks about an act ('misled the people about the attack') did not do it;
the typer's fallback takes no verb of quoting or citing; a passive clause under another
('after two soldiers were killed') takes no doer from it — on news-style text written for
these tests (rules only, no typer)."""

from __future__ import annotations

import pytest

from sitrep.pipeline import Pipeline, Settings
from sitrep.records import Document

from .event_cases import event_on, extract_sentence


@pytest.mark.parametrize("text,noun", [
    ("Iran kept shipping oil to Syria despite UN sanctions.", "sanctions"),
    ("Russia continued to sell weapons to Venezuela despite an arms embargo and American "
     "sanctions.", "sanctions"),
    ("Pyongyang tested another missile despite a UN ban on such launches.", "ban"),
    ("Israel kept building settlements notwithstanding international condemnation.",
     "condemnation"),
    ("Turkish troops shelled Kurdish positions in spite of the ceasefire brokered by Russia.",
     "ceasefire"),
])
def test_a_concession_reports_no_act_of_its_own(text, noun):
    extraction = extract_sentence(text)
    assert not [e for e in extraction.events if e.trigger.text == noun], extraction.events


def test_the_act_set_against_the_concession_stays():
    extraction = extract_sentence(
        "Turkish troops shelled Kurdish positions in spite of the ceasefire brokered by Russia.")
    assert event_on(extraction, "shelled").type == "ASSAULT"


def test_sanctions_named_as_an_act_are_still_coercion():
    event = event_on(extract_sentence(
        "The UN Security Council imposed new sanctions on North Korea despite objections."),
        "imposed")
    assert event.type == "COERCE"


def _extract(text: str):
    pipeline = Pipeline(Settings(stages=("actors", "quotes", "events")))
    return pipeline.extract(Document.from_text(text, origin="test"))


def test_a_persons_surname_is_no_country():
    extraction = _extract(
        "Rep. Jim Jordan asked the FBI director to explain the raid on Monday.\n\n"
        "Jordan accused the agency of misleading lawmakers.")
    event = event_on(extraction, "accused")
    assert event.source != "JOR"
    assert event.source == event_on(extraction, "asked").source


def test_a_country_beside_a_country_stays_a_country():
    extraction = _extract(
        "Rep. Jim Jordan asked the FBI director to explain the raid on Monday.\n\n"
        "Jordan and Egypt signed a trade agreement with Iraq.")
    assert event_on(extraction, "signed").source == "JOR"


def test_a_country_with_no_namesake_stays_a_country():
    extraction = _extract("Jordan accused Israel of violating the ceasefire.")
    assert event_on(extraction, "accused").source == "JOR"


@pytest.mark.parametrize("text,noun", [
    ("The Obama administration misled the American people about the attack on the consulate.",
     "attack"),
    ("Trump talked about the attack on the US embassy in Baghdad.", "attack"),
])
def test_who_speaks_about_an_act_did_not_do_it(text, noun):
    extraction = extract_sentence(text)
    speaker = extraction.events[0].source if extraction.events else None
    assert not [e for e in extraction.events if e.trigger.text == noun
                and e.source is not None and e.source == speaker], extraction.events


def test_an_act_of_ones_own_spoken_about_stays_ones_own():
    event = event_on(extract_sentence("Russia boasted about its airstrikes in Syria."),
                     "airstrikes")
    assert event.source == "RUS"


@pytest.mark.parametrize("text,names,kept", [
    ("Trump quoted Judd as saying that the deal would be huge.",
     {"Trump", "Judd"}, []),
    ("Clinton was testifying to the Senate Armed Services Committee on Tuesday.",
     {"Clinton", "Committee"}, []),
    ("The senator referred to the Democratic National Committee in his speech.",
     {"senator", "Committee"}, []),
    # a verb that does something to its object is still the fallback's
    ("Turkish police searched the Saudi consul general's residence for evidence.",
     {"police", "consul"}, ["search"]),
])
def test_the_fallback_takes_no_verb_of_citing(text, names, kept):
    # the typer made such verbs ACCUSE or REJECT on news: quoting, citing or testifying
    # to someone does nothing to them
    from sitrep.extract.event_fallback import fallback_triggers
    from sitrep.nlp import load_nlp

    doc = load_nlp()(text)
    actors = {t.i: "actor:" + t.text for t in doc if t.text in names}
    assert [t.lemma_ for t in fallback_triggers(doc, actors, set())] == kept


def test_a_subordinate_passive_takes_no_doer_from_the_main_clause():
    extraction = extract_sentence(
        "Israel struck targets in Gaza after two Israeli soldiers were killed near the border.")
    assert event_on(extraction, "struck").source == "ISR"
    assert event_on(extraction, "killed").source is None


def test_a_conjoined_passive_keeps_the_first_clauses_doer():
    extraction = extract_sentence(
        "Hezbollah fighters ambushed the convoy, and three Israeli soldiers were wounded.")
    assert event_on(extraction, "wounded").source == event_on(extraction, "ambushed").source
