"""`SpanIndex` and `BySpan` answer by bisection what a look at every span answered (the places' repeated
names skip what overlaps a mention found; a mention inside a person's name is no place), for
any spans — overlapping one another or not, empty or not, in any order — and any stretch."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from sitrep.extract.span_index import BySpan, SpanIndex

spans = st.lists(st.tuples(st.integers(0, 50), st.integers(0, 12)).map(
    lambda p: (p[0], p[0] + p[1])), max_size=30)


@settings(max_examples=400, deadline=None)
@given(spans, st.integers(0, 60), st.integers(0, 12))
def test_overlaps_is_the_check_of_every_span(taken, start, length):
    end = start + length
    assert SpanIndex(taken).overlaps(start, end) == any(s < end and start < e for s, e in taken)


@settings(max_examples=400, deadline=None)
@given(spans, st.integers(0, 60), st.integers(0, 12))
def test_holds_is_the_check_of_every_span(taken, start, length):
    end = start + length
    assert SpanIndex(taken).holds(start, end) == any(s <= start and end <= e for s, e in taken)


def test_a_long_early_span_is_still_seen_past_shorter_later_ones():
    index = SpanIndex([(12, 14), (0, 30), (5, 8)])
    assert index.overlaps(20, 25) and index.holds(20, 25)  # only (0, 30) reaches them
    assert not index.overlaps(30, 35) and not index.holds(29, 31)


class _Item:
    def __init__(self, n: int, span: tuple[int, int]):
        self.n, self.span = n, span


@settings(max_examples=400, deadline=None)
@given(spans, st.integers(0, 60), st.integers(0, 12))
def test_the_first_overlapping_item_is_the_one_a_scan_in_span_order_finds(taken, start, length):
    """The places layer's roles: the first mention, in span order, over a stretch of text."""
    end = start + length
    items = [_Item(n, span) for n, span in enumerate(taken)]
    scanned = next((m for m in sorted(items, key=lambda m: m.span)
                    if m.span[0] < end and start < m.span[1]), None)
    assert BySpan(items).first_overlapping(start, end) is scanned
