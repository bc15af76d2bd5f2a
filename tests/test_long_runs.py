"""Whitespace-free runs too long for spaCy's tokenizer are tokenized a piece at a time, with the
text kept character for character (its cost is quadratic in a run's length: see
`sitrep.nlp.long_runs`; measured, not timed here)."""

from __future__ import annotations

from sitrep.nlp import load_nlp
from sitrep.nlp.long_runs import MAX_RUN_CHARS, pieces

# A scraped page's leftovers: a rule of punctuation, then the article.
RULE = '".,;:!?' * 400
ARTICLE = "Rebels shelled Idlib on Sunday, the observatory said."


def test_a_long_run_is_cut_into_pieces_that_join_back_into_the_text():
    text = f"{ARTICLE}\n{RULE}\n{ARTICLE}"
    cut = list(pieces(text))
    assert "".join(cut) == text
    assert len(cut) == 1 + len(RULE) // MAX_RUN_CHARS
    assert all(len(piece) == MAX_RUN_CHARS for piece in cut[1:-1])


def test_the_text_around_a_long_run_is_tokenized_as_spacy_does():
    nlp = load_nlp()
    text = f"{ARTICLE}\n{RULE}\n{ARTICLE}"
    doc = nlp.make_doc(text)
    assert doc.text == text
    own = [t.text for t in nlp.tokenizer.tokenizer(ARTICLE)]
    assert [t.text for t in doc[:len(own)]] == own
    assert [t.text for t in doc[-len(own):]] == own
    assert all(len(t.text) <= MAX_RUN_CHARS for t in doc)


def test_prose_goes_straight_to_spacy():
    nlp = load_nlp()
    text = f"{ARTICLE} See https://example.org/{'a' * 300}?q=1 for more."
    assert [t.text for t in nlp.make_doc(text)] == [t.text for t in nlp.tokenizer.tokenizer(text)]
