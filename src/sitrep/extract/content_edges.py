"""The edges of a content reported before its cue ('…, he said', '…, according to X'), which
neither the rules' clause nor a tagged span draws as PolNeAR's annotators do:

- a discourse connective that opens it ('Still, Cruz will be re-evaluating how he approaches
  his colleagues, he said'; `data/discourse_connectives.tsv`) is the writer's link to the
  sentence before, not part of what the speaker claimed: the content starts after it. After the
  cue ('said that, in fact, …') the word is inside the reported clause and stays.
- a reported content that opens a quotation runs on to its closing mark ('…described the
  address as “muscular.”'; the tagger, and the rules' clause at a straight mark, stop at
  'muscular'), within its paragraph: annotators do not cut a quotation the claim opens
  (PolNeAR train: 33 contents gained, 2 lost). This edge holds wherever the cue stands.
- a fragment before a parenthetical attribution ('Fundraising, according to the campaign, has
  surged in the same period'; 'Over the long term, according to the budget office, the rise
  in annual deficits…') has no verb of its own: the claim is the whole sentence around the
  attribution, which annotators mark as one content in two pieces (scored as its hull)."""

from __future__ import annotations

import re
from functools import lru_cache

from spacy.tokens import Span, Token

from sitrep.data import read_table
from sitrep.extract.claim_spans import SUBJECT_DEPS, strip_punct
from sitrep.extract.quote_marks import QUOTATION_MARKS, QuotedSpan

CharSpan = tuple[int, int]

# the tags of a finite verb: a stretch holding one says something of its own
_FINITE_TAGS = {"VBD", "VBZ", "VBP", "MD"}
# how many tokens may follow the cue and speaker before the comma that closes the attribution:
# the when or where of the saying ('said Tuesday in Paris,'), not a clause of its own
_ATTRIBUTION_TAIL = 6
# what a passive cue says of its subject ('charged with', 'seen as', 'expected to', 'named X')
_PASSIVE_COMPLEMENT_DEPS = {"xcomp", "oprd", "ccomp", "attr"}
# a relative or wh-word: which, that, who, whom, what, whose (Penn Treebank tags)
_WH_TAGS = {"WDT", "WP", "WP$"}
# what a cue says of its object ('called it “a disgrace”', 'described as', 'estimated were')
_COMPLEMENT_DEPS = {"oprd", "xcomp", "ccomp", "attr", "acomp"}
_COMPLEMENT_PREPOSITIONS = {"as", "to"}
# how the word may hang on the cue itself when the content is the object's predicate ('which
# X called “crap”': 'which' the object)
_OBJECT_DEPS = {"dobj", "attr"}


def without_leading_connective(text: str, content: CharSpan, cue: CharSpan) -> CharSpan:
    """`content` without a connective and its comma at its start, when the content ends
    before its cue begins; unchanged otherwise, or when nothing would be left."""
    start, end = content
    if end > cue[0]:
        return content
    match = _connective_opening().match(text, start, end)
    if match is None or match.end() >= end:
        return content
    return match.end(), end


def through_open_quotation(text: str, content: CharSpan, quoted: list[QuotedSpan]) -> CharSpan:
    """`content` run on to the end of a quotation (`quoted`) that opens inside it and closes
    after it: the closing mark, with the full stop or comma before it. Unchanged when no
    quotation does, or when the rest of it lies in another paragraph."""
    start, end = content
    opened = next((q for q in quoted if start <= q.start < end < q.end), None)
    if opened is None or "\n" in text[end:opened.end]:
        return content
    return start, opened.end


def through_parenthetical_attribution(content: Span, cue: Span, speaker: Span | None,
                                      taken: list[CharSpan]) -> Span:
    """A verbless `content` right before ', <cue and speaker>,' runs on to the end of the
    sentence; unchanged when it has a verb, when the attribution is not set off by commas, when
    nothing follows it, or when the rest holds another claim's content or cue (`taken`)."""
    doc = content.doc
    attribution = [cue] + ([speaker] if speaker is not None else [])
    first, last = min(s.start for s in attribution), max(s.end for s in attribution)
    if content.end > first or any(t.tag_ in _FINITE_TAGS for t in content):
        return content
    if [t.text for t in doc[content.end:first] if not t.is_space] != [","]:
        return content
    sentence_end = cue.root.sent.end
    comma = next((t.i for t in doc[last:min(last + _ATTRIBUTION_TAIL + 1, sentence_end)]
                  if t.text == ","), None)
    if comma is None or any(t.is_punct and t.text in QUOTATION_MARKS for t in doc[last:comma]):
        return content
    rest = strip_punct(doc[comma + 1:sentence_end])
    if rest is None or sum(not t.is_punct for t in rest) < 2 or any(
            rest.start_char < end and start < rest.end_char for start, end in taken):
        return content
    return doc[content.start:rest.end]


def through_passive_complement(content: Span, cue: Span) -> Span:
    """`content` that is only the subject of a passive cue, run on over the cue to the end of
    what the passive says of it ('Three city commissioners were charged with receiving bribes',
    'Ginsburg is known for speaking her mind', 'Al-Muteiri was confirmed as another of the
    passengers'): the subject alone is no claim, and annotators mark the whole clause. A
    passive with nothing after it but its agent ('The purchase price was not disclosed', 'was
    echoed by Sanders') keeps the subject, as they mark it."""
    verb = cue.root
    if content.end > cue.start or not any(c.dep_ == "auxpass" for c in verb.children):
        return content
    if not any(c.dep_ == "nsubjpass" and content.start <= c.i < content.end
               for c in verb.children) or content.end <= verb.left_edge.i - 1:
        return content
    complements = [c for c in verb.children if c.i > verb.i and (
        c.dep_ in _PASSIVE_COMPLEMENT_DEPS or c.dep_ == "prep" and c.lower_ != "by")]
    if not complements:
        return content
    widened = _through_closing_mark(content.doc[content.start:complements[-1].right_edge.i + 1])
    return strip_punct(widened) or content if widened is not None else content


def _through_closing_mark(span: Span) -> Span | None:
    """`span`, or when it opens a quotation it does not close ('it was labeled “Mostly True'),
    `span` run on to the closing mark in its sentence; None when there is none."""
    marks = [t for t in span if t.text in QUOTATION_MARKS]
    if len(marks) % 2 == 0:
        return span
    sentence_end = span[-1].sent.end
    closing = next((t.i for t in span.doc[span.end:sentence_end] if t.text in QUOTATION_MARKS),
                   None)
    return span.doc[span.start:closing + 1] if closing is not None else None


def from_relative_word(content: Span, cue: Span) -> Span:
    """`content` after its cue, started at the relative or wh-word that opens the cue's clause
    when that word stands for something inside the content (`relative_gap`): the word is a gap
    in what was said, so annotators mark the claim from it, over the speaker and cue."""
    if content.start < cue.end:
        return _bare_relative_word_with_complement(content, cue)
    word = relative_gap(cue.root, content)
    return content.doc[word.i:content.end] if word is not None else content


def _bare_relative_word_with_complement(content: Span, cue: Span) -> Span:
    """A content that is only the relative word before its cue ('what' of 'what aide Kevin
    Phillips called “the beginning of a new Republican era”', 'what they described as an
    overwhelmingly liberal news media') runs on over the cue to the end of the cue's
    complement, as annotators mark it; unchanged otherwise."""
    verb, doc = cue.root, content.doc
    word = verb.left_edge
    if len(content) != 1 or content.start != word.i or word.tag_ not in _WH_TAGS or (
            word.dep_ in SUBJECT_DEPS and word.head.i == verb.i):
        return content
    if not any(c.dep_ in SUBJECT_DEPS and word.i < c.i < verb.i for c in verb.children):
        return content
    complements = [c for c in verb.children if c.i > verb.i and (
        c.dep_ in _COMPLEMENT_DEPS or c.dep_ == "prep" and c.lower_ in _COMPLEMENT_PREPOSITIONS)]
    if not complements or not (word.head.i == verb.i or any(
            c.left_edge.i <= word.head.i <= c.right_edge.i for c in complements)):
        return content
    widened = _through_closing_mark(doc[word.i:complements[-1].right_edge.i + 1])
    return strip_punct(widened) or content if widened is not None else content


def relative_gap(verb: Token, content: Span) -> Token | None:
    """The relative or wh-word opening the clause of cue `verb` when it stands for something
    in `content` ('which Mr. Clarke says he is doing everything he can to keep open', 'what
    Trump says his tax plan would do', 'which Tim Cook called “total political crap”'); None
    when the word is the cue's subject ('who said that…': the speaker), or when the cue's own
    subject does not stand between it and the cue."""
    word = verb.left_edge
    if word.tag_ not in _WH_TAGS or word.dep_ in SUBJECT_DEPS and word.head.i == verb.i:
        return None
    if not any(c.dep_ in SUBJECT_DEPS and word.i < c.i < verb.i for c in verb.children):
        return None
    inside = content.start <= word.head.i < content.end and word.head.i > verb.i
    return word if inside or word.head.i == verb.i and word.dep_ in _OBJECT_DEPS else None


@lru_cache(maxsize=1)
def _connective_opening() -> re.Pattern:
    """A connective, a comma right after it (spaces allowed) and the spaces after the comma;
    longest first, so 'as it currently stands' wins over a shorter phrase it starts with."""
    words = sorted((row["connective"] for row in read_table("discourse_connectives.tsv")),
                   key=len, reverse=True)
    alternatives = "|".join(re.escape(w).replace("'", "['’]").replace(r"\ ", r"\s+") for w in words)
    return re.compile(rf"(?:{alternatives})\s*,\s*", re.IGNORECASE)
