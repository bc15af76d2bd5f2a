"""Names listed together are of one kind: "Texas, Utah, Virginia, Washington, West Virginia and
Wyoming" are six states, so "Washington" there is the state, not the capital nor a West Virginia
village; "British Columbia, Alberta, Manitoba, Ontario and New Brunswick" are five provinces, not
Ontario, California and New Brunswick, New Jersey. A pure function over the ranked mentions."""

from __future__ import annotations

from collections import Counter
from typing import TYPE_CHECKING

from sitrep.extract.place_containers import LIST_WORDS

if TYPE_CHECKING:
    from sitrep.extract.place_ranking import Resolved

# a list needs this many other items read as one country's divisions before it makes a division
# of an item read otherwise ("Cleveland, Columbus, Dayton and Cincinnati" are towns: none)
_MIN_DIVISIONS = 2


def divisions_in_lists(resolved: list[Resolved], text: str,
                       qualified: frozenset[int] = frozenset()) -> None:
    """Make each item of a list of one country's first-level divisions that can be one of them
    that division, in place: when at least _MIN_DIVISIONS other items, and at least half of
    them, are read as divisions of that country. Not an item its container qualifies (ids in
    `qualified`): "Alaska, Hawaii, Florida and Washington, D.C." ends with the capital."""
    for items in _lists(resolved, text):
        for r in items:
            if r.best is None or r.best.feature == "admin1" or r.mention.role == "demonym" \
                    or id(r) in qualified:
                continue
            others = [o.best for o in items if o is not r and o.best is not None]
            countries = Counter(c.country for c in others if c.feature == "admin1")
            if not countries:
                continue
            country, count = countries.most_common(1)[0]
            if count < _MIN_DIVISIONS or count * 2 < len(others):
                continue
            division = next((c for _, c in r.scored if c.feature == "admin1" and c.main
                             and c.country == country), None)
            if division is not None:
                r.best = division


def _lists(resolved: list[Resolved], text: str) -> list[list[Resolved]]:
    """Runs of three or more mentions that only list words (", ", " and ", ", or " …) part."""
    runs: list[list[Resolved]] = []
    run: list[Resolved] = []
    for r in resolved:
        if run and text[run[-1].mention.end:r.mention.start].lower() in LIST_WORDS:
            run.append(r)
            continue
        if len(run) >= 3:
            runs.append(run)
        run = [r]
    if len(run) >= 3:
        runs.append(run)
    return runs
