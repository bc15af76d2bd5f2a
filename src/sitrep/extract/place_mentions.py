"""Where the text names a place: spaCy's GPE/LOC/FAC entities, the place mentions the actors
layer found (with its decision whether the name acts — "Moscow offered aid" — or locates), and
facility phrases the small NER model misses ("the T4 airbase in Homs", "Khmeimim airbase").
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from functools import lru_cache

from spacy.tokens import Doc, Span

from sitrep.gazetteer.names import feature_hint, name_key
from sitrep.records import Mention

PLACE_LABELS = frozenset({"GPE", "LOC", "FAC"})
_NAME_POS = frozenset({"PROPN", "NUM"})
_MAX_NAME_TOKENS = 4
_MAX_FACILITY_TOKENS = 5


@dataclass(frozen=True)
class PlaceMention:
    start: int  # character offsets into the document text
    end: int
    text: str
    role: str  # location | actor | demonym
    hint: str | None = None  # feature hint from a generic word: air, naval, port, ...
    country: str | None = None  # alpha-3 of the actor a demonym names
    recovered: bool = False  # a place name the NER labelled otherwise or missed (see below)


def find_place_mentions(doc: Doc, mentions: list[Mention], actor_country: dict[str, str],
                        facility_keys: set[str], person_names: set[str],
                        person_ids: frozenset[str] = frozenset(),
                        prominence: Callable[[str], int] | None = None,
                        polity: Callable[[str], str | None] | None = None) -> list[PlaceMention]:
    """Place mentions in text order, overlaps resolved in favour of the longer span. A name the
    actors layer resolves to a person, or that spaCy labels PERSON, is never a place: not where
    it stands ("Assad", which the NER sometimes calls a GPE), nor elsewhere in the article under
    any of that person's names ("Assad" after "Bashar al-Assad")."""
    found: list[PlaceMention] = []
    roles = sorted(mentions, key=lambda m: m.span)
    text = doc.text  # joins every token: once, not per entity
    for ent in doc.ents:
        if ent.label_ in PLACE_LABELS:
            found.append(_entity_mention(ent, roles, text))
    for m in mentions:
        if m.label == "GPE" and m.role == "location":
            found.append(PlaceMention(m.span[0], m.span[1], m.text, "location"))
        elif m.label == "NORP" and m.actor and m.actor in actor_country:
            found.append(_demonym(doc, m, actor_country[m.actor]))
    found += _facility_phrases(doc)
    found += _gazetteer_phrases(doc, facility_keys)
    if prominence is not None:
        found += _recovered(doc, prominence, roles)
    if polity is not None:
        found += _polity_modifiers(doc, polity)
    if prominence is not None:
        found += _names_opening_organisations(doc, found, prominence)
    person_spans = [(e.start_char, e.end_char) for e in doc.ents if e.label_ == "PERSON"]
    # a person's name, not a description that names a country ("U.S. investigators")
    person_spans += [m.span for m in mentions if m.actor in person_ids
                     and m.label not in {"DESC", "NORP"}]
    person_keys = _person_keys(person_names)
    full_keys = _full_name_keys(doc, person_names)
    countries = _named_countries(doc, polity)
    found = [t for m in found if (t := _trimmed(m)) and (
        (t.start, t.end) in countries or not _is_person(t, person_spans, person_keys)
        if not t.recovered else name_key(t.text) not in full_keys)]
    return _without_overlaps(found)


def _named_countries(doc: Doc, polity) -> frozenset[tuple[int, int]]:
    """Spans the NER labels GPE that name a country: a country whatever person an actor's name
    seems to share it with (a headline "Rethinking Egypt" read as a person's name does not make
    every "Egypt" of the article a person)."""
    if polity is None:
        return frozenset()
    return frozenset((e.start_char, e.end_char) for e in doc.ents
                     if e.label_ == "GPE" and polity(e.text) == "country")


def _person_keys(names: set[str]) -> frozenset[str]:
    """Keys of a person's names and of their last word ("Bashar al-Assad" → also "Assad")."""
    keys = set()
    for name in names:
        keys.add(name_key(name))
        words = name.replace("-", " ").split()
        if len(words) > 1 and words[-1][:1].isupper():
            keys.add(name_key(words[-1]))
    keys.discard("")
    return frozenset(keys)


def _is_person(m: PlaceMention, spans: list[tuple[int, int]], keys: frozenset[str]) -> bool:
    if m.role == "demonym":
        return False
    if any(start <= m.start and m.end <= end for start, end in spans):
        return True
    return name_key(m.text) in keys


def _trimmed(m: PlaceMention) -> PlaceMention | None:
    """Without the spaces and full stops an entity span sometimes drags along ('Assad.\n')."""
    text = m.text.rstrip(" \n\t.,;:")
    lead = len(text) - len(text.lstrip())
    text = text.strip()
    if not text:
        return None
    start = m.start + lead
    return PlaceMention(start, start + len(text), text, m.role, m.hint, m.country, m.recovered)


def _demonym(doc: Doc, m: Mention, country: str) -> PlaceMention:
    """Only the demonym of 'Russian soldiers': its first word, when capitalised. 'Central
    American', 'Latin American', 'North African' name a region, not the country of 'American' or
    'African': the two words, with no country (left unresolved)."""
    span = doc.char_span(*m.span, alignment_mode="expand")
    if span is not None and len(span) > 1 and span[0].lower_ in _REGION_QUALIFIERS and \
            span[1].text[:1].isupper():
        end = span[1].idx + len(span[1].text)
        if span[1].lower_.rstrip("s") in _CONTINENTAL_DEMONYMS and \
                country not in _QUALIFIED_COUNTRIES:
            return PlaceMention(span[0].idx, end, span[:2].text, "demonym")
        # "South Korean", "North Korean", "South African": the country the two words name
        return PlaceMention(span[0].idx, end, span[:2].text, "demonym", country=country)
    if span is not None and len(span) > 1 and span[0].text[:1].isupper():
        return PlaceMention(span[0].idx, span[0].idx + len(span[0].text), span[0].text,
                            "demonym", country=country)
    return PlaceMention(m.span[0], m.span[1], m.text, "demonym", country=country)


_REGION_QUALIFIERS = frozenset({"central", "latin", "north", "south", "east", "west",
                                "northern", "southern", "eastern", "western", "sub-saharan"})
_CONTINENTAL_DEMONYMS = frozenset({"american", "african", "asian", "european"})
_QUALIFIED_COUNTRIES = frozenset({"ZAF", "CAF"})  # South African, Central African (Republic)


def _entity_mention(ent: Span, roles: list[Mention], text: str) -> PlaceMention:
    ent = _with_split_abbreviation(ent)
    start, end, hint = _with_feature_word(ent)
    mention = next((m for m in roles if m.span[0] < ent.end_char and ent.start_char < m.span[1]),
                   None)
    role = "actor" if mention is not None and mention.role == "actor" and mention.actor else "location"
    if mention is not None and mention.label == "NORP":
        role = "demonym"
    return PlaceMention(start, end, text[start:end], role, hint)


def _with_split_abbreviation(span: Span) -> Span:
    """'ST. LOUIS (AP)', 'FT. WORTH': the tokenizer knows 'St.' but not the upper-case 'ST.',
    so the NER labels 'ST' alone (which the gazetteer reads as Sète) or 'WORTH' alone (Worth,
    Illinois). Take the abbreviation and the name together."""
    doc, start, end = span.doc, span.start, span.end
    if start >= 2 and doc[start - 1].text == "." and \
            doc[start - 2].lower_ in _SPLIT_ABBREVIATIONS and doc[start - 2].text[:1].isupper():
        return doc[start - 2:end]
    if span.text.lower() in _SPLIT_ABBREVIATIONS and end + 1 < len(doc) and \
            doc[end].text == "." and doc[end + 1].text[:1].isupper():
        last = end + 1
        while last + 1 < len(doc) and doc[last + 1].text[:1].isupper() and \
                doc[last + 1].is_alpha and last + 1 - start < _MAX_NAME_TOKENS:
            last += 1
        return doc[start:last + 1]
    return span


_SPLIT_ABBREVIATIONS = {"st": "Saint", "ste": "Sainte", "ft": "Fort", "mt": "Mount"}


def _abbreviation_spelled_out(span: Span) -> str:
    """'FT. WORTH' → 'Fort WORTH': the gazetteer's main names spell the word out."""
    if len(span) > 2 and span[0].lower_ in _SPLIT_ABBREVIATIONS and span[1].text == ".":
        return f"{_SPLIT_ABBREVIATIONS[span[0].lower_]} {span[2:].text}"
    return span.text


def _with_feature_word(span: Span) -> tuple[int, int, str | None]:
    """Extend 'Khmeimim' to 'Khmeimim airbase' when a generic feature word follows."""
    doc, end = span.doc, span.end
    for width in (3, 2, 1):
        tail = doc[end:end + width]
        if len(tail) == width and (hint := feature_hint(tail.text)):
            return span.start_char, tail.end_char, hint
    own = next((h for t in span if (h := feature_hint(t.text))), None)
    return span.start_char, span.end_char, own


def _facility_phrases(doc: Doc) -> list[PlaceMention]:
    """A name (proper nouns, numbers, 'T4') right before a generic feature word."""
    out = []
    for token in doc:
        hint = feature_hint(token.text)
        if hint is None:
            continue
        first = token.i
        if first > 0 and feature_hint(doc[first - 1:token.i + 1].text):  # "air base"
            first -= 1
        if first > 0 and doc[first - 1].lower_ in {"international", "military"}:
            first -= 1
        name_start = first
        while name_start > 0 and first - name_start < _MAX_NAME_TOKENS and _is_name_token(doc[name_start - 1]):
            name_start -= 1
        if name_start == first:
            continue
        span = doc[name_start:token.i + 1]
        out.append(PlaceMention(span.start_char, span.end_char, span.text, "location", hint))
    return out


def _is_name_token(token) -> bool:
    text = token.text
    if token.pos_ in _NAME_POS and text[:1].isupper() or any(c.isdigit() for c in text) and any(
            c.isalpha() for c in text):
        return True
    return text == "-" or (token.pos_ == "PROPN" and text[:1].isupper())


def _gazetteer_phrases(doc: Doc, facility_keys: set[str]) -> list[PlaceMention]:
    """Curated facility names written without a feature word ('Al-Tanf', 'Kerch Bridge')."""
    out = []
    first_words = _first_words(frozenset(facility_keys))
    for i, token in enumerate(doc):
        if not (token.text[:1].isupper() or token.text[:1].isdigit()):
            continue
        if name_key(token.text) not in first_words and token.lower_ not in _ARTICLE_WORDS:
            continue
        for width in range(min(_MAX_FACILITY_TOKENS, len(doc) - i), 0, -1):
            span = doc[i:i + width]
            if span[-1].is_punct:
                continue
            if name_key(span.text) in facility_keys:
                out.append(PlaceMention(span.start_char, span.end_char, span.text, "location",
                                        feature_hint(span[-1].text)))
                break
    return out


_ARTICLE_WORDS = frozenset({"al", "el", "the", "at", "as", "ad", "ar", "an", "ash", "az"})


@lru_cache(maxsize=4)
def _first_words(keys: frozenset[str]) -> frozenset[str]:
    return frozenset(k.split()[0] for k in keys if k)


def _names_opening_organisations(doc: Doc, found: list[PlaceMention],
                                 prominence: Callable[[str], int]) -> list[PlaceMention]:
    """A place the article has named opens an organisation's name: 'Dublin' of 'Dublin City
    Council' and 'the Dublin Veterans Project' once 'Dublin' is a place elsewhere in the story,
    'Gainesville' of "Gainesville's VFW Post". The article has settled what the name is; the
    small NER model tags the whole phrase ORG."""
    names = {m.text for m in found if m.role != "demonym" and not m.recovered
             and " " not in m.text and prominence(m.text) > 0}
    out = []
    for ent in doc.ents:
        if ent.label_ != "ORG" or len(ent) < 2:
            continue
        first = ent[1] if ent[0].lower_ == "the" and len(ent) > 2 else ent[0]
        if first.text in names and first.i + 1 < ent.end and not _institution(ent):
            out.append(PlaceMention(first.idx, first.idx + len(first.text), first.text,
                                    "location", recovered=True))
    return out


def _without_overlaps(found: list[PlaceMention]) -> list[PlaceMention]:
    """Longest first; a demonym or entity never splits a facility phrase."""
    kept: list[PlaceMention] = []
    for m in sorted(found, key=lambda m: (-(m.end - m.start), m.start)):
        if all(m.end <= k.start or m.start >= k.end for k in kept):
            kept.append(m)
    return sorted(kept, key=lambda m: m.start)


# --- places the small NER model misses or mislabels ------------------------------------------
# The small English model labels a third of the place names in local news ORG, PERSON or NORP,
# or nothing ("Edmonton man", "in Riverdale", "the northern town of Toruń", "CARTHAGE, N.C.").
# Such a span is taken as a place when the gazetteer knows the name as a country, a province or
# a town of some size (`prominence`: the population of its most populous entry known by that
# main name, countries and provinces counting as large) and the text around it is locative.

_LOCATIVE_BEFORE = frozenset({
    "in", "near", "from", "outside", "across", "around", "into", "toward", "towards",
    "through", "throughout", "to", "at", "between", "within", "inside", "of", "and", "visit",
    "visited", "visiting", "reach", "reached", "leave", "left", "entered", "via",
})
# "north of X", "the town of X", "the province X"
_PLACE_NOUNS = frozenset({
    "city", "town", "village", "province", "state", "county", "region", "district",
    "capital", "suburb", "island", "neighbourhood", "neighborhood", "municipality", "area",
    "hamlet", "borough", "township", "parish", "territory", "governorate", "port",
})
_LOCATIVE_AFTER = frozenset({"-based", "based", "resident", "residents", "native", "natives",
                             "man", "woman", "boy", "girl", "men", "women", "mayor", "police",
                             "area", "resident", "residents", "couple", "family", "teen"})
# An ORG whose first words are a place and whose head is a public body: the place locates
# ("Gainesville Police", "Butler County Coroner's Office", "Westminster City Council"); a company,
# a team or a university named after a place does not ("Texas Instruments", "Texas Rangers",
# "the University of Texas").
_PUBLIC_BODIES = frozenset({
    "police", "policemen", "sheriff", "sheriff's", "council", "court", "courts", "county",
    "city", "municipal", "school", "schools", "board", "district", "department", "fire",
    "detention", "jail", "coroner", "coroner's", "public", "town", "township",
    "borough", "village", "emergency", "hospital", "airport", "port", "mayor", "mayor's",
    "prosecutor", "prosecutor's", "attorney", "health", "housing", "transit", "library",
    "zoo", "commission", "commissioners", "legislature", "assembly", "parliament",
    "government",
})
# A name before one of these words names a street, a building or a product, not the place
# ('Harrison streets', 'Goshen Elementary School', 'Toyota Camry' is caught as no place at all).
_NOT_AFTER = frozenset({
    "street", "streets", "st", "road", "roads", "rd", "avenue", "avenues", "ave", "drive",
    "lane", "boulevard", "blvd", "way", "court", "place", "square", "park", "school",
    "elementary", "middle", "high", "college", "university", "academy", "church", "hall",
    "center", "centre", "hotel", "mall", "club", "state", "journal", "times", "post",
    "herald", "press", "news", "tribune", "gazette", "ministry", "department",
})
# qualifying words between a place and its body: "Clarke County Superior Court"
_COURT_WORDS = frozenset({"superior", "circuit", "district", "municipal", "probate", "family",
                          "juvenile", "magistrate", "state", "metropolitan", "regional"})
# the heads of bodies a state's name makes that state's own ("the Minnesota House", "Ohio
# Association of ...", "Texas Army National Guard"); a company's ("Texas Instruments") is not
_POLITY_BODIES = _PUBLIC_BODIES | frozenset({
    "house", "senate", "association", "party", "guard", "patrol", "foundation", "cabinet",
    "agency", "agencies", "army", "navy", "fed", "federation", "society", "bureau",
    "committee", "authority", "office", "ministry", "services", "cooperative", "cooperatives",
    "republicans", "democrats", "supreme", "troopers", "division",
})
_ORG_BIG, _PERSON_MIN, _MENTION_MIN, _LOCATIVE_MIN = 100_000, 10_000, 100_000, 5_000
_COUNTY_WORDS = frozenset({"county", "parish"})
_STREET_WORDS = frozenset({"st", "street", "ave", "avenue", "rd", "road", "dr", "drive", "lane",
                           "ln", "blvd", "boulevard", "way", "court", "ct", "pl", "place"})


def _recovered(doc: Doc, prominence: Callable[[str], int], roles: list[Mention]) -> list[PlaceMention]:
    out: list[PlaceMention] = []
    covered = set()
    for ent in doc.ents:
        covered.update(range(ent.start, ent.end))
        if ent.label_ in PLACE_LABELS:
            continue
        span = _without_article(ent)
        if span is None or _common_word(span) or _institution(span):
            continue
        size = prominence(span.text)
        locative = _locative(span)
        keep = False
        if ent.label_ == "NORP":
            keep = size >= _MENTION_MIN or (size >= _LOCATIVE_MIN and locative)
        elif ent.label_ == "ORG":
            keep = size >= _ORG_BIG or (size >= _LOCATIVE_MIN and locative)
        elif ent.label_ == "PERSON":
            keep = size >= _PERSON_MIN and locative
        elif ent.label_ in {"PRODUCT", "WORK_OF_ART", "EVENT", "DATE"}:
            keep = size >= _LOCATIVE_MIN and locative
        if keep:
            out.append(_recovered_mention(span, roles, locative))
        elif ent.label_ == "ORG" and (prefix := _place_prefix(span, prominence)) is not None:
            out.append(_recovered_mention(prefix, roles, True))
    i = 0
    while i < len(doc):
        if i in covered or not _capitalised(doc[i]):
            i += 1
            continue
        j = i
        while j < len(doc) and j - i < _MAX_NAME_TOKENS and j not in covered and _capitalised(doc[j]):
            j += 1
        out += _uncovered(doc[i:j], prominence, roles)
        i = j
    return out


def _uncovered(run: Span, prominence: Callable[[str], int], roles) -> list[PlaceMention]:
    """A run of capitalised words no entity covers, when the whole run is a place name
    ('Rye' of 'Rye Court' or 'Honda' of 'Honda Odyssey' is not)."""
    if run[0].i > 0 and run[0].nbor(-1).text in {"-", "'s", "’s"} and not _party(run) \
            or _common_word(run):
        return []
    run = _with_split_abbreviation(run)
    size = _county_size(run) or prominence(_abbreviation_spelled_out(run))
    if size >= _ORG_BIG and not _before_not_place(run) or \
            size >= _LOCATIVE_MIN and (_locative(run) or _dateline(run)):
        return [_recovered_mention(run, roles, True)]
    if (prefix := _place_prefix(run, prominence)) is not None:  # "Butler County Sheriff"
        return [_recovered_mention(prefix, roles, True)]
    return []


def _institution(span: Span) -> bool:
    """'University of Texas', 'Georgetown College': an institution named after a place."""
    return any(t.lower_ in _INSTITUTIONS for t in span)


_INSTITUTIONS = frozenset({"university", "college", "school", "academy", "institute",
                           "church", "cathedral", "hospital", "club"})


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
        words = frozenset(t.text for t in doc if t.text.islower())
        doc.user_data["sitrep_lower_words"] = words
    return words


_NOT_PLACES = frozenset({
    "january", "february", "march", "april", "may", "june", "july", "august", "september",
    "october", "november", "december", "monday", "tuesday", "wednesday", "thursday", "friday",
    "saturday", "sunday", "spring", "summer", "autumn", "fall", "winter", "state", "states",
    "police", "vice", "reserve", "central", "north", "south", "east", "west", "northern",
    "southern", "eastern", "western", "city", "county", "capitol", "congress", "senate",
    "house", "parliament", "court", "university", "college", "school", "church", "god",
    "president", "governor", "mayor", "king", "queen", "prince", "lord", "real", "orange",
    "union", "republic", "federal", "national", "royal", "paper", "price", "post", "gulf",
    "superior", "duma", "toyota", "honda", "edison", "white house", "oval office", "centre",
    "center",
})


def _county_size(span: Span) -> int:
    """'Butler County': a county is a place whatever the gazetteer holds."""
    if len(span) >= 2 and span[-1].lower_ in _COUNTY_WORDS and span[0].text[:1].isupper():
        return _LOCATIVE_MIN
    return 0


def _capitalised(token) -> bool:
    text = token.text
    return text[:1].isupper() and token.is_alpha and token.pos_ in {"PROPN", "NOUN", "ADJ", "VERB", "X"}


def _without_article(ent: Span) -> Span | None:
    span = ent
    if span and span[0].lower_ == "the":
        span = span[1:]
    if span and span[-1].text in {"'s", "’s", "'", "’"}:
        span = span[:-1]
    return span if len(span) else None


def _place_prefix(span: Span, prominence: Callable[[str], int]) -> Span | None:
    """The place a public body's name begins with: 'Butler County' of 'Butler County Sheriff',
    'Litchfield' of 'Litchfield Superior Court' (one qualifying word may come between)."""
    for width in range(min(3, len(span) - 1), 0, -1):
        heads = span[width:width + 2]
        if heads[0].lower_ not in _PUBLIC_BODIES and not (
                len(heads) == 2 and heads[0].lower_ in _COURT_WORDS
                and heads[1].lower_ in _PUBLIC_BODIES):
            continue
        prefix = span[:width]
        if _common_word(prefix):
            continue
        if _county_size(prefix) or prominence(prefix.text) >= _LOCATIVE_MIN:
            return prefix
    return None


def _before_not_place(span: Span) -> bool:
    return span.end < len(span.doc) and span.doc[span.end].lower_ in _NOT_AFTER


def _party(span: Span) -> bool:
    """'Rep. Barbara Lee, D-Oakland': a legislator's party and home town."""
    doc = span.doc
    return span.start >= 2 and doc[span.start - 1].text == "-" and \
        doc[span.start - 2].text in {"D", "R", "I"}


def _locative(span: Span) -> bool:
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
        if prior.lower_.rstrip(".") in _STREET_WORDS or prior.ent_type_ in {"GPE", "LOC"}:
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


def _dateline(span: Span) -> bool:
    """'CARTHAGE, N.C. (AP) -', 'ROANOKE --': an upper-case name, then a comma or a dash."""
    doc = span.doc
    return span.text.isupper() and len(span.text) > 3 and span.end < len(doc) and \
        doc[span.end].text in {",", "--", "—", "–", "-"}


def _recovered_mention(span: Span, roles: list[Mention], locative: bool) -> PlaceMention:
    """A place in locative context locates; elsewhere the actors layer's decision stands
    ("Edmonton beat Calgary": an actor)."""
    mention = next((m for m in roles if m.span[0] < span.end_char and span.start_char < m.span[1]),
                   None)
    role = "actor" if (not locative and mention is not None and mention.role == "actor"
                       and mention.actor) else "location"
    return PlaceMention(span.start_char, span.end_char, span.text, role, None, recovered=True)


def _polity_modifiers(doc: Doc, polity: Callable[[str], str | None]) -> list[PlaceMention]:
    """The country or state an organisation's name gives it ('the US Justice Department',
    'Pakistan Army', 'Air Zimbabwe', 'Maryland State Police'): a place in the actor role, the
    polity the body belongs to, not where anything happens. A state names a public body only
    ('Maryland State Police', not 'Texas Instruments'); no university names one ('the University
    of Texas')."""
    out = []
    for ent in doc.ents:
        if ent.label_ != "ORG" or len(ent) < 2 or _institution(ent) or polity(ent.text):
            continue  # "Democratic People's Republic of Korea" labelled ORG is the country itself
        i = ent.start
        while i < ent.end:
            for width in range(min(3, ent.end - i), 0, -1):
                span = doc[i:i + width]
                kind = _polity_kind(span, polity)
                if kind == "country" or kind == "division" and any(
                        t.lower_ in _POLITY_BODIES for t in doc[span.end:ent.end]):
                    out.append(PlaceMention(span.start_char, span.end_char, span.text, "actor"))
                    i += width - 1
                    break
            i += 1
    return out


def _polity_kind(span: Span, polity: Callable[[str], str | None]) -> str | None:
    if not span[0].text[:1].isupper() or span[0].lower_ == "the" or \
            span.text.lower() in _NOT_PLACES:
        return None
    return polity(span.text)


def _full_name_keys(doc: Doc, person_names: set[str]) -> frozenset[str]:
    """Keys of the words of multi-word person names ('Paris' of 'Paris Hilton', 'Jackson' of
    'Jesse Jackson'): such a word is a person, whatever the context."""
    keys = set()
    names = [*person_names, *(e.text for e in doc.ents if e.label_ == "PERSON")]
    for name in names:
        words = name.replace("-", " ").split()
        # a personal name, not a description ("Residents of Riverdale")
        if len(words) > 1 and all(w[:1].isupper() for w in words):
            keys.update(name_key(w) for w in words)
    keys.discard("")
    return frozenset(keys)
