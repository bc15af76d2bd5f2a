"""Lengths and frequencies: 'the past two days' (P2D), 'a 49-year lease' (P49Y), 'for hours'
(PTXH), 'every week' and 'daily' (SETs). Ages ('a 26-year-old fighter') are not times."""

from __future__ import annotations

import re

from datetime import date, timedelta

from sitrep.extract.time_grammar import (
    HEDGE, MONTH_FULL, NUM, POD, SEASON, UNIT, VAGUE, WEEKDAY_FULL, Context, Norm, Rule, W,
    amount_of, capitalised, lookup, point_norm, rule, unit_letter,
)
from sitrep.extract.time_values import Point, duration_value, period_point, shift


# 'two more weeks', 'five straight quarters', 'a full year': a word between count and unit
UNIT_MODIFIER = W.alternation("unit_modifier")
LENGTH_VERB = W.alternation("length_verb")  # 'spent years', 'could take weeks'
_VAGUE_AMOUNT = {"few": 3, "a few": 3, "several": 5, "some": 3, "many": 10, "multiple": 3,
                 "various": 3, "a number of": 5}


def length(amount: float | None, letter: str) -> str:
    """The TIMEX3 value of a length; decades and centuries in years (two decades → P20Y), as
    TimeBank writes them."""
    scale = {"DE": 10, "CE": 100}.get(letter)
    if scale:
        return duration_value(amount * scale if amount is not None else None, "Y")
    return duration_value(amount, letter)


_PERIOD_OFFSET = {"past": -1, "last": -1, "previous": -1, "next": 1, "coming": 1, "following": 1}
_PERIODS = {"week": "week", "month": "month", "quarter": "quarter", "year": "year",
            "decade": "decade", "century": "century"}


def past_span(m: re.Match, ctx: Context) -> Norm | None:
    """'the past two days' (P2D, [2024-12-14, 2024-12-16]), 'the next few months'; without a
    count it is the period itself, as TimeBank has it: 'the past year' = last year (2023),
    'the following month' = the month after the last date named."""
    letter, days = unit_letter(m["unit"])
    rel = m["rel"].lower()
    unit = m["unit"].lower()
    count = m["num"] or ("a quarter" if m["num_quarter"] else None)
    if rel == "last" and not count and not unit.endswith("s") and _final_one(m):
        return None
    if not count and unit in {"day", "night"} and rel in _PERIOD_OFFSET \
            and rel not in {"past", "last"}:
        # 'the previous day', 'the following day': a day next to the one the text last named;
        # 'the previous night' too (the day, as dev writes 'the next morning'), not a length
        anchor = ctx.day or ctx.reference or ctx.dct
        if anchor is None:
            return Norm("DATE", "XXXX-XX-XX")
        return point_norm(Point(anchor + timedelta(days=_PERIOD_OFFSET[rel])))
    if not count and unit in _PERIODS and rel in _PERIOD_OFFSET and ctx.dct is not None \
            and not (unit == "decade" and rel in {"past", "next", "coming"}):
        # 'over the past decade' is the ten years up to publication (P10Y, as TimeBank annotates
        # it), not the calendar decade ten years back ('200' in 2014); 'over the next decade',
        # 'the coming decade' likewise the ten years ahead (in 2013 not the 2020s, '202'); 'the
        # last decade' stays a decade, as TimeBank has it once ('198')
        anchor = (_last_named(ctx, unit) or ctx.dct) if rel == "following" else ctx.dct
        return point_norm(period_point(shift(anchor, _PERIOD_OFFSET[rel], letter), _PERIODS[unit]))
    if not count and rel in {"first", "final"} and not unit.endswith("s"):
        return None  # 'the first day of his trip' is an ordinal day, a date this rule cannot place
    # no count: 'the past week' is one, 'the coming years' / 'the first hours' an unknown number
    amount = amount_of(count) if count else (None if unit.endswith("s") else 1.0)
    norm_value = length(amount, letter)
    if ctx.dct is None or rel not in {"past", "last", "previous", "next", "coming"}:
        return Norm("DURATION", norm_value)
    assumed = amount if amount is not None else _VAGUE_AMOUNT.get((count or "").lower(), 3)
    try:
        span = timedelta(days=round(assumed * days))
        if rel in {"next", "coming"}:
            return Norm("DURATION", norm_value, ctx.dct, ctx.dct + span)
        return Norm("DURATION", norm_value, ctx.dct - span, ctx.dct)
    except OverflowError:  # 'the past 10,000 years': a length without dates
        return Norm("DURATION", norm_value)


_FINAL_OF = re.compile(r"\s+of\s", re.IGNORECASE)
_LAST_MOMENT = re.compile(r"(?:\bat|\buntil|\btill|\bto)\s+$", re.IGNORECASE)


def _final_one(m: re.Match) -> bool:
    """'the last year of the Obama administration', 'the last week of August': the final one of
    something, which this rule cannot place (it is not the year before publication); 'at the
    last minute' is an idiom, no one-minute length."""
    text = m.string
    if _FINAL_OF.match(text, m.end()):
        return True
    before = text[max(0, m.start() - 7):m.start()]
    return m["unit"].lower() == "minute" and bool(_LAST_MOMENT.search(before))


def _last_named(ctx: Context, unit: str) -> date | None:
    """What 'the following month' follows: the last month the text named ('In March … The
    following month' → April), the last year for years, the last day for weeks."""
    if unit in {"year", "decade", "century"} and ctx.year is not None:
        return date(ctx.year, 1, 1)
    if unit in {"month", "quarter"} and ctx.month is not None:
        return ctx.month
    if unit == "week" and ctx.day is not None:
        return ctx.day
    return ctx.reference


def duration(m: re.Match, ctx: Context) -> Norm | None:
    """'a 49-year lease' (P49Y), '12-day offensive', 'almost seven years', 'Syria's 2-year-old
    civil war' (P2Y); never a person's age ('a 26-year-old fighter': `time_filters` drops an
    '-old' unless a war, truce or siege is that old)."""
    letter, _ = unit_letter(m["unit"])
    amount = amount_of(m["num"])
    if amount is not None and m["half"]:  # 'a minute and a half'
        amount += 0.5
    if amount is not None and (amount > 100000 or (amount >= 1000 and "-" not in m[0]
                                                   and not m["unit"].lower().endswith("s"))):
        return None  # 'the 1988 quarter' is a year's quarter, not 1,988 of them
    mod = lookup("hedge", m["hedge"]) if m["hedge"] else None
    return Norm("DURATION", length(amount, letter), mod=mod)


def length_range(m: re.Match, ctx: Context) -> Norm | None:
    """'two to three weeks', 'the next 12 to 18 months', 'after 10-15 years': a range has no one
    count, so its length is an unknown number of units (PXW, PXM), as TimeBank writes 'the next
    12 to 18 months'; never an age ('12 to 16 years old'). A change 'from five to 10 years' is
    no range, nor is 'in 2014 to 10 years': those fall to the single length ('10 years')."""
    low, high = amount_of(m["low"]), amount_of(m["num"])
    if m["old"] or low is None or high is None or not 0 < low < high or high > 1000:
        return None
    if re.search(r"\bfrom\s+$", m.string[max(0, m.start() - 6):m.start()], re.IGNORECASE):
        return None
    letter, days = unit_letter(m["unit"])
    norm_value = length(None, letter)
    rel = (m["rel"] or "").lower()
    if ctx.dct is None or not rel:
        return Norm("DURATION", norm_value)
    try:
        reach = timedelta(days=round(high * days))
    except OverflowError:
        return Norm("DURATION", norm_value)
    if rel in {"next", "coming"}:
        return Norm("DURATION", norm_value, ctx.dct, ctx.dct + reach)
    return Norm("DURATION", norm_value, ctx.dct - reach, ctx.dct)


def unit_long(m: re.Match, ctx: Context) -> Norm | None:
    """'a day-long meeting' (P1D), 'a yearlong inquiry' (P1Y), 'a decades-long battle' (PXY), 'a
    years-old slump' (PXY)."""
    unit = m["unit"] or m["unit2"] or m["plural"]
    if m["plural"] and _counted(m.string[max(0, m.start() - 30):m.start()]):
        return None  # '26-years-old', 'twenty-six years-old': an age
    letter, _ = unit_letter(unit)
    return Norm("DURATION", length(None if unit.lower().endswith("s") else 1, letter))


def _counted(before: str) -> bool:
    """Whether `before` ends in a count ('26-', 'twenty-six ', but not 'a ')."""
    words = re.split(r"[\s-]+", before.rstrip(" -").lower())
    return before[-1:] in {" ", "-"} and bool(words) and words[-1] not in {"a", "an"} \
        and (words[-1].isdigit() or W.number(words[-1]) is not None)


def bare_units(m: re.Match, ctx: Context) -> Norm | None:
    letter, _ = unit_letter(m["unit"])
    if m["recent"] and lookup("recent_units", m["unit"]) == "PAST_REF":
        return Norm("DATE", "PAST_REF", None, ctx.dct)  # 'in recent years'; 'recent months' PXM
    return Norm("DURATION", length(None, letter))


def the_units(m: re.Match, ctx: Context) -> Norm | None:
    """'over the years', 'in the years since': an unknown number of units (PXY), as TimeBank
    annotates them; 'in the year since' one (P1Y)."""
    if m["one"]:
        return Norm("DURATION", length(1, unit_letter(m["one"])[0]))
    return Norm("DURATION", length(None, unit_letter(m["unit"] or m["unit2"])[0]))


def units_ahead(m: re.Match, ctx: Context) -> Norm | None:
    """'the weeks ahead', 'in coming months': an unknown number of units from the publication
    date on (PXW), as TimeBank annotates them."""
    letter, _ = unit_letter(m["unit"] or m["unit2"])
    return Norm("DURATION", length(None, letter), ctx.dct, None)


def vague_length(m: re.Match, ctx: Context) -> Norm | None:
    """'stayed for a while', 'has been known for some time': a length of unknown count and
    unit (PXX), as TimeBank annotates 'for a while'."""
    return Norm("DURATION", lookup("vague_length", m[0]))


def frequency(m: re.Match, ctx: Context) -> Norm | None:
    return Norm("SET", lookup("frequency", m[0]))


def every(m: re.Match, ctx: Context) -> Norm | None:
    """'every week' (P1W), 'each Monday' (XXXX-WXX-1), 'twice a year' (P1Y), 'every morning'."""
    word = m["what"].lower()
    if lookup("weekday", word.rstrip("s")) and capitalised(m["what"]):
        pod = f"T{lookup('part_of_day', m['pod'].lower())}" if m["pod"] else ""
        return Norm("SET", f"XXXX-WXX-{lookup('weekday', word.rstrip('s'))}{pod}")
    if m["pod"]:
        return None  # 'every day night' is no weekday's part of day
    if lookup("month", word) and capitalised(m["what"]):
        return Norm("SET", f"XXXX-{int(lookup('month', word)):02d}")
    if lookup("season", word):
        return Norm("SET", f"XXXX-{lookup('season', word)}")
    if word in {"morning", "afternoon", "evening", "night"}:
        return Norm("SET", f"XXXX-XX-XXT{lookup('part_of_day', word)}")
    if lookup("month", word) or lookup("weekday", word.rstrip("s")):
        return None  # 'to each other may escalate': a month or weekday name in lower case is a word
    letter, _ = unit_letter(word)
    amount = amount_of(m["num"]) if m["num"] else 1.0  # 'every few weeks': PXW
    if amount is not None and m["other"]:
        amount *= 2  # 'every other week' is every second one (P2W)
    if letter in {"DE", "CE"}:
        scale = 10 if letter == "DE" else 100
        letter, amount = "Y", None if amount is None else amount * scale
    return Norm("SET", duration_value(amount, letter))


def plural_weekday(m: re.Match, ctx: Context) -> Norm | None:
    if not capitalised(m["weekday"]):
        return None
    pod = lookup("part_of_day", m["pod"]) if m["pod"] else None  # 'Tuesday nights'
    return Norm("SET", f"XXXX-WXX-{lookup('weekday', m['weekday'])}" + (f"T{pod}" if pod else ""))



RULES: tuple[Rule, ...] = (
    # 'the past quarter-century' is 25 years, not the past quarter (2012-Q4)
    rule("past_span", rf"the\s+(?P<rel>past|last|next|coming|previous|following|first|final)\s+"
                       rf"(?:(?P<num>{NUM}|{VAGUE})\s+|(?P<num_quarter>quarter)[\s-](?=centur))?"
                       rf"(?P<unit>{UNIT})", past_span),
    rule("duration", rf"(?:(?P<hedge>{HEDGE})\s+)?(?P<num>{NUM}(?:[\s-]+and[\s-]+a[\s-]+half)?|{VAGUE})"
                      rf"[\s-]+(?:{UNIT_MODIFIER}\s+)?(?P<unit>{UNIT})"
                      r"(?P<half>\s+and\s+a\s+half)?(?P<old>[\s-]+old|\s+of\s+age)?",
         duration, gate=UNIT),
    rule("length_range", rf"(?:the\s+(?P<rel>past|last|next|coming)\s+)?(?P<low>{NUM})"
                          rf"(?:\s+(?:to|or)\s+|\s*[-–]\s*)(?P<num>{NUM})"
                          rf"[\s-]+(?:{UNIT_MODIFIER}\s+)?(?P<unit>{UNIT})(?P<old>[\s-]+old|\s+of\s+age)?"
                          r"(?!\s+ago)",  # 'three or four years ago' is the 'ago' rule's
         length_range, gate=UNIT),
    rule("unit_long", rf"(?P<unit>{UNIT})-long"
                       # 'a yearlong inquiry', 'a weeklong strike', as American news writes them
                       r"|(?P<unit2>hour|day|week|month|year|decade)long"
                       # 'a decades-old embargo': no count, so no one's age
                       r"|(?P<plural>(?:day|week|month|year|decade)s|centuries)-old",
         unit_long, gate="(?:long|old|(?:hour|day|week|month|year|decade)long)"),
    rule("bare_units", rf"(?:for|in|over|after|within|of|many|several|{LENGTH_VERB})\s+"
                        r"(?:(?:just|only|nearly|almost)\s+)?(?P<span>(?P<recent>recent\s+)?"
                        r"(?P<unit>(?:second|minute|hour|day|week|month|year|decade)s|centuries))(?!\s+ago)",
          bare_units),
    # 'months of negotiations', 'followed years of sanctions': a stretch of unknown length (PXM),
    # as TimeBank annotates 'follows months of twists and turns'; 'the days of the Soviet Union',
    # 'six months of base pay' are left to the parse filter and the counted rules; 'minutes of'
    # is left out ('Minutes of the Fed's March meeting' are its record)
    rule("units_of", r"(?P<span>(?P<recent>)(?P<unit>(?:hour|day|week|month|year|decade)s"
                      r"|centuries))(?=\s+of\s)",
         bare_units, gate=r"(?:hours|days|weeks|months|years|decades|centuries)"),
    rule("the_units", r"(?:(?<=\bover\s)|(?<=\bduring\s)|(?<=\bthroughout\s))the\s+"
                       r"(?P<unit>(?:week|month|year|decade)s)(?!\s+(?:ahead|ago|before|after|of|to|when|in|until))"
                       r"|(?<=\bin\s)the\s+(?P<unit2>(?:month|year|decade)s)(?=\s+(?:since|that\s+followed|following))"
                       # 'In the year since the attack': one year up to now, not the calendar year
                       r"|(?<=\bin\s)the\s+(?P<one>month|year|decade)(?=\s+since\b)",
         the_units, gate=r"(?:weeks|months|years|decades|since)"),
    rule("units_ahead", r"(?:(?:the\s+)?(?P<unit>days|weeks|months|years)\s+ahead"
                         r"|(?<=\bin\s)coming\s+(?P<unit2>days|weeks|months|years))",
         units_ahead, gate=r"(?:ahead|coming)"),
    # 'for a while', 'for some time': the 'for' stays outside the span, as TimeML keeps it
    rule("vague_length", rf"(?<=\bfor\s){W.alternation('vague_length')}(?!-)", vague_length,
         gate=r"(?:while|time)"),
    rule("frequency", W.alternation("frequency"), frequency),
    # 'every single day': 'single' only stresses the every
    rule("every", rf"(?:(?:every|each)(?:\s+single)?(?P<other>\s+other)?|once|twice|{NUM}\s+times)\s+(?:a\s+|an\s+|per\s+)?"
                   rf"(?:(?P<num>{NUM}|{VAGUE}|couple\s+of)\s+)?(?P<what>{UNIT}|{WEEKDAY_FULL}|{MONTH_FULL}|{SEASON}|{POD})"
                   # 'every Monday morning': a weekday's part of day
                   rf"(?:(?<=day)\s+(?P<pod>{POD}))?",
         every, gate=r"(?:every|each|once|twice|times)"),
    rule("plural_weekday", rf"(?P<weekday>{WEEKDAY_FULL})(?:s|\s+(?P<pod>{POD})s)", plural_weekday),
)
