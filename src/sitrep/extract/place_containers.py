"""Where the text puts one place inside another: "Alexandria, La.", "the T4 airbase in Homs",
"Toronto's Pearson International Airport", "Cairo's Abbasiya neighbourhood".

The ranking prefers a name's readings that lie inside its container (`contained_in`). After the
ranking, a name the gazetteer lacks — a street, a building, a quarter: "Seoul's Jamsil Stadium",
"Harare's Third Street" — or knows only far from the town the text puts it in ("Toronto's
Pearson International Airport" is no Pearson, Georgia) takes that town's point
(`locate_in_containers`): it lies within the town, which is nearer the truth than a namesake
elsewhere or nothing. Pure functions over the ranked mentions.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from typing import TYPE_CHECKING

from sitrep.data import read_table
from sitrep.extract.place_words import place_words
from sitrep.gazetteer.index import Candidate, distance_km
from sitrep.gazetteer.names import fold

if TYPE_CHECKING:
    from sitrep.extract.place_ranking import Resolved

# the words between a name and the place after it that say the one lies in (or by) the other;
# ", " also separates the names of a list ("Lyon, Paris"), so it only locates a name with no
# reading of its own
_INSIDE_AFTER = frozenset({" in ", " in the ", ", in ", " near ", " outside "}) | frozenset(
    # "the Zeitoun neighbourhood of Gaza City", "the Kievsky district of Donetsk"
    f" {quarter} of " for quarter in place_words("quarter_word"))
_LIST_OR_INSIDE = frozenset({", "})
# "people in Paris, in Ankara": a name that is itself the object of "in" and is followed by
# ", in" opens a list of places, not a place inside the next one
_IN_BEFORE = re.compile(r"\bin (?:the )?$")
LIST_WORDS = frozenset({", ", " and ", ", and ", " or ", ", or "})
_MAX_LISTED = 4
# "Toronto's Pearson International Airport": the place before the possessive holds the one after
_POSSESSIVE = re.compile(r"(?:'s|’s|')$")
# what may stand between a name and the place its possessive holds: the possessive, unless the
# mention holds it, and one space
_OWN_POSSESSIVE = re.compile(r"(?:'s|’s|')? ")
_IN_TOWN_KM = 60.0
# a city this large, read by its own name, is no quarter of another town that a list names
_KNOWN_CITY = 100_000
_IN_DIVISION_KM = 100.0
# a name placed at its container's point is located to a town, not identified
_CONTAINER_CONFIDENCE = 0.3
# the readings a town the text names can overrule: a namesake town or county elsewhere (not a
# country or a province: "Canada in Toronto" is no such phrase; nor a facility found by its own
# name: "the T4 airbase in Homs" lies in Homs province, 85 km from the town)
_TOWN_FEATURES = frozenset({"city", "adm2"})


@dataclass(frozen=True)
class Containment:
    outer: Resolved
    explicit: bool  # " in ", "'s": the text says so; ", " may be a list
    after: bool  # the container follows the name ("Alexandria, La."), not before it
    listed: bool = False  # reached through a list the name opens ("Foua and Kfraya in Idlib")


def find_containers(resolved: list[Resolved], text: str) -> list[Containment | None]:
    """Per mention, the place the text puts it in, if any."""
    return [_container(i, resolved, text) for i in range(len(resolved))]


def _container(i: int, resolved: list[Resolved], text: str) -> Containment | None:
    r = resolved[i]
    after = _container_after(i, resolved, text)
    if after is not None:
        return after
    preceding = next((o for o in reversed(resolved[:i]) if o.mention.end <= r.mention.start),
                     None)
    if preceding is not None and preceding.mention.role != "demonym" and _possessive(
            text[preceding.mention.start:preceding.mention.end],
            text[preceding.mention.end:r.mention.start]):
        return Containment(preceding, True, False)
    return None


def _container_after(i: int, resolved: list[Resolved], text: str) -> Containment | None:
    """The place after 'X in ', 'X, ' ('Alexandria, La.'), or after the list X opens ('the
    villages of Foua and Kfraya in Idlib': both in Idlib)."""
    current, listed = resolved[i], None
    for hop, j in enumerate(j for j in range(i + 1, len(resolved))
                            if resolved[j].mention.start > resolved[i].mention.end):
        following = resolved[j]
        between = text[current.mention.end:following.mention.start].lower()
        if between in _INSIDE_AFTER and not _parallel_in(text, current, between):
            return Containment(following, True, True, listed=hop > 0)
        if hop == 0 and between in _LIST_OR_INSIDE and not _list_goes_on(resolved, j, text):
            listed = Containment(following, False, True)
        if between not in LIST_WORDS or hop >= _MAX_LISTED:
            break
        current = following
    return listed


def _parallel_in(text: str, current: Resolved, between: str) -> bool:
    """'suffering for people in Paris, in Ankara, and elsewhere': the second 'in' repeats the
    first, so Ankara is the list's next item, not Paris's town ("Sderot, in southern Israel"
    has no 'in' before it and stays a container)."""
    return between == ", in " and \
        _IN_BEFORE.search(text[:current.mention.start].lower()) is not None


def _list_goes_on(resolved: list[Resolved], j: int, text: str) -> bool:
    """The name after 'X, ' is an item of a list of single names, not X's state: the commas go
    on to a list word ("and", "or") and a last name that is no town qualified in turn ("stops in
    Washington, New York and Boston", "offices in Miami, West Palm Beach, New York, and
    Detroit", "ill in California, New Jersey, Texas and Illinois" are not Washington County,
    New York, a West Palm Beach in New York state or Califon, New Jersey). A container written
    short stays one ("Springfield, Ill., and St. Louis"), and so does one that pairs with the
    next ("Paris, Texas, and Paris, Tennessee")."""
    name = resolved[j].mention
    if name.text.endswith(".") or name.text.isupper():
        return False
    for hop in range(j, min(j + _MAX_LISTED, len(resolved) - 1)):
        between = text[resolved[hop].mention.end:resolved[hop + 1].mention.start].lower()
        if between in _LIST_OR_INSIDE:
            continue
        if between not in LIST_WORDS:
            return False
        last = resolved[hop + 1].mention
        after = resolved[hop + 2].mention if hop + 2 < len(resolved) else None
        return after is None or text[last.end:after.start] != ", "
    return False


def _possessive(name: str, between: str) -> bool:
    """'Toronto's ' (the mention may hold the possessive or stop before it): the possessive is
    the name's own, right after it, not another word's further on ("the Kansas City Royals ...
    NHL's Boston Bruins" puts Boston in no Kansas City)."""
    return _OWN_POSSESSIVE.fullmatch(between) is not None and \
        bool(_POSSESSIVE.search((name + between)[:-1]))


def contained_in(c: Candidate, outer: tuple[Candidate, ...]) -> float:
    """1 when some reading of the outer name is c's province or country, or a county or town
    around it; else 0."""
    for o in outer[:10]:
        if o.feature == "admin1" and o.country == c.country and o.admin1 == c.admin1:
            return 1.0
        if o.feature == "country" and o.country == c.country:
            return 1.0
        # "Florence, Boone County"
        if o.feature == "adm2" and o.country == c.country and o.admin1 == c.admin1 and \
                distance_km(c.lat, c.lon, o.lat, o.lon) < _IN_DIVISION_KM:
            return 1.0
        if o.feature == "city" and o.country == c.country and \
                distance_km(c.lat, c.lon, o.lat, o.lon) < _IN_TOWN_KM:
            return 1.0
    return 0.0


def locate_in_containers(resolved: list[Resolved],
                         containments: list[Containment | None]) -> None:
    """A name the text puts in a town, with no reading there, takes the town's point; so do its
    other mentions in the article (one name, one place) that the text puts in no town of their
    own: "the Russian Embassy in Kiev" and "the Russian Embassy in Cairo" are two buildings, a
    name the gazetteer lacks that many towns hold (an embassy, a city hall, a main street)."""
    towns = [_town_for(r, containment) for r, containment in zip(resolved, containments)]
    placed: dict[str, Candidate] = {}
    for r, town in zip(resolved, towns):
        if town is not None:
            placed.setdefault(r.key, town)
    for r, own, containment in zip(resolved, towns, containments):
        said_where = containment is not None and containment.explicit
        town = own if said_where else placed.get(r.key)
        if town is not None and r.mention.role != "demonym" and (
                r.best is None or r.best.feature in _TOWN_FEATURES
                and not contained_in(r.best, (town,))):
            r.best, r.runner_up, r.located_in = town, None, True


def _town_for(r: Resolved, containment: Containment | None) -> Candidate | None:
    if containment is None or r.mention.role == "demonym" or \
            head_kind(r.mention.text) == "natural":
        return None
    town = containment.outer.best
    if _division_after(containment) and _town_elsewhere(r, containment):
        return town
    # a town known by the name as written ("Louisville in OT" puts nothing in North Bend,
    # Oregon, which an airport code names)
    if town is None or town.feature != "city" or containment.outer.located_in or \
            not _known_by_that_name(town, containment.outer.mention.text):
        return None
    if r.best is None or _only_other_towns_other_names(r, town):
        return town
    if not containment.explicit:
        return town if containment.after and _lesser_foreign_town(r, town) else None
    if r.best.feature not in _TOWN_FEATURES:
        return None
    if containment.listed and _known_city(r.best):
        # "Raf Casert in Brussels and Danica Kirka in London": the 'in' of a list's last item
        # (here a reporter's name the NER took for a place) does not move a city known by its
        # own name into another; a village the gazetteer lacks still takes it ("Foua and
        # Kfraya in Idlib")
        return None
    # inside any reading of the container ("Homs" is also Homs province): no other place meant
    return None if contained_in(r.best, containment.outer.candidates) else town


def _lesser_foreign_town(r: Resolved, town: Candidate) -> bool:
    """'the New Zealand High Commission in Haymarket, London': a name a city qualifies after
    a comma, whose readings are all towns of other countries (Haymarket, New South Wales), none
    of them a city of 100,000: a quarter of the city the gazetteer lacks, not a namesake
    abroad. A known city stays itself ("Paris, London" is a list)."""
    return all(c.feature == "city" and c.country != town.country and not _known_city(c)
               for c in r.candidates)


def _known_city(c: Candidate) -> bool:
    return c.feature == "city" and c.main and c.population >= _KNOWN_CITY


def _known_by_that_name(town: Candidate, written: str) -> bool:
    """The container town is called so: its own name, or an other name that adds to it
    ('Gaza City' for Gaza); not a code that reaches a town ('OT' for North Bend, Oregon)."""
    return town.main or fold(town.name).split()[:1] == fold(written).split()[:1]


def _only_other_towns_other_names(r: Resolved, town: Candidate) -> bool:
    """Every reading of the name is another town's alternate name, far from the town the text
    puts it in: a quarter the gazetteer lacks ('Gulshan, Dhaka' is no Tabas, Iran, which
    GeoNames also calls Golshan; "Gaza City's Zeitoun district" no Żejtun, Malta). Such a
    reading is weak evidence; the town beside the name is strong. Not a city of 100,000 under
    an older spelling ('Teheran', 'Peking'): a list names it beside another ("the cities of
    Teheran, Kermanshah")."""
    return bool(r.candidates) and all(
        c.feature == "city" and not c.main and c.population < _KNOWN_CITY
        and not contained_in(c, (town,)) for c in r.candidates)


def _division_after(containment: Containment) -> bool:
    """'Holliday, Missouri', 'Wainwright, Alta.': a province or state right after the name."""
    outer = containment.outer.best
    return containment.after and outer is not None and outer.feature == "admin1" and \
        not containment.outer.located_in


def _town_elsewhere(r: Resolved, containment: Containment) -> bool:
    """The name's best reading is a town outside the division the text puts it in, and no
    reading lies inside it: a village the gazetteer lacks ("Holliday, Missouri" is no Holiday,
    Florida), which the division locates. Not a name that is itself a division or a country
    ("Virginia, Washington, West Virginia" is a list)."""
    if r.best is None or r.best.feature != "city" or r.mention.role == "demonym":
        return False
    if any(c.feature in {"admin1", "country"} for c in r.candidates):
        return False
    return not any(contained_in(c, (containment.outer.best,)) for c in r.candidates)


def head_kind(text: str) -> str | None:
    """'natural' for "the Gulf of Mexico", 'local' for "Third Street", else None: the kind the
    name's first generic word says ("Gulf", "Street"; data/place_head_words.tsv)."""
    kinds = _head_words()
    return next((kinds[w] for w in fold(text).split() if w in kinds), None)


@lru_cache(maxsize=1)
def _head_words() -> dict[str, str]:
    return {row["word"]: row["kind"] for row in read_table("place_head_words.tsv")}


def capped_confidence(value: float, r: Resolved) -> float:
    return min(value, _CONTAINER_CONFIDENCE) if r.located_in else value
