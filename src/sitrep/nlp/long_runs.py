"""Whitespace-free runs too long for spaCy's tokenizer, tokenized a piece at a time.

spaCy's tokenizer strips a whitespace-free string's prefixes and suffixes one at a time, and
each strip copies what is left: a run of punctuation costs time quadratic in its length
(measured here: 2,800 characters of '".,;:!?' repeated 1.1 s, 5,600 4.2 s; a 140,000-character
run would take most of an hour, and `--doc-timeout` only starts counting after the parse).
Prose has no such runs; junk does: a flattened ASCII table, a base64 image left by a scrape, a
file of punctuation. A text with a run longer than MAX_RUN_CHARS is tokenized with each such
run cut into pieces of MAX_RUN_CHARS characters; every other text goes straight to spaCy's own
tokenizer. The Doc's text is the input's, character for character, so every offset holds.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator

from spacy.tokens import Doc

# Far above any word or URL of news prose, far below where the cost shows (~0.05 s a piece).
MAX_RUN_CHARS = 1000
LONG_RUN = re.compile(r"\S{%d,}" % (MAX_RUN_CHARS + 1))


def pieces(text: str) -> Iterator[str]:
    """The text cut inside each run longer than MAX_RUN_CHARS, every MAX_RUN_CHARS characters
    of the run; the pieces join back into the text."""
    start = 0
    for run in LONG_RUN.finditer(text):
        for cut in range(run.start() + MAX_RUN_CHARS, run.end(), MAX_RUN_CHARS):
            yield text[start:cut]
            start = cut
    yield text[start:]


class RunSafeTokenizer:
    """spaCy's tokenizer, called on pieces of a text that holds a run too long for it."""

    def __init__(self, tokenizer: Callable[[str], Doc]):
        self.tokenizer = tokenizer

    def __call__(self, text: str) -> Doc:
        if not LONG_RUN.search(text):
            return self.tokenizer(text)
        words: list[str] = []
        spaces: list[bool] = []
        for piece in pieces(text):
            for token in self.tokenizer(piece):
                words.append(token.text)
                spaces.append(bool(token.whitespace_))
        return Doc(self.tokenizer.vocab, words=words, spaces=spaces)


def use_run_safe_tokenizer(nlp):
    """Wrap the pipeline's tokenizer in a RunSafeTokenizer (once)."""
    if not isinstance(nlp.tokenizer, RunSafeTokenizer):
        nlp.tokenizer = RunSafeTokenizer(nlp.tokenizer)
    return nlp
