"""Attributions the page layout makes, not the grammar: speaker labels and dash bylines.

- A line that opens with a name and a colon — a transcript turn ('WALLACE: Let's start…',
  '"PENCE: Well, look…'), a headline ('Pat Caddell: Democrat voters worried…') — is that
  name's claim: the colon is the cue, the rest of the line the content.
- A quote followed on its line by a dash and a name ('“Trump scares me.” ― Krystal Correa')
  is that name's: reader-voice lists and epigraphs sign their quotes this way, and the name
  after the dash outranks any cue verb in the neighbouring sentences.

Both are read off the characters around line breaks; the parse only confirms that a label is
a name. Which words open a line without naming a speaker ('Note:', 'Photo:', 'UPDATE:') is
data (`data/label_words.tsv`).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from spacy.tokens import Doc, Span

from sitrep.data import read_table
from sitrep.extract.quote_marks import OPENING_MARKS

# A label: a few words before a colon at a line start ('JAKE TAPPER:', 'Sen. Warren:').
_LABEL = re.compile(r"(?m)^[ \t\xa0]*[" + re.escape(OPENING_MARKS) + r"]?[ \t\xa0]*"
                    r"(?P<name>[^\W\d_][^:\n]{0,60}?)[ \t\xa0]*(?P<colon>:)"
                    r"[ \t\xa0]+(?P<content>\S[^\n]*)")
# A dash byline after a quote: '” ― Name', '” -- Name.', '” — Name' up to the line's end; an
# embedded tweet signs '— Name (@handle) July 14, 2016', and the handle and date are not the name.
_BYLINE = re.compile(r"[ \t\xa0]*(?P<dash>―|—|–|--)[ \t\xa0]*(?P<name>[^\W\d_][^\n]{0,60}?)"
                     r"(?:[ \t\xa0]*\(@\w+\)[^\n]{0,40}?)?[ \t\xa0.]*(?:\n|$)")
_NAME_ENTITIES = {"PERSON", "ORG", "NORP"}


@dataclass(frozen=True)
class LayoutClaim:
    content: tuple[int, int]  # character offsets
    cue: tuple[int, int]
    speaker: tuple[int, int]


@lru_cache(maxsize=1)
def label_stopwords() -> frozenset[str]:
    return frozenset(row["word"].lower() for row in read_table("label_words.tsv"))


def speaker_labels(doc: Doc, text: str) -> list[LayoutClaim]:
    """'NAME: content' lines, NAME a person, an organisation or a word in capitals (`text` is
    `doc.text`)."""
    claims = []
    for match in _LABEL.finditer(text):
        name = match.group("name").strip()
        if name.lower() in label_stopwords() or not _is_name(doc, match.start("name"),
                                                            match.start("name") + len(name)):
            continue
        start, end = match.span("content")
        if not _has_verb(doc, start, end):
            continue  # 'Iowa: Tim Albrecht, Brad Anderson…', 'Clinton: 1,769.': a list, not a claim
        content = text[start:end].rstrip()
        if match.start() == 0 and content.endswith(".") and not content.endswith(".."):
            content = content[:-1]  # a headline: its full stop comes from the feed, not the speaker
        end = start + len(content)
        claims.append(LayoutClaim((start, end), match.span("colon"),
                                  (match.start("name"), match.start("name") + len(name))))
    return claims


def dash_byline(doc: Doc, text: str, quote_end: int) -> tuple[Span, Span] | None:
    """(cue, speaker) when the quote ending at `quote_end` is signed '― Name' on its line
    (`text` is `doc.text`)."""
    match = _BYLINE.match(text, quote_end)
    if match is None:
        return None
    name_start = match.start("name")
    name_end = name_start + len(match.group("name").rstrip(" .\t\xa0"))
    if not _is_name(doc, name_start, name_end, label=False):
        return None
    cue = doc.char_span(*match.span("dash"), alignment_mode="expand")
    speaker = doc.char_span(name_start, name_end, alignment_mode="expand")
    return (cue, speaker) if cue is not None and speaker is not None else None


def _has_verb(doc: Doc, start: int, end: int) -> bool:
    span = doc.char_span(start, end, alignment_mode="expand")
    return span is not None and any(t.pos_ in {"VERB", "AUX"} for t in span)


def _is_name(doc: Doc, start: int, end: int, label: bool = True) -> bool:
    """At most four words, each capitalised; a named entity, a word in capitals, or (for a
    label) a proper or common noun: 'WALLACE', 'Pat Caddell', 'Poll'; not 'In short'."""
    span = doc.char_span(start, end, alignment_mode="expand")
    if span is None or not 1 <= len([t for t in span if t.is_alpha]) <= 4:
        return False
    words = [t for t in span if t.is_alpha]
    if not all(t.text[0].isupper() or t.lower_ in {"of", "the", "de", "al", "bin"} for t in words):
        return False
    if any(t.pos_ in {"VERB", "AUX", "PRON"} and not t.is_upper for t in span):
        return False
    if all(t.is_upper and len(t) > 1 for t in words):
        return True
    entity = any(t.ent_type_ in _NAME_ENTITIES for t in span)
    return entity or (label and words[-1].pos_ in {"PROPN", "NOUN"}
                      and not any(t.text.endswith("'s") or t.text == "’s" for t in span))
