"""Parse repairs the grammar itself proves, applied once after the parser so every layer reads them.

'May said in a televised speech…', 'Theresa May told MPs…': en_core_web_sm reads the British
prime minister's surname as the modal 'may' and hangs it on the verb as an auxiliary, so the
saying has no subject (quotes lose their speaker) and the event reads as hypothetical. A modal
never governs a finite verb ('may said', 'may told', 'may has' are not English), so a
capitalised 'May' before one is a name: its subject. 147 such sayings in the 5,488 AllSides
world/conflict articles ('May said' 99, 'May told' 21, 'May says' 9, 'May has said' 8…).

'USAID sent food aid to Yemen', 'USAID had announced a suspension of aid': an acronym opening
a sentence is read as an adverb of the verb, which is left with no subject (the event loses
its source). A finite verb needs a subject, and no English adverb is spelled in capitals in a
sentence that is not itself in capitals, so such a word before a finite verb with no subject
is its subject.
"""

from __future__ import annotations

import numpy as np
from spacy.attrs import DEP, IS_UPPER, ORTH
from spacy.language import Language
from spacy.tokens import Doc, Token

# Capitalised modals that are also names; the name reading is proven by a finite verb after
MODAL_NAMES = {"May"}
_FINITE_VERB_TAGS = {"VBD", "VBZ", "VBP"}  # past, 3rd-person present, other present
_SUBJECT_DEPS = {"nsubj", "nsubjpass"}
_VERB_TAGS = {"VB", "VBD", "VBG", "VBN", "VBP", "VBZ"}


@Language.component("sitrep_parse_repairs")
def repair_parse(doc: Doc) -> Doc:
    # the candidates read from the ORTH, IS_UPPER and DEP columns (string ids: hashes, the same
    # in every store): a Token for each modal name and each capitalised adverb, not for every word
    columns = doc.to_array([ORTH, IS_UPPER, DEP]).reshape(-1, 3)
    names = np.array([doc.vocab.strings[name] for name in MODAL_NAMES], dtype="uint64")
    modal = np.isin(columns[:, 0], names)
    capitalised_adverb = (columns[:, 1] == 1) & (columns[:, 2] == doc.vocab.strings["advmod"])
    for i in np.flatnonzero(modal | capitalised_adverb).tolist():
        token = doc[i]
        if modal[i] and _is_name_read_as_modal(token):
            _make_subject(token)
        elif _is_acronym_read_as_adverb(token):
            token.tag_, token.dep_ = "NNP", "nsubj"
    return doc


def _is_acronym_read_as_adverb(token: Token) -> bool:
    """'USAID sent…', 'In cooperation with partners, USAID provided…': a word in capitals
    opening its clause, hung as an adverb (or read as an adjective) on a finite verb after it
    that has no subject; not in a headline set in capitals ('TRUMP SAYS…')."""
    if token.dep_ != "advmod" or token.tag_ not in {"RB", "JJ"}:
        return False
    if len(token.text) < 2 or not (token.text.isalpha() and token.text.isupper()):
        return False
    following = token.nbor(1) if token.i + 1 < len(token.doc) else None
    if following is None or following.text.isupper():
        return False
    verb = token.head
    if verb.i <= token.i or verb.tag_ not in _VERB_TAGS:  # the part of speech is not read yet
        return False
    if not (token.is_sent_start or _after_opening_phrase(token, verb)):
        return False
    if any(c.dep_ in _SUBJECT_DEPS | {"expl", "csubj"} for c in verb.children):
        return False
    auxiliaries = [c for c in verb.children if c.dep_ in {"aux", "auxpass"} and c.i > token.i]
    return (auxiliaries[0] if auxiliaries else verb).tag_ in _FINITE_VERB_TAGS | {"MD"}


def _after_opening_phrase(token: Token, verb: Token) -> bool:
    """'In cooperation with international partners, USAID provided…': right after the comma
    that closes a phrase opening the clause of the same verb."""
    comma = token.nbor(-1) if token.i > 0 else None
    return comma is not None and comma.text == "," and comma.head == verb


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
