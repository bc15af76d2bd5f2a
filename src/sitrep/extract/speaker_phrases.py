"""The speaker's noun phrase as attribution annotation (PARC, PolNeAR) draws it: appositions
and relative clauses in; what the parser hangs on a speaker that says when, how or how
unexpectedly it spoke ('on Thursday', 'in his speech', 'Even'), asides that report or tell what
the speaker was doing, quoted words and page furniture out. `claim_spans` finds which token heads
the speaker; this module draws the phrase around it."""

from __future__ import annotations

import re
from functools import lru_cache

from spacy.tokens import Span, Token

from sitrep.data import read_table
from sitrep.extract.entities import token_span
from sitrep.extract.supersenses import first_sense

CLAUSE_DEPS = {"ccomp"}
# prepositions that open when, where or through what something was said ('on Friday', 'in a
# statement', 'via email')
SETTING_PREPOSITIONS = {"on", "in", "at", "during", "over", "via", "through", "after", "before"}
TIME_ENTITIES = {"DATE", "TIME"}


def noun_phrase(head: Token, exclude: Span | None) -> Span | None:
    """The speaker's noun phrase as annotators mark it: appositions and relative clauses
    included, quoted words, page furniture before a line break and edge punctuation out; a
    closing bracket kept when the phrase opened one ('Rep. Elijah E. Cummings (D-Md.)'), and
    the comma closing an apposition ('Michael Tanner, an analyst at the Cato Institute,')."""
    doc = head.doc
    if aside_dash(head):
        return None  # 'were made public ― Trump boasted': the parser took the dash for a subject
    cut = set(range(exclude.start, exclude.end)) if exclude is not None else set()
    keep = [t.i for t in head.subtree if t.i not in cut]
    if head.i in cut or not keep:
        return None  # the subject is inside the quote: no speaker outside it
    start, end = min(keep), max(keep) + 1
    if (apposed := _apposition_after_lost_object(head)) is not None and apposed not in cut:
        start = apposed
    for i in range(head.i, end):  # a quote inside the phrase: keep the part holding the head
        if i in cut:
            end = i
            break
    end = min([end, _first_word_outside(head, end)] + [
        c.left_edge.i for c in head.rights if participle_aside(c) or _reports_of_its_own(c)])
    end = _without_trailing_time(head, end)
    for i in range(start, head.i):  # "11:05 a.m.\n\nDonald Trump": the line holding the head
        if "\n" in doc[i].text or "\n" in doc[i].whitespace_:
            start = i + 1
    past_furniture = _past_line_furniture(doc, start, head)
    if start <= head.i < past_furniture:  # the subject is a page label or a time stamp
        named = _apposed_after(head, past_furniture)
        return noun_phrase(named, exclude) if named is not None else None
    start = past_furniture
    while start < head.i and (doc[start].is_punct or doc[start].is_space
                              or _sentence_adverb(doc[start]) or _focus_word(doc[start])):
        start += 1
    while end - 1 > head.i and (doc[end - 1].is_space or (
            doc[end - 1].is_punct and not _closes_bracket(doc[start:end - 1], doc[end - 1]))):
        end -= 1
    start, end = _whole_hyphenated_name(doc, start, end, cut)
    end = _with_closing_mark(doc, start, end, head, cut)
    start, end = _side_of_open_dash(doc, start, end, head)
    phrase = doc[start:end]
    if any(t.text == "," for t in phrase) and end < len(doc) and doc[end].text == "," \
            and head.i < end:
        return doc[start:end + 1]
    return phrase


def _apposition_after_lost_object(head: Token) -> int | None:
    """Where the speaker starts when the parser made the object of a fronted phrase the
    subject and hung the real subject on it as an apposition: 'With 50 days until the
    election, Minyon Moore, a senior adviser…, called', 'To understand the real Dred Scott,
    Chief Justice Roberts said'. A subject before its verb never follows a preposition or a
    verb directly; the name apposed after the comma is who speaks ('after Warren E. Buffett,
    the billionaire investor, complained' keeps its subject: the apposition names no one)."""
    doc, first = head.doc, head.left_edge.i
    if head.dep_ != "nsubj" or head.head.i < head.i or first <= head.sent.start:
        return None
    before = doc[first - 1]
    if before.pos_ not in {"ADP", "VERB"} or head.head.i in {before.i, before.head.i} \
            or before.dep_ == "mark":  # 'after Warren E. Buffett, the investor, complained'
        return None
    apposed = next((c for c in head.rights if c.dep_ == "appos" and c.pos_ == "PROPN"
                    and doc[c.left_edge.i - 1].text == ","), None)
    return apposed.left_edge.i if apposed is not None else None


def _first_word_outside(head: Token, end: int) -> int:
    """Where the phrase after its head first meets a word that is not part of it: 'A union
    representing flight attendants endorsed Hillary Clinton…, another example of organized
    labor…' hangs the apposition on the subject across its own verb, and the speaker ran on
    over the verb and its content. Punctuation the parser hung elsewhere does not count."""
    inside = {t.i for t in head.subtree}
    return next((i for i in range(head.i + 1, end)
                 if i not in inside and not (head.doc[i].is_punct or head.doc[i].is_space)), end)


def _without_trailing_time(head: Token, end: int) -> int:
    """The phrase without a time the parser hung on its head at its end ('The opposition on
    Thursday called for…', 'an arbitration panel in 2001 found…', 'the bureau's director,
    James B. Comey, on Monday'), or the medium a named speaker spoke in ('Trump in his
    speech', '…, via email'): when and how the speaker spoke, not who they are. Only a
    preposition right after the head or a comma ('a session with business leaders in
    Washington on Monday' and a bare 'today' are annotated both ways)."""
    doc, words_end = head.doc, end
    while words_end - 1 > head.i and (doc[words_end - 1].is_punct or doc[words_end - 1].is_space):
        words_end -= 1
    preposition = doc[words_end - 1].head
    if doc[words_end - 1].dep_ != "pobj" or preposition.i <= head.i:
        return end
    start = preposition.left_edge.i
    if start != preposition.i or not (doc[start - 1].i == head.i or doc[start - 1].text == ","):
        return end
    return start if _setting_of(head, preposition, words_end) else end


def time_after(head: Token, end: int) -> int:
    """Where a time or medium hung on `head` that opens at token `end` ends ('According to a
    YouGov survey | in January, only…'), else `end`: what `_without_trailing_time` left out of
    the speaker belongs to no content either."""
    doc = head.doc
    if end >= len(doc):
        return end
    words_end = doc[end].right_edge.i + 1
    return words_end if _setting_of(head, doc[end], words_end) else end


def _setting_of(head: Token, preposition: Token, words_end: int) -> bool:
    """Is the preposition, hung on the speaker's head and running to `words_end`, a time ('on
    Thursday', 'in 2001') or, after a name, the medium it spoke in ('in his speech', 'via
    email')? 'a source on the call', 'a footnote in the report' are who speaks."""
    phrase = preposition.doc[preposition.i + 1:words_end]
    if preposition.head.i != head.i or preposition.lower_ not in SETTING_PREPOSITIONS \
            or not len(phrase) or phrase[-1].dep_ != "pobj":
        return False
    return all(t.ent_type_ in TIME_ENTITIES or t.dep_ == "det" for t in phrase) or (
        head.pos_ == "PROPN" and _medium(phrase[-1])
        and all(t.dep_ in _MEDIUM_MODIFIERS for t in phrase[:-1]))


def _medium(noun: Token) -> bool:
    """'an interview', 'a statement', 'his speech', 'a court filing': what was said in."""
    return noun.pos_ == "NOUN" and first_sense(noun.lemma_, "n") == "communication"


_MEDIUM_MODIFIERS = {"det", "poss", "compound", "amod"}


def participle_aside(token: Token) -> bool:
    """'Marco Rubio, speaking at a rally in Miami, said': a participle set off by a comma
    after the speaker tells what they were doing, not who they are; PolNeAR leaves it out of
    the source (32 of 37 on train; 'including' is a list, not an aside)."""
    return token.dep_ == "acl" and token.tag_ == "VBG" and token.lower_ != "including" and \
        token.i > 0 and token.doc[token.i - 1].text == ","


def _reports_of_its_own(token: Token) -> bool:
    """'said Mr. Kamin, who emphasized that her proposals would simplify returns': a relative
    clause that reports a clause of its own is a second claim (its source is 'who'), not part
    of the first claim's speaker."""
    return token.dep_ == "relcl" and any(c.dep_ in CLAUSE_DEPS for c in token.children)


def phrase_before(phrase: Span | None, verb: Token) -> Span | None:
    """The noun phrase up to the participle that is the cue ('Josh Earnest, the White House
    press secretary,' of '…, echoing Obama,'), without the punctuation before it but the comma
    closing an apposition, as `noun_phrase` draws it."""
    if phrase is None or not phrase.start < verb.left_edge.i <= phrase.end:
        return phrase
    doc, end = phrase.doc, verb.left_edge.i
    while end > phrase.start + 1 and (doc[end - 1].is_punct or doc[end - 1].is_space):
        end -= 1
    if doc[end].text == "," and any(t.text == "," for t in doc[phrase.start:end]):
        end += 1
    return doc[phrase.start:end]


def _whole_hyphenated_name(doc, start: int, end: int, cut: set[int]) -> tuple[int, int]:
    """'al-Mekdad told CNN': the parser makes 'al', '-' and 'Mekdad' three subjects, and the
    phrase of the first stops at the hyphen. A name glued to a capitalised word by a hyphen
    ('Faisal al-Mekdad', 'Abdel-Rahman', 'Wasserman-Schultz') runs on through it."""
    def glued(i: int) -> bool:  # doc[i] '-' between two words, no space on either side
        return (0 < i < len(doc) - 1 and doc[i].text == "-" and not doc[i - 1].whitespace_
                and not doc[i].whitespace_ and i not in cut and i + 1 not in cut)
    while end < len(doc) - 1 and glued(end) and doc[end + 1].text[:1].isupper():
        end += 2
    while start > 1 and glued(start - 1) and doc[start].text[:1].isupper() and (
            doc[start - 2].text[:1].isupper() or doc[start - 2].lower_ in _NAME_PARTICLES):
        start -= 2
    return start, end


# Arabic articles and name particles a hyphen joins to a name ('al-Assad', 'el-Sisi', 'bin-Laden').
_NAME_PARTICLES = {"al", "el", "ad", "ash", "as", "at", "az", "bin", "ibn", "abu", "abd", "abdel"}


def _sentence_adverb(token: Token) -> bool:
    """'Later a military source said', 'Meanwhile the ministry said': an adverb the parser
    hung on the subject, before its determiner, belongs to the sentence."""
    nxt = token.nbor() if token.i + 1 < len(token.doc) else None
    return token.pos_ == "ADV" and nxt is not None and nxt.pos_ == "DET"


# A live blog's time stamp: '12:21pm –', '6:35PM EDT:', '10:02 p.m. ET,'
_CLOCK = re.compile(r"\d{1,2}[:.]\d\d(?:[ap]m)?$|\d{1,2}[ap]m$", re.IGNORECASE)
_LINE_MARKS = {":", "–", "—", "―", "-", ","}
_HEADING_DASHES = {"–", "—", "―", "-", "--"}


def _past_line_furniture(doc, start: int, head: Token) -> int:
    """Where the speaker starts past the labels and time stamps opening its line: 'BREAKING:
    French president Hollande says…', '12:21pm – Cameron says…', 'JUST WATCHED McCaul: …'.
    They are the page's or the live blog's, not the speaker's; past the head when the parser
    took the label itself for the subject."""
    i = start
    while i <= head.i:
        end = _label_end(doc, i) or _time_stamp_end(doc, i) or _capitals_heading_end(doc, i, head)
        if end is None:
            return i
        i = end
    return i


def _apposed_after(head: Token, start: int) -> Token | None:
    """The speaker the parser apposed to a time stamp it took for the subject, past the stamp:
    'Update: 10:40PM MST: Reporter Dana Holt says…' ('MST' the subject, the name its
    apposition)."""
    return next((c for c in head.rights if c.dep_ == "appos" and c.left_edge.i >= start), None)


def _label_end(doc, i: int) -> int | None:
    """The end of a page label at `i` (`data/speaker_furniture.tsv`), in capitals or before a
    colon, with the mark after it."""
    for n in (2, 1):
        words = token_span(doc, i, i + n)
        if len(words) < n or " ".join(t.lower_ for t in words) not in _furniture_labels():
            continue
        end = i + n
        marked = end < len(doc) and doc[end].text in _LINE_MARKS
        if marked or all(t.is_upper for t in words):
            return end + marked
    return None


def _time_stamp_end(doc, i: int) -> int | None:
    """The end of a clock time at `i` with its zone and the mark after it ('7:11PM EDT:')."""
    if not _CLOCK.match(doc[i].text):
        return None
    end = i + 1
    while end < len(doc) and doc[end].lower_.rstrip(".") in _clock_words():
        end += 1
    return end + 1 if end < len(doc) and doc[end].text in _LINE_MARKS else None


@lru_cache(maxsize=1)
def _clock_words() -> frozenset[str]:
    """a.m. / p.m. and the time zones after a clock time (data/grammar_cues.tsv, cues `day_half`
    and `time_zone`), case-folded and without a final point: '10:02 p.m. PST,'."""
    return frozenset(row["word"].rstrip(".") for row in read_table("grammar_cues.tsv")
                     if row["cue"] in ("day_half", "time_zone"))


@lru_cache(maxsize=1)
def _furniture_labels() -> frozenset[str]:
    return frozenset(row["label"] for row in read_table("speaker_furniture.tsv"))


def _capitals_heading_end(doc, i: int, head: Token) -> int | None:
    """The end of a heading in capitals set off by a dash before the speaker: 'EXCLUSIVE –
    Roger Stone', 'RED STATES OUTNUMBER BLUE STATES - Jeffrey M. Jones' (poll digests)."""
    end = i
    while end < head.i and doc[end].is_upper and any(c.isalpha() for c in doc[end].text):
        end += 1
    if end == i or end >= head.i or doc[end].text not in _HEADING_DASHES \
            or not doc[end - 1].whitespace_:  # 'T-shirts' is a word, not a heading
        return None
    return end + 1


def _focus_word(token: Token) -> bool:
    """'Even China, Pyongyang's only ally, said': a focus adverb before the speaker
    (`data/speaker_focus_words.tsv`) says the speaker is unexpected, not who it is."""
    return token.pos_ == "ADV" and token.lower_ in _focus_words()


@lru_cache(maxsize=1)
def _focus_words() -> frozenset[str]:
    return frozenset(row["word"] for row in read_table("speaker_focus_words.tsv"))


_OPENING_QUOTES, _CLOSING_QUOTES = {"“", "‘"}, {"”", "’"}
_DASHES = {"—", "–", "―", "--"}


def _with_closing_mark(doc, start: int, end: int, head: Token, cut: set[int]) -> int:
    """The closing quotation mark or dash of what the phrase opened: 'the hacker known as
    “Guccifer,”', 'Jason Sims — a teacher from Mount Pleasant —'. Annotators close the title
    and the dash aside as they close an apposition's comma; the parser hangs the closing mark
    on the verb, so the subtree stops before it (on PolNeAR train the gold source holds the mark
    27 of 28 changed sources right on train, 3 of 3 on dev)."""
    inside = doc[start:end]
    if end >= len(doc) or end in cut:
        return end
    word = doc[end].text
    if (word in _CLOSING_QUOTES or word == '"') and _opened_quote(inside):
        return end + 1
    if word == "," and end + 1 < len(doc) and doc[end + 1].text in _CLOSING_QUOTES | {'"'} \
            and _opened_quote(inside) and end + 1 not in cut:
        return end + 2  # 'host of MSNBC’s “Morning Joe,”': the comma inside the title
    if aside_dash(doc[end]) and sum(aside_dash(t) for t in doc[head.i:end]) % 2 == 1:
        return end + 1
    return end


def _side_of_open_dash(doc, start: int, end: int, head: Token) -> tuple[int, int]:
    """The side of a lone dash that holds the head, when the phrase holds one the text never
    closes: the parser runs the subject across a dash into the clause before ('The campaign
    trail is also predictable - Donald J. Trump has vowed…') or into an aside after it
    ('Sanders - who digested his new circumstances… - said'). A dash aside the phrase closes
    ('Jason Sims — a teacher from Mount Pleasant —') stays whole."""
    dashes = [t.i for t in doc[start:end] if aside_dash(t)]
    if len(dashes) != 1:
        return start, end
    return (dashes[0] + 1, end) if dashes[0] < head.i else (start, dashes[0])


def aside_dash(token: Token) -> bool:
    """A dash that opens or closes an aside: '—', '–', '―' (HuffPost's bar), '--', and a hyphen
    spaced on both sides as some wires type the dash ('some liberal economists - including…
    committee -'); not the hyphen of 'policy-making'."""
    if token.text in _DASHES:
        return True
    return token.text == "-" and token.i > 0 and bool(token.doc[token.i - 1].whitespace_) \
        and bool(token.whitespace_)


def _opened_quote(phrase: Span) -> bool:
    """The phrase holds an opening quotation mark it does not close ('“', or an odd number of
    straight '"')."""
    straight = sum(t.text == '"' for t in phrase)
    return straight % 2 == 1 or sum(t.text in _OPENING_QUOTES for t in phrase) > sum(
        t.text in _CLOSING_QUOTES for t in phrase)


def _closes_bracket(before: Span, token: Token) -> bool:
    return token.text == ")" and sum(t.text == "(" for t in before) > sum(t.text == ")" for t in before)
