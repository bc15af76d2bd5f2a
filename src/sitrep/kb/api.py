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
from sitrep.kb.resolve import Resolution, curated_facility_names, dictionary_aliases, resolve
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

    def resolve(self, words: str, kinds: tuple[str, ...] = ("facility", "actor")) -> Resolution:
        """What a user's words name: by id, canonical name, any alias, any text the documents
        use, case- and transliteration-tolerant, without "the" or a feature word ("airbase",
        "port of"). kinds: any of "facility", "actor", "place" (first wins ties). The returned
        Resolution has `.id`, `.best`, `.others` and `.note()`."""
        return resolve(self.con, words, kinds)

    def events(self, type: str | None = None, actor: str | None = None,  # noqa: A002
               since: str | date | None = None, until: str | date | None = None,
               near: str | tuple[float, float] | None = None, km: float = 50.0,
               min_documents: int = 1, limit: int | None = None) -> pd.DataFrame:
        """KB events, oldest first: of a PLOVER type, involving an actor (id, name or alias,
        resolved as in `resolve`) on either side, overlapping [since, until], within `km` of a
        place (any of its names, or (lat, lon)), reported by at least `min_documents`
        independent documents (copies count once). What the words resolved to is in
        `frame.attrs["resolved"]` (a list) and `frame.attrs["note"]`."""
        found = []
        actor_id = actor
        if actor:
            resolution = self.resolve(actor, ("actor",))
            found.append(resolution)
            actor_id = resolution.id or actor
        point = None
        if near is not None:
            point, resolution = self._point(near)
            if resolution is not None:
                found.append(resolution)
        frame = _frame(q.events(self.con, type, actor_id, _day(since), _day(until), point, km,
                                min_documents, limit))
        return _noted(frame, *found)

    def sources(self, kb_event_id: str) -> pd.DataFrame:
        """Every mention of one KB event: document, outlet, date, evidence, who reported it."""
        return _frame(q.event_sources(self.con, kb_event_id))

    def actors(self, name: str | None = None, kind: str | None = None,
               limit: int | None = None) -> pd.DataFrame:
        """Canonical actors (most documents first) with every name they were met under."""
        return _frame(q.actors(self.con, name, kind, limit))

    def actor(self, actor: str) -> dict:
        """An actor's profile: the canonical row, its events as source or target, what it
        said, and its status timeline. The "actor" frame's attrs say what the words resolved
        to."""
        resolution = self.resolve(actor, ("actor",))
        if resolution.best is None:
            raise SitrepError(f"{actor!r}: no such actor in the knowledge base "
                              f"(try sitrep query actors --name {actor!r})")
        actor_id = resolution.id
        return {
            "actor": _noted(_frame(q.actor_by_id(self.con, actor_id)), resolution),
            "events": self.events(actor=actor_id),
            "quotes": _frame(q.quotes(self.con, speaker=actor_id)),
            "timeline": _frame(q.timeline_of(self.con, [actor_id])),
        }

    def quotes(self, about: str | None = None, speaker: str | None = None,
               limit: int | None = None) -> pd.DataFrame:
        """Who said what about X: quotes naming X by any of its names (an actor, facility or
        place, resolved as in `resolve`; else the word itself), optionally by one speaker."""
        names, found = None, []
        if about:
            resolution = self.resolve(about, ("actor", "facility", "place"))
            found.append(resolution)
            names = self._names(resolution, about)
        speaker_id = speaker
        if speaker:
            resolution = self.resolve(speaker, ("actor",))
            found.append(resolution)
            speaker_id = resolution.id or speaker
        return _noted(_frame(q.quotes(self.con, names, speaker_id, limit)), *found)

    def timeline(self, subject: str) -> pd.DataFrame:
        """Status over time of a facility ("T4", "Tiyas", "the T4 airbase", "Hmeimim",
        gazetteer id) or an actor, each row with its evidence and date interval."""
        resolution = self.resolve(subject, ("facility", "actor"))
        ids = [resolution.id] if resolution.id else []
        return _noted(_frame(q.timeline_of(self.con, ids)), resolution)

    def facilities(self) -> pd.DataFrame:
        return _frame(q.facilities(self.con))

    def contradictions(self, type: str | None = None, kind: str | None = None,  # noqa: A002
                       limit: int | None = None) -> pd.DataFrame:
        return _frame(q.contradictions(self.con, type, kind, limit))

    def sql(self, query: str) -> pd.DataFrame:
        return _frame(run_sql(self.con, query))

    def _point(self, near: str | tuple[float, float]
               ) -> tuple[tuple[float, float], Resolution | None]:
        if isinstance(near, tuple):
            return near, None
        resolution = self.resolve(near, ("place",))
        if resolution.best is None or resolution.best.lat is None:
            raise SitrepError(f"{near!r}: no resolved place of that name in the store or the "
                              "gazetteer; give coordinates instead (near=(lat, lon))")
        return (resolution.best.lat, resolution.best.lon), resolution

    def _names(self, resolution: Resolution, words: str) -> list[str]:
        """Every name a quote could use for what `words` resolved to (longest first)."""
        best = resolution.best
        if best is None:
            return [words]
        names = {words, best.name}
        if best.kind == "actor":
            names.update(q.actor_names(self.con, [best.id]))
            names.update(dictionary_aliases().get(best.id, []))
        else:
            curated = curated_facility_names().get(best.id)
            if curated:
                names.update([curated[0], *curated[1]])
            names.update(q.place_texts(self.con, best.id))
        names = {n for n in names if n and len(n) >= 2}
        return sorted(names, key=len, reverse=True)


def run_sql(con, query: str):
    """Raw SQL on a read-only store, with file and network access switched off (so COPY,
    ATTACH or read_csv cannot reach outside the store)."""
    if not con.execute("SELECT current_setting('lock_configuration')").fetchall()[0][0]:
        con.execute("SET enable_external_access = false")
        con.execute("SET lock_configuration = true")
    return con.sql(query)


def open_kb(path: str | Path | None = None) -> KnowledgeBase:
    return KnowledgeBase(path)


def _frame(relation) -> pd.DataFrame:
    """A relation as a DataFrame whose DATE columns hold `datetime.date` objects (object dtype,
    None when missing), not midnight timestamps; `pd.to_datetime(frame[col])` gives
    datetime64 when needed."""
    frame = relation.df()
    for column, kind in zip(relation.columns, relation.types):
        if str(kind) == "DATE" and column in frame.columns:
            frame[column] = pd.Series([_as_date(v) for v in frame[column]], index=frame.index,
                                      dtype=object)
    return frame


def _as_date(value):
    if value is None or value is pd.NaT or (isinstance(value, float) and value != value):
        return None
    if isinstance(value, pd.Timestamp):
        return value.date()
    return value


def _noted(frame: pd.DataFrame, *resolutions: Resolution) -> pd.DataFrame:
    """Record in the frame's attrs what the user's words resolved to."""
    frame.attrs["resolved"] = [r.as_dict() for r in resolutions]
    notes = [r.note() or "" for r in resolutions]
    notes += [f"{r.query!r}: matched nothing" for r in resolutions if r.best is None]
    frame.attrs["note"] = "; ".join(n for n in notes if n) or None
    return frame


def _day(value: str | date | None) -> date | None:
    if value is None or isinstance(value, date):
        return value
    return date.fromisoformat(value)
