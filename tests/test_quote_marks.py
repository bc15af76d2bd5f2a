"""find_quoted_spans skips from mark to mark; it must find exactly what the character-by-character
scan it replaced found. The old scan's two loops are kept here as the reference, and both run
over random texts made of every kind of mark, letters, digits, spaces and line breaks."""

from __future__ import annotations

import random

from sitrep.extract import quote_marks as qm
from sitrep.extract.quote_marks import (MAX_QUOTE_CHARS, OPENERS, SINGLE_OPEN, TWO_APOSTROPHES,
                                        QuotedSpan, find_quoted_spans)


def _reference_close(text: str, start: int, closers: str) -> QuotedSpan:
    i = start + 1
    limit = min(len(text), start + MAX_QUOTE_CHARS)
    while i < limit:
        ch = text[i]
        if ch in closers and (ch != "“" or text[start] == "„") or (
                ch == "“" and "”" in closers and qm._mistyped_closer(text, i)):
            return QuotedSpan(start, i + 1)
        if ch == "\n":
            j = i
            while j < len(text) and text[j].isspace():
                j += 1
            if j < len(text) and text[j] in OPENERS or (j < len(text) and text[j] == text[start]):
                i = j + 1
                continue
            return QuotedSpan(start, qm._trim_end(text, i), truncated=True)
        i += 1
    return QuotedSpan(start, qm._trim_end(text, i), truncated=True)


def _reference_spans(text: str) -> list[QuotedSpan]:
    spans: list[QuotedSpan] = []
    i = 0
    while i < len(text):
        ch = text[i]
        if text.startswith(TWO_APOSTROPHES, i) and qm._can_open(text, i, 2):
            span = qm._close_two_apostrophes(text, i)
            spans.append(span)
            i = span.end
        elif ch in OPENERS and qm._can_open(text, i) or qm._mistyped_opener(text, i):
            span = _reference_close(text, i, OPENERS.get(ch, OPENERS["“"]))
            spans.append(span)
            i = span.end
        elif ch == SINGLE_OPEN and qm._can_open(text, i):
            span = qm._close_single(text, i)
            if span is not None:
                spans.append(span)
                i = span.end
            else:
                i += 1
        else:
            i += 1
    return spans


def test_skipping_to_the_marks_finds_what_the_full_scan_found():
    rng = random.Random(9)
    alphabet = list("“”«»„\"‘’'") + list("ab5 ") * 6 + ["\n", "\n\n", " \n", "(", ":", "—"]
    for _ in range(3000):
        text = "".join(rng.choices(alphabet, k=rng.randint(0, 80)))
        assert find_quoted_spans(text) == _reference_spans(text), repr(text)
    long = "“" + "word " * (MAX_QUOTE_CHARS // 4) + "” then “more"  # the length cap
    assert find_quoted_spans(long) == _reference_spans(long)


def test_a_right_mark_typed_for_the_left_one_opens_a_quote():
    # a reader-voice list signs its quotes with a dash; one opens with the wrong mark
    text = ("“I am afraid for my children.” ― Sonya Herridge\n”Mr. Trump embodies the "
            "legacy of racism. He represents our greatest shame.” ― Beck Pimentel\n")
    quotes = [text[q.start:q.end] for q in find_quoted_spans(text)]
    assert quotes == ["“I am afraid for my children.”",
                      "”Mr. Trump embodies the legacy of racism. He represents our greatest "
                      "shame.”"]


def test_a_left_mark_typed_for_the_right_one_after_a_comma_closes_the_quote():
    text = ("“If she loses Iowa, that could create new and real problems for her here,“ said "
            "Jim Clyburn, a Democratic congressman. “We will see.”")
    quotes = [text[q.start:q.end] for q in find_quoted_spans(text)]
    assert quotes == ["“If she loses Iowa, that could create new and real problems for her "
                      "here,“", "“We will see.”"]
