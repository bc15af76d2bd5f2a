"""Where the text names a place: spaCy's GPE/LOC/FAC entities, the place mentions the actors
layer found (with its decision whether the name acts — "Moscow offered aid" — or locates),
facility phrases the small NER model misses ("the T4 airbase in Homs", "Khmeimim airbase"), and
names it labels otherwise or misses (`place_recovery`).
"""

from __future__ import annotations

import re
from bisect import bisect_right
from collections.abc import Callable
from functools import lru_cache

from spacy.attrs import ENT_TYPE
from spacy.lang.en.stop_words import STOP_WORDS
from spacy.tokens import Doc, Span

from sitrep.data import read_table
from sitrep.extract.entities import (
    entities, expanded_span, lower_texts, span_text, texts_of, token_span, token_texts)
from sitrep.extract.place_containers import head_kind
from sitrep.extract.place_recovery import (countries_labelled_otherwise, divisions_after_towns,
                                           hyphenated_polities, institution, locative,
                                           party_divisions, polity_modifiers, recovered_mentions)
from sitrep.extract.place_repeats import repeated_names
from sitrep.extract.place_spans import (MAX_NAME_TOKENS, PLACE_LABELS, PlaceMention,
                                        completed_name, with_split_abbreviation)
from sitrep.extract.place_unions import union_mentions
from sitrep.extract.place_words import place_words
from sitrep.extract.span_index import BySpan, SpanIndex
from sitrep.gazetteer.names import feature_hint, name_key, without_compass_word
from sitrep.records import Mention

__all__ = ["PLACE_LABELS", "PlaceMention", "find_place_mentions"]

_NAME_POS = frozenset({"PROPN", "NUM"})
_MAX_FACILITY_TOKENS = 5
_LEADER_NAME_PROMINENCE = 100_000
# what `prominence` answers for a country, a province or a region (places._LARGE_SIZE)
_POLITY_PROMINENCE = 10_000_000
# the prepositions that put a name in place whatever else the article calls it
_PLACE_PREPOSITIONS = place_words("place_preposition")


def find_place_mentions(doc: Doc, mentions: list[Mention], actor_country: dict[str, str],
                        facility_keys: set[str], person_names: set[str],
                        person_ids: frozenset[str] = frozenset(),
                        prominence: Callable[[str], int] | None = None,
                        polity: Callable[[str], str | None] | None = None,
                        text: str | None = None,
                        media_ids: frozenset[str] = frozenset()) -> list[PlaceMention]:
    """Place mentions in text order, overlaps resolved in favour of the longer span. A name the
    actors layer resolves to a person, or that spaCy labels PERSON, is never a place: not where
    it stands ("Assad", which the NER sometimes calls a GPE), nor elsewhere in the article under
    any of that person's names ("Assad" after "Bashar al-Assad"). `text` is `doc.text` where
    the caller has it: spaCy joins every token on each access."""
    found: list[PlaceMention] = []
    roles = BySpan(mentions)
    text = doc.text if text is None else text
    for ent in entities(doc):
        if ent.label_ in PLACE_LABELS:
            found.append(_entity_mention(ent, roles, text, actor_country))
    for m in mentions:
        if m.label == "GPE" and m.role == "location":
            found.append(PlaceMention(m.span[0], m.span[1], m.text, "location"))
        elif m.label == "NORP" and m.actor and m.actor in actor_country and \
                not _nationals(m.text):
            found.append(_demonym(doc, m, actor_country[m.actor]))
    found += _facility_phrases(doc)
    found += _state_body_demonyms(doc)
    found += union_mentions(doc, roles)
    found += _gazetteer_phrases(doc, facility_keys)
    if prominence is not None:
        found += recovered_mentions(doc, prominence, roles)
    if polity is not None:
        found += polity_modifiers(doc, polity)
        found += hyphenated_polities(doc, polity)
        found += party_divisions(doc, polity)
        found += countries_labelled_otherwise(doc, polity, roles)
    if prominence is not None:
        found += _names_opening_organisations(doc, found, prominence)
        found += [whole for m in found if (whole := completed_name(doc, m, prominence))]
        if polity is not None:
            found += divisions_after_towns(doc, found, polity, prominence)
    found = [_state_of_post(doc, m, polity) or m for m in found]
    person_spans = [(e.start_char, e.end_char) for e in entities(doc) if e.label_ == "PERSON"]
    # a person's name, not a description that names a country ("U.S. investigators")
    person_spans += [m.span for m in mentions if m.actor in person_ids
                     and m.label not in {"DESC", "NORP"}]
    person_spans = SpanIndex(person_spans)
    actor_person_keys = _person_keys(person_names)
    leaders = _leaders_of_administrations(doc, prominence, actor_person_keys)
    person_keys = actor_person_keys | leaders
    full_keys = _full_name_keys(doc, person_names) | leaders
    persons_only = _names_only_persons_bear(doc, polity)
    countries = _named_countries(doc, polity)
    found = [t for m in found if (t := _trimmed(m, text)) and _written_as_name(t.text)
             and not _common_noun_name(t.text) and not _after_honorific(text, t)
             and not _abbreviated_title(text, t) and (
        (t.start, t.end) in countries or not _is_person(t, person_spans, person_keys)
        if not t.recovered else name_key(t.text) not in full_keys
        and not _persons_name(t, persons_only, prominence, text))]
    if prominence is not None:
        found += [m for m in repeated_names(doc, found, roles, text, prominence)
                  if name_key(m.text) not in full_keys and not _after_honorific(text, m)
                  and not _persons_name(m, persons_only, prominence, text)]
    return _without_overlaps(_not_news_outlets(found, mentions, media_ids))


def _not_news_outlets(found: list[PlaceMention], mentions: list[Mention],
                      media_ids: frozenset[str]) -> list[PlaceMention]:
    """Without the names the actors layer reads as a news organisation's, span for span
    (data/actors.tsv, kind media): "wrote Noah Feldman, Bloomberg", which the NER labels GPE, is
    no Blumberg in Germany. A place inside an outlet's longer name keeps its own span."""
    outlets = {m.span for m in mentions if m.actor in media_ids}
    return [m for m in found if (m.start, m.end) not in outlets] if outlets else found


def _written_as_name(text: str) -> bool:
    """A place's name has a capital somewhere ('north west London', 'the government of
    Ukraine'); the small model's 'meth', 'swan', 'veranda' or the "n't" of "aren't" do not."""
    return any(ch.isupper() for ch in text)


def _common_noun_name(text: str) -> bool:
    """A single word the NER tags as a place that news uses for something else: the planet ('on
    Earth', 'Google Earth' are no Earth, Texas), the Justice Department by metonymy ('tried to
    sell it to Justice' is no Justice, Illinois); data/place_word_classes.tsv, class
    common_noun_name. Tagged or not: not_place keeps such words only from untagged runs."""
    words = text.split()
    if words[:1] in (["the"], ["The"]):
        words = words[1:]
    # the apostrophe of a transliteration, straight or curly ('Qur’an', "Qur'an") is no letter
    return len(words) == 1 and re.sub(r"['’]", "", words[0].lower()) in \
        place_words("common_noun_name")


def _after_honorific(text: str, m: PlaceMention) -> bool:
    """'Ms Raggi', 'Mrs. Gasparri': a courtesy title opens a person's name, in the span or just
    before it. Written as a title, not in capitals ('DR Congo', 'MS' for Mississippi)."""
    words = text[max(0, m.start - 8):m.start].split()[-1:] + m.text.split()[:1]
    return any((w := word.rstrip(".")).lower() in _honorifics() and w[:1].isupper()
               and not w.isupper() for word in words)


def _abbreviated_title(text: str, m: PlaceMention) -> bool:
    """'Sens. Rand Paul', 'Gen. Mark Milley': the word is a title abbreviated with its full stop
    before a capitalised name, not the town so called (Sens, France); not at a sentence's end
    ('the cathedral of Sens. It stands…'). Titles from data/title_forms.tsv and
    data/plural_titles.tsv."""
    if " " in m.text or m.text.lower() not in _abbreviated_titles() or \
            text[m.end:m.end + 2] != ". ":
        return False
    name = text[m.end + 2:m.end + 40].split(maxsplit=1)[:1]
    return bool(name) and name[0][:1].isupper() and name[0].lower() not in STOP_WORDS


@lru_cache(maxsize=1)
def _abbreviated_titles() -> frozenset[str]:
    """'sen', 'gen', 'sens', 'gens': the titles written abbreviated with a full stop."""
    forms = {form for row in read_table("title_forms.tsv") for form in row["forms"].split("|")}
    forms |= {row["plural"] + "." for row in read_table("plural_titles.tsv")
              if row["singular"].endswith(".")}
    return frozenset(form[:-1] for form in forms if form.endswith("."))


@lru_cache(maxsize=1)
def _honorifics() -> frozenset[str]:
    return frozenset(row["word"] for row in read_table("honorifics.tsv"))


def _named_countries(doc: Doc, polity) -> frozenset[tuple[int, int]]:
    """Spans the NER labels GPE that name a country: a country whatever person an actor's name
    seems to share it with (a headline "Rethinking Egypt" read as a person's name does not make
    every "Egypt" of the article a person)."""
    if polity is None:
        return frozenset()
    return frozenset((e.start_char, e.end_char) for e in entities(doc)
                     if e.label_ == "GPE" and polity(e.text) == "country")


def _person_keys(names: set[str]) -> frozenset[str]:
    """Keys of a person's names and of their last word ("Bashar al-Assad" → also "Assad"); not
    the last word of a description the quotes layer made a speaker ("Officials in Dresden" says
    nothing of a person Dresden)."""
    keys = set()
    for name in names:
        keys.add(name_key(name))
        words = name.replace("-", " ").split()
        if len(words) > 1 and words[-1][:1].isupper() and not _DESCRIPTION_WORDS & set(words):
            keys.add(name_key(words[-1]))
    keys.discard("")
    return frozenset(keys)


_DESCRIPTION_WORDS = frozenset({"in", "of", "from", "at", "near", "for", "on"})


def _is_person(m: PlaceMention, spans: SpanIndex, keys: frozenset[str]) -> bool:
    if m.role == "demonym":
        return False
    if spans.holds(m.start, m.end):
        return True
    return name_key(m.text) in keys


def _leaders_of_administrations(doc: Doc, prominence: Callable[[str], int] | None,
                                person_keys: frozenset[str] = frozenset()) -> frozenset[str]:
    """Keys of the names a leader's word follows ('the Obama administration', 'the Bush
    presidency': data/place_word_classes.tsv, class leader_office): a person's surname, never a
    place anywhere in the article ('Obama didn't respond' is no town in Japan, 'Bush' none in
    Louisiana), though the NER labels it GPE. Not a name a country, a province or a city of
    100,000 bears: 'the US administration', 'the Tripoli administration' (one of Libya's rival
    governments) are a place's; a city's name only when the actors layer also reads it as a
    person's in the article (`person_keys`: 'President Bush', 'George W. Bush' beside 'the
    Bush administration' are no Būsh, Egypt, a town of 136,000)."""
    if prominence is None:
        return frozenset()
    offices = place_words("leader_office")
    keys = set()
    lower = lower_texts(doc)
    for i in range(len(lower) - 1):  # the office word read off the array: a Token only before one
        if lower[i + 1] not in offices:
            continue
        token = doc[i]
        if token.text[:1].isupper() and token.pos_ == "PROPN" and \
                not token.text.isupper() and _leaders_name(token.text, prominence, person_keys):
            keys.add(name_key(token.text))
    keys.discard("")
    return frozenset(keys)


def _leaders_name(name: str, prominence: Callable[[str], int],
                  person_keys: frozenset[str]) -> bool:
    """The name before a leader's word may be a leader's: no town of 100,000 bears it, or no
    country or province does and the article names a person by it."""
    known = prominence(name)
    return known < _LEADER_NAME_PROMINENCE or \
        known < _POLITY_PROMINENCE and name_key(name) in person_keys


def _trimmed(m: PlaceMention, text_of_article: str) -> PlaceMention | None:
    """Without the spaces and full stops an entity span sometimes drags along ('Assad.\n'),
    nor a sentence's opening preposition the NER takes for part of a name ('At Camp David,
    the leaders met': the place is 'Camp David'; mid-sentence, 'the Near East' keeps 'Near')."""
    text = m.text.rstrip(" \n\t.,;:")
    lead = len(text) - len(text.lstrip())
    text = text.strip()
    preposition = _opening_preposition_length(text)
    if preposition and not _opens_sentence(text_of_article, m.start + lead):
        preposition = 0
    lead += preposition
    text = text[preposition:]
    if not text:
        return None
    start = m.start + lead
    return PlaceMention(start, start + len(text), text, m.role, m.hint, m.country, m.recovered)


def _opens_sentence(text: str, start: int) -> bool:
    """Nothing but spaces, quotation marks or a paragraph's start between `start` and the
    previous sentence's end."""
    before = text[:start].rstrip(" \t\"'\u201c\u2018")
    return not before or before[-1] in ".!?\n"


def _opening_preposition_length(text: str) -> int:
    """The length of a capitalised place preposition and its space opening `text` ('At ',
    'In '), when a capitalised name follows it; else 0."""
    first, space, rest = text.partition(" ")
    if space and first[:1].isupper() and first.lower() in _PLACE_PREPOSITIONS and \
            rest[:1].isupper():
        return len(first) + 1
    return 0


def _demonym(doc: Doc, m: Mention, country: str) -> PlaceMention:
    """Only the demonym of 'Russian soldiers': its first word, when capitalised. 'Central
    American', 'Latin American', 'North African' name a region, not the country of 'American' or
    'African': the two words, with no country (left unresolved)."""
    span = expanded_span(doc, *m.span)
    if span is not None and (named := _demonym_in_name(span)) is not None:
        return named
    if span is not None and len(span) > 1 and span[0].lower_ in _REGION_QUALIFIERS and \
            span[1].text[:1].isupper():
        end = span[1].idx + len(span[1].text)
        if span[1].lower_.rstrip("s") in _CONTINENTAL_DEMONYMS and \
                country not in _QUALIFIED_COUNTRIES:
            return PlaceMention(span[0].idx, end, span[:2].text, "demonym")
        # "South Korean", "North Korean", "South African": the country the two words name
        return PlaceMention(span[0].idx, end, span[:2].text, "demonym", country=country)
    if span is not None and len(span) >= 2 and span[:2].text.lower() in _demonyms():
        # "Sri Lankan government army", "Saudi Arabian officials": the two words
        return PlaceMention(span[0].idx, span[1].idx + len(span[1].text), span[:2].text,
                            "demonym", country=country)
    if span is not None and len(span) > 1 and span[0].text[:1].isupper():
        return PlaceMention(span[0].idx, span[0].idx + len(span[0].text), span[0].text,
                            "demonym", country=country)
    return PlaceMention(m.span[0], m.span[1], m.text, "demonym", country=country)


@lru_cache(maxsize=1)
def _demonyms() -> frozenset[str]:
    return frozenset(_demonym_countries())


def _nationals(text: str) -> bool:
    """'Americans', 'Turks', 'Palestinians': the plural of a nationality names a people, not
    their country (the actors layer keeps their country); the adjective ('American troops',
    'the Turkish government') names the country."""
    text = text.strip()
    for article in ("the ", "The "):
        text = text.removeprefix(article)
    return text.endswith("s") and text[:-1].lower() in _demonym_countries()


@lru_cache(maxsize=1)
def _demonym_countries() -> dict[str, str]:
    return {row["demonym"].lower(): row["country"] for row in read_table("demonyms.tsv")}


@lru_cache(maxsize=1)
def _state_body_words() -> frozenset[str]:
    return frozenset(row["word"] for row in read_table("state_body_words.tsv"))


def _state_body_demonyms(doc: Doc) -> list[PlaceMention]:
    """'the Syrian government', 'Russian Foreign Ministry', 'the Nigerian Armed Forces': a
    nationality word before the head of a state's body names that state, as 'Pakistan Army'
    does with the country's name (a demonym place of the country). The actors layer reads the
    whole phrase as one actor, so the nationality is no mention of its own there."""
    out = []
    demonyms = _demonym_countries()
    kinds = texts_of(doc, doc.to_array(ENT_TYPE).tolist())  # '' outside an entity
    for i, text in enumerate(token_texts(doc)):  # a Token only for the words kept
        if kinds[i] not in {"NORP", "ORG"} or not text[:1].isupper():
            continue
        two = token_span(doc, i, i + 2)
        for words in (two, two[:1]):  # "Sri Lankan government army", "Syrian forces"
            name = span_text(words)
            country = demonyms.get(name.lower())
            if country is not None and _before_state_body(doc, words.end):
                out.append(PlaceMention(words.start_char, words.end_char, name,
                                        "demonym", country=country))
                break
    return out


def _state_of_post(doc: Doc, m: PlaceMention,
                   polity: Callable[..., str | None] | None) -> PlaceMention | None:
    """'the U.S. Embassy in Baghdad', 'the Italian Embassy', 'the US consulate': a diplomatic
    post (data/diplomatic_posts.tsv) is the state's its modifier names, and the modifier is read
    at that state, as GeoWebNews reads it (a non-literal modifier at the country): a
    nationality word as a demonym of its country, a country's name in the actor role, as the
    polity a body belongs to ('the US Justice Department', `polity_modifiers`). A name the NER
    runs over the head ('the U.S. Embassy', which it leaves with no country or puts in the town
    named after it) gives way to its modifier; the post's own place is that town, read on its
    own. A country read as a location right before the head ('the US consulate') or after its
    'of' ('the Embassy of Ukraine') takes the modifier's role; one read as a demonym or an actor
    keeps it. A town's name before the head ('the Houston consulate') is where the post is:
    None."""
    span = doc.char_span(m.start, m.end, alignment_mode="expand")
    if span is not None and span[0].lower_ == "the":
        span = span[1:]
    if not span:
        return None
    posts = _diplomatic_posts()
    # the head inside the name ('the U.S. Embassy'), else right after it ('the US consulate')
    inside = next((j for j in range(max(1, len(span) - _MAX_POST_TOKENS), len(span))
                   if span_text(span[j:]).lower() in posts), None)
    if inside is not None:
        modifier = span[:inside]
    elif m.role == "location" and (_after_post_of(doc, span.start, posts) or any(
            span_text(token_span(doc, span.end, span.end + w)).lower() in posts
            for w in range(1, _MAX_POST_TOKENS + 1))):
        modifier = span  # a location only: a demonym or an actor there reads the state already
    else:
        return None
    if len(modifier) > _MAX_POST_MODIFIER or not modifier[0].text[:1].isupper():
        return None
    start, end, name = modifier.start_char, modifier.end_char, span_text(modifier)
    country = _demonym_countries().get(name.lower())
    if country is not None:
        return PlaceMention(start, end, name, "demonym", country=country)
    if polity is not None and polity(name) == "country":
        return PlaceMention(start, end, name, "actor")
    return None


_MAX_POST_MODIFIER = 3  # words: 'U.S.', 'South Korean', "Saudi Arabia's"
_MAX_POST_TOKENS = 3  # the longest head in data/diplomatic_posts.tsv: 'consulate-general'


def _after_post_of(doc: Doc, start: int, posts: frozenset[str]) -> bool:
    """'the Embassy of Ukraine in Nigeria', 'the embassy of the Republic of Korea': the name
    follows a post's head and 'of' (and perhaps 'the')."""
    before = start - 1
    if before > 0 and doc[before].lower_ == "the":
        before -= 1
    return before > 0 and doc[before].lower_ == "of" and any(
        span_text(token_span(doc, before - width, before)).lower() in posts
        for width in range(1, _MAX_POST_TOKENS + 1) if before - width >= 0)


@lru_cache(maxsize=1)
def _diplomatic_posts() -> frozenset[str]:
    return frozenset(row["phrase"] for row in read_table("diplomatic_posts.tsv"))


def _before_state_body(doc: Doc, end: int) -> bool:
    """A state body's head follows, perhaps after two capitalised or adjectival words
    ("Foreign Ministry", "state media"); not a company's or a charity's ("Chinese Human Rights
    Defenders", "The Canadian Press")."""
    words = _state_body_words()
    for token in doc[end:end + 3]:
        if token.lower_ in words or token.lemma_.lower() in words:
            return True
        if not (token.text[:1].isupper() or token.pos_ == "ADJ"):
            return False
    return False


def _demonym_in_name(span: Span) -> PlaceMention | None:
    """'the French Quarter', 'the American South', 'the Korean Peninsula': the demonym opens a
    place's name (a capitalised quarter, compass or landform word follows), which is no country."""
    first = span[0]
    if first.i + 1 >= len(span.doc):
        return None
    head = span.doc[first.i + 1]
    if not head.text[:1].isupper() or not (
            head.lower_ in _COMPASS_NOUNS or head_kind(head.text) is not None):
        return None
    return PlaceMention(first.idx, head.idx + len(head.text), span.doc[first.i:head.i + 1].text,
                        "location")


_COMPASS_NOUNS = frozenset({"north", "south", "east", "west", "midwest", "northeast",
                            "northwest", "southeast", "southwest"})
_REGION_QUALIFIERS = frozenset({"central", "latin", "north", "south", "east", "west",
                                "northern", "southern", "eastern", "western", "sub-saharan"})
_CONTINENTAL_DEMONYMS = frozenset({"american", "african", "asian", "european"})
_QUALIFIED_COUNTRIES = frozenset({"ZAF", "CAF"})  # South African, Central African (Republic)


def _entity_mention(ent: Span, roles: BySpan, text: str,
                    actor_country: dict[str, str]) -> PlaceMention:
    """A GPE/LOC/FAC entity; a nationality word the NER calls a GPE ('the Sri Lankan political
    establishment') is a demonym of its actor's country."""
    ent = with_split_abbreviation(ent)
    start, end, hint = _with_feature_word(ent)
    mention = roles.first_overlapping(ent.start_char, ent.end_char)
    role = "actor" if mention is not None and mention.role == "actor" and mention.actor else "location"
    if mention is not None and mention.label == "NORP":
        # the actor's country only for a nationality word: 'Palestine police' is the Texas town's,
        # 'the Japanese and UK governments' the UK's
        country = actor_country.get(mention.actor) if mention.actor and \
            text[start:end].lower() in _demonyms() else None
        return PlaceMention(start, end, text[start:end], "demonym", hint, country)
    return PlaceMention(start, end, text[start:end], role, hint)


def _with_feature_word(span: Span) -> tuple[int, int, str | None]:
    """Extend 'Khmeimim' to 'Khmeimim airbase' when a generic feature word follows."""
    doc, end = span.doc, span.end
    for width in (3, 2, 1):
        tail = token_span(doc, end, end + width)
        if len(tail) == width and (hint := feature_hint(span_text(tail))):
            return span.start_char, tail.end_char, hint
    own = next((h for t in span if (h := feature_hint(t.text))), None)
    return span.start_char, span.end_char, own


def _facility_phrases(doc: Doc) -> list[PlaceMention]:
    """A name (proper nouns, numbers, 'T4') right before a generic feature word."""
    out = []
    for i, text in enumerate(token_texts(doc)):
        hint = feature_hint(text)
        if hint is None:
            continue
        token = doc[i]
        first = token.i
        if first > 0 and feature_hint(doc[first - 1:token.i + 1].text):  # "air base"
            first -= 1
        if first > 0 and doc[first - 1].lower_ in {"international", "military"}:
            first -= 1
        name_start = first
        while name_start > 0 and first - name_start < MAX_NAME_TOKENS and _is_name_token(doc[name_start - 1]):
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
    """Curated facility names written without a feature word ('Al-Tanf', 'Kerch Bridge'); a
    landmark an institution is named after ('the White House', 'the Oval Office') only where the
    words before it locate ('a ceremony at the White House', 'barred from the White House')."""
    out = []
    first_words = _first_words(frozenset(facility_keys))
    lower = lower_texts(doc)
    for i, text in enumerate(token_texts(doc)):
        if not (text[:1].isupper() or text[:1].isdigit()):
            continue
        if name_key(text) not in first_words and lower[i] not in _ARTICLE_WORDS:
            continue
        for width in range(min(_MAX_FACILITY_TOKENS, len(doc) - i), 0, -1):
            span = token_span(doc, i, i + width)
            if span[-1].is_punct or span[-1].is_space:  # 'Central America."' and a blank
                continue
            key = name_key(span_text(span))
            if key in facility_keys:
                if key in _institution_keys() and not _located(span):
                    break  # "the White House said": the presidency, not the building
                if _opens_organisation_name(span):
                    break  # "the New England Journal of Medicine", "Midwest Restoration"
                if _part_named(doc, span):
                    break  # "Western Sahara" is no part of the Sahara region
                out.append(PlaceMention(span.start_char, span.end_char, span.text, "location",
                                        feature_hint(span[-1].text)))
                break
    return out


def _part_named(doc: Doc, span: Span) -> bool:
    """A capitalised compass or extent word before the curated name names another place or a
    part of it ('Western Sahara', 'the North Atlantic Treaty Organization'; not 'the Greater
    Middle East', nor the 'northern Luzon' of a description)."""
    before = doc[span.start - 1] if span.start > 0 else None
    return before is not None and before.is_title and before.lower_ != "greater" and \
        without_compass_word(f"{before.text} {span.text}") == span.text


def _opens_organisation_name(span: Span) -> bool:
    """The curated name opens a longer name the NER calls an organisation or a work ('the New
    England Journal of Medicine', 'Midwest Restoration of Paris'): the body is named after the
    place, not in it."""
    ent = next((e for e in entities(span.doc) if e.start <= span.start < e.end), None)
    if ent is None or ent.label_ not in _BODY_LABELS or not any(
            t.is_alpha and t.lower_ not in _POSSESSIVE for t in span.doc[span.end:ent.end]):
        return False  # "the White House's": the name itself, possessive
    return ent.start == span.start or (ent.start == span.start - 1 and ent[0].lower_ == "the")


_BODY_LABELS = frozenset({"ORG", "WORK_OF_ART"})
_POSSESSIVE = frozenset({"'s", "’s", "s"})


# words that join a name to another name as often as they locate it ('one of White House
# aides', 'the Kremlin and the White House')
_JOINING = frozenset({"of", "and"})


@lru_cache(maxsize=1)
def _institution_keys() -> frozenset[str]:
    """Keys of the names never a place on their own ('White House', 'Oval Office') but where
    the text locates them. Names of two words or more: 'the Gulf' stays the sea it was, which
    the single word 'Gulf' of not_place keeps from the NER's other labels."""
    return frozenset(name_key(words) for words in place_words("not_place") if " " in words)


def _located(span: Span) -> bool:
    """The words around say the span is a place ('at the White House'), and not only by a word
    that joins names or one that cites a source."""
    doc = span.doc
    before = span.start - 1
    if before > 0 and doc[before].lower_ == "the":
        before -= 1
    if before >= 1 and doc[before].lower_ == "to" and doc[before - 1].lower_ == "according":
        return False  # "according to the White House": a source, not a place
    return locative(span) and not (before >= 0 and doc[before].lower_ in _JOINING)


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
    for ent in entities(doc):
        if ent.label_ != "ORG" or len(ent) < 2:
            continue
        first = ent[1] if ent[0].lower_ == "the" and len(ent) > 2 else ent[0]
        if first.text in names and first.i + 1 < ent.end and not institution(ent):
            out.append(PlaceMention(first.idx, first.idx + len(first.text), first.text,
                                    "location", recovered=True))
    return out


def _without_overlaps(found: list[PlaceMention]) -> list[PlaceMention]:
    """Longest first; a demonym or entity never splits a facility phrase. The mentions kept
    (never empty) never overlap, so in text order only the neighbours either side of a newcomer
    can clash with it (checking all of them made a text of 3,000 place names cost 9 million
    tests)."""
    starts: list[int] = []
    kept: list[PlaceMention] = []  # in text order
    for m in sorted(found, key=lambda m: (-(m.end - m.start), m.start)):
        i = bisect_right(starts, m.start)
        if (i == 0 or kept[i - 1].end <= m.start) and (i == len(kept) or m.end <= kept[i].start):
            starts.insert(i, m.start)
            kept.insert(i, m)
    return kept


def _names_only_persons_bear(doc: Doc, polity) -> frozenset[str]:
    """Keys of the names a title or a courtesy title puts before a person elsewhere in the
    article ('President Obama', 'Mr. Castro', 'Sen. Warren'; data/place_word_classes.tsv, class
    person_title, and data/honorifics.tsv) and that the NER never labels a place: 'his and
    Obama's knowledge' is then no town in Japan, 'the Castro regime' none in Brazil. The NER's
    PERSON label alone says little (the small model calls 'Winona', 'Berea', 'Kiel' persons in
    local news); a name the NER labels GPE or LOC somewhere ('In Matamoros, a city of …') or a
    country's or a province's name stays."""
    titles = place_words("person_title") | _honorifics()
    titled = set()
    lower = lower_texts(doc)
    for i in range(len(lower) - 1):  # the title read off the array: Tokens only after one
        if lower[i].rstrip(".") not in titles:
            continue
        name = []
        for t in doc[i + 1:i + 4]:
            if t.pos_ != "PROPN" or not t.text[:1].isupper():
                break
            name.append(t)
        if name:
            titled.add(name_key(name[-1].text))
    placed = {name_key(span_text(e)) for e in entities(doc) if e.label_ in PLACE_LABELS}
    return frozenset(k for k in titled - placed
                     if k and (polity is None or polity(k) not in {"country", "division"}))


def _persons_name(m: PlaceMention, persons_only: frozenset[str],
                  prominence: Callable[[str], int] | None, text: str) -> bool:
    """A name the NER did not label a place, which a title gives a person elsewhere in the
    article (`_names_only_persons_bear`), is the person's, unless a preposition of place stands
    right before it ('born in Ayodhya', 'from Janakpur'): 'and', 'to', 'of' and a possessive,
    which the recovery also reads as places' cues, say nothing here ('his and Obama's
    knowledge', 'used to Obama's weakness', 'clashes between Obama and Netanyahu')."""
    if prominence is None or name_key(m.text) not in persons_only:
        return False
    before = text[max(0, m.start - 12):m.start].split()[-1:]
    return not (before and before[0].lower() in _PLACE_PREPOSITIONS)


def _full_name_keys(doc: Doc, person_names: set[str]) -> frozenset[str]:
    """Keys of the words of multi-word person names ('Paris' of 'Paris Hilton', 'Jackson' of
    'Jesse Jackson'): such a word is a person, whatever the context."""
    keys = set()
    names = [*person_names, *(span_text(e) for e in entities(doc) if e.label_ == "PERSON")]
    for name in names:
        words = name.replace("-", " ").split()
        # a personal name, not a description ("Residents of Riverdale")
        if len(words) > 1 and all(w[:1].isupper() for w in words):
            # the NER's span keeps a possessive ('Barack Obama’s'): its key is the name's
            keys.update(name_key(_without_possessive(w)) for w in words)
    keys.discard("")
    return frozenset(keys)


def _without_possessive(word: str) -> str:
    for suffix in ("'s", "’s"):
        if word.endswith(suffix):
            return word[: -len(suffix)]
    return word
