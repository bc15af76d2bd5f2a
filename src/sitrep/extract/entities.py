"""A document's named entities, read once for every stage: spaCy builds `doc.ents` afresh on each
access (a new Span for each of ~100 entities, ~0.05 ms an article), and the actors, events,
places and times layers read them ~12 times an article. No stage sets a document's entities
(the NER and `sitrep.nlp`'s repairs do, before any stage runs), so the first reading stands."""

from __future__ import annotations

from functools import lru_cache

from spacy.tokens import Doc, Span


@lru_cache(maxsize=1)  # the document being read: the stages take one document at a time
def entities(doc: Doc) -> tuple[Span, ...]:
    """`doc.ents`, the same tuple for every caller until another document is read."""
    return tuple(doc.ents)
