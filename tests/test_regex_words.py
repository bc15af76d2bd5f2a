"""regex_words: the words a pattern cannot match without, and the time rules' scan that skips a
text without them (it must find exactly what the full scan finds)."""

from __future__ import annotations

import re
import sys

from sitrep.extract.regex_words import ASCII_CASE_TWINS, can_match, lowered, needed_words
from sitrep.extract.time_grammar import scan
from sitrep.extract.time_rules import RULES


def test_the_case_twins_are_every_non_ascii_character_ignorecase_matches_to_ascii():
    ascii_char = re.compile(r"[\x00-\x7f]", re.IGNORECASE)
    twins = {chr(c) for c in range(128, sys.maxunicode + 1) if ascii_char.match(chr(c))}
    assert twins == set(ASCII_CASE_TWINS)


def test_needed_words_come_from_parts_every_match_goes_through():
    pattern = re.compile(r"(?<![\w])(?:early\s+)?(?:the\s+)?(?:Spring|summer)(?:\s+\d{4})?",
                         re.IGNORECASE)
    assert needed_words(pattern) == {"spring", "summer"}
    # lookbehinds and optional parts are not in a match; a repeat at least once is
    assert needed_words(re.compile(r"(?<!noon)(?:midnight)?\d+")) is None
    assert needed_words(re.compile(r"(?:ago)+|(?:earlier){2}")) == {"ago", "earlier"}
    # of two needed parts, the one whose shortest word is longest
    assert needed_words(re.compile(r"\d+ (?:day|week)s? ago")) == {" ago"}
    # re's parser factors 't' out of 'twenties|thirties': the words are what is left
    decades = needed_words(re.compile(r"the\s+(?:twenties|thirties)"))
    assert can_match(decades, "the twenties") and can_match(decades, "the thirties")
    assert not can_match(decades, "the fifties")


def test_a_text_is_ruled_out_only_without_any_needed_word():
    words = frozenset({"spring", "summer"})
    assert can_match(words, lowered("In SUMMER 2020"))
    assert not can_match(words, lowered("In winter 2020"))
    assert can_match(None, lowered("anything"))
    # 'ſ' matches 's' under re.IGNORECASE but lower() keeps it: such a text is always scanned
    assert lowered("ſpring") is None and can_match(words, lowered("ſpring"))


def test_time_rules_find_the_same_matches_with_and_without_the_check(voa_documents):
    texts = [d.text for d in voa_documents] + [
        "On Christmas Eve and at noon the next day, in the mid-eighties and the 21st century.",
        "Every Monday morning since the ſpring of 2019; the year two thousand and one.",
        "Three weeks ago, in the third quarter of fiscal year 2023, at 14:00 GMT on 3/4/21.",
    ]
    for text in texts:
        low = lowered(text)
        for rule in RULES:
            assert [m.span() for m in scan(rule, text, low)] == \
                [m.span() for m in scan(rule, text)], rule.name
    assert all(rule.needs for rule in RULES if rule.name in {"season", "holiday", "noon"})
