"""A claim takes the CRF span that overlaps it most (`attribution_model.refine_claims`); the
spans that can overlap it are found by bisection where they are in text order (speed pass 13).
The span found must be the one a search of every span finds, on any spans and target."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from sitrep.extract.attribution_model import _most_overlapping, _SpansInOrder

_offsets = st.integers(min_value=0, max_value=60)
_spans = st.lists(st.tuples(_offsets, _offsets), max_size=8)


@st.composite
def _spans_in_text_order(draw) -> list[tuple[int, int]]:
    """Runs as `decode` gives them: in order, each ending where or before the next begins."""
    cuts = sorted(draw(st.lists(_offsets, max_size=12)))
    return [(a, b) for a, b in zip(cuts[::2], cuts[1::2])]


@settings(max_examples=500, deadline=None)
@given(st.one_of(_spans_in_text_order(), _spans), st.tuples(_offsets, _offsets))
def test_the_most_overlapping_span_is_the_one_a_full_search_finds(spans, target):
    assert _SpansInOrder(spans).most_overlapping(target) == _most_overlapping(spans, target)


def test_a_content_takes_the_tagged_span_it_overlaps_most():
    spans = _SpansInOrder([(0, 10), (12, 40), (41, 45), (50, 90)])
    assert spans.most_overlapping((8, 44)) == (12, 40)
    assert spans.most_overlapping((45, 50)) is None
