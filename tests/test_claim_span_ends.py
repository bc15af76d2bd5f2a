"""`clause_span` reads a clause's first and last token down the two edges of the parse
(`_subtree_ends`) instead of listing the whole subtree (speed pass 23): the same ends as the
subtree walk gives, for every token. Sentences from AllSides articles."""

from __future__ import annotations

from sitrep.extract.claim_spans import _subtree_ends, clause_span

TEXT = ("Defense Secretary Ash Carter testified before the Senate Armed Services Committee "
        "Wednesday, saying the United States is ready to help push back ISIS in Iraq. The FBI "
        "says the couple who launched the terror attack in San Bernardino -- Syed Farook and "
        "Tashfeen Malik -- was radicalized long before they started courting.")


def test_the_ends_are_the_subtree_walks_first_and_last(pipeline):
    doc = pipeline.nlp(TEXT)
    for token in doc:
        walked = list(token.subtree)
        assert _subtree_ends(token) == (walked[0].i, walked[-1].i), token.text


def test_the_clause_of_saying_runs_to_the_sentences_end(pipeline):
    doc = pipeline.nlp(TEXT)
    saying = next(t for t in doc if t.text == "saying")
    head = next(t for t in saying.rights if t.dep_ == "ccomp")
    assert clause_span(head).text == "the United States is ready to help push back ISIS in Iraq"
