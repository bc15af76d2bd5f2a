"""Parse checks on a time-expression match: is it a time at all? A month or weekday inside an
organisation's or a work's name, a modal 'May', a verb 'March', a year that spaCy reads as a
count ('2000 troops') or that labels something ('Resolution 1718'), an ordinal 'second', a
fraction 'a quarter of', a quoted programme title, a rate ('$500 million a year'), a holiday's
name inside a longer name ('Easter Island') are not.
"""

from __future__ import annotations

import re
from datetime import date
from functools import lru_cache

from spacy.tokens import Doc, Span, Token

from sitrep.data import read_table
from sitrep.extract.entities import entities
from sitrep.extract.names import given_names
from sitrep.extract.time_lexicon import time_words

_NAME_ENTITIES = {"ORG", "PERSON", "WORK_OF_ART", "FAC", "PRODUCT", "LAW", "GPE"}
_COUNT_ENTITIES = {"CARDINAL", "MONEY", "QUANTITY", "PERCENT", "ORDINAL"}
_SINGLE_NAME_RULES = {"month", "weekday", "season", "year", "plural_weekday"}
_TIME_UNIT_LEMMAS = {"year", "season", "quarter", "month", "fiscal", "decade", "century"}
# A bare number read as a year this far from the publication date needs a word that makes it one
# ('in 1743', 'the 1803 decision', 'by 2050'): 'Update: 1041' is not the year 1041.
OLD_YEAR, FUTURE_YEARS = 1900, 30


def blocked(rule: str, span: Span, published: date | None = None, text: str | None = None) -> bool:
    """The parse says this is not a time: a name, a modal or verb, a counted number. `text` is
    `span.doc.text` where the caller has it (spaCy rebuilds doc.text on each access)."""
    text = span.doc.text if text is None else text
    if rule in _SINGLE_NAME_RULES and any(t.ent_type_ in _NAME_ENTITIES for t in span):
        return True
    if rule in _CAPITALISED_NAME_RULES and _part_of_a_name(rule, span):
        return True
    first = span[0]
    if rule == "month" and len(span) == 1 and (first.tag_ == "MD" or first.pos_ == "VERB"):
        return True
    if rule == "month" and len(span) == 1 and _a_name_in_this_document(first, text):
        return True
    if rule == "story_month" and first.lower_ == "that" and (
            span[-1].dep_ in {"nsubj", "nsubjpass"} or _a_name_in_this_document(span[-1], text)):
        return True  # 'told the AP that December is too late', 'on condition that May holds'
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
                and (number.ent_type_ not in {"DATE", "EVENT"} or implausible):
            return True  # '2000 troops'; but 'the 1992 protests', 'the 2012 Olympics'
        if _not_a_year(span, number) or (implausible and not _year_cue(span, number)):
            return True
    if rule == "relative_period" and span[0].lower_ == "last" and _after_a_determiner(span):
        return True  # 'the last year of the Obama administration', 'his last week in office
    if rule == "some_day" and not _a_day_ahead(span):
        return True
    if rule == "duration" and span[-1].lower_ == "old" and not _age_of_a_happening(span):
        return True  # 'a 26-year-old HTS fighter', 'he was 26 years old': an age, no time
    if rule == "duration" and _not_a_length(span):
        return True
    if rule == "clock" and _a_bare_clock_without_cue(span, text):
        return True
    if rule == "units_of" and _determined_or_counted(span[-1]):
        return True
    if rule == "year_end" and span.root.dep_ in {"amod", "compound", "nmod"} \
            and span.root.head.pos_ in {"NOUN", "PROPN"}:
        return True  # 'year-end net', 'a year-end bonus': a kind of figure, not a date
    if rule == "noon" and span.start > 0 and span.doc[span.start - 1].lower_ == "high":
        return True  # 'High Noon' (the film), 'high noon comes today': the idiom, no clock time
    if rule == "frequency" and _a_kind_not_a_frequency(span):
        return True
    if rule in {"duration", "frequency"} and _a_rate(rule, span):
        return True
    if rule == "reference" and span[-1].lower_ in {"future", "past"} and span.end < len(span.doc) \
            and _fate_or_count_after(span.doc[span.end]):
        return True
    return _quoted_title(span)


_DETERMINERS = {"the", "its", "his", "her", "their", "our", "my", "your"}


def _after_a_determiner(span: Span) -> bool:
    """'the last year of …', "Obama's last week": 'last' is the final one, not the one before."""
    before = span.doc[span.start - 1] if span.start > 0 else None
    return before is not None and (before.lower_ in _DETERMINERS or before.tag_ == "POS")


_LOOKING_AHEAD_AUX = {"will", "'ll", "shall", "would", "could", "might", "may", "can", "should",
                      "must", "to"}


def _a_day_ahead(span: Span) -> bool:
    """'could one day be capable', 'hopes to one day return', 'will someday be reunited': 'one
    day' on a verb with a modal or an infinitive's 'to' is a day ahead. 'One day, he
    disappeared', 'one day after the vote', 'a day of mourning' are not."""
    doc = span.doc
    after = doc[span.end] if span.end < len(doc) else None
    blockers = time_words()["some_day_blocker"]
    if after is not None and (after.lower_ in blockers or after.text == "-"):
        return False
    rest = span.doc[span.end:span.sent.end].text.lower()
    if " the next" in f" {rest}":  # 'an enemy one day could be a friend the next': any day
        return False
    # the words around it, not the parse: spaCy reads 'could one day be' with 'day' as the
    # subject and 'to one day return' with 'return' as a noun
    before = doc[span.start - 1] if span.start > 0 else None
    if before is not None and before.lower_ in _LOOKING_AHEAD_AUX - {"to"}:
        return True
    if before is not None and before.lower_ == "to":  # 'hopes to one day return', not 'to one day'
        return after is not None and after.is_lower and after.tag_ in {"VB", "NN"}
    # 'Someday, the two Koreas will be reunited'; after its verb it may be a length ('the
    # festival will last one day')
    verb = span.root.head
    return span.root.dep_ in {"npadvmod", "advmod", "tmod"} and verb.pos_ in {"VERB", "AUX"} \
        and span.root.i < verb.i \
        and any(c.dep_ in {"aux", "auxpass"} and c.lower_ in _LOOKING_AHEAD_AUX - {"to"}
                for c in verb.children)


def _determined_or_counted(unit: Token) -> bool:
    """'the days of the Soviet Union', 'those years of plenty', 'six months of base pay',
    'the heady days of': a determiner, possessive or count makes the plural a period or a
    counted length, which other rules read or leave. In 'within weeks or months of his capture'
    the pair is one expression, which the first unit's rule already holds."""
    before = unit.doc[unit.i - 1] if unit.i > 0 else None
    if before is not None and (before.like_num or before.tag_ in {"DT", "PRP$", "POS", "CD", "WDT"}
                               or before.lower_ in {"or", "and", "to"}):
        return True
    return any(child.dep_ in {"det", "poss", "nummod"} for child in unit.children)


_BARE_CLOCK = re.compile(r"\d{1,2}:\d\d")
_DAY_ENTITIES = {"DATE", "TIME"}


def _a_bare_clock_without_cue(span: Span, text: str) -> bool:
    """'MUST WATCH Rebel leader: A massacre is coming 07:03', 'LISTEN TO ARTICLE 2:29', 'The
    Hill's 12:30 Report': a bare 'h:mm' (no a.m./p.m., zone or day) is a length or a label unless
    a time word comes right before it ('at 18:41', 'between 9:30 and 11:00'), a date does
    ('1999-03-12 18:41', 'Sunday 20:15'), or it opens a line, as a live blog's entries do ('7:52 –
    Amber Rudd is Home Secretary')."""
    if not _BARE_CLOCK.fullmatch(span.text):
        return False
    doc = span.doc
    line_start = text.rfind("\n", 0, span.start_char) + 1
    if not text[line_start:span.start_char].strip():
        return False
    before = doc[span.start - 1]
    return before.lower_ not in time_words()["clock_cue"] and before.ent_type_ not in _DAY_ENTITIES


def _fate_or_count_after(word: Token) -> bool:
    """'the future of our peoples' (a fate), 'the past three summers', 'the past few
    seasons' (a span no rule reads, not the past itself)."""
    return word.lower_ == "of" or word.like_num or word.lower_ in time_words()["vague_number"]


# rules whose words, capitalised, also make names: 'Black Friday', 'the Arab Spring', 'Theresa
# May', 'USA TODAY', 'CBS This Morning', 'the Daily Mail', 'Easter Island'
# 'duration': 'the Six-Day War', 'the Hundred Years' War' (a length inside an event's name)
_CAPITALISED_NAME_RULES = {"holiday", "weekday", "season", "month", "deictic_day", "part_of_day",
                           "frequency", "duration"}


def _part_of_a_name(rule: str, span: Span) -> bool:
    """A capitalised time word that is part of a name, not a time."""
    last = span[-1]  # 'the Winter Olympics': the time word itself is capitalised
    if not last.is_alpha or not (last.is_title or last.is_upper):
        return False
    if _inside_a_longer_name(span):
        return True
    doc = span.doc
    before = doc[span.start - 1] if span.start > 0 else None
    if before is not None and span[0].is_sent_start and not before.is_alpha:
        before = None  # 'Paris. Today we…'; but 'USA TODAY' split as two sentences stays a name
    after = doc[span.end] if span.end < len(doc) else None
    named_before = before is not None and before.is_alpha and (before.is_title or before.is_upper)
    named_after = after is not None and after.is_title and after.pos_ == "PROPN"
    if rule == "month":  # 'Theresa May', 'Brian May'
        return len(span) == 1 and named_before and before.pos_ == "PROPN" \
            and before.lower_ in given_names()
    if rule in {"deictic_day", "part_of_day"}:  # 'USA TODAY', 'VOA Today', 'CBS This Morning'
        return named_before
    if rule == "season":  # 'the Arab Spring', 'Prague Spring', 'Summer Olympics'
        return named_before or named_after
    if rule in {"frequency", "holiday"}:  # 'the Daily Mail', 'the Sri Lanka Easter Bombings'
        return named_after
    return False


def _a_name_in_this_document(month: Token, text: str) -> bool:
    """'Prime Minister Theresa May … Trump spoke with May', '… praising May', 'May's deal': a
    month word that ends a person's name elsewhere in the document (a PERSON entity, or a given
    name before the same word) is that person wherever it stands without a date word before it
    ('In May, Trump said' and 'from April to May' stay months). spaCy tags most of these bare
    'May's as dates."""
    doc = month.doc
    before = doc[month.i - 1] if month.i > 0 else None
    if before is not None and before.lower_ in time_words()["month_cue"]:
        return False
    if before is not None and before.lower_ in {"and", "or", "to", "-", "–"} and month.i > 1 \
            and doc[month.i - 2].lower_ in time_words()["month"]:
        return False  # 'April and May', 'March to May'
    if any(ent.label_ == "PERSON" and len(ent) > 1 and ent[-1].text == month.text
           for ent in _names(doc)):  # PERSON is one of their labels
        return True
    return _after_a_given_name(doc, text, month.text)


@lru_cache(maxsize=16)  # a document's month words; holds the last few documents
def _after_a_given_name(doc: Doc, text: str, word: str) -> bool:
    """spaCy does not always find the full name ('finally brought down Theresa May.' left as a
    date): a given name right before the same word anywhere in the document makes it a name
    too ('An April launch' does not: the word before must be a proper noun). Once per document
    and word, by a regex over its text: walking every token for each month cost the stage ~10%."""
    for m in re.finditer(rf"\b([A-Z][a-z]+)\s+{re.escape(word)}\b", text):
        if m[1].lower() in given_names():
            given = doc.char_span(m.start(1), m.end(1))
            if given is not None and given[0].pos_ == "PROPN":
                return True
    return False


def _inside_a_longer_name(span: Span) -> bool:
    """'Easter Island', 'Black Friday', 'the Winter Olympics', 'Sunday Morning Futures': inside a
    longer name spaCy found, whose other words are capitalised ('Sunday's election' is no name);
    a name that is just the time ('Mother's Day' read as a facility) stays one."""
    for ent in _names(span.doc):
        if not (ent.start < span.end and span.start < ent.end):
            continue
        outside = [t for t in ent if not span.start <= t.i < span.end and t.is_alpha]
        if any(t.is_title or t.is_upper for t in outside):
            return True
    return False


_LONGER_NAME_LABELS = frozenset(_NAME_ENTITIES | {"LOC", "EVENT", "NORP"})


@lru_cache(maxsize=1)  # the document being read: the filters ask for one at a time
def _names(doc: Doc) -> tuple[Span, ...]:
    """The entities that can hold a time word in their name, once per document: spaCy builds
    `doc.ents` afresh on each access, and an article asks for them for several time words."""
    return tuple(ent for ent in entities(doc) if ent.label_ in _LONGER_NAME_LABELS)


def _a_kind_not_a_frequency(span: Span) -> bool:
    """'a quarterly dividend' (a kind of dividend), 'its initial quarterly' (a payment); 'a
    daily rally' and 'adjusted quarterly' are SETs, and so, in TimeBank, is 'the party daily'."""
    word = span[0]
    if word.pos_ == "NOUN" and word.lower_ != "daily":
        return True
    return word.dep_ == "amod" and word.lower_ in time_words()["frequency_kind"]


_RATE_AMOUNTS = {"MONEY", "PERCENT", "QUANTITY", "CARDINAL"}


def _a_rate(rule: str, span: Span) -> bool:
    """'$500 million a year', 'four flights a week', '20% annually': an amount per unit of
    time is a rate, not a time (TimeBank + AQUAINT leave 12 of 15 such unannotated); 'for a
    week', 'twice a year' and 'rallies held annually' stay times."""
    if rule == "duration" and not (len(span) == 2 and span[0].lower_ in {"a", "an", "per"}):
        return False
    if span.start == 0:
        return False
    before = span.doc[span.start - 1]
    if before.ent_type_ == "ORDINAL":  # 'its first quarterly loss'
        return False
    return before.like_num or before.ent_type_ in _RATE_AMOUNTS \
        or any(child.dep_ == "nummod" for child in before.children)


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


def _age_of_a_happening(span: Span) -> bool:
    """'Syria's 2-year-old civil war', 'the IRA's 8-month-old truce': how long a war, a truce, a
    siege has lasted is a length (TimeBank: '8-month-old truce' = P8M); a person's or a thing's
    age is not (TimeBank leaves 'the 50-year-old alliance', 'a 136-year-old institution' out)."""
    # the noun phrase the '-old' opens, read from the words (the parse often misses it: 'the
    # two-year-old conflict rages' with 'rages' as the head): its last noun is what is that old
    if span[0].lower_ in {"a", "an"}:
        return False  # 'a decades-old conflict': no count ('decades-old', PXY, is another rule's)
    doc, run = span.doc, []
    for token in doc[span.end:span.end + 5]:
        if token.pos_ not in {"ADJ", "NOUN", "PROPN"} and token.text != "-":
            break
        run.append(token)
    while run and run[-1].text == "-":
        run.pop()
    if not run:
        return False
    nouns = time_words()["happening_noun"]
    last = run[-1].lemma_.lower()
    hyphened = "".join(t.text for t in run[-3:]).lower() \
        if len(run) >= 3 and run[-2].text == "-" else None  # 'cease-fire'
    return last in nouns or hyphened in nouns


def _not_a_length(span: Span) -> bool:
    """'a second group' (an ordinal), 'three-quarters of its food', 'more than a quarter of the
    market', 'almost a quarter million people', 'a quarter-million' (fractions)."""
    doc, last = span.doc, span[-1]
    after = doc[span.end] if span.end < len(doc) else None
    if last.lower_ == "second" and after is not None \
            and (after.pos_ in {"NOUN", "ADJ", "PROPN"} or after.text == "-"):  # 'a second-floor'
        return True
    count = doc[last.i - 1].lower_ if last.i > span.start else ""
    if after is not None and after.text == "-" and span.end + 1 < len(doc):
        after_hyphen = doc[span.end + 1]  # 'a quarter-million people'
    else:
        after_hyphen = after
    if last.lower_ == "quarter" and after_hyphen is not None \
            and after_hyphen.lower_ in {"million", "billion", "trillion", "thousand", "hundred"}:
        return True
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

