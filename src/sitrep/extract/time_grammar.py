"""The shared grammar of the time rules: the records a rule produces (`Norm`) and reads
(`Context`), the word patterns built from data/time_words.tsv, and the helpers that turn a number
and a unit or a part of a period ('early 2011') into values and intervals.

The rules themselves live by concept: `time_calendar` (dates named on the calendar),
`time_relative` (dates anchored on the publication date or an earlier date), `time_durations`
(lengths and frequencies); `time_rules` puts them in the order ties are broken in.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from datetime import date, timedelta

from sitrep.extract.regex_words import can_match, find_matches, needed_words, opening_words
from sitrep.extract.time_lexicon import number_pattern, time_words
from sitrep.extract.time_values import Point, interval, shift, value


@dataclass(frozen=True)
class Norm:
    type: str  # DATE | TIME | DURATION | SET
    value: str | None
    earliest: date | None = None
    latest: date | None = None
    mod: str | None = None
    # a length that ends at another event ('Three days later', P3D) still lands on a date: its
    # value (2024-12-08) dates the events it is attached to and anchors what refers back to it
    lands_on: str | None = None


@dataclass(frozen=True)
class Context:
    dct: date | None  # publication date: the anchor of deictic expressions
    direction: int = -1  # tense of the clause: -1 past, 0 present, +1 future
    reference: date | None = None  # the last explicit date in the text ('two days later')
    focus: date | None = None  # first day of the quarter the text last named ('third-quarter profit')
    day: date | None = None  # the last day the text named before ('on Friday … at 10 p.m.')
    year: int | None = None  # the year of the last date the text named ('in June 1998 … later that year')
    month: date | None = None  # the month of the last date the text named ('in May … earlier that month')


@dataclass(frozen=True)
class Rule:
    name: str
    pattern: re.Pattern
    normalise: Callable[[re.Match, Context], Norm | None]
    # A word every match contains ('ago', a unit, a month): the pattern is only tried near one.
    # Patterns that open on a number or a hedge otherwise try every word of the text as one.
    gate: re.Pattern | None = None
    sets_focus: bool = False  # its quarters become `Context.focus` for the expressions after it
    # Strings one of which every match contains (regex_words.needed_words): a text without any
    # is not scanned at all.
    needs: frozenset[str] | None = None
    # Strings every match (every gate's match) opens with (regex_words.opening_words): the
    # pattern is tried only where one starts, not at every position of the text.
    opens: frozenset[str] | None = None
    gate_opens: frozenset[str] | None = None


W = time_words()
NUM = number_pattern(W)
VAGUE = W.alternation("vague_number")
UNIT = r"(?:second|minute|hour|day|night|week|fortnight|month|quarter|year|decade|centur(?:y|ie))s?"
HEDGE = W.alternation("hedge")
MONTH = W.alternation("month")
MONTH_FULL = "(?:" + "|".join(w for w in W["month"] if w.isalpha()) + ")"
WEEKDAY = W.alternation("weekday")
WEEKDAY_FULL = "(?:" + "|".join(w for w in W["weekday"] if w.isalpha()) + ")"
SEASON = W.alternation("season")
ZONE = W.alternation("time_zone")
POD = "(?:morning|afternoon|evening|night)"
POS = r"(?:early|mid|late|the\s+(?:beginning|start|middle|end|close)\s+of)"
REL = r"(?:last|this|next|past|previous|coming|current)"
# a match never starts inside a larger number: '1,019 days' is not '019 days', '10,000 years
# ago' not '000 years ago'
B, E = r"(?<![\w$£€#])(?<!\d[,.])", r"(?![\w])"
APPROX_SLACK = {"MORE_THAN": (3, 0), "EQUAL_OR_MORE": (3, 0), "LESS_THAN": (0, 3),
                 "EQUAL_OR_LESS": (0, 3), "APPROX": (2, 2), None: (1, 1)}


def lookup(kind: str, word: str) -> str | None:
    table, key = W[kind], " ".join(word.lower().replace("’", "'").split())
    return table.get(key) or table.get(key + ".") or table.get(key.rstrip("."))


def capitalised(word: str | None) -> bool:
    return bool(word) and word[0].isupper()


def unit_letter(word: str) -> tuple[str, float]:
    word = word.lower()
    singular = "century" if word.startswith("centur") else word.rstrip("s")
    letter, days = W["unit"][singular].split(":")
    return letter, float(days)


def amount_of(text: str | None) -> float | None:
    if not text:
        return 1.0
    half = re.search(r"[\s-]+and[\s-]+a[\s-]+half$", text)  # 'two and a half years': P2Y6M
    amount = W.number(text[:half.start()] if half else text)
    return amount + 0.5 if amount is not None and half else amount


def point_norm(point: Point, kind: str = "DATE", mod: str | None = None) -> Norm:
    first, last = interval(point)
    return Norm(kind, value(point), first, last, mod)


def part_of_period(first: date, last: date, position: str | None) -> tuple[date, date, str | None]:
    """'early 2011', 'mid-December', 'late last July': a third of the period, with its mod."""
    if not position:
        return first, last, None
    mod = lookup("position", position.split()[-2] if position.startswith("the") else position)
    months = (last.year - first.year) * 12 + last.month - first.month + 1
    if months >= 3:  # whole months: 'early 2011' is January to April
        third = months // 3
        edges = {"START": (first, month_last(shift(first, third - 1, "M"))),
                 "END": (shift(first, months - third, "M"), last),
                 "MID": (shift(first, third, "M"), month_last(shift(first, months - third - 1, "M")))}
        return (*edges.get(mod, (first, last)), mod)
    third = (last - first).days // 3
    if mod == "START":
        return first, first + timedelta(days=third), mod
    if mod == "END":
        return last - timedelta(days=third), last, mod
    return first + timedelta(days=third), last - timedelta(days=third), mod


def month_last(day: date) -> date:
    return interval(Point(day, "month"))[1]


def positioned(point: Point, position: str | None, kind: str = "DATE") -> Norm:
    first, last, mod = part_of_period(*interval(point), position)
    return Norm(kind, value(point), first, last, mod)



def rule(name: str, pattern: str, normalise, gate: str | None = None,
         sets_focus: bool = False) -> Rule:
    compiled = re.compile(B + pattern + E, re.IGNORECASE)
    gate_compiled = re.compile(B + gate + E, re.IGNORECASE) if gate else None
    return Rule(name, compiled, normalise, gate_compiled, sets_focus,
                _needs(compiled, gate_compiled), opening_words(compiled),
                gate_compiled and opening_words(gate_compiled))


def _needs(pattern: re.Pattern, gate: re.Pattern | None) -> frozenset[str] | None:
    """The pattern's needed words, or its gate's where those are longer (a match holds both)."""
    candidates = [w for w in (needed_words(pattern), gate and needed_words(gate)) if w]
    return max(candidates, key=lambda words: min(map(len, words)), default=None)


# how far a match reaches from its gate word: 'no more than twenty-five and a half years or so ago'
_REACH_BEFORE, _REACH_AFTER = 120, 40


def scan(rule_: Rule, text: str, lowered_text: str | None = None) -> Iterator[re.Match]:
    """The rule's matches in `text`; a gated rule is only tried in windows around its gate
    words (merged where they overlap, so no match is found twice). With `lowered_text`
    (regex_words.lowered), a text without any of the rule's needed words is skipped, and the
    pattern and gate are tried only where their opening words start (the same matches)."""
    if not can_match(rule_.needs, lowered_text):
        return
    if rule_.gate is None:
        yield from find_matches(rule_.pattern, rule_.opens, text, lowered_text)
        return
    windows: list[list[int]] = []
    for gate in find_matches(rule_.gate, rule_.gate_opens, text, lowered_text):
        start, end = max(0, gate.start() - _REACH_BEFORE), gate.end() + _REACH_AFTER
        while end < len(text) and text[end].isalnum():  # never end a window inside a word
            end += 1
        if windows and start <= windows[-1][1]:
            windows[-1][1] = end
        else:
            windows.append([start, end])
    for start, end in windows:  # lookbehinds still see the text before `start`
        yield from find_matches(rule_.pattern, rule_.opens, text, lowered_text, start,
                                min(end, len(text)))
