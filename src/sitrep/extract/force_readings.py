"""Acts of force are no claims: a stance verb the lexicon lets carry a noun-phrase content
('attacked her opponent as a fraud', 'hit back at critics') is read as a strike when its object
is a place, a thing or armed people, a weapon does it, harm follows, or it takes lives
('Terrorists attacked al-Ramouseh neighborhood with rockets', '…, claiming the lives of seven
people'). The words are `data/force_words.tsv`."""

from __future__ import annotations

from functools import lru_cache

from spacy.tokens import Span, Token

from sitrep.data import read_table
from sitrep.extract.quote_marks import QUOTATION_MARKS

# Not GPE: a country object is as often a government attacked in words ('Trump attacked
# China over trade') as a land struck, and the small model tags surnames GPE ('attacked Machado').
_PLACE_ENTITIES = {"LOC", "FAC"}
_HARM_DEPS = {"advcl", "conj", "xcomp"}


def is_act_of_force(cue: Token, content: Span) -> bool:
    """True when `cue` (the cue's head verb) with `content` (its object, as a claim) reads as a
    strike, not as words. Contents holding a quotation are words ('pounding Trump as a “con
    artist”')."""
    words = _force_words()
    if cue.lemma_.lower() not in words["verb"] or any(t.text in QUOTATION_MARKS for t in content):
        return False
    head = content.root
    if head.lemma_.lower() in words["place"] | words["people"] | words["toll"] or \
            head.ent_type_ in _PLACE_ENTITIES:
        return True
    return _done_with_weapon(cue, words["weapon"]) or _harm_follows(cue, words["harm"])


def _done_with_weapon(cue: Token, weapons: frozenset[str]) -> bool:
    return any(prep.dep_ == "prep" and prep.lower_ in {"with", "by"} and any(
        obj.dep_ == "pobj" and obj.lemma_.lower() in weapons for obj in prep.children)
        for prep in cue.children)


def _harm_follows(cue: Token, harms: frozenset[str]) -> bool:
    return any(child.dep_ in _HARM_DEPS and child.lemma_.lower() in harms
               for child in cue.children)


@lru_cache(maxsize=1)
def _force_words() -> dict[str, frozenset[str]]:
    rows = read_table("force_words.tsv")
    roles = {row["role"] for row in rows}
    return {role: frozenset(row["word"] for row in rows if row["role"] == role) for role in roles}
