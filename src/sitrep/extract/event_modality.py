"""Whether an event happened: its polarity ('did not attack'), its modality ('will', 'could',
'if', 'said they would boycott') and the PLOVER convention that codes some promised or refused
acts as acts of their own (a promise to cooperate is AGREE, a refusal REJECT, an announced
attack THREATEN). Read off the trigger's own clause and the clauses it hangs from.
"""

from __future__ import annotations

from spacy.tokens import Token

from sitrep.extract.event_cues import event_words
from sitrep.extract.event_triggers import Trigger

# 'is willing to provide': an offer; not 'decide': 'decided to lift the sanctions' is the act
# decided (PLV codes it so, 3 of 3 on train)
_FUTURE_HEADS = event_words("future_head")
_REFUSING_VERBS = event_words("refusing_verb")
_HYPOTHETICAL_AUX = {"could", "would", "might", "may", "should", "can"}
_CONDITIONAL_MARKS = {"if", "unless", "whether"}
_COOPERATIVE = {"AID", "SUPPORT", "COOPERATE", "CONSULT", "CONCEDE", "RETREAT"}
# conflictual acts announced for the future: PLOVER (and CAMEO 13) code the announcement as a
# THREATEN ('said they will boycott the vote', 'will begin a military operation against X')
_CONFLICTUAL = {"PROTEST", "COERCE", "ASSAULT", "SANCTION"}
# verbs of saying whose clause 'Y must …' is a demand on Y (CAMEO 10 DEMAND → REQUEST)
SAYING = event_words("saying_verb")
_REPORTING = SAYING | {"announce", "confirm", "vow", "pledge", "promise", "threaten", "signal"}


def polarity_of(token: Token) -> str:
    """'troops were not withdrawing', 'did not attack', 'never met'; 'refused to deploy
    troops', 'failed to cooperate': the act refused did not happen (the refusal is REJECT)."""
    for node in (token, token.head if token.dep_ in {"xcomp"} else token):
        if any(c.dep_ == "neg" for c in node.children):
            return "negative"
    if token.dep_ == "xcomp" and token.head.lemma_.lower() in _REFUSING_VERBS:
        return "negative"
    return "positive"


def modality_of(token: Token, trigger: Trigger) -> str:
    """'hypothetical' ('if', 'could'), 'future' ('will', 'plans to', 'said they would', or an
    entry noted as an offer) or 'asserted', climbing through the clauses the trigger is
    controlled by or conjoined to."""
    node = token
    for _ in range(4):
        children = list(node.children)
        if any(c.dep_ == "mark" and c.lower_ in _CONDITIONAL_MARKS for c in children):
            return "hypothetical"
        if any(c.dep_ == "aux" and c.lower_ == "would" for c in children) \
                and node.dep_ == "ccomp" and node.head.lemma_.lower() in _REPORTING \
                and not any(c.dep_ == "advcl" and any(m.dep_ == "mark" and m.lower_ in
                                                      _CONDITIONAL_MARKS for m in c.children)
                            for c in children):
            return "future"  # "said they would boycott": the future of reported speech
        if any(c.dep_ == "aux" and c.lower_ in _HYPOTHETICAL_AUX for c in children):
            return "hypothetical"
        if any(c.dep_ == "aux" and c.lower_ in {"will", "shall", "'ll"} for c in children):
            return "future"
        if node.dep_ == "xcomp" and node.head.lemma_.lower() in _FUTURE_HEADS:
            return "future"
        if node.dep_ not in {"xcomp", "conj", "ccomp"} or node.head.i == node.i:
            break
        node = node.head
    if {"future", "offer"} & trigger.notes:
        return "future"
    return "asserted"


def plover_convention(plover_type: str, modality: str, polarity: str = "positive") -> str:
    """PLOVER codes a promise or offer to cooperate as AGREE ("offered humanitarian aid" →
    AGREE, mode humanitarian), a refusal to cooperate as REJECT ("will not release the
    prisoners", "will not begin talks": CAMEO 12), and an announced conflictual act as THREATEN
    ("said they will boycott the vote"); the act itself is coded when it happens."""
    if modality == "future" and polarity == "negative" and plover_type in _COOPERATIVE | {"AGREE"}:
        return "REJECT"
    if modality == "future" and plover_type in _COOPERATIVE:
        return "AGREE"
    if modality == "future" and plover_type in _CONFLICTUAL:
        return "THREATEN"
    return plover_type
