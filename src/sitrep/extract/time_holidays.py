"""Holidays: 'Christmas', 'Easter', 'Memorial Day', 'Election Day', 'Easter 2013', 'Easter
week' (the ISO week of the day). A holiday is a day on the calendar, fixed ('12-25') or movable
(Easter and the feasts counted from it, and the 'n-th weekday of a month' holidays);
data/time_words.tsv holds each one's rule. Without a year, the year is the one the clause's
tense points to, as for 'Oct. 23'."""

from __future__ import annotations

import re
from datetime import date, timedelta

from sitrep.extract.time_calendar import year_by_tense
from sitrep.extract.time_grammar import Context, Norm, Rule, W, lookup, point_norm, rule
from sitrep.extract.time_values import Point


def easter(year: int) -> date:
    """Western (Gregorian) Easter Sunday: the anonymous Gregorian computus (Meeus/Jones/Butcher)."""
    a, b, c = year % 19, year // 100, year % 100
    d, e = divmod(b, 4)
    g = (8 * b + 13) // 25
    h = (19 * a + b - d - g + 15) % 30
    i, k = divmod(c, 4)
    leap = (32 + 2 * e + 2 * i - h - k) % 7
    m = (a + 11 * h + 22 * leap) // 451
    month, day = divmod(h + leap - 7 * m + 114, 31)
    return date(year, month, day + 1)


def nth_weekday(anchor: date, weekday: int, n: int) -> date:
    """The n-th ISO `weekday` on or after `anchor` (n > 0), or the |n|-th on or before it
    (n < 0): Labor Day is the first Monday on or after Sept. 1, Memorial Day the last Monday on
    or before May 31."""
    if n > 0:
        first = anchor + timedelta(days=(weekday - anchor.isoweekday()) % 7)
        return first + timedelta(weeks=n - 1)
    last = anchor - timedelta(days=(anchor.isoweekday() - weekday) % 7)
    return last - timedelta(weeks=-n - 1)


def holiday_on(spec: str, year: int) -> date:
    """The day a holiday rule from the time words gives in `year`: '12-25' (fixed),
    'easter-2' (Good Friday), '09-01/1/1' (the first Monday on or after Sept. 1)."""
    if spec.startswith("easter"):
        return easter(year) + timedelta(days=int(spec[len("easter"):]))
    anchor, _, nth = spec.partition("/")
    month, day = (int(x) for x in anchor.split("-"))
    if not nth:
        return date(year, month, day)
    weekday, n = (int(x) for x in nth.split("/"))
    return nth_weekday(date(year, month, day), weekday, n)


def holiday(m: re.Match, ctx: Context) -> Norm | None:
    spec = lookup("holiday", m["name"])
    if spec is None:
        return None
    year_ = int(m["year"]) if m["year"] else year_by_tense(ctx, lambda y: holiday_on(spec, y))
    if year_ is None:
        fixed = re.fullmatch(r"\d{2}-\d{2}", spec)
        return Norm("DATE", f"XXXX-{spec}" if fixed else "XXXX-XX-XX")
    return point_norm(Point(holiday_on(spec, year_), "week" if m["week"] else "day"))


def named_day(m: re.Match, ctx: Context) -> Norm | None:
    """'9/11', 'the Sept. 11 attacks': the day of the 2001 attacks in any year's news, not the
    last Sept. 11 before publication."""
    return point_norm(Point(date.fromisoformat(lookup("named_day", "9/11")), "day"))


RULES: tuple[Rule, ...] = (
    rule("named_day", rf"(?P<span>{W.alternation('named_day')}|(?:sept\.?|september)\s+11(?:th)?"
                      rf"(?=\s+{W.alternation('named_day_noun')}\b))", named_day,
         gate=r"(?:9/11|11|11th)"),
    rule("holiday", rf"(?P<name>{W.alternation('holiday')})(?P<week>\s+week)?"
                    # 'Christmas 2012', 'Christmas Day, 2012', 'Christmas Eve of 1944'
                    r"(?:(?:,|\s+of)?\s+(?P<year>(?:19|20)\d\d)(?![\d,]))?", holiday),
)
