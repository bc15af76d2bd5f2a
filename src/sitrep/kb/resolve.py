"""Which facility, actor or place a user's words name: "T4", "Tiyas", "the T4 airbase",
"Hmeimim", "sitrep:sy-tiyas", "hts", "Hay'at Tahrir al-Sham".

A subject is found by its id, its canonical name, any alias (the curated facility and actor
dictionaries, the gazetteer when it is built), any text the documents mention it by and, for
facilities, the place text; compared under the gazetteer's name keys (case, accents, the Arabic
article and the usual transliteration variants fold: "Khmeimim" = "Hmeimim") after dropping a
leading "the" and a feature word ("airbase", "air base", "port", "port of"). The best match
wins; the others are kept so that callers can say what else the words could have meant.

Tiers, best first: the id (100), the canonical name (90), an alias or a mention's text (80),
every word of the query inside a longer name (50, only when nothing matched better). Ties go to
the subject with more status rows / documents.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import lru_cache

from sitrep.data import read_table, split_multi
from sitrep.gazetteer.names import name_key as gazetteer_key
from sitrep.gazetteer.names import FEATURE_HINTS, split_feature
from sitrep.store import kb_queries as q

ID, NAME, ALIAS, WORDS = 100, 90, 80, 50
_LEADING = re.compile(r"^\s*(?:the\s+)?(?:(?:port|airport|air\s*base|base|harbou?r|naval base)"
                      r"\s+of\s+)?", re.IGNORECASE)


@dataclass(frozen=True)
class Match:
    kind: str  # facility, actor or place
    id: str
    name: str
    score: int
    weight: int = 0  # status rows, documents or mentions: breaks ties
    lat: float | None = None
    lon: float | None = None

    def label(self) -> str:
        return f"{self.name} ({self.kind} {self.id})" if self.name != self.id else \
            f"{self.id} ({self.kind})"


@dataclass
class Resolution:
    """What `query` resolved to: `best` (None when nothing matched) and the other matches."""

    query: str
    best: Match | None = None
    others: list[Match] = field(default_factory=list)

    @property
    def id(self) -> str | None:
        return self.best.id if self.best else None

    def note(self) -> str | None:
        """One line for the user when the words were not the id itself or were ambiguous."""
        if self.best is None:
            return None
        if not self.others and self.best.score == ID:
            return None
        text = f"{self.query!r} → {self.best.label()}"
        if self.others:
            shown = "; ".join(m.label() for m in self.others[:5])
            more = f" and {len(self.others) - 5} more" if len(self.others) > 5 else ""
            text += f"; also matched: {shown}{more}"
        return text

    def as_dict(self) -> dict:
        return {"query": self.query, "id": self.id, "name": self.best.name if self.best else None,
                "kind": self.best.kind if self.best else None,
                "others": [{"id": m.id, "name": m.name, "kind": m.kind} for m in self.others]}


def subject_key(text: str, strip_feature: bool = True) -> str:
    """The comparison key of a name: gazetteer name key without "the", and for facilities and
    places without the feature word ("T4 airbase" → "t4", "Port of Tartus" → "tartus")."""
    core = text.strip()
    if strip_feature:
        stripped = _LEADING.sub("", core)
        core = stripped if stripped.strip() else core
        core = split_feature(core)[0]
    return gazetteer_key(core)


def _words(key: str) -> set[str]:
    return set(key.split())


def _tier(query_key: str, query_raw: str, subject_id: str, names: dict[str, int],
          strip_feature: bool = True) -> int:
    """The best tier at which the query names a subject whose names are `names` (key → tier)."""
    if query_raw.strip().lower() == subject_id.lower():
        return ID
    full = subject_key(query_raw, False)
    best = max(names.get(query_key, 0), names.get(full, 0) + 1 if full != query_key else 0)
    if best or not query_key:
        return best
    words = _words(query_key)
    if any(words < _words(key) for key in names):
        return WORDS
    return 0


def _rank(matches: list[Match], query: str) -> Resolution:
    matches = sorted(matches, key=lambda m: (-m.score, -m.weight, m.id))
    seen: set[str] = set()
    matches = [m for m in matches if not (m.id in seen or seen.add(m.id))]  # one per id
    if not matches:
        return Resolution(query)
    top = matches[0].score
    others = [m for m in matches[1:] if m.score >= min(top, ALIAS)]
    return Resolution(query, matches[0], others)


# --- name sources --------------------------------------------------------------------------

@lru_cache(maxsize=1)
def curated_facility_names() -> dict[str, tuple[str, list[str]]]:
    """gazetteer id → (name, aliases) of the curated facilities (data/facilities.tsv)."""
    return {f"sitrep:{row['id']}": (row["name"], split_multi(row["aliases"]))
            for row in read_table("facilities.tsv")}


@lru_cache(maxsize=1)
def dictionary_aliases() -> dict[str, list[str]]:
    """actor id → the dictionary's name and aliases (data/actors.tsv)."""
    return {row["id"]: [row["name"], *split_multi(row["aliases"])]
            for row in read_table("actors.tsv")}


def _gazetteer_ids(key: str) -> set[str]:
    """Gazetteer ids indexed under `key`, when the gazetteer is built (never built here)."""
    from sitrep.gazetteer import Gazetteer, default_path

    if not key or not default_path().exists():
        return set()
    try:
        gazetteer = Gazetteer()
    except Exception:  # noqa: BLE001 - an unreadable gazetteer only loses aliases
        return set()
    try:
        return {c.id for c in gazetteer.lookup(key)}
    finally:
        gazetteer.close()


def _add(names: dict[str, int], text: str | None, tier: int, strip_feature: bool) -> None:
    """Register a name under its key, and (5 lower) under its key without a feature word."""
    if not text:
        return
    for key, at in ((subject_key(text, False), tier), (subject_key(text, strip_feature), tier - 5)):
        if key and names.get(key, 0) < at:
            names[key] = at


# --- resolvers -----------------------------------------------------------------------------

def resolve_facility(con, query: str) -> list[Match]:
    """Facilities with a status timeline that `query` names."""
    key = subject_key(query)
    gazetteer = _gazetteer_ids(key)
    matches = []
    for row in q.facility_subjects(con):
        names: dict[str, int] = {}
        curated = curated_facility_names().get(row["subject_id"])
        _add(names, row["subject_name"], NAME, True)
        if curated:
            _add(names, curated[0], NAME, True)
            for alias in curated[1]:
                _add(names, alias, ALIAS, True)
        for text in row["texts"] or []:
            _add(names, text, ALIAS, True)
        tier = _tier(key, query, row["subject_id"], names)
        if not tier and row["subject_id"] in gazetteer:
            tier = ALIAS
        if tier:
            matches.append(Match("facility", row["subject_id"], row["subject_name"], tier,
                                 row["statuses"]))
    return matches


def resolve_actor(con, query: str) -> list[Match]:
    """Canonical (cross-document) actors that `query` names."""
    key = subject_key(query, strip_feature=False)
    matches = []
    for row in q.actor_name_rows(con):
        names: dict[str, int] = {}
        _add(names, row["name"], NAME, False)
        for alias in dictionary_aliases().get(row["kb_actor_id"], []):
            _add(names, alias, ALIAS, False)
        for text in row["names"] or []:
            _add(names, text, ALIAS, False)
        tier = _tier(key, query, row["kb_actor_id"], names)
        if tier:
            matches.append(Match("actor", row["kb_actor_id"], row["name"], tier,
                                 row["documents"] or 0))
    return matches


def resolve_place(con, query: str) -> list[Match]:
    """Places (with coordinates) that `query` names: those the documents mention, else the
    gazetteer's entries under its key."""
    key = subject_key(query)
    hint = split_feature(_LEADING.sub("", query.strip()) or query)[1]
    matches = []
    for row in q.place_rows(con):
        names: dict[str, int] = {}
        _add(names, row["name"], NAME, True)
        for text in row["texts"] or []:
            _add(names, text, ALIAS, True)
        curated = curated_facility_names().get(row["gazetteer_id"])
        for alias in curated[1] if curated else []:
            _add(names, alias, ALIAS, True)
        tier = _tier(key, query, row["gazetteer_id"], names)
        if tier and hint:  # "Aleppo airport": the airport before the city
            tier += 3 if row["feature_type"] in FEATURE_HINTS.get(hint, ()) else -3
        if tier:
            # facilities and towns before provinces and countries of the same name
            coarse = row["feature_type"] in ("country", "admin1")
            matches.append(Match("place", row["gazetteer_id"], row["name"], tier,
                                 row["mentions"] - (10**6 if coarse else 0),
                                 row["lat"], row["lon"]))
    if not matches and key:
        matches = _gazetteer_places(key)
    return matches


def _gazetteer_places(key: str) -> list[Match]:
    from sitrep.gazetteer import Gazetteer, default_path

    if not default_path().exists():
        return []
    try:
        gazetteer = Gazetteer()
    except Exception:  # noqa: BLE001
        return []
    try:
        return [Match("place", c.id, c.name, ALIAS, (c.population or 0) // 1000, c.lat, c.lon)
                for c in gazetteer.lookup(key)[:10]]
    finally:
        gazetteer.close()


RESOLVERS = {"facility": resolve_facility, "actor": resolve_actor, "place": resolve_place}


def resolve(con, query: str, kinds: tuple[str, ...] = ("facility", "actor")) -> Resolution:
    """The subject `query` names among `kinds` (first kind wins ties), with the other
    matches."""
    matches: list[Match] = []
    for rank, kind in enumerate(kinds):
        for m in RESOLVERS[kind](con, query):
            # an earlier kind wins a tie at the same tier (a facility before an actor)
            matches.append(Match(m.kind, m.id, m.name, m.score, m.weight - rank * 10**7,
                                 m.lat, m.lon))
    return _rank(matches, query)
