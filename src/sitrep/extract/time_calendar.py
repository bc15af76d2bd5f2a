"""Dates named on the calendar: 'March 3, 2019', '12/16/24', 'December 2024', 'early 2011',
'the 1990s', 'the 20th century', 'last summer', 'Christmas'. A date
written without its year takes the year its clause's tense points to."""

from __future__ import annotations

import re
from collections.abc import Callable
from datetime import date, timedelta

from sitrep.extract.time_grammar import (
    MONTH, MONTH_FULL, POS, SEASON, WEEKDAY, W, Context, Norm, Rule, capitalised, lookup,
    point_norm, positioned, rule,
)
from sitrep.extract.time_values import (
    Point, interval, month_near, season_of, season_point, shift, value,
)


def _year_of(ctx: Context, month: int, day: int) -> int | None:
    """A date written without its year: the one tense points to, else the nearest (a past one
    up to half as far again as a future one)."""
    return year_by_tense(ctx, lambda year: date(year, month, day))


def year_by_tense(ctx: Context, on: Callable[[int], date]) -> int | None:
    """Of the day `on(year)` in the years around publication, the year of the one tense points
    to, else of the nearest (a past one up to half as far again as a future one)."""
    if ctx.dct is None:
        return None
    options = []
    for year in (ctx.dct.year - 1, ctx.dct.year, ctx.dct.year + 1):
        try:
            options.append(on(year))
        except ValueError:
            continue
    if ctx.direction < 0:  # a day's grace: the publication date may be in another time zone
        # than the events ('on Saturday changed that to Feb. 7-14' on Feb. 6 is this February)
        past = [d for d in options if d <= ctx.dct + timedelta(days=1)]
        return past[-1].year if past else None
    if ctx.direction > 0:  # a week's grace: 'to repatriate the child by Jan. 14' on Jan. 15
        future = [d for d in options if d >= ctx.dct - timedelta(days=7)]
        return future[0].year if future else None
    # nearest, leaning to the past as news does ('since the Oct. 23 slaying' in May)
    return min(options, key=lambda d: (ctx.dct - d).days if d <= ctx.dct
               else 1.5 * (d - ctx.dct).days).year if options else None


def full_date(m: re.Match, ctx: Context) -> Norm | None:
    if not capitalised(m["month"]):
        return None
    month, day = int(lookup("month", m["month"])), int(m["day"])
    written = m["year"] or m.groupdict().get("pair_year")
    year = int(written) if written else _year_of(ctx, month, day)
    if m.groupdict().get("rel"):  # '14 January this year', 'Sept. 11 last year'
        year = ctx.dct.year + int(lookup("relative", m["rel"])) if ctx.dct is not None else None
    if not m["year"] and m["wday"] and ctx.dct is not None:  # 'Monday, Oct. 26': the year it was one
        number = int(lookup("weekday", m["wday"]))
        fits = [y for y in (ctx.dct.year, ctx.dct.year - 1, ctx.dct.year + 1)
                if _is_date(y, month, day) and date(y, month, day).isoweekday() == number]
        year = fits[0] if fits else year
    if year is None:
        return Norm("DATE", f"XXXX-{month:02d}-{day:02d}") if 1 <= day <= 31 else None
    try:
        return point_norm(Point(date(year, month, day)))
    except ValueError:
        return None


def _is_date(year_: int, month: int, day: int) -> bool:
    try:
        date(year_, month, day)
    except ValueError:
        return False
    return True


def second_day_of_pair(m: re.Match, ctx: Context) -> Norm | None:
    """'April 24 and 25', 'May 12 to 14, 2013': the second day is a date of its own in the
    first one's month and year (the first is `full_date`, its year read past the pair)."""
    if not capitalised(m["month"]):
        return None
    month, first, day = int(lookup("month", m["month"])), int(m["first"]), int(m["day"])
    if not first < day <= 31:
        return None
    named = ctx.day if ctx.day is not None and (ctx.day.month, ctx.day.day) == (month, first) else None
    year = int(m["year"]) if m["year"] else named.year if named else _year_of(ctx, month, first)
    if year is None:
        return Norm("DATE", f"XXXX-{month:02d}-{day:02d}")
    return point_norm(Point(date(year, month, day))) if _is_date(year, month, day) else None


def week_of(m: re.Match, ctx: Context) -> Norm | None:
    """'the week of March 6': the (ISO) week that day falls in."""
    day = full_date(m, ctx)
    if day is None or day.earliest is None:
        return None
    return point_norm(Point(day.earliest, "week"))


def numeric_date(m: re.Match, ctx: Context) -> Norm | None:
    """'12/16/2024' (US order); '25/03/2013' can only be day first, as British news writes it."""
    year = int(m["year"])
    year += 2000 if year < 50 else 1900 if year < 100 else 0
    month, day = int(m["month"]), int(m["day"])
    if month > 12 >= day and "/" in m[0]:
        month, day = day, month
    try:
        return point_norm(Point(date(year, month, day)))
    except ValueError:
        return None


def month_year(m: re.Match, ctx: Context) -> Norm | None:
    if not capitalised(m["month"]):
        return None
    year_ = _written_year(m)
    if year_ is None:
        return None
    start = date(year_, int(lookup("month", m["month"])), 1)
    return positioned(Point(start, "month"), m["pos"])


def month_of_relative_year(m: re.Match, ctx: Context) -> Norm | None:
    """'June last year', 'in April next year', 'early October this year': one date, the month
    in the year named relative to the publication date (TimeBank + AQUAINT never annotate the
    'last year' apart: 0 of 6); 'June that year' in the year the story last named."""
    if not capitalised(m["month"]):
        return None
    month = int(lookup("month", m["month"]))
    if m["rel"].lower() == "that":  # 'fired in August that year', 'in March of that year':
        # the year the story last named
        return positioned(Point(date(ctx.year, month, 1), "month"), m["pos"]) if ctx.year else None
    if ctx.dct is None:
        return Norm("DATE", f"XXXX-{month:02d}")
    year_ = ctx.dct.year + int(lookup("relative", m["rel"]))
    return positioned(Point(date(year_, month, 1), "month"), m["pos"])


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
    return positioned(Point(start, "month"), m["pos"])


def month_in_the_story(m: re.Match, ctx: Context) -> Norm | None:
    """'elected in February 1974 … elections were called again that October' (1974-10); 'in
    September 1978 … the following May' (1979-05): the month in, or next after, the date the
    text last named; none named, no match (the month alone is read instead)."""
    if not capitalised(m["month"]):
        return None
    month = int(lookup("month", m["month"]))
    if m["rel"].lower() == "that" and ctx.year is not None:
        return point_norm(Point(date(ctx.year, month, 1), "month"))
    if m["rel"].lower() != "that" and ctx.month is not None:
        return point_norm(Point(date(ctx.month.year + (month <= ctx.month.month), month, 1), "month"))
    return None


def _nearest_month(anchor: date, month: int) -> date:
    """The closest such month, leaning to the past (news mostly reports what happened)."""
    options = [date(anchor.year + k, month, 1) for k in (-1, 0, 1)]
    return min(options, key=lambda d: (d - anchor.replace(day=1)).days * (-1 if d <= anchor else 1.5))


def spoken_year(m: re.Match, ctx: Context) -> Norm | None:
    """'nineteen ninety-six' (broadcast transcripts)."""
    number = spoken_year_number(m[0])
    return point_norm(Point(date(number, 1, 1), "year")) if number else None


def spoken_year_number(text: str) -> int | None:
    """'nineteen ninety-four' → 1994; None for what is no year."""
    century, _, rest = re.sub(r"[\s-]+", " ", text.strip()).partition(" ")
    number = W.number(rest)
    if number is None or not 10 <= number <= 99:
        return None
    return (1900 if century.lower() == "nineteen" else 2000) + int(number)


def _written_year(m: re.Match) -> int | None:
    """The year a rule's match writes in figures ('1994') or, in transcripts, in words."""
    if m["year"]:
        return int(m["year"])
    return spoken_year_number(m["spoken"]) if m.groupdict().get("spoken") else None


def year_2000s(m: re.Match, ctx: Context) -> Norm | None:
    """'the year two thousand', 'the year two thousand and five' (broadcast transcripts)."""
    rest = W.number(m["rest"]) if m["rest"] else 0
    if rest is None or not 0 <= rest <= 99:
        return None
    return point_norm(Point(date(2000 + int(rest), 1, 1), "year"))


def thanksgiving(m: re.Match, ctx: Context) -> Norm | None:
    """US Thanksgiving: the fourth Thursday of November."""
    if ctx.dct is None:
        return Norm("DATE", "XXXX-11-XX")
    if m["last"]:
        return point_norm(Point(thanksgiving_in(ctx.dct.year - 1)))
    # the year by tense, else the nearest ('was found Thanksgiving Day' in January: the last one)
    return point_norm(Point(thanksgiving_in(year_by_tense(ctx, thanksgiving_in))))


def thanksgiving_in(year_: int) -> date:
    first = date(year_, 11, 1)
    return first + timedelta(days=(3 - first.weekday()) % 7 + 21)


def year(m: re.Match, ctx: Context) -> Norm | None:
    number = int(m["year"])
    if not 1000 <= number <= 2099:
        return None
    if m["range_end"] and _range_end(number, m["range_end"]) is None:
        return None  # '2013-03', '2011-09': a year and month written the ISO way, not a range
    if m["side"]:
        return _before_or_after(Point(date(number, 1, 1), "year"), m["side"].lower())
    return positioned(Point(date(number, 1, 1), "year"), m["pos"])


def _range_end(first: int, short: str) -> int | None:
    """'1950-53' → 1953: the end of a range of years written with its last two digits, which
    must come after the first year ('2013-03' is March 2013, '1999-00' too rare to read)."""
    end = first - first % 100 + int(short)
    return end if end > first else None


def year_range_end(m: re.Match, ctx: Context) -> Norm | None:
    """The second year of '1950-53', '2008-10', 'the 1976-83 dictatorship'."""
    first = int(m.string[m.start() - 5:m.start() - 1])
    end = _range_end(first, m["short"]) if 1000 <= first <= 2099 else None
    return None if end is None else Norm("DATE", str(end), date(end, 1, 1), date(end, 12, 31))


def _before_or_after(point: Point, side: str) -> Norm:
    """'the pre-1967 lines', 'post-2003 Iraq': the year is the value (TimeBank: 'post-1959' =
    1959), the prefix its mod and the open side of the interval, as for 'before 1967'."""
    first, last = interval(point)
    if side == "pre":
        return Norm("DATE", value(point), None, first - timedelta(days=1), "BEFORE")
    return Norm("DATE", value(point), last + timedelta(days=1), None, "AFTER")


def decade(m: re.Match, ctx: Context) -> Norm | None:
    """'the 1990s' (199), 'the '90s'; 'the 1800s', 'the early 1900s' are centuries (18, 19), as
    they are read; 'the 2000s' stays the decade."""
    if m["short"]:
        start = (1900 if int(m["short"]) >= 30 else 2000) + int(m["short"])
    else:
        start = int(m["year"])
    granularity = "century" if start % 100 == 0 and start < 2000 else "decade"
    return positioned(Point(date(start, 1, 1), granularity), m["pos"])


_TENS = ("twenties", "thirties", "forties", "fifties", "sixties", "seventies", "eighties",
         "nineties")
_TENS_WORDS = "(?:" + "|".join(_TENS) + ")"


def decade_words(m: re.Match, ctx: Context) -> Norm | None:
    """'the nineties', 'the early eighties' (the twentieth century's; transcripts)."""
    start = 1920 + 10 * _TENS.index(m["tens"].lower())
    return positioned(Point(date(start, 1, 1), "decade"), m["pos"])


def century(m: re.Match, ctx: Context) -> Norm | None:
    text = m["ord"].lower()
    number = int(re.sub(r"\D", "", text)) if text[0].isdigit() else int(lookup("ordinal", text) or 0)
    if not 1 <= number <= 21:
        return None
    return positioned(Point(date((number - 1) * 100 or 1, 1, 1), "century"), m["pos"])


def season(m: re.Match, ctx: Context) -> Norm | None:
    name = lookup("season", m["season"])
    written = m["season"].lower()
    written_year = _written_year(m)
    if written == "fall" and not (m["rel"] or written_year or m["the"]):
        return None  # 'fall' is a verb unless a determiner or a year makes it the season
    if written_year:
        return positioned(season_point(written_year, name), m["pos"])
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
    return positioned(season_point(year_, name), m["pos"])


_DAYNUM = r"(?P<day>[0-3]?\d)(?:st|nd|rd|th)?"
# a year in words, as broadcast transcripts write it: 'nineteen ninety-four'
_SPOKEN_YEAR = (r"(?:nineteen|twenty)[\s-]+(?:(?:twenty|thirty|forty|fifty|sixty|seventy|eighty|"
                r"ninety)(?:[\s-](?:one|two|three|four|five|six|seven|eight|nine))?|ten|eleven|"
                r"twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen)")
_OPT_WEEKDAY = rf"(?:(?P<wday>{WEEKDAY}),?\s+)?"
# '14 January this year', 'on Sept. 11 last year': the day in the year named from publication
_OR_RELATIVE_YEAR = r"|\s+(?P<rel>this|last|next)\s+year(?![-'’]|\s+(?:ago|earlier|later))"

_PAIRED = r"\s+(?:and|or|to|through)\s+"  # 'April 24 and 25': two dates, as TimeBank marks them
# a count, not a day, when a word or more digits follow ('on May 3 and 14 people died', '13,000')
_PAIR_END = r"(?![\w%]|,\d|\s*[a-z%])"
# tried only near two numbers joined so; a gate opening on a digit scans fast
_PAIR_GATE = rf"[0-3]?\d(?:st|nd|rd|th)?{_PAIRED}[0-3]?\d"

RULES: tuple[Rule, ...] = (
    rule("paired_day", rf"(?P<month>{MONTH})\s+(?P<first>[0-3]?\d)(?:st|nd|rd|th)?{_PAIRED}"
                       rf"(?P<span>{_DAYNUM}(?:,?\s+(?P<year>\d{{4}}))?){_PAIR_END}", second_day_of_pair,
         gate=_PAIR_GATE),
    # the first of a pair takes the year written after the second: 'May 12 and 13, 2013'
    rule("full_date", rf"{_OPT_WEEKDAY}(?P<month>{MONTH})\s+{_DAYNUM}(?:,?\s+(?P<year>\d{{4}}){_OR_RELATIVE_YEAR}"
                      rf"|(?={_PAIRED}[0-3]?\d(?:st|nd|rd|th)?,?\s+(?P<pair_year>\d{{4}}){_PAIR_END}))?",
         full_date, gate=MONTH),
    # the comma after the month is the sentence's ('on 5 March, the court'), unless a year follows
    rule("full_date_dmy", rf"{_OPT_WEEKDAY}(?:the\s+)?{_DAYNUM}\s+(?:of\s+)?(?P<month>{MONTH})"
                           rf"(?:,?\s+(?P<year>\d{{4}}){_OR_RELATIVE_YEAR})?", full_date, gate=MONTH),
    rule("week_of", rf"the\s+week\s+(?:of|beginning|starting)\s+{_OPT_WEEKDAY}(?P<month>{MONTH})\s+"
                     rf"{_DAYNUM}(?:,?\s+(?P<year>\d{{4}}))?", week_of, gate="week"),
    rule("iso_date", r"(?P<year>\d{4})-(?P<month>[01]\d)-(?P<day>[0-3]\d)(?!-)", numeric_date),
    rule("us_date", r"(?P<month>[0-3]?\d)/(?P<day>[0-3]?\d)/(?P<year>\d{4}|\d{2})(?![/\d])",
          numeric_date),
    rule("month_year", rf"(?:(?P<pos>{POS})[\s-]+)?(?P<month>{MONTH}),?\s+(?:of\s+)?"
                        rf"(?:(?P<year>\d{{4}})|(?P<spoken>{_SPOKEN_YEAR}))", month_year),
    rule("month_relative_year", rf"(?:(?P<pos>{POS})[\s-]+)?(?P<month>{MONTH})\s+(?:of\s+)?"
                                rf"(?P<rel>this|last|next|that)\s+year(?!['’]s|\s+ago|\s+earlier|\s+later)",
         month_of_relative_year, gate=r"year"),
    rule("story_month", rf"(?P<rel>that|the\s+following)\s+(?P<month>{MONTH_FULL}|Sept\.)",
         month_in_the_story, gate=r"(?:that|following)"),
    rule("month", rf"(?:(?P<pos>{POS})[\s-]+)?(?:(?P<rel>last|this|next|past|coming)\s+)?"
                   rf"(?P<month>{MONTH_FULL}|Sept\.)", month_alone),
    # a year range written '2008-2012' or '1950-53' is two years (the second '53', as
    # HeidelTime marks it); '2024-12-16' and '2013-03' are not years
    rule("year", rf"(?:(?P<pos>{POS})[\s-]+)?(?:fiscal\s+(?:year\s+)?)?(?:(?P<side>pre|post)-)?(?<![\d,.:/])"
                  rf"(?:(?<!\d-)|(?<=(?:1\d|20)\d\d-))(?P<year>1\d{{3}}|20\d{{2}})"
                  rf"(?:(?![-/]\d)|(?=-(?:1\d|20)\d\d(?![-/\d]))|(?=-(?P<range_end>\d\d)(?![-/\d])))"
                  rf"(?!\s*(?:%|percent))", year),
    # the first year as the year rule reads one: no digit, separator or currency sign before it
    rule("year_range_end", r"(?<=[12]\d\d\d-)(?<![\d,.:/$£€#]\d{4}-)(?P<short>\d\d)(?![-/\d])",
         year_range_end),
    rule("decade", rf"(?:the\s+)?(?:(?P<pos>early|mid|late)[\s-]+)?"
                    rf"(?:(?P<year>1\d{{2}}0|20\d0)['’]?s|['’‘](?P<short>\d0)s)", decade),
    rule("decade_words", rf"the\s+(?:(?P<pos>early|mid|late)[\s-]+)?(?:nineteen[\s-]+)?"
                          rf"(?P<tens>{_TENS_WORDS})", decade_words, gate=_TENS_WORDS),
    rule("century", rf"(?:the\s+)?(?:(?P<pos>early|mid|late)[\s-]+)?"
                     rf"(?P<ord>\d{{1,2}}(?:st|nd|rd|th)|{W.alternation('ordinal')})[\s-]+century",
         century, gate="century"),
    rule("season", rf"(?:(?P<pos>early|mid|late)[\s-]+)?(?:(?P<the>the)\s+)?"
                    rf"(?:(?P<rel>last|this|next|past|coming)\s+)?(?P<season>{SEASON})"
                    rf"(?:\s+(?:of\s+)?(?:(?P<year>\d{{4}})|(?P<spoken>{_SPOKEN_YEAR})))?"
                    # 'the fall of Mosul', 'the fall in prices', 'take the fall for', 'the fall-out': the noun
                    r"(?<!the\sfall(?=\s(?:of|in|out|from|to|on|for)\b))(?<!the\sfall(?=-))", season),
    rule("spoken_year", _SPOKEN_YEAR, spoken_year),
    rule("year_2000s", r"the\s+year\s+two\s+thousand(?:\s+and\s+(?P<rest>[a-z]+(?:[\s-](?:one|two|"
                        r"three|four|five|six|seven|eight|nine))?))?", year_2000s, gate="thousand"),
    rule("thanksgiving", r"(?P<last>last\s+)?thanksgiving(?:\s+day)?", thanksgiving),
)
