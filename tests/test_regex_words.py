"""regex_words: the words a pattern cannot match without, and the time rules' scan that skips a
text without them (it must find exactly what the full scan finds)."""

from __future__ import annotations

import re
import sys

from hypothesis import given, settings
from hypothesis import strategies as st

from sitrep.extract.regex_words import (
    ASCII_CASE_TWINS,
    TRIES_PER_FIND,
    _opening_positions,
    can_match,
    find_matches,
    lowered,
    needed_words,
    opening_words,
)
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
    # nor is one with a digit of another script, which \d matches
    assert lowered("Spring ٢٠٢٠") is None and lowered("Spring 2020 — “now”") is not None


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


def test_opening_words_are_what_every_match_begins_with():
    def opens(pattern, flags=re.IGNORECASE):
        return opening_words(re.compile(pattern, flags))

    # lookbehinds consume nothing; an optional part opens a match or lets the next part do so
    assert opens(r"(?<![\w])(?:early\s+)?(?:January|june)\b") == {"early", "january", "june"}
    # re's parser factors 't' out of 'twenties|thirties': the strings are joined again
    assert opens(r"the\s+(?:twenties|thirties)") == {"the"}
    assert opens(r"(?:twenties|thirties)") == {"twenties", "thirties"}
    # 'day' finds every start of 'days' too
    assert opens(r"(?:days?|weeks?)\s+ago") == {"day", "week"}
    # a class of a few ASCII characters opens with each, so does \d ([0-9] in a `lowered` text)
    assert opens(r"[01]\d:\d\d") == {f"{hour:02}:" for hour in range(20)}
    assert opens(r"(?:in\s+)?\d{4}") == {"in", *"0123456789"}
    assert opens(r"\s*\d+\s+days") is None
    assert opens(r"(?:next)?") is None  # may match the empty string


def test_find_matches_finds_what_finditer_finds():
    texts = [
        "Three days ago, the THIRD day; today and Monday's holiday. Theme: 'the day'.",
        "In ſpring, the 20th of June, 2019 and 14:00 GMT; them, then, the  week  of the 3rd.",
        "Weeks, weekly, week-long: the week before last week's weekend.",
    ]
    for text in texts:
        low = lowered(text)
        for rule in RULES:
            for pattern, openings in ((rule.pattern, rule.opens), (rule.gate, rule.gate_opens)):
                if pattern is None:
                    continue
                for pos, endpos in ((0, len(text)), (5, len(text)), (0, 40), (17, 44)):
                    assert [m.span() for m in find_matches(pattern, openings, text, low, pos,
                                                           endpos)] == \
                        [m.span() for m in pattern.finditer(text, pos, endpos)], rule.name


@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from(["the", "The", "day", "days", "Today", "week", "ago", " ", "  ",
                                 ",", "-", "3", "14", "2019", "June", "last", "ſ", "é", "٣",
                                 "\n"]),
                max_size=30),
       st.integers(0, 20), st.integers(0, 200))
def test_find_matches_agrees_with_finditer_on_any_text(words, pos, endpos):
    text = "".join(words)
    low = lowered(text)
    for rule in RULES:
        for pattern, openings in ((rule.pattern, rule.opens), (rule.gate, rule.gate_opens)):
            if pattern is not None:
                assert [m.span() for m in find_matches(pattern, openings, text, low, pos,
                                                       endpos)] == \
                    [m.span() for m in pattern.finditer(text, pos, endpos)], rule.name


def _positions_found_word_by_word(openings, text, pos, endpos):
    """What the scan must return: each word's finds inside the window, None past the limit."""
    most = (endpos - pos) // TRIES_PER_FIND
    starts = set()
    for word in openings:
        found = text.find(word, pos, endpos)
        while found >= 0:
            starts.add(found)
            if len(starts) > most:
                return None
            found = text.find(word, found + 1, endpos)
    return starts


def test_opening_positions_read_from_the_memo_are_the_window_finds():
    text = lowered(
        "KYIV, June 3 (Reuters) - Three days after the June 1 strikes, the ministry said on "
        "Monday that 14 people had died since the weekend; a day earlier it had said 12. "
        "The day before that, on May 31, officials reported the first of the weekly convoys.")
    openings = [frozenset({"june", "may", "monday"}), frozenset({"day", "week"}),
                frozenset({"1", "3", "12", "14"}), frozenset({"the"}), frozenset({"e"}),
                frozenset({"nowhere"})]
    windows = [(0, len(text)), (20, 90), (45, 49), (90, 90), (120, 60), (0, 400)]
    for _ in range(2):  # the second round reads every word's positions from the memo
        for words in openings:
            for pos, endpos in windows:
                assert _opening_positions(words, text, pos, endpos) == \
                    _positions_found_word_by_word(words, text, pos, endpos), (words, pos, endpos)
