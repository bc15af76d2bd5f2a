"""Sentence starts the parser would miss, preset before it runs (spaCy's parser keeps them).

A blank line ends a sentence: a heading, a photo caption or a dateline on its own line is no
part of the paragraph after it, yet en_core_web_sm runs one in nine AllSides sentences across a
blank line ('Death Toll Rises:\n\nEmergency officials … have confirmed'), and the heading
becomes the subject of the verb that follows.

A dateline ends a sentence too: 'WASHINGTON (Reuters) - U.S. President Donald Trump said …'.
Wire copy opens with the place and the agency before a dash. en_core_web_sm parses that run and
the lede as one sentence, so 'CAMP DAVID' becomes the subject of 'said' (a person, for the NER)
and the lede's real subject an apposition. Marking the first word after the dash as a sentence
start before the parser runs (spaCy's parser keeps preset sentence starts) gives the lede its own
parse; every layer reads the corrected tree. One in eight AllSides world/conflict articles opens
with a dateline; VOA's 'WASHINGTON —' is the rule there.

A run of MAX_SENTENCE_TOKENS words with no full stop, question or exclamation mark in it is cut
into sentences of at most that length. A text with no full stops (a transcript dump, a table
flattened to text) is otherwise one sentence tens of thousands of words long, and its parse a
chain as deep: spaCy walks trees recursively (`Token.subtree`, in Cython generators), and a
chain of ~60,000 words overflows the C stack and kills the process. News stays under the cap:
the longest such run in the 5,488 AllSides articles is 352 tokens, and none of them changes.
"""

from __future__ import annotations

import re

import numpy as np
from spacy.attrs import IDX, IS_SPACE, ORTH
from spacy.language import Language
from spacy.tokens import Doc

# At the start of a line: a place in capitals ('CAMP DAVID', 'GAZA CITY, Gaza Strip'), perhaps
# with the day as UPI writes it ('LOS ANGELES, Sept. 28 (UPI)'), or a place in any case with a
# wire agency ('Washington (CNN)'), or the agency alone ('(CNN)'), or a town and its country
# in title case as Al Jazeera writes them ('Kuala Lumpur, Malaysia'; not a sentence adverb or a
# phrase and a name: 'Instead, Trump --', 'On Friday, Gingrich —'); then a dash. A plain hyphen
# must stand apart ('U.S.-led', 'COVID-19' are words, not datelines).
DATELINE = re.compile(r"""(?m)^[ \t]*(?:
    [A-Z][A-Z'’.\-]+(?:[ ][A-Z][A-Z'’.\-]+){0,3}
      (?:,[ ][A-Z][A-Za-z'’.\-]+(?:[ ][A-Z][A-Za-z'’.\-]+){0,2}){0,2}
      (?:,[ ][A-Z][a-z]{2,8}\.?[ ]\d{1,2}(?:,[ ]\d{4})?)?
      (?:[ ]?\([A-Za-z][A-Za-z .&\-]{1,30}\))?
  | (?:[A-Z][a-z'’.\-]+(?:[ ][A-Z][a-z'’.\-]+){0,2}[ ])?
      \((?:Reuters|AP|AFP|CNN|UPI|VOA|dpa|Xinhua|Bloomberg)\)
  | (?!(?:Instead|However|Meanwhile|Still|Yet|Also|Now|Then|Indeed|Later|Earlier|Finally|So|But
         |And|Or|Thus|Moreover|Again|Today|Yesterday|Here|There),)
    (?!(?:On|In|At|By|For|From|After|Before|During|Since|Until|With|Without|Like|Unlike|As)[ ])
      [A-Z][a-z'’.\-]+(?:[ ][A-Z][a-z'’.\-]+){0,2},[ ][A-Z][a-z'’.\-]+(?:[ ][A-Z][a-z'’.\-]+){0,2}
  )(?:[ \t]+(?:--|-)[ \t]+|[ \t]*(?:--|[—–―])[ \t]*)(?=\S)""", re.X)
# Only the opening of an article or of its first paragraphs carries one.
SEARCH_CHARS = 600
# The longest stretch without a sentence end that is parsed as one sentence (see above).
MAX_SENTENCE_TOKENS = 400
SENTENCE_END_MARKS = (".", "!", "?", "…")


def dateline_ends(text: str) -> list[int]:
    """The character offsets where a lede starts after a dateline."""
    return [m.end() for m in DATELINE.finditer(text, 0, min(len(text), SEARCH_CHARS))]


def opening_text(doc: Doc) -> str:
    """The opening SEARCH_CHARS characters' text, as `doc[:SEARCH_CHARS].text` gives them (at
    least that many tokens' worth: a token holds a character or more), from the tokens that
    start within them and the one after: ~120 Tokens an article, not 600 (`doc.text` would join
    every token)."""
    within = int(np.searchsorted(doc.to_array(IDX), SEARCH_CHARS)) if len(doc) else 0
    return doc[:min(within + 1, SEARCH_CHARS)].text


def paragraph_starts(doc: Doc) -> list[int]:
    """The tokens that open a paragraph: the first word after whitespace holding a blank
    line. (spaCy keeps at most one space as a token's trailing whitespace; a blank line is
    always a whitespace token of its own, so only those are read.)"""
    spaces = doc.to_array(IS_SPACE).nonzero()[0].tolist() if len(doc) else []
    return [i + 1 for i in spaces if i + 1 < len(doc) and doc[i].text.count("\n") >= 2]


def forced_starts(doc: Doc, starts: set[int]) -> list[int]:
    """Sentence starts that cut every run longer than MAX_SENTENCE_TOKENS between sentence-end
    marks and preset `starts` into pieces of at most that length."""
    if len(doc) <= MAX_SENTENCE_TOKENS:
        return []
    ends = np.isin(doc.to_array(ORTH), [doc.vocab.strings[m] for m in SENTENCE_END_MARKS])
    breaks = sorted({0, len(doc), *starts, *(ends.nonzero()[0] + 1).tolist()})
    return [i for a, b in zip(breaks, breaks[1:]) if b - a > MAX_SENTENCE_TOKENS
            for i in range(a + MAX_SENTENCE_TOKENS, b, MAX_SENTENCE_TOKENS)]


@Language.component("sitrep_boundaries")
def mark_boundaries(doc: Doc) -> Doc:
    """Preset a sentence start on each paragraph's first word, on the first word after each
    dateline, and where a run with no sentence end grows past MAX_SENTENCE_TOKENS."""
    starts = set(paragraph_starts(doc))
    for end in dateline_ends(opening_text(doc)):
        span = doc.char_span(end, end + 1, alignment_mode="expand")
        if span is not None:
            starts.add(span.start)
    starts.update(forced_starts(doc, starts))
    for i in sorted(starts):
        if 0 < i < len(doc) and not doc[i].is_space:
            doc[i].is_sent_start = True
    return doc


def use_boundaries(nlp: Language) -> Language:
    """Run `mark_boundaries` before the parser."""
    if "parser" in nlp.pipe_names and "sitrep_boundaries" not in nlp.pipe_names:
        nlp.add_pipe("sitrep_boundaries", before="parser")
    return nlp
