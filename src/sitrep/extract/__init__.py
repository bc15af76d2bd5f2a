"""Extraction stages: pure functions from a parsed document to typed records. No I/O here."""

from sitrep.nlp import import_thinc_without_torch

# The stage modules import spaCy; whoever imports one before the model is loaded (an eval, a
# script) still gets spaCy without the PyTorch import it does not use (see sitrep.nlp).
import_thinc_without_torch()
