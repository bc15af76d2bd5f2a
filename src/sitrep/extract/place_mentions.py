"""Where the text names a place: spaCy's GPE/LOC/FAC entities, the place mentions the actors
layer found (with its decision whether the name acts — "Moscow offered aid" — or locates),
facility phrases the small NER model misses ("the T4 airbase in Homs", "Khmeimim airbase"), and
names it labels otherwise or misses (`place_recovery`); nationality words (`place_demonyms`),
diplomatic posts (`place_diplomatic_posts`), and without the names that are persons'
(`place_person_names`).
"""

from __future__ import annotations

import re
from bisect import bisect_right
from collections.abc import Callable
from functools import lru_cache

from spacy.tokens import Doc, Span

from sitrep.extract.entities import entities, lower_texts, span_text, token_span, token_texts
from sitrep.extract.place_demonyms import demonym, demonym_words, nationals, state_body_demonyms
from sitrep.extract.place_diplomatic_posts import state_of_post
from sitrep.extract.place_person_names import (abbreviated_title, after_honorific,
                                               full_name_keys, is_person,
                                               leaders_of_administrations,
                                               names_only_persons_bear, person_name_keys,
                                               persons_name)
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
                not nationals(m.text):
            found.append(demonym(doc, m, actor_country[m.actor]))
    found += _facility_phrases(doc)
    found += state_body_demonyms(doc)
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
    found = [state_of_post(doc, m, polity) or m for m in found]
    person_spans = [(e.start_char, e.end_char) for e in entities(doc) if e.label_ == "PERSON"]
    # a person's name, not a description that names a country ("U.S. investigators")
    person_spans += [m.span for m in mentions if m.actor in person_ids
                     and m.label not in {"DESC", "NORP"}]
    person_spans = SpanIndex(person_spans)
    actor_person_keys = person_name_keys(person_names)
    leaders = leaders_of_administrations(doc, prominence, actor_person_keys)
    person_keys = actor_person_keys | leaders
    full_keys = full_name_keys(doc, person_names) | leaders
    persons_only = names_only_persons_bear(doc, polity)
    countries = _named_countries(doc, polity)
    found = [t for m in found if (t := _trimmed(m, text)) and _written_as_name(t.text)
             and not _common_noun_name(t.text) and not after_honorific(text, t)
             and not abbreviated_title(text, t) and (
        (t.start, t.end) in countries or not is_person(t, person_spans, person_keys)
        if not t.recovered else name_key(t.text) not in full_keys
        and not persons_name(t, persons_only, prominence, text))]
    if prominence is not None:
        found += [m for m in repeated_names(doc, found, roles, text, prominence)
                  if name_key(m.text) not in full_keys and not after_honorific(text, m)
                  and not persons_name(m, persons_only, prominence, text)]
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


def _named_countries(doc: Doc, polity) -> frozenset[tuple[int, int]]:
    """Spans the NER labels GPE that name a country: a country whatever person an actor's name
    seems to share it with (a headline "Rethinking Egypt" read as a person's name does not make
    every "Egypt" of the article a person)."""
    if polity is None:
        return frozenset()
    return frozenset((e.start_char, e.end_char) for e in entities(doc)
                     if e.label_ == "GPE" and polity(e.text) == "country")


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
            text[start:end].lower() in demonym_words() else None
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
