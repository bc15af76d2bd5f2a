"""Speakers joined by 'and': 'Obama and Clinton said', 'Merkel, Trump and Putin agreed',
'Netanyahu and his advisers believe'. The claim is theirs together, so the speaker is a group
actor whose `members` are the actors each joined phrase resolves to, not the first of them.

This module finds the joined phrases; the resolver (extract/speakers.py) resolves each and
keeps the group. A group is made only where the head of at least one phrase names someone (a
name or a pronoun): 'officials and analysts' stays one description, as it always was."""

from __future__ import annotations

from collections.abc import Collection

from spacy.tokens import Span, Token

from sitrep.extract.names import slug
from sitrep.records import Actor

_JOINING = {"and", "&"}  # 'Obama or Clinton', 'neither MI5 nor the police' are no joint claim
_PAIRED = {"both"}  # 'Both Netanyahu and his challenger'
_DETERMINERS = {"det", "poss", "nummod", "predet"}
_SET_APART = {"conj", "cc", "preconj"}


def joined_phrases(span: Span) -> list[Span]:
    """The noun phrases a speaker span joins with 'and', each drawn without the others, in
    text order; [] when the speaker is one phrase. A singular common noun with no determiner
    is a second role of one person, not a second speaker ('Lamar Smith, a Texas Republican and
    chairman of the committee'), so it joins nothing; nor does a pair in an aside
    ('lawmakers, both Democrats and Republicans')."""
    head = span.root
    conjuncts = _conjuncts_below(head, span)
    if len(conjuncts) < 2 or not _joined_by_and(conjuncts):
        return []
    if any(_bare_role(token) or _opens_a_pair(token) for token in conjuncts[1:]):
        return []
    phrases = [_phrase(token, span) for token in conjuncts]
    return phrases if all(p is not None for p in phrases) else []


def names_someone(phrase: Span, named_tokens: Collection[int]) -> bool:
    """Does a joined phrase name someone: is its head a word the actors layer holds, or a
    pronoun? Not a name inside it ('Former CIA directors and deputy directors', 'politicians,
    journalists, Congressional staff members…' stay one description)."""
    return phrase.root.i in named_tokens or phrase.root.pos_ == "PRON"


def group_actor(doc_id: str, span: Span, name: str, members: list[Actor]) -> Actor:
    """The actor of a joint claim: its members' kind and country where they share one (two
    people are 'person', a person and a government 'other'), the speaker phrase as its name."""
    kinds = {m.kind for m in members}
    countries = {m.country for m in members}
    return Actor(
        doc_id=doc_id, id=group_id(members), name=name,
        kind=kinds.pop() if len(kinds) == 1 else "other",
        country=countries.pop() if len(countries) == 1 else None,
        members=[m.id for m in members], span=(span.start_char, span.end_char), known=False,
    )


def group_id(members: list[Actor]) -> str:
    """One id for one set of members, whatever order the text names them in
    ('joint:barack-obama+hillary-clinton')."""
    return "joint:" + "+".join(sorted(slug(m.name) for m in members))


def _conjuncts_below(head: Token, span: Span) -> list[Token]:
    """The head and the conjuncts hung on it, one below the other ('Merkel' → 'Trump' →
    'Putin'), inside the span: not those of a coordination the head itself hangs on."""
    conjuncts, i = [head], 0
    while i < len(conjuncts):  # each hangs on the one before it, or all on the first
        conjuncts += [c for c in conjuncts[i].children if c.dep_ == "conj"
                      and span.start <= c.i < span.end]
        i += 1
    return sorted(conjuncts, key=lambda token: token.i)


def _joined_by_and(conjuncts: list[Token]) -> bool:
    coordinators = {child.lower_ for token in conjuncts for child in token.children
                    if child.dep_ == "cc"}
    return bool(coordinators) and coordinators <= _JOINING


def _bare_role(token: Token) -> bool:
    return token.pos_ == "NOUN" and token.tag_ == "NN" and not any(
        child.dep_ in _DETERMINERS for child in token.children)


def _opens_a_pair(token: Token) -> bool:
    """'lawmakers, both Democrats and Republicans': a later phrase that opens its own 'both
    … and' pair is an aside saying who the first are, not more speakers."""
    return any(child.dep_ == "preconj" for child in token.children)


def _phrase(token: Token, span: Span) -> Span | None:
    """A conjunct's own words: its subtree without the conjuncts, coordinators and commas
    that follow it, inside the speaker span."""
    doc = token.doc
    apart = {t.i for child in token.children if child.dep_ in _SET_APART
             or child.dep_ == "punct" and child.i > token.i for t in child.subtree}
    words = [t.i for t in token.subtree if t.i not in apart and span.start <= t.i < span.end]
    start, end = min(words), max(words) + 1
    while start < token.i and (doc[start].lower_ in _PAIRED or doc[start].is_punct):
        start += 1
    while end - 1 > token.i and doc[end - 1].is_punct:
        end -= 1
    return doc[start:end] if start <= token.i < end else None
