"""Places the small NER model misses or mislabels.

The small English model labels a third of the place names in local news ORG, PERSON or NORP,
or nothing ("Edmonton man", "in Riverdale", "the northern town of Toruń", "CARTHAGE, N.C.").
Such a span is taken as a place when the gazetteer knows the name as a country, a province or
a town of some size (`prominence`: the population of its most populous entry known by that
main name, countries and provinces counting as large) and the text around it is locative.
"""

from __future__ import annotations

from collections.abc import Callable

from spacy.tokens import Doc, Span

from sitrep.extract.entities import entities, lower_texts, span_text, token_span, token_texts
from sitrep.extract.place_cues import STREET_WORDS
from sitrep.extract.place_spans import (MAX_NAME_TOKENS, PLACE_LABELS, PlaceMention,
                                        abbreviation_spelled_out, with_split_abbreviation)
from sitrep.extract.place_words import place_words
from sitrep.extract.span_index import BySpan
from sitrep.records import Mention

_LOCATIVE_BEFORE = frozenset({
    "in", "near", "from", "outside", "across", "around", "into", "toward", "towards",
    "through", "throughout", "to", "at", "between", "within", "inside", "of", "and", "visit",
    "visited", "visiting", "reach", "reached", "leave", "left", "entered", "via",
})
# "north of X", "the town of X", "the province X"
_PLACE_NOUNS = place_words("place_noun")
# the prepositions that put someone in a place ('in Nelson'), not 'to' or 'for'
_PLACE_PREPOSITIONS = place_words("place_preposition")
_LOCATIVE_AFTER = place_words("local_after")
# An ORG whose first words are a place and whose head is a public body: the place locates
# ("Gainesville Police", "Butler County Coroner's Office", "Westminster City Council"); a company,
# a team or a university named after a place does not ("Texas Instruments", "Texas Rangers",
# "the University of Texas").
PUBLIC_BODIES = place_words("public_body")
# A name before one of these words names a street, a building or a product, not the place
# ('Harrison streets', 'Goshen Elementary School', 'Toyota Camry' is caught as no place at all).
_NOT_AFTER = place_words("not_after")
# qualifying words between a place and its body: "Clarke County Superior Court"
_COURT_WORDS = place_words("court_word")
# the heads of bodies a state's name makes that state's own ("the Minnesota House", "Ohio
# Association of ...", "Texas Army National Guard"); a company's ("Texas Instruments") is not
_POLITY_BODIES = PUBLIC_BODIES | place_words("polity_body")
_ORG_BIG, _PERSON_MIN, _MENTION_MIN, _LOCATIVE_MIN = 100_000, 10_000, 100_000, 5_000
_COUNTY_WORDS = frozenset({"county", "parish"})
# the labels a town's size alone may recover (or, for ORG, a place its name opens); any other
# entity needs the words around it to say it is a place, or a party before it
_SIZE_ALONE_LABELS = frozenset({"NORP", "ORG"})


def recovered_mentions(doc: Doc, prominence: Callable[[str], int], roles: list[Mention]) -> list[PlaceMention]:
    out: list[PlaceMention] = []
    covered = set()
    persons = _names_the_ner_calls_persons(doc)
    for ent in entities(doc):
        covered.update(range(ent.start, ent.end))
        if ent.label_ in PLACE_LABELS:
            continue
        span = _without_article(ent)
        if span is None or _common_word(span):
            continue
        if (county := _county_within(span)) is not None:
            out.append(recovered_mention(county, roles, True))
            continue
        if institution(span):
            # "Derry's Altnagelvin Hospital": the town it lies in, not the institution
            if ent.label_ == "ORG" and (town := _possessive_prefix(span, prominence)):
                out.append(recovered_mention(town, roles, True))
            continue
        located = locative(span)
        if ent.label_ not in _SIZE_ALONE_LABELS and not located and not _party(span):
            continue  # its size alone keeps nothing: no look-up (a PERSON's, a DATE's name is
            # mostly a miss)
        size = prominence(span_text(span))
        keep = False
        if ent.label_ == "NORP":
            keep = size >= _MENTION_MIN or (size >= _LOCATIVE_MIN and located
                                            and not _adjectival(span))
        elif ent.label_ == "ORG":
            keep = size >= _ORG_BIG or (size >= _LOCATIVE_MIN and located)
        elif ent.label_ == "PERSON":
            keep = size >= _PERSON_MIN and located and \
                not (size < _ORG_BIG and span.text.lower() in persons)
        elif ent.label_ in {"PRODUCT", "WORK_OF_ART", "EVENT", "DATE", "LANGUAGE"}:
            keep = size >= _LOCATIVE_MIN and located
        if keep or size and _party(span):  # a legislator's home town, however small
            out.append(recovered_mention(span, roles, located))
        elif ent.label_ == "ORG" and (pair := _hyphenated_places(span, prominence)):
            out += [recovered_mention(part, roles, True) for part in pair]
        elif ent.label_ == "ORG" and (prefix := _place_prefix(span, prominence)
                                      or _dateline_prefix(span, prominence)
                                      or _possessive_prefix(span, prominence)) is not None:
            out.append(recovered_mention(prefix, roles, True))
    texts = token_texts(doc)
    i = 0
    while i < len(doc):
        if i in covered or not _capitalised_at(doc, texts, i):
            i += 1
            continue
        j = i
        while j < len(doc) and j - i < MAX_NAME_TOKENS and j not in covered and \
                _capitalised_at(doc, texts, j):
            j += 1
        out += _uncovered(doc[i:j], prominence, roles)
        i = j
    return out


def _names_the_ner_calls_persons(doc: Doc) -> frozenset[str]:
    """Names the NER labels PERSON at least `_PERSON_LABELS_MIN` times, never a place, and never
    after a preposition of place (data/place_word_classes.tsv, class place_preposition): a
    person the story keeps naming ('a must-win debate for Obama', 'put to Obama', 'heaving
    Obama and Biden'), whom a weaker cue before one mention ('to Obama') does not make a town
    (Obama, Japan). A town the model mislabels once or twice in local news is still recovered,
    and one it mislabels often but the text puts a person in ('in Nelson', 'into Nelson' of a
    British Columbia story), and a city of 100,000 (`recovered_mentions`: 'Alexandria police',
    'Tbilisi says', both labelled PERSON three times in one story)."""
    persons: dict[str, int] = {}
    placed = set()
    for ent in entities(doc):
        key = span_text(ent).lower()
        if ent.label_ in PLACE_LABELS or ent.label_ == "PERSON" and ent.start > 0 and \
                lower_texts(doc)[ent.start - 1] in _PLACE_PREPOSITIONS:
            placed.add(key)
        elif ent.label_ == "PERSON":
            persons[key] = persons.get(key, 0) + 1
    return frozenset(k for k, n in persons.items() if n >= _PERSON_LABELS_MIN and k not in placed)


_PERSON_LABELS_MIN = 3


def _uncovered(run: Span, prominence: Callable[[str], int], roles) -> list[PlaceMention]:
    """A run of capitalised words no entity covers, when the whole run is a place name
    ('Rye' of 'Rye Court' or 'Honda' of 'Honda Odyssey' is not)."""
    if run[0].i > 0 and run[0].nbor(-1).text in {"-", "'s", "’s"} and not _party(run) \
            or _common_word(run):
        return []
    run = with_split_abbreviation(run)
    size = _county_size(run) or prominence(abbreviation_spelled_out(run))
    if size >= _ORG_BIG and not _before_not_place(run) or \
            size >= _LOCATIVE_MIN and (locative(run) or _dateline(run)) or size and _party(run):
        return [recovered_mention(run, roles, True)]
    if (prefix := _place_prefix(run, prominence)) is not None:  # "Butler County Sheriff"
        return [recovered_mention(prefix, roles, True)]
    return []


def institution(span: Span) -> bool:
    """'University of Texas', 'Georgetown College': an institution named after a place."""
    return any(t.lower_ in _INSTITUTIONS for t in span)


_INSTITUTIONS = place_words("institution")
# the institutions a state names after itself ('the University of Michigan', 'Ohio State
# University', 'the Georgia School Boards Association')
_SCHOOLS = place_words("school")


def _common_word(span: Span) -> bool:
    """A single word that is a month, a day, a title, or written in lower case elsewhere in the
    article ('in May', 'the State Department', 'in the spring')."""
    if len(span) > 1:
        return span.text.lower() in _NOT_PLACES
    word = span[0].lower_
    if word in _NOT_PLACES or span[0].is_stop:
        return True
    return word in _lower_words(span.doc)


def _lower_words(doc: Doc) -> frozenset[str]:
    words = doc.user_data.get("sitrep_lower_words")
    if words is None:
        words = frozenset(text for text in token_texts(doc) if text.islower())
        doc.user_data["sitrep_lower_words"] = words
    return words


_NOT_PLACES = place_words("not_place")


def _county_size(span: Span) -> int:
    """'Butler County': a county is a place whatever the gazetteer holds."""
    if len(span) >= 2 and span[-1].lower_ in _COUNTY_WORDS and span[0].text[:1].isupper():
        return _LOCATIVE_MIN
    return 0


def _county_within(span: Span) -> Span | None:
    """'the Edgar County Community Foundation', 'Douglas County Hospital', 'the Disabilities
    Board of Charleston County', 'McMinn County Sheriff Steve Frisbie' (one PERSON span), 'the
    Paris-Henry County Arts Council': a county named inside a longer name is the county the body
    serves or the official answers to, whatever the head (a town's name there may be a company's
    or a person's; a county's is not). Not a newspaper's ('the Orange County Register')."""
    for end in range(2, len(span) + 1):
        word = span[end - 1]
        if word.lower_ not in _COUNTY_WORDS or not word.text[:1].isupper():
            continue
        if end < len(span) and span[end].lower_ in _PRESS_WORDS:
            return None
        start = end - 1
        while start > 0 and end - start < 3 and _capitalised(span[start - 1]):
            start -= 1
        if start < end - 1:
            return span[start:end]
    return None


_PRESS_WORDS = place_words("press_word")


def _capitalised_at(doc: Doc, texts: list[str], i: int) -> bool:
    """`_capitalised(doc[i])`, its first test read off the token texts: most words fail it
    and then need no Token."""
    return texts[i][:1].isupper() and _capitalised(doc[i])


def _capitalised(token) -> bool:
    text = token.text
    return text[:1].isupper() and token.is_alpha and token.pos_ in {"PROPN", "NOUN", "ADJ", "VERB", "X"}


def _without_article(ent: Span) -> Span | None:
    """Without 'the', a possessive, or a legislator's party ('D-Charleston': the NER takes the
    party and the home town for one name)."""
    span = ent
    if span and span[0].lower_ == "the":
        span = span[1:]
    if len(span) > 2 and span[0].text in _PARTIES and span[1].text == "-":
        span = span[2:]
    if span and span[-1].text in {"'s", "’s", "'", "’"}:
        span = span[:-1]
    return span if len(span) else None


def _place_prefix(span: Span, prominence: Callable[[str], int]) -> Span | None:
    """The place a public body's name begins with: 'Butler County' of 'Butler County Sheriff',
    'Litchfield' of 'Litchfield Superior Court' (one qualifying word may come between)."""
    for width in range(min(3, len(span) - 1), 0, -1):
        heads = span[width:width + 2]
        if heads[0].lower_ not in PUBLIC_BODIES and not (
                len(heads) == 2 and heads[0].lower_ in _COURT_WORDS
                and heads[1].lower_ in PUBLIC_BODIES):
            continue
        prefix = span[:width]
        if _common_word(prefix) or _ministry(prefix, heads[0]):
            continue
        if _county_size(prefix) or prominence(prefix.text) >= _LOCATIVE_MIN:
            return prefix
    return None


def _ministry(prefix: Span, head) -> bool:
    """'the Justice Department', 'the Commerce Department': a government's department named
    by its business (data/place_word_classes.tsv, class ministry_word), not a town's."""
    return head.lower_ == "department" and prefix.text.lower() in _MINISTRY_WORDS


_MINISTRY_WORDS = place_words("ministry_word")


def _dateline_prefix(span: Span, prominence: Callable[[str], int]) -> Span | None:
    """'DETROIT The U.S. Transportation Department…', 'SAN ANTONIO Turner Sports/CBS analyst…',
    'PLYMOUTH CO. - A suspect…': a story's upper-case dateline, which the NER runs into the
    organisation or the words after it. Only at the start of the text, where a dateline
    stands; the upper-case words before the first word written otherwise."""
    doc = span.doc
    if any(not t.is_space for t in doc[:span.start]):
        return None
    end = span.start
    while end < span.end and end - span.start < MAX_NAME_TOKENS and \
            doc[end].text.isupper() and any(c.isalpha() for c in doc[end].text):
        end += 1
    run = doc[span.start:end]
    if not len(run) or end < len(doc) and doc[end].text.isupper() and doc[end].is_alpha:
        return None  # an upper-case headline, not a dateline
    if len(run) >= 2 and run[-1].text.rstrip(".").lower() in _COUNTY_ABBREVIATIONS:
        return run  # 'PLYMOUTH CO.'
    return run if len(run.text) > 3 and prominence(run.text) >= _LOCATIVE_MIN else None


_COUNTY_ABBREVIATIONS = frozenset({"co", "county", "parish"})


def _hyphenated_places(span: Span, prominence: Callable[[str], int]) -> list[Span]:
    """'Middlesex-London EMS', 'MLA for Nelson-Creston': two places a hyphen joins at the head
    of an organisation's or a riding's name, both towns of some size or larger places (not
    'Hewlett-Packard', 'Mercedes-Benz', whose second name is no town)."""
    doc = span.doc
    for dash in span[1:-1]:
        if dash.text != "-" or dash.whitespace_ or doc[dash.i - 1].whitespace_:
            continue
        left = _place_beside(doc, dash.i, -1, span.start, prominence)
        right = _place_beside(doc, dash.i + 1, 1, span.end, prominence)
        return [left, right] if left is not None and right is not None else []
    return []


def _place_beside(doc: Doc, edge: int, step: int, limit: int,
                  prominence: Callable[[str], int]) -> Span | None:
    """The place the capitalised words on one side of a hyphen name, two words or one
    ('London' of 'London EMS')."""
    for width in (2, 1):
        part = doc[edge - width:edge] if step < 0 else doc[edge:edge + width]
        if len(part) < width or (part.start < limit if step < 0 else part.end > limit):
            continue
        if all(t.text[:1].isupper() and t.is_alpha for t in part) and \
                not _common_word(part) and prominence(part.text) >= _LOCATIVE_MIN:
            return part
    return None


def _possessive_prefix(span: Span, prominence: Callable[[str], int]) -> Span | None:
    """"Derry's Altnagelvin Hospital", "Harare's Third Street", "Middletown's New Road": a town
    the NER runs into what lies in it, before its possessive. The possessive says the name is
    a place that holds things (a person's would be a person's: a name the article gives a
    person is dropped later)."""
    for token in span[1:MAX_NAME_TOKENS + 1]:
        if token.text in {"'s", "’s"}:
            prefix = span[:token.i - span.start]
            if not _common_word(prefix) and all(t.text[:1].isupper() for t in prefix) and \
                    prominence(prefix.text) >= _LOCATIVE_MIN:
                return prefix
            return None
    return None


def _before_not_place(span: Span) -> bool:
    return span.end < len(span.doc) and span.doc[span.end].lower_ in _NOT_AFTER


def _party(span: Span) -> bool:
    """'Rep. Barbara Lee, D-Oakland': a legislator's party and home town."""
    doc = span.doc
    return span.start >= 2 and doc[span.start - 1].text == "-" and \
        doc[span.start - 2].text in _PARTIES


# Democrat, Republican, independent; Minnesota's Democratic-Farmer-Labor party
_PARTIES = frozenset({"D", "R", "I", "DFL"})


def locative(span: Span) -> bool:
    """The words around the span say it is a place: 'in X', 'the town of X', 'X residents',
    'X, Calif.'."""
    doc = span.doc
    if _before_not_place(span):
        return False
    if _party(span):
        return True
    before = doc[span.start - 1] if span.start > 0 else None
    if before is not None and before.lower_ == "the" and span.start > 1:
        before = doc[span.start - 2]
    if before is not None and (before.lower_ in _LOCATIVE_BEFORE or before.lower_ in _PLACE_NOUNS):
        return True
    if before is not None and before.text == "," and span.start >= 2:
        # "of 2517 Memphis St., Alexandria", "Sukoharjo, Central Java", "Litchfield, Winsted"
        prior = doc[span.start - 2]
        if prior.lower_.rstrip(".") in STREET_WORDS or prior.ent_type_ in {"GPE", "LOC"}:
            return True
    after = doc[span.end] if span.end < len(doc) else None
    if after is not None:
        if after.lower_ in _PLACE_NOUNS and after.lower_ not in {"state", "area", "port"}:
            return True  # "the Urals town of Pervouralsk"
        if after.lower_ in _LOCATIVE_AFTER or (after.text == "-" and span.end + 1 < len(doc)
                                               and doc[span.end + 1].lower_ == "based"):
            return True
        if after.text == "," and span.end + 1 < len(doc):  # "Alexandria, La.", "Gilroy, Calif."
            nxt = doc[span.end + 1]
            if nxt.text[:1].isupper() and nxt.ent_type_ in {"GPE", "LOC", ""} and nxt.pos_ == "PROPN":
                return True
    return False


def _adjectival(span: Span) -> bool:
    """'Arab leaders', 'Arab-Israeli': a word the NER calls a nationality, before a plural noun
    or a hyphen, is the nationality (not the town Arab, Alabama). A town's name comes before a
    singular noun too ('the Augusta psychiatric hospital'), before its people ('Augusta
    residents', a townsman's word) and its division word ('Harper and Kingman counties')."""
    if span.end >= len(span.doc):
        return False
    after = span.doc[span.end]
    return after.text == "-" or (after.tag_ == "NNS" and after.lower_ not in _LOCATIVE_AFTER
                                 and after.lemma_.lower() not in _COUNTY_WORDS)


def _dateline(span: Span) -> bool:
    """'CARTHAGE, N.C. (AP) -', 'ROANOKE --': an upper-case name, then a comma or a dash."""
    doc = span.doc
    return span.text.isupper() and len(span.text) > 3 and span.end < len(doc) and \
        doc[span.end].text in {",", "--", "—", "–", "-"}


def recovered_mention(span: Span, roles: BySpan, locative: bool) -> PlaceMention:
    """A place in locative context locates; elsewhere the actors layer's decision stands
    ("Edmonton beat Calgary": an actor)."""
    mention = roles.first_overlapping(span.start_char, span.end_char)
    role = "actor" if (not locative and mention is not None and mention.role == "actor"
                       and mention.actor) else "location"
    return PlaceMention(span.start_char, span.end_char, span.text, role, None, recovered=True)


def polity_modifiers(doc: Doc, polity: Callable[[str], str | None]) -> list[PlaceMention]:
    """The country or state an organisation's name gives it ('the US Justice Department',
    'Pakistan Army', 'Air Zimbabwe', 'Maryland State Police'): a place in the actor role, the
    polity the body belongs to, not where anything happens. A state names a public body
    ('Maryland State Police', not 'Texas Instruments') or an institution, whose head may come
    first ('the University of Michigan', 'Texas A&M University', 'Ohio State University'): the
    gold sets count these, and a state's or a country's name there is no one's surname."""
    out = []
    lower = lower_texts(doc)
    for ent in entities(doc):
        if ent.label_ != "ORG" or len(ent) < 2 or polity(span_text(ent)):
            continue  # "Democratic People's Republic of Korea" labelled ORG is the country itself
        of_institution = institution(ent)
        if of_institution and not any(t.lower_ in _SCHOOLS for t in ent):
            continue  # 'Club America', 'St. Paul Cathedral'
        # the end of the entity's last public body's word ('Police' of 'Maryland State Police')
        bodies_end = max((j + 1 for j in range(ent.start, ent.end) if lower[j] in _POLITY_BODIES),
                         default=ent.start)
        i = ent.start
        while i < ent.end:
            for width in range(min(3, ent.end - i), 0, -1):
                span = token_span(doc, i, i + width)
                # a country in a school's name may be a town's ('Palestine Independent School
                # District' in a Texas paper): only a state or province counts there; a state
                # only before a public body or in an institution's name ('Maryland State
                # Police'), so elsewhere only a country is asked for (`countries_only`: a name
                # no country bears is then no look-up; `_polity_tail` asks of the entity's
                # last words in full)
                division_counts = of_institution or bodies_end > span.end
                kind = _polity_kind(span, polity, countries_only=not division_counts
                                    and span.end < ent.end)
                if kind == "country" and not of_institution or kind == "division" and \
                        division_counts:
                    out.append(PlaceMention(span.start_char, span.end_char, span.text, "actor"))
                    i += width - 1
                    break
            i += 1
        if (tail := _polity_tail(ent, polity)) is not None and not any(
                m.start <= tail.start_char < m.end for m in out):
            out.append(PlaceMention(tail.start_char, tail.end_char, tail.text, "actor"))
    return out


def countries_labelled_otherwise(doc: Doc, polity: Callable[[str], str | None],
                                 roles: list[Mention]) -> list[PlaceMention]:
    """A country the NER labels an organisation or a product, the whole entity: 'the DPRK', 'the
    Holy See', 'UAE'. A country by a short form or an alternate name has no town's size for
    `recovered_mentions` to weigh (its acronyms are too short to trust as a town's name), but a
    country's short form is no town's. Not a PERSON ('Chad', 'Jordan' are also given names)."""
    out = []
    for ent in entities(doc):
        if ent.label_ not in _COUNTRY_MISLABELS or (span := _without_article(ent)) is None:
            continue
        if _polity_kind(span, polity) == "country":
            out.append(recovered_mention(span, roles, locative(span)))
    return out


_COUNTRY_MISLABELS = frozenset({"ORG", "PRODUCT"})


def hyphenated_polities(doc: Doc, polity: Callable[[str], str | None]) -> list[PlaceMention]:
    """'the U.S.-led coalition', 'a U.K.-based charity': the tokenizer keeps an abbreviated
    country glued to the word after its hyphen, and the NER labels the whole ORG or nothing.
    The country is the polity the coalition or firm belongs to: a place in the actor role, as
    in 'Pakistan Army'."""
    out = []
    for i, text in enumerate(token_texts(doc)):  # a Token only for the words kept
        head, dash, rest = text.partition("-")
        if dash and head[:1].isupper() and rest[:1].isalpha() and polity(head) == "country":
            start = doc[i].idx
            out.append(PlaceMention(start, start + len(head), head, "actor"))
    return out


def party_divisions(doc: Doc, polity: Callable[[str], str | None]) -> list[PlaceMention]:
    """'Rep. James Clyburn, D-S.C.', 'Sen. Bob Casey, D-Pa.', 'Rep. Nick Rahall, D-W. Va.': a
    legislator's party and home state. The NER labels no such abbreviation, and it is no town
    of any size (the party rule for towns, 'D-Charleston', goes by size). A place where the
    legislator comes from, like the town."""
    out = []
    texts = token_texts(doc)
    for i in range(1, len(doc) - 1):  # a Token only for the words kept
        if texts[i] != "-" or texts[i - 1] not in _PARTIES:
            continue
        dash = doc[i]
        end = dash.i + 1
        while end < len(doc) and end - dash.i <= 2 and doc[end].text[:1].isupper():
            end += 1
        for stop in range(end, dash.i + 1, -1):
            span = doc[dash.i + 1:stop]
            if polity(span.text, codes=True) == "division":
                out.append(PlaceMention(span.start_char, span.end_char, span.text, "location",
                                        recovered=True))
                break
    return out


def _polity_tail(ent: Span, polity: Callable[[str], str | None]) -> Span | None:
    """The province or state an organisation's name ends with: a body of that province ('a
    FrontCounter BC office', 'Education Minnesota', 'the Children's Court of Queensland'). The
    article's other places then read as that province's ('Nelson' beside 'FrontCounter BC' is
    Nelson, BC)."""
    for width in range(min(3, len(ent) - 1), 0, -1):
        span = ent[len(ent) - width:]
        if span[-1].text in {"'s", "’s"}:
            return None
        if _polity_kind(span, polity) == "division" or _province_code(span, polity):
            return span
    return None


def _province_code(span: Span, polity: Callable[[str], str | None]) -> bool:
    """'BC', 'NSW': a first-level division's capitalised code (a name the gazetteer holds as an
    alternate name of the division). Not a title before a name ('Metix MD Reinier Meyjes') nor
    a credit line ('Metropolitan Police/PA')."""
    doc = span.doc
    if len(span) != 1 or not span.text.isupper() or not 2 <= len(span.text) <= 3:
        return False
    if span.start > 0 and doc[span.start - 1].text in {"/", "("} or \
            span.end < len(doc) and doc[span.end].pos_ == "PROPN":
        return False
    return polity(span.text, codes=True) == "division"


def _polity_kind(span: Span, polity: Callable[..., str | None],
                 countries_only: bool = False) -> str | None:
    if not span[0].text[:1].isupper() or span[0].lower_ == "the":
        return None
    text = span_text(span)
    if text.lower() in _NOT_PLACES:
        return None
    return polity(text, countries_only=True) if countries_only else polity(text)


def divisions_after_towns(doc: Doc, found: list[PlaceMention],
                          polity: Callable[[str], str | None],
                          prominence: Callable[[str], int]) -> list[PlaceMention]:
    """'A couple from Melville, Sask. believes…', 'LOUISVILLE, KY--(Marketwire)', 'in
    Wainwright, Alta., by…': the state or province after a town and its comma, which the NER
    leaves unlabelled or runs into the town as one ORG. The town is taken too where the NER
    glued the two, or where it is the story's dateline ('HOLLIDAY, Mo. —'). A division there
    is its main name or an abbreviation written as one ('Sask.', 'KY'), not a word that
    only shares an abbreviation's letters ('Smith, Miss Jones')."""
    ends = {m.end for m in found if m.role != "demonym"}
    out = []
    texts = token_texts(doc)
    for i in range(1, len(doc) - 1):  # a Token only for the commas
        if texts[i] != ",":
            continue
        comma = doc[i]
        division = _division_after(doc, comma.i + 1, polity)
        if division is None:
            continue
        town = None if comma.idx in ends else _town_before(doc, comma.i, prominence)
        if comma.idx not in ends and town is None:
            continue
        out.append(PlaceMention(division.start_char, division.end_char, division.text,
                                "location", recovered=True))
        if town is not None:
            out.append(PlaceMention(town.start_char, town.end_char, town.text, "location",
                                    recovered=True))
    return out


def _division_after(doc: Doc, start: int, polity: Callable[[str], str | None]) -> Span | None:
    for width in (2, 1):
        span = token_span(doc, start, start + width)
        if len(span) < width or not all(_abbreviation_word(t) for t in span):
            continue
        after = doc[span.end] if span.end < len(doc) else None
        if after is not None and after.text[:1].isupper() and after.pos_ == "PROPN":
            continue  # the name goes on: 'Paris, Texas Rangers'
        if polity(span.text) == "division":
            return span
        written_short = after is not None and after.text == "." or span.text.endswith(".") \
            or span.text.isupper() and len(span.text) == 2
        if width == 1 and written_short and polity(span.text, codes=True) == "division":
            return span
    return None


def _abbreviation_word(token) -> bool:
    """'Sask', 'KY', 'Mo.' (the tokenizer keeps the full stop of a known abbreviation); not a
    stop word that shares a code's letters ('No. 18-cr-10083', 'Me')."""
    text = token.text.rstrip(".")
    return text[:1].isupper() and text.isalpha() and not token.is_stop


def _town_before(doc: Doc, comma: int, prominence: Callable[[str], int]) -> Span | None:
    """The town before a division's comma, where the NER took the two for one non-place name
    ('Wainwright, Alta' labelled ORG) or it opens the story in capitals ('HOLLIDAY, Mo.')."""
    start = comma
    while start > 0 and comma - start < MAX_NAME_TOKENS and doc[start - 1].text[:1].isupper() \
            and doc[start - 1].is_alpha:
        start -= 1
    if start == comma:
        return None
    town = doc[start:comma]
    glued = doc[comma].ent_type_ not in {"", *PLACE_LABELS} and doc[comma].ent_iob_ == "I" and \
        doc[start].ent_type_ == doc[comma].ent_type_
    opening = town.text.isupper() and not any(not t.is_space for t in doc[:start])
    if opening or glued and prominence(town.text) > 0:
        return town
    return None
