"""Who did it and to whom: an event trigger's source and target actors on the dependency parse.

The subject is the source (the agent of a passive), the object or the object of 'with/against/
on/to' the target — an actor from the actors layer, never a bare place name, because place
names in location roles carry no actor. Unnamed participants named by an actor noun ('rebel
groups', 'police') become actors of their own.
"""

from __future__ import annotations

from spacy.tokens import Doc, Token

from sitrep.extract.lexicon import load_lexicon
from sitrep.extract.names import slug
from sitrep.extract.speakers import speaker_nouns
from sitrep.records import Actor, Mention

TARGET_PREPS = {"with", "against", "on", "to", "toward", "towards", "at", "upon", "into"}

ARGUMENT_DEPS = {"nsubj", "nsubjpass", "dobj", "pobj", "dative", "conj", "appos"}


def generic_participants(doc: Doc, doc_id: str, token_actor: dict[int, str],
                          actors: dict[str, Actor]) -> list[Mention]:
    """'rebel groups', 'the protesters', 'police': unnamed participants named by an actor
    noun become actors of their own (kind from the noun), so events keep who did what to
    whom. Only those an event uses are kept in the output."""
    lexicon = load_lexicon()
    added: list[Mention] = []
    for token in doc:
        if token.pos_ != "NOUN" or token.i in token_actor or token.dep_ not in ARGUMENT_DEPS:
            continue
        noun = lexicon.noun(token.lemma_)
        if noun is None or noun.kind == "state":
            continue
        if token.tag_ != "NNS" and (speaker_nouns().get(token.lemma_.lower()) == "person"
                                    or noun.kind in {"person", "other"}):
            continue  # "the soldier offered it to him": one person, not a party to events
        words = [t for t in token.lefts if t.dep_ in {"amod", "compound", "det"}
                 and t.i not in token_actor and t.i == token.i - (token.i - t.i)] + [token]
        start = min(t.i for t in words)
        if doc[start].dep_ == "det":
            start += 1
        span = doc[start:token.i + 1]
        actor_id = f"group:{slug(span.text)}"
        if actor_id not in actors:
            actors[actor_id] = Actor(doc_id=doc_id, id=actor_id, name=span.text,
                                     kind=noun.kind if noun.kind != "person" else "other",
                                     span=(span.start_char, span.end_char))
        for t in span:
            token_actor[t.i] = actor_id
        added.append(Mention(doc_id=doc_id, span=(span.start_char, span.end_char),
                             text=span.text, label="NOUN", actor=actor_id, role="actor"))
    return added



def actor_in(head: Token, token_actor: dict[int, str]) -> str | None:
    """The actor a phrase names: its head's actor, else the nearest actor below it."""
    frontier = [head]
    while frontier:
        for token in frontier:
            if token.i in token_actor:
                return token_actor[token.i]
        frontier = [c for t in frontier for c in t.children if c.dep_ not in {"relcl", "acl"}]
    return None


def arguments(token: Token, token_actor: dict[int, str]) -> tuple[str | None, str | None]:
    source = target = None
    verb = token
    if token.pos_ == "NOUN":
        return _nounarguments(token, token_actor)
    for child in verb.children:
        if child.dep_ == "nsubj":
            source = actor_in(child, token_actor)
        elif child.dep_ == "nsubjpass":
            target = actor_in(child, token_actor)
        elif child.dep_ == "agent":
            source = next((actor_in(g, token_actor) for g in child.children if g.dep_ == "pobj"), source)
        elif child.dep_ in {"dobj", "dative", "iobj"} and target is None:
            target = actor_in(child, token_actor)
        elif child.dep_ == "prep" and child.lower_ in TARGET_PREPS and target is None:
            target = next((actor_in(g, token_actor) for g in child.children if g.dep_ == "pobj"), None)
    if source is None:
        source = inherited_subject(verb, token_actor)
    if source == target:
        target = None
    return source, target


def inherited_subject(verb: Token, token_actor: dict[int, str]) -> str | None:
    """'HTS agreed to lift…', 'jets were heading north to drop bombs': the subject of the verb
    this one depends on."""
    node = verb
    for _ in range(3):
        if node.dep_ not in {"xcomp", "advcl", "conj", "pcomp"} or node.head.i == node.i:
            return None
        node = node.head
        for child in node.children:
            if child.dep_ == "nsubj":
                return actor_in(child, token_actor)
            if child.dep_ == "csubj":  # "jets taking off … were heading north to drop bombs"
                subject = next((g for g in child.children if g.dep_ == "nsubj"), None)
                if subject is not None:
                    return actor_in(subject, token_actor)
    return None


def _nounarguments(noun: Token, token_actor: dict[int, str]) -> tuple[str | None, str | None]:
    """'Russian airstrikes on rebel towns', 'talks with HTS', 'Moscow's offer'."""
    source = target = None
    for child in noun.children:
        if child.dep_ in {"poss", "amod", "compound", "nmod"} and source is None:
            source = actor_in(child, token_actor)
        elif child.dep_ == "prep" and child.lower_ in TARGET_PREPS | {"by", "between"}:
            actor = next((actor_in(g, token_actor) for g in child.children if g.dep_ == "pobj"), None)
            if child.lower_ == "by":
                source = source or actor
            else:
                target = target or actor
    if source is None and noun.dep_ in {"dobj", "pobj"}:
        source = inherited_subject(noun.head, token_actor) if noun.head.pos_ == "VERB" else None
        if source is None and noun.head.pos_ == "VERB":
            source = next((actor_in(c, token_actor) for c in noun.head.children if c.dep_ == "nsubj"), None)
    return source, (target if target != source else None)


def subject_token(verb: Token) -> Token | None:
    node = verb
    for _ in range(3):
        subject = next((c for c in node.children if c.dep_ == "nsubj"), None)
        if subject is not None:
            return subject
        if node.dep_ not in {"xcomp", "conj", "advcl"} or node.head.i == node.i:
            return None
        node = node.head
    return None



_NOT_EVENT_VERBS = {"be", "have", "do", "become", "seem", "include", "remain", "get"}


def fallback_triggers(doc: Doc, token_actor: dict[int, str], covered: set[int]) -> list[Token]:
    """Per sentence not in `covered` (sentence starts): the verb highest in the parse whose
    subject and object (or object of 'with/against/on/to…') are two different actors — a
    'who did what to whom' the lexicon has no word for ('X faulted Y', 'X searched Y')."""
    found = []
    for sent in doc.sents:
        if sent.start in covered:
            continue
        best = None
        for token in sent:
            if token.pos_ != "VERB" or token.lemma_.lower() in _NOT_EVENT_VERBS:
                continue
            source, target = arguments(token, token_actor)
            if source is None or target is None:
                continue
            depth = sum(1 for _ in token.ancestors)
            if best is None or depth < best[0]:
                best = (depth, token)
        if best is not None:
            found.append(best[1])
    return found
