"""The open-class words the places stage reads around a name (data/place_word_classes.tsv),
one list per class: the words that make a name a street's, a school's, a paper's or a town
body's, and the capitalised words that are never a place on their own."""

from __future__ import annotations

from sitrep.data import word_class


def place_words(name: str) -> frozenset[str]:
    """The words of class `name` ('street_word', 'public_body', …)."""
    return word_class("place_word_classes.tsv", name)
