"""Nationality words read as places: the demonym of a country ('Russian soldiers', 'the Sri
Lankan government army', 'the Syrian government') from data/demonyms.tsv, and the demonyms
that open a region's or a quarter's name instead ('Latin American', 'the French Quarter').
"""

from __future__ import annotations

from functools import lru_cache

from spacy.attrs import ENT_TYPE
from spacy.tokens import Doc, Span

from sitrep.data import read_table
from sitrep.extract.entities import expanded_span, span_text, texts_of, token_span, token_texts
from sitrep.extract.place_containers import head_kind
from sitrep.extract.place_spans import PlaceMention
from sitrep.records import Mention

def demonym(doc: Doc, m: Mention, country: str) -> PlaceMention:
    """Only the demonym of 'Russian soldiers': its first word, when capitalised (the last of
    a hyphenated compound: 'Austro-Hungarian'). 'Central
    American', 'Latin American', 'North African' name a region, not the country of 'American' or
    'African': the two words, with no country (left unresolved)."""
    span = expanded_span(doc, *m.span)
    if span is not None and (named := _demonym_in_name(span)) is not None:
        return named
    if span is not None and len(span) > 1 and span[0].lower_ in _REGION_QUALIFIERS and \
            span[1].text[:1].isupper():
        end = span[1].idx + len(span[1].text)
        if span[1].lower_.rstrip("s") in _CONTINENTAL_DEMONYMS and \
                country not in _QUALIFIED_COUNTRIES:
            return PlaceMention(span[0].idx, end, span[:2].text, "demonym")
        # "South Korean", "North Korean", "South African": the country the two words name
        return PlaceMention(span[0].idx, end, span[:2].text, "demonym", country=country)
    if span is not None and len(span) >= 2 and span[:2].text.lower() in demonym_words():
        # "Sri Lankan government army", "Saudi Arabian officials": the two words
        return PlaceMention(span[0].idx, span[1].idx + len(span[1].text), span[:2].text,
                            "demonym", country=country)
    if span is not None and (last := _compound_demonym(span, country)) is not None:
        return last
    if span is not None and len(span) > 1 and span[0].text[:1].isupper():
        return PlaceMention(span[0].idx, span[0].idx + len(span[0].text), span[0].text,
                            "demonym", country=country)
    return PlaceMention(m.span[0], m.span[1], m.text, "demonym", country=country)


def _compound_demonym(span: Span, country: str) -> PlaceMention | None:
    """'Austro-Hungarian rule': in a hyphenated compound the country the actors layer gives is
    the last part's (Hungary), so that part is its demonym; the combining form before the
    hyphen ('Austro', 'Anglo', 'Sino') names another country, not this one."""
    if len(span) < 3 or span[1].text != "-" or not span[2].text[:1].isupper():
        return None
    last = span[2]
    if demonym_countries().get(last.lower_) != country:
        return None
    return PlaceMention(last.idx, last.idx + len(last.text), last.text, "demonym",
                        country=country)


@lru_cache(maxsize=1)
def demonym_words() -> frozenset[str]:
    return frozenset(demonym_countries())


def nationals(text: str) -> bool:
    """'Americans', 'Turks', 'Palestinians': the plural of a nationality names a people, not
    their country (the actors layer keeps their country); the adjective ('American troops',
    'the Turkish government') names the country."""
    text = text.strip()
    for article in ("the ", "The "):
        text = text.removeprefix(article)
    return text.endswith("s") and text[:-1].lower() in demonym_countries()


@lru_cache(maxsize=1)
def demonym_countries() -> dict[str, str]:
    return {row["demonym"].lower(): row["country"] for row in read_table("demonyms.tsv")}


@lru_cache(maxsize=1)
def _state_body_words() -> frozenset[str]:
    return frozenset(row["word"] for row in read_table("state_body_words.tsv"))


def state_body_demonyms(doc: Doc) -> list[PlaceMention]:
    """'the Syrian government', 'Russian Foreign Ministry', 'the Nigerian Armed Forces': a
    nationality word before the head of a state's body names that state, as 'Pakistan Army'
    does with the country's name (a demonym place of the country). The actors layer reads the
    whole phrase as one actor, so the nationality is no mention of its own there."""
    out = []
    demonyms = demonym_countries()
    kinds = texts_of(doc, doc.to_array(ENT_TYPE).tolist())  # '' outside an entity
    for i, text in enumerate(token_texts(doc)):  # a Token only for the words kept
        if kinds[i] not in {"NORP", "ORG"} or not text[:1].isupper():
            continue
        two = token_span(doc, i, i + 2)
        for words in (two, two[:1]):  # "Sri Lankan government army", "Syrian forces"
            name = span_text(words)
            country = demonyms.get(name.lower())
            if country is not None and _before_state_body(doc, words.end):
                out.append(PlaceMention(words.start_char, words.end_char, name,
                                        "demonym", country=country))
                break
    return out


def _before_state_body(doc: Doc, end: int) -> bool:
    """A state body's head follows, perhaps after two capitalised or adjectival words
    ("Foreign Ministry", "state media"); not a company's or a charity's ("Chinese Human Rights
    Defenders", "The Canadian Press")."""
    words = _state_body_words()
    for token in doc[end:end + 3]:
        if token.lower_ in words or token.lemma_.lower() in words:
            return True
        if not (token.text[:1].isupper() or token.pos_ == "ADJ"):
            return False
    return False


def _demonym_in_name(span: Span) -> PlaceMention | None:
    """'the French Quarter', 'the American South', 'the Korean Peninsula': the demonym opens a
    place's name (a capitalised quarter, compass or landform word follows), which is no country."""
    first = span[0]
    if first.i + 1 >= len(span.doc):
        return None
    head = span.doc[first.i + 1]
    if not head.text[:1].isupper() or not (
            head.lower_ in _COMPASS_NOUNS or head_kind(head.text) is not None):
        return None
    return PlaceMention(first.idx, head.idx + len(head.text), span.doc[first.i:head.i + 1].text,
                        "location")


_COMPASS_NOUNS = frozenset({"north", "south", "east", "west", "midwest", "northeast",
                            "northwest", "southeast", "southwest"})
_REGION_QUALIFIERS = frozenset({"central", "latin", "north", "south", "east", "west",
                                "northern", "southern", "eastern", "western", "sub-saharan"})
_CONTINENTAL_DEMONYMS = frozenset({"american", "african", "asian", "european"})
_QUALIFIED_COUNTRIES = frozenset({"ZAF", "CAF"})  # South African, Central African (Republic)
