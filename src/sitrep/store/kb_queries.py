"""Read queries on the knowledge base's views (v_events, v_actors, v_quotes, v_contradictions,
v_timeline, v_event_sources). Filters are fixed SQL fragments; user values only travel as
parameters. Each function returns a DuckDB relation: `.df()` for pandas, `.fetchall()` for rows.
"""

from __future__ import annotations

import re
from datetime import date

import duckdb

from sitrep.store.duckdb_store import _escape_like

FACILITY_TYPES = ("airbase", "port", "naval_base", "airport", "military_base")

# The canonical actors a user's word names: an id exactly, else a name or alias, any case.
_ACTOR_IDS = """(SELECT kb_actor_id FROM kb_actors WHERE kb_actor_id = $actor
    OR lower(name) = lower($actor)
    UNION SELECT kb_actor_id FROM kb_actor_members WHERE lower(name) = lower($actor))"""
# A v_quotes row `q` whose speaker is a group ('Trump and Putin said': a per-document actor
# whose members the KB merged like any actor) with a member among {actor_ids}, or affiliated
# with one: the group's claim is each member's too.
GROUP_QUOTE_OF = """EXISTS (SELECT 1 FROM quotes gq
    JOIN actors g ON g.doc_id = gq.doc_id AND g.actor_id = gq.speaker_actor
    JOIN kb_actor_members gm ON gm.doc_id = g.doc_id AND list_contains(g.members, gm.actor_id)
    JOIN kb_actors ga ON ga.kb_actor_id = gm.kb_actor_id
    WHERE len(g.members) > 0 AND gq.doc_id = q.doc_id AND gq.span_start = q.span_start
      AND gq.span_end = q.span_end
      AND (gm.kb_actor_id IN {actor_ids} OR ga.affiliation IN {actor_ids}))"""
_DISTANCE_KM = """2 * 6371 * asin(sqrt(pow(sin(radians(lat - $lat) / 2), 2)
    + cos(radians($lat)) * cos(radians(lat)) * pow(sin(radians(lon - $lon) / 2), 2)))"""


def actor_ids(con: duckdb.DuckDBPyConnection, actor: str) -> list[str]:
    return [r[0] for r in con.execute(_ACTOR_IDS, {"actor": actor}).fetchall()]


def actor_names(con: duckdb.DuckDBPyConnection, ids: list[str]) -> list[str]:
    if not ids:
        return []
    marks = ", ".join("?" for _ in ids)
    return sorted({r[0] for r in con.execute(
        f"SELECT name FROM kb_actors WHERE kb_actor_id IN ({marks}) UNION "
        f"SELECT name FROM kb_actor_members WHERE kb_actor_id IN ({marks})", ids + ids
    ).fetchall()}, key=len, reverse=True)


def place_point(con: duckdb.DuckDBPyConnection, place: str) -> tuple[float, float, str] | None:
    """Coordinates of a place the store has resolved, by gazetteer name or text as written;
    facilities and cities before countries."""
    rows = con.execute(
        "SELECT lat, lon, name FROM places WHERE lat IS NOT NULL AND role = 'location' "
        "AND (lower(name) = lower($p) OR lower(text) = lower($p) OR gazetteer_id = $p) "
        "GROUP BY ALL ORDER BY any_value(feature_type IN ('country', 'admin1')), count(*) DESC "
        "LIMIT 1", {"p": place}).fetchall()
    return rows[0] if rows else None


def events(con, event_type: str | None = None, actor: str | None = None,
           since: date | None = None, until: date | None = None,
           near: tuple[float, float] | None = None, km: float = 50.0,
           min_documents: int = 1, limit: int | None = None) -> duckdb.DuckDBPyRelation:
    where, params = ["independent_documents >= $min_documents"], {"min_documents": min_documents}
    columns = "*"
    if event_type:
        where.append("type = $type")
        params["type"] = event_type.upper()
    if actor:
        where.append(f"(source_actor IN {_ACTOR_IDS} OR target_actor IN {_ACTOR_IDS})")
        params["actor"] = actor
    if since:
        where.append("date_latest >= $since")
        params["since"] = since
    if until:
        where.append("date_earliest <= $until")
        params["until"] = until
    if near:
        columns = f"*, round({_DISTANCE_KM}, 1) AS km"
        where.append(f"lat IS NOT NULL AND {_DISTANCE_KM} <= $km")
        params.update(lat=near[0], lon=near[1], km=km)
    sql = (f"SELECT {columns} FROM v_events WHERE {' AND '.join(where)} "
           "ORDER BY date_earliest NULLS LAST, kb_event_id")
    return con.sql(_limited(sql, limit, params), params=params)


def event_sources(con, kb_event_id: str) -> duckdb.DuckDBPyRelation:
    return con.sql("SELECT * FROM v_event_sources WHERE kb_event_id = $id "
                   "ORDER BY published NULLS LAST, doc_id, span_start", params={"id": kb_event_id})


def actors(con, name: str | None = None, kind: str | None = None,
           limit: int | None = None) -> duckdb.DuckDBPyRelation:
    where, params = ["scope = 'global'"], {}
    if name:
        where.append("(kb_actor_id = $name OR name ILIKE $like ESCAPE '\\' OR "
                     "len(list_filter(names, lambda n: n ILIKE $like ESCAPE '\\')) > 0)")
        params.update(name=name, like=f"%{_escape_like(name)}%")
    if kind:
        where.append("kind = $kind")
        params["kind"] = kind
    sql = (f"SELECT * FROM v_actors WHERE {' AND '.join(where)} "
           "ORDER BY documents DESC, kb_actor_id")
    return con.sql(_limited(sql, limit, params), params=params)


def actor_by_id(con, kb_actor_id: str) -> duckdb.DuckDBPyRelation:
    """One canonical actor's v_actors row."""
    return con.sql("SELECT * FROM v_actors WHERE kb_actor_id = $id", params={"id": kb_actor_id})


def quotes(con, about: list[str] | None = None, speaker: str | None = None,
           limit: int | None = None) -> duckdb.DuckDBPyRelation:
    """Quotes whose text names any of `about` (whole words, any case) and/or whose speaker is
    the canonical actor `speaker` (or a speaker span containing it, or a group speaker with it
    among its members)."""
    where, params = [], {}
    if about:
        # acronyms ("IS", "HTS") match in their case only: "is" is not the Islamic State
        exact = [a for a in about if _is_acronym(a)]
        folded = [a for a in about if not _is_acronym(a)]
        found = []
        if folded:
            found.append("regexp_matches(text, $pattern, 'i')")
            params["pattern"] = r"\b(?:" + "|".join(re.escape(a) for a in folded) + r")\b"
        if exact:
            found.append("regexp_matches(text, $exact_pattern)")
            params["exact_pattern"] = r"\b(?:" + "|".join(re.escape(a) for a in exact) + r")\b"
        where.append(f"({' OR '.join(found)})")
    if speaker:
        where.append(f"(speaker IN {_ACTOR_IDS} OR speaker_affiliation IN {_ACTOR_IDS} "
                     "OR speaker_text ILIKE $speaker_like ESCAPE '\\' "
                     f"OR {GROUP_QUOTE_OF.format(actor_ids=_ACTOR_IDS)})")
        params.update(actor=speaker, speaker_like=f"%{_escape_like(speaker)}%")
    sql = "SELECT * FROM v_quotes q" + (f" WHERE {' AND '.join(where)}" if where else "") + \
        " ORDER BY published NULLS LAST, doc_id, span_start"
    return con.sql(_limited(sql, limit, params), params=params)


def _is_acronym(name: str) -> bool:
    letters = name.replace("-", "").replace(".", "")
    return len(letters) <= 5 and letters.isupper()


def timeline(con, subject: str) -> duckdb.DuckDBPyRelation:
    """Status rows of a facility (gazetteer id, name or its text as written) or an actor."""
    sql = """SELECT * FROM v_timeline WHERE subject_id = $s OR lower(subject_name) = lower($s)
        OR subject_id IN (SELECT gazetteer_id FROM places WHERE lower(text) = lower($s)
                          AND gazetteer_id IS NOT NULL)
        OR subject_id IN """ + _ACTOR_IDS.replace("$actor", "$s") + """
        ORDER BY coalesce(date_latest, date_earliest, published), published, doc_id, span_start"""
    return con.sql(sql, params={"s": subject})


def timeline_of(con, subject_ids: list[str]) -> duckdb.DuckDBPyRelation:
    """Status rows of these subjects (ids as resolved by sitrep.kb.resolve), oldest first; an
    actor's subject_name is its canonical name."""
    return con.sql("SELECT t.* REPLACE (coalesce(a.name, t.subject_name) AS subject_name) "
                   "FROM v_timeline t LEFT JOIN kb_actors a ON t.subject_kind = 'actor' "
                   "AND a.kb_actor_id = t.subject_id WHERE list_contains($ids, t.subject_id) "
                   "ORDER BY coalesce(t.date_latest, t.date_earliest, t.published), t.published, "
                   "t.doc_id, t.span_start", params={"ids": list(subject_ids)})


# --- names for resolving a user's words (sitrep.kb.resolve) ---------------------------------

def _rows(con, sql: str, params: dict | None = None) -> list[dict]:
    cur = con.execute(sql, params or {})
    names = [c[0] for c in cur.description]
    return [dict(zip(names, row)) for row in cur.fetchall()]


def facility_subjects(con) -> list[dict]:
    """Facilities with a status row: id, name, status count and every text the documents
    name them by."""
    return _rows(con, """SELECT s.subject_id, any_value(s.subject_name) AS subject_name,
            count(*) AS statuses,
            (SELECT list(DISTINCT p.text) FROM places p WHERE p.gazetteer_id = s.subject_id)
                AS texts
        FROM kb_status s WHERE s.subject_kind = 'facility' GROUP BY s.subject_id""")


def actor_name_rows(con) -> list[dict]:
    """Canonical actors that merge across documents, with every name they were met under."""
    return _rows(con, "SELECT kb_actor_id, name, names, documents FROM v_actors "
                      "WHERE scope = 'global'")


def place_rows(con) -> list[dict]:
    """Resolved places the documents mention as locations: gazetteer id, name, the texts they
    are written as, point, feature and mention count."""
    return _rows(con, """SELECT gazetteer_id, any_value(name) AS name, list(DISTINCT text) AS texts,
            any_value(lat) AS lat, any_value(lon) AS lon, any_value(feature_type) AS feature_type,
            count(*) AS mentions
        FROM places WHERE lat IS NOT NULL AND role = 'location' AND gazetteer_id IS NOT NULL
        GROUP BY gazetteer_id""")


def place_texts(con, gazetteer_id: str) -> list[str]:
    """Every text the documents write one resolved place as ("T4 airbase", "Tiyas")."""
    return [r[0] for r in con.execute("SELECT DISTINCT text FROM places WHERE gazetteer_id = ?",
                                      [gazetteer_id]).fetchall()]


def facilities(con) -> duckdb.DuckDBPyRelation:
    return con.sql("SELECT subject_id, subject_name, count(*) AS statuses, "
                   "count(DISTINCT doc_id) AS documents, min(date_earliest) AS first, "
                   "max(date_latest) AS last FROM v_timeline WHERE subject_kind = 'facility' "
                   "GROUP BY ALL ORDER BY statuses DESC, subject_id")


def contradictions(con, event_type: str | None = None, kind: str | None = None,
                   limit: int | None = None) -> duckdb.DuckDBPyRelation:
    where, params = [], {}
    if event_type:
        where.append("type = $type")
        params["type"] = event_type.upper()
    if kind:
        where.append("kind = $kind")
        params["kind"] = kind
    sql = "SELECT * FROM v_contradictions" + (f" WHERE {' AND '.join(where)}" if where else "") \
        + " ORDER BY a_published NULLS LAST, kb_event_id"
    return con.sql(_limited(sql, limit, params), params=params)


def _limited(sql: str, limit: int | None, params: dict) -> str:
    if limit is None:
        return sql
    params["limit"] = limit
    return sql + " LIMIT $limit"
