"""Which readings a place name can mean: a famous town over its namesakes, and the readings
a name never means however well the article's other places support them (a smaller town's
other name, a lesser town's code, a village under a region's or an ocean's name, a town a
given name reaches only as another name, a division around its city of the name).
`place_ranking` scores the readings; these say which it may choose.
"""

from __future__ import annotations

import re
from difflib import SequenceMatcher
from functools import lru_cache
from typing import TYPE_CHECKING

from sitrep.data import read_table
from sitrep.extract.names import given_names
from sitrep.extract.place_containers import Containment, contained_in
from sitrep.extract.place_support import LARGE_FEATURES, NEARBY_KM
from sitrep.gazetteer.index import Candidate, distance_km
from sitrep.gazetteer.names import fold, name_key

if TYPE_CHECKING:
    from sitrep.extract.place_ranking import Resolved

# regions, seas and continents: a name one of them bears is no village's (`place_ranking`
# caps their confidence)
COARSE_FEATURES = frozenset({"region", "sea", "continent"})
# A village known only by an alternate spelling, in no country the article names, is more
# likely a misread name ("Assad" → ‘Ein el Asad) than the place meant: left unresolved.
OBSCURE_POPULATION = 10_000
CLEAR_POPULATION = 100_000
# a division this populous is what its name means abroad: Texas, Normandy, not Hanover Parish
_GREAT_DIVISION = 1_000_000
# how many times as populous as any other town of its main name a famous town is: Geneva
# (201,741) is 9.3 times Geneva, Illinois, and a US story on talks there had read it as a
# Geneva in New York, Illinois or Washington state (AllSides: 45 of 96 mentions); Athens,
# Greece (5.2 times Athens, Georgia) stays short of it
_FAMOUS_RATIO = 8
_ABBREVIATION = re.compile(r"[A-Z]{2,4}")  # written in capitals, without dots
_SAME_NAME_RATIO = 0.7  # difflib's ratio: 'Hillsboro'/'Hillsborough' 0.86, 'Piqua'/'Washington' 0.27
# A second-level division (a US county) is meant when the mention says so ("Boone County",
# "Boone Co.", "Orleans Parish"); a bare "Boone" stays the town.
ADM2_FEATURES = frozenset({"adm2"})
_CITY_DIVISION_KM = 50.0  # a division around its city ('Kiev (city)', Kiev Oblast)


def famous_town(candidates: tuple[Candidate, ...]) -> Candidate | None:
    """The town a name means unless the article says otherwise: a city of 100,000 or more,
    _FAMOUS_RATIO times as populous as any other town of that main name (Louisville, Kentucky;
    Rome, Italy; Geneva; not Athens, Greece, a mere five times Athens, Georgia)."""
    towns = [c for c in candidates if c.feature == "city" and c.main]
    if towns and towns[0].population >= CLEAR_POPULATION and all(
            c.population * _FAMOUS_RATIO <= towns[0].population for c in towns[1:]):
        return towns[0]
    return None


def dwarfed_alternate(c: Candidate, famous: Candidate | None) -> bool:
    """A town known by quite another name that the name reaches only as a former or alternate
    one, where a town ten times its size bears the name as its own ('Washington', once South
    River, New Jersey, beside the capital): the writer means the town of that name, whatever
    lies near the article's other places. A spelling of the town's own name stays a reading
    ('Hillsboro' for Hillsborough, New Hampshire, beside Hillsboro, Oregon)."""
    return famous is not None and c.feature == "city" and not c.main and \
        c.population * 10 <= famous.population and not _same_name(c.name, famous.name)


def only_readings_the_name_can_mean(r: Resolved, container: Containment | None) -> None:
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
    return holds_its_city(c, r)


def holds_its_city(c: Candidate, r: Resolved) -> bool:
    """A city of 100,000 that bears the division's name lies within 50 km of its point."""
    return any(o.feature == "city" and o.population >= CLEAR_POPULATION and
               distance_km(c.lat, c.lon, o.lat, o.lon) < _CITY_DIVISION_KM for o in r.candidates)


def _village_under_a_regions_name(c: Candidate, r: Resolved) -> bool:
    """'the Middle East' is the region, never Middle East, Maryland (1,872 people), however near
    the article's other places ("the Rafik Hariri Center for the Middle East in Washington");
    ranking only weighs this (_DEFINITE_TOWN), and the support of the capital outweighed it."""
    return r.definite and c.feature == "city" and c.population < CLEAR_POPULATION and \
        any(o.feature in COARSE_FEATURES for o in r.candidates)


def _town_under_an_oceans_name(c: Candidate, r: Resolved, container: Containment | None,
                               ) -> bool:
    """An ocean's or a sea's bare name (`sea_names`: 'the Pacific', 'Pacific nations',
    'the Arctic') is the water, which the gazetteer holds only under its full name: never a town
    or county of under 100,000 people that bears it (Pacific, Washington and Pacific, Missouri,
    7,000 people each; Pacific County), however near the article's other places. Such a town
    stays where the text makes the name local ("a Pacific man", "Pacific police"), places it
    ("Pacific, Mo."), files the story from it (a dateline) or says "County"."""
    if r.key not in sea_names() or c.population >= CLEAR_POPULATION:
        return False
    if c.feature in ADM2_FEATURES:
        return not r.division_word
    return c.feature == "city" and not (r.local_word or r.dateline or
                                        qualified_by_container(container))


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
    (`famous_town`: a local village's variant, 'Middletown' for Middlestown, Yorkshire, stays
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
        famous = famous_town(r.candidates)
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


def foreign_village_of_a_state(c: Candidate, candidates: tuple[Candidate, ...]) -> bool:
    """A village (under OBSCURE_POPULATION) named after another country's first-level division:
    'Texas' in a story about Mexico is the state, not Texas, Hidalgo (993 people), however
    Mexican the article; 'the beaches of Normandy' are not Normandy, Missouri. Only a division
    of _GREAT_DIVISION people (Hanover Parish, Jamaica, does not take the American Hanovers'
    villages away), and a village in the division's own country stays a reading ('Nevada',
    Missouri)."""
    return c.feature == "city" and c.population < OBSCURE_POPULATION and any(
        o.feature == "admin1" and o.main and o.country != c.country and
        o.population >= _GREAT_DIVISION and fold(o.name).lower() == fold(c.name).lower()
        for o in candidates)


def _same_name(a: str, b: str) -> bool:
    """Two spellings of one name: 'Hillsborough' and 'Hillsboro', not 'South River' and
    'Washington'."""
    return SequenceMatcher(None, fold(a).lower(), fold(b).lower()).ratio() >= _SAME_NAME_RATIO


@lru_cache(maxsize=1)
def sea_names() -> frozenset[str]:
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


def qualified_by_container(containment: Containment | None) -> bool:
    """A name the place that holds it follows ("Washington, D.C.", "Alexandria, La."): the text
    says which place this mention is."""
    return containment is not None and containment.after


# A town this small that lies this far from every other place the article names is more likely
# a name the gazetteer holds for something else ('Helmet' a racehorse, 'Washington Square' a
# park in New Orleans, 'Carnegie' a library; GeoWebNews dev) than the town meant. The reach is
# the ranking's own for nearness (place_support.NEARBY_KM); 10,000 people left two such
# 'Washington Square's (13,438) read in Pennsylvania
_LONE_TOWN_POPULATION = 20_000


def mark_lone_towns(resolved: list[Resolved], containments: list[Containment | None],
                    text: str) -> None:
    """Mark `lone_town` (to be left unresolved) a reading that is a town of under 20,000 people
    and lies over 300 km from every other place the article names by a point (a town, a county,
    a landmark), unless the text places it: a townsman's words ('a Helmet man'), a dateline, a
    container ('Visbek, Germany', 'Kafr Nabl in Idlib'), 'the town of', a feature word, a
    place the text puts in it, its first-level division named, or its country after it in a
    part of it ('Kempele, in central Finland'). An article that names no other such place
    ('Grand Ledge police') keeps its town."""
    points = [(r.key, r.best) for r in resolved
              if r.best is not None and r.best.feature not in LARGE_FEATURES]
    divisions = {(r.best.country, r.best.admin1) for r in resolved
                 if r.best is not None and r.best.feature == "admin1"}
    countries = [r for r in resolved if r.best is not None and r.best.feature == "country"]
    for r, containment in zip(resolved, containments):
        r.lone_town = _lone_town(r, containment, points, divisions) and \
            not _in_a_part_of_its_country(r, countries, text)


def _lone_town(r: Resolved, containment: Containment | None,
               points: list[tuple[str, Candidate]], divisions: set[tuple[str, str]]) -> bool:
    c = r.best
    if c is None or c.feature != "city" or c.population >= _LONE_TOWN_POPULATION:
        return False
    if r.local_word or r.dateline or r.mention.hint or r.kind_of == "town" or \
            r.holds_a_place or containment is not None or (c.country, c.admin1) in divisions:
        return False
    others = [o for key, o in points if key != r.key]
    return bool(others) and all(
        distance_km(c.lat, c.lon, o.lat, o.lon) > NEARBY_KM for o in others)


# 'Kempele, in central Finland', 'Tel Abyad in northern Syria': 'in' and a compass word or
# none between a town and the country after it; the container finder reads only a bare 'in'
_IN_A_PART_OF = re.compile(
    r",? in (?:the )?(?:(?:far|central|(?:north|south)(?:-?(?:east|west))?(?:ern)?|"
    r"(?:east|west)(?:ern)?) )*", re.IGNORECASE)


def _in_a_part_of_its_country(r: Resolved, countries: list[Resolved], text: str) -> bool:
    """The town's own country right after it, 'in' a part of it ('Kempele, in central
    Finland'): the writer has placed it, though no container is read. The country named
    elsewhere in the sentence or the article is no such sign: a word's far namesake is
    mostly an American village, and most of its stories name the United States ('U.S. Apache
    helicopters' is no Apache, Oklahoma)."""
    return any(other.best.country == r.best.country and other.mention.start > r.mention.end
               and _IN_A_PART_OF.fullmatch(text, r.mention.end, other.mention.start)
               for other in countries)
