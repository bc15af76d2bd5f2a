"""Whose act a reported statement is: the speaker's stance, or a fact the speaker reports.

'The Prime Minister said the government is committed to opening up the economy', 'Putin said
his country will not lift the ban on the EU': what the clause states is a position taken in the
saying — an intention, a refusal, a commitment — and event coders (CAMEO, PLOVER, the ConfliBERT
CAMEO NER gold) code the speaker as its source, with what the clause is aimed at (else its
subject) as the target. 'Officials said Taliban fighters killed 17 soldiers' reports a past act:
its doer stays the source. So the speaker takes the source only when the clause is a stance:
not asserted (future, hypothetical), or in the present tense ('is committed', 'opposes', 'is
ready to contribute'); a past tense or a perfect is a reported act.
"""

from __future__ import annotations

from spacy.tokens import Token

from sitrep.extract.event_arguments import subject_token
from sitrep.records import Quote

_STANCE_TAGS = {"VBZ", "VBP", "MD"}  # present tense, or a modal ('will not lift', 'can help')
_FINITE_TAGS = _STANCE_TAGS | {"VBD"}
# from a trigger up to its clause's head: 'is ready to contribute', 'is willing to provide',
# 'wants to begin talks', 'voiced support for'
_CLAUSE_DEPS = {"xcomp", "acomp", "dobj", "pobj", "prep", "pcomp", "attr", "conj"}


def speaker_takes_source(trigger: Token, modality: str, quote: Quote | None,
                         source: str | None, target: str | None) -> tuple[str | None, str | None]:
    """(source, target) of an event inside `quote`: the speaker's own when the trigger's clause
    is what the speaker says (not a clause within it: 'until the EU provides details'), is a
    stance, and names no doer of its own but the speaker's side ('his country', 'the
    government', 'we') or none. A named doer keeps the act: 'Congress will fully support the
    plan, Rep. Nograles said'."""
    speaker = quote.speaker.actor if quote is not None and quote.speaker is not None else None
    if speaker is None or speaker == source or not _said_clause(trigger, quote) \
            or not is_stance(trigger, modality):
        return source, target
    if source is not None and not _unnamed(subject_token(trigger)):
        return source, target
    return speaker, (target if target != speaker else None)


def _unnamed(subject: Token | None) -> bool:
    """'his country', 'the government', 'we': a pronoun or a common noun with no name in it."""
    if subject is None:
        return False
    return subject.pos_ == "PRON" or subject.pos_ == "NOUN" and not any(
        t.pos_ == "PROPN" or t.ent_type_ in {"GPE", "ORG", "NORP", "PERSON"}
        for t in subject.subtree)


def is_stance(trigger: Token, modality: str) -> bool:
    """Whether the trigger's clause states a position rather than reports an act."""
    if modality != "asserted":
        return True
    finite = _finite_word(trigger)
    return finite is not None and finite.tag_ in _STANCE_TAGS


def _said_clause(trigger: Token, quote: Quote) -> bool:
    """The trigger heads (through its complements) the content clause of the quote's cue
    ('said [his country will not lift…]'), or a whole quoted sentence of a direct quote."""
    node = _clause_head(trigger)
    if node.dep_ == "ccomp":
        cue = quote.cue.span if quote.cue is not None else (-1, -1)
        return cue[0] <= node.head.idx < cue[1]
    return node.dep_ == "ROOT" and quote.kind == "direct" \
        and quote.span[0] <= node.sent.start_char and node.sent.end_char <= quote.span[1] + 1


def _clause_head(trigger: Token) -> Token:
    node = trigger
    for _ in range(5):
        if node.dep_ not in _CLAUSE_DEPS or node.head.i == node.i:
            break
        node = node.head
    return node


def _finite_word(trigger: Token) -> Token | None:
    """The tensed word of the trigger's clause: its first auxiliary, else itself, climbing from
    a non-finite trigger ('to contribute', 'committed', 'support' as a noun) to its head."""
    node = trigger
    for _ in range(5):
        aux = next((c for c in node.children if c.dep_ in {"aux", "auxpass"}
                    and c.tag_ in _FINITE_TAGS), None)
        if aux is not None:  # 'has released', 'had agreed': a perfect reports an act
            return None if aux.lemma_ == "have" else aux
        if node.tag_ in _FINITE_TAGS:
            return node
        if node.dep_ not in _CLAUSE_DEPS or node.head.i == node.i:
            return None
        node = node.head
    return None
