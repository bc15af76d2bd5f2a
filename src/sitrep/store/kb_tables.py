"""The knowledge base's SQL: reads of one document's layers, indexed key look-ups, and writes.

sitrep.kb decides what merges with what; this module only moves rows. Every look-up the
incremental update makes is an equality on an indexed key column (kb_actor_names.key,
kb_doc_bands.band, kb_event_keys.key), so its cost does not grow with the KB beyond the index.
"""

from __future__ import annotations

from contextlib import contextmanager
from datetime import datetime, timezone

from sitrep.store.duckdb_store import Store

KB_TABLES = ("kb_status", "kb_contradictions", "kb_event_mentions", "kb_event_keys", "kb_events",
             "kb_actor_names", "kb_actor_members", "kb_actors", "kb_doc_bands", "kb_documents")

_EVENT_COLUMNS = ("kb_event_id", "type", "mode", "modality", "source_actor", "target_actor",
                  "place", "place_name", "gazetteer_id", "feature_type", "country", "lat", "lon",
                  "date_earliest", "date_latest", "text", "trigger_text")
_ACTOR_COLUMNS = ("kb_actor_id", "name", "kind", "country", "known", "scope", "affiliation",
                  "role")
_MENTION_COLUMNS = ("kb_event_id", "doc_id", "span_start", "span_end", "trigger_start", "text",
                    "polarity", "reported_by", "count_low", "count_high", "how", "score")
_STATUS_COLUMNS = ("subject_kind", "subject_id", "subject_name", "status", "date_earliest",
                   "date_latest", "kb_event_id", "doc_id", "span_start", "span_end", "text",
                   "reported_by")
_CONTRADICTION_COLUMNS = ("kb_event_id", "kind", "a_doc_id", "a_span_start", "a_text", "a_claim",
                          "a_reported_by", "b_doc_id", "b_span_start", "b_text", "b_claim",
                          "b_reported_by")


class KBTables:
    """The KB tables of one open Store (writable)."""

    def __init__(self, store: Store):
        self.store = store
        self.con = store.con

    def _dicts(self, sql: str, params: list | dict | None = None) -> list[dict]:
        cur = self.con.execute(sql, params or [])
        names = [c[0] for c in cur.description]
        return [dict(zip(names, row)) for row in cur.fetchall()]

    @contextmanager
    def transaction(self):
        self.con.begin()
        try:
            yield
            self.con.commit()
        except BaseException:
            self.con.rollback()
            raise

    def reset(self) -> None:
        with self.transaction():
            for table in KB_TABLES:
                self.con.execute(f"DELETE FROM {table}")

    # --- what to take in -----------------------------------------------------------------

    def pending_documents(self) -> list[str]:
        """Stored documents the KB has not taken in yet, oldest publication first."""
        return [row[0] for row in self.con.execute(
            "SELECT id FROM documents d WHERE NOT EXISTS "
            "(SELECT 1 FROM kb_documents k WHERE k.doc_id = d.id) "
            "ORDER BY published NULLS LAST, id").fetchall()]

    def document_layers(self, doc_id: str) -> dict:
        """One document's rows from every layer the KB reads."""
        return {
            "document": self._dicts(
                "SELECT id, title, source, published, text FROM documents WHERE id = ?",
                [doc_id])[0],
            "actors": self._dicts(
                "SELECT * FROM actors WHERE doc_id = ? ORDER BY span_start", [doc_id]),
            "events": self._dicts(
                "SELECT * FROM events WHERE doc_id = ? ORDER BY span_start, trigger_start",
                [doc_id]),
            "places": self._dicts(
                "SELECT * FROM places WHERE doc_id = ? ORDER BY span_start", [doc_id]),
        }

    # --- documents and duplicates --------------------------------------------------------

    def documents_with_bands(self, bands: list[str]) -> list[dict]:
        if not bands:
            return []
        return self._dicts(
            "SELECT DISTINCT k.doc_id, k.duplicate_of, k.signature FROM kb_doc_bands b "
            "JOIN kb_documents k ON k.doc_id = b.doc_id WHERE b.band IN "
            f"({', '.join('?' for _ in bands)})", bands)

    def add_document(self, doc_id: str, duplicate_of: str | None, similarity: float | None,
                     signature: list[int], bands: list[str]) -> None:
        self.con.execute("INSERT INTO kb_documents VALUES (?, ?, ?, ?, ?)",
                         [doc_id, duplicate_of, similarity, signature, _now()])
        self.store._insert_rows("kb_doc_bands", [(band, doc_id) for band in bands])

    def remove_document(self, doc_id: str) -> None:
        """Take one document out of the KB (before re-adding a re-extracted version). KB events
        and actors left with no mention are deleted; others keep their attributes."""
        for table in ("kb_documents", "kb_doc_bands", "kb_actor_members", "kb_event_mentions",
                      "kb_status"):
            self.con.execute(f"DELETE FROM {table} WHERE doc_id = ?", [doc_id])
        self.con.execute("DELETE FROM kb_contradictions WHERE a_doc_id = ? OR b_doc_id = ?",
                         [doc_id, doc_id])
        self.con.execute("DELETE FROM kb_actors WHERE scope = 'document' AND NOT EXISTS "
                         "(SELECT 1 FROM kb_actor_members m "
                         "WHERE m.kb_actor_id = kb_actors.kb_actor_id)")
        orphans = "(SELECT kb_event_id FROM kb_events e WHERE NOT EXISTS (SELECT 1 FROM " \
                  "kb_event_mentions m WHERE m.kb_event_id = e.kb_event_id))"
        self.con.execute(f"DELETE FROM kb_event_keys WHERE kb_event_id IN {orphans}")
        self.con.execute(f"DELETE FROM kb_events WHERE kb_event_id IN {orphans}")

    # --- actors ----------------------------------------------------------------------------

    def actors_by_keys(self, keys: list[str]) -> list[dict]:
        if not keys:
            return []
        return self._dicts(
            "SELECT n.key, a.* FROM kb_actor_names n JOIN kb_actors a "
            "ON a.kb_actor_id = n.kb_actor_id WHERE n.key IN "
            f"({', '.join('?' for _ in keys)})", keys)

    def actors_by_ids(self, ids: list[str]) -> dict[str, dict]:
        if not ids:
            return {}
        rows = self._dicts("SELECT * FROM kb_actors WHERE kb_actor_id IN "
                           f"({', '.join('?' for _ in ids)})", ids)
        return {row["kb_actor_id"]: row for row in rows}

    def add_actors(self, rows: list[dict]) -> None:
        self.store._insert_rows("kb_actors", [tuple(r[c] for c in _ACTOR_COLUMNS) for r in rows])

    def add_actor_names(self, pairs: list[tuple[str, str]]) -> None:
        self.store._insert_rows("kb_actor_names", pairs)

    def add_members(self, rows: list[tuple]) -> None:
        self.store._insert_rows("kb_actor_members", rows)

    def merge_actor(self, old: str, new: str) -> None:
        """Fold canonical actor `old` into `new` everywhere (alias file `merge`)."""
        for table, column in (("kb_actor_members", "kb_actor_id"), ("kb_actor_names", "kb_actor_id"),
                              ("kb_events", "source_actor"), ("kb_events", "target_actor"),
                              ("kb_event_mentions", "reported_by"), ("kb_actors", "affiliation"),
                              ("kb_status", "reported_by")):
            self.con.execute(f"UPDATE {table} SET {column} = ? WHERE {column} = ?", [new, old])
        self.con.execute("UPDATE kb_status SET subject_id = ? WHERE subject_kind = 'actor' "
                         "AND subject_id = ?", [new, old])
        self.con.execute("DELETE FROM kb_actors WHERE kb_actor_id = ?", [old])

    # --- events ----------------------------------------------------------------------------

    def events_by_keys(self, keys: list[str]) -> list[dict]:
        if not keys:
            return []
        return self._dicts(
            "SELECT DISTINCT e.* FROM kb_event_keys k JOIN kb_events e "
            "ON e.kb_event_id = k.kb_event_id WHERE k.key IN "
            f"({', '.join('?' for _ in keys)})", keys)

    def existing_events(self, kb_event_ids: list[str]) -> set[str]:
        if not kb_event_ids:
            return set()
        return {r[0] for r in self.con.execute(
            "SELECT kb_event_id FROM kb_events WHERE kb_event_id IN "
            f"({', '.join('?' for _ in kb_event_ids)})", kb_event_ids).fetchall()}

    def event_of_mention(self, doc_id: str, span_start: int, trigger_start: int) -> str | None:
        row = self.con.execute(
            "SELECT kb_event_id FROM kb_event_mentions WHERE doc_id = ? AND span_start = ? "
            "AND trigger_start = ?", [doc_id, span_start, trigger_start]).fetchall()
        return row[0][0] if row else None

    def add_events(self, events: list[dict], keys: list[tuple[str, str]]) -> None:
        """New KB events and their (key, kb_event_id) look-up keys."""
        self.store._insert_rows("kb_events", [tuple(e[c] for c in _EVENT_COLUMNS) for e in events])
        self.store._insert_rows("kb_event_keys", keys)

    def update_events(self, events: list[dict]) -> None:
        """Rewrite existing KB events' attributes (one statement for all of them)."""
        if not events:
            return
        self.store._insert_rows("kb_events_staged",
                                [tuple(e[c] for c in _EVENT_COLUMNS) for e in events])
        sets = ", ".join(f"{c} = s.{c}" for c in _EVENT_COLUMNS[1:])
        self.con.execute(f"UPDATE kb_events SET {sets} FROM kb_events_staged s "
                         "WHERE kb_events.kb_event_id = s.kb_event_id")
        self.con.execute("DELETE FROM kb_events_staged")

    def add_mentions(self, rows: list[dict]) -> None:
        self.store._insert_rows("kb_event_mentions",
                                [tuple(r[c] for c in _MENTION_COLUMNS) for r in rows])

    def mentions_of(self, kb_event_ids: list[str]) -> list[dict]:
        """Every mention of these KB events, with its document's outlet, date and original."""
        if not kb_event_ids:
            return []
        return self._dicts(
            "SELECT m.*, d.source AS outlet, d.published, k.duplicate_of "
            "FROM kb_event_mentions m JOIN documents d ON d.id = m.doc_id "
            "LEFT JOIN kb_documents k ON k.doc_id = m.doc_id WHERE m.kb_event_id IN "
            f"({', '.join('?' for _ in kb_event_ids)}) "
            "ORDER BY d.published NULLS LAST, m.doc_id, m.span_start", kb_event_ids)

    def mentions_of_document(self, doc_id: str) -> list[dict]:
        """The KB event mentions one document contributed, with each event's type."""
        return self._dicts(
            "SELECT m.*, e.type FROM kb_event_mentions m JOIN kb_events e "
            "ON e.kb_event_id = m.kb_event_id WHERE m.doc_id = ? ORDER BY m.span_start",
            [doc_id])

    def has_document(self, doc_id: str) -> bool:
        return bool(self.con.execute(
            "SELECT count(*) FROM kb_documents WHERE doc_id = ?", [doc_id]).fetchall()[0][0])

    def add_contradictions(self, rows: list[dict]) -> None:
        self.store._insert_rows("kb_contradictions",
                                [tuple(r[c] for c in _CONTRADICTION_COLUMNS) for r in rows])

    def contradiction_pairs(self, kb_event_ids: list[str]) -> set[tuple]:
        if not kb_event_ids:
            return set()
        return {tuple(r) for r in self.con.execute(
            "SELECT kind, a_doc_id, a_span_start, b_doc_id, b_span_start FROM kb_contradictions "
            f"WHERE kb_event_id IN ({', '.join('?' for _ in kb_event_ids)})",
            kb_event_ids).fetchall()}

    def add_status(self, rows: list[dict]) -> None:
        self.store._insert_rows("kb_status", [tuple(r[c] for c in _STATUS_COLUMNS) for r in rows])


def _now() -> datetime:
    return datetime.now(timezone.utc).replace(tzinfo=None)
