"""The events stage asks `find_trigger` of every verb and noun (~280 an article); most lemmas
can reach no lexicon entry, and `_may_trigger` answers those by the lemma alone before the
search reads the token's children. It must answer as the full search does, on every path by
which a lemma reaches an entry: its own key, a key opening with it (particle verbs, verb-object
rows), a key ending with it (compound nouns), a light verb's object, a relative clause's noun."""

from __future__ import annotations

import pytest

from sitrep.extract import event_triggers
from sitrep.extract.entities import tokens_tagged
from sitrep.extract.event_triggers import find_trigger, load_event_lexicon

PARAGRAPH = (
    "Israeli jets dropped bombs on Gaza overnight, and prosecutors later dropped the charges "
    "against two activists. The United Nations offered aid to the refugees, and Germany sent "
    "a convoy of medicine. Hundreds of dock workers went on strike for better pay, while a "
    "prisoner began a hunger strike. The deal Trump struck with Mexico was criticised, and "
    "the minister called for talks before Russia pulled out of the treaty. Police arrested "
    "three men after the attack on the embassy; the general stepped down on Friday. Iran "
    "violated UN sanctions, and the president gave a speech about the economy.")


def test_lexicon_lemmas_hold_every_path_to_an_entry():
    verbs, nouns = event_triggers._trigger_lemmas(load_event_lexicon())
    assert {"drop", "drop charge", "pull", "pull out", "offer", "go"} <= verbs
    assert {"strike", "hunger strike", "attack"} <= nouns
    assert "economy" not in nouns and "year" not in nouns and "say" not in verbs


def test_lemma_filter_keeps_every_trigger(pipeline, monkeypatch):
    doc = pipeline.nlp(PARAGRAPH)
    lexicon = load_event_lexicon()
    tokens = tokens_tagged(doc, frozenset({"VERB", "NOUN"}))
    filtered = [find_trigger(lexicon, t, {}, set()) for t in tokens]
    skipped = [t.text for t in tokens if not event_triggers._may_trigger(lexicon, t)]
    monkeypatch.setattr(event_triggers, "_may_trigger", lambda lexicon, token: True)
    unfiltered = [find_trigger(lexicon, t, {}, set()) for t in tokens]
    assert filtered == unfiltered
    assert skipped and any(entry is not None for entry, _ in unfiltered)


def test_lemma_sets_follow_the_lexicon_asked():
    """A fold of the typer's trainer passes its own table: its lemmas, not the last table's."""
    lexicon = load_event_lexicon()
    fold = {key: entry for key, entry in lexicon.items() if key != ("attack", "NOUN")}
    assert "attack" in event_triggers._trigger_lemmas(lexicon)[1]
    assert "attack" not in event_triggers._trigger_lemmas(fold)[1]
    assert "attack" in event_triggers._trigger_lemmas(lexicon)[1]


@pytest.mark.parametrize("word,pos", [("offer", "VERB"), ("strike", "NOUN")])
def test_light_verbs_and_compound_heads_reach_entries(word, pos):
    verbs, nouns = event_triggers._trigger_lemmas(load_event_lexicon())
    assert word in (verbs if pos == "VERB" else nouns)
