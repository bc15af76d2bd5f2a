"""Quotation marks → quoted stretches of text, in every style news uses.

Handles “curly”, "straight", «guillemets», „low-high“ and ‘single’ quotes; a quote that runs over
several paragraphs (journalistic convention: each paragraph reopens the quote and only the last
one closes it); marks that are not quotes (5'11", the inches sign after a digit; apostrophes); and
a quote that never closes, which is cut at its paragraph's end and flagged rather than allowed
to swallow the rest of the article. A curly mark typed for its mirror image ('\n”Mr. Trump…”',
'…for her here,“ said Jim Clyburn'), read by where it stands: before a word after a space it
opens, after a comma or full stop before a space it closes.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from sitrep.data import read_table

# Closing marks each opener accepts. Copy-edited text mixes straight and curly marks
# ("more hours”), so a double opener of one style accepts a closer of the other.
OPENERS = {"“": "”\"", "«": "»", "„": "“”", '"': '"”'}
# A right mark typed for the left one at a line start or after a space, before a word
# ('\n”Mr. Trump embodies…”'): it opens, as the left mark would (`_mistyped_opener`).
MISTYPED_OPENER = "”"
SINGLE_OPEN, SINGLE_CLOSE = "‘", "’"
TWO_APOSTROPHES = "''"  # ''like this'': straight double quotes typed as two apostrophes
MAX_QUOTE_CHARS = 3000
# The characters find_quoted_spans looks at: a quote can open only at one of them. Skipping to
# the next (a regular expression) rather than visiting every character in Python costs a tenth.
_MARKS = re.compile("[" + re.escape("".join(OPENERS) + MISTYPED_OPENER + SINGLE_OPEN + "'")
                    + "]")


@lru_cache(maxsize=len(OPENERS))
def _stops(closers: str) -> re.Pattern:
    """Where an open quote's scan stops: one of its closing marks or a line break."""
    return re.compile("[" + re.escape(closers) + "\n]")


def _quotation_mark_rows() -> tuple[dict[str, str], ...]:
    return read_table("quote_marks.tsv")


# Every quotation mark and tokenizer form of one (`data/quote_marks.tsv`): what the other
# readers of marks test a token or character against, so they agree on what a mark is.
QUOTATION_MARKS = frozenset(row["mark"] for row in _quotation_mark_rows())
# The single characters that can open a quotation ('“Sen. Warren: …' as a label's first mark).
OPENING_MARKS = "".join(row["mark"] for row in _quotation_mark_rows()
                        if row["opens"] == "yes" and len(row["mark"]) == 1)


@dataclass(frozen=True)
class QuotedSpan:
    start: int  # the opening mark
    end: int  # just after the closing mark
    truncated: bool = False  # never closed: cut at the paragraph end or the length cap

    def inner(self, text: str) -> str:
        return text[self.start + 1:self.end - 1] if not self.truncated else text[self.start + 1:self.end]


def find_quoted_spans(text: str) -> list[QuotedSpan]:
    """Every quoted stretch, in text order, none overlapping."""
    spans: list[QuotedSpan] = []
    i = 0
    while (mark := _MARKS.search(text, i)) is not None:  # the text between marks is stepped over
        i = mark.start()
        ch = text[i]
        if text.startswith(TWO_APOSTROPHES, i) and _can_open(text, i, 2):
            span = _close_two_apostrophes(text, i)
            spans.append(span)
            i = span.end
        elif ch in OPENERS and _can_open(text, i) or _mistyped_opener(text, i):
            span = _close(text, i, OPENERS.get(ch, OPENERS["“"]))
            spans.append(span)
            i = span.end
        elif ch == SINGLE_OPEN and _can_open(text, i):
            span = _close_single(text, i)
            if span is not None:
                spans.append(span)
                i = span.end
            else:
                i += 1
        else:
            i += 1
    return spans


def _can_open(text: str, i: int, width: int = 1) -> bool:
    """An opening mark follows a space, a line start or an opening bracket and precedes a
    non-space; a straight quote after a digit is an inches sign (5'11")."""
    before = text[i - 1] if i > 0 else "\n"
    after = text[i + width] if i + width < len(text) else " "
    if text[i] == '"' and before.isdigit():
        return False
    spaced_ok = text[i] == "«"  # French typography puts a space inside guillemets
    return (before.isspace() or before in "([{—–-:") and (spaced_ok or not after.isspace())


def _mistyped_opener(text: str, i: int) -> bool:
    """A right double mark at a line start or after a space, right before a letter or digit:
    closing marks hang on the word before them, so this one opens a quote."""
    before = text[i - 1] if i > 0 else "\n"
    return text[i] == MISTYPED_OPENER and before.isspace() and i + 1 < len(text) \
        and text[i + 1].isalnum()


def _mistyped_closer(text: str, i: int) -> bool:
    """A left double mark right after a comma or a sentence's end and before a space
    ('…for her here,“ said Jim Clyburn'): opening marks hang on the word after them, so this
    one closes the quote."""
    return text[i] == "“" and i > 0 and text[i - 1] in ",.?!" and (
        i + 1 == len(text) or text[i + 1] in " \t\n\xa0")


def _close(text: str, start: int, closers: str) -> QuotedSpan:
    """Scan to the closing mark. At a paragraph break with the quote still open, a paragraph
    that opens with a quotation mark continues the quote; anything else means it never closed."""
    i = start + 1
    limit = min(len(text), start + MAX_QUOTE_CHARS)
    if "“" not in closers and "”" in closers:  # a curly quote may close on a mistyped “
        closers += "“"
    stops = _stops(closers)
    while i < limit:
        stop = stops.search(text, i, limit)  # the next closer or line break
        if stop is None:
            i = limit
            break
        i = stop.start()
        if text[i] in closers and (text[i] != "“" or "„" == text[start]
                                   or _mistyped_closer(text, i)):
            return QuotedSpan(start, i + 1)
        if text[i] == "“":  # an opening mark inside the quote: no stop
            i += 1
            continue
        if text[i] == "\n":
            j = i
            while j < len(text) and text[j].isspace():
                j += 1
            if j < len(text) and text[j] in OPENERS or (j < len(text) and text[j] == text[start]):
                i = j + 1  # the next paragraph reopens: one quote over several paragraphs
                continue
            return QuotedSpan(start, _trim_end(text, i), truncated=True)
    return QuotedSpan(start, _trim_end(text, i), truncated=True)


def _close_two_apostrophes(text: str, start: int) -> QuotedSpan:
    """''Quotes in two apostrophes'' (the New York Times archive's straight double quote):
    closed by the next '' not followed by a letter; a paragraph that opens with '' continues
    the quote, any other paragraph break means it never closed."""
    i = start + 2
    limit = min(len(text), start + MAX_QUOTE_CHARS)
    while i < limit:
        if text.startswith(TWO_APOSTROPHES, i) and not text[i + 2:i + 3].isalpha():
            return QuotedSpan(start, i + 2)
        if text[i] == "\n":
            j = i
            while j < len(text) and text[j].isspace():
                j += 1
            if text.startswith(TWO_APOSTROPHES, j):
                i = j + 2
                continue
            return QuotedSpan(start, _trim_end(text, i), truncated=True)
        i += 1
    return QuotedSpan(start, _trim_end(text, i), truncated=True)


def _close_single(text: str, start: int) -> QuotedSpan | None:
    """‘Single quotes’ share their closing mark with the apostrophe (don’t, Assad’s): the close
    is a ’ followed by a non-letter, within the same paragraph."""
    i = start + 1
    while i < len(text) and text[i] != "\n" and i < start + MAX_QUOTE_CHARS:
        if text[i] == SINGLE_CLOSE:
            after = text[i + 1] if i + 1 < len(text) else " "
            if not after.isalpha():
                return QuotedSpan(start, i + 1)
        i += 1
    return None


def _trim_end(text: str, end: int) -> int:
    while end > 0 and text[end - 1].isspace():
        end -= 1
    return end


@lru_cache(maxsize=1)
def _title_words() -> tuple[re.Pattern, frozenset[str]]:
    rows = read_table("title_words.tsv")
    before = "|".join(re.escape(r["word"]) for r in rows if r["role"] == "before")
    return (re.compile(rf"(?:\b(?:{before})|['’]s)[\s,]*$", re.IGNORECASE),
            frozenset(r["word"] for r in rows if r["role"] == "small"))


def is_title(text: str, quote: QuotedSpan) -> bool:
    """A quoted title, not quoted words: a short Title Case stretch with no sentence in it,
    after 'on', 'titled', 'book', a possessive… ('told MSNBC’s “Morning Joe”', 'on “Face the
    Nation,”', 'a memo titled “Scam”')."""
    before, small = _title_words()
    inner = quote.inner(text).strip().rstrip(",.").strip("'")
    words = inner.split()
    if not 1 <= len(words) <= 7 or any(c in inner for c in ".?!;:") or not words[0][0].isalnum():
        return False
    if not (words[0][0].isupper() or words[0][0].isdigit()) or not all(
            w[0].isupper() or w[0].isdigit() or w.lower() in small for w in words):
        return False
    return bool(before.search(text[max(0, quote.start - 40):quote.start]))
