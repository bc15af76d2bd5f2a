"""A document's named entities and token texts, read once for every stage: spaCy builds
`doc.ents` afresh on each access (a new Span for each of ~100 entities, ~0.05 ms an article), and
the actors, events, places and times layers read them ~12 times an article. No stage sets a
document's entities or retokenizes it (the NER and `sitrep.nlp`'s repairs do, before any stage
runs), so the first reading stands."""

from __future__ import annotations

from functools import lru_cache

from spacy.attrs import LEMMA, LOWER, ORTH, POS, SPACY
from spacy.tokens import Doc, Span, Token


@lru_cache(maxsize=1)  # the document being read: the stages take one document at a time
def entities(doc: Doc) -> tuple[Span, ...]:
    """`doc.ents`, the same tuple for every caller until another document is read."""
    return tuple(doc.ents)


@lru_cache(maxsize=1)  # as `entities`: the document being read
def token_texts(doc: Doc) -> list[str]:
    """Every token's text, in order, read from the document's ORTH array: a scan that tests
    each word's text makes a Token (and a new str) for none but the words it keeps."""
    return texts_of(doc, doc.to_array(ORTH).tolist())


@lru_cache(maxsize=1)  # as `entities`: the document being read
def lower_texts(doc: Doc) -> list[str]:
    """Every token's lower-case text (`Token.lower_`), in order, from the LOWER array: a scan
    that tests each word's lower-case form makes a Token for none but the words it keeps."""
    return texts_of(doc, doc.to_array(LOWER).tolist())


@lru_cache(maxsize=1)  # as `entities`: the document being read
def doc_text(doc: Doc) -> str:
    """`doc.text`, joined once (spaCy joins it afresh on each access) and, as spaCy joins it,
    each token's text then a space where it has one (`Token.text_with_ws`), read off the ORTH
    and SPACY columns: no Token a word."""
    spaces = doc.to_array(SPACY).tolist()
    return "".join([text + " " if space else text
                    for text, space in zip(token_texts(doc), spaces)])


def span_text(span: Span) -> str:
    """`span.text`, cut from the document's text by the span's character offsets: spaCy joins
    the text of each of its tokens, making a Token for each (the same string: a span's text
    runs from its first token's start to its last token's end)."""
    return doc_text(span.doc)[span.start_char:span.end_char]


@lru_cache(maxsize=1)  # as `entities`: the document being read
def pos_tags(doc: Doc) -> list[str]:
    """Every token's coarse POS (`Token.pos_`), in order, from the POS array: a scan that
    tests each word's tag makes a Token for none but the words it keeps."""
    return texts_of(doc, doc.to_array(POS).tolist())


@lru_cache(maxsize=1)  # as `entities`: the document being read
def lemma_texts(doc: Doc) -> list[str]:
    """Every token's lemma (`Token.lemma_`), in order, from the LEMMA array."""
    return texts_of(doc, doc.to_array(LEMMA).tolist())


def token_span(doc: Doc, start: int, end: int) -> Span:
    """`doc[start:end]`. Where the bounds are in order inside the document it is the Span the
    slice builds, without spaCy's slice normalising (`util.normalize_slice`, pure Python:
    ~1.6 µs a slice against ~0.55 for the Span alone); other bounds go through the slice,
    clipped as it clips them."""
    if 0 <= start <= end <= len(doc):
        return Span(doc, start, end)
    return doc[start:end]


@lru_cache(maxsize=1)  # as `entities`: the document being read
def _expanded_bounds(doc: Doc) -> dict[tuple[int, int], tuple[int, int] | None]:
    """Character range → the token bounds `expanded_span` found for it in this document."""
    return {}


def expanded_bounds(doc: Doc, start_char: int, end_char: int) -> tuple[int, int] | None:
    """The token bounds (start, end) of `expanded_span`, without a Span (None: no tokens)."""
    bounds = _expanded_bounds(doc).get((start_char, end_char), _UNSEEN)
    if bounds is _UNSEEN:
        span = expanded_span(doc, start_char, end_char)
        return (span.start, span.end) if span is not None else None
    return bounds


def expanded_span(doc: Doc, start_char: int, end_char: int) -> Span | None:
    """`doc.char_span(start_char, end_char, alignment_mode="expand")`: the tokens a character
    range touches. The stages ask it of the same ranges again and again (each actor mention, by
    ~8 rules in three stages: ~800 calls an article, most of them repeats), and each answer
    makes ~5 Tokens inside spaCy; the bounds are kept for the document being read, and every
    caller gets a Span of its own (the Span spaCy's call builds: `Span(doc, start, end)`)."""
    memo = _expanded_bounds(doc)
    bounds = memo.get((start_char, end_char), _UNSEEN)
    if bounds is not _UNSEEN:
        return Span(doc, *bounds) if bounds is not None else None
    span = doc.char_span(start_char, end_char, alignment_mode="expand")
    memo[(start_char, end_char)] = (span.start, span.end) if span is not None else None
    return span


_UNSEEN = object()


def tokens_tagged(doc: Doc, tags: frozenset[str]) -> tuple[Token, ...]:
    """The tokens whose coarse POS is one of `tags` ('VERB', 'PRON'…), in order, found in the
    document's POS array: a scan that skips every other word makes no Token for it. Kept for
    the document being read: the quotes, events and blame rules each ask for its verbs."""
    memo = _tagged(doc)
    found = memo.get(tags)
    if found is None:
        found = memo[tags] = tuple(doc[i] for i, tag in enumerate(pos_tags(doc)) if tag in tags)
    return found


@lru_cache(maxsize=1)  # as `entities`: the document being read
def _tagged(doc: Doc) -> dict[frozenset[str], tuple[Token, ...]]:
    """A set of coarse tags → `tokens_tagged`'s answer for it in this document."""
    return {}


# String ids are hashes of the strings (POS: fixed symbols), the same in every StringStore, so
# one memo serves every document; past this many entries it starts afresh (bounded memory).
MAX_STRINGS = 200_000
_STRING: dict[int, str] = {}


def texts_of(doc: Doc, ids: list[int]) -> list[str]:
    """The string of each string id (a column of `Doc.to_array`), through the memo."""
    try:  # every id known: the common case once the memo has seen a few articles
        return list(map(_STRING.__getitem__, ids))
    except KeyError:
        pass
    missing = set(ids).difference(_STRING)
    if len(_STRING) + len(missing) > MAX_STRINGS:
        _STRING.clear()
        missing = set(ids)
    strings = doc.vocab.strings
    _STRING.update((h, strings[h]) for h in missing)
    return list(map(_STRING.__getitem__, ids))
