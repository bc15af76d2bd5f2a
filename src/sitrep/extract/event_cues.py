"""The word lists the events stage reads: the closed-class words of its argument cues
(data/event_argument_cues.tsv, one list per cue) and the open-class words of its rules
(data/event_word_classes.tsv, one list per class)."""

from __future__ import annotations

from functools import lru_cache

from sitrep.data import read_table, word_class


@lru_cache(maxsize=None)
def argument_cue_words(cue: str) -> frozenset[str]:
    """The words of `cue` ('contact_verb', 'mission_noun', …)."""
    return frozenset(r["word"] for r in read_table("event_argument_cues.tsv") if r["cue"] == cue)


def event_words(name: str) -> frozenset[str]:
    """The words of class `name` ('transfer_verb', 'light_verb', …)."""
    return word_class("event_word_classes.tsv", name)
