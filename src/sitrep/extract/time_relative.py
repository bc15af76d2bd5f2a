"""Dates anchored on the publication date (or the last explicit date): weekdays by tense,
'yesterday', 'now', 'last week', 'the weekend', 'just over a week ago', 'two years later', and
clock times ('9 a.m. on Tuesday', 'noon Friday')."""

from __future__ import annotations

import re
from datetime import date, timedelta

from sitrep.extract.time_calendar import full_date
from sitrep.extract.time_durations import length
from sitrep.extract.time_grammar import (
    APPROX_SLACK, HEDGE, MONTH, NUM, POD, POS, REL, UNIT, VAGUE, WEEKDAY_FULL, ZONE, W, Context, Norm,
    Rule, amount_of, capitalised, lookup, part_of_period, point_norm, positioned, rule,
    unit_letter,
)
from sitrep.extract.time_values import (
    UNIT_GRANULARITY, Point, interval, period_point, shift, value, weekday_near,
)


def weekday(m: re.Match, ctx: Context) -> Norm | None:
    if not capitalised(m["weekday"]):
        return None
    number = int(lookup("weekday", m["weekday"]))
    pod = lookup("part_of_day", m["pod"]) if m["pod"] else None
    if ctx.dct is None:
        return Norm("DATE", f"XXXX-WXX-{number}" + (f"T{pod}" if pod else ""))
    rel = " ".join((m["rel"] or "").lower().split())
    if rel in {"the previous", "the following"}:  # next to the day the text last named
        anchor = ctx.day or ctx.dct
        day = weekday_near(anchor - timedelta(days=1), number, -1) if rel == "the previous" \
            else weekday_near(anchor + timedelta(days=1), number, 1)
    elif rel == "last":
        day = weekday_near(ctx.dct - timedelta(days=1), number, -1)
    elif rel in {"next", "coming"}:
        day = weekday_near(ctx.dct + timedelta(days=1), number, 1)
    elif ctx.direction == 0:  # the nearest, leaning to the past
        before, after = weekday_near(ctx.dct, number, -1), weekday_near(ctx.dct, number, 1)
        day = before if (ctx.dct - before).days <= 2 * (after - ctx.dct).days else after
    elif ctx.direction < 0:
        day = _past_weekday(ctx.dct, number, bool(m["pos"] or pod or m.groupdict().get("hour")))
    else:
        day = weekday_near(ctx.dct, number, 1)
    if pod:  # a DATE in TimeBank + AQUAINT (19 of 26 'Friday night's), its value to the part
        return Norm("DATE", f"{day.isoformat()}T{pod}", day, day)
    first, last, mod = part_of_period(day, day, m["pos"])
    return Norm("DATE", day.isoformat(), first, last, mod)


def _past_weekday(published: date, number: int, hours_named: bool) -> date:
    """A weekday in a past clause: the last one up to publication, except the day after it when
    the text names the hours ('stormed a Sydney cafe early Tuesday', 'appeared in court Saturday
    morning', 'at 2 a.m. Tuesday' in a story dated Monday): a story is dated in its newsroom's
    zone, often a day behind the place it reports from, and a part of the day is named for what
    just happened. Of 12 such in 800 dated AllSides articles all 12 were the day after; a bare
    weekday a day ahead was as often six days back in stories dated right ('Sununu was told
    Wednesday', Reuters' 'Trump threatened on Thursday'), so it stays the last one."""
    day = weekday_near(published, number, -1)
    return published + timedelta(days=1) if hours_named and (published - day).days == 6 else day


def deictic_day(m: re.Match, ctx: Context) -> Norm | None:
    offset, _, pod = lookup("deictic_day", m[0]).partition(":")
    if ctx.dct is None:
        return Norm("TIME" if pod else "DATE", "XXXX-XX-XX" + (f"T{pod}" if pod else ""))
    day = ctx.dct + timedelta(days=int(offset))
    if pod:
        return Norm("TIME", f"{day.isoformat()}T{pod}", day, day)
    return Norm("DATE", day.isoformat(), day, day)


def reference(m: re.Match, ctx: Context) -> Norm | None:
    ref = lookup("reference", m[0])
    dct = ctx.dct
    bounds = {"PRESENT_REF": (dct, dct), "PAST_REF": (None, dct), "FUTURE_REF": (dct, None)}[ref]
    return Norm("DATE", ref, *bounds)


_PERIOD_GRANULARITY = {"week": "week", "month": "month", "year": "year", "quarter": "quarter",
                       "decade": "decade", "century": "century", "weekend": "week"}


def some_day(m: re.Match, ctx: Context) -> Norm | None:
    """'could one day be capable of reaching the US mainland', 'will someday be reunited': a day
    ahead not yet known, FUTURE_REF, as TimeBank annotates 'Islam will one day be'. Only where
    a modal or an infinitive looks ahead (`time_filters`); else 'one day' is a length."""
    return Norm("DATE", "FUTURE_REF", ctx.dct, None)


def relative_period(m: re.Match, ctx: Context) -> Norm | None:
    """'last week' (2024-W50), 'this month', 'next year', 'earlier this year', 'the weekend'."""
    unit = m["unit"].lower()
    offset = int(lookup("relative", m["rel"]) or 0)
    granularity = _PERIOD_GRANULARITY[unit]
    if ctx.dct is None:
        return Norm("DATE", {"week": "XXXX-WXX", "month": "XXXX-XX"}.get(granularity, "XXXX"))
    if unit == "weekend":
        return _weekend(ctx, offset)
    letter = {"week": "W", "month": "M", "year": "Y", "quarter": "Q", "decade": "DE",
              "century": "CE"}[unit]
    point = period_point(shift(ctx.dct, offset, letter), granularity)
    position = (m["pos"] or "").lower()
    if offset == 0 and position in {"earlier", "later"}:
        first, last = interval(point)
        bounds = (first, ctx.dct) if position == "earlier" else (ctx.dct, last)
        return Norm("DATE", value(point), *bounds)
    return positioned(point, m["pos"])


def _weekend(ctx: Context, offset: int) -> Norm:
    if offset < 0 or (offset == 0 and ctx.direction < 0):
        saturday = weekday_near(ctx.dct - timedelta(days=1), 6, -1)
    elif offset > 0:
        saturday = weekday_near(ctx.dct + timedelta(days=1), 6, 1)
    else:
        saturday = weekday_near(ctx.dct, 6, 1) if ctx.dct.isoweekday() < 6 else \
            weekday_near(ctx.dct, 6, -1)
    return Norm("DATE", f"{value(Point(saturday, 'week'))}-WE", saturday,
                saturday + timedelta(days=1))


def ago(m: re.Match, ctx: Context) -> Norm | None:
    """'just over a week ago' (2024-W50, MORE_THAN), 'two years later' (from the last date)."""
    if m["unit2"]:  # 'months ago': a length of unknown count, as TimeBank annotates it
        unknown = length(None, unit_letter(m["unit2"])[0])
        if m["dir2"].lower() != "ago":  # 'Days later', as 'A few days later' (PXD)
            return Norm("DURATION", unknown)
        return Norm("DURATION", unknown, None, ctx.dct)
    letter, days = unit_letter(m["unit"])
    amount = amount_of(m["num"])
    mod = lookup("hedge", m["hedge"]) if m["hedge"] else None
    direction = 1 if m["dir"].lower() in {"later", "hence", "from now", "after"} else -1
    anchor = ctx.reference if m["dir"].lower() in {"earlier", "later"} and ctx.reference \
        else ctx.dct
    if m["dir"].lower() == "later" and not ctx.reference:
        # 'later' counts from a time the story told, never from publication, in any tense:
        # 'his 2009 Cairo speech … But four years later, he faces' is 2013, not 2017
        told = _told_past(ctx, letter)
        if told is None:  # 'was lifted three years later': nothing named to count from, and a
            return Norm("DURATION", length(amount, letter), mod=mod)  # told event is not ahead
        anchor = told
    elif _years_before_a_told_year(m, ctx, letter, amount):
        # 'killed in 2011 after renouncing nuclear weapons eight years earlier' is 2003, not
        # eight years before publication
        anchor = date(ctx.year, 1, 1)
    narrative = m["dir"].lower() in {"earlier", "later"} and letter in _NARRATIVE_LENGTH_UNITS
    if anchor is None:
        return Norm("DURATION", length(amount, letter), mod=mod) if narrative \
            else Norm("DATE", "XXXX-XX-XX", mod=mod)
    if ctx.focus is not None and letter == "Y" and direction < 0 and amount is not None \
            and float(amount).is_integer() and not mod:  # '$1.4 billion a year earlier': 1988-Q3
        return point_norm(Point(shift(ctx.focus, -int(amount), "Y"), "quarter"))
    if amount is None:  # 'several years ago'
        norm = _open_reference(direction, anchor, mod)
    else:
        try:
            norm = _ago_at(ctx, anchor, amount, letter, days, direction, mod)
        except (OverflowError, ValueError):  # '10,000 years ago': before the calendar's year 1
            norm = _open_reference(direction, anchor, mod)
    if narrative:
        return _length_before_signal(norm, amount, letter)
    return norm


# 'Three days later', 'A few days later', 'an hour later', 'A day earlier': TimeBank annotates
# the length (P3D, PXD, PT1H, P1D; 4 of 4 on dev, and 'N days before/after' alike), 'later' being
# a signal relating it to another event. Years and quarters stay dates: 'a year earlier' in a
# results story is the period compared with (dev: mostly DATE 1988, 1988-Q3).
_NARRATIVE_LENGTH_UNITS = {"S", "MIN", "H", "D", "W", "W2", "M"}


def _length_before_signal(norm: Norm, amount: float | None, letter: str) -> Norm:
    """The length, keeping the date it lands on (its value and interval) for events."""
    return Norm("DURATION", length(amount, letter), norm.earliest, norm.latest, norm.mod,
                lands_on=norm.value)


# 'a year earlier' stays a year before publication: results stories compare with it after
# naming other years (dev: 'For the nine months, … a year earlier' = 1988 in a 1989 story)
_MIN_YEARS_BEFORE_TOLD = 2


def _years_before_a_told_year(m: re.Match, ctx: Context, letter: str, amount: float | None) -> bool:
    """'N years earlier' in a past clause with no full date named before it counts from the year
    the story last named; in a present one it counts from now ('likely to win less support than
    Bush's rallying cry against Iraq 15 years earlier'); a results story's 'a year earlier'
    compares with its quarter (`ctx.focus`) instead."""
    return m["dir"].lower() == "earlier" and not ctx.reference and ctx.year is not None \
        and ctx.direction < 0 and ctx.focus is None and letter in {"Y", "DE", "CE"} \
        and amount is not None and amount >= _MIN_YEARS_BEFORE_TOLD


def _told_past(ctx: Context, letter: str) -> date | None:
    """What 'two years later' counts from where the story names no full date: for years the
    year of the last date it named ('founded in 1995 and went public two years later' → 1997),
    else the day it last named; never the publication date (a told event is not ahead)."""
    if letter in {"Y", "DE", "CE"} and ctx.year is not None:
        # the year of the last date named, also a day's ('landed today … his 2009 Cairo speech …
        # four years later' is 2013: the 2009 came last)
        return date(ctx.year, 1, 1)
    return ctx.day


def _open_reference(direction: int, anchor: date, mod: str | None) -> Norm:
    ref = "PAST_REF" if direction < 0 else "FUTURE_REF"
    return Norm("DATE", ref, *((None, anchor) if direction < 0 else (anchor, None)), mod)


_WHOLE_IN = {"DE": (10, "Y"), "CE": (100, "Y"), "Y": (12, "M"), "W": (7, "D")}


def _ago_at(ctx: Context, anchor: date, amount: float, letter: str, days: float, direction: int,
            mod: str | None) -> Norm:
    offset_days = amount * days
    if letter in _WHOLE_IN and not float(amount).is_integer() \
            and float(amount * _WHOLE_IN[letter][0]).is_integer():
        # 'three and a half decades' = 35 years, 'two and a half years' = 30 months
        amount, letter = amount * _WHOLE_IN[letter][0], _WHOLE_IN[letter][1]
    if letter in {"H", "MIN", "S"} or not float(amount).is_integer():
        base = anchor + timedelta(days=direction * round(offset_days))
        letter = "D" if letter not in {"H", "MIN", "S"} or offset_days >= 1 else letter
    else:
        base = shift(anchor, direction * int(amount), {"W2": "W"}.get(letter, letter))
        if letter == "W2":
            base = shift(anchor, direction * int(amount) * 2, "W")
    granularity = UNIT_GRANULARITY.get({"W2": "W", "DE": "Y", "CE": "Y"}.get(letter, letter), "day")
    point = period_point(base, granularity)
    slack = 0 if offset_days < 7 else max(1, round(offset_days * 0.1))
    before, after = APPROX_SLACK.get(mod, (1, 1))  # in slacks of ~10% of the distance
    if direction > 0:
        before, after = after, before
    first = base - timedelta(days=before * slack)
    last = base + timedelta(days=after * slack)
    if direction < 0 and anchor == ctx.dct:
        last = min(last, anchor)
    return Norm("DATE", value(point), first, last, mod)



def anaphoric(m: re.Match, ctx: Context) -> Norm | None:
    """'later that year', 'earlier that day', 'that same day', 'the next morning': the day or
    year the text last named (or the day after it); nothing when the text named none.
    'earlier in the week' is in the week of the day last named, else the publication date's;
    'earlier in the year' in the publication year (dev: 'earlier in the day' is annotated
    once in three, so it is left out)."""
    if m["unit4"]:  # the week or month of the day last named (as 'the week'), the year's
        unit = m["unit4"].lower()
        anchor = ctx.dct if unit == "year" else ctx.day or ctx.dct
        return point_norm(period_point(anchor, unit)) if anchor else None
    unit = (m["unit"] or m["unit2"] or m["unit3"]).lower()
    if unit == "year":
        return point_norm(Point(date(ctx.year, 1, 1), "year")) if ctx.year else None
    if unit == "month":
        return point_norm(period_point(ctx.month, "month")) if ctx.month else None
    if ctx.day is None:
        return None
    if unit == "week":
        return point_norm(period_point(ctx.day, "week"))
    return point_norm(Point(ctx.day + timedelta(days=1 if m["next"] else 0)))


def the_week(m: re.Match, ctx: Context) -> Norm | None:
    """'for the week', 'the week's most active session': the week of the day the text last
    named, else of the publication date."""
    anchor = ctx.day or ctx.dct
    if anchor is None:
        return Norm("DATE", "XXXX-WXX")
    return point_norm(Point(anchor, "week"))


def year_end(m: re.Match, ctx: Context) -> Norm | None:
    """'by year-end' (the publication year's last day), 'since year-end' (last year's): news
    names the coming year-end unless it counts from one."""
    if ctx.dct is None:
        return Norm("DATE", "XXXX-12-31")
    day = date(ctx.dct.year - int(bool(m["since"])), 12, 31)
    return point_norm(Point(day))


def clock(m: re.Match, ctx: Context) -> Norm | None:
    hour, minute = int(m["hour"] or m["hour2"]), int(m["min"] or m["min2"] or 0)
    ampm = (m["ampm"] or "").lower().replace(".", "")
    if ampm == "pm" and hour < 12:
        hour += 12
    elif ampm == "am" and hour == 12:
        hour = 0
    if hour > 24 or minute > 59:
        return None
    if m["month"] and capitalised(m["month"]):
        day_norm = full_date(m, ctx)
        day_text = day_norm.value if day_norm else "XXXX-XX-XX"
    else:
        day_text = _day_of_time(m, ctx)
    return _time_on(day_text, f"{hour:02d}:{minute:02d}")


def _day_of_time(m: re.Match, ctx: Context) -> str:
    """The day a clock time falls on, as a TIMEX3 value: the weekday named with it, else the
    day the text last named, else the publication day."""
    if m["weekday"] and capitalised(m["weekday"]):
        day_norm = weekday(m, ctx)
        return day_norm.value if day_norm else "XXXX-XX-XX"
    anchor = ctx.day or ctx.dct
    return anchor.isoformat() if anchor else "XXXX-XX-XX"


def _time_on(day_text: str, clock: str) -> Norm:
    day = date.fromisoformat(day_text) if day_text[0].isdigit() else None
    return Norm("TIME", f"{day_text}T{clock}", day, day)


def part_of_day(m: re.Match, ctx: Context) -> Norm | None:
    """'mid-afternoon', 'in the morning', 'mid-afternoon yesterday', '4 in the morning'
    (T04:00): on the day named with it, else the day the text last named, else the
    publication day."""
    pod = lookup("part_of_day", m["pod"])
    if m["weekday"] and capitalised(m["weekday"]):
        day_norm = weekday(m, ctx)
        day = date.fromisoformat(day_norm.value[:10]) if day_norm and day_norm.value[0].isdigit() \
            else None
    elif m["deictic"]:
        offset = lookup("deictic_day", m["deictic"])
        day = ctx.dct + timedelta(days=int(offset)) if ctx.dct else None
    else:
        day = ctx.day or ctx.dct
    day_text = day.isoformat() if day else "XXXX-XX-XX"
    if m["hour"]:
        hour = int(m["hour"]) % 12 + (12 if pod in {"AF", "EV"} or (pod == "NI" and
                                                                   int(m["hour"]) >= 6) else 0)
        return Norm("TIME", f"{day_text}T{hour:02d}:00", day, day)
    return Norm("TIME", f"{day_text}T{pod}", day, day)


def clock24(m: re.Match, ctx: Context) -> Norm | None:
    """A 24-hour time with its zone, as live blogs and wire copy write it: 'Update: 1041 BST',
    '(0735 GMT)' — on the publication day, or the weekday named after it."""
    hour, minute = int(m["hour"]), int(m["min"])
    day_text = "XXXX-XX-XX"
    if m["weekday"] and capitalised(m["weekday"]):
        day_norm = weekday(m, ctx)
        day_text = day_norm.value[:10] if day_norm else day_text
    elif ctx.dct is not None:
        day_text = ctx.dct.isoformat()
    day = date.fromisoformat(day_text) if day_text[0].isdigit() else None
    return Norm("TIME", f"{day_text}T{hour:02d}:{minute:02d}", day, day)


def noon(m: re.Match, ctx: Context) -> Norm | None:
    hour = 24 if m["word"].lower() == "midnight" else 12
    return _time_on(_day_of_time(m, ctx), f"{hour:02d}:00")



RULES: tuple[Rule, ...] = (
    rule("weekday", rf"(?:(?P<pos>early|late)\s+)?(?:(?P<rel>last|this|next|coming|the\s+previous"
                     r"|the\s+following)\s+)?"
                     rf"(?P<weekday>{WEEKDAY_FULL})(?:\s+(?P<pod>{POD}))?", weekday),
    rule("deictic_day", W.alternation("deictic_day"), deictic_day),
    rule("reference", W.alternation("reference"), reference),
    rule("some_day", r"(?:one|some)\s+day|someday", some_day, gate=r"(?:day|someday)"),
    rule("relative_period", rf"(?:(?P<pos>{POS}|earlier|later)[\s-]+)?(?P<rel>{REL})\s+"
                             r"(?:fiscal\s+)?(?P<unit>week|weekend|month|year|quarter|decade|century)",
          relative_period),
    rule("period_part", r"(?P<pos>the\s+(?:beginning|start|middle|end|close)\s+of)\s+the\s+"
                         r"(?P<unit>week|month|year|quarter|decade)(?P<rel>)", relative_period,
         gate=r"(?:beginning|start|middle|end|close)"),
    rule("the_weekend", r"the\s+(?P<unit>weekend)(?P<rel>)(?P<pos>)", relative_period),
    rule("ago", rf"(?:(?P<hedge>{HEDGE})\s+)?(?P<num>{NUM}(?:\s+and\s+a\s+half)?|{VAGUE})"
                 rf"\s+(?:and\s+a\s+half\s+)?(?P<unit>{UNIT})(?:\s+or\s+so)?\s+"
                 r"(?P<dir>ago|earlier|later|hence|from\s+now|back)"
                 # 'just weeks ago', 'months ago': an unknown count, a past reference; 'Days
                 # later', 'months earlier': an unknown length
                 r"|(?P<unit2>(?:minute|hour|day|week|month|year|decade)s|centuries)\s+"
                 r"(?P<dir2>ago|later|earlier)",
         ago,
         gate=r"(?:ago|earlier|later|hence|now|back)"),
    rule("anaphoric", r"(?:(?:earlier|later)\s+that|(?:that|the)\s+(?:same|very))\s+(?P<unit>day|week|month|year)"
                       r"|that\s+(?P<unit2>year)|(?:earlier|later)\s+in\s+the\s+(?P<unit4>week|month|year)"
                       r"|the\s+(?P<next>next|following)\s+(?P<unit3>morning|day)", anaphoric,
         gate="(?:that|next|following|earlier|later|same)"),
    rule("the_week", r"the\s+week(?!\s+(?:of|following|after|before|ending|ended|earlier|later|ago))",
         the_week, gate="week"),
    rule("year_end", r"(?:(?P<since>since)\s+)?(?P<span>(?:the\s+)?(?:year|fiscal)(?:[\s-]|['’]s\s+)end)",
         year_end, gate="end"),
    rule("clock", r"(?:(?P<hour>[012]?\d)(?:[:.](?P<min>[0-5]\d))?\s*(?P<ampm>[ap]\.m\.|[ap]m)"
                   r"|(?P<hour2>[012]?\d):(?P<min2>[0-5]\d)(?!:\d))"
                   # a zone is upper case ('EST', 'ET'): the rules ignore case, and '4 p.m. but' has none
                   rf"(?:\s+(?:GMT|UTC|local\s+time|(?-i:[A-Z]{{1,2}}T)))?(?:,?\s+(?:on\s+)?(?:(?P<weekday>{WEEKDAY_FULL})"
                   rf"|(?P<month>{MONTH})\s+(?P<day>[0-3]?\d)(?:,?\s+(?P<year>\d{{4}}))?))?"
                   r"(?P<rel>)(?P<pod>)(?P<pos>)(?P<wday>)", clock),
    rule("part_of_day", r"(?:(?P<hour>1[0-2]|0?[1-9])\s+in\s+the\s+|(?<=\bin\s)the\s+|(?<=\bduring\s)the\s+"
                         r"|(?<=\binto\s)the\s+|(?:the\s+)?(?:early|late)[\s-]+|mid[\s-]?)"
                         r"(?P<pod>morning|afternoon|evening)(?:\s+hours)?"
                         rf"(?:,?\s+(?:on\s+)?(?:(?P<deictic>yesterday|today)|(?P<weekday>{WEEKDAY_FULL})))?"
                         r"(?P<rel>)(?P<pos>)", part_of_day, gate=r"(?:morning|afternoon|evening)"),
    rule("clock24", rf"(?P<hour>[01]\d|2[0-3])(?P<min>[0-5]\d)\s*(?:{ZONE})"
                     rf"(?:,?\s+(?:on\s+)?(?P<weekday>{WEEKDAY_FULL}))?(?P<rel>)(?P<pod>)(?P<pos>)",
         clock24, gate=ZONE),
    rule("noon", rf"(?P<word>noon|midday|midnight)(?:,?\s+(?:on\s+)?(?P<weekday>{WEEKDAY_FULL}))?"
                  r"(?P<rel>)(?P<pod>)(?P<pos>)", noon),
)
