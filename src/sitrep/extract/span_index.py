"""Character spans asked about many times: does any overlap, or hold, a stretch of text? Sorted
by start, the spans that start before a point are a prefix, and the furthest end among them
answers both questions: a bisection instead of a look at every span, which made an article
listing thousands of places quadratic (each name asked about every mention)."""

from __future__ import annotations

from bisect import bisect_left, bisect_right
from collections.abc import Iterable
from itertools import accumulate


class SpanIndex:
    """(start, end) pairs, in any order, overlapping one another or not."""

    def __init__(self, spans: Iterable[tuple[int, int]]):
        ordered = sorted((start, end) for start, end in spans)
        self._starts = [start for start, _ in ordered]
        self._furthest_end = list(accumulate((end for _, end in ordered), max))

    def overlaps(self, start: int, end: int) -> bool:
        """Some span (s, e) has s < end and start < e."""
        before_end = bisect_left(self._starts, end)
        return before_end > 0 and self._furthest_end[before_end - 1] > start

    def holds(self, start: int, end: int) -> bool:
        """Some span (s, e) has s <= start and end <= e."""
        from_start = bisect_right(self._starts, start)
        return from_start > 0 and self._furthest_end[from_start - 1] >= end


class BySpan(list):
    """Items (anything with a `.span`, (start, end)) sorted by span, that can also say which
    of them comes first among those overlapping a stretch: the furthest end among the items
    before a point only grows, so the first item whose end passes the stretch's start is found
    by bisection too (the places layer asked it of every mention, once per name found)."""

    def __init__(self, items: Iterable):
        super().__init__(sorted(items, key=lambda item: item.span))
        self._starts = [item.span[0] for item in self]
        self._furthest_end = list(accumulate((item.span[1] for item in self), max))

    def first_overlapping(self, start: int, end: int):
        """The first item (in span order) with span[0] < end and start < span[1], or None."""
        before_end = bisect_left(self._starts, end)
        first = bisect_right(self._furthest_end, start, 0, before_end)
        return self[first] if first < before_end else None
