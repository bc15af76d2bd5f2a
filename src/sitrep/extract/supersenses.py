"""WordNet supersenses of English verbs and nouns (`data/wordnet_supersenses.tsv`): the word
classes the attribution CRF reads ('verb.communication', 'noun.cognition'…) and the rules ask of
a word ('in a statement': a communication noun)."""

from __future__ import annotations

from functools import lru_cache

from sitrep.data import read_table


@lru_cache(maxsize=1)
def supersense_table() -> dict[tuple[str, str], tuple[str, ...]]:
    """(lemma, 'v' | 'n') → its WordNet supersenses, commonest sense first."""
    return {(row["lemma"], row["pos"]): tuple(row["supersenses"].split(","))
            for row in read_table("wordnet_supersenses.tsv")}


def first_sense(lemma: str, pos: str) -> str | None:
    """The commonest sense of a verb ('v') or noun ('n'), None when the table has no row."""
    senses = supersense_table().get((lemma, pos))
    return senses[0] if senses else None
