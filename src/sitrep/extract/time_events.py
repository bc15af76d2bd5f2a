"""A date on every event: the time expression attached to its trigger or to a verb it depends on
within its clause (not across a reporting verb: 'X said on Monday that Y attacked' does not date
the attack), else the publication date, marked `source: publication_date`.
"""

from __future__ import annotations

from datetime import date
from typing import TYPE_CHECKING

from spacy.tokens import Doc, Token

from sitrep.records import Event

if TYPE_CHECKING:
    from sitrep.extract.times import Found

_CLAUSE_BOUNDARY = {"ccomp", "parataxis", "relcl"}  # a time there belongs to another event


def _attachment(token: Token) -> list[int]:
    """The words a time expression hangs from, up to the first verb: 'on Sunday' in 'allowed
    access to the airbase on Sunday' → [on, access, allowed]; 'since Syria's 2011 revolution'
    → [revolution, since, fighting]."""
    path = []
    node = token
    for _ in range(6):
        if node.head.i == node.i:
            break
        node = node.head
        path.append(node.i)
        if node.pos_ in {"VERB", "AUX"}:
            break
    return path


def date_events(doc: Doc, events: list[Event], found: list[Found],
                published: date | None) -> list[Event]:
    """Each event with `time`: the expression linked to its trigger, else the publication date
    (`published`, already checked as usable; None: undated events get `time: None`)."""
    datable = [f for f in found if f.norm.type in {"DATE", "TIME"} or
               (f.norm.type == "DURATION" and f.norm.earliest is not None)]
    by_governor: dict[int, list[Found]] = {}
    for f in datable:
        for i in _attachment(doc[f.root]):
            by_governor.setdefault(i, []).append(f)
    dated = []
    for event in events:
        trigger = doc.char_span(*event.trigger.span, alignment_mode="expand")
        linked = _linked_time(trigger.root, by_governor) if trigger is not None else None
        dated.append(event.model_copy(update={"time": _event_time(linked, published)}))
    return dated


def _linked_time(trigger: Token, by_governor: dict[int, list[Found]]) -> Found | None:
    """The time attached to the trigger, else to the verbs it depends on, up to a clause
    boundary (a reported clause, a relative clause) or the sentence root."""
    node = trigger
    for _ in range(6):
        linked = by_governor.get(node.i)
        if linked:
            return min(linked, key=lambda f: abs(f.root - trigger.i))
        if node.dep_ in _CLAUSE_BOUNDARY or node.head.i == node.i:
            return None
        node = node.head
    return None


def _event_time(linked: Found | None, published: date | None) -> dict | None:
    if linked is not None and (linked.norm.earliest or linked.norm.latest):
        norm = linked.norm
        return {"value": norm.lands_on or norm.value, "earliest": _iso(norm.earliest),
                "latest": _iso(norm.latest), "source": "text", "mod": norm.mod}
    if published is None:
        return None
    day = published.isoformat()
    return {"value": day, "earliest": day, "latest": day, "source": "publication_date",
            "mod": None}


def _iso(day: date | None) -> str | None:
    return day.isoformat() if day is not None else None
