"""The knowledge base's SQL: reads of one document's layers, indexed key look-ups, and writes.

sitrep.kb decides what merges with what; this module only moves rows. Every read the
incremental update makes is an `IN (…)` list on an indexed column (the key tables
kb_actor_names.key, kb_doc_bands.band, kb_event_keys.key, then primary keys and the
kb_event_id / doc_id indexes), which DuckDB answers with ART index scans: no joins, because a
join hash-builds or scans the whole KB table and so grows with the KB
(benchmarks/kb_update_cost.py measures this).
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

    def _in(self, sql: str, values, extra: list | None = None) -> list[dict]:
        """`sql` with `{marks}` standing for the placeholders of `values` (an IN list, answered
        by an index scan); [] when there are none."""
        values = list(values)
        if not values:
            return []
        return self._dicts(sql.format(marks=", ".join("?" for _ in values)),
                           values + (extra or []))

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
        ids = {r["doc_id"] for r in self._in(
            "SELECT doc_id FROM kb_doc_bands WHERE band IN ({marks})", bands)}
        return self._in("SELECT doc_id, duplicate_of, signature FROM kb_documents "
                        "WHERE doc_id IN ({marks}) ORDER BY doc_id", sorted(ids))

    def add_document(self, doc_id: str, duplicate_of: str | None, similarity: float | None,
                     signature: list[int], bands: list[str]) -> None:
        self.con.execute("INSERT INTO kb_documents VALUES (?, ?, ?, ?, ?)",
                         [doc_id, duplicate_of, similarity, signature, _now()])
        self.store._insert_rows("kb_doc_bands", [(band, doc_id) for band in bands])

    def remove_document(self, doc_id: str) -> None:
        """Take one document out of the KB (before re-adding a re-extracted version). KB events
        and actors left with no mention are deleted; others keep their attributes."""
        events = sorted({r["kb_event_id"] for r in self._dicts(
            "SELECT kb_event_id FROM kb_event_mentions WHERE doc_id = ?", [doc_id])})
        actors = sorted({r["kb_actor_id"] for r in self._dicts(
            "SELECT kb_actor_id FROM kb_actor_members WHERE doc_id = ?", [doc_id])})
        for table in ("kb_documents", "kb_doc_bands", "kb_actor_members", "kb_event_mentions",
                      "kb_status"):
            self.con.execute(f"DELETE FROM {table} WHERE doc_id = ?", [doc_id])
        if events:
            self.con.execute("DELETE FROM kb_contradictions WHERE kb_event_id IN "
                             f"({', '.join('?' for _ in events)}) "
                             "AND (a_doc_id = ? OR b_doc_id = ?)", events + [doc_id, doc_id])
        # what only this document held: its descriptions, and events no other document reports
        kept = {r["kb_actor_id"] for r in self._in(
            "SELECT DISTINCT kb_actor_id FROM kb_actor_members WHERE kb_actor_id IN ({marks})",
            actors)}
        gone = [a for a in actors if a not in kept]
        if gone:
            self.con.execute("DELETE FROM kb_actors WHERE scope = 'document' AND kb_actor_id IN "
                             f"({', '.join('?' for _ in gone)})", gone)
        kept = {r["kb_event_id"] for r in self._in(
            "SELECT DISTINCT kb_event_id FROM kb_event_mentions WHERE kb_event_id IN ({marks})",
            events)}
        orphans = [e for e in events if e not in kept]
        if orphans:
            marks = ", ".join("?" for _ in orphans)
            self.con.execute(f"DELETE FROM kb_event_keys WHERE kb_event_id IN ({marks})", orphans)
            self.con.execute(f"DELETE FROM kb_events WHERE kb_event_id IN ({marks})", orphans)

    # --- actors ----------------------------------------------------------------------------

    def actors_by_keys(self, keys: list[str]) -> list[dict]:
        names = self._in("SELECT key, kb_actor_id FROM kb_actor_names WHERE key IN ({marks}) "
                         "ORDER BY key, kb_actor_id", keys)
        actors = self.actors_by_ids(sorted({n["kb_actor_id"] for n in names}))
        return [{"key": n["key"], **actors[n["kb_actor_id"]]} for n in names
                if n["kb_actor_id"] in actors]

    def actors_by_ids(self, ids: list[str]) -> dict[str, dict]:
        rows = self._in("SELECT * FROM kb_actors WHERE kb_actor_id IN ({marks})", ids)
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
        ids = {r["kb_event_id"] for r in self._in(
            "SELECT kb_event_id FROM kb_event_keys WHERE key IN ({marks})", keys)}
        return self._in("SELECT * FROM kb_events WHERE kb_event_id IN ({marks}) "
                        "ORDER BY kb_event_id", sorted(ids))

    def existing_events(self, kb_event_ids: list[str]) -> set[str]:
        return {r["kb_event_id"] for r in self._in(
            "SELECT kb_event_id FROM kb_events WHERE kb_event_id IN ({marks})", kb_event_ids)}

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
        # one primary-key update per event (an UPDATE … FROM join would scan kb_events)
        sets = ", ".join(f"{c} = ?" for c in _EVENT_COLUMNS[1:])
        self.con.executemany(f"UPDATE kb_events SET {sets} WHERE kb_event_id = ?",
                             [[e[c] for c in _EVENT_COLUMNS[1:]] + [e["kb_event_id"]]
                              for e in events])

    def add_mentions(self, rows: list[dict]) -> None:
        self.store._insert_rows("kb_event_mentions",
                                [tuple(r[c] for c in _MENTION_COLUMNS) for r in rows])

    def mentions_of(self, kb_event_ids: list[str]) -> list[dict]:
        """Every mention of these KB events, with its document's outlet, date and original."""
        mentions = self._in("SELECT * FROM kb_event_mentions WHERE kb_event_id IN ({marks})",
                            kb_event_ids)
        doc_ids = sorted({m["doc_id"] for m in mentions})
        docs = {d["id"]: d for d in self._in(
            "SELECT id, source, published FROM documents WHERE id IN ({marks})", doc_ids)}
        copies = {k["doc_id"]: k["duplicate_of"] for k in self._in(
            "SELECT doc_id, duplicate_of FROM kb_documents WHERE doc_id IN ({marks})", doc_ids)}
        rows = [{**m, "outlet": docs[m["doc_id"]]["source"],
                 "published": docs[m["doc_id"]]["published"],
                 "duplicate_of": copies.get(m["doc_id"])} for m in mentions if m["doc_id"] in docs]
        rows.sort(key=lambda r: (r["published"] is None, r["published"] or 0, r["doc_id"],
                                 r["span_start"]))
        return rows

    def mentions_of_document(self, doc_id: str) -> list[dict]:
        """The KB event mentions one document contributed, with each event's type."""
        mentions = self._dicts("SELECT * FROM kb_event_mentions WHERE doc_id = ? "
                               "ORDER BY span_start", [doc_id])
        types = {e["kb_event_id"]: e["type"] for e in self._in(
            "SELECT kb_event_id, type FROM kb_events WHERE kb_event_id IN ({marks})",
            sorted({m["kb_event_id"] for m in mentions}))}
        return [{**m, "type": types[m["kb_event_id"]]} for m in mentions
                if m["kb_event_id"] in types]

    def has_document(self, doc_id: str) -> bool:
        return bool(self.con.execute(
            "SELECT count(*) FROM kb_documents WHERE doc_id = ?", [doc_id]).fetchall()[0][0])

    def add_contradictions(self, rows: list[dict]) -> None:
        self.store._insert_rows("kb_contradictions",
                                [tuple(r[c] for c in _CONTRADICTION_COLUMNS) for r in rows])

    def contradiction_pairs(self, kb_event_ids: list[str]) -> set[tuple]:
        return {tuple(r.values()) for r in self._in(
            "SELECT kind, a_doc_id, a_span_start, b_doc_id, b_span_start FROM kb_contradictions "
            "WHERE kb_event_id IN ({marks})", kb_event_ids)}

    def add_status(self, rows: list[dict]) -> None:
        self.store._insert_rows("kb_status", [tuple(r[c] for c in _STATUS_COLUMNS) for r in rows])


def _now() -> datetime:
    return datetime.now(timezone.utc).replace(tzinfo=None)
