"""Where a peace mission serves: 'sending troops to the UN peacekeeping force in South Sudan',
'agreed to extend the mandate of the peacekeeping force in Lebanon'. PLOVER coders (and the
CAMEO NER and GSR gold) code the country the mission serves as the target of the act that
staffs, funds or extends it, not the organisation that runs it.
"""

from __future__ import annotations

from spacy.tokens import Token

from sitrep.extract.event_cues import argument_cue_words
from sitrep.extract.event_participants import Participants
from sitrep.records import Actor

# a clause below the trigger says something else ('troops that served in Mali')
_CLOSED_DEPS = {"relcl", "advcl", "ccomp", "parataxis", "nsubj", "csubj", "acl"}
_WHERE_PREPS = {"in", "to"}


def mission_served(token: Token, parts: Participants, source: str | None) -> str | None:
    """The actor for the place a peace mission in the trigger's phrases serves ('the UN
    peacekeeping mission in Mali' → Mali), added to the document's actors when it was only a
    place name; None when there is no such mission."""
    for mission in _missions_below(token):
        for prep in (c for c in mission.children if c.dep_ == "prep"
                     and c.lower_ in _WHERE_PREPS):
            for word in (g for g in prep.children if g.dep_ == "pobj"):
                actor = _place_actor(word, prep, parts)
                if actor is not None and actor.id != source:
                    return actor.id
    return None


def _missions_below(token: Token):
    """Nouns of a peace mission in the trigger's phrases, nearest first, not entering a
    clause of its own."""
    nouns, kinds = argument_cue_words("mission_noun"), argument_cue_words("mission_kind")
    frontier = [token]
    for _ in range(6):
        frontier = [c for t in frontier for c in t.children if c.dep_ not in _CLOSED_DEPS]
        for word in frontier:
            if word.lemma_.lower() in nouns and any(
                    c.dep_ in {"compound", "amod"} and c.lemma_.lower() in kinds
                    for c in word.children):
                yield word


def _place_actor(word: Token, prep: Token, parts: Participants) -> Actor | None:
    if word.i in parts.token_actor:
        return parts.actors.get(parts.token_actor[word.i])
    actor = parts.countries_in.get(prep.i) or parts.places.get(word.i)
    if actor is None:
        return None
    if actor.id not in parts.actors:
        parts.actors[actor.id] = actor
        parts.aimed_at_only.add(actor.id)  # kept only if an event takes it
    parts.taken_places.update(t.i for t in word.subtree)
    return actor
