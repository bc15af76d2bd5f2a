"""Imported once by the worker processes' fork server (sitrep.parallel): loads the model there,
so every worker forked from it starts with the model in memory, shared copy-on-write, instead of
importing spaCy and loading the model itself (~4 s per worker)."""

from sitrep.nlp import load_nlp

load_nlp()
