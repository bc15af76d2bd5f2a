"""Rank a place mention's gazetteer entries, and pick one per name for the article.

Every entry indexed under the mention's name key is scored by
- prominence: population (log scale), and the kind of entry (a country over a same-named town,
  a town over its same-named province, a bare name over an airport named after it);
- the feature word: "Khmeimim airbase", "the port of Tartous" prefer air bases, ports;
- the words around the mention (`place_cues`): "Boone County", "Washington state", "a Lebanon
  woman", "the Atlantic", a dateline;
- document context: countries and provinces the article names or its actors belong to, the
  "X, Y" / "X in Y" containment right beside the mention, closeness to the other places;
and one name keeps one sense through a document. Pure functions over gazetteer candidates.
"""

from __future__ import annotations

import math
import re
from bisect import bisect_left, bisect_right
from collections import Counter
from collections.abc import Iterator
from dataclasses import dataclass, field
from difflib import SequenceMatcher
from functools import lru_cache

from sitrep.data import read_table
from sitrep.extract.names import given_names
from sitrep.extract.place_containers import (Containment, capped_confidence, contained_in,
                                             find_containers, locate_in_containers)
from sitrep.extract.place_cues import mention_cues
from sitrep.extract.place_lists import divisions_in_lists
from sitrep.extract.place_spans import PlaceMention
from sitrep.gazetteer.index import Candidate, distance_km
from sitrep.gazetteer.names import FACILITY_FEATURES, FEATURE_HINTS, fold, name_key

# Prior by kind of entry, in units of log10(population) / 7 (so 1.0 ≈ a city of 10 million).
_FEATURE_PRIOR = {"country": 1.5, "continent": 1.5, "region": 1.3, "sea": 1.3, "strait": 0.6,
                  "admin1": -0.12, "city": 0.0}
# Coarse entries (a region, a sea, a continent) are no precise location: their confidence is
# capped, so a map or an event place can tell "the Levant" from "Homs".
_COARSE = frozenset({"region", "sea", "continent"})
_COARSE_CONFIDENCE = 0.4
_UNHINTED_FACILITY = -0.55  # "Latakia" is the city, not Latakia airport
_HINTED_FACILITY = 1.2  # "Latakia international airport" is the airport
# the definite article is a landmark's feature word: "the White House" is the building, not
# White House, Tennessee, nor Casablanca (whose name means it)
_DEFINITE_LANDMARK = _HINTED_FACILITY
# A major airport named by its own name ("Heathrow", "O'Hare", "Schiphol": the gazetteer's
# short name, a main name no town of 10,000 people bears) is as prominent as a city of a
# million: it outranks the village of the name (Heathrow, Florida) unless the article is there
_AIRPORT_OWN_NAME_POPULATION = 1_000_000
_MAIN_NAME = 0.15
_IN_DOC_COUNTRY = 0.45
_DOMINANT_COUNTRY = 0.25
_IN_DOC_ADMIN1 = 0.3
_HOME_MENTIONS, _HOME_DIVISION, _BIG_CITY = 3, 0.9, 500_000
_CONTAINED = 1.2  # "Alexandria, Louisiana", "the T4 airbase in Homs"
_NEARBY_KM, _NEARBY = 300.0, 0.25
_HINT_FEATURE = {"air": "airbase", "naval": "naval_base", "port": "port", "base": "military_base"}
# A village known only by an alternate spelling, in no country the article names, is more
# likely a misread name ("Assad" → ‘Ein el Asad) than the place meant: left unresolved.
_OBSCURE_POPULATION = 10_000
_CLEAR_POPULATION = 100_000
# a division this populous is what its name means abroad: Texas, Normandy, not Hanover Parish
_GREAT_DIVISION = 1_000_000
_FAMOUS = 0.3
# how many times as populous as any other town of its main name a famous town is: Geneva
# (201,741) is 9.3 times Geneva, Illinois, and a US story on talks there had read it as a
# Geneva in New York, Illinois or Washington state (AllSides: 45 of 96 mentions); Athens,
# Greece (5.2 times Athens, Georgia) stays short of it
_FAMOUS_RATIO = 8
# "the capital Tripoli": the text itself says the name is a nation's capital, which outweighs
# the support a namesake draws from the neighbours the article names (Lebanon, Syria)
_CAPITAL_WORD = 0.6
_NAMED_CAPITAL = 0.3  # as much as a town gains from its division named in the article
# A world city: a famous town (`_famous`) that is a national capital or has a million people.
# A foreign town this many times smaller that bears its name takes no home-country bonus
# (_IN_DOC_COUNTRY, _DOMINANT_COUNTRY, _NEARBY) unless the article gives evidence for its
# region: 'Vienna' in a US story on the Iran talks is Austria's capital, not Vienna, Virginia,
# however American the story (AllSides: 13 of 24 such stories); 'Paris' in a Texas story that
# names Texas or a Texan town stays Paris, Texas.
_WORLD_CITY_POPULATION, _WORLD_CITY_RATIO = 1_000_000, 50
_ABBREVIATION = re.compile(r"[A-Z]{2,4}")  # written in capitals, without dots
_SAME_NAME_RATIO = 0.7  # difflib's ratio: 'Hillsboro'/'Hillsborough' 0.86, 'Piqua'/'Washington' 0.27
_TOWN_OVER_PROVINCE, _PROVINCE_OF_TOWN = 50_000, 0.3
_SURE_KM = 100.0  # a name's towns this close together are one place for the article's centre
# A second-level division (a US county) is meant when the mention says so ("Boone County",
# "Boone Co.", "Orleans Parish"); a bare "Boone" stays the town.
ADM2_FEATURES = frozenset({"adm2"})
_DIVISION_WORDS = frozenset({"county", "co", "parish", "borough"})
_NAMED_DIVISION, _BARE_DIVISION = 1.0, -0.6
# the countries whose counties news writes without the word 'County' ('Kent', 'Hampshire')
_BARE_COUNTY_COUNTRIES = frozenset({"GB"})
_NAMED_STATE = 0.8


# Support from the article's other places (see _Support).
_SHARPNESS, _MIN_BELIEF = 3.0, 0.05
_SUPPORT, _CLOSE_KM, _FAR_KM = 0.8, 30.0, 150.0
# A reading in the same first-level division as another name's lends it this much of its
# belief however far apart: a state paper's towns lie in its state, if not all within _FAR_KM
# ("Florence" and "Anderson" beside "Charleston" are South Carolina's, "Saratoga" beside
# "Hollywood" California's). 0.1 to 0.2 gained the same five LGL dev readings; 0.3 gained them
# and lost eight (a far county of the name, Madison County, Illinois, pulled "Richmond" out of
# Kentucky)
_SAME_DIVISION = 0.15
# Readings more than this many degrees of latitude apart are not close (over 330 km: past
# _FAR_KM); _Support looks among readings within a slightly wider window.
_LATITUDE_REACH = 3
_LATITUDE_WINDOW = _LATITUDE_REACH + 0.5
# From this many readings on (an article that lists hundreds of places), _Support looks among
# the readings in the cells of space around a reading's (`_Cells`), not in a band of latitude
# round the globe; below it the band is cheaper than the cells' look-ups.
_CELLS_FROM = 256
_SUPPORT_ROUNDS = 2  # a second round lets two unlikely readings that lie together lift each other
# another name read as a division of the same country: "Arkansas, California, Georgia, Idaho"
# are states, "Texas" beside "Kansas" and "Ohio" is no Mexican village (not for a name that is
# also a city dwarfing its namesakes: "Washington, D.C." beside "Alaska, Hawaii")
_SIBLING_DIVISION = 0.3
_LOCAL_COUNTRY = -1.5
# a townsman's or a town government's words ("a Paris woman", "Paris Police Department") are
# local news of a town: its size counts up to a small city's, so a metropolis of the name does
# not outweigh the county court or the village beside it (LGL dev: Paris, Tennessee; Columbus,
# Nebraska); with no other place in the article, the world city still wins
_LOCAL_POPULATION = 100_000
_DATELINE_DIVISION = -1.5  # "NEW YORK (AP) —" is the city, "MALTA, Ill. —" no country
_DEFINITE_TOWN = -1.0
_CONTAINER_DIVISION = 0.5
# the kind of place the text names ("the city of Idlib", "the island of Crete") and the
# entries of that kind: an island is held as a province or a country when it is one
_KIND_FEATURES = {"town": frozenset({"city"}),
                  "island": frozenset({"island", "admin1", "adm2", "country", "region"})}
_KIND_NAMED = 0.5
_CITY_DIVISION_KM = 50.0  # a division around its city ('Kiev (city)', Kiev Oblast)

LARGE_FEATURES = frozenset({"country", "admin1", "region", "sea", "continent", "strait"})
# readings that say nothing of where the article's other places lie: a large area, and a
# landmark a story names for the office it houses ("at the White House" does not make
# "Damascus" the Maryland town near it)
_LENDS_NO_SUPPORT = LARGE_FEATURES | {"landmark"}


@dataclass
class Resolved:
    mention: PlaceMention
    key: str
    candidates: tuple[Candidate, ...]
    best: Candidate | None = None
    score: float = 0.0
    runner_up: float | None = None
    scored: tuple[tuple[float, Candidate], ...] = ()
    division_word: bool = False  # "County" follows: "Henderson County Crimestoppers"
    state_word: bool = False  # "Washington state", "the state of Washington"
    local_word: bool = False  # a townsman's word follows: "a Lebanon woman", "Jordan police"
    definite: bool = False  # "the Middle East", "the tropical Atlantic"
    dateline: bool = False  # "NEW YORK (AP) —": the town the story was filed from
    title_of: bool = False  # "the Duchess of Cornwall": a title's place, not the story's own
    kind_of: str | None = None  # "the city of Aleppo": 'town'; "the island of Crete": 'island'
    # ids of the readings that are a nation's capital, where the text says "the capital X"
    capital_ids: frozenset[str] = frozenset()
    container_of: bool = False  # the "La." of "Sulpher, La.": a province or a country
    called_a_division: bool = False  # a mention of the name says 'province' ("Idlib province")
    holds_a_place: bool = False  # the text puts another name in it ("Obama city in Fukui")
    located_in: bool = False  # placed at the town the text puts it in ("Cairo's Abbasiya")
    # a town's name (no country's or state's) opens an organisation's that is no town's body
    # ("Cambridge Analytica", "the Venice Commission"): such a body is named after the famous
    # town of the name, so the article's own countries and provinces, and the places near its
    # others, cast no vote for the towns of the name
    opens_organisation: bool = False



def rank_places(resolved: list[Resolved], text: str, actors, alpha2: dict[str, str]) -> None:
    """Set each mention's best entry, its score and the runner-up's, in place."""
    for r in resolved:
        cues = mention_cues(text, r.mention.start, r.mention.end)
        r.division_word, r.state_word = cues.division_word, cues.state_word
        r.local_word, r.definite = cues.local_word, cues.definite
        r.dateline, r.title_of, r.kind_of = cues.dateline, cues.title_of, cues.kind_of
        if cues.capital_word:
            r.capital_ids = _national_capitals(r.candidates, alpha2)
        r.opens_organisation = r.opens_organisation and not r.local_word and \
            not r.division_word and _towns_only(r.candidates)
    # one mention in a townsman's words marks every mention of the name ("a Palestine man"
    # ... "Prosecutors said Palestine")
    local_keys = {r.key for r in resolved if r.local_word}
    # one mention called a province marks the name ("Idlib province" ... "in Idlib")
    division_keys = {r.key for r in resolved if r.state_word or r.division_word}
    for r in resolved:
        r.local_word = r.key in local_keys
        r.called_a_division = r.key in division_keys
    context = Context.first_pass(resolved, actors, alpha2)
    containments = find_containers(resolved, text)
    for containment in containments:
        if containment is not None:
            containment.outer.holds_a_place = True
        if containment is not None and containment.after:
            containment.outer.container_of = True
    context.divisions_named = _divisions_named(resolved)
    # what a reading scores before the support of the other names, the same every round
    priors = [_prior_scores(r, context, containment)
              for r, containment in zip(resolved, containments)]
    for r, prior in zip(resolved, priors):
        _rank(r, prior)
    for _ in range(_SUPPORT_ROUNDS):
        support = _Support.of(resolved, context.admin1)
        for r, prior in zip(resolved, priors):
            _rank(r, prior, support)
    for r, containment in zip(resolved, containments):
        _only_readings_the_name_can_mean(r, containment)
    qualified = frozenset(id(r) for r, containment in zip(resolved, containments)
                          if _qualified(containment))
    _one_sense_per_name(resolved, qualified, context.divisions_named)
    divisions_in_lists(resolved, text, qualified)
    locate_in_containers(resolved, containments)


@dataclass
class Context:
    countries: Counter
    admin1: set
    centre: tuple[float, float] | None
    famous: frozenset[str] = frozenset()  # ids of towns that dwarf their namesakes
    # ids of first-level divisions the article names as such elsewhere ("CAMP MURRAY, Wash.")
    divisions_named: frozenset[str] = frozenset()
    # (name key, id) of the home country's capital, if the article names it ("Washington" in a
    # US story that runs through the states: the capital, not a town in one of them), and of
    # another named country's capital that has a namesake at home (`_capital`)
    capital: frozenset[tuple[str, str]] = frozenset()
    # (country, admin1) of each division the article gives evidence for, with the name keys
    # that give it: a name of that division, a name that surely lies in it, or one with a town
    # or county there (`_regions_a_name_may_lie_in`)
    regions: dict[tuple[str, str], frozenset[str]] = field(default_factory=dict)

    @classmethod
    def first_pass(cls, resolved: list[Resolved], actors, alpha2: dict[str, str]) -> Context:
        """What the article is about before any ranking: countries named outright (an entry
        that is a country, or the only country a name can be in), its actors' countries, and
        the provinces named."""
        countries: Counter = Counter()
        dwarfing: set[str] = set()
        named_outright: set[str] = set()
        admin1: set = set()
        regions: dict[tuple[str, str], set[str]] = {}
        points = []
        for r in resolved:
            kinds = {c.country for c in r.candidates if c.country}
            top = r.candidates[0] if r.candidates else None
            if top is not None and top.feature == "country":
                countries[top.country] += 2
                named_outright.add(top.country)
            elif len(kinds) == 1:
                countries[next(iter(kinds))] += 1
                if (point := _sure_point(r)) is not None:
                    points.append(point)
                    sure = r.candidates[0]
                    regions.setdefault((sure.country, sure.admin1), set()).add(r.key)
            elif top is not None and top.population >= _CLEAR_POPULATION and \
                    not _region_by_its_own_name(r.candidates, top) and all(
                    c.population * 10 <= top.population for c in r.candidates[1:]
                    if c.country != top.country):
                # Atlanta, Florida: one reading dwarfs the rest (not a town known by another
                # name where a region bears this one: "Sahara" is no vote for Sukkur's
                # Pakistan); once per name, however often
                # it is repeated ("Paris" thrice does not make a Texas story French); not a
                # name in a townsman's words ("Paris Police Department", "Kay, 18, of Paris"),
                # which names the story's own town, whatever the famous namesake's country
                if r.key not in dwarfing and not r.local_word:
                    countries[top.country] += 1
                dwarfing.add(r.key)
            for c in r.candidates[:3]:
                if c.feature == "admin1" and c.main:
                    admin1.add((c.country, c.admin1))
                    regions.setdefault((c.country, c.admin1), set()).add(r.key)
            for where in _regions_a_name_may_lie_in(r):
                regions.setdefault(where, set()).add(r.key)
        for actor in actors:
            if actor.country and actor.country in alpha2:
                countries[alpha2[actor.country]] += 1
        centre = None
        if points:
            centre = (sorted(p[0] for p in points)[len(points) // 2],
                      sorted(p[1] for p in points)[len(points) // 2])
        famous = frozenset(c.id for r in resolved if (c := _famous(r.candidates)) is not None)
        # the capital of a country a place name is (not of one an actor or a dwarfing
        # namesake votes for: "Paris" in a Tennessee story, which the actors layer reads as
        # the French government, makes no French capital)
        home = countries.most_common(1)[0][0] if countries else None
        capital = frozenset((r.key, c.id) for r in resolved
                            if (c := _capital(r, home, named_outright, alpha2)) is not None)
        return cls(countries, admin1, centre, famous, capital=capital,
                   regions={where: frozenset(keys) for where, keys in regions.items()})


def _regions_a_name_may_lie_in(r: Resolved) -> set[tuple[str, str]]:
    """The divisions (country, admin1) that hold a town, county or division of the name as its
    own name ('Henry County' may lie in Tennessee, beside 'Paris'), for the evidence of a
    world city's namesake (`_namesakes_of_a_world_city`). None for a name that can be a
    country's, a region's, a sea's or a landmark's ('the Atlantic' is no Atlantic,
    Virginia; 'the White House' no White House, Tennessee), nor a name with a famous town
    ('Washington' does not put a story in Virginia)."""
    if _famous(r.candidates) is not None or any(
            c.feature in _LENDS_NO_SUPPORT - {"admin1"} for c in r.candidates):
        return set()
    return {(c.country, c.admin1) for c in r.candidates
            if c.main and c.feature in {"city", "admin1"} | ADM2_FEATURES}


def _capital(r: Resolved, home: str | None, named: set[str], alpha2: dict[str, str],
             ) -> Candidate | None:
    """The capital of a country the article names when the name is the capital's own
    (data/capitals.tsv): the most populous town of the name in that country; not for a name a
    country bears ('Mexico'). The home country's capital ("Washington" in a US story that runs
    through the states is the capital, not a town in one of them); another named country's
    only against a namesake in the home country, whose support would pull the name home ("the
    Damascus regime" in a US story naming Syria is no Damascus, Maryland, beside Washington)."""
    if home not in named or any(c.feature == "country" for c in r.candidates):
        return None
    at_home = any(c.country == home for c in r.candidates)
    for country in sorted(named):
        if country != home and not at_home:
            continue
        towns = [c for c in r.candidates if c.feature == "city" and c.main and c.country == country]
        top = max(towns, key=lambda c: c.population, default=None)
        if top is not None and alpha2.get(_capitals().get(fold(top.name).lower(), "")) == country:
            return top
    return None


def _national_capitals(candidates: tuple[Candidate, ...], alpha2: dict[str, str],
                       ) -> frozenset[str]:
    """The ids of the towns among `candidates` that are their country's capital
    (data/capitals.tsv): "the capital Tripoli" is Libya's, not Tripoli, Lebanon."""
    return frozenset(c.id for c in candidates if c.feature == "city" and c.main and
                     alpha2.get(_capitals().get(fold(c.name).lower(), "")) == c.country)


@lru_cache(maxsize=1)
def _capitals() -> dict[str, str]:
    return {fold(row["capital"]).lower(): row["country"] for row in read_table("capitals.tsv")}


def _region_by_its_own_name(candidates: tuple[Candidate, ...], top: Candidate) -> bool:
    """The name is a country's, a division's or a region's own, and the most populous reading
    a town's alternate one ('the Sahara', also an old name of Sukkur)."""
    return not top.main and any(c.main and c.feature in LARGE_FEATURES for c in candidates)


def _towns_only(candidates: tuple[Candidate, ...]) -> bool:
    """No reading of the name is a country, a first-level division or a region: a body opening
    with "Washington" or "Georgia" may be the state's, and the article's votes decide."""
    return not any(c.feature in LARGE_FEATURES for c in candidates)


def _divisions_named(resolved: list[Resolved]) -> frozenset[str]:
    """The first-level divisions the article names as divisions: after a town and its comma
    ("CAMP MURRAY, Wash.", "Sulpher, La.") or with the word state ("Washington state"). A bare
    name elsewhere that can be the city or that division ("at home in Washington", "central
    Washington") is then the division: a writer who means the city of a name the article uses
    for its state says which ("Washington, D.C.")."""
    named = set()
    for r in resolved:
        # a container that is also a city's own name ("Palais des Nations, Geneva", "the
        # capital, Wellington") names the city, not its canton or region
        if r.state_word or r.container_of and not any(
                c.feature == "city" and c.main and c.population >= _CLEAR_POPULATION
                for c in r.candidates):
            division = next((c for c in r.candidates if c.feature == "admin1"), None)
            if division is not None:
                named.add(division.id)
    return frozenset(named)


def _sure_point(r: Resolved) -> tuple[float, float] | None:
    """Where a name surely is, for the article's centre: its most populous town when every other
    town of the name lies within _SURE_KM of it or is a tenth its size. Not a county that
    outnumbers the towns ("OAKLAND (AP)" is not Oakland County, Michigan), nor the first of many
    namesakes in one country ("Portland" alone says no more than "somewhere in the US")."""
    towns = [c for c in r.candidates if c.feature not in ADM2_FEATURES]
    # nor a landmark: "at Camp David" says where the president met, not where the story is
    if not towns or towns[0].feature in {"country", "landmark"}:
        return None
    top = towns[0]
    if all(distance_km(top.lat, top.lon, c.lat, c.lon) < _SURE_KM for c in towns[1:]) or all(
            c.population * 10 <= top.population for c in towns[1:]):
        return top.lat, top.lon
    return None


def _famous(candidates: tuple[Candidate, ...]) -> Candidate | None:
    """The town a name means unless the article says otherwise: a city of 100,000 or more,
    _FAMOUS_RATIO times as populous as any other town of that main name (Louisville, Kentucky;
    Rome, Italy; Geneva; not Athens, Greece, a mere five times Athens, Georgia)."""
    towns = [c for c in candidates if c.feature == "city" and c.main]
    if towns and towns[0].population >= _CLEAR_POPULATION and all(
            c.population * _FAMOUS_RATIO <= towns[0].population for c in towns[1:]):
        return towns[0]
    return None


def _dwarfed_alternate(c: Candidate, famous: Candidate | None) -> bool:
    """A town known by quite another name that the name reaches only as a former or alternate
    one, where a town ten times its size bears the name as its own ('Washington', once South
    River, New Jersey, beside the capital): the writer means the town of that name, whatever
    lies near the article's other places. A spelling of the town's own name stays a reading
    ('Hillsboro' for Hillsborough, New Hampshire, beside Hillsboro, Oregon)."""
    return famous is not None and c.feature == "city" and not c.main and \
        c.population * 10 <= famous.population and not _same_name(c.name, famous.name)


def _only_readings_the_name_can_mean(r: Resolved, container: Containment | None) -> None:
    """The best reading that is neither a smaller town's other name, nor a lesser town's code,
    nor a village named after the region "the" names, nor a town a given name reaches only as
    another name of it, once the support has settled; none if no other is left. Such a reading
    still lends the other names its support while they are ranked (a junk reading near the
    capital keeps 'WASHINGTON (Reuters)' on the capital); it is only never chosen."""
    def meant(c: Candidate) -> bool:
        return not _smaller_towns_other_name(c, r, container) and \
            not _lesser_towns_code(c, r) and not _village_under_a_regions_name(c, r) and \
            not _given_names_other_town(c, r) and \
            not _smaller_town_under_a_larger_ones_name(c, r, container) and \
            not _town_under_an_oceans_name(c, r, container) and \
            not _division_around_its_city(c, r)

    if r.best is None or meant(r.best):
        return
    kept = [(score, c) for score, c in r.scored if meant(c)]
    r.score, r.best = kept[0] if kept else (0.0, None)
    r.runner_up = kept[1][0] if len(kept) > 1 else None
    r.scored = tuple(kept)


def _division_around_its_city(c: Candidate, r: Resolved) -> bool:
    """'Kiev' and 'Kiev, Ukraine' are the city, not the division GeoNames keeps around it
    under the same name at the same point ('Kiev (city)', 7.4 million people against the
    city's 2.9 million) nor the province named after it (Kiev Oblast): a division holding a
    city of 100,000 that bears its name within 50 km is meant only where the text says
    'region', 'state' or 'province' of some mention of the name ("the Kiev region", "Idlib
    province") or puts a place in it ("Obama city in Fukui"). The point is the same; the feature is not: a building in a division takes no
    town's point."""
    if c.feature != "admin1" or r.called_a_division or r.holds_a_place:
        return False
    return _holds_its_city(c, r)


def _holds_its_city(c: Candidate, r: Resolved) -> bool:
    """A city of 100,000 that bears the division's name lies within 50 km of its point."""
    return any(o.feature == "city" and o.population >= _CLEAR_POPULATION and
               distance_km(c.lat, c.lon, o.lat, o.lon) < _CITY_DIVISION_KM for o in r.candidates)


def _village_under_a_regions_name(c: Candidate, r: Resolved) -> bool:
    """'the Middle East' is the region, never Middle East, Maryland (1,872 people), however near
    the article's other places ("the Rafik Hariri Center for the Middle East in Washington");
    ranking only weighs this (_DEFINITE_TOWN), and the support of the capital outweighed it."""
    return r.definite and c.feature == "city" and c.population < _CLEAR_POPULATION and \
        any(o.feature in _COARSE for o in r.candidates)


def _town_under_an_oceans_name(c: Candidate, r: Resolved, container: Containment | None,
                               ) -> bool:
    """An ocean's or a sea's bare name (`_sea_names`: 'the Pacific', 'Pacific nations',
    'the Arctic') is the water, which the gazetteer holds only under its full name: never a town
    or county of under 100,000 people that bears it (Pacific, Washington and Pacific, Missouri,
    7,000 people each; Pacific County), however near the article's other places. Such a town
    stays where the text makes the name local ("a Pacific man", "Pacific police"), places it
    ("Pacific, Mo."), files the story from it (a dateline) or says "County"."""
    if r.key not in _sea_names() or c.population >= _CLEAR_POPULATION:
        return False
    if c.feature in ADM2_FEATURES:
        return not r.division_word
    return c.feature == "city" and not (r.local_word or r.dateline or _qualified(container))


def _given_names_other_town(c: Candidate, r: Resolved) -> bool:
    """A single given name (data/first_names.tsv) is no town it reaches only as an alternate
    name unlike the town's own: 'Jamal' (of Jamal Khashoggi, cut off by the NER) is no Djemmal,
    Tunisia, 'Tanya' no Tonj, South Sudan. A town bearing the name as its own, or a form of it,
    stays a reading ('Charlotte', 'Florence')."""
    return c.feature == "city" and not c.main and \
        fold(r.mention.text).lower() in given_names() and \
        not _same_name(c.name, r.mention.text) and not _shares_a_word(c.name, r.mention.text)


def _lesser_towns_code(c: Candidate, r: Resolved) -> bool:
    """A town under a million people that a written abbreviation ('CR', 'RI', 'MPP', 'USSR')
    reaches only as one of its alternate names, a code: news abbreviates only the great cities
    so ('NYC', 'LA', 'HK'), and names a division or a country by its code ('PA', 'UAE')."""
    written = r.mention.text.strip()
    return _ABBREVIATION.fullmatch(written) is not None and c.feature == "city" and \
        not c.main and c.population < _GREAT_DIVISION and not _same_name(c.name, written)


def _smaller_towns_other_name(c: Candidate, r: Resolved, container: Containment | None,
                              ) -> bool:
    """A town the name reaches only as an alternate name that is no form of its own, where a
    larger town bears the name as its own: 'Charlottesville' is no old name of Newfane, New
    York (3,822 people), 'Middletown' no old name of Athens, Ohio. A form of the town's own name
    stays ('Frankfurt' for Frankfurt am Main, 'Stoke' for Stoke-on-Trent, 'Hillsboro' for
    Hillsborough), so does a larger town ('Manhattan' for New York City) and one inside the
    place the text puts the name in ('Derik, Syria', al-Malikiyah's Kurdish name)."""
    if c.feature != "city" or c.main or _same_name(c.name, r.mention.text) or \
            _shares_a_word(c.name, r.mention.text):
        return False
    if container is not None and container.outer.candidates and \
            contained_in(c, container.outer.candidates):
        return False
    return any(o.feature == "city" and o.main and o.population > c.population
               for o in r.candidates)


def _smaller_town_under_a_larger_ones_name(c: Candidate, r: Resolved,
                                           container: Containment | None) -> bool:
    """A town that only resembles the name as written, where a larger town is called exactly
    that: 'Pittsburgh' is no Pittsburg, California (its own name, which the name key folds
    alike: 'gh' to 'g'); 'Money from Washington' in a Kentucky story no Old Washington, Kentucky
    (an other name of it, sharing the word), where the town so called is a famous one
    (`_famous`: a local village's variant, 'Middletown' for Middlestown, Yorkshire, stays
    beside Middletown, New Jersey). The ranking's support (the article's state) may favour the
    smaller town; the spelling the writer chose, the larger town's own, says which is meant. A
    town inside the place the text puts the name in stays ('Washington, Ky.')."""
    written = r.mention.text
    if c.feature != "city" or c.main and _written_as(c.name, written):
        return False
    if container is not None and container.outer.candidates and \
            contained_in(c, container.outer.candidates):
        return False
    if not c.main:
        famous = _famous(r.candidates)
        return famous is not None and famous.population > c.population and \
            _written_as(famous.name, written)
    return any(o.feature == "city" and o.main and o.population > c.population and
               _written_as(o.name, written) for o in r.candidates)


def _written_as(name: str, written: str) -> bool:
    """The entry's name is the written name, letter for letter (case, accents and a leading
    'the' aside): 'Pittsburgh' for 'Pittsburgh', not for 'Pittsburg'."""
    def letters(text: str) -> str:
        return re.sub(r"^the ", "", fold(text).lower())
    return letters(name) == letters(written)


def _shares_a_word(name: str, written: str) -> bool:
    """Whether a word of the written name is a spelling of a word of the entry's name."""
    words = [w for w in re.split(r"[^a-z]+", fold(name).lower()) if len(w) > 2]
    return any(_same_name(w, v) for v in re.split(r"[^a-z]+", fold(written).lower())
               if len(v) > 2 for w in words)


def _foreign_village_of_a_state(c: Candidate, candidates: tuple[Candidate, ...]) -> bool:
    """A village (under _OBSCURE_POPULATION) named after another country's first-level division:
    'Texas' in a story about Mexico is the state, not Texas, Hidalgo (993 people), however
    Mexican the article; 'the beaches of Normandy' are not Normandy, Missouri. Only a division
    of _GREAT_DIVISION people (Hanover Parish, Jamaica, does not take the American Hanovers'
    villages away), and a village in the division's own country stays a reading ('Nevada',
    Missouri)."""
    return c.feature == "city" and c.population < _OBSCURE_POPULATION and any(
        o.feature == "admin1" and o.main and o.country != c.country and
        o.population >= _GREAT_DIVISION and fold(o.name).lower() == fold(c.name).lower()
        for o in candidates)


def _namesakes_of_a_world_city(r: Resolved, famous: Candidate | None, context: Context,
                               ) -> frozenset[str]:
    """Ids of the towns a world city's name also means (_WORLD_CITY_RATIO times smaller, in
    another country) whose division the article gives no evidence for through another name:
    the article's home country does not make such a town the place meant. None in a townsman's
    words ("a Paris man": local news of the town)."""
    world_city = famous is not None and (
        famous.population >= _WORLD_CITY_POPULATION or fold(famous.name).lower() in _capitals())
    if not world_city or r.local_word:
        return frozenset()
    return frozenset(
        c.id for c in r.candidates
        if c.feature == "city" and c.country != famous.country
        and c.population * _WORLD_CITY_RATIO <= famous.population
        and not context.regions.get((c.country, c.admin1), frozenset()) - {r.key})


def _same_name(a: str, b: str) -> bool:
    """Two spellings of one name: 'Hillsborough' and 'Hillsboro', not 'South River' and
    'Washington'."""
    return SequenceMatcher(None, fold(a).lower(), fold(b).lower()).ratio() >= _SAME_NAME_RATIO


def _prior_scores(r: Resolved, context: Context, container: Containment | None,
                  ) -> list[tuple[float, bool, Candidate]]:
    """Each plausible reading's score before support, and whether it is a small town under a
    definite name (whose penalty `_rank` adds after the support, in the order it always has:
    the float sums stay the same)."""
    famous = _famous(r.candidates)
    plausible = [c for c in r.candidates if not _obscure(c, context)
                 and not _dwarfed_alternate(c, famous)
                 and not _foreign_village_of_a_state(c, r.candidates)]
    # a town and the province named after it (Moscow and Moscow (city), Homs and Homs
    # Governorate): the bare name is the town
    towns = {(c.country, c.admin1) for c in plausible
             if c.feature == "city" and c.main and c.population >= _TOWN_OVER_PROVINCE}
    # a division of the article's home country over a foreign country or town of the same
    # name ("Georgia" in a story about Atlanta is the state), unless a big city of that country
    # bears the name (Moscow, New York)
    home = context.countries.most_common(1)[0][0] if context.countries else None
    rival = home is not None and context.countries[home] >= _HOME_MENTIONS and not any(
        c.feature == "city" and c.main and c.country == home and c.population >= _BIG_CITY
        for c in plausible)
    # "the Atlantic", "the Middle East": the ocean, the region, not a village named after them;
    # so is a region's or a sea's own name without the article, as a modifier ("a Middle East
    # expert", "Middle East peace"), unless a townsman's word follows ("a Pacific man")
    coarse = any(c.feature in _COARSE and (r.definite or c.main and not r.local_word)
                 for c in plausible)

    abroad = _namesakes_of_a_world_city(r, famous, context)  # no home-country bonus for these

    def prior(c: Candidate) -> tuple[float, bool, Candidate]:
        # a title's place ("the Duke of York") is no town of the story's own country
        home_bonus = c.id not in abroad and not r.title_of
        score = _score(c, r, context, container, home_bonus=home_bonus)
        if c.feature == "admin1" and (c.country, c.admin1) in towns:
            score -= _PROVINCE_OF_TOWN
        if rival and c.feature == "admin1" and c.country == home and c.main:
            score += _HOME_DIVISION
        return score, coarse and c.feature == "city" and c.population < _CLEAR_POPULATION, c

    return [prior(c) for c in plausible]


def _rank(r: Resolved, prior: list[tuple[float, bool, Candidate]],
          support: _Support | None = None) -> None:
    def adjusted(score: float, definite_town: bool, c: Candidate) -> float:
        # a body named after a town, or a title after a place ("the Duke of York"), is named
        # whatever the article's other places are
        if support is not None and not (r.opens_organisation and c.feature == "city") \
                and not r.title_of:
            score += support.bonus(c, r.key)
        if definite_town:
            score += _DEFINITE_TOWN
        return score

    scored = sorted(((adjusted(*p), p[2]) for p in prior), key=lambda pair: -pair[0])
    if scored:
        r.score, r.best = scored[0]
        r.runner_up = scored[1][0] if len(scored) > 1 else None
        r.scored = tuple(scored)


class _Support:
    """Places an article names lie near one another: 'Gainesville' beside 'Lindsay' and 'Cooke
    County' is Gainesville, Texas, not the larger Gainesville in Florida. After a first ranking,
    each name's plausible readings lend support to the readings of the article's other names
    that lie near them, weighted by how close each comes to the name's best score (not by a
    share of the name's readings: 'Madison County' has 19 near-equal readings, and the one in
    Kentucky beside 'Richmond', Kentucky counts fully); a reading gains with the support it
    collects."""

    def __init__(self, readings: dict[str, list[tuple[float, Candidate]]],
                 divisions: dict[str, list[tuple[float, Candidate]]] | None = None,
                 city_names: frozenset[str] = frozenset(), named_divisions=frozenset()):
        self.readings = readings
        self.divisions = divisions or {}
        self.city_names = city_names
        # the (country, admin1) of the first-level divisions the article names: their towns
        # have their bonus (_IN_DOC_ADMIN1), and the readings there lend no more than nearness
        # ("COLUMBUS, Ohio" is no support for the village of Louisville, Ohio)
        self.named_divisions = named_divisions
        self._cache: dict[tuple[str, str], float] = {}
        # Every name's readings in one list by latitude, each with its name's place in
        # `readings` (None if a latitude is NaN, which does not sort), and each name's best
        # belief per division: `bonus` then weighs only the readings that can count.
        self._names = list(readings)
        self._by_latitude = _by_latitude(readings)
        self._best_in_division = _best_in_division(readings)
        self._siblings = _siblings_by_country(self.divisions)
        self._cells = _Cells.of(self._by_latitude[1]) if self._by_latitude is not None and \
            len(self._by_latitude[1]) >= _CELLS_FROM else None

    @classmethod
    def of(cls, resolved: list[Resolved], named_divisions=frozenset()) -> _Support:
        readings: dict[str, list[tuple[float, Candidate]]] = {}
        divisions: dict[str, list[tuple[float, Candidate]]] = {}
        for r in resolved:
            if r.key in readings or not r.scored:
                continue
            top = r.scored[0][0]
            weights = [math.exp(_SHARPNESS * (s - top)) for s, _ in r.scored]
            readings[r.key] = [] if r.key in _sea_names() else [
                (w, c) for w, (_, c) in zip(weights, r.scored)
                if w >= _MIN_BELIEF and c.feature not in _LENDS_NO_SUPPORT]
            divisions[r.key] = [(w, c) for w, (_, c) in zip(weights, r.scored)
                                if w >= _MIN_BELIEF and c.feature == "admin1"]
        # a famous city's name is the city's, unless some mention of it says 'region' or
        # 'province' ("the Donetsk and Luhansk regions": the divisions lift each other)
        city_names = frozenset(r.key for r in resolved
                               if _famous(r.candidates) is not None and not r.called_a_division)
        return cls(readings, divisions, city_names, named_divisions)

    def bonus(self, c: Candidate, key: str) -> float:
        if c.feature in LARGE_FEATURES and c.feature != "admin1":
            return 0.0
        cached = self._cache.get((c.id, key))
        if cached is None:
            total = self._support(c, key)
            if c.feature == "admin1" and key not in self.city_names:
                # every other division name's best reading in c's country but out of c's own
                # division; a name with none adds 0, which changes no sum, so only the names
                # with a reading in the country are visited (in the same order)
                for other, best, best_admin1, second in self._siblings.get(c.country, ()):
                    if other != key:
                        total += _SIBLING_DIVISION * (best if best_admin1 != c.admin1
                                                      else second)
            cached = self._cache[(c.id, key)] = _SUPPORT * (1 - math.exp(-total))
        return cached

    def _support(self, c: Candidate, key: str) -> float:
        """The sum, over the article's other names in order, of the most one of the name's
        readings supports c: its belief p times 1 for a division that holds it, 0 for one that
        does not, and _closeness otherwise, but at least _SAME_DIVISION for a reading in c's own
        first-level division. No term is below 0, so the terms that are 0 for
        certain (readings out of c's division, or over _LATITUDE_REACH away) are left out,
        and adding a name's 0 changes no sum."""
        if c.feature == "admin1":
            best = self._best_in_division.get((c.country, c.admin1), ())
            return _sum_in_order((n, p) for n, p in best if self._names[n] != key)
        if self._by_latitude is None:
            return _sum_in_order(self._at_least_in_division(c, key, {
                n: max((p * _closeness(c, o) for p, o in self.readings[other]), default=0.0)
                for n, other in enumerate(self._names) if other != key}).items())
        if self._cells is not None and math.isfinite(c.lat) and math.isfinite(c.lon):
            near = self._cells.around(c)
        else:
            latitudes, readings = self._by_latitude
            # a window wider than _LATITUDE_REACH, so rounding cannot leave out a reading
            # _closeness would weigh; _closeness itself still decides every one inside it
            low = bisect_left(latitudes, c.lat - _LATITUDE_WINDOW)
            high = bisect_right(latitudes, c.lat + _LATITUDE_WINDOW, low)
            near = readings[low:high]
        # a name's best weight: a maximum, the same whichever order its readings come in
        best: dict[int, float] = {}
        for n, p, o in near:
            if self._names[n] != key:
                weight = p * _closeness(c, o)
                if weight > best.get(n, 0.0):
                    best[n] = weight
        return _sum_in_order(self._at_least_in_division(c, key, best).items())

    def _at_least_in_division(self, c: Candidate, key: str, best: dict[int, float],
                              ) -> dict[int, float]:
        """Each other name's weight for c raised to _SAME_DIVISION times its best belief in
        c's own first-level division, however far that reading lies from c."""
        if not c.admin1 or (c.country, c.admin1) in self.named_divisions:
            return best
        for n, p in self._best_in_division.get((c.country, c.admin1), ()):
            if self._names[n] != key and _SAME_DIVISION * p > best.get(n, 0.0):
                best[n] = _SAME_DIVISION * p
        return best


@lru_cache(maxsize=1)
def _sea_names() -> frozenset[str]:
    """The keys of the seas' and oceans' names (data/facilities.tsv), with an ocean's bare
    name ('the Pacific', 'the Atlantic'): a story that names one means the water, so the towns
    and counties that bear the name (Pacific, Washington; Pacific County) lend no support to
    the article's other names ("Pyongyang and Washington" beside "the Pacific" is no state)."""
    keys = set()
    for row in read_table("facilities.tsv"):
        if row["feature"] != "sea":
            continue
        for name in {row["name"], *filter(None, row["aliases"].split("|"))}:
            keys.add(name_key(name))
            if name.endswith(" Ocean"):
                keys.add(name_key(name.removesuffix(" Ocean")))
    return frozenset(keys - {""})


def _sum_in_order(terms) -> float:
    """0.0 plus each (n, term)'s term, by n: the order the names' terms were added in."""
    total = 0.0
    for _, term in sorted(terms):
        total += term
    return total


def _by_latitude(readings: dict[str, list[tuple[float, Candidate]]],
                 ) -> tuple[list[float], list[tuple[int, float, Candidate]]] | None:
    """Every reading as (its name's place, p, entry), sorted by latitude, with the
    latitudes; None if one is NaN."""
    entries = [(n, p, c) for n, name_readings in enumerate(readings.values())
               for p, c in name_readings]
    if any(math.isnan(c.lat) for _, _, c in entries):
        return None
    entries.sort(key=lambda entry: entry[2].lat)
    return [c.lat for _, _, c in entries], entries


class _Cells:
    """Readings by where they lie in space: the unit sphere's points cut into cubes of side
    _CELL. Two places under _FAR_KM apart (an angle under 0.0236 rad) are under 0.0236 apart
    in a straight line, so in each of x, y and z, and lie in the same or neighbouring cubes (the
    side, 0.03, leaves a margin far beyond any rounding); of the 27 cubes around a reading, only
    the readings under _CELL from it in a straight line can be weighed above 0 by _closeness,
    near the poles and across the date line too. Used only when every reading's latitude and
    longitude are finite."""

    _CELL = 0.03

    def __init__(self, cells: dict[tuple[int, int, int], list[tuple[tuple, tuple[float, ...]]]]):
        self._cells = cells

    @classmethod
    def of(cls, entries: list[tuple[int, float, Candidate]]) -> _Cells | None:
        cells: dict[tuple[int, int, int], list[tuple[tuple, tuple[float, ...]]]] = {}
        for entry in entries:
            c = entry[2]
            if not (math.isfinite(c.lat) and math.isfinite(c.lon)):
                return None
            point = _unit_vector(c)
            cells.setdefault(cls._cell(point), []).append((entry, point))
        return cls(cells)

    @classmethod
    def _cell(cls, point: tuple[float, ...]) -> tuple[int, int, int]:
        x, y, z = point
        return math.floor(x / cls._CELL), math.floor(y / cls._CELL), math.floor(z / cls._CELL)

    def around(self, c: Candidate) -> Iterator[tuple[int, float, Candidate]]:
        point = _unit_vector(c)
        x, y, z = self._cell(point)
        reach = self._CELL * self._CELL
        for dx in (-1, 0, 1):
            for dy in (-1, 0, 1):
                for dz in (-1, 0, 1):
                    for entry, other in self._cells.get((x + dx, y + dy, z + dz), ()):
                        if ((point[0] - other[0]) ** 2 + (point[1] - other[1]) ** 2
                                + (point[2] - other[2]) ** 2) < reach:
                            yield entry


def _unit_vector(c: Candidate) -> tuple[float, float, float]:
    lat, lon = math.radians(c.lat), math.radians(c.lon)
    return math.cos(lat) * math.cos(lon), math.cos(lat) * math.sin(lon), math.sin(lat)


def _siblings_by_country(divisions: dict[str, list[tuple[float, Candidate]]],
                         ) -> dict[str | None, list[tuple[str, float, str | None, float]]]:
    """For each country, the division names (in their order) with a reading there, each with
    its best belief there, that reading's admin1, and its best belief there in any other admin1
    (0.0 if none): the best out of a division d is the first figure unless d holds it, the
    second if it does. A name's readings are then read once, not once for each division
    reading of every other name (quadratic in a list of hundreds of divisions)."""
    siblings: dict[str | None, list[tuple[str, float, str | None, float]]] = {}
    for name, readings in divisions.items():
        by_country: dict[str | None, list[tuple[float, Candidate]]] = {}
        for p, o in readings:
            by_country.setdefault(o.country, []).append((p, o))
        for country, there in by_country.items():
            best, holder = max(there, key=lambda reading: reading[0])
            second = max((p for p, o in there if o.admin1 != holder.admin1), default=0.0)
            siblings.setdefault(country, []).append((name, best, holder.admin1, second))
    return siblings


def _best_in_division(readings: dict[str, list[tuple[float, Candidate]]],
                      ) -> dict[tuple[str | None, str | None], list[tuple[int, float]]]:
    """For each (country, admin1): each name's place and the highest belief among its readings
    there, a division's support from the name (a reading that lies in the division, 'Duluth'
    and 'Lilburn' in Georgia, counts at its belief, any other at 0)."""
    best: dict[tuple[str | None, str | None], dict[int, float]] = {}
    for n, name_readings in enumerate(readings.values()):
        for p, c in name_readings:
            division = best.setdefault((c.country, c.admin1), {})
            if p > division.get(n, 0.0):
                division[n] = p
    return {where: sorted(names.items()) for where, names in best.items()}


def _closeness(a: Candidate, b: Candidate) -> float:
    """1 within _CLOSE_KM, falling to 0 at _FAR_KM."""
    if abs(a.lat - b.lat) > _LATITUDE_REACH or a.id == b.id:
        return 0.0
    d = distance_km(a.lat, a.lon, b.lat, b.lon)
    if d <= _CLOSE_KM:
        return 1.0
    return max(0.0, (_FAR_KM - d) / (_FAR_KM - _CLOSE_KM))


def _obscure(c: Candidate, context: Context) -> bool:
    return (c.feature == "city" and not c.main and c.population < _OBSCURE_POPULATION
            and c.country not in context.countries)


def _score(c: Candidate, r: Resolved, context: Context, container: Containment | None,
           home_bonus: bool = True) -> float:
    population = min(c.population, _LOCAL_POPULATION) if r.local_word and c.feature == "city" \
        else c.population
    hint = r.mention.hint
    own_name = c.feature == "airport" and c.main and not hint
    if own_name:
        population = _AIRPORT_OWN_NAME_POPULATION
    score = math.log10(population + 1) / 7 + _FEATURE_PRIOR.get(c.feature, 0.0)
    if c.feature in FACILITY_FEATURES and not own_name:
        score += _HINTED_FACILITY if hint and c.feature in FEATURE_HINTS[hint] else _UNHINTED_FACILITY
    elif hint and hint != "base":
        score -= 0.3
    if c.feature == "landmark" and (r.definite or _landmarks_own_name(c, r, container)):
        score += _DEFINITE_LANDMARK
    if hint and c.feature == _HINT_FEATURE.get(hint):
        score += 0.1
    if c.main:
        score += _MAIN_NAME
    if c.feature in _KIND_FEATURES.get(r.kind_of, ()):
        score += _KIND_NAMED
    if r.container_of and c.feature in {"admin1", "country"}:
        score += _CONTAINER_DIVISION
    if c.id in context.famous and not r.local_word:  # "a Paris man" is no Parisian
        score += _FAMOUS
    if (r.key, c.id) in context.capital and not r.local_word and not r.mention.hint:
        score += _NAMED_CAPITAL
    if c.id in r.capital_ids:
        score += _CAPITAL_WORD
    if c.feature == "country" and (r.local_word or r.division_word):
        score += _LOCAL_COUNTRY  # "a Lebanon woman", "Guernsey County" name no country
    if r.dateline and c.feature in {"country", "admin1"}:
        score += _DATELINE_DIVISION
    if r.state_word and c.feature == "admin1":
        score += _NAMED_STATE
    elif c.feature == "admin1" and c.id in context.divisions_named and not r.container_of:
        score += _NAMED_STATE
    if c.feature in ADM2_FEATURES:
        named = r.division_word or fold(r.mention.text).split()[-1:] in (
            [w] for w in _DIVISION_WORDS)
        score += _NAMED_DIVISION if named else 0.0 if _county_written_bare(c, r) \
            else _BARE_DIVISION
    named_by_body = r.opens_organisation and c.feature == "city"
    if c.country and c.country in context.countries and c.feature != "country" and \
            not named_by_body and home_bonus:
        score += _IN_DOC_COUNTRY
        if c.country == context.countries.most_common(1)[0][0]:
            score += _DOMINANT_COUNTRY

    if (c.country, c.admin1) in context.admin1 and c.feature != "admin1" and \
            not named_by_body and not r.title_of:
        score += _IN_DOC_ADMIN1
    if container is not None and container.outer.candidates:
        score += _CONTAINED * contained_in(c, container.outer.candidates)
    if context.centre and c.feature not in {"country", "continent"} and home_bonus and \
            distance_km(c.lat, c.lon, *context.centre) < _NEARBY_KM:
        score += _NEARBY
    return score


def _landmarks_own_name(c: Candidate, r: Resolved, container: Containment | None) -> bool:
    """A landmark's own name written as it is ('White House officials', "In White House
    terms", a headline's 'White House Says'): news drops the article when the name modifies a
    noun or opens a headline, and means the building still, not White House, Tennessee, nor
    Casablanca (whose name means it). Not a name the text qualifies ('White House, Tenn.'),
    nor one written otherwise ('Whitehouse', 'WHITE HOUSE')."""
    return c.main and r.mention.text == c.name and not _qualified(container)


def _county_written_bare(c: Candidate, r: Resolved) -> bool:
    """An English, Welsh or Scottish county is written without a division word ('an airbase in
    Hampshire', 'the Duchess of Cornwall', 'Essex police'): such a county takes no penalty for
    its bare name, as a US county does ('Boone' is the town, not Boone County). Not a borough
    around its city of the name (Manchester, Birmingham): the bare name is the city."""
    return c.country in _BARE_COUNTY_COUNTRIES and not _holds_its_city(c, r)


def _qualified(containment: Containment | None) -> bool:
    """A name the place that holds it follows ("Washington, D.C.", "Alexandria, La."): the text
    says which place this mention is."""
    return containment is not None and containment.after


def _one_sense_per_name(resolved: list[Resolved], qualified: set[int] = frozenset(),
                        divisions_named: frozenset[str] = frozenset()) -> None:
    """An article means one place by one name: every mention of a key takes the reading whose
    scores summed over the key's mentions are highest ("the tropical Atlantic" and "Atlantic
    hurricanes" in one story are one ocean). A name its container qualifies ("Alexandria, La.",
    ids in `qualified`) keeps its own reading, the text says which place that one is; it
    votes for the others ("New Haven, Conn." … "New Haven"), unless the name can also be a
    division the article names elsewhere ("CAMP MURRAY, Wash." … "Washington, D.C." … "at home
    in Washington"): a writer who qualifies the city there means the state when writing the
    name bare."""
    groups: dict[tuple[str, str | None], list[Resolved]] = {}
    for r in resolved:
        if r.best is not None:
            groups.setdefault((r.key, r.mention.hint), []).append(r)
    for group in groups.values():
        if len(group) < 2:
            continue
        totals: dict[str, float] = {}
        entries: dict[str, Candidate] = {}
        state_named = any(c.id in divisions_named for r in group for _, c in r.scored)
        voters = [r for r in group if not (state_named and id(r) in qualified)]
        for r in voters:
            for score, c in r.scored:
                totals[c.id] = totals.get(c.id, 0.0) + score
                entries[c.id] = c
        if not totals:
            continue
        ranked = sorted(totals, key=lambda i: -totals[i])
        best = entries[ranked[0]]
        score = totals[ranked[0]] / len(voters)
        runner_up = totals[ranked[1]] / len(voters) if len(ranked) > 1 else None
        for r in group:
            if id(r) not in qualified:
                r.best, r.score, r.runner_up = best, score, runner_up


def confidence(r: Resolved) -> float:
    if r.best is None:
        return 0.0
    if r.runner_up is None:
        value = 0.9
    else:
        value = round(1 / (1 + math.exp(-4 * (r.score - r.runner_up))), 3)
    value = min(value, _COARSE_CONFIDENCE) if r.best.feature in _COARSE else value
    return capped_confidence(value, r)
