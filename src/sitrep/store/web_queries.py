"""Read-only queries for the explorer (`sitrep serve`) over the per-document tables.

Every filter is a fixed SQL fragment with named parameters (`$actor`, `$since` …); user values
only ever travel as parameters. Lists are paginated (limit/offset) and return the total.

An event's place is the name its clause gives (`events.place`); its point is the first resolved
location of that name in the same document, as in the GeoJSON export. A "place id" is the
gazetteer id (`geonames:170654`, `facility:khmeimim`), stable across documents.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

import duckdb

MAX_LIMIT = 100_000  # a download of the whole selection; pages ask for far fewer


def _opening(d: str = "d") -> str:
    """A document's first characters when it has no title (a plain-text file): the explorer
    names it by its first line. NULL for titled documents, so rows stay small."""
    return (f"CASE WHEN {d}.title IS NULL OR trim({d}.title) = '' "
            f"THEN left(ltrim({d}.text), 160) END")

# A place name resolved to a point, once per (document, name): what an event's place points at.
_LOCATED = """
located AS (
  SELECT doc_id, text, name AS place_name, lat, lon, gazetteer_id AS place_id,
         feature_type, country AS place_country
  FROM (SELECT *, row_number() OVER (PARTITION BY doc_id, text ORDER BY span_start) AS n
        FROM places WHERE lat IS NOT NULL AND role = 'location')
  WHERE n = 1)"""

_EVENT_COLUMNS = """
coalesce(e.date_earliest, e.date_latest, d.published) AS date, e.date_value, e.date_earliest,
e.date_latest, e.date_source, d.published, e.doc_id, d.title, d.origin, d.source AS doc_source,
e.type, e.mode, e.cameo, e.polarity, e.modality, e.confidence,
e.source_actor, sa.name AS source_name, e.target_actor, ta.name AS target_name,
e.reported_by, ra.name AS reported_by_name, e.place, p.place_name, p.place_id, p.lat, p.lon,
p.feature_type, p.place_country, e.trigger_text, e.trigger_start, e.trigger_end,
e.span_start, e.span_end, e.text, """ + _opening() + " AS opening"

# Events with their document and located place: what filters and aggregates run on.
_EVENT_FROM = f"""
WITH {_LOCATED}
SELECT {{columns}}
FROM events e
JOIN documents d ON d.id = e.doc_id
LEFT JOIN located p ON p.doc_id = e.doc_id AND p.text = e.place
"""

# A page of events: filter, order and cut on the narrow rows first, then join the actor names
# for the page only (joining them for all 80k events of a large store costs ~10x more).
_EVENT_PAGE = f"""
WITH {_LOCATED},
hits AS (
  SELECT e.rowid AS row_id, coalesce(e.date_earliest, e.date_latest, d.published) AS date,
         e.doc_id, e.span_start, e.trigger_start, e.date_earliest, e.date_latest, d.published
  FROM events e
  JOIN documents d ON d.id = e.doc_id
  LEFT JOIN located p ON p.doc_id = e.doc_id AND p.text = e.place
  {{where}}ORDER BY {{order}} LIMIT $limit OFFSET $offset)
SELECT {_EVENT_COLUMNS}
FROM hits h
JOIN events e ON e.rowid = h.row_id
JOIN documents d ON d.id = e.doc_id
LEFT JOIN located p ON p.doc_id = e.doc_id AND p.text = e.place
LEFT JOIN actors sa ON sa.doc_id = e.doc_id AND sa.actor_id = e.source_actor
LEFT JOIN actors ta ON ta.doc_id = e.doc_id AND ta.actor_id = e.target_actor
LEFT JOIN actors ra ON ra.doc_id = e.doc_id AND ra.actor_id = e.reported_by
ORDER BY {{order}}
"""

_EVENT_ORDERS = {
    "date": "date NULLS LAST, e.doc_id, e.span_start, e.trigger_start",
    "-date": "coalesce(e.date_earliest, e.date_latest, d.published) DESC NULLS LAST, "
             "e.doc_id, e.span_start, e.trigger_start",
    "span": "e.doc_id, e.span_start, e.trigger_start",
}

# Great-circle distance in km between a row's (lat, lon) and ($lat, $lon).
_WITHIN_KM = ("2 * 6371 * asin(sqrt(pow(sin(radians({lat} - $lat) / 2), 2) + cos(radians($lat)) "
              "* cos(radians({lat})) * pow(sin(radians({lon} - $lon) / 2), 2))) <= $km")

# An event's place is its own (events.place) or, for a facility page, any resolved mention of
# it inside the event's clause: "moved … from the T4 airbase in Homs to Khmeimim airbase" is
# located in Homs but concerns Khmeimim too.
_IN_CLAUSE = """(p.place_id = $place OR e.rowid IN (
  SELECT named.rowid FROM places m JOIN events named ON named.doc_id = m.doc_id
    AND m.span_start >= named.span_start AND m.span_end <= named.span_end
  WHERE m.gazetteer_id = $place))"""


@dataclass(frozen=True)
class Filters:
    """What the explorer's filter bar and query string can say; every field is optional and
    they compose (AND). Dates overlap-filter an event's interval (else its publication date)."""

    actor: str | None = None          # an actor id: source or target of an event, speaker, mention
    types: tuple[str, ...] = ()       # PLOVER event types
    since: date | None = None
    until: date | None = None
    lat: float | None = None          # with lon and km: events/places within km of the point
    lon: float | None = None
    km: float | None = None
    source: str | None = None         # documents.source, exactly
    doc: str | None = None            # one document id
    place: str | None = None          # a gazetteer id: events located there
    place_in_clause: bool = False     # … or whose clause names it ("from T4 to Khmeimim")
    q: str | None = None              # case-insensitive substring of the evidence text
    kb_actor: bool = False            # `actor` is a canonical KB actor id: match the document
    #                                   actors that the knowledge base merged into it

    @property
    def near(self) -> bool:
        return None not in (self.lat, self.lon, self.km)


def event_conditions(f: Filters) -> tuple[list[str], dict]:
    where, params = [], {}
    if f.actor and f.kb_actor:
        where.append("EXISTS (SELECT 1 FROM kb_actor_members km WHERE km.doc_id = e.doc_id "
                     "AND km.actor_id IN (e.source_actor, e.target_actor) "
                     "AND km.kb_actor_id = $actor)")
        params["actor"] = f.actor
    elif f.actor:
        where.append("(e.source_actor = $actor OR e.target_actor = $actor)")
        params["actor"] = f.actor
    if f.types:
        where.append("list_contains($types, e.type)")
        params["types"] = [t.upper() for t in f.types]
    _date_conditions(f, where, params, "e.date_earliest", "e.date_latest")
    if f.near:
        where.append(_WITHIN_KM.format(lat="p.lat", lon="p.lon"))
        params.update(lat=f.lat, lon=f.lon, km=f.km)
    if f.place:
        where.append(_IN_CLAUSE if f.place_in_clause else "p.place_id = $place")
        params["place"] = f.place
    _document_conditions(f, where, params)
    if f.q:
        where.append("e.text ILIKE $q ESCAPE '\\'")
        params["q"] = _contains(f.q)
    return where, params


def _date_conditions(f: Filters, where: list, params: dict, earliest: str, latest: str) -> None:
    if f.since:
        where.append(f"coalesce({latest}, {earliest}, d.published) >= $since")
        params["since"] = f.since
    if f.until:
        where.append(f"coalesce({earliest}, {latest}, d.published) <= $until")
        params["until"] = f.until


def _document_conditions(f: Filters, where: list, params: dict) -> None:
    if f.source:
        where.append("d.source = $source")
        params["source"] = f.source
    if f.doc:
        where.append("d.id = $doc")
        params["doc"] = f.doc


def _contains(text: str) -> str:
    escaped = text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")
    return f"%{escaped}%"


def _where(conditions: list[str]) -> str:
    return f"WHERE {' AND '.join(conditions)}\n" if conditions else ""


def _page(limit: int, offset: int) -> tuple[int, int]:
    return max(0, min(int(limit), MAX_LIMIT)), max(0, int(offset))


class WebQueries:
    """The explorer's reads, on one DuckDB connection (a cursor per request thread)."""

    def __init__(self, con: duckdb.DuckDBPyConnection):
        self.con = con

    def _rows(self, sql: str, params: dict | list | None = None) -> list[dict]:
        cur = self.con.execute(sql, params or {})
        names = [c[0] for c in cur.description]
        return [dict(zip(names, row)) for row in cur.fetchall()]

    def _scalar(self, sql: str, params: dict | None = None):
        rows = self.con.execute(sql, params or {}).fetchall()
        return rows[0][0] if rows else None

    # --- the whole store -------------------------------------------------------------------

    def overview(self) -> dict:
        counts = {t: self._scalar(f"SELECT count(*) FROM {t}")
                  for t in ("documents", "events", "quotes", "places", "times", "mentions")}
        first, last = self.con.execute(
            "SELECT min(published), max(published) FROM documents").fetchall()[0]
        return {
            "counts": counts,
            "published": {"first": first, "last": last},
            "event_types": self._rows(
                "SELECT type, count(*) AS n FROM events GROUP BY 1 ORDER BY 2 DESC, 1"),
            "sources": self._rows(
                "SELECT source, count(*) AS n FROM documents WHERE source IS NOT NULL "
                "GROUP BY 1 ORDER BY 2 DESC, 1 LIMIT 200"),
        }

    # --- documents -------------------------------------------------------------------------

    def documents(self, f: Filters, limit: int = 50, offset: int = 0) -> tuple[list[dict], int]:
        """Documents, newest first. Event filters (type, radius) keep the documents that have
        a matching event; `actor` and `place` keep those that mention the actor or place."""
        where, params = [], {}
        _date_conditions(f, where, params, "d.published", "d.published")
        _document_conditions(f, where, params)
        if f.q:
            where.append("(d.title ILIKE $q ESCAPE '\\' OR d.text ILIKE $q ESCAPE '\\')")
            params["q"] = _contains(f.q)
        if f.actor and f.kb_actor:
            where.append("d.id IN (SELECT doc_id FROM kb_actor_members WHERE kb_actor_id = $actor)")
            params["actor"] = f.actor
        elif f.actor:
            where.append("d.id IN (SELECT doc_id FROM mentions WHERE actor_id = $actor)")
            params["actor"] = f.actor
        if f.place:
            where.append("d.id IN (SELECT doc_id FROM places WHERE gazetteer_id = $place)")
            params["place"] = f.place
        if f.types or f.near:
            event_where, event_params = event_conditions(
                Filters(types=f.types, lat=f.lat, lon=f.lon, km=f.km))
            inner = _EVENT_FROM.format(columns="DISTINCT e.doc_id") + _where(event_where)
            where.append(f"d.id IN ({inner})")
            params.update(event_params)
        total = self._scalar(f"SELECT count(*) FROM documents d {_where(where)}", params)
        limit, offset = _page(limit, offset)
        rows = self._rows(
            "SELECT d.id, d.title, d.origin, d.source, d.published, d.url, length(d.text) AS chars, "
            "left(d.text, 240) AS opening, "
            "(SELECT count(*) FROM events e WHERE e.doc_id = d.id) AS events, "
            "(SELECT count(*) FROM quotes q WHERE q.doc_id = d.id) AS quotes "
            f"FROM documents d {_where(where)}"
            "ORDER BY d.published DESC NULLS LAST, d.id LIMIT $limit OFFSET $offset",
            {**params, "limit": limit, "offset": offset})
        return rows, total

    def document(self, doc_id: str) -> dict | None:
        """One document with every layer, for the article view."""
        rows = self._rows("SELECT id, title, url, source, published, origin, text, "
                          "pipeline_version FROM documents WHERE id = $id", {"id": doc_id})
        if not rows:
            return None
        doc, p = rows[0], {"id": doc_id}
        doc["actors"] = self._rows(
            "SELECT actor_id, name, aliases, kind, country, role, affiliation, known "
            "FROM actors WHERE doc_id = $id ORDER BY span_start", p)
        doc["mentions"] = self._rows(
            "SELECT span_start, span_end, text, label, actor_id, role FROM mentions "
            "WHERE doc_id = $id ORDER BY span_start, span_end", p)
        doc["quotes"] = self._rows(
            "SELECT q.span_start, q.span_end, q.text, q.kind, q.cue_start, q.cue_end, q.cue_text, "
            "q.speaker_start, q.speaker_end, q.speaker_text, q.speaker_actor, "
            "a.name AS speaker_name, q.source_type, q.truncated FROM quotes q "
            "LEFT JOIN actors a ON a.doc_id = q.doc_id AND a.actor_id = q.speaker_actor "
            "WHERE q.doc_id = $id ORDER BY q.span_start", p)
        doc["events"] = self.events(Filters(doc=doc_id), limit=MAX_LIMIT, order="span")[0]
        doc["places"] = self._rows(
            "SELECT span_start, span_end, text, role, name, lat, lon, gazetteer_id, "
            "feature_type, country, admin1, confidence FROM places WHERE doc_id = $id "
            "ORDER BY span_start", p)
        doc["times"] = self._rows(
            "SELECT span_start, span_end, text, type, value, earliest, latest, mod FROM times "
            "WHERE doc_id = $id ORDER BY span_start", p)
        return doc

    # --- events, map, timeline -------------------------------------------------------------

    def events(self, f: Filters, limit: int = 50, offset: int = 0,
               order: str = "date") -> tuple[list[dict], int]:
        """Events matching `f`, oldest first; order="-date": newest first (by the start of
        their interval), "span": document order."""
        where, params = event_conditions(f)
        total = self._scalar(_EVENT_FROM.format(columns="count(*)") + _where(where), params)
        limit, offset = _page(limit, offset)
        order_by = _EVENT_ORDERS[order]
        rows = self._rows(_EVENT_PAGE.format(where=_where(where), order=order_by),
                          {**params, "limit": limit, "offset": offset})
        return rows, total

    def event_points(self, f: Filters, limit: int = 5000) -> list[dict]:
        """Located events matching `f`, grouped by place: one point per gazetteer id, with the
        number of events and documents and the commonest types. The map draws these."""
        where, params = event_conditions(f)
        where.append("p.place_id IS NOT NULL")
        sql = (_EVENT_FROM.format(columns=(
            "p.place_id, any_value(p.place_name) AS name, any_value(p.lat) AS lat, "
            "any_value(p.lon) AS lon, any_value(p.feature_type) AS feature_type, "
            "any_value(p.place_country) AS country, count(*) AS events, "
            "count(DISTINCT e.doc_id) AS documents, "
            "min(coalesce(e.date_earliest, d.published)) AS first, "
            "max(coalesce(e.date_latest, d.published)) AS last, "
            "list(DISTINCT e.type ORDER BY e.type) AS types"))
            + _where(where) + "GROUP BY p.place_id ORDER BY events DESC, p.place_id LIMIT $limit")
        return self._rows(sql, {**params, "limit": limit})

    def timeline(self, f: Filters, bucket: str) -> list[dict]:
        """Event counts per `bucket` (day, week, month or year) of the event's earliest date
        (else publication), with how many are dated by their text rather than publication."""
        if bucket not in ("day", "week", "month", "year"):
            raise ValueError(f"unknown bucket {bucket!r}")
        where, params = event_conditions(f)
        start = "coalesce(e.date_earliest, e.date_latest, d.published)"
        sql = (_EVENT_FROM.format(columns=(
            f"date_trunc('{bucket}', {start}) AS bucket, count(*) AS events, "
            "count(*) FILTER (WHERE e.date_source = 'text') AS dated_by_text"))
            + _where(where + [f"{start} IS NOT NULL"]) + "GROUP BY 1 ORDER BY 1")
        return self._rows(sql, params)

    def event_extent(self, f: Filters) -> tuple[date | None, date | None]:
        """The dates most events of the selection fall in: the 1st percentile of their
        starts to the 99th of their ends. A few misread dates ("1019", "P200Y") would
        otherwise stretch a timeline over centuries."""
        where, params = event_conditions(f)
        sql = _EVENT_FROM.format(columns=(
            "quantile_disc(coalesce(e.date_earliest, e.date_latest, d.published), 0.01), "
            "quantile_disc(coalesce(e.date_latest, e.date_earliest, d.published), 0.99)"
        )) + _where(where)
        return tuple(self.con.execute(sql, params).fetchall()[0])

    # --- quotes ----------------------------------------------------------------------------

    def quotes(self, f: Filters, limit: int = 50, offset: int = 0) -> tuple[list[dict], int]:
        """Quotes, oldest document first. `actor` is the speaker's actor id, or one member's
        of a group speaker ('Trump and Putin said' is Putin's quote too); `q` matches the
        quote or the speaker as written; dates are the publication date."""
        where, params = [], {}
        if f.actor and f.kb_actor:  # its own quotes and those of people affiliated with it
            where.append("EXISTS (SELECT 1 FROM kb_actor_members km JOIN kb_actors ka ON "
                         "ka.kb_actor_id = km.kb_actor_id WHERE km.doc_id = q.doc_id AND "
                         "(km.actor_id = q.speaker_actor OR list_contains(a.members, km.actor_id)) "
                         "AND (km.kb_actor_id = $actor OR ka.affiliation = $actor))")
            params["actor"] = f.actor
        elif f.actor:
            where.append("(q.speaker_actor = $actor OR list_contains(a.members, $actor))")
            params["actor"] = f.actor
        if f.q:
            where.append("(q.text ILIKE $q ESCAPE '\\' OR q.speaker_text ILIKE $q ESCAPE '\\')")
            params["q"] = _contains(f.q)
        _date_conditions(f, where, params, "d.published", "d.published")
        _document_conditions(f, where, params)
        base = ("FROM quotes q JOIN documents d ON d.id = q.doc_id "
                "LEFT JOIN actors a ON a.doc_id = q.doc_id AND a.actor_id = q.speaker_actor ")
        total = self._scalar(f"SELECT count(*) {base}{_where(where)}", params)
        limit, offset = _page(limit, offset)
        rows = self._rows(
            "SELECT d.published, q.doc_id, d.title, d.origin, d.source AS doc_source, q.span_start, "
            f"{_opening()} AS opening, "
            "q.span_end, q.text, q.kind, q.source_type, q.cue_text, q.speaker_text, "
            f"q.speaker_actor, a.name AS speaker_name, a.kind AS speaker_kind {base}"
            f"{_where(where)}ORDER BY d.published NULLS LAST, q.doc_id, q.span_start "
            "LIMIT $limit OFFSET $offset", {**params, "limit": limit, "offset": offset})
        return rows, total

    # --- actors and places across documents ------------------------------------------------

    def find_actors(self, text: str, limit: int = 20) -> list[dict]:
        """Actors whose id, name or an alias contains `text`, most documents first."""
        return self._rows(
            "SELECT actor_id, mode(name) AS name, mode(kind) AS kind, "
            "count(DISTINCT doc_id) AS documents FROM actors "
            "WHERE actor_id ILIKE $q ESCAPE '\\' OR name ILIKE $q ESCAPE '\\' "
            "OR len(list_filter(aliases, lambda x: x ILIKE $q ESCAPE '\\')) > 0 "
            "GROUP BY actor_id ORDER BY documents DESC, actor_id LIMIT $limit",
            {"q": _contains(text), "limit": limit})

    def actor(self, actor_id: str) -> dict | None:
        """An actor id across documents: the names and aliases it was given (with how many
        documents use each), kinds, countries, roles, and how often it is mentioned."""
        p = {"id": actor_id}
        row = self._rows(
            "SELECT count(DISTINCT a.doc_id) AS documents, mode(a.name) AS name, "
            "min(d.published) AS first, max(d.published) AS last "
            "FROM actors a JOIN documents d ON d.id = a.doc_id WHERE a.actor_id = $id", p)[0]
        if not row["documents"]:
            return None
        row["actor_id"] = actor_id
        row["names"] = self._rows(
            "SELECT name, count(DISTINCT doc_id) AS documents FROM "
            "(SELECT doc_id, name FROM actors WHERE actor_id = $id UNION ALL "
            " SELECT doc_id, unnest(aliases) FROM actors WHERE actor_id = $id) "
            "GROUP BY name ORDER BY documents DESC, name LIMIT 50", p)
        for column, key in (("kind", "kinds"), ("country", "countries"), ("role", "roles"),
                            ("affiliation", "affiliations")):
            row[key] = self._rows(
                f"SELECT {column} AS value, count(*) AS documents FROM actors "
                f"WHERE actor_id = $id AND {column} IS NOT NULL GROUP BY 1 ORDER BY 2 DESC, 1 "
                "LIMIT 20", p)
        row["mentions"] = self._scalar(
            "SELECT count(*) FROM mentions WHERE actor_id = $id", p)
        return row

    def find_places(self, text: str, limit: int = 20) -> list[dict]:
        """Resolved places whose name or written form contains `text`, most documents first."""
        return self._rows(
            "SELECT gazetteer_id AS place_id, mode(name) AS name, mode(feature_type) AS "
            "feature_type, mode(country) AS country, count(DISTINCT doc_id) AS documents "
            "FROM places WHERE gazetteer_id IS NOT NULL AND "
            "(name ILIKE $q ESCAPE '\\' OR text ILIKE $q ESCAPE '\\') "
            "GROUP BY 1 ORDER BY documents DESC, 1 LIMIT $limit",
            {"q": _contains(text), "limit": limit})

    def place(self, place_id: str) -> dict | None:
        """A gazetteer entry across documents: where it is, how the articles wrote it."""
        p = {"id": place_id}
        rows = self._rows(
            "SELECT gazetteer_id AS place_id, mode(name) AS name, any_value(lat) AS lat, "
            "any_value(lon) AS lon, mode(feature_type) AS feature_type, mode(country) AS country,"
            " mode(admin1) AS admin1, count(*) AS mentions, count(DISTINCT doc_id) AS documents "
            "FROM places WHERE gazetteer_id = $id GROUP BY 1", p)
        if not rows:
            return None
        place = rows[0]
        place["written"] = self._rows(
            "SELECT text, count(*) AS mentions FROM places WHERE gazetteer_id = $id "
            "GROUP BY 1 ORDER BY 2 DESC, 1 LIMIT 30", p)
        place["roles"] = self._rows(
            "SELECT role, count(*) AS mentions FROM places WHERE gazetteer_id = $id "
            "GROUP BY 1 ORDER BY 2 DESC", p)
        return place
