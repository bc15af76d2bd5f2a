"""Where a claim's parts are in the parse: the cue phrase, the speaker's noun phrase and the
content clause, with the boundaries attribution annotation (PARC, PolNeAR) draws."""

from __future__ import annotations

from collections.abc import Callable
from functools import lru_cache

from spacy.tokens import Span, Token

from sitrep.data import read_table
from sitrep.extract.entities import token_span, token_texts
from sitrep.extract.speaker_phrases import (
    CLAUSE_DEPS,
    SETTING_PREPOSITIONS,
    TIME_ENTITIES,
    aside_dash,
    noun_phrase,
    participle_aside,
    phrase_before,
)
from sitrep.extract.supersenses import first_sense

SUBJECT_DEPS = {"nsubj", "nsubjpass"}
_INHERIT_DEPS = {"advcl", "conj", "xcomp"}  # "…, adding that…": the subject of the head verb


_CUE_LEFT_DEPS = {"aux", "auxpass", "neg", "advmod"}
_CUE_RIGHT_WORDS = {"as", "with", "to", "about", "on", "for", "over", "into", "out", ":"}


def cue_phrase(verb: Token) -> Span:
    """The cue as annotators mark it: the verb with its auxiliaries, negation and adverbs
    right before it ('did not want', 'has long said') and a particle or preposition right after
    ('agreed with', 'described as', 'pointed out', 'said:')."""
    doc = verb.doc
    start = verb.i
    while start > 0 and doc[start - 1].head.i == verb.i and doc[start - 1].dep_ in _CUE_LEFT_DEPS \
            and not _name_tagged_as_adverb(verb, set(), start - 1):
        start -= 1
    end = verb.i + 1
    if end < len(doc) and doc[end].lower_ in _CUE_RIGHT_WORDS and (
            doc[end].head.i == verb.i or doc[end].text == ":"):
        end += 1
    return doc[start:end]


def with_words_after_verb(cue: Span, taken: list[tuple[int, int]]) -> Span:
    """The cue with the particle or adverb right after its verb, as annotators mark it
    ('shrugged off', 'fired back', 'said sarcastically', 'asks rhetorically'): on PolNeAR train
    such a word right after a gold cue's verb is inside the gold cue 561 times in 591 (an adverb
    further off, 13 in 37, is not taken). Not a word inside the claim's content or speaker."""
    doc, verb = cue.doc, cue.root
    end = cue.end
    if verb.pos_ not in _VERBS or verb.i != end - 1:
        return cue
    while end < len(doc) and _word_after_verb(doc[end], verb) \
            and not any(a <= doc[end].idx < b for a, b in taken):
        end += 1
    return doc[cue.start:end] if end > cue.end else cue


def _word_after_verb(word: Token, verb: Token) -> bool:
    """A particle of `verb`, or an adverb of it that is no wh-word opening what was said
    ('did not explain why', 'described how') nor a name the parser took for an adverb."""
    if word.head.i != verb.i:
        return False
    return word.dep_ == "prt" or word.dep_ == "advmod" and word.pos_ == "ADV" \
        and word.tag_ != "WRB"


def without_leading_wh_word(cue: Span) -> Span:
    """'when asked', 'where he said': the wh-adverb opens the clause, it is not part of the
    cue (PolNeAR train: inside the gold cue once in 42 before a gold cue's verb)."""
    start = cue.start
    while start < cue.end - 1 and cue.doc[start].tag_ == "WRB":
        start += 1
    return cue.doc[start:cue.end] if start > cue.start else cue


def trailing_attribution(cue: Token) -> tuple[Span | None, Span | None]:
    """Attribution set off by commas, with no content clause in the parse:
    '<claim>, experts say.' → the claim before the comma; 'The latest test, North Korea said,
    was its biggest yet' → the whole sentence (the claim around the aside, as one stretch).
    When the parser has lost the subject too ('<claim>, an HTS official familiar with the
    talks told the Guardian.'), the noun phrase between the comma and the cue is the speaker.
    Returns (content, speaker); the speaker is None when the cue's subject will do."""
    sent, doc = cue.sent, cue.doc
    subjects = [c for c in cue.children if c.dep_ in SUBJECT_DEPS]
    speaker = None
    if subjects:
        left = min(subjects[0].left_edge.i, cue.i)
    else:
        comma = next((i for i in range(cue.i - 1, max(sent.start, cue.i - 12) - 1, -1)
                      if doc[i].text in {",", "—", "–"}), None)
        if comma is None:
            return None, None
        speaker = _quoted_person(strip_punct(doc[comma + 1:cue.i]))
        if speaker is None or not any(t.pos_ in {"NOUN", "PROPN", "PRON"} for t in speaker) \
                or _coordinated_clause(speaker, cue):
            return None, None
        left = comma + 1
    right = max(t.i for t in cue.subtree if not t.is_punct or t.i == cue.i)
    if left - sent.start < 3 or doc[left - 1].text not in {",", "—", "–"}:
        return None, None
    if any(c.dep_ == "dobj" for c in cue.children) and cue.lemma_.lower() not in LISTENER_OBJECT:
        return None, None  # "…, the soldier offered it to him": the verb has its own object
    if _adverbial_of(doc[sent.start:left - 1], cue):
        return None, None  # "Catching his gaze, the soldier…", "As Taweel inspected…, X joked"
    after = right + 1
    if after < sent.end and doc[after].text == "," and subjects:  # an aside mid-sentence
        return strip_punct(doc[sent.start:sent.end]), speaker
    if sent.end - after <= 1 or (sent.end - after <= 4 and not subjects):  # at the end
        return strip_punct(doc[sent.start:left - 1]), speaker
    return None, None


def _coordinated_clause(stretch: Span, cue: Token) -> bool:
    """'…in the race, and his spokesman declined to comment': the stretch after the comma is
    a clause of its own, opened by a conjunction or holding the verb the cue hangs on, not a
    speaker the parser lost."""
    return stretch[0].pos_ == "CCONJ" or stretch.start <= cue.head.i < stretch.end


def _quoted_person(stretch: Span | None) -> Span | None:
    """'…, IRNA, quoted government spokesman Mohammad Baqer Nobakht as saying.': when the
    parser has lost the construction, the words between the comma and 'saying' hold the
    quoting verb and 'as'; the speaker is the person between them."""
    if stretch is None or len(stretch) < 3 or stretch[-1].lower_ != "as":
        return stretch
    verbs = [t for t in stretch if t.lemma_.lower() in _QUOTING_VERBS]
    if not verbs:
        return stretch
    person = stretch.doc[verbs[0].i + 1:stretch.end - 1]
    return person if len(person) else stretch


_SUBORDINATORS = {"as", "when", "while", "after", "before", "if", "because", "although",
                  "though", "since", "once", "until", "unless", "whereas"}


def _adverbial_of(segment: Span, cue: Token) -> bool:
    """A stretch before the attribution that modifies the cue's clause is no claim."""
    if len(segment) == 0 or segment[0].lower_ in _SUBORDINATORS:
        return True
    roots = [t for t in segment if not (segment.start <= t.head.i < segment.end)]
    return any(t.head.i == cue.i and t.dep_ in {"advcl", "prep", "npadvmod", "advmod"}
               for t in roots)


def speaker_span(cue: Token, quote: Span | None, in_quotes: set[int] | None = None) -> Span | None:
    """The subject of the cue verb (or of the verb it hangs from: '…, adding that…'); never
    a word inside a quote."""
    verb = cue
    in_quotes = in_quotes or set()
    quoted = _quoted_as(cue, in_quotes)
    if quoted is not None:
        return noun_phrase(quoted, exclude=quote)
    if (inverted := _inverted_subject(cue, quote, in_quotes)) is not None:
        return noun_phrase(inverted, exclude=quote)
    for _ in range(3):
        subjects = _without_relative_word(_without_heading(
            [c for c in verb.children if c.dep_ in SUBJECT_DEPS and c.i not in in_quotes
             and not aside_dash(c)], verb))  # 'made public ― Trump boasted': a dash no subject
        if subjects and subjects[0].dep_ == "nsubjpass" and not _holds_the_view(verb):
            return passive_agent(verb, quote, in_quotes)
        if subjects:
            return _with_named_subject(subjects, verb, noun_phrase(subjects[0], exclude=quote),
                                       quote)
        if (name := _name_tagged_as_adverb(verb, in_quotes)) is not None:
            return name
        if verb.dep_ == "ROOT" and (lost := _subject_lost_before(verb, in_quotes)) is not None:
            return lost
        if participle_aside(verb) and verb.head.dep_ in SUBJECT_DEPS \
                and verb.head.i not in in_quotes:
            return phrase_before(noun_phrase(verb.head, exclude=quote), verb)
        if verb.dep_ == "pcomp" and verb.head.dep_ == "prep" and verb.head.head.pos_ in _VERBS:
            doer = _doer_of_gerund(verb.head, in_quotes)
            if doer is not None:
                return noun_phrase(doer, exclude=quote)
            verb = verb.head.head  # 'In stressing the need…, Obama cited': the clause's subject
            continue
        if verb.dep_ not in _INHERIT_DEPS or verb.head.i == verb.i:
            return None
        verb = _outer_clause(verb, in_quotes) if _trailing_participle(verb) \
            or _finite_after_infinitive(verb) else verb.head
    return None


def _with_named_subject(subjects: list[Token], verb: Token, phrase: Span | None,
                        quote: Span | None) -> Span | None:
    """'Vatican spokesman the Rev. Federico Lombardi told', 'Sullivan's lawyer Beth Wilkinson
    did not respond', 'Army Capt. Christian Pardo': a description and the name after it, read by
    the parser as two subjects of the verb, are one speaker, the name's title."""
    if phrase is None or len(subjects) < 2 or subjects[1].pos_ != "PROPN" \
            or (subjects[0].i < verb.i) != (subjects[1].i < verb.i) or _indefinite(subjects[0]):
        return phrase
    doc, named = verb.doc, noun_phrase(subjects[1], exclude=quote)
    if named is None or named.start < phrase.end or phrase[-1].is_punct or any(
            t.text not in _GLUED_BETWEEN or doc[t.i - 1].whitespace_
            for t in doc[phrase.end:named.start]):
        return phrase
    return doc[phrase.start:named.end]


_GLUED_BETWEEN = {".", "’", "'"}  # 'Capt.' split from its point, 'Fox News’ Bret Baier'


def _indefinite(noun: Token) -> bool:
    """'a defeat President Barack Obama believes…', 'None of the experts CNN spoke to
    believes…', 'whose clearance Trump said he might target': an indefinite or relative noun
    before a name is what the name's relative clause is about, not the name's title (titles go
    bare, definite or possessive)."""
    return noun.lower_ in _QUANTITY_WORDS or any(
        c.dep_ in {"det", "poss"} and (c.lower_ in {"a", "an"} or c.tag_ in {"WDT", "WP$"})
        for c in noun.children)


_QUANTITY_WORDS = {"none", "some", "many", "all", "most", "few", "several", "each", "any"}


def _without_heading(subjects: list[Token], verb: Token) -> list[Token]:
    """The subjects without a heading the parser read as one: in AP's 'The Latest: Trump
    urges supporters to…' the verb has two subjects, and the one a colon separates from the
    verb is the label of the story, not who speaks. The colon may close the label's own
    words ('Update: 9:15PM EDT: Reporter Anna Lind has posted…'), so it is looked for between
    the label and the next subject."""
    doc = verb.doc
    return [s for s in subjects if not (
        len(subjects) > 1 and s.i < verb.i
        and any(s.i < o.i < verb.i and any(doc[i].text == ":" for i in range(
            s.i + 1, o.left_edge.i)) for o in subjects))] or subjects


def _without_relative_word(subjects: list[Token]) -> list[Token]:
    """The subjects without a relative word the parser hung on the cue beside its own subject:
    in 'the drawdown of troops, which they say left a vacuum' and 'policies, which he said had
    harmed the economy' the relative word is the subject of the reported clause; who speaks is
    'they', 'he'."""
    return [s for s in subjects if not (
        s.tag_ in _RELATIVE_TAGS and any(o.i > s.i for o in subjects))] or subjects


_RELATIVE_TAGS = {"WDT", "WP"}


def _subject_lost_before(verb: Token, in_quotes: set[int]) -> Span | None:
    """'Alarmed by the unrest in Nevada, Senator Harry Reid, the minority leader, said that…':
    the parser hangs the name on a word before it (here as a conjunct of 'Nevada') and leaves
    the finite verb with no subject. A name set off before the verb, with its apposition and
    the comma closing it, is the subject it lost."""
    doc, end = verb.doc, verb.i
    if verb.tag_ not in _FINITE_TAGS or end < 2:
        return None
    last = end - 1 if doc[end - 1].text == "," else end
    name = doc[last - 1]
    while name.dep_ in _INSIDE_A_NAME_PHRASE and name.head.i < name.i:
        name = name.head  # 'leader' → appos of 'Reid'; 'adviser' → pobj → 'outside' → …
    while name.dep_ == "conj" and name.head.pos_ == "PROPN" and any(
            c.dep_ == "cc" and name.head.i < c.i < name.i for c in name.head.children):
        name = name.head  # '…terror war, Obama and Clinton call them': the names together
    if name.pos_ != "PROPN" or name.head.i > verb.i or name.dep_ in SUBJECT_DEPS \
            or name.i in in_quotes:
        return None
    start = name.i
    while start > 0 and doc[start - 1].dep_ == "compound" and doc[start - 1].head.i == name.i:
        start -= 1
    if start == 0 or doc[start - 1].text not in _SET_OFF_BEFORE or not any(
            t.pos_ == "PROPN" for t in doc[start:name.i + 1]):
        return None
    return doc[start:end] if end - start > 1 and doc[end - 1].text == "," else doc[start:last]


_FINITE_TAGS = {"VBD", "VBZ", "VBP"}
# how a word of an apposition or a title hangs on the name it describes
_INSIDE_A_NAME_PHRASE = {"appos", "compound", "pobj", "prep", "amod", "det", "poss", "case",
                         "nummod", "punct"}
_SET_OFF_BEFORE = {",", "”", "\"", "''", "’"}


def _trailing_participle(verb: Token) -> bool:
    """', citing…', ', arguing that…': a participle set off by a comma after its clause."""
    return verb.dep_ == "advcl" and verb.tag_ == "VBG" and verb.i > verb.head.i and \
        verb.i > 0 and verb.doc[verb.i - 1].text == ","


def _finite_after_infinitive(verb: Token) -> bool:
    """'May said that the country would formally declare its intention… and suggested that it
    would withdraw': a finite verb the parser coordinates with an infinitive (after 'would',
    'to') cannot share its tense, so it goes with the verb that reports that clause."""
    return verb.dep_ == "conj" and verb.tag_ in {"VBD", "VBZ"} and verb.head.tag_ == "VB"


def _outer_clause(participle: Token, in_quotes: set[int]) -> Token:
    """The verb a trailing participle comments on: its head, or, when the parser hung it on a
    reported clause ('Analysts said geopolitical factors have contributed…, citing the
    strategic importance…'), the verb that reports that clause: the writer appends the
    participle to the whole sentence, and the reporter is the one citing. Not into a quote,
    nor up to a copula ('It's unlikely that donors will return…, barring…')."""
    verb = participle.head
    while verb.dep_ in CLAUSE_DEPS and verb.head.i != verb.i and verb.head.pos_ == "VERB" \
            and verb.head.i not in in_quotes:
        verb = verb.head
    return verb


def _inverted_subject(cue: Token, quote: Span | None, in_quotes: set[int]) -> Token | None:
    """'“I understand,” replied the moderator': after a quote the parser takes the speaker of
    an inverted cue for its object."""
    if quote is None or quote.end > cue.i or any(c.dep_ in SUBJECT_DEPS for c in cue.children):
        return None
    return next((c for c in cue.children if c.dep_ == "dobj" and c.i > cue.i
                 and c.i not in in_quotes and c.pos_ in {"NOUN", "PROPN"}), None)


_VERBS = {"VERB", "AUX"}
# 'blamed Putin for supporting…', 'accused Russia of backing…', 'was removed for expressing…':
# after these prepositions the gerund is done by the verb's object or passive subject
_REASON_PREPOSITIONS = {"for", "of"}


def _doer_of_gerund(preposition: Token, in_quotes: set[int]) -> Token | None:
    """Who does the gerund of '<verb> X for/of <gerund>': X, or the passive subject."""
    if preposition.lower_ not in _REASON_PREPOSITIONS:
        return None
    governor = preposition.head
    doers = [c for c in governor.children if c.dep_ in {"dobj", "nsubjpass"}
             and c.i not in in_quotes and c.i < preposition.i]
    return doers[0] if doers else None


def passive_agent(verb: Token, quote: Span | None, in_quotes: set[int]) -> Span | None:
    """The speaker of a passive cue: its 'by' agent ('is supported by far fewer publications'),
    else nobody. The passive subject is what the claim is about ('Boeing is expected to release
    a patch', 'It is estimated that…')."""
    for agent in (c for c in verb.children if c.dep_ == "agent"):
        for person in (c for c in agent.children if c.dep_ == "pobj" and c.i not in in_quotes):
            return noun_phrase(person, exclude=quote)
    return None


def _holds_the_view(verb: Token) -> bool:
    """'We are convinced that…', 'he is determined to…': the passive subject holds the view."""
    return verb.lemma_.lower() in _view_holder_passives()


@lru_cache(maxsize=1)
def _view_holder_passives() -> frozenset[str]:
    return frozenset(row["verb"] for row in read_table("view_holder_passives.tsv"))


def _name_tagged_as_adverb(verb: Token, in_quotes: set[int], at: int | None = None) -> Span | None:
    """'“…,” Modly said': the small model tags a surname ending in -ly as an adverb. A
    capitalised adverb right before the verb (or at `at`), inside its sentence, after a
    quotation mark or a comma, is a name."""
    at = verb.i - 1 if at is None else at
    if at < 0:
        return None
    word = verb.doc[at]
    if word.head.i != verb.i or word.dep_ not in {"advmod", "npadvmod"} or \
            not word.is_title or word.is_sent_start or word.i in in_quotes or \
            not word.nbor(-1).is_punct:
        return None
    return verb.doc[word.i:word.i + 1]


# 'The agency quoted X as saying', 'X was cited as saying': X speaks, not the one quoting.
_QUOTING_VERBS = {"quote", "cite"}


def _quoted_as(cue: Token, in_quotes: set[int]) -> Token | None:
    """The person a 'quoted … as saying' construction gives the words to: the object of the
    quoting verb, or its passive subject."""
    as_word = cue.head
    if cue.dep_ != "pcomp" or as_word.lower_ != "as" or as_word.head.lemma_ not in _QUOTING_VERBS:
        return None
    people = [c for c in as_word.head.children
              if c.dep_ in {"dobj", "nsubjpass"} and c.i not in in_quotes]
    return people[0] if people else None


def preposition_object(verb: Token) -> Token | None:
    """The object of the first preposition after a verb that has no clausal complement, object
    or infinitive ('railed against [the deal]', 'talked about [his record]'): the content of
    the verb + preposition cues learned from PolNeAR train (scripts/build_cue_lexicon.py)."""
    if any(c.dep_ in ("ccomp", "dobj", "xcomp") for c in verb.children):
        return None
    for prep in verb.rights:
        if prep.dep_ == "prep":
            return next((o for o in prep.children if o.dep_ in ("pobj", "pcomp")), None)
    return None


def clause_span(head: Token) -> Span | None:
    """The content clause, complementiser included ('that U.S. output will expand', as
    PARC-style annotation marks it), without a trailing comma-led aside."""
    first, last = _subtree_ends(head)
    span = strip_punct(head.doc[first:_cut_trailing_aside(head, last + 1)])
    return _close_open_quote(span) if span is not None else None


def _subtree_ends(head: Token) -> tuple[int, int]:
    """The indices of the first and the last token `head.subtree` yields: down the first left
    child to its first, down the last right child to its last (as the subtree walk goes, so
    also in a tree the repairs left non-projective, where `left_edge` may lie further out),
    with a Token for each step down, not for every word of the clause."""
    first = head
    while (child := next(first.lefts, None)) is not None:
        first = child
    last = head
    while children := list(last.rights):
        last = children[-1]
    return first.i, last.i


def stretch_span(span: Span) -> Span | None:
    """A stretch of the parse as a content: without its edge punctuation, and with the closing
    mark of a quote it opens (`clause_span` for a stretch that is no single subtree)."""
    span = strip_punct(span)
    return _close_open_quote(span) if span is not None else None


def _close_open_quote(span: Span) -> Span:
    """'…military is “depleted' + '”': the parser hangs a closing mark on the main verb;
    a clause that opens a quote takes its closing mark (and nothing else) along."""
    doc = span.doc
    texts = token_texts(doc)[span.start:span.end]  # the ORTH column: no Token a word
    opens = sum(text in {"“", "«"} for text in texts)
    closes = sum(text in {"”", "»"} for text in texts)
    end = span.end
    while opens > closes and end < len(doc) and (doc[end].text in {"”", "»"} or (
            doc[end].is_punct and end + 1 < len(doc) and doc[end + 1].text in {"”", "»"})):
        closes += doc[end].text in {"”", "»"}
        end += 1
    return doc[span.start:end]


def _cut_trailing_aside(head: Token, end: int) -> int:
    """'…anything in his hands, which he said were at his side' / '…in 2012, arguing that…':
    a relative or participial clause after a comma closes the claim; it is commentary."""
    doc = head.doc
    start = head.left_edge.i
    for token in head.subtree:
        if (token.dep_ in {"relcl", "advcl", "acl"} and token.i > head.i
                and doc[token.left_edge.i - 1].text == "," and token.right_edge.i + 1 >= end - 1
                and (token.tag_ == "VBG" or token.left_edge.lower_ in {"which", "who", "while"})
                and not any(t.text in "“”\"«»" for t in token.subtree)  # quoted: still theirs
                and not _inside_open_quote(doc[start:token.left_edge.i - 1])):
            return token.left_edge.i - 1
    return end


def _inside_open_quote(before: Span) -> bool:
    """Does a quotation opened in `before` stay open at its end? ('Germany “will now purchase
    massive amounts of LNG, which is great news for your state.”': the parser hangs the closing
    mark on the main verb, so the relative clause's own subtree holds no mark, but the comma is
    inside the quotation and what follows it is still the speaker's.)"""
    opens = sum(t.text in {"“", "«"} for t in before)
    closes = sum(t.text in {"”", "»"} for t in before)
    return opens > closes or sum(t.text == '"' for t in before) % 2 == 1


_OPENING, _CLOSING = set("“\"‘«'`„"), set("”\"’»'")


def _is_mark(text: str, marks: set[str]) -> bool:  # '“', "''", '."': a quotation mark stays
    return any(c in marks for c in text)


def strip_punct(span: Span) -> Span | None:
    """The span without edge punctuation and whitespace ('…be vigilant.\n\n' → '…be
    vigilant'), nor a coordinating conjunction left dangling at its end ('…were not
    complete, and'); quotation marks stay."""
    start, end = span.start, span.end
    doc = span.doc
    while start < end and (doc[start].is_space or doc[start].is_punct
                           and not _is_mark(doc[start].text, _OPENING)):
        start += 1
    while end > start and (doc[end - 1].is_space or doc[end - 1].is_punct
                           and not _is_mark(doc[end - 1].text, _CLOSING)
                           or doc[end - 1].tag_ == "CC" and end - 1 > start):
        end -= 1
    return token_span(doc, start, end) if end > start else None


# Verbs whose object is the listener, not the content ("told the Guardian").
LISTENER_OBJECT = {"tell", "inform", "assure", "remind", "warn", "urge", "ask", "advise", "brief"}


# Prepositions that open the when or the how of a saying ('said on Monday', 'said in a
# statement', 'told reporters during a visit').


def without_setting_of_saying(content: Span, cue: Span) -> Span:
    """'Russia said on Monday it would withdraw…', 'said in a statement the talks had failed':
    with no 'that' after the cue the parser hangs the date or the statement on the content's
    verb, but news style writes the when and how of the saying right after its cue. Such a
    phrase, before the content clause's subject, is the cue's; the content starts after it.
    So is one the parser hangs on the cue itself ('said on February 10 that…', where a tagged
    content may still open with it)."""
    doc = content.doc
    if cue.end > content.start or any(not t.is_space for t in doc[cue.end:content.start]):
        return content
    start = content.start
    while start < content.end:
        end = _setting_phrase_end(doc[start])
        if end is None or not (_subject_follows(doc[start].head, end, content.end)
                               or cue.start <= doc[start].head.i < cue.end):
            break
        start = end
        while start < content.end and (doc[start].is_space or doc[start].text == ","):
            start += 1
    return doc[start:content.end] if start > content.start and start < content.end else content


def _setting_phrase_end(token: Token) -> int | None:
    """Where a date ('Monday', 'last week') or a preposition of time or medium ('on Friday',
    'in a statement', 'in an interview') that opens at `token` ends, else None."""
    if token.dep_ == "prep" and token.lower_ in SETTING_PREPOSITIONS:
        objects = [c for c in token.children if c.dep_ == "pobj"]
        if len(objects) != 1 or token.right_edge.i < objects[0].i:
            return None
        noun = objects[0]
        phrase = token.doc[token.i + 1:token.right_edge.i + 1]
        if all(t.ent_type_ in TIME_ENTITIES or t.is_punct for t in phrase) or (
                noun.pos_ == "NOUN" and first_sense(noun.lemma_, "n") == "communication"):
            return token.right_edge.i + 1
        return None
    if token.ent_type_ in TIME_ENTITIES and token.ent_iob_ == "B" and token.dep_ in {
            "npadvmod", "tmod"}:
        end = token.i + 1
        while end < len(token.doc) and token.doc[end].ent_iob_ == "I":
            end += 1
        return end
    return None


def _subject_follows(verb: Token, start: int, end: int) -> bool:
    """The content's verb has its subject after the phrase, inside the content: the phrase
    stands before the clause, not inside it."""
    return any(c.dep_ in SUBJECT_DEPS and start <= c.i < end for c in verb.children)


def without_conjunct_of_cue(content: Span, cue: Span) -> Span:
    """The content cut before a verb conjoined to its cue in the same tense and with no
    subject of its own ('The senator praised the governor's work but also had to give him
    more time', 'did not want to remain in the hospital, but was treated as an outpatient'):
    the speaker's next act, not what was said. A bare participle conjoined to a cue in the
    perfect shares its auxiliary ('has promised a veto and attempted to make the case'). A
    tagged content runs on over it (the tagger reads a paragraph at a time). A conjunct in
    another tense, or after a modal, is more often a verb of the content the parser hung on
    the cue ('Cantor said he hopes Obama uses force “judiciously,” and maintains “consultation
    with the Congress”', 'would want to protect the individual who they have found did not
    commit a crime'), and stays; so does a cut that would leave no noun, pronoun, number or
    verb ('has also backed away from, …': a phrasal cue's particle)."""
    verb = cue.root
    tense = _tense(verb)
    if tense is None or content.start < cue.end:
        return content
    for conjunct in (c for c in verb.children if c.dep_ == "conj" and c.i > verb.i):
        if _conjunct_tense(conjunct, verb) != tense or _has_own_subject(conjunct):
            continue
        cut = _cut_at_conjunction(content, verb, conjunct)
        if cut is not None:
            return cut
    return content


def without_conjoined_saying(content: Span, cue: Span, is_cue: Callable[[Token], bool]) -> Span:
    """The content after its cue cut before a saying verb conjoined to the content's own verb,
    in the cue's tense and with no subject of its own ('said the attacks on Trump have given
    his campaign momentum and said that Trump did not represent…', 'says he respects Clinton
    and calls her “an extremely intelligent woman”'): the parser hangs the speaker's next
    saying on the nearer verb, but it is a claim of its own, not part of this one. A verb of
    saying is a cue word whose commonest sense is communication; a verb of thinking or feeling
    ('said she was elated but still feared the military', 'is proud of his campaign and
    expects…') is as often still the speaker's report of themself, and stays; so does one
    conjoined to a content that is itself a saying (`_says`)."""
    verb = cue.root
    tense = _tense(verb)
    if tense is None or content.start < cue.end:
        return content
    # a content that is itself someone's saying ('said Sanders has criticized the president
    # … and called him “weak”'): the conjoined saying goes on with that inner speaker
    heads = [t for t in content if t.head.i == verb.i and t.dep_ in CLAUSE_DEPS
             and not _says(t, is_cue)]
    for head in heads:
        for conjunct in (c for c in head.children if c.dep_ == "conj" and c.i > head.i):
            if not (content.start < conjunct.i < content.end) or not _says(conjunct, is_cue) \
                    or _tense(conjunct) != tense or _has_own_subject(conjunct):
                continue
            cut = _cut_at_conjunction(content, head, conjunct)
            if cut is not None:
                return cut
    return content


def _has_own_subject(verb: Token) -> bool:
    """A verb with a subject of its own: a clause apart, not a conjunct sharing the cue's."""
    return any(d.dep_ in SUBJECT_DEPS | {"expl"} for d in verb.children)


def _cut_at_conjunction(content: Span, head: Token, conjunct: Token) -> Span | None:
    """The content cut before the 'and' or 'but (also)' that joins `conjunct` to `head`, or
    kept whole when the cut would leave no noun, pronoun, number or verb; None when no such
    word stands right before the conjunct inside the content (the parse is then no guide)."""
    joining = [c.i for c in head.children
               if c.dep_ == "cc" and c.right_edge.i == conjunct.left_edge.i - 1]
    if not joining or not content.start < joining[0] < content.end:
        return None
    kept = strip_punct(content.doc[content.start:joining[0]])
    return kept if kept is not None and _names_something(kept) else content


_RELATIVE_OPENERS = {"which", "who", "whom", "whose", "where"}


def without_trailing_relative(content: Span, cue: Span, is_cue: Callable[[Token], bool]) -> Span:
    """The content after its cue cut before a comma-led relative clause that runs to its end,
    when the content is a noun phrase or an infinitive ('questioned the wisdom of committing to
    Scott, who has never faced…', 'urged them to junk the filing status, which subsidizes…'):
    the reporter's note on the noun; or when the relative clause is an attribution of its own
    ('had access to the email server, which he described as “like an open orchid.”',
    'criticized the drawdown of troops in Iraq, which they say left a vacuum'): a second claim,
    annotated apart. After a clause with its own subject a relative that says nothing ('that
    the administration was relinquishing leverage over the military, which retains…') is as
    often the speaker's, and stays; so does one set off inside the content ('that Sanders, who
    did win Rhode Island, would…'), or inside an open quotation."""
    doc = content.doc
    if content.start < cue.end:
        return content
    last = max((t.i for t in content if not t.is_punct), default=content.start)
    for token in content:
        opener = doc[token.left_edge.i]
        comma = opener.i - 1
        if token.dep_ != "relcl" or opener.lower_ not in _RELATIVE_OPENERS \
                or not content.start < comma or doc[comma].text != "," \
                or token.right_edge.i < last \
                or (_finite_clause(content) and not _attributes(token, is_cue)) \
                or _inside_open_quote(doc[content.start:comma]):
            continue
        kept = strip_punct(doc[content.start:comma])
        return kept if kept is not None and _names_something(kept) else content
    return content


def _attributes(relative: Token, is_cue: Callable[[Token], bool]) -> bool:
    """Does the relative clause hold a verb of saying or thinking whose active subject is not
    the relative word ('which he called', 'which an FBI investigation said was', 'who he noted
    was', 'which at least one former employee considered illegal')? 'which is a problem',
    'whose support appeared steady', 'where the outreach has been opposed by…' say nothing of
    anyone's claim."""
    return any((_says(verb, is_cue) or (is_cue(verb) and first_sense(
                   verb.lemma_.lower(), "v") == "cognition"))
               and any(c.dep_ == "nsubj" and c.tag_ not in _RELATIVE_TAGS for c in verb.children)
               for verb in [relative, *relative.children])


def _finite_clause(content: Span) -> bool:
    """Is the content a clause with a subject of its own ('that the administration was
    relinquishing leverage over the military, which retains…')? After a noun phrase or an
    infinitive ('questioned the wisdom of committing to Scott, who has never…', 'urged them to
    junk the filing status, which subsidizes…') a relative clause at the end is the reporter's
    note on the noun."""
    heads = [t for t in content if not content.start <= t.head.i < content.end or t.head.i == t.i]
    return any(c.dep_ in SUBJECT_DEPS | {"expl"} and content.start <= c.i < content.end
               for head in heads for c in head.children)


def _says(verb: Token, is_cue: Callable[[Token], bool]) -> bool:
    """A verb of saying: a cue word whose commonest sense (WordNet) is communication."""
    return is_cue(verb) and first_sense(verb.lemma_.lower(), "v") == "communication"


def _names_something(span: Span) -> bool:
    """A content left with a noun, pronoun, number or verb: a cut that leaves only particles
    ('has also backed away from, or at least refrained from…' cut to 'away from') took a
    phrasal cue's own words, not the speaker's next act."""
    return any(t.pos_ in {"NOUN", "PROPN", "PRON", "NUM", "VERB"} for t in span)


_TENSES = {"VBD": "past", "VBZ": "present", "VBP": "present"}


def _conjunct_tense(conjunct: Token, verb: Token) -> str | None:
    """The tense of a verb conjoined to `verb`. A bare participle conjoined to a participle
    with an auxiliary shares it ('has promised a veto and attempted to make the case'); the
    tagger often reads the shared participle as a simple past ('has promoted X and downplayed
    Y'). A progressive 'is talking … and getting' is left alone: there the '-ing' is as often
    the object of a preposition in the content (pass 34, train)."""
    if _auxiliaries(conjunct) or not _auxiliaries(verb):
        return _tense(conjunct)
    shares = verb.tag_ == "VBN" and conjunct.tag_ in {"VBN", "VBD"}
    return _tense(verb) if shares else _tense(conjunct)


def _tense(verb: Token) -> str | None:
    """'past' or 'present' by the verb's first auxiliary, else by the verb itself; None for an
    infinitive, a participle or a modal ('would want')."""
    if verb.pos_ not in {"VERB", "AUX"}:
        return None
    auxiliaries = _auxiliaries(verb)
    return _TENSES.get(auxiliaries[0].tag_ if auxiliaries else verb.tag_)


def _auxiliaries(verb: Token) -> list[Token]:
    """The auxiliaries before `verb` ('has', 'was', 'would'), first to last."""
    return [c for c in verb.children if c.dep_ in {"aux", "auxpass"} and c.i < verb.i]


# what a reporting verb of an 'as X said' clause may carry besides its subject: the when and
# how of the saying; an object, clause or other complement is something else it reports, and
# a passive subject is what it names ('…, as China's missile forces are called')
_AS_CLAUSE_OWN_DEPS = {"dobj", "ccomp", "xcomp", "attr", "acomp", "oprd", "dative", "nsubjpass"}


def as_clause_attribution(cue: Token) -> Span | None:
    """'As Politico reported, Trump would win…', '…derail his campaign, as some have
    speculated.', 'Hawaii, as one of Mr. Obama's climate advisers pointed out, normally does
    not get…': a reporting verb in a clause opened by 'as' and set off by a comma attributes
    the clause it hangs on, which the parser makes its head. The content is that clause
    without the 'as' clause when it stands at an edge (the hull when it stands inside, as
    annotators mark a content in two pieces). None when the verb reports something of its own
    ('as he complains about the lack of funding'), when the 'as' clause compares ('not as rich
    as he says he is') or is not set off."""
    doc, head = cue.doc, cue.head
    marks = [c for c in cue.children if c.dep_ == "mark" and c.lower_ == "as" and c.i < cue.i]
    if cue.dep_ != "advcl" or not marks or head.pos_ not in _VERBS or head.i == cue.i:
        return None
    if any(c.dep_ in _AS_CLAUSE_OWN_DEPS or c.dep_ == "prep" and c.lower_ not in
           SETTING_PREPOSITIONS for c in cue.children):
        return None
    start, end = marks[0].i, cue.right_edge.i + 1
    while end < len(doc) and doc[end].is_space:
        end += 1
    before_comma = start > 0 and doc[start - 1].text == ","
    after_comma = end < len(doc) and doc[end].text == ","
    clause = [t.i for t in head.subtree]
    first, last = min(clause), max(clause) + 1
    if start == first and after_comma:  # 'As X reported, …'
        return stretch_span(doc[end + 1:last])
    if before_comma and (end >= last or all(doc[i].is_punct or doc[i].is_space
                                            for i in range(end, last))):  # '…, as X said.'
        return stretch_span(doc[first:start - 1])
    if before_comma and after_comma and first < start:  # '…, as X said, …'
        return stretch_span(doc[first:last])
    return None
