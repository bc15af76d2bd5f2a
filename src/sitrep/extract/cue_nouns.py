"""Claims a cue noun makes: 'Trump's claim that there have been thousands of shootings', 'his
determination to act alone', 'the decision by the FBI not to recommend charges'. The noun is the
cue, its possessor (or the object of its 'by' / 'from') the source, and the that-clause or
to-infinitive hung on it the content, as PolNeAR marks them. Which nouns report a claim with
which complement is data (`data/cue_nouns_learned.tsv`, counted on PolNeAR train by
`scripts/build_cue_nouns.py`); the attribution taggers seldom tag such nouns (the CRF's features
are verb-centred)."""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache

from spacy.tokens import Doc, Span, Token

from sitrep.data import read_table
from sitrep.extract.claim_spans import clause_span, strip_punct
from sitrep.extract.entities import lemma_texts, pos_tags

# the words of the noun phrase before the noun that annotators put in the cue ('his repeated
# emphasis that…' → 'repeated emphasis'; 'a tacit acknowledgment'; 'This political decision')
_CUE_MODIFIER_DEPS = {"amod", "det", "advmod", "compound", "nummod"}
_SOURCE_PREPOSITIONS = {"by", "from"}
# what a source of 'by' / 'from' may be: someone, not 'the decision by Monday'
_SOURCE_ENTITIES = {"PERSON", "ORG", "NORP", "GPE"}


@dataclass(frozen=True)
class NounClaim:
    cue: Span
    source: Span
    content: Span


def complement(noun: Token) -> tuple[str, Token] | tuple[None, None]:
    """The clause a noun takes after it: ('that', head) for 'claim that…' (the parser's acl or
    ccomp opened by 'that'), ('to', head) for 'determination to act' (an acl with 'to')."""
    for child in noun.children:
        if child.i < noun.i or child.dep_ not in {"acl", "ccomp"}:
            continue
        if any(c.dep_ == "mark" and c.lower_ == "that" and c.i < child.i for c in child.children):
            return "that", child
        if child.dep_ == "acl" and any(c.dep_ == "aux" and c.lower_ == "to" and c.i < child.i
                                       for c in child.children):
            return "to", child
    return None, None


def source(noun: Token) -> Span | None:
    """Whose claim: the possessor with its 's ('Donald Trump's', 'his'), else the object of a
    'by' / 'from' right of the noun that names someone ('the decision by the FBI')."""
    doc = noun.doc
    for child in noun.children:
        if child.dep_ == "poss":
            return doc[child.left_edge.i:child.right_edge.i + 1]
    for child in noun.children:
        if child.dep_ != "prep" or child.lower_ not in _SOURCE_PREPOSITIONS or child.i < noun.i:
            continue
        objects = [o for o in child.children if o.dep_ == "pobj"]
        if objects and (objects[0].ent_type_ in _SOURCE_ENTITIES
                        or objects[0].pos_ in {"PROPN", "PRON"}):
            return noun_phrase_of(objects[0])
    return None


def noun_phrase_of(head: Token) -> Span | None:
    return strip_punct(head.doc[head.left_edge.i:head.right_edge.i + 1])


def cue_span(noun: Token, source_span: Span) -> Span:
    """The noun with the modifiers right before it, after the possessor ('repeated emphasis',
    'a tacit acknowledgment')."""
    doc = noun.doc
    start = noun.i
    for modifier in reversed([c for c in noun.lefts if c.dep_ in _CUE_MODIFIER_DEPS]):
        # a modifier with its own words ('highly personal, racially tinged attacks on'), next
        # to what is already taken, and not the possessor's
        if modifier.right_edge.i + 1 != start or (
                modifier.left_edge.i < source_span.end and source_span.start <= modifier.i):
            break
        start = modifier.left_edge.i
    return doc[start:noun.i + 1]


def content_span(noun: Token) -> Span | None:
    """The clause, complementiser included ('that there have been…', 'to act alone')."""
    _, head = complement(noun)
    return clause_span(head) if head is not None else None


def candidates(doc: Doc) -> list[tuple[str, str, Token]]:
    """Every (lemma, complement, noun) of a noun with a source and a clause after it, cue or
    not: what the learned table is counted over."""
    found = []
    for token in doc:
        if token.pos_ != "NOUN":
            continue
        kind, _ = complement(token)
        if kind is not None and source(token) is not None:
            found.append((token.lemma_.lower(), kind, token))
    return found


def noun_claims(doc: Doc) -> list[NounClaim]:
    """The claims of the learned cue nouns in `doc`."""
    learned = learned_cue_nouns()
    nouns = {noun for noun, _ in learned}
    claims = []
    # the tag and lemma first, off the document's columns: a Token and the parse only for the
    # few nouns the table holds
    for i, (tag, lemma) in enumerate(zip(pos_tags(doc), lemma_texts(doc))):
        if tag != "NOUN" or lemma.lower() not in nouns:
            continue
        noun = doc[i]
        kind, _ = complement(noun)
        if (noun.lemma_.lower(), kind) not in learned:
            continue
        src, content = source(noun), content_span(noun)
        if src is None or content is None:
            continue
        claims.append(NounClaim(cue_span(noun, src), src, content))
    return claims


@lru_cache(maxsize=1)
def learned_cue_nouns() -> frozenset[tuple[str, str]]:
    return frozenset((r["noun"], r["complement"]) for r in read_table("cue_nouns_learned.tsv"))
