"""The place-mention record, and the span helpers that the entity and the recovery passes
share."""

from __future__ import annotations

from dataclasses import dataclass

from spacy.tokens import Span

from sitrep.extract.entities import expanded_span

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


def completed_name(doc, m: PlaceMention, prominence) -> PlaceMention | None:
    """The whole name when the span holds only part of a longer place name the gazetteer knows:
    'Boa' of 'Boa Vista', 'Jersey' of 'New Jersey', 'Kansas' of 'Kansas City', 'Gun' of 'Gun
    Barrel City' (the small model cuts such names, and the part names another place). A compass
    word before the name is left to the qualifier rules ('East London' is London's east end)."""
    span = expanded_span(doc, m.start, m.end)
    if span is None or m.role == "demonym":
        return None
    for start, end in _widenings(span):
        # token by token, not `doc[a:b]`: widenings are in range, and slicing (~1 µs) was a
        # third of the places layer's slices
        added = (*range(start, span.start), *range(span.end, end))
        if not all(_name_word(doc[i]) for i in added):
            continue
        if start < span.start and doc[start].lower_ in _QUALIFIERS:
            continue
        if end > span.end and end < len(doc) and doc[end].lower_ in {"for", "of"}:
            continue  # an organisation's name goes on: 'the University of Michigan Center for…'
        wider = doc[start:end]
        if prominence(wider.text) > 0:
            return PlaceMention(wider.start_char, wider.end_char, wider.text, m.role, m.hint,
                                m.country, m.recovered)
    return None


def _widenings(span: Span) -> list[tuple[int, int]]:
    """Token ranges wider by up to one word before and two after, the widest first."""
    n = len(span.doc)
    ranges = [(span.start - left, span.end + right) for left in (0, 1) for right in (0, 1, 2)
              if (left or right) and span.start - left >= 0 and span.end + right <= n]
    return sorted(ranges, key=lambda r: r[0] - r[1])


def _name_word(token) -> bool:
    return token.is_alpha and token.text[:1].isupper() and not token.is_sent_start


_QUALIFIERS = frozenset({"north", "south", "east", "west", "northern", "southern", "eastern",
                         "western", "central", "upper", "lower", "greater", "far", "the"})
