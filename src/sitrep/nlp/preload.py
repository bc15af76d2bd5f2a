"""Imported once by the worker processes' fork server (sitrep.parallel): loads the model there,
so every worker forked from it starts with the model in memory, shared copy-on-write, instead of
importing spaCy and loading the model itself (~4 s per worker)."""

import gc

from sitrep.nlp import load_nlp

load_nlp()
# Frozen before any worker is forked from here: a collection in a worker then never walks (and
# so never writes to, unsharing) the pages of the model it inherited.
gc.collect()
gc.freeze()
