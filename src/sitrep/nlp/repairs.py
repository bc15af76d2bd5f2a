"""Parse repairs the grammar itself proves, applied once after the parser so every layer reads them.

'May said in a televised speech…', 'Theresa May told MPs…': en_core_web_sm reads the British
prime minister's surname as the modal 'may' and hangs it on the verb as an auxiliary, so the
saying has no subject (quotes lose their speaker) and the event reads as hypothetical. A modal
never governs a finite verb ('may said', 'may told', 'may has' are not English), so a
capitalised 'May' before one is a name: its subject. 147 such sayings in the 5,488 AllSides
world/conflict articles ('May said' 99, 'May told' 21, 'May says' 9, 'May has said' 8…).
"""

from __future__ import annotations

import numpy as np
from spacy.attrs import ORTH
from spacy.language import Language
from spacy.tokens import Doc, Token

# Capitalised modals that are also names; the name reading is proven by a finite verb after
MODAL_NAMES = {"May"}
_FINITE_VERB_TAGS = {"VBD", "VBZ", "VBP"}  # past, 3rd-person present, other present
_SUBJECT_DEPS = {"nsubj", "nsubjpass"}


@Language.component("sitrep_parse_repairs")
def repair_parse(doc: Doc) -> Doc:
    # the modal names found in the ORTH column (string ids: hashes, the same in every store):
    # a Token for each of them, not for every word
    names = np.array([doc.vocab.strings[name] for name in MODAL_NAMES], dtype="uint64")
    for i in np.flatnonzero(np.isin(doc.to_array(ORTH), names)).tolist():
        token = doc[i]
        if _is_name_read_as_modal(token):
            _make_subject(token)
    return doc


def _is_name_read_as_modal(token: Token) -> bool:
    """'May' hung as an auxiliary on a finite verb ('May said'), or on a verb whose next
    auxiliary is finite ('May has said')."""
    if token.dep_ != "aux" or token.head.i <= token.i:
        return False
    verb = token.head
    auxiliaries = [c for c in verb.children if c.dep_ in {"aux", "auxpass"} and c.i > token.i]
    return (auxiliaries[0] if auxiliaries else verb).tag_ in _FINITE_VERB_TAGS


def _make_subject(token: Token) -> None:
    """The name becomes the verb's subject; a name the parser took for the subject right before
    it ('Theresa' in 'Theresa May told') becomes part of it."""
    subjects = [c for c in token.head.children if c.dep_ in _SUBJECT_DEPS]
    if any(s.i != token.i - 1 or s.tag_ not in {"NNP", "NNPS"} for s in subjects):
        return  # the verb has another subject: leave the parse as it is
    for given_name in subjects:
        given_name.head, given_name.dep_ = token, "compound"
    token.tag_, token.dep_ = "NNP", "nsubj"  # the attribute step after reads PROPN off the tag


def use_parse_repairs(nlp: Language) -> Language:
    """Run `repair_parse` right after the parser, before the part of speech and the lemma are
    read off the tags."""
    if "parser" in nlp.pipe_names and "sitrep_parse_repairs" not in nlp.pipe_names:
        nlp.add_pipe("sitrep_parse_repairs", after="parser")
    return nlp
