"""Reporting periods, the calendar of results stories: 'the third quarter' (2024-Q3), 'the
quarter', 'the latest period', 'the year-ago quarter', 'a year earlier', 'fiscal 1989', 'the year
ended March 31' (P1Y).

A results story names its quarter once and then compares against it: 'third-quarter profit
rose 19% from $1.4 billion a year earlier' means the third quarter of the year before, and
TimeML annotates it so (1988-Q3, not 1988). The stage passes the quarter the text last named as
`Context.focus`; these rules read it, and without one fall back to the calendar.
"""

from __future__ import annotations

import re
from datetime import date

from sitrep.extract.time_grammar import (
    NUM, Context, Norm, Rule, W, lookup, point_norm, positioned, rule,
)
from sitrep.extract.time_values import Point, interval, period_point, shift

_ORDINAL = r"(?P<ord>first|second|third|fourth|final|last|1st|2nd|3rd|4th)"


def quarter(m: re.Match, ctx: Context) -> Norm | None:
    """'the third quarter' (of this year, or last year's when the tense is past and it is still
    ahead), 'the second half of 2023', 'this year's first quarter', 'the 1988 third quarter',
    'the year-ago third quarter' (a year before the quarter in focus)."""
    half = m["part"].lower() == "half"
    ordinal = int(lookup("ordinal", m["ord"].lower()) or re.sub(r"\D", "", m["ord"]) or 0)
    count = 2 if half else 4
    ordinal = count if ordinal == -1 else ordinal
    if not 1 <= ordinal <= count:
        return None
    if m.groupdict().get("decade") or m.groupdict().get("short"):
        return _part_of_decade(m, ordinal, count)
    month = (ordinal - 1) * (6 if half else 3) + 1
    granularity = "half" if half else "quarter"
    written_year = m["year"] or m["year0"]
    if written_year:
        return point_norm(Point(date(int(written_year), month, 1), granularity))
    if ctx.dct is None:
        return Norm("DATE", f"XXXX-{'H' if half else 'Q'}{ordinal}")
    if m.groupdict().get("ago"):
        year_ = (ctx.focus or ctx.dct).year - 1
        return point_norm(Point(date(year_, month, 1), granularity))
    relative = (m["rel2"] or m["yrel"] or "").lower()
    if relative == "the" and not m.groupdict().get("which_year"):
        relative = ""  # 'the third quarter of the year': as 'the third quarter'
    year_ = ctx.dct.year + {"last": -1, "next": 1}.get(relative, 0)
    start = date(year_, month, 1)
    # halves stay in the year ('growth should pick up in the second half')
    if not relative and start > ctx.dct and (ctx.direction < 0 or ctx.direction == 0 and not half
                                             and _nearer_a_year_back(start, granularity, ctx.dct)):
        start = start.replace(year=year_ - 1)
    return point_norm(Point(start, granularity))


def _part_of_decade(m: re.Match, ordinal: int, count: int) -> Norm:
    """'the last half of the '80s': the decade (TimeBank: 198), its part as the mod."""
    if m["decade"]:
        start = int(m["decade"])
    else:
        start = (1900 if int(m["short"]) >= 30 else 2000) + int(m["short"])
    position = "early" if ordinal == 1 else "late" if ordinal == count else "mid"
    return positioned(Point(date(start, 1, 1), "decade"), position)


def _nearer_a_year_back(start: date, granularity: str, dct: date) -> bool:
    """A quarter not yet begun, named without a tense ('fourth-quarter profit fell' in March):
    the one that ended last year when that is nearer than the one ahead, as for months — results
    are reported after the quarter, forecasts rarely reach three quarters ahead."""
    ended = interval(Point(start.replace(year=start.year - 1), granularity))[1]
    return (dct - ended) < (start - dct)


def the_quarter(m: re.Match, ctx: Context) -> Norm | None:
    """'the quarter', 'the latest quarter', 'that quarter': the quarter in focus, else the last
    quarter completed; 'the current quarter' is the publication date's."""
    if ctx.dct is None:
        return Norm("DATE", "XXXX-QX")
    current = period_point(ctx.dct, "quarter")
    which = " ".join((m["which"] or "").lower().split())
    if which == "current":
        return point_norm(current)
    if ctx.focus is not None:
        return point_norm(Point(ctx.focus, "quarter"))
    if ctx.direction > 0 and which not in {"latest", "most recent", "recent"}:
        return point_norm(current)
    return point_norm(period_point(shift(current.day, -1, "Q"), "quarter"))


def the_period(m: re.Match, ctx: Context) -> Norm | None:
    """'the latest period', 'the 1988 period', 'the 1988 quarter': the quarter in focus (in that
    year); nothing without one ('the period' alone is too vague to be a time)."""
    if ctx.focus is None:
        return point_norm(Point(date(int(m["year"]), 1, 1), "year")) if m["year"] else None
    start = ctx.focus.replace(year=int(m["year"])) if m["year"] else ctx.focus
    return point_norm(Point(start, "quarter"))


def year_ago(m: re.Match, ctx: Context) -> Norm | None:
    """'the year-ago quarter', 'the year-earlier period', 'year-ago results': a year before the
    quarter in focus, else last year; 'the year-earlier nine months' is the length compared
    with (TimeBank: P9M); 'the same period last year' as `same_period_a_year_back`."""
    if m["num"]:
        return year_ago_months(m, ctx)
    if m["unit"] or m["unit2"]:
        return same_period_a_year_back(m, ctx)
    if ctx.focus is not None:
        return point_norm(Point(shift(ctx.focus, -1, "Y"), "quarter"))
    if ctx.dct is None:
        return Norm("DATE", "XXXX")
    return point_norm(Point(date(ctx.dct.year - 1, 1, 1), "year"))


def same_period_a_year_back(m: re.Match, ctx: Context) -> Norm | None:
    """'the same period last year', 'the corresponding quarter a year ago', "last year's
    quarter": one expression (TimeBank: 'the corresponding period last year' = 1988-Q3), the
    period the story reports on a year back: the quarter in focus, the month last named for 'the
    same month', else last year."""
    if ctx.dct is None:
        return Norm("DATE", "XXXX")
    unit = (m["unit"] or m["unit2"] or "").lower()
    if unit != "month" and ctx.focus is not None:
        return point_norm(Point(shift(ctx.focus, -1, "Y"), "quarter"))
    if unit == "month" and ctx.month is not None:
        return point_norm(Point(shift(ctx.month, -1, "Y"), "month"))
    return point_norm(Point(date(ctx.dct.year - 1, 1, 1), "year"))


def year_ago_months(m: re.Match, ctx: Context) -> Norm | None:
    """'the year-earlier nine months': the length compared with (TimeBank: P9M)."""
    months = W.number(m["num"])
    return Norm("DURATION", f"P{int(months)}M") if months and months == int(months) else None


def financial_year(m: re.Match, ctx: Context) -> Norm | None:
    """'the year ended March 31', 'the fiscal year ending June 30': a length (P1Y) in TimeML;
    'the year', 'the full year', 'the current fiscal year': the publication year; 'the latest
    fiscal year': the one before."""
    if m["ended"]:
        return Norm("DURATION", "P1Y")
    if ctx.dct is None:
        return Norm("DATE", "XXXX")
    back = 1 if (m["which"] or "").lower() == "latest" else 0
    return point_norm(Point(date(ctx.dct.year - back, 1, 1), "year"))


RULES: tuple[Rule, ...] = (
    rule("quarter", rf"(?:the\s+)?(?:(?P<rel>latest|same|current)\s+)?"
                    rf"(?:(?P<year0>\d{{4}})\s+|(?P<yrel>this|last|next)\s+year['’]?s\s+)?"
                    rf"{_ORDINAL}[\s-]+(?:fiscal[\s-]+)?(?P<part>quarter|half)"
                    rf"(?:\s+of\s+(?:(?P<year>\d{{4}})|(?P<rel2>this|last|next|the)\s+"
                    rf"(?:(?P<which_year>current|fiscal)\s+)?year"
                    rf"|the\s+(?:(?P<decade>(?:1\d|20)\d0)['’]?s|['’‘](?P<short>\d0)s)))?"
                    # 'the second half of the game', 'the first quarter of the season': no time
                    r"(?!\s+of\s+the\s)", quarter,
         gate=r"(?:quarter|half)", sets_focus=True),
    rule("year_ago_quarter", rf"the\s+(?:comparable\s+|same\s+|corresponding\s+)?"
                             rf"(?P<ago>year[-\s](?:ago|earlier))\s+{_ORDINAL}[\s-]+(?:fiscal[\s-]+)?"
                             r"(?P<part>quarter|half)(?P<year>)(?P<year0>)(?P<rel2>)(?P<yrel>)",
         quarter, gate=r"(?:ago|earlier)"),
    rule("the_quarter", r"(?:the|that)\s+(?:(?P<which>latest|current|most\s+recent|recent|same)\s+)?"
                        # 'the quarter-to-quarter comparison', 'the quarter-on-quarter rise': a
                        # kind of comparison, no quarter
                        r"(?:fiscal\s+)?quarter(?!\s+(?:of|century|mile|point)|-(?:on|over|to|by)-)", the_quarter,
         gate="quarter"),
    rule("the_period", r"the\s+(?:(?:latest|most\s+recent)\s+(?:fiscal\s+)?period"
                       r"|(?P<year>\d{4})\s+(?:fiscal\s+)?(?:period|quarter))",
         the_period, gate="(?:period|quarter)"),
    # one scan for the comparisons a year back: 'the year-ago quarter', 'year-earlier', 'the
    # year-earlier nine months', 'the same period last year', "last year's quarter"
    rule("year_ago", r"(?:the\s+(?:comparable\s+|same\s+|corresponding\s+)?year[-\s](?:ago|earlier)"
                     rf"\s+(?:quarter|period|(?P<num>{NUM})\s+months)|year-(?:ago|earlier)"
                     r"|(?:the\s+(?:(?:same|corresponding|comparable|like)\s+)?(?P<unit>period|quarter"
                     r"|month)\s+(?:of\s+)?(?:last\s+year|a\s+year\s+(?:ago|earlier|before)"
                     r"|the\s+previous\s+year)|last\s+year['’]s\s+(?P<unit2>quarter|period))"
                     r"(?!['’]?\w))", year_ago,
         gate=r"(?:ago|earlier|before|last\s+year|previous\s+year)"),
    rule("financial_year", r"the\s+(?:(?P<which>full|current|latest)\s+)?(?:fiscal\s+)?year"
                           r"(?:(?=\s+(?P<ended>ended|ending)\b)|)"
                           # 'the year before' is another year, not the publication's
                           # 'the year-on-year increase', 'the year-over-year decline': a comparison
                           r"(?!\s+(?:before|earlier|after|later|prior)|-to-date|-(?:on|over|by)-)", financial_year,
         gate="year"),
)
