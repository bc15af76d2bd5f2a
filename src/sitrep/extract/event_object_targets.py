"""Targets read off a verb's object phrase when the object itself names no actor: who wrote
the offer or made the accusation that is rejected, whom the invitation accepted is to meet,
whom the purpose clause after a call is aimed at, who made the appeal or complaint refused
(even when the object names whom it is against), whose pressure a refusal defies ('despite
pressure from X'), the state an unnamed group let in comes from, the state or body whose office
a resignation leaves ('resigned as president of Indonesia') — and the object that is no
target at all, the source's own forces ('withdrew its troops from
Abyei').
"""

from __future__ import annotations

from spacy.tokens import Token

from sitrep.extract.event_arguments import actor_in, verb_arguments
from sitrep.extract.event_cues import argument_cue_words

_CONTACT_VERBS = argument_cue_words("contact_verb")
_AUTHOR_PREPS = {"from", "by"}
_OWNER_PRONOUNS = {"its", "their", "his", "her", "our", "my"}
_AUTHORED_NOUNS = argument_cue_words("authored_noun")
_RECEIVING_VERBS = argument_cue_words("receiving_verb")
_PRESSING_NOUNS = argument_cue_words("pressing_noun") | _AUTHORED_NOUNS
_DEFIANCE_PREPS = {"despite"}


def _objects(verb: Token) -> list[Token]:
    """The verb's objects, conjoined ones too ('condemned the aggression and the threats made
    by X')."""
    objects = [c for c in verb.children if c.dep_ == "dobj"]
    return objects + [c for o in objects for c in o.children if c.dep_ == "conj"]


def author_of_object(verb: Token, token_actor: dict[int, str], source: str | None) -> str | None:
    """'rejected every offer made by the Taliban', 'refused a request from the justice
    minister', 'rejected accusations by the opposition': the one whose offer, request or
    accusation is acted on — named by the object's 'from'/'by' or its participle's agent
    (which `actor_in` does not enter, a participle being a clause of its own)."""
    for obj in _objects(verb):
        for child in obj.children:
            if child.dep_ == "prep" and child.lower_ in _AUTHOR_PREPS:
                agents = [child]
            elif child.dep_ == "acl" and child.tag_ == "VBN":
                agents = [a for a in child.children if a.dep_ == "agent"]
            else:
                continue
            found = next((actor_in(g, token_actor) for a in agents for g in a.children
                          if g.dep_ == "pobj"), None)
            if found is not None and found != source:
                return found
    return _misattached_author(verb, token_actor, source)


def _misattached_author(verb: Token, token_actor: dict[int, str],
                        source: str | None) -> str | None:
    """'denied charges by the U.S. Chamber of Commerce that…': the parse hangs the object's
    'by' on the verb; an active verb with an object has no agent of its own, so the phrase
    names the object's author."""
    authored = [o for o in _objects(verb) if o.pos_ == "NOUN" and o.i not in token_actor]
    if not authored or any(c.dep_ in {"auxpass", "nsubjpass"} for c in verb.children):
        return None  # 'seized Gaza by force': an object named, the 'by' says how
    found = next((actor_in(g, token_actor) for c in verb.children
                  if c.dep_ == "prep" and c.lower_ == "by"
                  for g in c.children if g.dep_ == "pobj"), None)
    return found if found != source else None


def author_of_claim(verb: Token, token_actor: dict[int, str], source: str | None) -> str | None:
    """'rejected an appeal lodged by X against the ruling', 'rejected the appeal of X',
    'dismissed the protest filed by X against Senator Y': refusing a claim or plea is aimed at
    whoever made it — not at whom the claim is against, which the object's phrase names too."""
    for obj in (o for o in _objects(verb) if o.lemma_.lower() in _AUTHORED_NOUNS):
        for child in obj.children:
            if child.dep_ in {"poss", "amod", "compound", "nmod"}:  # 'British accusations'
                found = token_actor.get(child.i) if child.dep_ != "poss" \
                    else actor_in(child, token_actor)
            elif child.dep_ == "prep" and child.lower_ in _AUTHOR_PREPS:
                found = next((actor_in(g, token_actor) for g in child.children
                              if g.dep_ == "pobj"), None)
            elif child.dep_ == "prep" and child.lower_ == "of":
                # 'the appeal of an Australian citizen'; not 'accusations of Russia's
                # involvement', whose 'of' says what the claim is
                found = next((token_actor.get(g.i) for g in child.children
                              if g.dep_ == "pobj"), None)
            elif child.dep_ == "acl" and child.tag_ == "VBN":
                found = next((actor_in(g, token_actor) for a in child.children
                              if a.dep_ == "agent" for g in a.children if g.dep_ == "pobj"), None)
            else:
                continue
            if found is not None and found != source:
                return found
    return None


def origin_of_people(verb: Token, target: str | None, token_actor: dict[int, str]) -> str | None:
    """'will not accept refugees from Afghanistan', 'took in migrants from Syria': letting in
    an unnamed group is aimed at the state or party its 'from' phrase names ('take in' only
    with its particle: 'took part in' is no such verb)."""
    lemma = verb.lemma_.lower()
    if target is None or not target.startswith("group:") or lemma not in _RECEIVING_VERBS \
            or (lemma == "take" and not any(c.dep_ == "prt" and c.lower_ == "in"
                                            for c in verb.children)):
        return None
    for obj in (o for o in _objects(verb) if token_actor.get(o.i) == target):
        # the parse hangs the 'from' on the noun or on the verb
        found = next((actor_in(g, token_actor) for head in (obj, verb) for p in head.children
                      if p.dep_ == "prep" and p.lower_ == "from"
                      for g in p.children if g.dep_ == "pobj"), None)
        if found is not None:
            return found
    return None


def aim_of_object(verb: Token, token_actor: dict[int, str], source: str | None) -> str | None:
    """'accepted an invitation to meet with Kim Jong Un', 'rejected a proposal to hold talks
    with the rebels': the object's infinitive names whom the act is aimed at."""
    for obj in _objects(verb):
        for clause in (c for c in obj.children if c.dep_ == "acl" and c.tag_ == "VB"):
            _, found = verb_arguments(clause, token_actor)
            if found is not None and found != source:
                return found
    return None


def one_contacted(verb: Token, token_actor: dict[int, str], source: str | None) -> str | None:
    """'called Erdogan to apologize', 'phoned the emir to congratulate him': the act of the
    purpose clause after a verb of contact is aimed at the one contacted (its object)."""
    head = verb.head
    if verb.dep_ not in {"xcomp", "advcl"} or head.lemma_.lower() not in _CONTACT_VERBS:
        return None
    found = next((actor_in(c, token_actor) for c in _objects(head)), None)
    return found if found != source else None


def own_forces(verb: Token, target: str, token_actor: dict[int, str]) -> bool:
    """'withdraw its troops from X', 'strengthened its forces in the Gulf': an unnamed group
    the source owns ('its', 'their') is what it moves, not whom the act is aimed at."""
    return target.startswith("group:") and any(
        actor_in(obj, token_actor) == target
        and any(c.dep_ == "poss" and c.lower_ in _OWNER_PRONOUNS for c in obj.children)
        for obj in _objects(verb))


def inquired_into(noun: Token, token_actor: dict[int, str], source: str | None) -> str | None:
    """'launched an investigation into alleged crimes committed by Croat forces', 'opened an
    inquiry into claims that two servicemen abused…': whom an inquiry is aimed at is named in
    its 'into' phrase — there, or as the doer of the act it looks into (the participle's agent
    or the claim's subject, which `actor_in` does not enter)."""
    for prep in (c for c in noun.children if c.dep_ == "prep" and c.lower_ == "into"):
        for matter in (g for g in prep.children if g.dep_ in {"pobj", "pcomp"}):
            found = actor_in(matter, token_actor) or _doer_of(matter, token_actor)
            if found is not None and found != source:
                return found
    return None


def _doer_of(matter: Token, token_actor: dict[int, str]) -> str | None:
    for clause in matter.children:
        if clause.dep_ == "acl" and clause.tag_ == "VBN":
            doers = [g for a in clause.children if a.dep_ == "agent" for g in a.children
                     if g.dep_ == "pobj"]
        elif clause.dep_ in {"acl", "ccomp"}:
            doers = [g for g in clause.children if g.dep_ == "nsubj"]
        else:
            continue
        found = next((actor_in(d, token_actor) for d in doers
                      if actor_in(d, token_actor) is not None), None)
        if found is not None:
            return found
    return None


def one_defied(verb: Token, token_actor: dict[int, str], source: str | None) -> str | None:
    """'declined to resign despite pressure from Congress', 'refused to step down despite
    President Biden's request': a refusal made in spite of someone's pressure or demand is
    aimed at them; the 'despite' may hang on the refusal or on the act refused."""
    for word in (verb, *(c for c in verb.children if c.dep_ == "xcomp")):
        for prep in (c for c in word.children if c.dep_ == "prep" and c.lower_ in _DEFIANCE_PREPS):
            for noun in (g for g in prep.children if g.dep_ == "pobj"
                         and g.lemma_.lower() in _PRESSING_NOUNS):
                found = _presser(noun, token_actor)
                if found is not None and found != source:
                    return found
    return None


def _presser(noun: Token, token_actor: dict[int, str]) -> str | None:
    """Who puts the pressure or makes the demand: the noun's 'from'/'by', else its possessor or
    the state named before it ('US pressure')."""
    for child in noun.children:
        if child.dep_ == "prep" and child.lower_ in _AUTHOR_PREPS:
            found = next((actor_in(g, token_actor) for g in child.children if g.dep_ == "pobj"),
                         None)
            if found is not None:
                return found
    return next((actor for c in noun.children if c.dep_ in {"poss", "amod", "compound", "nmod"}
                 and (actor := actor_in(c, token_actor)) is not None), None)


def office_left(trigger: Token, token_actor: dict[int, str], source: str | None) -> str | None:
    """'Suharto resigned as president of Indonesia', 'agreed to resign from the Iraqi prime
    minister's post': the state or body whose office is left is what a resignation gives up
    (PLV and CAMEO NER code it so)."""
    return next((found for c in trigger.children if c.dep_ == "prep" and c.lower_ in {"as", "from"}
                 for g in c.children if g.dep_ == "pobj"
                 for found in [actor_in(g, token_actor)] if found not in {None, source}), None)
