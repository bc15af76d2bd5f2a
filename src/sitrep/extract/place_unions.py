"""Supranational names and continental adjectives as places: 'EU leaders', 'the European Union',
'European airlines', 'the African public service'. The NER labels the union ORG and the
adjective NORP, and no country stands behind either, so neither reaches the places layer by
the entity or demonym routes; `data/supranational_places.tsv` lists the phrases and the
continent (or region: 'Middle Eastern') each stands at."""

from __future__ import annotations

from functools import lru_cache

from spacy.tokens import Doc

from sitrep.data import read_table
from sitrep.extract.entities import token_texts
from sitrep.extract.place_spans import PlaceMention
from sitrep.records import Mention

__all__ = ["continent_of", "is_union_adjective", "union_mentions"]

# a compass or region word before the adjective names another region or a country
# ("South African", "West African", "Latin American", "Southeast Asian", "Sub-Saharan African")
_REGION_WORDS = frozenset({"central", "latin", "north", "south", "east", "west", "northern",
                           "southern", "eastern", "western", "southeast", "northeast",
                           "southwest", "northwest", "sub-saharan", "saharan", "pan"})


@lru_cache(maxsize=1)
def _phrases() -> dict[str, tuple[str, str]]:
    """phrase as written → (kind, continent)."""
    return {row["phrase"]: (row["kind"], row["place"])
            for row in read_table("supranational_places.tsv")}


@lru_cache(maxsize=1)
def _openings() -> frozenset[str]:
    """Every leading piece of a listed phrase ('E', 'Eu', … 'European U', …): a span's text can
    be a phrase only if its first token's text is one, so other tokens are skipped unsliced."""
    return frozenset(p[:k] for p in _phrases() for k in range(1, len(p) + 1))


def continent_of(text: str) -> str | None:
    """The continent a union's name or a continental adjective stands at ('EU' → 'Europe'),
    else None. The text as the mention has it, a leading 'the' aside."""
    text = text.strip()
    for article in ("the ", "The "):
        text = text.removeprefix(article)
    found = _phrases().get(text)
    return found[1] if found else None


def is_union_adjective(text: str) -> bool:
    """A listed adjective ('European', 'Middle Eastern'), not a union's name."""
    found = _phrases().get(text.strip())
    return found is not None and found[0] == "adjective"


def union_mentions(doc: Doc, roles: list[Mention]) -> list[PlaceMention]:
    """Every whole-word occurrence of a listed phrase, longest first at each token. An adjective
    is a demonym; the union's name acts where the actors layer has it act ('the EU imposed
    sanctions'), else it locates ('within the EU')."""
    phrases, openings = _phrases(), _openings()
    longest = max((len(p.split()) for p in phrases), default=0)
    out = []
    texts = token_texts(doc)  # a Token only where a phrase can start
    i = 0
    while i < len(doc):
        if texts[i] not in openings:  # no listed phrase can start here: no spans to build
            i += 1
            continue
        for n in range(longest, 0, -1):
            span = doc[i:i + n]
            if len(span) < n or (found := phrases.get(span.text)) is None:
                continue
            kind = found[0]
            if kind == "adjective" and not _continental(doc, span.start, span.end):
                break
            role = "demonym" if kind == "adjective" else _union_role(span, roles)
            out.append(PlaceMention(span.start_char, span.end_char, span.text, role))
            i = span.end - 1
            break
        i += 1
    return out


def _union_role(span, roles: list[Mention]) -> str:
    acting = any(m.span[0] < span.end_char and span.start_char < m.span[1] and
                 m.role == "actor" and m.actor for m in roles)
    return "actor" if acting else "location"


def _continental(doc: Doc, start: int, end: int) -> bool:
    """An adjective of the continent itself: not the second word of a region's or a country's
    ('South African', 'Latin American'), not before 'American' ('African American',
    'Asian-American')."""
    before = doc[start - 1] if start > 0 else None
    if before is not None and before.text == "-" and start > 1:
        before = doc[start - 2]
    if before is not None and before.lower_ in _REGION_WORDS:
        return False
    after = [t.lower_ for t in doc[end:end + 2]]
    return not (after[:1] in (["american"], ["americans"]) or
                after[:2] in (["-", "american"], ["-", "americans"]))
