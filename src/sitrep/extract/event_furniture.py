"""Page furniture the ingest patterns miss: a sentence that speaks to the site's reader about
the site's own services ('By signing up, you agree to our Privacy Policy', 'Get the Monitor
Stories you care about delivered to your inbox', 'You must select a newsletter to subscribe
to') reports no act of anyone in the news, whatever verbs it has ('agree', 'deliver',
'select'). Ingest blanks the widget lines it knows by publisher (`ingest/furniture.py`); this
catches the sign-up and consent sentences of any publisher, by what they talk about and to whom.
"""

from __future__ import annotations

import re
from functools import lru_cache

from spacy.tokens import Span, Token

from sitrep.extract.entities import span_text
from sitrep.extract.event_cues import event_words

# words that speak to the reader or for the site ('you agree to our…')
_READER_WORDS = event_words("reader_word")


@lru_cache(maxsize=1)
def _service_phrases() -> re.Pattern:
    """What a site offers its reader (class `reader_service_word`): a newsletter, an inbox,
    a privacy policy, terms of service; whole words, any case."""
    phrases = sorted(event_words("reader_service_word"), key=len, reverse=True)
    return re.compile(r"\b(?:" + "|".join(re.escape(p) for p in phrases) + r")\b", re.I)


def is_reader_furniture(sentence: Span) -> bool:
    """A sentence about the site's services that speaks to its reader (second person or the
    site's 'our') or bids them ('Sign up for Daily Newsletters'). A sentence of news that
    mentions a newsletter ('ISIS said in its weekly newsletter…') speaks to no reader and
    keeps its events."""
    if not _service_phrases().search(span_text(sentence)):
        return False
    return any(t.lower_ in _READER_WORDS for t in sentence) or _is_imperative(sentence.root)


def _is_imperative(root: Token) -> bool:
    """A bare verb with no subject heading its sentence ('Sign up for…', 'Subscribe now…')."""
    return root.pos_ == "VERB" and root.tag_ == "VB" and not any(
        c.dep_ in {"nsubj", "nsubjpass", "expl", "aux"} for c in root.children)
