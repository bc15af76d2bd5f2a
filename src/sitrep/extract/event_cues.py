"""The word lists the events stage reads: the closed-class words of its argument cues
(data/event_argument_cues.tsv, one list per cue) and the open-class words of its rules
(data/event_word_classes.tsv, one list per class)."""

from __future__ import annotations

from functools import lru_cache

from sitrep.data import read_table


@lru_cache(maxsize=None)
def argument_cue_words(cue: str) -> frozenset[str]:
    """The words of `cue` ('contact_verb', 'mission_noun', …)."""
    return frozenset(r["word"] for r in read_table("event_argument_cues.tsv") if r["cue"] == cue)


@lru_cache(maxsize=None)
def event_words(word_class: str) -> frozenset[str]:
    """The words of `word_class` ('transfer_verb', 'light_verb', …). A class the file lacks
    is an error at import, not a rule that silently never fires."""
    words = frozenset(r["word"] for r in read_table("event_word_classes.tsv")
                      if r["class"] == word_class)
    if not words:
        raise KeyError(f"data/event_word_classes.tsv has no class {word_class!r}")
    return words
