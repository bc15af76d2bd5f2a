"""The time grammar: each rule is a regular expression over the text (built from the time words)
with a normaliser that turns its match into a TIMEX3 type, value, date interval and modifier.

Rules only read the text and a `Context` (publication date, the tense of the clause, the last
explicit date); the stage (`times.py`) finds the matches, checks them against the parse (a modal
'May', a 'Sunday' inside a newspaper's name, '2000 troops') and keeps the longest.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date, timedelta

from sitrep.extract.time_lexicon import number_pattern, time_words
from sitrep.extract.time_values import (
    UNIT_GRANULARITY, Point, duration_value, interval, month_near, period_point, season_of,
    season_point, shift, value, weekday_near,
)


@dataclass(frozen=True)
class Norm:
    type: str  # DATE | TIME | DURATION | SET
    value: str | None
    earliest: date | None = None
    latest: date | None = None
    mod: str | None = None


@dataclass(frozen=True)
class Context:
    dct: date | None  # publication date: the anchor of deictic expressions
    direction: int = -1  # tense of the clause: -1 past, 0 present, +1 future
    reference: date | None = None  # the last explicit date in the text ('two days later')


@dataclass(frozen=True)
class Rule:
    name: str
    pattern: re.Pattern
    normalise: Callable[[re.Match, Context], Norm | None]


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
POD = "(?:morning|afternoon|evening|night)"
POS = r"(?:early|mid|late|the\s+(?:beginning|start|middle|end|close)\s+of)"
REL = r"(?:last|this|next|past|previous|coming|current)"
B, E = r"(?<![\w$£€#])", r"(?![\w])"
_APPROX_SLACK = {"MORE_THAN": (3, 0), "EQUAL_OR_MORE": (3, 0), "LESS_THAN": (0, 3),
                 "EQUAL_OR_LESS": (0, 3), "APPROX": (2, 2), None: (1, 1)}


def lookup(kind: str, word: str) -> str | None:
    table, key = W[kind], " ".join(word.lower().split())
    return table.get(key) or table.get(key + ".") or table.get(key.rstrip("."))


def capitalised(word: str | None) -> bool:
    return bool(word) and word[0].isupper()


def _unit(word: str) -> tuple[str, float]:
    word = word.lower()
    singular = "century" if word.startswith("centur") else word.rstrip("s")
    letter, days = W["unit"][singular].split(":")
    return letter, float(days)


def _amount(text: str | None) -> float | None:
    if not text:
        return 1.0
    amount = W.number(text)
    if amount is not None and re.search(r"and\s+a\s+half", text):
        amount += 0.5
    return amount


def _point(point: Point, kind: str = "DATE", mod: str | None = None) -> Norm:
    first, last = interval(point)
    return Norm(kind, value(point), first, last, mod)


def _part(first: date, last: date, position: str | None) -> tuple[date, date, str | None]:
    """'early 2011', 'mid-December', 'late last July': a third of the period, with its mod."""
    if not position:
        return first, last, None
    mod = lookup("position", position.split()[-2] if position.startswith("the") else position)
    months = (last.year - first.year) * 12 + last.month - first.month + 1
    if months >= 3:  # whole months: 'early 2011' is January to April
        third = months // 3
        edges = {"START": (first, _month_last(shift(first, third - 1, "M"))),
                 "END": (shift(first, months - third, "M"), last),
                 "MID": (shift(first, third, "M"), _month_last(shift(first, months - third - 1, "M")))}
        return (*edges.get(mod, (first, last)), mod)
    third = (last - first).days // 3
    if mod == "START":
        return first, first + timedelta(days=third), mod
    if mod == "END":
        return last - timedelta(days=third), last, mod
    return first + timedelta(days=third), last - timedelta(days=third), mod


def _month_last(day: date) -> date:
    return interval(Point(day, "month"))[1]


def _with_position(point: Point, position: str | None, kind: str = "DATE") -> Norm:
    first, last, mod = _part(*interval(point), position)
    return Norm(kind, value(point), first, last, mod)


# --- explicit calendar dates ---------------------------------------------------------------


def _year_of(ctx: Context, month: int, day: int) -> int | None:
    """A date written without its year: the one tense points to, else the nearest."""
    if ctx.dct is None:
        return None
    options = []
    for year in (ctx.dct.year - 1, ctx.dct.year, ctx.dct.year + 1):
        try:
            options.append(date(year, month, day))
        except ValueError:
            continue
    if ctx.direction < 0:
        past = [d for d in options if d <= ctx.dct]
        return past[-1].year if past else None
    if ctx.direction > 0:
        future = [d for d in options if d >= ctx.dct]
        return future[0].year if future else None
    return min(options, key=lambda d: abs((d - ctx.dct).days)).year if options else None


def full_date(m: re.Match, ctx: Context) -> Norm | None:
    if not capitalised(m["month"]):
        return None
    month, day = int(lookup("month", m["month"])), int(m["day"])
    year = int(m["year"]) if m["year"] else _year_of(ctx, month, day)
    if not m["year"] and m["wday"] and ctx.dct is not None:  # 'Monday, Oct. 26': the year it was one
        number = int(lookup("weekday", m["wday"]))
        fits = [y for y in (ctx.dct.year, ctx.dct.year - 1, ctx.dct.year + 1)
                if _is_date(y, month, day) and date(y, month, day).isoweekday() == number]
        year = fits[0] if fits else year
    if year is None:
        return Norm("DATE", f"XXXX-{month:02d}-{day:02d}") if 1 <= day <= 31 else None
    try:
        return _point(Point(date(year, month, day)))
    except ValueError:
        return None


def _is_date(year_: int, month: int, day: int) -> bool:
    try:
        date(year_, month, day)
    except ValueError:
        return False
    return True


def numeric_date(m: re.Match, ctx: Context) -> Norm | None:
    year = int(m["year"])
    year += 2000 if year < 50 else 1900 if year < 100 else 0
    try:
        return _point(Point(date(year, int(m["month"]), int(m["day"]))))
    except ValueError:
        return None


def month_year(m: re.Match, ctx: Context) -> Norm | None:
    if not capitalised(m["month"]):
        return None
    start = date(int(m["year"]), int(lookup("month", m["month"])), 1)
    return _with_position(Point(start, "month"), m["pos"])


def month_alone(m: re.Match, ctx: Context) -> Norm | None:
    if not capitalised(m["month"]):
        return None
    month = int(lookup("month", m["month"]))
    if ctx.dct is None:
        return Norm("DATE", f"XXXX-{month:02d}")
    rel = (m["rel"] or "").lower()
    if rel in {"last", "past", "previous"}:  # the last one before this month
        start = month_near(ctx.dct.replace(day=1) - timedelta(days=1), month, -1)
    elif rel in {"next", "coming"}:
        start = month_near(shift(ctx.dct.replace(day=1), 1, "M"), month, 1)
    else:
        start = _nearest_month(ctx.dct, month) if not rel and ctx.direction == 0 \
            else month_near(ctx.dct, month, ctx.direction if not rel else 0)
    return _with_position(Point(start, "month"), m["pos"])


def _nearest_month(anchor: date, month: int) -> date:
    """The closest such month, leaning to the past (news mostly reports what happened)."""
    options = [date(anchor.year + k, month, 1) for k in (-1, 0, 1)]
    return min(options, key=lambda d: (d - anchor.replace(day=1)).days * (-1 if d <= anchor else 1.5))


def spoken_year(m: re.Match, ctx: Context) -> Norm | None:
    """'nineteen ninety-six' (broadcast transcripts)."""
    century = 1900 if m["century"].lower() == "nineteen" else 2000
    rest = W.number(m["rest"])
    if rest is None or not 10 <= rest <= 99:
        return None
    return _point(Point(date(century + int(rest), 1, 1), "year"))


def the_quarter(m: re.Match, ctx: Context) -> Norm | None:
    """'the quarter', 'the latest quarter' in a results story: the last quarter completed."""
    if ctx.dct is None:
        return Norm("DATE", "XXXX-QX")
    current = period_point(ctx.dct, "quarter")
    which = (m["which"] or "").lower()
    if which == "current" or (ctx.direction > 0 and which not in {"latest", "most recent", "recent"}):
        return _point(current)
    return _point(period_point(shift(current.day, -1, "Q"), "quarter"))


def thanksgiving(m: re.Match, ctx: Context) -> Norm | None:
    """US Thanksgiving: the fourth Thursday of November."""
    if ctx.dct is None:
        return Norm("DATE", "XXXX-11-XX")
    year_ = ctx.dct.year - int(bool(m["last"])) if ctx.direction <= 0 or m["last"] else ctx.dct.year
    first = date(year_, 11, 1)
    day = first + timedelta(days=(3 - first.weekday()) % 7 + 21)
    if not m["last"] and ctx.direction < 0 and day > ctx.dct:
        return thanksgiving_in(year_ - 1)
    return _point(Point(day))


def thanksgiving_in(year_: int) -> Norm:
    first = date(year_, 11, 1)
    return _point(Point(first + timedelta(days=(3 - first.weekday()) % 7 + 21)))


def year(m: re.Match, ctx: Context) -> Norm | None:
    number = int(m["year"])
    if not 1000 <= number <= 2099:
        return None
    return _with_position(Point(date(number, 1, 1), "year"), m["pos"])


def decade(m: re.Match, ctx: Context) -> Norm | None:
    if m["short"]:
        start = (1900 if int(m["short"]) >= 30 else 2000) + int(m["short"])
    else:
        start = int(m["year"])
    return _with_position(Point(date(start, 1, 1), "decade"), m["pos"])


def century(m: re.Match, ctx: Context) -> Norm | None:
    text = m["ord"].lower()
    number = int(re.sub(r"\D", "", text)) if text[0].isdigit() else int(lookup("ordinal", text) or 0)
    if not 1 <= number <= 21:
        return None
    return _with_position(Point(date((number - 1) * 100 or 1, 1, 1), "century"), m["pos"])


def quarter(m: re.Match, ctx: Context) -> Norm | None:
    half = m["part"].lower() == "half"
    ordinal = int(lookup("ordinal", m["ord"].lower()) or re.sub(r"\D", "", m["ord"]) or 0)
    count = 2 if half else 4
    ordinal = count if ordinal == -1 else ordinal
    if not 1 <= ordinal <= count:
        return None
    month = (ordinal - 1) * (6 if half else 3) + 1
    granularity = "half" if half else "quarter"
    if m["year"]:
        return _point(Point(date(int(m["year"]), month, 1), granularity))
    if ctx.dct is None:
        return Norm("DATE", f"XXXX-{'H' if half else 'Q'}{ordinal}")
    year_ = ctx.dct.year + {"last": -1, "next": 1}.get((m["rel2"] or "").lower(), 0)
    start = date(year_, month, 1)
    if not m["rel2"] and ctx.direction < 0 and start > ctx.dct:
        start = start.replace(year=year_ - 1)
    return _point(Point(start, granularity))


def season(m: re.Match, ctx: Context) -> Norm | None:
    name = lookup("season", m["season"])
    written = m["season"].lower()
    if written == "fall" and not (m["rel"] or m["year"] or m["the"]):
        return None  # 'fall' is a verb unless a determiner or a year makes it the season
    if m["year"]:
        return _with_position(season_point(int(m["year"]), name), m["pos"])
    if ctx.dct is None:
        return Norm("DATE", f"XXXX-{name}")
    this_year, this_season = season_of(ctx.dct)
    offset = {"last": -1, "past": -1, "previous": -1, "next": 1, "coming": 1}.get(
        (m["rel"] or "").lower(), 0)
    year_ = this_year + offset
    order = ["SP", "SU", "FA", "WI"]
    if offset == 0 and not m["rel"]:
        ahead = order.index(name) > order.index(this_season)
        year_ -= int(ahead and ctx.direction < 0)
        year_ += int(not ahead and name != this_season and ctx.direction > 0)
    elif offset == -1 and order.index(name) < order.index(this_season):
        year_ += 1  # 'last summer' in December: this year's
    elif offset == 1 and order.index(name) > order.index(this_season):
        year_ -= 1  # 'next spring' in... spring comes later this year only when ahead
    return _with_position(season_point(year_, name), m["pos"])


def holiday(m: re.Match, ctx: Context) -> Norm | None:
    month, day = (int(x) for x in lookup("holiday", m[0]).split("-"))
    year_ = _year_of(ctx, month, day)
    if year_ is None:
        return Norm("DATE", f"XXXX-{month:02d}-{day:02d}")
    return _point(Point(date(year_, month, day)))


# --- relative to the publication date ------------------------------------------------------


def weekday(m: re.Match, ctx: Context) -> Norm | None:
    if not capitalised(m["weekday"]):
        return None
    number = int(lookup("weekday", m["weekday"]))
    pod = lookup("part_of_day", m["pod"]) if m["pod"] else None
    if ctx.dct is None:
        return Norm("TIME" if pod else "DATE", f"XXXX-WXX-{number}" + (f"T{pod}" if pod else ""))
    rel = (m["rel"] or "").lower()
    if rel == "last":
        day = weekday_near(ctx.dct - timedelta(days=1), number, -1)
    elif rel in {"next", "coming"}:
        day = weekday_near(ctx.dct + timedelta(days=1), number, 1)
    elif ctx.direction == 0:  # the nearest, leaning to the past
        before, after = weekday_near(ctx.dct, number, -1), weekday_near(ctx.dct, number, 1)
        day = before if (ctx.dct - before).days <= 2 * (after - ctx.dct).days else after
    else:
        day = weekday_near(ctx.dct, number, -1 if ctx.direction < 0 else 1)
    if pod:
        return Norm("TIME", f"{day.isoformat()}T{pod}", day, day)
    first, last, mod = _part(day, day, m["pos"])
    return Norm("DATE", day.isoformat(), first, last, mod)


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
    return _with_position(point, m["pos"])


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
    letter, days = _unit(m["unit"])
    amount = _amount(m["num"])
    mod = lookup("hedge", m["hedge"]) if m["hedge"] else None
    direction = 1 if m["dir"].lower() in {"later", "hence", "from now", "after"} else -1
    anchor = ctx.reference if m["dir"].lower() in {"earlier", "later"} and ctx.reference \
        else ctx.dct
    if anchor is None:
        return Norm("DATE", "XXXX-XX-XX", mod=mod)
    if amount is None:  # 'several years ago'
        ref = "PAST_REF" if direction < 0 else "FUTURE_REF"
        return Norm("DATE", ref, *((None, anchor) if direction < 0 else (anchor, None)), mod)
    offset_days = amount * days
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
    before, after = _APPROX_SLACK.get(mod, (1, 1))  # in slacks of ~10% of the distance
    if direction > 0:
        before, after = after, before
    first = base - timedelta(days=before * slack)
    last = base + timedelta(days=after * slack)
    if direction < 0 and anchor == ctx.dct:
        last = min(last, anchor)
    return Norm("DATE", value(point), first, last, mod)


_VAGUE_AMOUNT = {"few": 3, "a few": 3, "several": 5, "some": 3, "many": 10, "multiple": 3,
                 "various": 3, "a number of": 5}


def past_span(m: re.Match, ctx: Context) -> Norm | None:
    """'the past two days' (P2D, [2024-12-14, 2024-12-16]), 'the next few months'."""
    letter, days = _unit(m["unit"])
    amount = _amount(m["num"]) if m["num"] else 1.0
    rel = m["rel"].lower()
    norm_value = duration_value(amount, letter)
    if ctx.dct is None or rel not in {"past", "last", "previous", "next", "coming"}:
        return Norm("DURATION", norm_value)
    assumed = amount if amount is not None else _VAGUE_AMOUNT.get(m["num"].lower(), 3)
    span = timedelta(days=round(assumed * days))
    if rel in {"next", "coming"}:
        return Norm("DURATION", norm_value, ctx.dct, ctx.dct + span)
    return Norm("DURATION", norm_value, ctx.dct - span, ctx.dct)


def duration(m: re.Match, ctx: Context) -> Norm | None:
    """'a 49-year lease' (P49Y), '12-day offensive', 'almost seven years'; never an age."""
    if m["old"]:
        return None
    letter, _ = _unit(m["unit"])
    if letter == "DE":
        letter, scale = "Y", 10
    elif letter == "CE":
        letter, scale = "Y", 100
    else:
        scale = 1
    amount = _amount(m["num"])
    amount = amount * scale if amount is not None else None
    if amount is not None and amount > 100000:
        return None
    mod = lookup("hedge", m["hedge"]) if m["hedge"] else None
    return Norm("DURATION", duration_value(amount, letter), mod=mod)


def bare_units(m: re.Match, ctx: Context) -> Norm | None:
    if m["recent"]:  # TimeBank: 'in recent years' is a past reference, not a length
        return Norm("DATE", "PAST_REF", None, ctx.dct)
    letter, _ = _unit(m["unit"])
    letter = {"DE": "Y", "CE": "Y"}.get(letter, letter)
    return Norm("DURATION", duration_value(None, letter))


def frequency(m: re.Match, ctx: Context) -> Norm | None:
    return Norm("SET", lookup("frequency", m[0]))


def every(m: re.Match, ctx: Context) -> Norm | None:
    """'every week' (P1W), 'each Monday' (XXXX-WXX-1), 'twice a year' (P1Y), 'every morning'."""
    word = m["what"].lower()
    if lookup("weekday", word.rstrip("s")) and capitalised(m["what"]):
        return Norm("SET", f"XXXX-WXX-{lookup('weekday', word.rstrip('s'))}")
    if lookup("month", word) and capitalised(m["what"]):
        return Norm("SET", f"XXXX-{int(lookup('month', word)):02d}")
    if lookup("season", word):
        return Norm("SET", f"XXXX-{lookup('season', word)}")
    if word in {"morning", "afternoon", "evening", "night"}:
        return Norm("SET", f"XXXX-XX-XXT{lookup('part_of_day', word)}")
    letter, _ = _unit(word)
    amount = _amount(m["num"]) if m["num"] else 1.0
    if letter in {"DE", "CE"}:
        letter, amount = "Y", (amount or 1) * (10 if letter == "DE" else 100)
    return Norm("SET", duration_value(amount, letter))


def plural_weekday(m: re.Match, ctx: Context) -> Norm | None:
    if not capitalised(m["weekday"]):
        return None
    return Norm("SET", f"XXXX-WXX-{lookup('weekday', m['weekday'])}")


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
    elif m["weekday"] and capitalised(m["weekday"]):
        day_norm = weekday(m, ctx)
        day_text = day_norm.value if day_norm else "XXXX-XX-XX"
    else:
        day_text = ctx.dct.isoformat() if ctx.dct else "XXXX-XX-XX"
    day = date.fromisoformat(day_text) if day_text[0].isdigit() else None
    return Norm("TIME", f"{day_text}T{hour:02d}:{minute:02d}", day, day)


def noon(m: re.Match, ctx: Context) -> Norm | None:
    hour = 12 if m["word"].lower() == "noon" else 24
    if m["weekday"] and capitalised(m["weekday"]):
        day_norm = weekday(m, ctx)
        day_text = day_norm.value if day_norm else "XXXX-XX-XX"
    else:
        day_text = ctx.dct.isoformat() if ctx.dct else "XXXX-XX-XX"
    day = date.fromisoformat(day_text) if day_text[0].isdigit() else None
    return Norm("TIME", f"{day_text}T{hour:02d}:00", day, day)


def _rule(name: str, pattern: str, normalise) -> Rule:
    return Rule(name, re.compile(B + pattern + E, re.IGNORECASE), normalise)


_DAYNUM = r"(?P<day>[0-3]?\d)(?:st|nd|rd|th)?"
_OPT_WEEKDAY = rf"(?:(?P<wday>{WEEKDAY}),?\s+)?"

RULES: tuple[Rule, ...] = (
    _rule("full_date", rf"{_OPT_WEEKDAY}(?P<month>{MONTH})\s+{_DAYNUM}(?:,?\s+(?P<year>\d{{4}}))?",
          full_date),
    _rule("full_date_dmy", rf"{_OPT_WEEKDAY}(?:the\s+)?{_DAYNUM}\s+(?:of\s+)?(?P<month>{MONTH}),?"
                           rf"(?:\s+(?P<year>\d{{4}}))?", full_date),
    _rule("iso_date", r"(?P<year>\d{4})-(?P<month>[01]\d)-(?P<day>[0-3]\d)(?!-)", numeric_date),
    _rule("us_date", r"(?P<month>[01]?\d)/(?P<day>[0-3]?\d)/(?P<year>\d{4}|\d{2})(?![/\d])",
          numeric_date),
    _rule("month_year", rf"(?:(?P<pos>{POS})[\s-]+)?(?P<month>{MONTH}),?\s+(?:of\s+)?"
                        rf"(?P<year>\d{{4}})", month_year),
    _rule("month", rf"(?:(?P<pos>{POS})[\s-]+)?(?:(?P<rel>last|this|next|past|coming)\s+)?"
                   rf"(?P<month>{MONTH_FULL}|Sept\.)", month_alone),
    _rule("year", rf"(?:(?P<pos>{POS})[\s-]+)?(?:fiscal\s+(?:year\s+)?)?(?<![\d,.:/-])"
                  rf"(?P<year>1\d{{3}}|20\d{{2}})(?![-/]\d)(?!\s*(?:%|percent))", year),
    _rule("decade", rf"(?:the\s+)?(?:(?P<pos>early|mid|late)[\s-]+)?"
                    rf"(?:(?P<year>1\d{{2}}0|20\d0)'?s|['’](?P<short>\d0)s)", decade),
    _rule("century", rf"(?:the\s+)?(?:(?P<pos>early|mid|late)[\s-]+)?"
                     rf"(?P<ord>\d{{1,2}}(?:st|nd|rd|th)|{W.alternation('ordinal')})[\s-]+century",
          century),
    _rule("quarter", rf"(?:the\s+)?(?:(?P<rel>latest|same|current)\s+)?"
                     rf"(?P<ord>first|second|third|fourth|final|last|1st|2nd|3rd|4th)[\s-]+"
                     rf"(?:fiscal[\s-]+)?(?P<part>quarter|half)(?:\s+of\s+(?:(?P<year>\d{{4}})|"
                     rf"(?P<rel2>this|last|next)\s+year))?", quarter),
    _rule("season", rf"(?:(?P<pos>early|mid|late)[\s-]+)?(?:(?P<the>the)\s+)?"
                    rf"(?:(?P<rel>last|this|next|past|coming)\s+)?(?P<season>{SEASON})"
                    rf"(?:\s+(?:of\s+)?(?P<year>\d{{4}}))?", season),
    _rule("holiday", W.alternation("holiday"), holiday),
    _rule("weekday", rf"(?:(?P<pos>early|late)\s+)?(?:(?P<rel>last|this|next|coming)\s+)?"
                     rf"(?P<weekday>{WEEKDAY_FULL})(?:\s+(?P<pod>{POD}))?", weekday),
    _rule("deictic_day", W.alternation("deictic_day"), deictic_day),
    _rule("reference", W.alternation("reference"), reference),
    _rule("relative_period", rf"(?:(?P<pos>{POS}|earlier|later)[\s-]+)?(?P<rel>{REL})\s+"
                             r"(?P<unit>week|weekend|month|year|quarter|decade|century)",
          relative_period),
    _rule("the_weekend", r"the\s+(?P<unit>weekend)(?P<rel>)(?P<pos>)", relative_period),
    _rule("ago", rf"(?:(?P<hedge>{HEDGE})\s+)?(?P<num>{NUM}(?:\s+and\s+a\s+half)?|{VAGUE})"
                 rf"\s+(?:and\s+a\s+half\s+)?(?P<unit>{UNIT})(?:\s+or\s+so)?\s+"
                 r"(?P<dir>ago|earlier|later|hence|from\s+now|back)", ago),
    _rule("past_span", rf"the\s+(?P<rel>past|last|next|coming|previous|following|first|final)\s+"
                       rf"(?:(?P<num>{NUM}|{VAGUE})\s+)?(?P<unit>{UNIT})", past_span),
    _rule("duration", rf"(?:(?P<hedge>{HEDGE})\s+)?(?P<num>{NUM}(?:\s+and\s+a\s+half)?|{VAGUE})"
                      rf"[\s-]+(?P<unit>{UNIT})(?:\s+and\s+a\s+half)?(?P<old>[\s-]+old|\s+of\s+age)?",
          duration),
    _rule("bare_units", r"(?:for|in|over|after|within|of|many|several)\s+(?P<span>(?P<recent>recent\s+)?"
                        r"(?P<unit>(?:second|minute|hour|day|week|month|year|decade)s))(?!\s+ago)",
          bare_units),
    _rule("frequency", W.alternation("frequency"), frequency),
    _rule("every", rf"(?:(?:every|each)(?:\s+other)?|once|twice|{NUM}\s+times)\s+(?:a\s+|an\s+|per\s+)?"
                   rf"(?:(?P<num>{NUM})\s+)?(?P<what>{UNIT}|{WEEKDAY_FULL}|{MONTH_FULL}|{SEASON}|{POD})",
          every),
    _rule("plural_weekday", rf"(?P<weekday>{WEEKDAY_FULL})s", plural_weekday),
    _rule("clock", r"(?:(?P<hour>[012]?\d)(?::(?P<min>[0-5]\d))?\s*(?P<ampm>[ap]\.m\.|[ap]m)"
                   r"|(?P<hour2>[012]?\d):(?P<min2>[0-5]\d)(?!:\d))"
                   rf"(?:\s+(?:GMT|UTC|local\s+time|[A-Z]{{2}}T))?(?:,?\s+(?:on\s+)?(?:(?P<weekday>{WEEKDAY_FULL})"
                   rf"|(?P<month>{MONTH})\s+(?P<day>[0-3]?\d)(?:,?\s+(?P<year>\d{{4}}))?))?"
                   r"(?P<rel>)(?P<pod>)(?P<pos>)(?P<wday>)", clock),
    _rule("noon", rf"(?P<word>noon|midnight)(?:,?\s+(?:on\s+)?(?P<weekday>{WEEKDAY_FULL}))?"
                  r"(?P<rel>)(?P<pod>)(?P<pos>)", noon),
    _rule("spoken_year", rf"(?P<century>nineteen|twenty)[\s-]+(?P<rest>(?:twenty|thirty|forty|fifty|"
                         r"sixty|seventy|eighty|ninety)(?:[\s-](?:one|two|three|four|five|six|seven|"
                         r"eight|nine))?|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|"
                         r"seventeen|eighteen|nineteen)", spoken_year),
    _rule("the_quarter", r"the\s+(?:(?P<which>latest|current|most\s+recent|recent|same)\s+)?"
                         r"(?:fiscal\s+)?quarter(?!\s+(?:of|century|mile|point))", the_quarter),
    _rule("thanksgiving", r"(?P<last>last\s+)?thanksgiving(?:\s+day)?", thanksgiving),
)
