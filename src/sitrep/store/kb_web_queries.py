"""Read-only queries for the explorer (`sitrep serve`) over the knowledge base's tables and views
(issue 7): merged events, canonical actors, facility status and contradictions.

The same rules as `web_queries`: every filter is a fixed SQL fragment with named parameters,
user values only travel as parameters, lists are paginated and return the total.
"""

from __future__ import annotations

from datetime import date

import duckdb

from sitrep.store.kb_queries import GROUP_QUOTE_OF
from sitrep.store.web_queries import (_WITHIN_KM, Filters, WebQueries, _contains, _opening,
                                      _page, _where)


def has_knowledge_base(con: duckdb.DuckDBPyConnection) -> bool:
    """The store has the KB tables and the KB has taken in at least one document."""
    tables = {r[0] for r in con.execute(
        "SELECT table_name FROM information_schema.tables").fetchall()}
    if not {"kb_documents", "kb_events", "v_events"} <= tables:
        return False
    return bool(con.execute("SELECT count(*) FROM (SELECT 1 FROM kb_documents LIMIT 1)")
                .fetchall()[0][0])


# A KB event's row for lists, the map and downloads: v_events plus its trigger, a date for
# ordering (its interval's start, else the first publication) and the place's gazetteer id.
_KB_EVENT_FROM = """
FROM v_events v JOIN kb_events k ON k.kb_event_id = v.kb_event_id
"""
_KB_EVENT_COLUMNS = """
v.kb_event_id, coalesce(v.date_earliest, v.date_latest, v.first_published) AS date,
v.date_earliest, v.date_latest, 'merged' AS date_source, v.type, v.mode, v.modality,
v.source_actor, v.source_name, v.target_actor, v.target_name, v.place, v.place_name,
v.gazetteer_id AS place_id, v.feature_type, v.country AS place_country, v.lat, v.lon,
v.mentions, v.documents, v.independent_documents, v.outlets, v.first_published, v.denied,
(SELECT count(*) FROM kb_contradictions c WHERE c.kb_event_id = v.kb_event_id)
    AS contradictions,
k.trigger_text, v.text"""

_KB_ORDERS = {
    "date": "date NULLS LAST, v.kb_event_id",
    "-date": "date DESC NULLS LAST, v.kb_event_id",
    "sources": "v.independent_documents DESC, date NULLS LAST, v.kb_event_id",
}

# A KB event some mention of which lies in a document matching the fragment (on `d`, `m`).
_KB_MENTION_EXISTS = """v.kb_event_id IN (SELECT m.kb_event_id FROM kb_event_mentions m
    JOIN documents d ON d.id = m.doc_id WHERE {condition})"""

# … or whose mention clause names the place (a facility page: "from the T4 airbase in Homs").
_KB_IN_CLAUSE = """(v.gazetteer_id = $place OR v.kb_event_id IN (
  SELECT m.kb_event_id FROM places p JOIN kb_event_mentions m ON m.doc_id = p.doc_id
    AND p.span_start >= m.span_start AND p.span_end <= m.span_end
  WHERE p.gazetteer_id = $place){near})"""


# Great-circle distance in km between two aliased rows' (lat, lon).
_KM = ("2 * 6371 * asin(sqrt(pow(sin(radians({a}.lat - {b}.lat) / 2), 2) + cos(radians({b}.lat)) "
       "* cos(radians({a}.lat)) * pow(sin(radians({a}.lon - {b}.lon) / 2), 2)))")


def kb_event_conditions(f: Filters, near_km: float | None = None) -> tuple[list[str], dict]:
    """Filters on v_events (alias v). `actor` is a canonical actor id (the data layer resolves
    names first); `source`/`doc`/`since`/`until` on publication look at the event's mentions;
    with `place_in_clause`, `near_km` also takes events within that distance of the place."""
    where, params = [], {}
    if f.actor:
        where.append("(v.source_actor = $actor OR v.target_actor = $actor)")
        params["actor"] = f.actor
    if f.types:
        where.append("list_contains($types, v.type)")
        params["types"] = [t.upper() for t in f.types]
    if f.since:
        where.append("coalesce(v.date_latest, v.date_earliest, v.first_published) >= $since")
        params["since"] = f.since
    if f.until:
        where.append("coalesce(v.date_earliest, v.date_latest, v.first_published) <= $until")
        params["until"] = f.until
    if f.near:
        where.append(_WITHIN_KM.format(lat="v.lat", lon="v.lon"))
        params.update(lat=f.lat, lon=f.lon, km=f.km)
    if f.place:
        if f.place_in_clause:
            near = ""
            if near_km:
                near = (" OR v.kb_event_id IN (SELECT n.kb_event_id FROM kb_events n, (SELECT "
                        "any_value(lat) AS lat, any_value(lon) AS lon FROM places WHERE "
                        "gazetteer_id = $place AND lat IS NOT NULL) pl WHERE n.lat IS NOT NULL "
                        "AND " + _KM.format(a="n", b="pl") + " <= $place_km)")
                params["place_km"] = near_km
            where.append(_KB_IN_CLAUSE.format(near=near))
        else:
            where.append("v.gazetteer_id = $place")
        params["place"] = f.place
    if f.source:
        where.append(_KB_MENTION_EXISTS.format(condition="d.source = $source"))
        params["source"] = f.source
    if f.doc:
        where.append(_KB_MENTION_EXISTS.format(condition="d.id = $doc"))
        params["doc"] = f.doc
    if f.q:
        where.append("(v.text ILIKE $q ESCAPE '\\' OR "
                     + _KB_MENTION_EXISTS.format(condition="m.text ILIKE $q ESCAPE '\\'") + ")")
        params["q"] = _contains(f.q)
    return where, params


class KBWebQueries(WebQueries):
    """The explorer's reads on the knowledge base's tables and views (schema 6)."""

    def document(self, doc_id: str) -> dict | None:
        """The article view's document, plus `kb_actors`: each of its actor ids → the
        canonical actor the knowledge base merged it into (ids it did not take in are absent,
        so their links stay on the per-document actor page)."""
        doc = super().document(doc_id)
        if doc is not None:
            doc["kb_actors"] = {r["actor_id"]: r["kb_actor_id"] for r in self._rows(
                "SELECT actor_id, min(kb_actor_id) AS kb_actor_id FROM kb_actor_members "
                "WHERE doc_id = $id GROUP BY actor_id HAVING count(DISTINCT kb_actor_id) = 1",
                {"id": doc_id})}
        return doc

    # --- canonical actors ----------------------------------------------------------------

    def kb_overview(self) -> dict:
        row = self._rows(
            "SELECT (SELECT count(*) FROM kb_documents) AS documents, "
            "(SELECT count(*) FROM kb_documents WHERE duplicate_of IS NOT NULL) AS copies, "
            "(SELECT count(*) FROM kb_events) AS events, "
            "(SELECT count(*) FROM (SELECT kb_event_id FROM kb_event_mentions GROUP BY 1 "
            " HAVING count(DISTINCT doc_id) > 1)) AS multi_document_events, "
            "(SELECT count(*) FROM kb_actors WHERE scope = 'global') AS actors, "
            "(SELECT count(*) FROM kb_contradictions) AS contradictions, "
            "(SELECT count(*) FROM kb_status) AS statuses")[0]
        row["event_types"] = self._rows(
            "SELECT type, count(*) AS n FROM kb_events GROUP BY 1 ORDER BY 2 DESC, 1")
        return row

    def kb_find_actors(self, text: str, limit: int = 20) -> list[dict]:
        """Canonical actors (global scope) whose id, name or any name met contains `text`."""
        return self._rows(
            "SELECT kb_actor_id AS actor_id, name, kind, documents FROM v_actors "
            "WHERE scope = 'global' AND (kb_actor_id ILIKE $q ESCAPE '\\' OR name ILIKE $q "
            "ESCAPE '\\' OR len(list_filter(names, lambda n: n ILIKE $q ESCAPE '\\')) > 0) "
            "ORDER BY documents DESC, kb_actor_id LIMIT $limit",
            {"q": _contains(text), "limit": limit})

    def kb_actor_exists(self, kb_actor_id: str) -> bool:
        return bool(self._scalar("SELECT count(*) FROM kb_actors WHERE kb_actor_id = $id",
                                 {"id": kb_actor_id}))

    def kb_actor_ids_of_member(self, actor_id: str) -> list[str]:
        """The canonical actors a per-document actor id (as the article view links) became."""
        return [r["kb_actor_id"] for r in self._rows(
            "SELECT DISTINCT kb_actor_id FROM kb_actor_members WHERE actor_id = $id "
            "ORDER BY 1", {"id": actor_id})]

    def kb_actor(self, kb_actor_id: str) -> dict | None:
        """One canonical actor: its row, every name and alias the documents gave it (with how
        many documents use each), the descriptions and people affiliated with it."""
        p = {"id": kb_actor_id}
        rows = self._rows(
            "SELECT a.kb_actor_id, a.name, a.kind, a.country, a.known, a.scope, a.affiliation, "
            "af.name AS affiliation_name, a.role, count(DISTINCT m.doc_id) AS documents, "
            "min(d.published) AS first, max(d.published) AS last "
            "FROM kb_actors a LEFT JOIN kb_actors af ON af.kb_actor_id = a.affiliation "
            "LEFT JOIN kb_actor_members m ON m.kb_actor_id = a.kb_actor_id "
            "LEFT JOIN documents d ON d.id = m.doc_id "
            "WHERE a.kb_actor_id = $id GROUP BY ALL", p)
        if not rows:
            return None
        actor = rows[0]
        actor["names"] = self._rows(
            "SELECT name, count(DISTINCT doc_id) AS documents FROM ("
            " SELECT m.doc_id, m.name FROM kb_actor_members m WHERE m.kb_actor_id = $id"
            " UNION ALL SELECT m.doc_id, unnest(a.aliases) FROM kb_actor_members m"
            " JOIN actors a ON a.doc_id = m.doc_id AND a.actor_id = m.actor_id"
            " WHERE m.kb_actor_id = $id) GROUP BY name ORDER BY documents DESC, name LIMIT 60", p)
        actor["mentions"] = self._scalar(
            "SELECT count(*) FROM mentions x JOIN kb_actor_members m ON m.doc_id = x.doc_id "
            "AND m.actor_id = x.actor_id WHERE m.kb_actor_id = $id", p)
        actor["affiliated"] = self._rows(
            "SELECT a.kb_actor_id, a.name, a.kind, a.scope, count(DISTINCT m.doc_id) AS documents "
            "FROM kb_actors a LEFT JOIN kb_actor_members m ON m.kb_actor_id = a.kb_actor_id "
            "WHERE a.affiliation = $id GROUP BY ALL ORDER BY documents DESC, a.name LIMIT 40", p)
        return actor

    def kb_quotes(self, speaker: str | None = None, about_pattern: tuple[str, str] | None = None,
                  limit: int = 50, offset: int = 0) -> tuple[list[dict], int]:
        """Quotes by a canonical actor (its own, an affiliated speaker's or a group's it is a
        member of) and/or whose text
        matches `about_pattern` = (case-insensitive regex, case-sensitive regex) — built by the
        caller from every name of the subject (acronyms match in their case only), passed as
        parameters."""
        where, params = [], {}
        if speaker:
            where.append("(q.speaker = $speaker OR q.speaker_affiliation = $speaker OR "
                         f"{GROUP_QUOTE_OF.format(actor_ids='($speaker)')})")
            params["speaker"] = speaker
        if about_pattern:
            folded, exact = about_pattern
            found = []
            if folded:
                found.append("regexp_matches(q.text, $folded, 'i')")
                params["folded"] = folded
            if exact:
                found.append("regexp_matches(q.text, $exact)")
                params["exact"] = exact
            where.append(f"({' OR '.join(found) or 'false'})")
        # A quote that a syndicated copy repeats counts once (and is shown once, below).
        total = self._scalar(
            "SELECT count(*) FROM (SELECT DISTINCT coalesce(k.duplicate_of, q.doc_id), q.text, "
            "q.speaker_name FROM v_quotes q LEFT JOIN kb_documents k ON k.doc_id = q.doc_id "
            f"{_where(where)})", params)
        limit, offset = _page(limit, offset)
        rows = self._rows(
            "SELECT q.published, q.doc_id, q.title, d.origin, q.outlet AS doc_source, "
            f"{_opening()} AS opening, "
            "q.span_start, q.span_end, q.text, q.kind, q.source_type, q.speaker_text, "
            "coalesce(q.speaker, x.speaker_actor) AS speaker_actor, q.speaker_name, "
            "q.speaker_affiliation, af.name AS speaker_affiliation_name, x.cue_text, "
            "coalesce(k.duplicate_of, q.doc_id) AS root, k.duplicate_of IS NOT NULL AS is_copy "
            "FROM v_quotes q JOIN documents d ON d.id = q.doc_id "
            "JOIN quotes x ON x.doc_id = q.doc_id AND x.span_start = q.span_start "
            "LEFT JOIN kb_documents k ON k.doc_id = q.doc_id "
            "LEFT JOIN kb_actors af ON af.kb_actor_id = q.speaker_affiliation "
            f"{_where(where)}ORDER BY q.published NULLS LAST, q.doc_id, q.span_start "
            "LIMIT $limit OFFSET $offset", {**params, "limit": limit, "offset": offset})
        rows = _fold_copies(
            rows, key=lambda r: (r["root"], r["text"], r["speaker_name"]),
            copy_docs=lambda kept, r: [(r["doc_id"], r["doc_source"], r["span_start"],
                                        r["span_end"])],
            drop=("root", "is_copy"), rank=lambda r: r["is_copy"])
        return rows, total

    # --- merged events -------------------------------------------------------------------

    def kb_events(self, f: Filters, limit: int = 50, offset: int = 0, order: str = "date",
                  near_km: float | None = None) -> tuple[list[dict], int]:
        where, params = kb_event_conditions(f, near_km)
        total = self._scalar(f"SELECT count(*) {_KB_EVENT_FROM}{_where(where)}", params)
        limit, offset = _page(limit, offset)
        rows = self._rows(
            f"SELECT {_KB_EVENT_COLUMNS} {_KB_EVENT_FROM}{_where(where)}"
            f"ORDER BY {_KB_ORDERS[order]} LIMIT $limit OFFSET $offset",
            {**params, "limit": limit, "offset": offset})
        return rows, total

    def kb_event_points(self, f: Filters, limit: int = 5000) -> list[dict]:
        """One point per located merged event, most independent sources first."""
        where, params = kb_event_conditions(f)
        where.append("v.lat IS NOT NULL")
        return self._rows(
            "SELECT v.kb_event_id, v.gazetteer_id AS place_id, v.place_name AS name, v.lat, "
            "v.lon, v.feature_type, v.country, v.type, v.documents, v.independent_documents, "
            "coalesce(v.date_earliest, v.first_published) AS first, "
            f"coalesce(v.date_latest, v.first_published) AS last {_KB_EVENT_FROM}"
            f"{_where(where)}ORDER BY v.independent_documents DESC, v.kb_event_id LIMIT $limit",
            {**params, "limit": limit})

    def kb_timeline(self, f: Filters, bucket: str) -> list[dict]:
        if bucket not in ("day", "week", "month", "year"):
            raise ValueError(f"unknown bucket {bucket!r}")
        where, params = kb_event_conditions(f)
        start = "coalesce(v.date_earliest, v.date_latest, v.first_published)"
        return self._rows(
            f"SELECT date_trunc('{bucket}', {start}) AS bucket, count(*) AS events, "
            "count(*) FILTER (WHERE v.independent_documents > 1) AS corroborated "
            f"{_KB_EVENT_FROM}{_where(where + [f'{start} IS NOT NULL'])}GROUP BY 1 ORDER BY 1",
            params)

    def kb_event_extent(self, f: Filters) -> tuple[date | None, date | None]:
        where, params = kb_event_conditions(f)
        return tuple(self.con.execute(
            "SELECT quantile_disc(coalesce(v.date_earliest, v.date_latest, v.first_published), "
            "0.01), quantile_disc(coalesce(v.date_latest, v.date_earliest, v.first_published), "
            f"0.99) {_KB_EVENT_FROM}{_where(where)}", params).fetchall()[0])

    def kb_event(self, kb_event_id: str) -> dict | None:
        """One merged event with every mention (v_event_sources: article, outlet, date,
        evidence span, polarity, reported_by) and its contradictions."""
        p = {"id": kb_event_id}
        rows = self._rows(f"SELECT {_KB_EVENT_COLUMNS} {_KB_EVENT_FROM}"
                          "WHERE v.kb_event_id = $id", p)
        if not rows:
            return None
        event = rows[0]
        event["sources"] = self._rows(
            "SELECT s.doc_id, s.title, d.origin, s.outlet, s.published, s.url, s.duplicate_of, "
            f"{_opening()} AS opening, "
            "s.span_start, s.span_end, s.text, s.polarity, s.reported_by, s.reported_by_name, "
            "s.count_low, s.count_high, s.how, s.score "
            "FROM v_event_sources s JOIN documents d ON d.id = s.doc_id "
            "WHERE s.kb_event_id = $id ORDER BY s.published NULLS LAST, s.doc_id, s.span_start",
            p)
        event["contradictions"] = self.kb_contradictions([kb_event_id])
        event["statuses"] = self._rows(
            "SELECT subject_kind, subject_id, subject_name, status, date_earliest, date_latest "
            "FROM kb_status WHERE kb_event_id = $id GROUP BY ALL ORDER BY 1, 2, 4", p)
        return event

    # --- contradictions and status -------------------------------------------------------

    def kb_contradictions(self, kb_event_ids: list[str], limit: int = 100) -> list[dict]:
        """Contradictions on these events, each side with its outlet, date, title, speaker and
        the evidence span (start and end, for a link into the article view)."""
        if not kb_event_ids:
            return []
        rows = self._rows(
            "SELECT c.kb_event_id, e.type, e.text AS event_text, c.kind, "
            "c.a_claim, c.a_doc_id, c.a_span_start, ma.span_end AS a_span_end, c.a_text, "
            "da.title AS a_title, da.origin AS a_origin, da.source AS a_outlet, "
            f"{_opening('da')} AS a_opening, "
            "da.published AS a_published, c.a_reported_by, ra.name AS a_reported_by_name, "
            "c.b_claim, c.b_doc_id, c.b_span_start, mb.span_end AS b_span_end, c.b_text, "
            "db.title AS b_title, db.origin AS b_origin, db.source AS b_outlet, "
            f"{_opening('db')} AS b_opening, "
            "db.published AS b_published, c.b_reported_by, rb.name AS b_reported_by_name, "
            "coalesce(ka.duplicate_of, c.a_doc_id) AS a_root, "
            "coalesce(kb.duplicate_of, c.b_doc_id) AS b_root, "
            "(ka.duplicate_of IS NOT NULL)::INT + (kb.duplicate_of IS NOT NULL)::INT AS copy_sides "
            "FROM kb_contradictions c JOIN kb_events e ON e.kb_event_id = c.kb_event_id "
            "JOIN documents da ON da.id = c.a_doc_id JOIN documents db ON db.id = c.b_doc_id "
            "LEFT JOIN kb_documents ka ON ka.doc_id = c.a_doc_id "
            "LEFT JOIN kb_documents kb ON kb.doc_id = c.b_doc_id "
            "LEFT JOIN kb_actors ra ON ra.kb_actor_id = c.a_reported_by "
            "LEFT JOIN kb_actors rb ON rb.kb_actor_id = c.b_reported_by "
            "LEFT JOIN (SELECT kb_event_id, doc_id, span_start, max(span_end) AS span_end "
            "  FROM kb_event_mentions WHERE list_contains($ids, kb_event_id) GROUP BY ALL) ma "
            "  ON ma.kb_event_id = c.kb_event_id AND ma.doc_id = c.a_doc_id "
            "  AND ma.span_start = c.a_span_start "
            "LEFT JOIN (SELECT kb_event_id, doc_id, span_start, max(span_end) AS span_end "
            "  FROM kb_event_mentions WHERE list_contains($ids, kb_event_id) GROUP BY ALL) mb "
            "  ON mb.kb_event_id = c.kb_event_id AND mb.doc_id = c.b_doc_id "
            "  AND mb.span_start = c.b_span_start "
            "WHERE list_contains($ids, c.kb_event_id) "
            "ORDER BY copy_sides, da.published NULLS LAST, c.kb_event_id, c.a_span_start "
            "LIMIT $limit", {"ids": list(kb_event_ids), "limit": limit})
        side = lambda r, p: (r[p + "_root"], r[p + "_claim"], r[p + "_text"])  # noqa: E731
        kept = _fold_copies(
            rows, key=lambda r: (r["kb_event_id"], r["kind"], *sorted([side(r, "a"), side(r, "b")])),
            copy_docs=lambda kept, r: [(r[p + "_doc_id"], r[p + "_outlet"], r[p + "_span_start"],
                                        r[p + "_span_end"]) for p in "ab"
                                       if r[p + "_doc_id"] not in (kept["a_doc_id"], kept["b_doc_id"])],
            drop=("a_root", "b_root", "copy_sides"))
        return sorted(kept, key=lambda r: (r["a_published"] is None, r["a_published"] or 0,
                                           r["kb_event_id"], r["a_span_start"]))

    def kb_contradiction_events(self, f: Filters, near_km: float | None = None,
                                reported_by: str | None = None, limit: int = 200) -> list[str]:
        """The KB events matching `f` that have a contradiction (and, with `reported_by`, also
        those where that actor or one affiliated with it is a side's speaker)."""
        where, params = kb_event_conditions(f, near_km)
        where.append("v.kb_event_id IN (SELECT kb_event_id FROM kb_contradictions)")
        sql = f"SELECT v.kb_event_id {_KB_EVENT_FROM}{_where(where)}"
        if reported_by:
            sql += (" UNION SELECT c.kb_event_id FROM kb_contradictions c LEFT JOIN kb_actors a "
                    "ON a.kb_actor_id IN (c.a_reported_by, c.b_reported_by) WHERE "
                    "$by IN (c.a_reported_by, c.b_reported_by) OR a.affiliation = $by")
            params["by"] = reported_by
        return [r["kb_event_id"] for r in self._rows(
            f"SELECT kb_event_id FROM ({sql}) ORDER BY 1 LIMIT $limit", {**params, "limit": limit})]

    def kb_status(self, subject_ids: list[str]) -> list[dict]:
        """Status rows of facilities or actors, oldest first, each with who reported it, the
        outlet, the document and the evidence span."""
        rows = self._rows(
            "SELECT t.subject_kind, t.subject_id, coalesce(a.name, t.subject_name) AS subject_name, "
            "t.status, t.date_earliest, t.date_latest, t.kb_event_id, t.doc_id, d.title, "
            f"d.origin, {_opening()} AS opening, t.outlet, t.published, t.text, t.reported_by, "
            "t.reported_by_name, t.span_start, t.span_end, "
            "coalesce(k.duplicate_of, t.doc_id) AS root, k.duplicate_of IS NOT NULL AS is_copy "
            "FROM v_timeline t JOIN documents d ON d.id = t.doc_id "
            "LEFT JOIN kb_documents k ON k.doc_id = t.doc_id "
            "LEFT JOIN kb_actors a ON t.subject_kind = 'actor' AND a.kb_actor_id = t.subject_id "
            "WHERE list_contains($ids, t.subject_id) "
            "ORDER BY coalesce(t.date_latest, t.date_earliest, t.published), t.published, "
            "t.doc_id, t.span_start LIMIT 500", {"ids": list(subject_ids)})
        # a syndicated copy restates its original's statuses (dated from its own publication
        # day): one row, the original's, "also in N copies"
        return _fold_copies(
            rows, key=lambda r: (r["subject_id"], r["status"], r["kb_event_id"], r["root"],
                                 r["text"], r["reported_by_name"]),
            copy_docs=lambda kept, r: [(r["doc_id"], r["outlet"], r["span_start"], r["span_end"])],
            drop=("root", "is_copy"), rank=lambda r: r["is_copy"])


def _fold_copies(rows: list[dict], key, copy_docs, drop: tuple[str, ...] = (),
                 rank=None) -> list[dict]:
    """Rows that a document and its detected copies (kb_documents.duplicate_of) both carry,
    shown once: per `key`, the row of the original (lowest `rank`, else the first) stays, in
    its place, with `copies` (how many other rows it stands for) and `copy_docs` (each copy's
    doc_id, outlet and span, for a link)."""
    groups: dict = {}
    for index, row in enumerate(rows):
        groups.setdefault(key(row), []).append((index, row))
    kept = []
    for group in groups.values():
        index, best = min(group, key=lambda item: (rank(item[1]) if rank else 0, item[0]))
        others = [row for _, row in group if row is not best]
        best = {k: v for k, v in best.items() if k not in drop}
        seen, docs = {best.get("doc_id")}, []
        for row in others:
            for doc_id, outlet, start, end in copy_docs(best, row):
                if doc_id not in seen:
                    seen.add(doc_id)
                    docs.append({"doc_id": doc_id, "outlet": outlet, "span_start": start,
                                 "span_end": end})
        best.update(copies=len(others), copy_docs=docs)
        kept.append((index, best))
    return [row for _, row in sorted(kept, key=lambda item: item[0])]
