"""The closed word lists the events stage reads off its argument cues
(data/event_argument_cues.tsv), one list per cue."""

from __future__ import annotations

from functools import lru_cache

from sitrep.data import read_table


@lru_cache(maxsize=None)
def argument_cue_words(cue: str) -> frozenset[str]:
    """The words of `cue` ('contact_verb', 'mission_noun', …)."""
    return frozenset(r["word"] for r in read_table("event_argument_cues.tsv") if r["cue"] == cue)
