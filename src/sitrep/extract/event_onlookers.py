"""Who stands by a nominal act without doing it: the subject of a verb that sees, reports, names
or asks for the act its object is about ('Hollande called the attack "a terrorist attack"', 'a
TV crew witnessed two airstrikes', 'Russia called for an end to the fighting'). Split from
event_arguments (pass -ev16), which asks these before it gives such a noun its verb's subject.
"""

from __future__ import annotations

from spacy.tokens import Token

from sitrep.extract.event_cues import argument_cue_words


# a phrase on the verb that says where or how it happened, not what it is about: 'questioned at
# a press conference', 'agreed to discuss it in a meeting' (the subject was at the meeting)
_SETTING_PREPS = {"in", "at", "during", "through", "via", "with"}
_NAME_DEPS = {"oprd", "xcomp", "ccomp", "acomp", "attr"}


def observed(noun: Token, verb: Token) -> bool:
    """'Hollande called the attack on the weekly "a terrorist attack"', 'a TV crew witnessed
    two airstrikes', 'offers a detailed account of the attack': the subject of a verb that
    sees, reports or names an act its object is about, or of one whose object is an account
    or inquiry of it, or that speaks of it by 'about' ('lied about the attack'), did not do
    it."""
    path = [noun]
    while path[-1].head.i != verb.i and path[-1].head.i != path[-1].i:
        path.append(path[-1].head)
    if path[-1].dep_ == "prep" and path[-1].lower_ in _SETTING_PREPS:
        return False
    if path[-1].dep_ == "prep" and path[-1].lower_ in argument_cue_words("topic_prep"):
        return True  # 'misled the American people about the attack': what it is about
    accounts = argument_cue_words("account_noun")
    if any(n.pos_ == "NOUN" and n.lemma_.lower() in accounts for n in path[1:]):
        return True
    lemma = verb.lemma_.lower()
    if any(c.dep_ == "prt" for c in verb.children):  # 'called off the strike'
        return False
    return lemma in argument_cue_words("observing_verb") or (
        lemma in argument_cue_words("naming_verb")
        and any(c.dep_ in _NAME_DEPS for c in verb.children))


def requested(verb: Token) -> bool:
    """'Russia called for an end to the fighting', 'Germany demanded a halt to the bombing',
    'Turkey urged an investigation into the killing': an act asked for is not the asker's —
    the nominal trigger in a requesting verb's object takes no doer from its subject."""
    lemma, cues = verb.lemma_.lower(), argument_cue_words("requesting_verb")
    return lemma in cues or any(f"{lemma} {c.lower_}" in cues for c in verb.children
                                if c.dep_ in {"prep", "prt"})  # 'call for', not 'call out'
