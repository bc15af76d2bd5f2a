"""The support a reading of a place name gets from the readings of the article's other names:
places an article names lie near one another, and divisions named together lie in one country.
`place_ranking` adds it to each reading's score; the figures are sums over every reading, found
by latitude bands or cells of space so that an article listing hundreds of places stays cheap.
"""

from __future__ import annotations

import math
from bisect import bisect_left, bisect_right
from collections.abc import Iterator

from sitrep.gazetteer.index import Candidate, distance_km

# a large area: it lies near no other reading (a division has its siblings' support instead)
LARGE_FEATURES = frozenset({"country", "admin1", "region", "sea", "continent", "strait"})
# the reach within which a reading is near the article's places: the ranking's bonus for a
# reading near the article's centre, and the distance a small town must lie beyond from every
# other place to be read as alone (place_name_readings.mark_lone_towns)
NEARBY_KM = 300.0
# readings that say nothing of where the article's other places lie: a large area, and a
# landmark a story names for the office it houses ("at the White House" does not make
# "Damascus" the Maryland town near it)
LENDS_NO_SUPPORT = LARGE_FEATURES | {"landmark"}
_SUPPORT, _CLOSE_KM, _FAR_KM = 0.8, 30.0, 150.0
# A reading in the same first-level division as another name's lends it this much of its
# belief however far apart: a state paper's towns lie in its state, if not all within _FAR_KM
# ("Florence" and "Anderson" beside "Charleston" are South Carolina's, "Saratoga" beside
# "Hollywood" California's). 0.1 to 0.2 gained the same five LGL dev readings; 0.3 gained them
# and lost eight (a far county of the name, Madison County, Illinois, pulled "Richmond" out of
# Kentucky)
_SAME_DIVISION = 0.15
# Readings more than this many degrees of latitude apart are not close (over 330 km: past
# _FAR_KM); Support looks among readings within a slightly wider window.
_LATITUDE_REACH = 3
_LATITUDE_WINDOW = _LATITUDE_REACH + 0.5
# From this many readings on (an article that lists hundreds of places), Support looks among
# the readings in the cells of space around a reading's (`_Cells`), not in a band of latitude
# round the globe; below it the band is cheaper than the cells' look-ups.
_CELLS_FROM = 256
# another name read as a division of the same country: "Arkansas, California, Georgia, Idaho"
# are states, "Texas" beside "Kansas" and "Ohio" is no Mexican village (not for a name that is
# also a city dwarfing its namesakes: "Washington, D.C." beside "Alaska, Hawaii")
_SIBLING_DIVISION = 0.3


class Support:
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
        # have their bonus (`place_ranking._IN_DOC_ADMIN1`), and the readings there lend no
        # more than nearness ("COLUMBUS, Ohio" is no support for the village of Louisville,
        # Ohio)
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
        does not, and closeness otherwise, but at least _SAME_DIVISION for a reading in c's own
        first-level division. No term is below 0, so the terms that are 0 for
        certain (readings out of c's division, or over _LATITUDE_REACH away) are left out,
        and adding a name's 0 changes no sum."""
        if c.feature == "admin1":
            best = self._best_in_division.get((c.country, c.admin1), ())
            return _sum_in_order((n, p) for n, p in best if self._names[n] != key)
        if self._by_latitude is None:
            return _sum_in_order(self._at_least_in_division(c, key, {
                n: max((p * closeness(c, o) for p, o in self.readings[other]), default=0.0)
                for n, other in enumerate(self._names) if other != key}).items())
        if self._cells is not None and math.isfinite(c.lat) and math.isfinite(c.lon):
            near = self._cells.around(c)
        else:
            latitudes, readings = self._by_latitude
            # a window wider than _LATITUDE_REACH, so rounding cannot leave out a reading
            # closeness would weigh; closeness itself still decides every one inside it
            low = bisect_left(latitudes, c.lat - _LATITUDE_WINDOW)
            high = bisect_right(latitudes, c.lat + _LATITUDE_WINDOW, low)
            near = readings[low:high]
        # a name's best weight: a maximum, the same whichever order its readings come in
        best: dict[int, float] = {}
        for n, p, o in near:
            if self._names[n] != key:
                weight = p * closeness(c, o)
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
    the readings under _CELL from it in a straight line can be weighed above 0 by closeness,
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


def closeness(a: Candidate, b: Candidate) -> float:
    """1 within _CLOSE_KM, falling to 0 at _FAR_KM."""
    if abs(a.lat - b.lat) > _LATITUDE_REACH or a.id == b.id:
        return 0.0
    d = distance_km(a.lat, a.lon, b.lat, b.lon)
    if d <= _CLOSE_KM:
        return 1.0
    return max(0.0, (_FAR_KM - d) / (_FAR_KM - _CLOSE_KM))
