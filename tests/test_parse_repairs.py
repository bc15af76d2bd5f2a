"""Parse repairs after the parser: a capitalised modal before a finite verb is a name."""

from __future__ import annotations

import pytest

from sitrep.nlp import parse
from sitrep.records import Document


@pytest.mark.parametrize("sentence, verb, subject", [
    ('"I don\'t believe that\'s what you want," May said in a televised speech.', "said", "May"),
    ("May told lawmakers she would seek legally binding changes to the backstop.", "told", "May"),
    ("Prime Minister Theresa May faced a revolt from her own party on Tuesday.", "faced", "May"),
    ("May has said she will not hold a second referendum.", "said", "May"),
])
def test_a_capitalised_may_before_a_finite_verb_is_its_subject(sentence, verb, subject):
    doc = parse(sentence)
    head = next(t for t in doc if t.text == verb)
    subjects = [c for c in head.children if c.dep_ == "nsubj"]
    assert [s.text for s in subjects] == [subject]
    assert subjects[0].pos_ == "PROPN" and subjects[0].lemma_ == "May"


@pytest.mark.parametrize("sentence", [
    "The talks may end before the summer.",
    "May the best team win.",
    "In May, the ceasefire may have collapsed.",
])
def test_the_modal_may_stays_a_modal(sentence):
    doc = parse(sentence)
    modals = [t for t in doc if t.lower_ == "may" and t.dep_ == "aux"]
    assert modals and all(t.tag_ == "MD" for t in modals)


def test_a_saying_of_theresa_may_has_her_as_its_speaker(pipeline):
    text = ("LONDON (Reuters) - Prime Minister Theresa May faced a revolt from her own lawmakers "
            "on Tuesday.\n\n\"I don't believe that's what you want,\" May said in a televised "
            "speech.\n\nMay told MPs she would not resign.")
    extraction = pipeline.extract(Document.from_text(text))
    actors = {a.id: a.name for a in extraction.actors}
    speakers = [actors.get(q.speaker.actor) if q.speaker else None for q in extraction.quotes]
    assert len(speakers) == 2 and set(speakers) == {"Theresa May"}
    assert all("May" not in q.cue.text for q in extraction.quotes)


# an acronym opening a sentence, read as an adverb of a finite verb with no subject (PLV train,
# CAMEO NER train): the verb's subject
@pytest.mark.parametrize("sentence, verb, subject", [
    ("USAID had announced a suspension of aid in Yemen to take effect on March 27.",
     "announced", "USAID"),
    ("USAID deployed seven search-and-rescue teams as part of an international rescue effort "
     "that saved more than 130 lives in Haiti.", "deployed", "USAID"),
    ("In cooperation with international partners, USAID provided basic shelter materials to 1.5 "
     "million people in the five months after the earthquake in Haiti.", "provided", "USAID"),
])
def test_an_acronym_opening_a_sentence_is_its_verbs_subject(sentence, verb, subject):
    doc = parse(sentence)
    head = next(t for t in doc if t.text == verb)
    subjects = [c for c in head.children if c.dep_ == "nsubj"]
    assert [c.text for c in subjects] == [subject]
    assert subjects[0].pos_ == "PROPN"


@pytest.mark.parametrize("sentence, adverb", [
    ("NOW comes the hard part for the negotiators.", "NOW"),
    ("Later, USAID sent food aid to Yemen.", "Later"),
])
def test_an_adverb_or_a_verb_with_a_subject_is_left_alone(sentence, adverb):
    doc = parse(sentence)
    assert next(t for t in doc if t.text == adverb).dep_ == "advmod"
