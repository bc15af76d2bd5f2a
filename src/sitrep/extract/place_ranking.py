"""Rank a place mention's gazetteer entries, and pick one per name for the article.

Every entry indexed under the mention's name key is scored by
- prominence: population (log scale), and the kind of entry (a country over a same-named town,
  a town over its same-named province, a bare name over an airport named after it);
- the feature word: "Khmeimim airbase", "the port of Tartous" prefer air bases, ports;
- the words around the mention (`place_cues`): "Boone County", "Washington state", "a Lebanon
  woman", "the Atlantic", a dateline;
- document context: countries and provinces the article names or its actors belong to
  (`place_article_context`), the "X, Y" / "X in Y" containment right beside the mention,
  closeness to the other places (`place_support`);
and one name keeps one sense through a document. Pure functions over gazetteer candidates.
"""

from __future__ import annotations

import math
from dataclasses import dataclass

from sitrep.extract.place_article_context import (Context, capitals, divisions_named_as_such,
                                                  national_capitals)
from sitrep.extract.place_containers import (Containment, capped_confidence, contained_in,
                                             find_containers, locate_in_containers)
from sitrep.extract.place_cues import mention_cues
from sitrep.extract.place_lists import divisions_in_lists
from sitrep.extract.place_name_readings import (ADM2_FEATURES, CLEAR_POPULATION, COARSE_FEATURES,
                                                OBSCURE_POPULATION, dwarfed_alternate, famous_town,
                                                foreign_village_of_a_state, holds_its_city,
                                                mark_lone_towns,
                                                only_readings_the_name_can_mean,
                                                qualified_by_container, sea_names)
from sitrep.extract.place_spans import PlaceMention
from sitrep.extract.place_support import LARGE_FEATURES, LENDS_NO_SUPPORT, NEARBY_KM, Support
from sitrep.gazetteer.index import Candidate, distance_km
from sitrep.gazetteer.names import FACILITY_FEATURES, FEATURE_HINTS, fold

# Prior by kind of entry, in units of log10(population) / 7 (so 1.0 ≈ a city of 10 million).
_FEATURE_PRIOR = {"country": 1.5, "continent": 1.5, "region": 1.3, "sea": 1.3, "strait": 0.6,
                  "admin1": -0.12, "city": 0.0}
# Coarse entries (a region, a sea, a continent: COARSE_FEATURES) are no precise location: their
# confidence is capped, so a map or an event place can tell "the Levant" from "Homs".
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
_NEARBY = 0.25
_HINT_FEATURE = {"air": "airbase", "naval": "naval_base", "port": "port", "base": "military_base"}
_FAMOUS = 0.3
# "the capital Tripoli": the text itself says the name is a nation's capital, which outweighs
# the support a namesake draws from the neighbours the article names (Lebanon, Syria)
_CAPITAL_WORD = 0.6
_NAMED_CAPITAL = 0.3  # as much as a town gains from its division named in the article
# A world city: the most populous town of a name, if it is a national capital or has a million
# people (no other town need be far smaller: Tripoli, Libya is five times Tripoli, Lebanon).
# A foreign town this many times smaller that bears its name takes no home-country bonus
# (_IN_DOC_COUNTRY, _DOMINANT_COUNTRY, _NEARBY) unless the article gives evidence for its
# region: 'Vienna' in a US story on the Iran talks is Austria's capital, not Vienna, Virginia,
# however American the story (AllSides: 13 of 24 such stories); 'Paris' in a Texas story that
# names Texas or a Texan town stays Paris, Texas.
_WORLD_CITY_POPULATION, _WORLD_CITY_RATIO = 1_000_000, 50
_TOWN_OVER_PROVINCE, _PROVINCE_OF_TOWN = 50_000, 0.3
_DIVISION_WORDS = frozenset({"county", "co", "parish", "borough"})
_NAMED_DIVISION, _BARE_DIVISION = 1.0, -0.6
# the countries whose counties news writes without the word 'County' ('Kent', 'Hampshire')
_BARE_COUNTY_COUNTRIES = frozenset({"GB"})
_NAMED_STATE = 0.8


# a reading's weight in the support it lends the other names (`_support_of`)
_SHARPNESS, _MIN_BELIEF = 3.0, 0.05
_SUPPORT_ROUNDS = 2  # a second round lets two unlikely readings that lie together lift each other
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
    # a small town far from every other place the article names (`mark_lone_towns`): the
    # reading stays for the checks that read it, the place is left unresolved
    lone_town: bool = False



def rank_places(resolved: list[Resolved], text: str, actors, alpha2: dict[str, str]) -> None:
    """Set each mention's best entry, its score and the runner-up's, in place."""
    for r in resolved:
        cues = mention_cues(text, r.mention.start, r.mention.end)
        r.division_word, r.state_word = cues.division_word, cues.state_word
        r.local_word, r.definite = cues.local_word, cues.definite
        r.dateline, r.title_of, r.kind_of = cues.dateline, cues.title_of, cues.kind_of
        if cues.capital_word:
            r.capital_ids = national_capitals(r.candidates, alpha2)
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
    context.divisions_named = divisions_named_as_such(resolved)
    # what a reading scores before the support of the other names, the same every round
    priors = [_prior_scores(r, context, containment)
              for r, containment in zip(resolved, containments)]
    for r, prior in zip(resolved, priors):
        _rank(r, prior)
    for _ in range(_SUPPORT_ROUNDS):
        support = _support_of(resolved, context.admin1)
        for r, prior in zip(resolved, priors):
            _rank(r, prior, support)
    for r, containment in zip(resolved, containments):
        only_readings_the_name_can_mean(r, containment)
    qualified = frozenset(id(r) for r, containment in zip(resolved, containments)
                          if qualified_by_container(containment))
    _one_sense_per_name(resolved, qualified, context.divisions_named)
    divisions_in_lists(resolved, text, qualified)
    locate_in_containers(resolved, containments)
    mark_lone_towns(resolved, containments, text)


def _towns_only(candidates: tuple[Candidate, ...]) -> bool:
    """No reading of the name is a country, a first-level division or a region: a body opening
    with "Washington" or "Georgia" may be the state's, and the article's votes decide."""
    return not any(c.feature in LARGE_FEATURES for c in candidates)


def _namesakes_of_a_world_city(r: Resolved, context: Context) -> frozenset[str]:
    """Ids of the towns a world city's name also means (_WORLD_CITY_RATIO times smaller, in
    another country) whose division the article gives no evidence for through another name:
    the article's home country does not make such a town the place meant ('Tripoli' in a list
    of embassies a US story names is Libya's capital, not Tripoli, Iowa, 1,342 people). None in
    a townsman's words ("a Paris man": local news of the town)."""
    world_city = _world_city(r.candidates)
    if world_city is None or r.local_word:
        return frozenset()
    return frozenset(
        c.id for c in r.candidates
        if c.feature == "city" and c.country != world_city.country
        and c.population * _WORLD_CITY_RATIO <= world_city.population
        and not context.regions.get((c.country, c.admin1), frozenset()) - {r.key})


def _world_city(candidates: tuple[Candidate, ...]) -> Candidate | None:
    """The most populous town bearing the name as its own, if it has a million people or is
    a national capital of that name (data/capitals.tsv): Vienna, Tripoli, Paris."""
    towns = [c for c in candidates if c.feature == "city" and c.main]
    if not towns:
        return None
    top = max(towns, key=lambda c: c.population)
    if top.population >= _WORLD_CITY_POPULATION or fold(top.name).lower() in capitals():
        return top
    return None


def _prior_scores(r: Resolved, context: Context, container: Containment | None,
                  ) -> list[tuple[float, bool, Candidate]]:
    """Each plausible reading's score before support, and whether it is a small town under a
    definite name (whose penalty `_rank` adds after the support, in the order it always has:
    the float sums stay the same)."""
    famous = famous_town(r.candidates)
    plausible = [c for c in r.candidates if not _obscure(c, context)
                 and not dwarfed_alternate(c, famous)
                 and not foreign_village_of_a_state(c, r.candidates)]
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
    coarse = any(c.feature in COARSE_FEATURES and (r.definite or c.main and not r.local_word)
                 for c in plausible)

    abroad = _namesakes_of_a_world_city(r, context)  # no home-country bonus for these

    def prior(c: Candidate) -> tuple[float, bool, Candidate]:
        # a title's place ("the Duke of York") is no town of the story's own country
        home_bonus = c.id not in abroad and not r.title_of
        score = _score(c, r, context, container, home_bonus=home_bonus)
        if c.feature == "admin1" and (c.country, c.admin1) in towns:
            score -= _PROVINCE_OF_TOWN
        if rival and c.feature == "admin1" and c.country == home and c.main:
            score += _HOME_DIVISION
        return score, coarse and c.feature == "city" and c.population < CLEAR_POPULATION, c

    return [prior(c) for c in plausible]


def _rank(r: Resolved, prior: list[tuple[float, bool, Candidate]],
          support: Support | None = None) -> None:
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


def _support_of(resolved: list[Resolved], named_divisions=frozenset()) -> Support:
    """The support of the article's names as ranked so far: each name's plausible readings,
    weighted by how close each comes to the name's best score."""
    readings: dict[str, list[tuple[float, Candidate]]] = {}
    divisions: dict[str, list[tuple[float, Candidate]]] = {}
    for r in resolved:
        if r.key in readings or not r.scored:
            continue
        top = r.scored[0][0]
        weights = [math.exp(_SHARPNESS * (s - top)) for s, _ in r.scored]
        readings[r.key] = [] if r.key in sea_names() else [
            (w, c) for w, (_, c) in zip(weights, r.scored)
            if w >= _MIN_BELIEF and c.feature not in LENDS_NO_SUPPORT]
        divisions[r.key] = [(w, c) for w, (_, c) in zip(weights, r.scored)
                            if w >= _MIN_BELIEF and c.feature == "admin1"]
    # a famous city's name is the city's, unless some mention of it says 'region' or
    # 'province' ("the Donetsk and Luhansk regions": the divisions lift each other)
    city_names = frozenset(r.key for r in resolved
                           if famous_town(r.candidates) is not None and not r.called_a_division)
    return Support(readings, divisions, city_names, named_divisions)


def _obscure(c: Candidate, context: Context) -> bool:
    return (c.feature == "city" and not c.main and c.population < OBSCURE_POPULATION
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
            distance_km(c.lat, c.lon, *context.centre) < NEARBY_KM:
        score += _NEARBY
    return score


def _landmarks_own_name(c: Candidate, r: Resolved, container: Containment | None) -> bool:
    """A landmark's own name written as it is ('White House officials', "In White House
    terms", a headline's 'White House Says'): news drops the article when the name modifies a
    noun or opens a headline, and means the building still, not White House, Tennessee, nor
    Casablanca (whose name means it). Not a name the text qualifies ('White House, Tenn.'),
    nor one written otherwise ('Whitehouse', 'WHITE HOUSE')."""
    return c.main and r.mention.text == c.name and not qualified_by_container(container)


def _county_written_bare(c: Candidate, r: Resolved) -> bool:
    """An English, Welsh or Scottish county is written without a division word ('an airbase in
    Hampshire', 'the Duchess of Cornwall', 'Essex police'): such a county takes no penalty for
    its bare name, as a US county does ('Boone' is the town, not Boone County). Not a borough
    around its city of the name (Manchester, Birmingham): the bare name is the city."""
    return c.country in _BARE_COUNTY_COUNTRIES and not holds_its_city(c, r)


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
    value = min(value, _COARSE_CONFIDENCE) if r.best.feature in COARSE_FEATURES else value
    return capped_confidence(value, r)
