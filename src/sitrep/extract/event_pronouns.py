"""Pronouns in argument positions: 'The Israeli military says it has opened an investigation',
'Farc said they will release…' — the pronoun stands for an actor, so the event keeps who did
what to whom. Resolved by the clause rule (the subject of the verb whose clause the pronoun is
in), else for 'it/they' the nearest fitting actor before it; 'he/she' only a person of that
gender where the text gives it, and only by the clause rule — but for 'him/her' as an object,
the nearest such person before it in the sentence other than the one acting ('Trump called
Erdogan and urged him').
"""

from __future__ import annotations

from spacy.tokens import Doc, Token

from sitrep.extract.antecedents import is_expletive
from sitrep.extract.entities import tokens_tagged
from sitrep.extract.speaker_pronouns import stated_genders
from sitrep.records import Actor, Mention

_PERSON_PRONOUNS = {"he", "him", "his", "she", "her"}
_BODY_PRONOUNS = {"it", "its", "they", "them", "their"}  # a state, an organisation, a group
_GROUP_PRONOUNS = {"they", "them", "their"}  # also people in the plural
_GENDER = {"he": "m", "him": "m", "his": "m", "she": "f", "her": "f"}


def known_genders(doc: Doc, actors: dict[str, Actor], mentions: list[Mention]) -> dict[str, str]:
    """Actor id → 'm'/'f' where the text says: the speakers layer's honorifics and roles, and
    the pronouns it already resolved ('she said' makes her a she)."""
    found = dict(stated_genders(doc, actors, mentions))
    for mention in mentions:
        gender = _GENDER.get(mention.text.lower()) if mention.label == "PRON" else None
        if gender and mention.actor:
            found.setdefault(mention.actor, gender)
    return found
_PRONOUN_DEPS = {"nsubj", "nsubjpass", "dobj", "pobj", "dative", "poss"}
_OBJECT_PRONOUNS = {"him", "her"}
_OBJECT_DEPS = {"dobj", "dative", "pobj"}


_PRONOUN_TAGS = frozenset({"PRON"})


def resolve_pronouns(doc: Doc, doc_id: str, token_actor: dict[int, str],
                     actors: dict[str, Actor], mentions: list[Mention]) -> list[Mention]:
    """'The Israeli military says it has opened an investigation', 'Farc said they will
    release…': a pronoun in an argument position stands for an actor — the subject of the
    verb whose clause it is in ('X said it…'), else the nearest actor before it in the
    sentence, else in the sentence before; 'he/she' only a person of that gender (where the
    text gives it) and only by the clause rule, 'it/they' a body ('they' also people)."""
    added = []
    genders = known_genders(doc, actors, mentions)
    for token in tokens_tagged(doc, _PRONOUN_TAGS):
        lower = token.lower_
        if token.i in token_actor or token.dep_ not in _PRONOUN_DEPS:
            continue
        if lower not in _PERSON_PRONOUNS | _BODY_PRONOUNS:
            continue
        if is_expletive(token):
            continue  # "after it emerged the ringleader…": 'it' holds a clause's place
        own = _own_subject(token, token_actor)  # "Trump accused him": him is not Trump
        def fits(word: Token, own=own, lower=lower) -> bool:
            actor_id = token_actor[word.i]
            kind = actors[actor_id].kind
            if actor_id == own:
                return False
            if lower in _PERSON_PRONOUNS:
                return (kind == "person" and word.tag_ not in {"NNS", "NNPS"}
                        and genders.get(actor_id, _GENDER[lower]) == _GENDER[lower])
            if lower in _GROUP_PRONOUNS and word.tag_ in {"NNS", "NNPS"}:
                return True  # "the rebels said they…"
            return kind != "person"

        actor_id = _clause_subject(token, token_actor, fits)
        if actor_id is None and lower in _OBJECT_PRONOUNS and token.dep_ in _OBJECT_DEPS:
            # "Trump called Erdogan and urged him to…": a person an act lands on is one the
            # sentence named before, other than the one acting (`own`, which `fits` skips)
            acting = _acting_subjects(token, token_actor)
            actor_id = _nearest_before(token, token_actor,
                                       lambda w, fits=fits: token_actor[w.i] not in acting
                                       and fits(w), same_sentence=True)
        if actor_id is None and lower in _BODY_PRONOUNS:
            # "he" only by the clause rule: news copy names many people, and the nearest one
            # before a "he" is as often the wrong one
            actor_id = _nearest_before(token, token_actor, fits)
        if actor_id is None:
            continue
        token_actor[token.i] = actor_id
        added.append(Mention(doc_id=doc_id, span=(token.idx, token.idx + len(token.text)),
                             text=token.text, label="PRON", actor=actor_id, role="actor"))
    return added


# a clause of its own: its subject and the ones above it may be whom 'him' stands for ('X
# said the attorney general charged him', 'the agent who shot him')
_OWN_CLAUSE_DEPS = {"ccomp", "relcl", "advcl", "parataxis"}


def _acting_subjects(pronoun: Token, token_actor: dict[int, str]) -> set[str]:
    """The actors of the subjects of the verbs above an object pronoun, up to the first
    clause of its own: 'leaders and neighbours of Salman Abedi accused the services of
    missing chances to identify him' — him is none of those accusing (whose phrase the
    actors layer extends over Abedi)."""
    acting, node = set(), pronoun
    while node.head.i != node.i and node.dep_ not in _OWN_CLAUSE_DEPS:
        node = node.head
        acting |= {token_actor[c.i] for c in node.children
                   if c.dep_ == "nsubj" and c.i in token_actor}
    return acting


def _own_subject(pronoun: Token, token_actor: dict[int, str]) -> str | None:
    if pronoun.dep_ not in {"dobj", "pobj", "dative"}:
        return None
    verb = pronoun.head.head if pronoun.dep_ == "pobj" else pronoun.head
    subject = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    while subject is None and verb.dep_ == "conj" and verb.head.i != verb.i:
        verb = verb.head  # "Kim met Trump and praised him": Kim praised, so not Kim
        subject = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    return token_actor.get(subject.i) if subject is not None else None


def _clause_subject(pronoun: Token, token_actor: dict[int, str], fits) -> str | None:
    """'X says it has…', 'X announced they will…', 'X said its forces…': the actor subject of
    the verb that governs the pronoun's clause."""
    node = pronoun.head
    while node.dep_ in {"prep", "pobj", "dobj", "poss"} and node.head.i != node.i:
        node = node.head  # "its forces", "in their attack": up to the clause's verb
    for _ in range(3):
        if node.dep_ not in {"ccomp", "conj", "advcl", "xcomp"} or node.head.i == node.i:
            return None
        node = node.head
        subject = next((c for c in node.children if c.dep_ == "nsubj"), None)
        if subject is not None and subject.i in token_actor and fits(subject):
            return token_actor[subject.i]
        if subject is not None:
            return None
    return None


def _nearest_before(pronoun: Token, token_actor: dict[int, str], fits,
                    same_sentence: bool = False) -> str | None:
    sent = pronoun.sent
    start = sent.start
    if pronoun.i - start < 3 and start > 0 and not same_sentence:
        # "It said…" opening a sentence: the one before
        start = pronoun.doc[start - 1].sent.start
    for i in range(pronoun.i - 1, start - 1, -1):
        if i in token_actor and fits(pronoun.doc[i]):
            return token_actor[i]
    return None
