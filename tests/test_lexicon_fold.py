"""`lexicon.fold` is memoised (the actors and speakers stages fold the same names again and
again): a remembered key must be the one a fresh fold gives, whatever was folded before."""

from __future__ import annotations

from sitrep.extract.lexicon import fold

NAMES = ["Recep Tayyip Erdoğan", "RECEP TAYYIP ERDOGAN", "Ukraine’s", "Ukraine's",
         "al‐Shabaab", "Al–Shabaab", "  Kim   Jong Un ", "Zelenskyy", "ZELENSKYY", "Ḥamas"]


def test_memoised_fold_gives_a_fresh_folds_key():
    fresh = [fold.__wrapped__(name) for name in NAMES]
    assert [fold(name) for name in NAMES] == fresh
    assert [fold(name) for name in reversed(NAMES)] == fresh[::-1]  # answered from the memo
    assert fold("Recep Tayyip Erdoğan") == fold("RECEP TAYYIP ERDOGAN") == "recep tayyip erdogan"
    assert fold("Ukraine’s") == fold("Ukraine's")
