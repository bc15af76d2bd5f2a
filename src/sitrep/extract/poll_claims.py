"""Claims a poll makes: 'In an NBC News/Wall Street Journal poll released Monday, 50 percent of
respondents chose Clinton while 40 percent chose Trump'. A sentence that opens with 'in' and a
noun phrase naming a poll (`data/poll_words.tsv`) reports what the poll found; PolNeAR marks
'In' as the cue, the noun phrase as the source and the rest of the sentence, after the comma,
as the content. The same phrase after its clause ('Trump leads in the polls') is narration as
often as a report, and is left alone."""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache

from spacy.tokens import Doc, Span, Token

from sitrep.data import read_table
from sitrep.extract.claim_spans import strip_punct

# what may stand before the 'In' at a sentence's start: 'But in a poll…', '“In the poll…'
_BEFORE_OPENING = {"and", "but", "yet"}
# an aside on the poll after its comma: at most this many words, up to the next comma
_ASIDE_WORDS = 10
_RELATIVE_WORDS = {"which", "whose", "whom"}


@dataclass(frozen=True)
class PollClaim:
    cue: Span  # 'In'
    source: Span  # 'an NBC News/Wall Street Journal poll released Monday'
    content: Span  # the rest of the sentence


def poll_claims(doc: Doc) -> list[PollClaim]:
    """Every sentence of `doc` that opens with 'in' + a poll and a comma, as a claim."""
    found = []
    for sentence in doc.sents:
        opening = _opening_preposition(sentence)
        if opening is None:
            continue
        poll = _poll_object(opening)
        if poll is None:
            continue
        end = _phrase_end(opening, sentence)
        if end >= sentence.end or doc[end].text != ",":
            continue
        content = strip_punct(doc[end + 1:sentence.end])
        if content is None or sum(not t.is_punct for t in content) < 3:
            continue
        found.append(PollClaim(doc[opening.i:opening.i + 1], doc[opening.i + 1:end], content))
    return found


def _phrase_end(opening: Token, sentence: Span) -> int:
    """Where the phrase of the poll ends: after the preposition's subtree, and after an aside
    on the poll set off by commas, which the parser hangs on the main verb ('In that same poll,
    released Monday, …'; 'In the survey, a copy of which was obtained by The Washington Times,
    …'): a stretch of a few words that opens with a participle or holds a relative word."""
    doc = opening.doc
    end = opening.right_edge.i + 1
    if end >= sentence.end or doc[end].text != ",":
        return end
    words = [t for t in doc[end + 1:min(end + 2 + _ASIDE_WORDS, sentence.end)] if not t.is_space]
    closing = next((n for n, t in enumerate(words) if t.text == ","), None)
    if closing is None or closing == 0:
        return end
    aside = words[:closing]
    if aside[0].tag_ in {"VBN", "VBG"} or any(t.lower_ in _RELATIVE_WORDS for t in aside):
        return words[closing].i
    return end


def _opening_preposition(sentence: Span) -> Token | None:
    """The 'in' that opens `sentence` (after spaces, punctuation or a 'but' / 'and')."""
    for token in sentence:
        if token.is_space or token.is_punct or token.lower_ in _BEFORE_OPENING:
            continue
        return token if token.lower_ == "in" and token.dep_ == "prep" else None
    return None


def _poll_object(preposition: Token) -> Token | None:
    """The object of `preposition` when it names a poll ('a CNN/ORC poll'), or an aggregate
    of polls ('the RealClearPolitics average of New Hampshire polls')."""
    objects = [c for c in preposition.children if c.dep_ == "pobj"]
    if not objects:
        return None
    noun = objects[0]
    kind = _poll_words().get(noun.lemma_.lower())
    if kind == "poll":
        return noun
    if kind == "aggregate" and any(
            _poll_words().get(o.lemma_.lower()) == "poll" for of in noun.children
            if of.lower_ == "of" for o in of.children if o.dep_ == "pobj"):
        return noun
    return None


@lru_cache(maxsize=1)
def _poll_words() -> dict[str, str]:
    return {row["word"]: row["kind"] for row in read_table("poll_words.tsv")}
