"""The time grammar: each rule is a regular expression over the text (built from the time words)
with a normaliser that turns its match into a TIMEX3 type, value, date interval and modifier.

Rules only read the text and a `Context` (publication date, the tense of the clause, the last
explicit date); the stage (`times.py`) finds the matches, checks them against the parse (a modal
'May', a 'Sunday' inside a newspaper's name, '2000 troops') and keeps the longest. The rules live
by concept in `time_calendar`, `time_relative`, `time_counted_days`, `time_durations` and
`time_reporting`; this module only orders them (of two matches of the same length the earlier
rule wins).
"""

from __future__ import annotations

from sitrep.extract import (
    time_calendar, time_counted_days, time_durations, time_holidays, time_relative, time_reporting,
)
from sitrep.extract.time_grammar import Context, Norm, Rule
from sitrep.extract.time_lexicon import time_words

_MODULES = (time_calendar, time_holidays, time_relative, time_counted_days, time_durations,
            time_reporting)
_BY_NAME = {r.name: r for module in _MODULES for r in module.RULES}
ORDER = (
    "named_day", "paired_day", "full_date", "full_date_dmy", "week_of", "iso_date", "us_date",
    "month_year", "month_relative_year", "story_month", "month", "year", "year_range_end",
    "decade", "decade_words", "century", "quarter", "season", "holiday", "weekday",
    "deictic_day", "reference", "some_day", "relative_period", "period_part", "anaphoric",
    "counted_day", "the_week",
    "year_end", "the_weekend", "ago", "past_span", "length_range", "duration", "unit_long", "bare_units",
    "units_of", "the_units", "units_ahead", "vague_length", "frequency", "every", "plural_weekday", "clock",
    "clock24", "part_of_day",
    "noon", "spoken_year", "year_2000s", "the_quarter", "year_ago_quarter", "the_period",
    "year_ago", "financial_year", "thanksgiving",
)
if set(ORDER) != set(_BY_NAME):  # a rule without a place would silently never run
    raise RuntimeError(f"time rules not ordered: {sorted(set(ORDER) ^ set(_BY_NAME))}")
RULES: tuple[Rule, ...] = tuple(_BY_NAME[name] for name in ORDER)

__all__ = ["RULES", "Context", "Norm", "Rule", "time_words"]
