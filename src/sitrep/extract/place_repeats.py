"""A place the article has named keeps its name: where the small NER model labels the same name a
PERSON or an ORG or leaves it out ("Overall Edmonton received a B ranking", "Torrington
adopted the budget"), after the article has read it as a place elsewhere, it is that place
again (one sense per article, as the ranking assumes for the readings)."""

from __future__ import annotations

from collections.abc import Callable, Iterator

from spacy.tokens import Doc, Span

from sitrep.extract.entities import entities
from sitrep.extract.place_recovery import locative, recovered_mention
from sitrep.extract.place_spans import PlaceMention
from sitrep.extract.span_index import SpanIndex
from sitrep.extract.place_words import place_words
from sitrep.records import Mention

# names of two words never a place on their own ('White House'): a place only where the text
# locates each
_INSTITUTION_NAMES = frozenset(words for words in place_words("not_place") if " " in words)
# labels a place name may wrongly carry; a DATE, a MONEY or a WORK_OF_ART is another thing
_MISLABELS = frozenset({"PERSON", "ORG", "NORP", ""})


def repeated_names(doc: Doc, found: list[PlaceMention], roles: list[Mention], text: str,
                   prominence: Callable[[str], int]) -> list[PlaceMention]:
    """Other occurrences of the names of the article's places (found by the NER as places, not
    recovered, not demonyms, and the gazetteer's main name of a place: not a street or a
    person's name it calls a place once) where the occurrence is the whole of its entity, or of
    no entity, and no capitalised word runs on from it ('CTV Edmonton', 'Edmonton Oilers' are
    other names)."""
    names = {m.text for m in found if not m.recovered and m.role != "demonym"
             and m.text[:1].isupper() and prominence(m.text) > 0
             and m.text.lower() not in _INSTITUTION_NAMES}
    taken = SpanIndex((m.start, m.end) for m in found)
    out = []
    for name in names:
        for start, end in _standalone_occurrences(name, text):
            if taken.overlaps(start, end):
                continue
            span = doc.char_span(start, end)
            if span is not None and _stands_alone(span):
                out.append(recovered_mention(span, roles, locative(span)))
    return out


def _standalone_occurrences(name: str, text: str) -> Iterator[tuple[int, int]]:
    r"""The (start, end) of each occurrence of `name` with neither a word character nor a
    hyphen on either side, left to right, not overlapping: what
    `re.finditer(rf"(?<![\w-]){re.escape(name)}(?![\w-])", text)` gives, without compiling a
    pattern for every new name (Python's `re` keeps 512; an article brings ~20 new names).
    `re`'s `\w` is `str.isalnum()` or '_' (CPython's SRE_UNI_IS_WORD)."""
    at = text.find(name)
    while at >= 0:
        end = at + len(name)
        if not _word_or_hyphen(text[at - 1:at]) and not _word_or_hyphen(text[end:end + 1]):
            yield at, end
            at = text.find(name, end)
        else:
            at = text.find(name, at + 1)


def _word_or_hyphen(char: str) -> bool:
    r"""`char` (one character, or '' past either end of the text) matches `[\w-]`."""
    return char != "" and (char.isalnum() or char in "_-")


def _stands_alone(span: Span) -> bool:
    doc = span.doc
    if any(t.ent_type_ not in _MISLABELS for t in span):
        return False
    if any(e.start < span.start or e.end > span.end for e in _entities_over(span)):
        return False
    before = doc[span.start - 1] if span.start > 0 else None
    after = doc[span.end] if span.end < len(doc) else None
    if before is not None and before.text[:1].isupper() and not span[0].is_sent_start:
        return False
    return after is None or not (after.text[:1].isupper() and after.is_alpha)


def _entities_over(span: Span) -> list[Span]:
    return [e for e in entities(span.doc) if e.start < span.end and span.start < e.end]
