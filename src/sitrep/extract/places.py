"""The places layer: find place names (`place_mentions`), look up each in the gazetteer, rank
its entries (`place_ranking`) and emit one Place record per mention. The gazetteer is opened by
the pipeline and passed in: this module does no I/O.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import replace

from spacy.tokens import Doc

from sitrep.extract.entities import expanded_span
from sitrep.extract.names import given_names
from sitrep.extract.place_containers import head_kind
from sitrep.extract.place_mentions import PlaceMention, find_place_mentions
from sitrep.extract.place_recovery import PUBLIC_BODIES, locative
from sitrep.extract.place_unions import continent_of, is_union_adjective
from sitrep.extract.place_words import place_words
from sitrep.extract.place_name_readings import ADM2_FEATURES
from sitrep.extract.place_ranking import Resolved, confidence, distance_km, rank_places
from sitrep.extract.place_support import LARGE_FEATURES
from sitrep.gazetteer.index import Candidate, Gazetteer
from sitrep.gazetteer.names import (FACILITY_FEATURES, abbreviation_variants, compass_point, fold, name_key,
                                     split_feature, without_compass_word, without_division_word)
from sitrep.records import Document, Place

__all__ = ["PlaceExtractor", "distance_km"]

# The word after a town's name that makes the organisation the town's own ("Paris Public
# Library", "Gainesville Police", "Paris High School", "Litchfield Superior Court", "a Lebanon
# woman"); a commission, a parliament takes its name from a place without being its body
# ("the Venice Commission").
_LOCAL_HEADS = (PUBLIC_BODIES - place_words("wider_body")) | place_words("local_after") | \
    place_words("not_after") | place_words("court_word")
_LARGE_SIZE = 10_000_000  # the prominence of a country, a province, a region or a facility
# the kinds of place an adjective in '-n' is made from ('Crimean', 'Anatolian')
_REGION_FEATURES = frozenset({"country", "admin1", "region"})
# what a union's name or a continental adjective stands at (data/supranational_places.tsv)
_UNION_FEATURES = frozenset({"continent", "region"})
_BIG_CITY = 100_000  # a city whose quarters are named by compass ("north west London")
# `_prominence` is asked ~140 times an article, mostly of names seen before (each answer folds
# up to 200 entries' names); the gazetteer is read-only, so its answers are kept, this many at most
_MAX_PROMINENCE_MEMO = 50_000
# the second words that make a given name's pair a place's ('Jackson County', 'Elizabeth Road')
_PLACE_SECOND_WORDS = place_words("street_word") | place_words("place_noun")
# the capitalised word right after a name, one space between ('Natalia Veselnitskaya'), and
# the words that follow a town's name without being a surname: a place's generic word, a town
# body's ('Elizabeth Police'), a body's ('the Venice Commission'), a month or a day ('Clinton
# April 4'), a title ('Columbus Investigator')
_NEXT_WORD = re.compile(r" ([A-Z][a-z]+)\b")
_NOT_A_SURNAME = _PLACE_SECOND_WORDS | frozenset(w.lower() for w in _LOCAL_HEADS) | \
    PUBLIC_BODIES | place_words("not_place") | place_words("person_title")
_PLACE_PREPOSITIONS = place_words("place_preposition")


class PlaceExtractor:
    """A pipeline stage: `(doc, document, layers) -> {"places": [...]}`."""

    def __init__(self, gazetteer: Gazetteer | None):
        self.gazetteer = gazetteer
        self.facility_keys = frozenset(gazetteer.facility_keys()) if gazetteer else frozenset()
        self._prominence_of: dict[str, int] = {}

    def __call__(self, doc: Doc, document: Document, layers: dict) -> dict:
        actors = layers.get("actors") or []
        actor_country = {a.id: a.country for a in actors if a.country}
        persons = {alias for a in actors if a.kind == "person" for alias in (a.name, *a.aliases)}
        person_ids = frozenset(a.id for a in actors if a.kind == "person")
        media_ids = frozenset(a.id for a in actors if a.kind == "media")
        mentions = find_place_mentions(doc, layers.get("mentions") or [], actor_country,
                                       self.facility_keys, persons, person_ids,
                                       self._prominence if self.gazetteer else None,
                                       self._polity if self.gazetteer else None, document.text,
                                       media_ids)
        if self.gazetteer is None:
            return {"places": [_unresolved(document.id, m) for m in mentions]}
        resolved = [self._candidates(m) for m in mentions]
        for r in resolved:
            r.opens_organisation = _opens_organisation(doc, r.mention)
        # Doc.text joins every token: the document's text, once, not per mention
        rank_places(resolved, document.text, actors, self.gazetteer.alpha2)
        return {"places": [_place(document.id, r) for r in resolved
                           if not _unknown_word(doc, r)
                           and not _unknown_persons_name(r, self._prominence)
                           and not _given_name_before_a_surname(r, document.text,
                                                                self._prominence)]}

    def _candidates(self, m: PlaceMention) -> Resolved:
        if m.country is None and (continent := continent_of(m.text)) is not None:
            # "EU", "European": the continent (not the "African" of "African Americans", which
            # the actors layer gives a country); "Middle Eastern": the region. An adjective is
            # a demonym where the NER called it a place ("Middle Eastern governments")
            if is_union_adjective(m.text):
                m = PlaceMention(m.start, m.end, m.text, "demonym", m.hint, None, m.recovered)
            key = name_key(continent)
            return Resolved(m, key, tuple(c for c in self.gazetteer.lookup(key)
                                          if c.feature in _UNION_FEATURES))
        if m.role == "demonym":
            named = self._named_place(m.text)
            if named:  # "Thailand", "Bangkok" labelled NORP: a name, not a demonym
                m = PlaceMention(m.start, m.end, m.text, "location", m.hint)
                return Resolved(m, name_key(_strip_article(m.text)), named)
            if m.country is not None:
                country = self.gazetteer.country(self.gazetteer.alpha2.get(m.country))
                return Resolved(m, f"demonym:{m.country}", (country,) if country else ())
            # a place name the NER calls a GPE, used as a demonym ("U.S. officials"): resolved
            # by its name, like any other
        text = _strip_article(m.text)
        if compass_point(text) and not any(c.main and c.feature != "city" for c in
                                           self.gazetteer.lookup(name_key(text))):
            # "the West's démarche", "the North's news agency", "the South": a bloc, a region
            # or a direction with no point of its own, not the village of the name (West,
            # Texas), nor a province so called only by another name (West Region, Cameroon);
            # a province of that very name stays ("the North West" of South Africa)
            return Resolved(m, name_key(text), ())
        core, hint = split_feature(text)
        hint = hint or m.hint
        m = PlaceMention(m.start, m.end, m.text, m.role, hint, m.country)
        for spelling in (core, text):
            key = name_key(spelling)
            found = self.gazetteer.lookup(key) if key else ()
            if found and (region := self._adjective_of_a_region(m, spelling, found)):
                return region
            if found:
                return Resolved(m, key, tuple(_own_short_name(c, key) for c in found))
        for spelling in abbreviation_variants(m.text.strip()):
            # a town's own name written otherwise ('South St. Paul'); only main names, so no
            # former or alternate name of a town elsewhere is reached by a spelling news never uses
            key = name_key(spelling)
            found = tuple(c for c in self.gazetteer.lookup(key) if c.main)
            if found:
                return Resolved(m, key, found)
        return self._qualified(m, core) or self._airport_called_international(m, text) or \
            Resolved(m, name_key(core), ())

    def _adjective_of_a_region(self, m: PlaceMention, text: str,
                               found: tuple[Candidate, ...]) -> Resolved | None:
        """'the Crimean parliament', 'a Crimean flag': the adjective of a province or a region
        (Crimea) that the actors layer knows as no country's, which the gazetteer reaches only
        as a facility's name stripped of its feature word (the Crimean Bridge). The adjective
        names the region it is made from ('-n' after the name), as a demonym does its country."""
        if m.hint or not text.endswith("an") or \
                not all(c.feature in FACILITY_FEATURES and not c.main for c in found):
            return None
        key = name_key(text[:-1])
        regions = tuple(c for c in self.gazetteer.lookup(key) if c.feature in _REGION_FEATURES)
        if not regions:
            return None
        return Resolved(PlaceMention(m.start, m.end, m.text, "demonym", None, m.country,
                                     m.recovered), key, regions)

    def _airport_called_international(self, m: PlaceMention, text: str) -> Resolved | None:
        """'Los Angeles International', 'Baghdad International': news names a great airport
        by its name without the word 'Airport'. Only an airport the gazetteer holds under the
        whole name ('Amnesty International' is none)."""
        if not text.endswith(" International"):
            return None
        key = name_key(text + " Airport")
        found = tuple(c for c in self.gazetteer.lookup(key) if c.feature == "airport")
        return Resolved(m, key, found) if found else None

    def _qualified(self, m: PlaceMention, text: str) -> Resolved | None:
        """A name the gazetteer lacks as written but holds bare: 'Hebei province' is the division
        Hebei; 'north west London', 'Eastern China' are in the city or country. A compass word
        before a continent, a sea or a division names a part of it whose point is not the
        whole's ('West Africa', 'Southern California', 'Northeast Georgia' — nor is it the
        country Georgia), and before a small town it is often no place at all ('West Wing'):
        those stay unresolved. A regime's word before a country names the country in an era
        ('Nazi Germany', 'Communist China'). A public body the NER took into the span gives its
        place ('Metcalfe County' of 'Metcalfe County Fire')."""
        for bare, keep in ((without_division_word(text), _is_division),
                           (without_compass_word(text), _is_country_or_city),
                           (_without_regime_word(text), _is_country)):
            key = name_key(bare) if bare else None
            found = self.gazetteer.lookup(key) if key else ()
            if keep is _is_country_or_city and any(c.feature == "admin1" for c in found):
                continue  # "Northeast Georgia" is part of the state, not the country
            found = tuple(c for c in found if keep(c))
            if found:
                return Resolved(m, key, found)
        for bare in _without_public_body(text):
            key = name_key(bare)
            found = self.gazetteer.lookup(key) if key else ()
            if found:
                return Resolved(m, key, found)
        return None

    def _prominence(self, text: str) -> int:
        """How well known a place is by exactly this name: the population of its most populous
        town, 10 million for a country, a province, a region or a curated facility; 0 when no
        entry has this main name as written (the name key also joins 'State' and 'Statte',
        'UN' and 'Un': a near spelling or a short acronym is too weak a sign here)."""
        found = self._prominence_of.get(text)
        if found is None:
            if len(self._prominence_of) >= _MAX_PROMINENCE_MEMO:
                self._prominence_of.clear()
            found = self._prominence_of[text] = self._gazetteer_prominence(text)
        return found

    def _gazetteer_prominence(self, text: str) -> int:
        text = _strip_article(text)
        if text.isupper() and len(text) <= 4:
            return 0
        key = name_key(text)
        written = fold(text).lower()
        best = 0
        for c in self.gazetteer.lookup(key) if key else ():
            if not c.main or fold(c.name).lower() != written:
                continue
            if c.feature in ADM2_FEATURES:  # counties are found by their "County" word
                continue
            if c.feature in LARGE_FEATURES or c.id.startswith("sitrep:"):
                return _LARGE_SIZE
            best = max(best, c.population)
        return best

    def _polity(self, text: str, codes: bool = False, countries_only: bool = False) -> str | None:
        """'country' when the text names a country (also by a short form: 'US', 'DPRK'),
        'division' when it is the main name of a first-level division ('Maryland') or, with
        `codes`, the first entry of its name is a division known by it ('BC', 'NSW'), else
        None. With `countries_only` a division may also answer None: a name no country's entry
        is indexed under is then not looked up (most such names are in no entry at all)."""
        key = name_key(_strip_article(text))
        if countries_only and key not in self.gazetteer.country_keys():
            return None
        found = self.gazetteer.lookup(key) if key else ()
        if any(c.feature == "country" for c in found):
            return "country"
        if any(c.feature == "admin1" and c.main for c in found) or (
                codes and found and found[0].feature == "admin1"):
            return "division"
        return None

    def _named_place(self, text: str) -> tuple[Candidate, ...]:
        """Entries whose main name is this text, when one is a country, a first-level division
        or a town of 100,000 or more ('Thailand', 'Bangkok'; not 'Russian')."""
        found = self.gazetteer.lookup(name_key(_strip_article(text)))
        if any(c.main and (c.feature in {"country", "admin1"} or c.population >= 100_000)
               for c in found):
            return found
        return ()


_BODY_OF = re.compile(r"^(?:the )?(?:City|County|Town|Township|Borough|Village) of (.+)$", re.I)
# buildings often named after a person or a saint are left out: "St. Michael's Hospital" is not
# in a town St. Michael's, "Carnegie Library" not in Carnegie (a county jail is in its county)
_BUILDINGS = frozenset({"hospital", "library", "zoo"})
_BODY_WORDS = PUBLIC_BODIES - _BUILDINGS | {"office", "sanitation", "dept", "services"}
# a body's building after the body's word: 'Town Hall', 'County Courthouse' (not 'Carnegie Hall')
_BODY_BUILDINGS = place_words("body_building")


def _without_public_body(text: str) -> list[str]:
    """The place a public body's name holds, longest first: 'Santa Ana' of 'the City of Santa
    Ana', 'Metcalfe County' and 'Metcalfe' of 'Metcalfe County Sheriff's Office', 'St. Louis'
    of 'St. Louis Police' (the NER took the body's words into the place's span), 'Ludlow' of
    'Ludlow Town Hall' (a body's building), 'Lamar County' of 'Lamar County Elections' (a
    county opening any longer name), 'Mount Hood' of 'Mount Hood's'."""
    if (body_of := _BODY_OF.match(text.strip())) is not None:
        return [body_of.group(1)]
    out = []
    if text.endswith(("'s", "’s")) and len(text) > 3:  # "Mount Hood's slopes"
        text = text[:-2]
        out.append(text)
    words = text.split()
    while len(words) > 1 and (_body_word(words[-1]) or (
            len(words) > 2 and words[-1].lower() in _BODY_BUILDINGS and _body_word(words[-2]))):
        words = words[:-1]
        out.append(" ".join(words))
    county = [i for i, w in enumerate(words[:-1]) if i > 0 and w.lower() == "county"]
    if county:
        out.insert(0, " ".join(words[:county[-1] + 1]))
    return out


def _body_word(word: str) -> bool:
    word = word.lower()
    return (word[:-2] if word.endswith(("'s", "’s")) else word) in _BODY_WORDS


def _is_division(c: Candidate) -> bool:
    return c.feature == "admin1" or c.feature in ADM2_FEATURES


def _is_country(c: Candidate) -> bool:
    return c.main and c.feature == "country"


def _without_regime_word(text: str) -> str | None:
    """'Germany' for 'Nazi Germany', 'China' for 'Communist China' (data/place_word_classes.tsv,
    class regime_word); None when no such word opens the name."""
    first, _, rest = text.partition(" ")
    return rest if rest and first.lower() in place_words("regime_word") else None


def _is_country_or_city(c: Candidate) -> bool:
    return c.main and (c.feature == "country" or c.feature == "city" and c.population >= _BIG_CITY)


def _strip_article(text: str) -> str:
    for prefix in ("the ", "The "):
        if text.startswith(prefix):
            text = text[len(prefix):]
    for suffix in ("'s", "’s"):
        if text.endswith(suffix):
            text = text[: -len(suffix)]
    return text.strip()


def _unknown_word(doc: Doc, r: Resolved) -> bool:
    """A single word the NER called a place that no gazetteer entry bears, with nothing around it
    that says place: a person's surname ('President Saakashvili', 'Gov. Pawlenty'), a company
    ('Wavepiston', 'Swissport'), a holiday ('over Easter'). A village the gazetteer lacks is
    kept where the text locates it ('the town of Qatraneh', 'a machinist in Earlsheaton')."""
    m = r.mention
    if r.candidates or m.role == "demonym" or " " in _strip_article(m.text):
        return False
    span = expanded_span(doc, m.start, m.end)
    return span is not None and not locative(span)


def _unknown_persons_name(r: Resolved, prominence: Callable[[str], int]) -> bool:
    """Two words, a given name (data/first_names.tsv) and another capitalised word that is no
    place's generic word, that no gazetteer entry bears: a person the NER called a place ('Raf
    Casert in Brussels and Danica Kirka in London contributed', "the BBC's Hugh Schofield in
    Paris"), whom the town after 'in' would otherwise locate. 'Royal Street', 'Jackson County'
    end in a place's word; 'Long Island' has an entry; 'the Asia Pacific', 'the Asia Society'
    open with a continent's name, not a given name."""
    words = _strip_article(r.mention.text).split()
    return not r.candidates and r.mention.role != "demonym" and len(words) == 2 and \
        words[0].lower() in given_names() and words[1][:1].isupper() and \
        words[1].isalpha() and head_kind(words[1]) is None and \
        fold(words[1]).lower() not in _PLACE_SECOND_WORDS and prominence(words[0]) < _LARGE_SIZE


def _given_name_before_a_surname(r: Resolved, text: str,
                                 prominence: Callable[[str], int]) -> bool:
    """A given name the NER cut from the surname after it ('Natalia Veselnitskaya' gave the
    place 'Natalia', a Texas village; 'Kamal Adwan hospital'): a single given name
    (data/first_names.tsv), read as a town of under 100,000 people, right before a capitalised
    word that is no place's generic word, no town body's word ('Elizabeth Police') and no
    large place's name ('Austin Texas')."""
    words = _strip_article(r.mention.text).split()
    if len(words) != 1 or r.mention.role == "demonym" or r.best is None or \
            r.best.feature != "city" or prominence(words[0]) >= _BIG_CITY or \
            words[0].lower() not in given_names() or _after_place_preposition(r, text):
        return False
    after = _NEXT_WORD.match(text, r.mention.end)
    if after is None:
        return False
    word = fold(after.group(1)).lower()
    return head_kind(word) is None and word not in _NOT_A_SURNAME and \
        prominence(after.group(1)) < _LARGE_SIZE


def _after_place_preposition(r: Resolved, text: str) -> bool:
    """'in Clinton', 'from Marion': a preposition of place before the name puts it in place."""
    before = text[max(0, r.mention.start - 12):r.mention.start].split()[-1:]
    return bool(before) and before[0].lower() in _PLACE_PREPOSITIONS


def _place(doc_id: str, r: Resolved) -> Place:
    m, c = r.mention, r.best
    base = dict(doc_id=doc_id, span=(m.start, m.end), text=m.text, role=m.role,
                candidates=len(r.candidates))
    if c is None or r.lone_town:
        return Place(**base, confidence=0.0)
    return Place(**base, name=c.name, lat=round(c.lat, 5), lon=round(c.lon, 5),
                 gazetteer_id=c.id, feature_type=c.feature, country=c.country,
                 admin1=c.admin1, confidence=confidence(r))


def _unresolved(doc_id: str, m: PlaceMention) -> Place:
    return Place(doc_id=doc_id, span=(m.start, m.end), text=m.text, role=m.role)


def _opens_organisation(doc: Doc, m: PlaceMention) -> bool:
    """The name opens an organisation's that is no local body of the town: 'Cambridge
    Analytica', 'the Venice Commission' (the next word is capitalised, no date, place, person or
    nationality of its own, and no head of a town's body: not 'Paris Public Library')."""
    span = expanded_span(doc, m.start, m.end)
    if span is None or span.end >= len(doc) or m.role == "demonym":
        return False
    after = doc[span.end]
    if not (after.is_alpha and after.text[:1].isupper() and after.idx == span.end_char + 1):
        return False
    if after.ent_type_ not in _NAME_PART_LABELS or after.ent_iob_ == "B":
        return False
    return after.lower_ not in _LOCAL_HEADS


_NAME_PART_LABELS = frozenset({"", "ORG", "PRODUCT", "WORK_OF_ART"})


def _own_short_name(c: Candidate, key: str) -> Candidate:
    """The entry, its name counted as its own where the key is its main name with a word
    abbreviated ('St. Petersburg'), or its official name without the honorific that opens it
    (data/place_word_classes.tsv, class official_prefix): 'Matamoros' is the border city
    GeoNames holds only as Heroica Matamoros (510,000 people), a name as much its own as Izúcar
    de Matamoros's is that town's, which merely ends in it."""
    if c.main or c.feature != "city":
        return c
    if any(name_key(spelling) == key for spelling in abbreviation_variants(c.name)):
        # 'St. Petersburg' is Saint Petersburg's own name abbreviated, as much its own as
        # the Florida city's (the St./Saint table, data/name_abbreviations.tsv)
        return replace(c, main=True)
    name = fold(c.name).lower()
    for prefix in place_words("official_prefix"):
        if name.startswith(prefix + " ") and name_key(name[len(prefix) + 1:]) == key:
            return replace(c, main=True)
    return c
