"""The place-mention record, and the span helpers that the entity and the recovery passes
share."""

from __future__ import annotations

from dataclasses import dataclass

from spacy.tokens import Span

PLACE_LABELS = frozenset({"GPE", "LOC", "FAC"})
MAX_NAME_TOKENS = 4


@dataclass(frozen=True)
class PlaceMention:
    start: int  # character offsets into the document text
    end: int
    text: str
    role: str  # location | actor | demonym
    hint: str | None = None  # feature hint from a generic word: air, naval, port, ...
    country: str | None = None  # alpha-3 of the actor a demonym names
    recovered: bool = False  # a name the NER labelled otherwise or missed (place_recovery)


def with_split_abbreviation(span: Span) -> Span:
    """'ST. LOUIS (AP)', 'FT. WORTH': the tokenizer knows 'St.' but not the upper-case 'ST.',
    so the NER labels 'ST' alone (which the gazetteer reads as Sète) or 'WORTH' alone (Worth,
    Illinois). Take the abbreviation and the name together."""
    doc, start, end = span.doc, span.start, span.end
    if start >= 2 and doc[start - 1].text == "." and \
            doc[start - 2].lower_ in _SPLIT_ABBREVIATIONS and doc[start - 2].text[:1].isupper():
        return doc[start - 2:end]
    if span.text.lower() in _SPLIT_ABBREVIATIONS and end + 1 < len(doc) and \
            doc[end].text == "." and doc[end + 1].text[:1].isupper():
        last = end + 1
        while last + 1 < len(doc) and doc[last + 1].text[:1].isupper() and \
                doc[last + 1].is_alpha and last + 1 - start < MAX_NAME_TOKENS:
            last += 1
        return doc[start:last + 1]
    return span


_SPLIT_ABBREVIATIONS = {"st": "Saint", "ste": "Sainte", "ft": "Fort", "mt": "Mount"}


def abbreviation_spelled_out(span: Span) -> str:
    """'FT. WORTH' → 'Fort WORTH': the gazetteer's main names spell the word out."""
    if len(span) > 2 and span[0].lower_ in _SPLIT_ABBREVIATIONS and span[1].text == ".":
        return f"{_SPLIT_ABBREVIATIONS[span[0].lower_]} {span[2:].text}"
    return span.text
