"""What an article is about before any of its place names is ranked: the countries it names
or its actors belong to, the provinces it names, its centre, its famous towns, the capitals it
names and the divisions it gives evidence for (`Context`), and the divisions it names as such
("CAMP MURRAY, Wash.", "Washington state"). `place_ranking` weighs each reading by them.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field
from functools import lru_cache
from typing import TYPE_CHECKING

from sitrep.data import read_table
from sitrep.extract.place_name_readings import ADM2_FEATURES, CLEAR_POPULATION, famous_town
from sitrep.extract.place_support import LARGE_FEATURES, LENDS_NO_SUPPORT
from sitrep.gazetteer.index import Candidate, distance_km
from sitrep.gazetteer.names import fold

if TYPE_CHECKING:
    from sitrep.extract.place_ranking import Resolved

_SURE_KM = 100.0  # a name's towns this close together are one place for the article's centre


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
            elif top is not None and top.population >= CLEAR_POPULATION and \
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
        famous = frozenset(c.id for r in resolved if (c := famous_town(r.candidates)) is not None)
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
    if famous_town(r.candidates) is not None or any(
            c.feature in LENDS_NO_SUPPORT - {"admin1"} for c in r.candidates):
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
        if top is not None and alpha2.get(capitals().get(fold(top.name).lower(), "")) == country:
            return top
    return None


def national_capitals(candidates: tuple[Candidate, ...], alpha2: dict[str, str],
                       ) -> frozenset[str]:
    """The ids of the towns among `candidates` that are their country's capital
    (data/capitals.tsv): "the capital Tripoli" is Libya's, not Tripoli, Lebanon."""
    return frozenset(c.id for c in candidates if c.feature == "city" and c.main and
                     alpha2.get(capitals().get(fold(c.name).lower(), "")) == c.country)


@lru_cache(maxsize=1)
def capitals() -> dict[str, str]:
    return {fold(row["capital"]).lower(): row["country"] for row in read_table("capitals.tsv")}


def _region_by_its_own_name(candidates: tuple[Candidate, ...], top: Candidate) -> bool:
    """The name is a country's, a division's or a region's own, and the most populous reading
    a town's alternate one ('the Sahara', also an old name of Sukkur)."""
    return not top.main and any(c.main and c.feature in LARGE_FEATURES for c in candidates)


def divisions_named_as_such(resolved: list[Resolved]) -> frozenset[str]:
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
                c.feature == "city" and c.main and c.population >= CLEAR_POPULATION
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
