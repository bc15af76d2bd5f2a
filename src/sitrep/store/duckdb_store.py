"""DuckDB store: versioned schema, atomic writes (one document with `write`, a batch with
`write_many`), parameterised queries only.

Writes are idempotent: a document is keyed by its content hash, so re-ingesting the same text is
a no-op, and a document extracted by an older pipeline version is re-extracted in place.
"""

from __future__ import annotations

import enum
import os
import re
from collections.abc import Iterator
from contextlib import contextmanager
from datetime import date, datetime, timezone
from importlib import resources
from pathlib import Path

import duckdb
import pyarrow as pa

from sitrep.errors import SitrepError, StoreBusy
from sitrep.records import Event, Extraction, Place, Quote, TimeExpr

DEFAULT_DB = "sitrep.duckdb"
EXTRACTION_TABLES = ("actors", "mentions", "quotes", "events", "places", "times")
TABLES = ("documents", *EXTRACTION_TABLES)
_TABLE_ORDER = {
    "documents": "published NULLS LAST, id",
    "actors": "doc_id, span_start, actor_id",
    "mentions": "doc_id, span_start, span_end",
    "quotes": "doc_id, span_start, span_end",
    "events": "doc_id, span_start, trigger_start",
    "times": "doc_id, span_start, span_end",
    "places": "doc_id, span_start",
}

# Store.quotes: each filter is a fixed SQL fragment with its own parameters; user values only
# ever travel as parameters. A speaker matches on the resolved actor's name or any alias, on
# the speaker span as written ("a senior HTS official" has no actor), or, for a group speaker
# ("Trump and Putin said"), on any member's name or alias: "Vladimir Putin" finds the group's
# quotes, and so does "Trump" when the text said "he and Putin".
_QUOTES_SELECT = """
SELECT d.published, q.doc_id, d.title, d.url,
       q.span_start, q.span_end, q.text, q.kind, q.source_type, q.truncated,
       q.cue_text, q.speaker_text, q.speaker_actor,
       a.name AS speaker_name, a.kind AS speaker_kind, a.role AS speaker_role,
       a.affiliation AS speaker_affiliation
FROM quotes q
JOIN documents d ON d.id = q.doc_id
LEFT JOIN actors a ON a.doc_id = q.doc_id AND a.actor_id = q.speaker_actor
"""
# With a speaker: per document, the actors whose name or an alias matches it, found in one
# pass over the actors. A quote matches when its speaker is one of them or a group with one
# among its members; one list lookup per quote, not a second join of the actors per group.
_SPEAKER_JOIN = """LEFT JOIN (
    SELECT doc_id, list(actor_id) AS actor_ids FROM actors
    WHERE name ILIKE $speaker ESCAPE '\\'
       OR len(list_filter(aliases, lambda alias: alias ILIKE $speaker ESCAPE '\\')) > 0
    GROUP BY doc_id) named ON named.doc_id = q.doc_id
"""
_SPEAKER_FILTER = (
    "(list_contains(named.actor_ids, q.speaker_actor) "
    "OR list_has_any(a.members, named.actor_ids) "
    "OR q.speaker_text ILIKE $speaker ESCAPE '\\')"
)
_QUOTES_ORDER = "ORDER BY d.published NULLS LAST, q.doc_id, q.span_start LIMIT $limit"


# DuckDB's message when another process holds the file: "Could not set lock on file "…":
# Conflicting lock is held in /usr/bin/python3 (PID 1234)".
_LOCK_HELD = re.compile(r"Could not set lock on file|Conflicting lock is held")
_LOCK_PID = re.compile(r"\(PID (\d+)\)")


def default_db_path() -> str:
    return os.environ.get("SITREP_DB") or DEFAULT_DB


class WriteOutcome(enum.Enum):
    ADDED = "added"
    UNCHANGED = "unchanged"
    UPDATED = "updated"  # same text, newer pipeline version: extractions replaced


def _migrations() -> list[tuple[int, str]]:
    folder = resources.files("sitrep.store").joinpath("migrations")
    found = []
    for entry in folder.iterdir():
        if entry.name.endswith(".sql"):
            found.append((int(entry.name.split("_", 1)[0]), entry.read_text(encoding="utf-8")))
    return sorted(found)


SCHEMA_VERSION = max(number for number, _ in _migrations())


class Store:
    """A sitrep store file. Use as a context manager, or call `close()`."""

    def __init__(self, path: str | Path | None = None, read_only: bool = False):
        self.path = str(path or default_db_path())
        self._columns: dict[str, list[str]] = {}
        if read_only and not Path(self.path).exists():
            raise SitrepError(f"{self.path}: no such store (run `sitrep ingest` first)")
        try:
            self.con = duckdb.connect(self.path, read_only=read_only)
        except duckdb.Error as exc:
            if _LOCK_HELD.search(str(exc)):
                raise StoreBusy(self.path, _lock_holder(str(exc))) from exc
            raise SitrepError(f"{self.path}: cannot open store ({_first_line(exc)})") from exc
        if not read_only:
            self._migrate()
        elif self.schema_version() != SCHEMA_VERSION:
            raise SitrepError(
                f"{self.path}: store schema {self.schema_version()} but this sitrep reads "
                f"{SCHEMA_VERSION}; open it once for writing (sitrep ingest) to migrate")

    def __enter__(self) -> Store:
        return self

    def __exit__(self, *exc) -> None:
        self.close()

    def close(self) -> None:
        self.con.close()

    @contextmanager
    def memory_bounded(self, megabytes: int) -> Iterator[None]:
        """Within the block DuckDB holds at most `megabytes` (spilling to a temporary file
        beside the store if an operation needs more), then its default (80 % of RAM) again.
        Left at the default, a long ingest's writes keep the blocks they touched cached and
        the process grows with the store (+100 MB from 1k to 8k documents, where 128 MB
        kept it flat). A store in memory is nothing but such blocks: left unbounded."""
        if self.path == ":memory:":
            yield
            return
        self.con.execute(f"SET memory_limit = '{int(megabytes)}MB'")
        try:
            yield
        finally:
            self.con.execute("RESET memory_limit")

    def _one(self, sql: str, params: list | None = None) -> tuple | None:
        """The first row of a query, with the result fully consumed (DuckDB 2 refuses new
        statements on a connection whose last result still has rows pending)."""
        rows = self.con.execute(sql, params or []).fetchall()
        return rows[0] if rows else None

    # --- schema ------------------------------------------------------------------------

    def schema_version(self) -> int:
        exists = self._one(
            "SELECT count(*) FROM information_schema.tables WHERE table_name = 'meta'"
        )[0]
        if not exists:
            return 0
        row = self._one("SELECT value FROM meta WHERE key = 'schema_version'")
        return int(row[0]) if row else 0

    def _migrate(self) -> None:
        """Apply every migration newer than the store, each in its own transaction."""
        self.con.execute("CREATE TABLE IF NOT EXISTS meta (key VARCHAR PRIMARY KEY, value VARCHAR)")
        self.con.execute("INSERT INTO meta SELECT 'schema_version', '0' WHERE NOT EXISTS "
                         "(SELECT 1 FROM meta WHERE key = 'schema_version')")
        current = self.schema_version()
        for number, sql in _migrations():
            if number <= current:
                continue
            self.con.begin()
            try:
                self.con.execute(sql)
                self.con.execute(
                    "UPDATE meta SET value = ? WHERE key = 'schema_version'", [str(number)])
                self.con.commit()
            except BaseException:
                self.con.rollback()
                raise

    # --- writes ------------------------------------------------------------------------

    def stored_version(self, doc_id: str) -> str | None:
        row = self._one(
            "SELECT pipeline_version FROM documents WHERE id = ?", [doc_id])
        return row[0] if row else None

    def write(self, extraction: Extraction) -> WriteOutcome:
        """Store one document and all its extractions atomically."""
        document = extraction.document
        stored = self.stored_version(document.id)
        if stored == extraction.pipeline_version:
            return WriteOutcome.UNCHANGED
        self.con.begin()
        try:
            if stored is None:
                self._insert_document(extraction)
            else:
                for table in EXTRACTION_TABLES:
                    self.con.execute(f"DELETE FROM {table} WHERE doc_id = ?", [document.id])
                self.con.execute(
                    "UPDATE documents SET pipeline_version = ?, ingested_at = ? WHERE id = ?",
                    [extraction.pipeline_version, _now(), document.id])
            self._insert_layers(extraction)
            self.con.commit()
        except BaseException:  # Ctrl-C included: never leave a document half-written
            self.con.rollback()
            raise
        return WriteOutcome.ADDED if stored is None else WriteOutcome.UPDATED

    def _insert_document(self, extraction: Extraction) -> None:
        self.con.execute("INSERT INTO documents VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
                         list(document_row(extraction, _now())))

    def _insert_layers(self, extraction: Extraction) -> None:
        for table, rows in layer_rows(extraction).items():
            self._insert_rows(table, rows)

    def write_many(self, extractions: list[Extraction]) -> list[WriteOutcome]:
        """Store a batch of documents in one transaction: every one of them or, on any error
        (Ctrl-C included), none. Per document the outcome is what `write` would say; a document
        id repeated within the batch is written once (the later copies are UNCHANGED). One
        bulk insert per table instead of one per document and table: several times faster."""
        stored = self._stored_versions([e.document.id for e in extractions])
        outcomes, todo, seen = [], [], set()
        for extraction in extractions:
            doc_id = extraction.document.id
            if doc_id in seen or stored.get(doc_id) == extraction.pipeline_version:
                outcomes.append(WriteOutcome.UNCHANGED)
                continue
            seen.add(doc_id)
            todo.append(extraction)
            outcomes.append(WriteOutcome.UPDATED if doc_id in stored else WriteOutcome.ADDED)
        if not todo:
            return outcomes
        rows: dict[str, list[tuple]] = {table: [] for table in TABLES}
        now = _now()
        self.con.begin()
        try:
            for extraction in todo:
                d = extraction.document
                if d.id in stored:
                    self._clear_layers(d.id)
                    self.con.execute(
                        "UPDATE documents SET pipeline_version = ?, ingested_at = ? WHERE id = ?",
                        [extraction.pipeline_version, now, d.id])
                else:
                    rows["documents"].append(document_row(extraction, now))
                for table, layer in layer_rows(extraction).items():
                    rows[table] += layer
            for table in TABLES:
                self._insert_rows(table, rows[table])
            self.con.commit()
        except BaseException:  # Ctrl-C included: never leave a batch half-written
            self.con.rollback()
            raise
        return outcomes

    def _stored_versions(self, doc_ids: list[str]) -> dict[str, str]:
        return dict(self.con.execute(
            "SELECT id, pipeline_version FROM documents WHERE id IN (SELECT unnest(?))",
            [doc_ids]).fetchall())

    def _clear_layers(self, doc_id: str) -> None:
        for table in EXTRACTION_TABLES:
            self.con.execute(f"DELETE FROM {table} WHERE doc_id = ?", [doc_id])

    def _insert_rows(self, table: str, rows: list[tuple]) -> None:
        """Bulk insert through Arrow: one statement, not one per row."""
        if not rows:
            return
        if table not in self._columns:  # asked once per table, not once per document
            self._columns[table] = [c[0] for c in self.con.execute(f"DESCRIBE {table}").fetchall()]
        columns = self._columns[table]
        batch = pa.table({name: [row[i] for row in rows] for i, name in enumerate(columns)})
        self.con.register("incoming_rows", batch)
        try:
            self.con.execute(f"INSERT INTO {table} SELECT * FROM incoming_rows")
        finally:
            self.con.unregister("incoming_rows")

    # --- reads -------------------------------------------------------------------------

    def counts(self) -> dict[str, int]:
        return {t: self._one(f"SELECT count(*) FROM {t}")[0] for t in TABLES}

    def stats(self, top: int = 10) -> dict:
        first, last, undated = self._one(
            "SELECT min(published), max(published), count(*) FILTER (WHERE published IS NULL) "
            "FROM documents")
        return {
            "store": self.path,
            "schema_version": self.schema_version(),
            "counts": self.counts(),
            "published": {"first": _iso(first), "last": _iso(last), "undated": undated},
            "pipeline_versions": dict(self.con.execute(
                "SELECT pipeline_version, count(*) FROM documents GROUP BY 1 ORDER BY 2 DESC"
            ).fetchall()),
            "actors_by_kind": dict(self.con.execute(
                "SELECT kind, count(DISTINCT actor_id) FROM actors GROUP BY 1 ORDER BY 2 DESC"
            ).fetchall()),
            "top_actors": [
                {"id": i, "name": n, "kind": k, "documents": d, "mentions": m}
                for i, n, k, d, m in self.con.execute(
                    "SELECT a.actor_id, any_value(a.name), any_value(a.kind), "
                    "count(DISTINCT a.doc_id), "
                    "(SELECT count(*) FROM mentions m WHERE m.actor_id = a.actor_id) "
                    "FROM actors a GROUP BY a.actor_id ORDER BY 4 DESC, 5 DESC, 1 LIMIT ?",
                    [top]).fetchall()
            ],
            "sources": dict(self.con.execute(
                "SELECT coalesce(source, '(none)'), count(*) FROM documents "
                "GROUP BY 1 ORDER BY 2 DESC, 1 LIMIT ?", [top]).fetchall()),
            "places_by_feature": dict(self.con.execute(
                "SELECT coalesce(feature_type, '(unresolved)'), count(*) FROM places "
                "WHERE role = 'location' GROUP BY 1 ORDER BY 2 DESC, 1 LIMIT ?", [top]).fetchall()),
            "events_by_type": dict(self.con.execute(
                "SELECT type, count(*) FROM events GROUP BY 1 ORDER BY 2 DESC").fetchall()),
            "quotes_by_source_type": dict(self.con.execute(
                "SELECT source_type, count(*) FROM quotes GROUP BY 1 ORDER BY 2 DESC, 1"
            ).fetchall()),
        }

    def quotes(self, speaker: str | None = None, source_type: str | None = None,
               kind: str | None = None, limit: int = 50) -> list[dict]:
        """Quotes with their document (title, published, url) and the speaker's actor (name,
        kind, role, affiliation), oldest first. `speaker` is a case-insensitive substring of the
        actor's name, one of its aliases, the speaker text or, for a group speaker ('Trump and
        Putin said'), a member's name or alias; `%` and `_` in it are literal."""
        select, where, params = _QUOTES_SELECT, [], {"limit": limit}
        if speaker is not None:
            select += _SPEAKER_JOIN
            where.append(_SPEAKER_FILTER)
            params["speaker"] = f"%{_escape_like(speaker)}%"
        if source_type is not None:
            where.append("q.source_type = $source_type")
            params["source_type"] = source_type
        if kind is not None:
            where.append("q.kind = $kind")
            params["kind"] = kind
        return self._dicts(select, where, _QUOTES_ORDER, params)

    def events(self, actor: str | None = None, event_type: str | None = None,
               since: date | None = None, until: date | None = None, limit: int = 50,
               exclude_fallback: bool = False) -> list[dict]:
        """Events with their document and the names of source and target, oldest first.
        `actor` matches either side: an actor id exactly, or a case-insensitive substring of
        its name or aliases; dates filter on the event's date interval (else publication).
        `exclude_fallback` leaves out events typed by the classifier alone (typed_by
        'fallback', about 1 in 10 right on news); events stored before schema 8 (typed_by
        NULL) are kept, since how they were typed is unknown."""
        where, params = [], {"limit": limit}
        if exclude_fallback:
            where.append("e.typed_by IS DISTINCT FROM 'fallback'")
        if actor is not None:
            where.append(_EVENT_ACTOR_FILTER)
            params["actor_id"] = actor
            params["actor"] = f"%{_escape_like(actor)}%"
        if event_type is not None:
            where.append("e.type = $type")
            params["type"] = event_type.upper()
        if since is not None:
            where.append("coalesce(e.date_latest, e.date_earliest, d.published) >= $since")
            params["since"] = since
        if until is not None:
            where.append("coalesce(e.date_earliest, e.date_latest, d.published) <= $until")
            params["until"] = until
        return self._dicts(_EVENTS_SELECT, where, _EVENTS_ORDER, params)

    def _dicts(self, select: str, where: list[str], order: str, params: dict) -> list[dict]:
        """Run a SELECT with the given AND-ed conditions; rows as dicts."""
        sql = select + (f"WHERE {' AND '.join(where)}\n" if where else "") + order
        cur = self.con.execute(sql, params)
        names = [c[0] for c in cur.description]
        return [dict(zip(names, row)) for row in cur.fetchall()]

    def table(self, name: str) -> pa.Table:
        """A whole table as Arrow, for exports. `name` must be one of TABLES."""
        if name not in TABLES:
            raise SitrepError(f"unknown table {name!r}; tables: {', '.join(TABLES)}")
        order = _TABLE_ORDER[name]
        return self.con.sql(f"SELECT * FROM {name} ORDER BY {order}").to_arrow_table()

    def geo_features(self) -> list[dict]:
        """Resolved places (every role) and events whose clause names a resolved place of the
        same document, for GeoJSON: one dict per feature, with `kind` place or event."""
        cur = self.con.execute(_GEO_SELECT)
        names = [c[0] for c in cur.description]
        return [dict(zip(names, row)) for row in cur.fetchall()]

    def document_text(self, doc_id: str) -> str | None:
        row = self._one("SELECT text FROM documents WHERE id = ?", [doc_id])
        return row[0] if row else None

    def actors_of(self, doc_id: str) -> list[dict]:
        cur = self.con.execute(
            "SELECT * FROM actors WHERE doc_id = ? ORDER BY span_start", [doc_id])
        names = [c[0] for c in cur.description]
        return [dict(zip(names, row)) for row in cur.fetchall()]


def document_row(extraction: Extraction, ingested_at: datetime) -> tuple:
    """The `documents` row of an extraction, in the table's column order."""
    d = extraction.document
    return (d.id, d.title, d.url, d.source, d.published, d.origin, d.text,
            extraction.pipeline_version, ingested_at)


def layer_rows(extraction: Extraction) -> dict[str, list[tuple]]:
    """The rows an extraction adds to each layer table, in the tables' column order; a layer
    the pipeline did not run (None) has no entry."""
    version = extraction.pipeline_version
    rows = {
        "actors": [(a.doc_id, a.id, a.name, list(a.aliases), a.kind, a.country, a.role,
                    a.affiliation, a.known, a.span[0], a.span[1], version, list(a.members))
                   for a in extraction.actors],
        "mentions": [(m.doc_id, m.span[0], m.span[1], m.text, m.label, m.actor, m.role, version)
                     for m in extraction.mentions],
    }
    for table, records, row in (("quotes", extraction.quotes, _quote_row),
                                ("events", extraction.events, _event_row),
                                ("times", extraction.times, _time_row),
                                ("places", extraction.places, _place_row)):
        if records is not None:
            rows[table] = [row(r, version) for r in records]
    return rows


def _quote_row(q: Quote, version: str) -> tuple:
    cue, speaker = q.cue, q.speaker
    return (
        q.doc_id, q.span[0], q.span[1], q.text, q.kind,
        cue.span[0] if cue else None, cue.span[1] if cue else None, cue.text if cue else None,
        speaker.span[0] if speaker else None, speaker.span[1] if speaker else None,
        speaker.text if speaker else None, speaker.actor if speaker else None,
        q.source_type, q.truncated, version,
    )


_EVENTS_SELECT = """
SELECT coalesce(e.date_earliest, e.date_latest, d.published) AS date, e.date_value,
       e.date_earliest, e.date_latest, e.date_source, e.doc_id, d.title,
       e.type, e.mode, e.cameo, e.polarity, e.modality, e.confidence, e.typed_by,
       e.source_actor, sa.name AS source_name, e.target_actor, ta.name AS target_name,
       e.reported_by, ra.name AS reported_by_name, e.place, e.trigger_text,
       e.span_start, e.span_end, e.text
FROM events e
JOIN documents d ON d.id = e.doc_id
LEFT JOIN actors sa ON sa.doc_id = e.doc_id AND sa.actor_id = e.source_actor
LEFT JOIN actors ta ON ta.doc_id = e.doc_id AND ta.actor_id = e.target_actor
LEFT JOIN actors ra ON ra.doc_id = e.doc_id AND ra.actor_id = e.reported_by
"""
_EVENTS_ORDER = "ORDER BY date NULLS LAST, e.doc_id, e.span_start LIMIT $limit"
_EVENT_ACTOR_FILTER = """(e.source_actor = $actor_id OR e.target_actor = $actor_id
  OR sa.name ILIKE $actor ESCAPE '\\' OR ta.name ILIKE $actor ESCAPE '\\'
  OR len(list_filter(sa.aliases, lambda a: a ILIKE $actor ESCAPE '\\')) > 0
  OR len(list_filter(ta.aliases, lambda a: a ILIKE $actor ESCAPE '\\')) > 0)"""


def _event_row(e: Event, version: str) -> tuple:
    time = e.time or {}
    return (
        e.doc_id, e.span[0], e.span[1], e.text, e.trigger.span[0], e.trigger.span[1],
        e.trigger.text, e.type, e.mode, e.cameo, e.source, e.target, e.place,
        time.get("value"), _day(time.get("earliest")), _day(time.get("latest")),
        time.get("source"), e.polarity, e.modality, e.reported_by, e.confidence, version,
        e.typed_by,
    )


def _time_row(t: TimeExpr, version: str) -> tuple:
    return (t.doc_id, t.span[0], t.span[1], t.text, t.type, t.value, t.earliest, t.latest, t.mod,
            version)


def _place_row(p: Place, version: str) -> tuple:
    return (p.doc_id, p.span[0], p.span[1], p.text, p.role, p.name, p.lat, p.lon,
            p.gazetteer_id, p.feature_type, p.country, p.admin1, p.candidates, p.confidence,
            version)


# An event's place is the name its clause gives (events.place); its point is the first resolved
# location of that text in the same document.
_GEO_SELECT = """
SELECT 'place' AS kind, p.doc_id, d.title, d.published, p.span_start, p.span_end, p.text,
       p.role, p.name, p.lat, p.lon, p.gazetteer_id, p.feature_type, p.country, p.admin1,
       p.confidence, NULL AS event_type, NULL AS source_actor, NULL AS target_actor,
       NULL AS evidence
FROM places p JOIN documents d ON d.id = p.doc_id
WHERE p.lat IS NOT NULL
UNION ALL
SELECT 'event', e.doc_id, d.title, coalesce(e.date_earliest, d.published), e.span_start,
       e.span_end, e.place, 'location', p.name, p.lat, p.lon, p.gazetteer_id, p.feature_type,
       p.country, p.admin1, p.confidence, e.type, e.source_actor, e.target_actor, e.text
FROM events e JOIN documents d ON d.id = e.doc_id
JOIN (SELECT *, row_number() OVER (PARTITION BY doc_id, text ORDER BY span_start) AS n
      FROM places WHERE lat IS NOT NULL AND role = 'location') p
  ON p.doc_id = e.doc_id AND p.text = e.place AND p.n = 1
ORDER BY 1 DESC, 2, 5
"""


def _day(value: str | None) -> date | None:
    return date.fromisoformat(value) if value else None


def _escape_like(value: str) -> str:
    """Make `value` match itself under LIKE/ILIKE ... ESCAPE '\\'."""
    return value.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")


def _now() -> datetime:
    return datetime.now(timezone.utc).replace(tzinfo=None)


def _iso(value) -> str | None:
    return value.isoformat() if value is not None else None


def _lock_holder(message: str) -> int | None:
    found = _LOCK_PID.search(message)
    return int(found.group(1)) if found else None


def _first_line(exc: Exception) -> str:
    return str(exc).strip().splitlines()[0] if str(exc).strip() else type(exc).__name__
