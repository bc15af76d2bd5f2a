"""The open-class words the places stage reads around a name (data/place_word_classes.tsv),
one list per class: the words that make a name a street's, a school's, a paper's or a town
body's, and the capitalised words that are never a place on their own."""

from __future__ import annotations

from functools import lru_cache

from sitrep.data import read_table


@lru_cache(maxsize=None)
def place_words(word_class: str) -> frozenset[str]:
    """The words of `word_class` ('street_word', 'public_body', …). A class the file lacks is
    an error at import, not a rule that silently never fires."""
    words = frozenset(r["word"] for r in read_table("place_word_classes.tsv")
                      if r["class"] == word_class)
    if not words:
        raise KeyError(f"data/place_word_classes.tsv has no class {word_class!r}")
    return words
