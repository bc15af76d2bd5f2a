"""The Python API: `sitrep.open(db)` → a read-only KnowledgeBase whose methods return pandas
DataFrames (the web explorer builds on the same functions).

    import sitrep
    kb = sitrep.open("sitrep.duckdb")
    kb.events(type="ASSAULT", near="Aleppo", km=20, since="2016-07-01")
    kb.timeline("T4 airbase")
    kb.quotes(about="Russia")
"""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pandas as pd

from sitrep.errors import SitrepError
from sitrep.store import Store
from sitrep.store import kb_queries as q


class KnowledgeBase:
    def __init__(self, path: str | Path | None = None):
        self.store = Store(path, read_only=True)
        self.con = self.store.con

    def __enter__(self) -> KnowledgeBase:
        return self

    def __exit__(self, *exc) -> None:
        self.close()

    def close(self) -> None:
        self.store.close()

    def events(self, type: str | None = None, actor: str | None = None,  # noqa: A002
               since: str | date | None = None, until: str | date | None = None,
               near: str | tuple[float, float] | None = None, km: float = 50.0,
               min_documents: int = 1, limit: int | None = None) -> pd.DataFrame:
        """KB events, oldest first: of a PLOVER type, involving an actor (id, name or alias) on
        either side, overlapping [since, until], within `km` of a place (name or (lat, lon)),
        reported by at least `min_documents` independent documents (copies count once)."""
        point = self._point(near) if near is not None else None
        return q.events(self.con, type, actor, _day(since), _day(until), point, km,
                        min_documents, limit).df()

    def sources(self, kb_event_id: str) -> pd.DataFrame:
        """Every mention of one KB event: document, outlet, date, evidence, who reported it."""
        return q.event_sources(self.con, kb_event_id).df()

    def actors(self, name: str | None = None, kind: str | None = None,
               limit: int | None = None) -> pd.DataFrame:
        """Canonical actors (most documents first) with every name they were met under."""
        return q.actors(self.con, name, kind, limit).df()

    def actor(self, actor: str) -> dict:
        """An actor's profile: the canonical row, its events as source or target, what it
        said, and its status timeline."""
        ids = q.actor_ids(self.con, actor)
        if not ids:
            raise SitrepError(f"{actor!r}: no such actor in the knowledge base "
                              f"(try sitrep query actors --name {actor!r})")
        return {
            "actor": q.actors(self.con, ids[0]).df(),
            "events": self.events(actor=ids[0]),
            "quotes": q.quotes(self.con, speaker=ids[0]).df(),
            "timeline": self.timeline(ids[0]),
        }

    def quotes(self, about: str | None = None, speaker: str | None = None,
               limit: int | None = None) -> pd.DataFrame:
        """Who said what about X: quotes naming X (an actor by any of its names, or any
        word), optionally by one speaker."""
        names = None
        if about:
            names = q.actor_names(self.con, q.actor_ids(self.con, about)) or [about]
        return q.quotes(self.con, names, speaker, limit).df()

    def timeline(self, subject: str) -> pd.DataFrame:
        """Status over time of a facility ("T4 airbase", "Khmeimim Air Base", gazetteer id) or
        an actor, each row with its evidence and date interval."""
        return q.timeline(self.con, subject).df()

    def facilities(self) -> pd.DataFrame:
        return q.facilities(self.con).df()

    def contradictions(self, type: str | None = None, kind: str | None = None,  # noqa: A002
                       limit: int | None = None) -> pd.DataFrame:
        return q.contradictions(self.con, type, kind, limit).df()

    def sql(self, query: str) -> pd.DataFrame:
        return run_sql(self.con, query).df()

    def _point(self, near: str | tuple[float, float]) -> tuple[float, float]:
        if isinstance(near, tuple):
            return near
        found = q.place_point(self.con, near)
        if found is None:
            raise SitrepError(f"{near!r}: no resolved place of that name in the store; "
                              "give coordinates instead (near=(lat, lon))")
        return found[0], found[1]


def run_sql(con, query: str):
    """Raw SQL on a read-only store, with file and network access switched off (so COPY,
    ATTACH or read_csv cannot reach outside the store)."""
    if not con.execute("SELECT current_setting('lock_configuration')").fetchall()[0][0]:
        con.execute("SET enable_external_access = false")
        con.execute("SET lock_configuration = true")
    return con.sql(query)


def open_kb(path: str | Path | None = None) -> KnowledgeBase:
    return KnowledgeBase(path)


def _day(value: str | date | None) -> date | None:
    if value is None or isinstance(value, date):
        return value
    return date.fromisoformat(value)
