"""Lengths and frequencies: 'the past two days' (P2D), 'a 49-year lease' (P49Y), 'for hours'
(PTXH), 'every week' and 'daily' (SETs). Ages ('a 26-year-old fighter') are not times."""

from __future__ import annotations

import re

from datetime import timedelta

from sitrep.extract.time_grammar import (
    HEDGE, MONTH_FULL, NUM, POD, SEASON, UNIT, VAGUE, WEEKDAY_FULL, Context, Norm, Rule, W,
    amount_of, capitalised, lookup, rule, unit_letter,
)
from sitrep.extract.time_values import duration_value


_VAGUE_AMOUNT = {"few": 3, "a few": 3, "several": 5, "some": 3, "many": 10, "multiple": 3,
                 "various": 3, "a number of": 5}


def past_span(m: re.Match, ctx: Context) -> Norm | None:
    """'the past two days' (P2D, [2024-12-14, 2024-12-16]), 'the next few months'."""
    letter, days = unit_letter(m["unit"])
    amount = amount_of(m["num"]) if m["num"] else 1.0
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
    letter, _ = unit_letter(m["unit"])
    if letter == "DE":
        letter, scale = "Y", 10
    elif letter == "CE":
        letter, scale = "Y", 100
    else:
        scale = 1
    amount = amount_of(m["num"])
    amount = amount * scale if amount is not None else None
    if amount is not None and amount > 100000:
        return None
    mod = lookup("hedge", m["hedge"]) if m["hedge"] else None
    return Norm("DURATION", duration_value(amount, letter), mod=mod)


def bare_units(m: re.Match, ctx: Context) -> Norm | None:
    if m["recent"]:  # TimeBank: 'in recent years' is a past reference, not a length
        return Norm("DATE", "PAST_REF", None, ctx.dct)
    letter, _ = unit_letter(m["unit"])
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
    letter, _ = unit_letter(word)
    amount = amount_of(m["num"]) if m["num"] else 1.0
    if letter in {"DE", "CE"}:
        letter, amount = "Y", (amount or 1) * (10 if letter == "DE" else 100)
    return Norm("SET", duration_value(amount, letter))


def plural_weekday(m: re.Match, ctx: Context) -> Norm | None:
    if not capitalised(m["weekday"]):
        return None
    return Norm("SET", f"XXXX-WXX-{lookup('weekday', m['weekday'])}")



RULES: tuple[Rule, ...] = (
    rule("past_span", rf"the\s+(?P<rel>past|last|next|coming|previous|following|first|final)\s+"
                       rf"(?:(?P<num>{NUM}|{VAGUE})\s+)?(?P<unit>{UNIT})", past_span),
    rule("duration", rf"(?:(?P<hedge>{HEDGE})\s+)?(?P<num>{NUM}(?:\s+and\s+a\s+half)?|{VAGUE})"
                      rf"[\s-]+(?P<unit>{UNIT})(?:\s+and\s+a\s+half)?(?P<old>[\s-]+old|\s+of\s+age)?",
         duration, gate=UNIT),
    rule("bare_units", r"(?:for|in|over|after|within|of|many|several)\s+(?P<span>(?P<recent>recent\s+)?"
                        r"(?P<unit>(?:second|minute|hour|day|week|month|year|decade)s))(?!\s+ago)",
          bare_units),
    rule("frequency", W.alternation("frequency"), frequency),
    rule("every", rf"(?:(?:every|each)(?:\s+other)?|once|twice|{NUM}\s+times)\s+(?:a\s+|an\s+|per\s+)?"
                   rf"(?:(?P<num>{NUM})\s+)?(?P<what>{UNIT}|{WEEKDAY_FULL}|{MONTH_FULL}|{SEASON}|{POD})",
         every, gate=r"(?:every|each|once|twice|times)"),
    rule("plural_weekday", rf"(?P<weekday>{WEEKDAY_FULL})s", plural_weekday),
)
