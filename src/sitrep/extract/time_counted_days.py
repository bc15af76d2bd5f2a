"""Days counted within something: 'today is the eighth day of Desert Shield', 'It's the second
day of an offensive', 'on Wednesday, the first day of his trip'. TimeBank annotates such a day as
a DATE with the calendar day it is (2 of 2 on dev, both the publication day after 'today is' /
'It's'); the rule only fires where the text says which day that is, so 'on the second day of
his visit' with no day named stays no time rather than a guessed one."""

from __future__ import annotations

import re

from sitrep.extract.time_grammar import MONTH, WEEKDAY_FULL, Context, Norm, Rule, W, point_norm, rule
from sitrep.extract.time_values import Point

# a count past 'twelfth' is written in digits in news ('the 20th day of a general strike')
_ORDINAL = rf"(?:(?!last|final){W.alternation('ordinal')}|\d{{1,3}}(?:st|nd|rd|th))"
_COUNTED_DAY = rf"(?P<span>the\s+{_ORDINAL}\s+(?:(?:straight|consecutive|full)\s+)?day)(?=\s+of\s)"
# 'today is', 'It's', 'This marks': the day of publication; a day named just before, in
# apposition or as the subject ('on Wednesday, the first day of', 'Tuesday marked the seventh
# day of'): that day
_TODAY = r"(?P<today>today|it|this)(?:\s+is|['’]s|\s+marks)"
_NAMED = (rf"(?P<named>{WEEKDAY_FULL}|{MONTH}\s+[0-3]?\d(?:,\s+\d{{4}})?)"
          r"(?:\s*,|\s+(?:is|was|marks|marked))")


def counted_day(m: re.Match, ctx: Context) -> Norm | None:
    day = ctx.dct if m["today"] else ctx.day
    if day is None:
        return None
    return point_norm(Point(day))


RULES: tuple[Rule, ...] = (
    rule("counted_day", rf"(?:{_TODAY}|{_NAMED})\s+{_COUNTED_DAY}", counted_day, gate=r"day\s+of"),
)
