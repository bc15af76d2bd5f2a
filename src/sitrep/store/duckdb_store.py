"""DuckDB store: versioned schema, one transaction per document, parameterised queries only.

Writes are idempotent: a document is keyed by its content hash, so re-ingesting the same text is
a no-op, and a document extracted by an older pipeline version is re-extracted in place.
"""

from __future__ import annotations

import enum
import os
from datetime import datetime, timezone
from importlib import resources
from pathlib import Path

import duckdb
import pyarrow as pa

from sitrep.errors import SitrepError
from sitrep.records import Extraction

DEFAULT_DB = "sitrep.duckdb"
EXTRACTION_TABLES = ("actors", "mentions")
TABLES = ("documents", *EXTRACTION_TABLES)
_TABLE_ORDER = {
    "documents": "published NULLS LAST, id",
    "actors": "doc_id, span_start, actor_id",
    "mentions": "doc_id, span_start, span_end",
}


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
        if read_only and not Path(self.path).exists():
            raise SitrepError(f"{self.path}: no such store (run `sitrep ingest` first)")
        try:
            self.con = duckdb.connect(self.path, read_only=read_only)
        except duckdb.Error as exc:
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
        d = extraction.document
        self.con.execute(
            "INSERT INTO documents VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
            [d.id, d.title, d.url, d.source, d.published, d.origin, d.text,
             extraction.pipeline_version, _now()])

    def _insert_layers(self, extraction: Extraction) -> None:
        version = extraction.pipeline_version
        actor_rows = [
            (a.doc_id, a.id, a.name, list(a.aliases), a.kind, a.country, a.role, a.affiliation,
             a.known, a.span[0], a.span[1], version)
            for a in extraction.actors
        ]
        mention_rows = [
            (m.doc_id, m.span[0], m.span[1], m.text, m.label, m.actor, m.role, version)
            for m in extraction.mentions
        ]
        self._insert_rows("actors", actor_rows)
        self._insert_rows("mentions", mention_rows)

    def _insert_rows(self, table: str, rows: list[tuple]) -> None:
        """Bulk insert through Arrow: one statement, not one per row."""
        if not rows:
            return
        columns = [c[0] for c in self.con.execute(f"DESCRIBE {table}").fetchall()]
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
        }

    def table(self, name: str) -> pa.Table:
        """A whole table as Arrow, for exports. `name` must be one of TABLES."""
        if name not in TABLES:
            raise SitrepError(f"unknown table {name!r}; tables: {', '.join(TABLES)}")
        order = _TABLE_ORDER[name]
        return self.con.sql(f"SELECT * FROM {name} ORDER BY {order}").to_arrow_table()

    def document_text(self, doc_id: str) -> str | None:
        row = self._one("SELECT text FROM documents WHERE id = ?", [doc_id])
        return row[0] if row else None

    def actors_of(self, doc_id: str) -> list[dict]:
        cur = self.con.execute(
            "SELECT * FROM actors WHERE doc_id = ? ORDER BY span_start", [doc_id])
        names = [c[0] for c in cur.description]
        return [dict(zip(names, row)) for row in cur.fetchall()]


def _now() -> datetime:
    return datetime.now(timezone.utc).replace(tzinfo=None)


def _iso(value) -> str | None:
    return value.isoformat() if value is not None else None


def _first_line(exc: Exception) -> str:
    return str(exc).strip().splitlines()[0] if str(exc).strip() else type(exc).__name__
