"""What an event record points back to: the clause that is its evidence, the place named in
it, the day it is first dated by, and the speaker whose quote or reported clause it is in
(`reported_by`: an event someone says happened is that someone's claim).
"""

from __future__ import annotations

from spacy.tokens import Span, Token

from sitrep.extract.entities import entities, span_text, token_span
from sitrep.records import Document, Quote


def evidence_clause(token: Token) -> Span:
    """The evidence: the trigger's clause within its sentence."""
    sent = token.sent
    node = token
    while node.dep_ in {"xcomp", "aux", "prep", "pobj", "dobj"} and node.head.i != node.i:
        node = node.head
    tokens = [t for t in node.subtree if sent.start <= t.i < sent.end]
    start, end = min(t.i for t in tokens), max(t.i for t in tokens) + 1
    doc = token.doc
    while end > start + 1 and doc[end - 1].is_punct:
        end -= 1
    return token_span(doc, start, end)


def place_in(clause: Span, token_actor: dict[int, str]) -> str | None:
    """The place name in the trigger's clause: 'in Homs', 'at the Khmeimim airbase'."""
    doc = clause.doc
    for t in clause:
        if t.ent_type_ in {"GPE", "LOC", "FAC"} and t.i not in token_actor and t.dep_ == "pobj" \
                and t.head.lower_ in {"in", "at", "near", "from", "outside", "inside"}:
            ent = next((e for e in entities(doc) if e.start <= t.i < e.end), None)
            return span_text(ent) if ent is not None else t.text
    return None


def publication_time(document: Document) -> dict | None:
    """Every event starts dated by its article, and says so; the times stage replaces this with
    the time expression linked to its trigger where the text gives one."""
    if document.published is None:
        return None
    day = document.published.isoformat()
    return {"value": day, "earliest": day, "latest": day, "source": "publication_date"}


def quote_of(token: Token, quotes: list[Quote]) -> Quote | None:
    """The quote or reported clause the token is in that has a speaker."""
    return next((q for q in quotes if q.span[0] <= token.idx < q.span[1]
                 and q.speaker is not None), None)


def reporter_of(token: Token, quotes: list[Quote]) -> str | None:
    """The actor who said what the token is in, if anyone did."""
    quote = quote_of(token, quotes)
    return quote.speaker.actor if quote is not None else None
