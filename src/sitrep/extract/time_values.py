"""Calendar arithmetic for the times layer: TIMEX3 values and the date interval each one covers.

A `Point` is a date at a granularity (day, week, month, quarter, half, season, year, decade,
century). `value(point)` writes it as TIMEX3 (2024-12-15, 2024-W50, 2024-12, 2024-Q3, 2024-H1,
2024-SU, 2024, 202, 20); `interval(point)` gives the first and last day it covers. Seasons are
meteorological (northern hemisphere): winter 2024 is December 2024 to February 2025.
"""

from __future__ import annotations

import calendar
import re
from dataclasses import dataclass
from datetime import date, timedelta

GRANULARITIES = ("day", "week", "month", "quarter", "half", "season", "year", "decade", "century")
_SEASON_MONTHS = {"SP": (3, 5), "SU": (6, 8), "FA": (9, 11), "WI": (12, 14)}  # 14 = next Feb
UNIT_GRANULARITY = {"D": "day", "W": "week", "M": "month", "Q": "quarter", "Y": "year",
                    "DE": "decade", "CE": "century"}


@dataclass(frozen=True)
class Point:
    """`day` is any day inside the period (its first day by convention); `season` is set only
    for season granularity."""

    day: date
    granularity: str = "day"
    season: str | None = None


def shift(day: date, amount: int, unit: str) -> date:
    """`day` moved by `amount` TIMEX3 units (D, W, M, Q, Y, DE, CE); months clamp the day. Past
    either end of the calendar (year 1, year 9999) it raises OverflowError."""
    if unit == "D":
        return day + timedelta(days=amount)
    if unit == "W":
        return day + timedelta(weeks=amount)
    months = amount * {"M": 1, "Q": 3, "Y": 12, "DE": 120, "CE": 1200}[unit]
    index = day.year * 12 + day.month - 1 + months
    year, month = divmod(index, 12)
    if not 1 <= year <= 9999:
        raise OverflowError(f"{day} moved by {amount}{unit} leaves the calendar")
    last = calendar.monthrange(year, month + 1)[1]
    return date(year, month + 1, min(day.day, last))


def week_start(day: date) -> date:
    return day - timedelta(days=day.weekday())


def value(point: Point) -> str:
    d, g = point.day, point.granularity
    if g == "day":
        return d.isoformat()
    if g == "week":
        year, week, _ = d.isocalendar()
        return f"{year:04d}-W{week:02d}"
    if g == "month":
        return f"{d.year:04d}-{d.month:02d}"
    if g == "quarter":
        return f"{d.year:04d}-Q{(d.month - 1) // 3 + 1}"
    if g == "half":
        return f"{d.year:04d}-H{1 if d.month <= 6 else 2}"
    if g == "season":
        return f"{d.year:04d}-{point.season}"
    if g == "year":
        return f"{d.year:04d}"
    if g == "decade":
        return f"{d.year // 10:03d}"
    if g == "century":
        return f"{d.year // 100:02d}"
    raise ValueError(f"unknown granularity {g!r}")


def interval(point: Point) -> tuple[date, date]:
    d, g = point.day, point.granularity
    if g == "day":
        return d, d
    if g == "week":
        start = week_start(d)
        return start, start + timedelta(days=6)
    if g == "season":
        first, last = _SEASON_MONTHS[point.season or "SU"]
        return date(d.year, first, 1), _month_end(shift(date(d.year, 1, 1), last - 1, "M"))
    span_months = {"month": 1, "quarter": 3, "half": 6, "year": 12, "decade": 120, "century": 1200}[g]
    first_month = {"month": d.month, "quarter": (d.month - 1) // 3 * 3 + 1,
                   "half": 1 if d.month <= 6 else 7}.get(g, 1)
    first_year = {"decade": d.year // 10 * 10, "century": d.year // 100 * 100}.get(g, d.year)
    start = date(max(first_year, 1), first_month, 1)
    return start, _month_end(shift(start, span_months - 1, "M"))


def _month_end(day: date) -> date:
    return date(day.year, day.month, calendar.monthrange(day.year, day.month)[1])


def season_of(day: date) -> tuple[int, str]:
    """The (year, season) a day falls in; January and February belong to the previous winter."""
    if day.month in (1, 2):
        return day.year - 1, "WI"
    return day.year, {3: "SP", 4: "SP", 5: "SP", 6: "SU", 7: "SU", 8: "SU", 9: "FA", 10: "FA",
                      11: "FA", 12: "WI"}[day.month]


def season_point(year: int, season: str) -> Point:
    first = _SEASON_MONTHS[season][0]
    return Point(date(year, first, 1), "season", season)


def period_point(day: date, granularity: str) -> Point:
    """The period of `granularity` that contains `day`."""
    if granularity == "season":
        year, season = season_of(day)
        return season_point(year, season)
    return Point(interval(Point(day, granularity))[0], granularity)


def weekday_near(anchor: date, weekday: int, direction: int) -> date:
    """The ISO `weekday` (1 = Monday) on or before `anchor` (direction -1) or on or after it
    (+1): a past-tense 'on Sunday' is the last Sunday up to the article's day."""
    delta = (anchor.isoweekday() - weekday) % 7
    if direction < 0:
        return anchor - timedelta(days=delta)
    return anchor + timedelta(days=(weekday - anchor.isoweekday()) % 7)


def month_near(anchor: date, month: int, direction: int) -> date:
    """The first day of `month` in the year that tense points to: in a December article a past
    'in August' is this year's, a future 'in March' next year's; no tense: this year."""
    year = anchor.year
    if direction < 0 and month > anchor.month:
        year -= 1
    elif direction > 0 and month < anchor.month:
        year += 1
    return date(year, month, 1)


# a fraction of a unit written in the next smaller one, as TimeBank does: 2 1/2 years → P2Y6M
_SMALLER = {"Y": ("M", 12), "D": ("H", 24), "H": ("MIN", 60), "MIN": ("S", 60), "W": ("D", 7)}
_CLOCK = {"H", "MIN", "S"}


def duration_value(amount: float | None, unit: str) -> str:
    """P49Y, P2W, PT3H, PXD (unspecified amount), P2Y6M, PT5H30M, P1.5M (no whole smaller unit)."""
    if unit == "W2" and amount is not None:
        unit, amount = "W", amount * 2
    if amount is None:
        return _period([("X", unit)])
    whole, fraction = divmod(float(amount), 1)
    smaller, per = _SMALLER.get(unit, (None, 0))
    if fraction and smaller and (fraction * per).is_integer():
        parts = [(int(whole), unit)] if whole else []
        return _period(parts + [(int(fraction * per), smaller)])
    return _period([(f"{amount:g}", unit)])


def _period(parts: list[tuple]) -> str:
    """[(2, 'Y'), (6, 'M')] → P2Y6M; clock units after a T: [(5, 'H'), (30, 'MIN')] → PT5H30M."""
    text, in_clock = "P", False
    for number, unit in parts:
        if unit in _CLOCK and not in_clock:
            text, in_clock = text + "T", True
        text += f"{number}{'M' if unit == 'MIN' else unit}"
    return text


# What a TIMEX3 value may look like (TimeML 1.2.1 / ISO-TimeML), as this layer writes them: a
# calendar date at any granularity with X for what the text leaves open (2024-12-15, 2024-W50-WE,
# 2024-Q3, 2024-SU, 199, 19, XXXX-WXX-1), with a clock or part of day after T (T10:41, TNI,
# T24:00), a length (P49Y, PT5H30M, P2Y6M, PXD, P1.5M), or a deictic reference (PAST_REF).
_YEAR = r"(?:\d{4}|X{4})"
_DATE = (rf"(?:{_YEAR}(?:-(?:(?:0[1-9]|1[0-2]|XX)(?:-(?:0[1-9]|[12]\d|3[01]|XX))?"
         r"|W(?:0[1-9]|[1-4]\d|5[0-3]|XX)(?:-(?:[1-7]|WE|X))?|Q[1-4X]|H[12X]|SP|SU|FA|WI))?"
         r"|\d{3}X?|\d{2})")
_TIME_OF_DAY = r"T(?:(?:[01]\d|2[0-4])(?::[0-5]\d(?::[0-5]\d)?)?|MO|MI|AF|EV|NI|DT)"
_AMOUNT = r"(?:\d+(?:\.\d+)?|X)"
_LENGTH = (rf"P(?:(?:{_AMOUNT}(?:Y|M|W|D|Q|DE|CE|ML|E|C|L))+(?:T(?:{_AMOUNT}[HMS])+)?"
           rf"|T(?:{_AMOUNT}[HMS])+)")
TIMEX3_VALUE = re.compile(rf"(?:{_DATE}(?:{_TIME_OF_DAY})?|{_LENGTH}|(?:PAST|PRESENT|FUTURE)_REF)\Z")


def is_timex3_value(text: str | None) -> bool:
    """True when `text` is a legal TIMEX3 value ('2024-12-15', 'P49Y', 'XXXX-WXX-1TNI')."""
    return bool(text) and TIMEX3_VALUE.match(text) is not None
