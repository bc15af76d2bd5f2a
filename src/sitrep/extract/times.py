"""The times stage: TIMEX3 time expressions normalised against the publication date, and a date
on every event.

Recognition is the grammar in `time_rules.py` (regular expressions built from
data/time_words.tsv) checked against the spaCy parse: a match must start and end on token
boundaries; a month or weekday inside an organisation's or a work's name, a modal 'May', a verb
'March' and a year that spaCy reads as a count ('2000 troops') are dropped; of overlapping
matches the longest wins. The parse also gives each expression its tense (a past-tense 'on
Sunday' is the last Sunday up to the article's day) and the preposition that bounds it ('since
2011' → ON_OR_AFTER, 'by Saturday' → ON_OR_BEFORE), which TimeML keeps outside the span.

Events are dated by the expression attached to the trigger or to a verb it depends on within its
clause (not across a reporting verb: 'X said on Monday that Y attacked' does not date the attack),
else by the publication date, marked `source: publication_date`. A document without a publication
date gets no deictic values (XXXX-…) and its undated events get `time: None`.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date, timedelta

from spacy.tokens import Doc, Span, Token

from sitrep.extract.time_grammar import scan
from sitrep.extract.time_rules import RULES, Context, Norm, Rule, time_words
from sitrep.records import Document, Event, TimeExpr

_NAME_ENTITIES = {"ORG", "PERSON", "WORK_OF_ART", "FAC", "PRODUCT", "LAW", "GPE"}
_COUNT_ENTITIES = {"CARDINAL", "MONEY", "QUANTITY", "PERCENT", "ORDINAL"}
_SINGLE_NAME_RULES = {"month", "weekday", "season", "year", "holiday", "plural_weekday"}
_EXPLICIT_RULES = {"full_date", "full_date_dmy", "iso_date", "us_date", "month_year"}
_FUTURE_AUX = {"will", "'ll", "shall", "wo"}
_MODAL_AUX = {"would", "could", "might", "may", "should", "can", "must"}
_FUTURE_HEADS = {"plan", "intend", "expect", "go", "prepare", "hope", "aim", "want", "promise",
                 "vow", "pledge", "threaten", "agree", "decide"}
# verbs whose time is ahead of the act: 'scheduled a news conference Thursday', 'extended to Nov. 20'
_FORWARD_VERBS = {"schedule", "plan", "set", "postpone", "delay", "extend", "slate", "expect",
                  "reschedule", "adjourn", "defer"}
_CLAUSE_BOUNDARY = {"ccomp", "parataxis", "relcl"}  # a time there belongs to another event
_QUARTER = re.compile(r"\d{4}-Q[1-4]$")
_TIME_UNIT_LEMMAS = {"year", "season", "quarter", "month", "fiscal", "decade", "century"}


@dataclass(frozen=True)
class Found:
    start: int
    end: int
    rule: int  # index into RULES: earlier rules win ties
    norm: Norm
    root: int  # token index of the span's syntactic head


class TimeExtractor:
    def __init__(self, nlp=None):
        self.rules: tuple[Rule, ...] = RULES

    def __call__(self, doc: Doc, document: Document, layers: dict) -> dict:
        found = find_times(doc, document.published)  # an implausible date is treated as none
        # document.text, not doc.text: the same string, but spaCy rebuilds doc.text from every
        # token on each access
        times = [TimeExpr(doc_id=document.id, span=(f.start, f.end), text=document.text[f.start:f.end],
                          type=f.norm.type, value=f.norm.value, earliest=f.norm.earliest,
                          latest=f.norm.latest, mod=f.norm.mod) for f in found]
        out: dict = {"times": times}
        if layers.get("events") is not None:
            out["events"] = date_events(doc, document, layers["events"], found)
        return out


# A publication date outside these years is treated as missing (deictic values XXXX-…, no
# intervals, undated events `time: None`): a placeholder such as 0001-01-01 or 9999-12-31 is not
# an anchor, and calendar arithmetic near the ends of the date range would overflow.
PUBLISHED_YEARS = (1900, 2199)
# A bare number read as a year this far from the publication date needs a word that makes it one
# ('in 1743', 'the 1803 decision', 'by 2050'): 'Update: 1041' is not the year 1041.
OLD_YEAR, FUTURE_YEARS = 1900, 30


def usable_published(published: date | None) -> date | None:
    """The publication date the times layer anchors on: None when missing or implausible."""
    if published is None or not PUBLISHED_YEARS[0] <= published.year <= PUBLISHED_YEARS[1]:
        return None
    return published


def find_times(doc: Doc, published: date | None) -> list[Found]:
    """Every time expression in `doc`, in text order, normalised against `published`."""
    published = usable_published(published)
    text = doc.text
    matches = []
    for index, rule in enumerate(RULES):
        group = "span" if "span" in rule.pattern.groupindex else 0  # context outside the span
        for m in scan(rule, text):
            start, end = m.span(group)
            span = doc.char_span(start, end) if end > start else None  # None: not on tokens
            if span is not None:
                matches.append((start, end, index, m, span))
    matches.sort(key=lambda item: item[0])
    references = [(s, m) for s, _, i, m, _ in matches if RULES[i].name in _EXPLICIT_RULES]
    candidates = []
    focus = None  # the quarter a results story last named: 'a year earlier' compares with it
    for start, end, index, m, span in matches:
        if _blocked(RULES[index].name, span, published):
            continue
        context = Context(published, _direction(span), _reference(references, start, published),
                          focus, _day_named(candidates, start), _year_named(candidates, start),
                          _month_named(candidates, start))
        try:
            norm = RULES[index].normalise(m, context)
        except (ValueError, OverflowError):  # a date past the calendar's ends: no time
            norm = None
        if norm is None:
            continue
        if RULES[index].sets_focus and _reported_quarter(norm, published, focus):
            focus = norm.earliest
        norm = _plausible(norm, published)
        norm = _bounded(norm, span, published)
        if RULES[index].name == "duration":
            start = _with_determiner(span, start)
        start = _without_outside_hedge(text, start, end)
        candidates.append(Found(start, end, index, norm, span.root.i))
    return _without_conversions(_longest_first(candidates), text)


def _without_outside_hedge(text: str, start: int, end: int) -> int:
    """'about five hours', 'almost two years': the hedge sets the mod but, as TimeBank marks
    it, stays outside the span."""
    words = text[start:end].split(None, 1)
    if len(words) == 2 and words[0].lower() in time_words()["hedge_outside"]:
        return start + text[start:end].index(words[1])
    return start


def _with_determiner(span: Span, start: int) -> int:
    """'the nine months' and 'the four days' take their 'the' (TimeBank: 16 of 23); 'the
    14-day waiting period' does not, its length being a modifier."""
    doc = span.doc
    if span.start == 0 or doc[span.start - 1].lower_ != "the":
        return start
    if span.root.dep_ in {"compound", "amod", "nmod", "npadvmod"} or span[-1].i + 1 < len(doc) \
            and doc[span[-1].i + 1].text == "-":
        return start
    return doc[span.start - 1].idx


def _reported_quarter(norm: Norm, published: date | None, focus: date | None) -> bool:
    """A quarter a results story reports on: the first it names, then only a later one already
    over at publication ('third-quarter net rose … after a flat second quarter' stays on the
    third; 'a fourth-quarter charge' ahead or 'the 1988 second quarter' do not move it; a
    fiscal 'fourth quarter ended Sept. 30' named first holds)."""
    if not norm.value or not _QUARTER.match(norm.value) or norm.earliest is None:
        return False
    if focus is None:
        return True
    if published is not None and norm.latest is not None and norm.latest > published:
        return False
    return norm.earliest > focus


_DAY_VALUE = re.compile(r"\d{4}-\d{2}-\d{2}(?:T|$)")


def _day_named(candidates: list[Found], start: int) -> date | None:
    """The day the text last named before `start` ('on Friday', 'Oct. 23, 1998', 'yesterday'):
    a clock time without a day ('at 10 p.m.') is on it."""
    for f in reversed(candidates):
        if f.end <= start and f.norm.type in {"DATE", "TIME"} and f.norm.value \
                and _DAY_VALUE.match(f.norm.value) and f.norm.earliest == f.norm.latest:
            return f.norm.earliest
    return None


def _year_named(candidates: list[Found], start: int) -> int | None:
    """The year of the last date the text named before `start` ('in June 1998 … later that
    year', '1988 … imports that year')."""
    for f in reversed(candidates):
        if f.end <= start and f.norm.type == "DATE" and f.norm.value \
                and f.norm.value[:4].isdigit() and len(f.norm.value) >= 4:
            return int(f.norm.value[:4])
    return None


_MONTH_VALUE = re.compile(r"(\d{4})-(\d{2})(?:-|$)")


def _month_named(candidates: list[Found], start: int) -> date | None:
    """The first day of the month of the last date the text named before `start` ('in May 2012
    … earlier that month'); of overlapping candidates the longest ('May 2012', not 'May')."""
    named = [(f.end, f.end - f.start, m) for f in candidates
             if f.end <= start and f.norm.type in {"DATE", "TIME"} and f.norm.value
             and (m := _MONTH_VALUE.match(f.norm.value))]
    if not named:
        return None
    m = max(named, key=lambda item: item[:2])[2]
    return date(int(m[1]), int(m[2]), 1)


def _without_conversions(found: list[Found], text: str) -> list[Found]:
    """A clock time in brackets right after another is the same moment in another zone: '10:35
    a.m. (0735 GMT)', 'Update 1606 BST (1106 EST)'. TimeML leaves it out; so does this layer."""
    kept: list[Found] = []
    for f in found:
        previous = kept[-1] if kept else None
        if previous is not None and f.norm.type == previous.norm.type == "TIME" \
                and text[previous.end:f.start].strip() == "(":
            continue
        kept.append(f)
    return kept


def _plausible(norm: Norm, published: date | None) -> Norm:
    """A date reckoned more than a century after publication ('2,000 years later' from a 2016
    article → 4016) is no calendar date: FUTURE_REF from the publication date."""
    if published is None or norm.type not in {"DATE", "TIME"} or not norm.value \
            or not norm.value[:4].isdigit() or int(norm.value[:4]) <= published.year + 100:
        return norm
    return Norm("DATE", "FUTURE_REF", published, None, norm.mod)


def _longest_first(candidates: list[Found]) -> list[Found]:
    chosen: list[Found] = []
    taken: set[int] = set()
    for found in sorted(candidates, key=lambda f: (f.start - f.end, f.rule, f.start)):
        chars = range(found.start, found.end)
        if any(c in taken for c in chars):
            continue
        taken.update(chars)
        chosen.append(found)
    return sorted(chosen, key=lambda f: f.start)


def _reference(references: list[tuple[int, re.Match]], start: int,
               published: date | None) -> date | None:
    """The last explicit calendar date before `start` ('On March 3 … two days later')."""
    for ref_start, m in reversed(references):
        if ref_start < start:
            try:
                norm = next(r for r in RULES if r.pattern is m.re).normalise(m, Context(published))
            except (ValueError, OverflowError):
                return None
            if norm is not None and norm.earliest is not None:
                return norm.earliest
            return None
    return None


def _blocked(rule: str, span: Span, published: date | None = None) -> bool:
    """The parse says this is not a time: a name, a modal or verb, a counted number."""
    if rule in _SINGLE_NAME_RULES and any(t.ent_type_ in _NAME_ENTITIES for t in span):
        return True
    first = span[0]
    if rule == "month" and len(span) == 1 and (first.tag_ == "MD" or first.pos_ == "VERB"):
        return True
    if rule == "year":
        number = span[-1]
        if number.ent_type_ in _COUNT_ENTITIES:
            return True
        if number.i > 0 and number.doc[number.i - 1].text in {"$", "£", "€", "#", "No.", "no."}:
            return True
        written = re.findall(r"\d{4}", number.text)  # '1041', 'mid-2014'
        implausible = bool(written) and _far_year(int(written[-1]), published)
        if number.dep_ == "nummod" and number.head.tag_ in {"NNS", "NNPS"} \
                and number.head.lemma_.lower() not in _TIME_UNIT_LEMMAS \
                and (number.ent_type_ != "DATE" or implausible):
            return True  # '2000 troops'; but 'the 2011 revolution', 'the 1992 protests'
        if _not_a_year(span, number) or (implausible and not _year_cue(span, number)):
            return True
    if rule == "duration" and _not_a_length(span):
        return True
    if rule == "year_end" and span.root.dep_ in {"amod", "compound", "nmod"} \
            and span.root.head.pos_ in {"NOUN", "PROPN"}:
        return True  # 'year-end net', 'a year-end bonus': a kind of figure, not a date
    if rule == "frequency" and _a_kind_not_a_frequency(span):
        return True
    return _quoted_title(span)


def _a_kind_not_a_frequency(span: Span) -> bool:
    """'a quarterly dividend' (a kind of dividend), 'its initial quarterly' (a payment); 'a
    daily rally' and 'adjusted quarterly' are SETs, and so, in TimeBank, is 'the party daily'."""
    word = span[0]
    if word.pos_ == "NOUN" and word.lower_ != "daily":
        return True
    return word.dep_ == "amod" and word.lower_ in time_words()["frequency_kind"]


_QUOTES = {'"', "``", "''", "“", "”", "'"}


def _quoted_title(span: Span) -> bool:
    """A capitalised name between quotation marks is a title: ABC's "This Week", the film
    ``High Noon'', CBS's ''60 Minutes''."""
    doc = span.doc
    words = [t for t in span if t.is_alpha]
    if not words or not all(t.is_title for t in words):
        return False
    start, end = span.start, span.end
    while start > 0 and span.start - start < 3 and doc[start - 1].is_title:
        start -= 1  # ``High Noon''
    while end < len(doc) and end - span.end < 3 and doc[end].is_title:
        end += 1
    before = doc[start - 1] if start > 0 else None
    after = [t for t in doc[end: end + 3]]
    closes = next((t for t in after if not (t.is_punct and t.text not in _QUOTES)), None)
    return before is not None and before.text in _QUOTES and closes is not None \
        and closes.text in _QUOTES


def _not_a_length(span: Span) -> bool:
    """'a second group' (an ordinal), 'three-quarters of its food', 'more than a quarter of the
    market' (fractions)."""
    doc, last = span.doc, span[-1]
    after = doc[span.end] if span.end < len(doc) else None
    if last.lower_ == "second" and after is not None and after.pos_ in {"NOUN", "ADJ", "PROPN"}:
        return True
    count = doc[last.i - 1].lower_ if last.i > span.start else ""
    return last.lower_ in {"quarter", "quarters"} and after is not None and after.lower_ == "of" \
        and count in {"a", "one", "three", "-"}


def _far_year(year: int, published: date | None) -> bool:
    latest = (published.year if published else date.today().year) + FUTURE_YEARS
    return year < OLD_YEAR or year > latest


def _not_a_year(span: Span, number: Token) -> bool:
    """A four-digit number that names or locates something: 'Resolution 1718', 'Section 1206',
    'Highway 1806', 'Update: 1041', '1600 Pennsylvania Avenue', '1041 BST' (a clock)."""
    words = time_words()
    doc = number.doc
    if number.i == span.start and _labelled(number, words["number_label"]):
        return True
    after = doc[number.i + 1: number.i + 5]
    if after and after[0].lower_ in words["time_zone"]:
        return True
    if after and after[0].is_title and not after[0].ent_type_ == "DATE":
        for token in after[1:]:  # '1600 Pennsylvania Avenue', '2100 M St.'
            if token.lower_ in words["street_suffix"] or token.lower_.rstrip(".") in \
                    words["street_suffix"]:
                return True
            if not token.is_title:
                break
    return False


def _labelled(number: Token, labels: dict, depth: int = 0) -> bool:
    """A label right before the number ('Resolution 1718', 'Update: 1041'), or before the first
    number of a list it ends ('sections 1505 and 1510')."""
    doc = number.doc
    i = number.i - 1
    if i >= 0 and doc[i].text in {":", "#"}:
        i -= 1  # 'Update: 1041'
    if i < 0:
        return False
    if doc[i].lower_ in labels:
        return True
    if depth < 4 and i > 0 and doc[i].lower_ in {"and", "or", ",", "to", "through", "-", "&"}:
        previous = doc[i - 1]
        return previous.like_num and _labelled(previous, labels, depth + 1)
    return False


def _year_cue(span: Span, number: Token) -> bool:
    """A word that makes a far number a year: a preposition or determiner before it ('in 1743',
    'the 1803 decision', 'by 2050'), a part of the period ('early 1865'), an era after it."""
    words = time_words()["year_cue"]
    doc = number.doc
    if number.i > span.start or not number.text.isdigit():  # 'early 1865', 'mid-1865'
        return True
    if number.i + 1 < len(doc) and doc[number.i + 1].lower_ in {"ad", "a.d.", "bc", "b.c.", "bce", "ce"}:
        return True
    before = doc[number.i - 1] if number.i > 0 else None
    if before is not None and before.tag_ == "JJ" and number.i > 1:
        before = doc[number.i - 2]  # 'the obscure 1799 Logan Act'
    return before is not None and before.lower_ in words


def _attachment(token: Token) -> list[int]:
    """The words a time expression hangs from, up to the first verb: 'on Sunday' in 'allowed
    access to the airbase on Sunday' → [on, access, allowed]; 'since Syria's 2011 revolution'
    → [revolution, since, fighting]."""
    path = []
    node = token
    for _ in range(6):
        if node.head.i == node.i:
            break
        node = node.head
        path.append(node.i)
        if node.pos_ in {"VERB", "AUX"}:
            break
    return path


def _direction(span: Span) -> int:
    """-1 past, 0 present, +1 future: the tense of the verb governing `span`."""
    node = span.root
    for _ in range(3):  # up through 'on'/'in' and bare adverbial nouns only
        if node.pos_ in {"VERB", "AUX"} or node.head.i == node.i:
            break
        if node.dep_ not in {"pobj", "prep", "npadvmod", "tmod", "advmod", "nummod"}:
            break
        node = node.head
    direction = _verb_direction(node, depth=0) if node.pos_ in {"VERB", "AUX"} else 0
    # inside a noun phrase ('the visit in September') or an untensed verb: nearest; a deadline
    # ('double its flights by August', 'until mid-November') is ahead
    participle = node.tag_ == "VBN" and node.dep_ == "acl"  # 'shares offered … through Nov. 17'
    if (direction == 0 or participle) and _deadline(span):
        return 1
    return direction


def _deadline(span: Span) -> bool:
    """A month or date after 'by', 'until', 'till', 'through' (a weekday is left to tense: 'by
    the Tuesday deadline' is often the one just gone)."""
    node = span.root
    if node.lower_ in time_words()["weekday"]:
        return False
    if node.dep_ in {"nummod", "compound", "amod"} and node.head.dep_ == "pobj":
        node = node.head
    return node.dep_ == "pobj" and node.head.lower_ in {"by", "until", "till", "through"}


def _verb_direction(verb: Token, depth: int) -> int:
    auxes = [c for c in verb.children if c.dep_ in {"aux", "auxpass"}]
    words = {a.lower_ for a in auxes}
    if words & _FUTURE_AUX or ({"going"} <= words and verb.tag_ == "VB"):
        return 1
    if verb.lemma_.lower() in _FORWARD_VERBS:  # 'the record set on Aug. 6': nearest
        return 0 if verb.tag_ == "VBN" and verb.dep_ == "acl" and not auxes else 1
    if verb.dep_ == "xcomp" and verb.head.lemma_.lower() in _FUTURE_HEADS:
        return 1 if _verb_direction(verb.head, depth + 1) >= 0 else 0
    if verb.tag_ == "VBD" or any(a.tag_ == "VBD" for a in auxes) or words & {"has", "have", "had"}:
        return -1
    if "to" in words and verb.head.i != verb.i and verb.head.pos_ in {"VERB", "AUX"}:
        head = verb.head  # 'is scheduled to arrive on Thursday', 'is to resume Tuesday': ahead
        ahead = head.lemma_.lower() in _FORWARD_VERBS | _FUTURE_HEADS or \
            (head.lemma_.lower() == "be" and verb.dep_ == "xcomp") or \
            (depth < 3 and _verb_direction(head, depth + 1) > 0)
        return 1 if ahead else 0
    if words & _MODAL_AUX:
        return 0  # 'would', 'could': nearest
    if verb.tag_ in {"VBZ", "VBP"} or words & {"is", "are", "am"}:
        return 0
    if verb.tag_ in {"VBG", "VBN"} and depth < 3 and verb.head.i != verb.i \
            and verb.head.pos_ in {"VERB", "AUX"}:
        return _verb_direction(verb.head, depth + 1)  # 'jets taking off … were heading'
    if verb.tag_ == "VBN" and verb.dep_ == "acl":
        return -1  # 'the year ended March 31', 'the troops deployed in March'
    return -1 if verb.tag_ in {"VBD", "VBG"} else 0  # 'a program to pay down debt by February'



def _bounded(norm: Norm, span: Span, published: date | None) -> Norm:
    """'since 2011', 'by Saturday', 'before March': the preposition the parse attaches the
    expression to sets the mod and opens one end of the interval."""
    if norm.type not in {"DATE", "TIME"} or norm.mod or norm.earliest is None:
        return norm
    node = span.root
    if node.dep_ in {"nummod", "compound", "amod", "poss", "nmod"} and node.head.dep_ == "pobj":
        node = node.head  # 'since Syria's 2011 revolution'
    preposition = node.head if node.dep_ == "pobj" else None
    if preposition is None:
        before = span.doc[span.start - 1] if span.start > 0 else None
        preposition = before if before is not None and before.dep_ in {"prep", "mark"} else None
    if preposition is None:
        return norm
    prep_word = preposition.lower_
    if preposition.i > 0 and prep_word == "to" and span.doc[preposition.i - 1].lower_ == "prior":
        prep_word = "prior to"
    mod = time_words()["preposition"].get(prep_word)
    if mod in {"ON_OR_AFTER", "AFTER"}:
        first = norm.earliest if mod == "ON_OR_AFTER" else (norm.latest or norm.earliest) + timedelta(days=1)
        last = published if published is not None and published >= first else None
        return Norm(norm.type, norm.value, first, last, mod)
    if mod in {"ON_OR_BEFORE", "BEFORE"}:
        last = norm.latest if mod == "ON_OR_BEFORE" else norm.earliest - timedelta(days=1)
        return Norm(norm.type, norm.value, None, last, mod)
    return norm


# --- dating events ---------------------------------------------------------------------------


def date_events(doc: Doc, document: Document, events: list[Event], found: list[Found]) -> list[Event]:
    """Each event with `time`: the expression linked to its trigger, else the publication date."""
    datable = [f for f in found if f.norm.type in {"DATE", "TIME"} or
               (f.norm.type == "DURATION" and f.norm.earliest is not None)]
    by_governor: dict[int, list[Found]] = {}
    for f in datable:
        for i in _attachment(doc[f.root]):
            by_governor.setdefault(i, []).append(f)
    dated = []
    for event in events:
        trigger = doc.char_span(*event.trigger.span, alignment_mode="expand")
        linked = _linked_time(trigger.root, by_governor) if trigger is not None else None
        dated.append(event.model_copy(update={"time": _event_time(linked, document)}))
    return dated


def _linked_time(trigger: Token, by_governor: dict[int, list[Found]]) -> Found | None:
    """The time attached to the trigger, else to the verbs it depends on, up to a clause
    boundary (a reported clause, a relative clause) or the sentence root."""
    node = trigger
    for _ in range(6):
        linked = by_governor.get(node.i)
        if linked:
            return min(linked, key=lambda f: abs(f.root - trigger.i))
        if node.dep_ in _CLAUSE_BOUNDARY or node.head.i == node.i:
            return None
        node = node.head
    return None


def _event_time(linked: Found | None, document: Document) -> dict | None:
    if linked is not None and (linked.norm.earliest or linked.norm.latest):
        norm = linked.norm
        return {"value": norm.value, "earliest": _iso(norm.earliest), "latest": _iso(norm.latest),
                "source": "text", "mod": norm.mod}
    published = usable_published(document.published)
    if published is None:
        return None
    day = published.isoformat()
    return {"value": day, "earliest": day, "latest": day, "source": "publication_date",
            "mod": None}


def _iso(day: date | None) -> str | None:
    return day.isoformat() if day is not None else None
