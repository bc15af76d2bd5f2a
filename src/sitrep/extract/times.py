"""The times stage: TIMEX3 time expressions normalised against the publication date, and a date
on every event.

Recognition is the grammar in `time_rules.py` (regular expressions built from
data/time_words.tsv) checked against the spaCy parse: a match must start and end on token
boundaries and pass `time_filters.blocked` (no month inside a name, no modal 'May', no '2000
troops'); of overlapping matches the longest wins. The parse also gives each expression its
tense (`time_tense.direction`: a past-tense 'on Sunday' is the last Sunday up to the article's
day) and the preposition that bounds it ('since 2011' → ON_OR_AFTER, 'by Saturday' →
ON_OR_BEFORE), which TimeML keeps outside the span. This module runs those steps in text order,
carrying what the text last named (day, month, year, a results story's quarter) for the rules
that refer back.

Events are dated in `time_events.py`. A document without a publication date gets no deictic
values (XXXX-…) and its undated events get `time: None`.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date, timedelta

from spacy.tokens import Doc, Span

from sitrep.extract.regex_words import lowered
from sitrep.extract.time_events import date_events
from sitrep.extract.time_filters import blocked
from sitrep.extract.time_grammar import scan
from sitrep.extract.time_rules import RULES, Context, Norm, Rule, time_words
from sitrep.extract.time_tense import direction
from sitrep.records import Document, TimeExpr

_NAME_RULES = {"named_day"}
_EXPLICIT_RULES = {"full_date", "full_date_dmy", "iso_date", "us_date", "month_year"}
_QUARTER = re.compile(r"\d{4}-Q[1-4]$")


@dataclass(frozen=True)
class Found:
    start: int
    end: int
    rule: int  # index into RULES: earlier rules win ties
    norm: Norm
    root: int  # token index of the span's syntactic head


class TimeExtractor:
    def __init__(self, nlp=None):
        self.rules: tuple[Rule, ...] = RULES

    def __call__(self, doc: Doc, document: Document, layers: dict) -> dict:
        # an implausible date is treated as none; document.text is doc.text, built once
        found = find_times(doc, document.published, document.text)
        # document.text, not doc.text: the same string, but spaCy rebuilds doc.text from every
        # token on each access
        times = [TimeExpr(doc_id=document.id, span=(f.start, f.end), text=document.text[f.start:f.end],
                          type=f.norm.type, value=f.norm.value, earliest=f.norm.earliest,
                          latest=f.norm.latest, mod=f.norm.mod) for f in found]
        out: dict = {"times": times}
        if layers.get("events") is not None:
            out["events"] = date_events(doc, layers["events"], found,
                                        usable_published(document.published))
        return out


# A publication date outside these years is treated as missing (deictic values XXXX-…, no
# intervals, undated events `time: None`): a placeholder such as 0001-01-01 or 9999-12-31 is not
# an anchor, and calendar arithmetic near the ends of the date range would overflow.
PUBLISHED_YEARS = (1900, 2199)


def usable_published(published: date | None) -> date | None:
    """The publication date the times layer anchors on: None when missing or implausible."""
    if published is None or not PUBLISHED_YEARS[0] <= published.year <= PUBLISHED_YEARS[1]:
        return None
    return published


def find_times(doc: Doc, published: date | None, text: str | None = None) -> list[Found]:
    """Every time expression in `doc`, in text order, normalised against `published`.
    `text` is `doc.text` where the caller has it (spaCy rebuilds doc.text on each access)."""
    published = usable_published(published)
    text = doc.text if text is None else text
    lowered_text = lowered(text)
    matches = []
    for index, rule in enumerate(RULES):
        group = "span" if "span" in rule.pattern.groupindex else 0  # context outside the span
        for m in scan(rule, text, lowered_text):
            start, end = m.span(group)
            span = doc.char_span(start, end) if end > start else None  # None: not on tokens
            if span is not None:
                matches.append((start, end, index, m, span))
    matches.sort(key=lambda item: item[0])
    references = [(s, m) for s, _, i, m, _ in matches if RULES[i].name in _EXPLICIT_RULES]
    candidates = []
    focus = None  # the quarter a results story last named: 'a year earlier' compares with it
    for start, end, index, m, span in matches:
        if blocked(RULES[index].name, span, published, text):
            continue
        compared = None if _compares_with_months(RULES[index].name, span, candidates) else focus
        context = Context(published, direction(span), _reference(references, start, published),
                          compared, _day_named(candidates, start), _year_named(candidates, start),
                          _month_named(candidates, start))
        try:
            norm = RULES[index].normalise(m, context)
        except (ValueError, OverflowError):  # a date past the calendar's ends: no time
            norm = None
        if norm is None:
            continue
        if RULES[index].sets_focus and _reported_quarter(norm, published, focus):
            focus = norm.earliest
        norm = _plausible(norm, published)
        norm = _bounded(norm, span, published)
        if RULES[index].name == "duration":
            start = _with_determiner(span, start)
        start = _without_outside_hedge(text, start, end)
        candidates.append(Found(start, end, index, norm, span.root.i))
    found = _without_conversions(_longest_first(candidates), text)
    return _on_the_day_after_the_bracket(found, text)


def _without_outside_hedge(text: str, start: int, end: int) -> int:
    """'about five hours', 'almost two years': the hedge sets the mod but, as TimeBank marks
    it, stays outside the span."""
    words = text[start:end].split(None, 1)
    if len(words) == 2 and words[0].lower() in time_words()["hedge_outside"]:
        return start + text[start:end].index(words[1])
    return start


def _with_determiner(span: Span, start: int) -> int:
    """'the nine months' and 'the four days' take their 'the' (TimeBank: 16 of 23); 'the
    14-day waiting period' does not, its length being a modifier."""
    doc = span.doc
    if span.start == 0 or doc[span.start - 1].lower_ != "the":
        return start
    if span.root.dep_ in {"compound", "amod", "nmod", "npadvmod"} or span[-1].i + 1 < len(doc) \
            and doc[span[-1].i + 1].text == "-":
        return start
    return doc[span.start - 1].idx


_YEAR_BACK_RULES = {"ago", "year_ago"}
_MONTHS_PERIOD = re.compile(r"P(?:6|9)M$")


def _compares_with_months(rule: str, span: Span, candidates: list[Found]) -> bool:
    """'For the nine months, the company earned $18.9 million, compared with a loss a year
    earlier': the year before is the comparison, not the quarter in focus (TimeBank: 1988, 5 of
    7 in one sentence with 'the nine months')."""
    if rule not in _YEAR_BACK_RULES:
        return False
    sentence_start = span.sent.start_char
    return any(_MONTHS_PERIOD.match(f.norm.value or "") and f.start >= sentence_start
               for f in candidates[-3:] if f.end <= span.start_char)


def _reported_quarter(norm: Norm, published: date | None, focus: date | None) -> bool:
    """A quarter a results story reports on: the first it names, then only a later one already
    over at publication ('third-quarter net rose … after a flat second quarter' stays on the
    third; 'a fourth-quarter charge' ahead or 'the 1988 second quarter' do not move it; a
    fiscal 'fourth quarter ended Sept. 30' named first holds)."""
    if not norm.value or not _QUARTER.match(norm.value) or norm.earliest is None:
        return False
    if focus is None:
        return True
    if published is not None and norm.latest is not None and norm.latest > published:
        return False
    return norm.earliest > focus


def _named_date(f: Found) -> str | None:
    """The calendar value an expression names, for the ones after it that refer back: a DATE's
    or TIME's value, or the date a length before 'later' lands on ('five days later … earlier
    that month' is the month of that day). A day named as an event's name ('since 9/11') is
    no day the story is on."""
    if RULES[f.rule].name in _NAME_RULES:
        return None
    return f.norm.value if f.norm.type in {"DATE", "TIME"} else f.norm.lands_on


_DAY_VALUE = re.compile(r"\d{4}-\d{2}-\d{2}(?:T|$)")


def _day_named(candidates: list[Found], start: int) -> date | None:
    """The day the text last named before `start` ('on Friday', 'Oct. 23, 1998', 'yesterday'):
    a clock time without a day ('at 10 p.m.') is on it."""
    for f in reversed(candidates):
        named = _named_date(f)
        if f.end <= start and named and _DAY_VALUE.match(named):
            # the day itself, also where a preposition opened its interval ('before last Tuesday')
            return date.fromisoformat(named[:10])
    return None


def _year_named(candidates: list[Found], start: int) -> int | None:
    """The year of the last date the text named before `start` ('in June 1998 … later that
    year', '1988 … imports that year')."""
    for f in reversed(candidates):
        named = _named_date(f) if f.norm.type != "TIME" else None
        if f.end <= start and named and named[:4].isdigit() and len(named) >= 4:
            return int(named[:4])
    return None


_MONTH_VALUE = re.compile(r"(\d{4})-(\d{2})(?:-|$)")


def _month_named(candidates: list[Found], start: int) -> date | None:
    """The first day of the month of the last date the text named before `start` ('in May 2012
    … earlier that month'); of overlapping candidates the longest ('May 2012', not 'May')."""
    named = [(f.end, f.end - f.start, m) for f in candidates
             if f.end <= start and (value := _named_date(f)) and (m := _MONTH_VALUE.match(value))]
    if not named:
        return None
    m = max(named, key=lambda item: item[:2])[2]
    return date(int(m[1]), int(m[2]), 1)


def _without_conversions(found: list[Found], text: str) -> list[Found]:
    """A clock time in brackets right after another is the same moment in another zone: '10:35
    a.m. (0735 GMT)', 'Update 1606 BST (1106 EST)'. TimeML leaves it out; so does this layer.
    The same clock in brackets spells the moment out and stays ('at 4 in the morning (4 a.m.
    EDT Thursday)')."""
    kept: list[Found] = []
    for f in found:
        previous = kept[-1] if kept else None
        if previous is not None and f.norm.type == previous.norm.type == "TIME" \
                and text[previous.end:f.start].strip() == "(" \
                and _clock_of(f.norm.value) != _clock_of(previous.norm.value):
            continue
        kept.append(f)
    return kept


# between a clock time and the day it is on: its conversion in brackets, as wire copy writes 'at 6
# pm (1600 GMT) on Friday', '10:30 a.m. (0830 GMT) Thursday'; or the bracket's end when the
# conversion, being the same clock, was kept as an expression of its own
_BRACKET_THEN_DAY = re.compile(r"\s*(?:\([^()\n]{1,30}\)|\))\s*,?\s*(?:on\s+)?")
_INTO_BRACKET = re.compile(r"\s*\(")
_FULL_DAY = re.compile(r"\d{4}-\d{2}-\d{2}")


def _on_the_day_after_the_bracket(found: list[Found], text: str) -> list[Found]:
    """'at 6 pm (1600 GMT) on Friday': the clock is on the Friday named after its bracket, not
    on the day the text named before it; the clock rules read a day only right after the
    clock ('at 6 pm on Friday'). From the end, so '3 p.m. (1500 GMT) on Friday' reaches both."""
    out = list(found)
    for i in range(len(out) - 2, -1, -1):
        clock, day = out[i], out[i + 1]
        if clock.norm.type != "TIME" or "T" not in (clock.norm.value or "") \
                or _names_its_day(clock, text) or not _FULL_DAY.match(day.norm.value or ""):
            continue
        after_bracket = day.norm.type == "DATE" and _FULL_DAY.fullmatch(day.norm.value) \
            and _BRACKET_THEN_DAY.fullmatch(text, clock.end, day.start)
        into_bracket = day.norm.type == "TIME" and _INTO_BRACKET.fullmatch(
            text, clock.end, day.start)
        if not (after_bracket or into_bracket):
            continue
        on_text = day.norm.value[:10]
        on = date.fromisoformat(on_text)
        value = f"{on_text}T{clock.norm.value.partition('T')[2]}"
        norm = Norm("TIME", value, on, on, clock.norm.mod)
        out[i] = Found(clock.start, clock.end, clock.rule, norm, clock.root)
    return out


def _names_its_day(clock: Found, text: str) -> bool:
    """Whether the clock's own span names its day ('9 a.m. EST Tuesday', 'noon Saturday')."""
    words = time_words()
    return any(w.lower().strip(".,") in words["weekday"] or w.lower().strip(".,") in words["month"]
               for w in text[clock.start:clock.end].split())


def _clock_of(value: str | None) -> str | None:
    return value.partition("T")[2] or None if value else None


def _plausible(norm: Norm, published: date | None) -> Norm:
    """A date reckoned more than a century after publication ('2,000 years later' from a 2016
    article → 4016) is no calendar date: FUTURE_REF from the publication date."""
    if published is None or norm.type not in {"DATE", "TIME"} or not norm.value \
            or not norm.value[:4].isdigit() or int(norm.value[:4]) <= published.year + 100:
        return norm
    return Norm("DATE", "FUTURE_REF", published, None, norm.mod)


def _longest_first(candidates: list[Found]) -> list[Found]:
    chosen: list[Found] = []
    taken: set[int] = set()
    for found in sorted(candidates, key=lambda f: (f.start - f.end, f.rule, f.start)):
        chars = range(found.start, found.end)
        if any(c in taken for c in chars):
            continue
        taken.update(chars)
        chosen.append(found)
    return sorted(chosen, key=lambda f: f.start)


def _reference(references: list[tuple[int, re.Match]], start: int,
               published: date | None) -> date | None:
    """The last explicit calendar date before `start` ('On March 3 … two days later')."""
    for ref_start, m in reversed(references):
        if ref_start < start:
            try:
                norm = next(r for r in RULES if r.pattern is m.re).normalise(m, Context(published))
            except (ValueError, OverflowError):
                return None
            if norm is not None and norm.earliest is not None:
                return norm.earliest
            return None
    return None


def _bounded(norm: Norm, span: Span, published: date | None) -> Norm:
    """'since 2011', 'by Saturday', 'before March': the preposition the parse attaches the
    expression to sets the mod and opens one end of the interval."""
    if norm.type not in {"DATE", "TIME"} or norm.mod or norm.earliest is None:
        return norm
    node = span.root
    if node.dep_ in {"nummod", "compound", "amod", "poss", "nmod"} and node.head.dep_ == "pobj":
        node = node.head  # 'since Syria's 2011 revolution'
    preposition = node.head if node.dep_ == "pobj" else None
    if preposition is None:
        before = span.doc[span.start - 1] if span.start > 0 else None
        preposition = before if before is not None and before.dep_ in {"prep", "mark"} else None
    if preposition is None:
        return norm
    prep_word = preposition.lower_
    if preposition.i > 0 and prep_word == "to" and span.doc[preposition.i - 1].lower_ == "prior":
        prep_word = "prior to"
    mod = time_words()["preposition"].get(prep_word)
    if mod in {"ON_OR_AFTER", "AFTER"}:
        first = norm.earliest if mod == "ON_OR_AFTER" else (norm.latest or norm.earliest) + timedelta(days=1)
        last = published if published is not None and published >= first else None
        return Norm(norm.type, norm.value, first, last, mod)
    if mod in {"ON_OR_BEFORE", "BEFORE"}:
        last = norm.latest if mod == "ON_OR_BEFORE" else norm.earliest - timedelta(days=1)
        return Norm(norm.type, norm.value, None, last, mod)
    return norm
