"""The explorer's data-access layer: what the pages need, not how the store keeps it.

`ExplorerData` is the seam. Today `PerDocumentData` answers it from the per-document tables
(actors, mentions, quotes, events, places, times) through `sitrep.store.web_queries`:

- an actor page is an **actor id** across documents (dictionary ids such as `RUS-MIL` and name
  slugs such as `person:kaja-kallas` recur; per-document descriptions such as
  `desc:…:1` do not): the names and aliases each document gave it, quotes whose speaker
  resolved to it, events where it is source or target, documents that mention it;
- a facility page is a **gazetteer id**: how articles wrote the place, and the events located
  there or whose clause names it, ordered by date.

`KnowledgeBaseData` answers the same methods from the cross-document knowledge base (issue 7,
`sitrep.kb`) when the store has one — KB tables with at least one document taken in;
`make_data()` picks it, else `PerDocumentData` (a store written without `sitrep ingest`'s KB
update, or built before schema 6: run `sitrep kb build` to get the KB pages):

- events default to **merged** KB events (`view=merged`: one row per deduplicated event, with
  how many documents and independent documents report it); `view=mentions` gives the
  per-document rows as before. Both take the same filters;
- an `actor` filter is any name of a canonical actor (resolved as `sitrep.kb.resolve` does:
  id, name, alias, a text the documents use), and matches the document actors merged into it;
- an actor page is a **canonical actor** (`HTS`, `person:kaja-kallas`): every name and alias
  with document counts, quotes by it (or by people and descriptions affiliated with it) and
  about it (any of its names in the quote), merged events as source or target, its status
  timeline, contradictions on its events; a per-document actor id leads to the canonical
  actor it became (the article view links there directly: `document()` carries `kb_actors`,
  the document's actor ids → canonical ids);
- status rows and contradictions that a syndicated copy (`kb_documents.duplicate_of`) repeats
  come once, the original's, with `copies` and `copy_docs`;
- a facility page adds the place's status timeline (withdrawn, emptied … with dates and who
  reported it), merged events located there, named in their clause or within `NEAR_KM`, quotes
  about it and contradictions;
- `event(kb_event_id)` is one merged event with every source mention and contradiction.
Pages show a `kb` key when the answer comes from the knowledge base.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, timedelta
from typing import Protocol

import re
from dataclasses import replace

from sitrep.store import Store
from sitrep.store import kb_queries
from sitrep.store.kb_web_queries import KBWebQueries, has_knowledge_base
from sitrep.store.web_queries import MAX_LIMIT, Filters, WebQueries

NEAR_KM = 25.0  # a facility page's merged events: located there, named in the clause, or this near


@dataclass
class Page:
    """One page of a longer list."""

    items: list[dict]
    total: int
    limit: int
    offset: int
    note: str | None = None          # what a name in the filters resolved to
    extra: dict | None = None        # e.g. view: merged or mentions

    def as_dict(self) -> dict:
        more = self.offset + len(self.items) < self.total
        return {"items": self.items, "total": self.total, "limit": self.limit,
                "offset": self.offset, "next_offset": self.offset + self.limit if more else None,
                **({"note": self.note} if self.note else {}), **(self.extra or {})}


class ExplorerData(Protocol):
    has_kb: bool

    def overview(self) -> dict: ...
    def documents(self, f: Filters, limit: int, offset: int) -> Page: ...
    def document(self, doc_id: str) -> dict | None: ...
    # with a knowledge base these three also take view="merged" (the default) or "mentions"
    def events(self, f: Filters, limit: int, offset: int, order: str = "date") -> Page: ...
    def event_points(self, f: Filters) -> list[dict]: ...
    def timeline(self, f: Filters) -> dict: ...
    def quotes(self, f: Filters, limit: int, offset: int) -> Page: ...
    def find_actors(self, text: str) -> list[dict]: ...
    def find_places(self, text: str) -> list[dict]: ...
    def actor_profile(self, actor_id: str) -> dict | None: ...
    def facility_profile(self, place_id: str) -> dict | None: ...
    def event(self, kb_event_id: str) -> dict | None: ...
    def close(self) -> None: ...


class PerDocumentData:
    """`ExplorerData` over the per-document tables of a read-only store. Safe across request
    threads: each call runs on its own DuckDB cursor."""

    has_kb = False

    def __init__(self, store: Store):
        self.store = store

    def close(self) -> None:
        self.store.close()

    def _queries(self) -> WebQueries:
        return WebQueries(self.store.con.cursor())

    def _page(self, method: str, f: Filters, limit: int, offset: int, **kwargs) -> Page:
        queries = self._queries()
        try:
            items, total = getattr(queries, method)(f, limit=limit, offset=offset, **kwargs)
        finally:
            queries.con.close()
        return Page(items, total, limit, offset)

    def _call(self, method: str, *args, **kwargs):
        queries = self._queries()
        try:
            return getattr(queries, method)(*args, **kwargs)
        finally:
            queries.con.close()

    def overview(self) -> dict:
        return self._call("overview")

    def documents(self, f: Filters, limit: int = 50, offset: int = 0) -> Page:
        return self._page("documents", f, limit, offset)

    def document(self, doc_id: str) -> dict | None:
        return self._call("document", doc_id)

    def events(self, f: Filters, limit: int = 50, offset: int = 0, order: str = "date") -> Page:
        return self._page("events", f, limit, offset, order=order)

    def event_points(self, f: Filters) -> list[dict]:
        return self._call("event_points", f)

    def event(self, kb_event_id: str) -> dict | None:
        return None  # merged events live in the knowledge base

    def timeline(self, f: Filters) -> dict:
        """Counts per bucket over a window: since–until when the filters say, else where 98%
        of the selection's dates fall; the bucket sized so the window is ~30–400 bars.
        `outside` counts the events that start before or after the window."""
        return self._timeline(f, "event_extent", "timeline")

    def _timeline(self, f: Filters, extent: str, counts: str) -> dict:
        first, last = self._call(extent, f)
        first, last = f.since or first, f.until or last
        if first and last and first > last:
            first, last = last, first
        bucket = _bucket(first, last)
        counts = self._call(counts, f, bucket) if first else []
        inside = [c for c in counts if _day(c["bucket"]) >= _bucket_start(first, bucket)
                  and _day(c["bucket"]) <= last] if first else []
        return {"first": first, "last": last, "bucket": bucket, "counts": inside,
                "outside": sum(c["events"] for c in counts) - sum(c["events"] for c in inside)}

    def quotes(self, f: Filters, limit: int = 50, offset: int = 0) -> Page:
        return self._page("quotes", f, limit, offset)

    def find_actors(self, text: str) -> list[dict]:
        return self._call("find_actors", text)

    def find_places(self, text: str) -> list[dict]:
        return self._call("find_places", text)

    def actor_profile(self, actor_id: str) -> dict | None:
        actor = self._call("actor", actor_id)
        if actor is None:
            return None
        f = Filters(actor=actor_id)
        actor["quotes"] = self.quotes(f, limit=20).as_dict()
        actor["events"] = self.events(f, limit=50).as_dict()
        actor["documents_list"] = self.documents(f, limit=20).as_dict()
        return actor

    def facility_profile(self, place_id: str) -> dict | None:
        place = self._call("place", place_id)
        if place is None:
            return None
        f = Filters(place=place_id, place_in_clause=True)
        place["events"] = self.events(f, limit=200).as_dict()
        place["documents_list"] = self.documents(f, limit=20).as_dict()
        return place


def _day(value) -> date:
    return value.date() if hasattr(value, "date") and callable(value.date) else value


def _bucket_start(day: date, bucket: str) -> date:
    """The first day of the bucket that holds `day` (as DuckDB's date_trunc)."""
    if bucket == "week":
        return day - timedelta(days=day.weekday())
    if bucket == "month":
        return day.replace(day=1)
    if bucket == "year":
        return day.replace(month=1, day=1)
    return day


def _bucket(first: date | None, last: date | None) -> str:
    if first is None or last is None:
        return "day"
    days = (last - first).days
    if days <= 120:
        return "day"
    if days <= 3 * 365:
        return "week"
    if days <= 30 * 365:
        return "month"
    return "year"


class KnowledgeBaseData(PerDocumentData):
    """`ExplorerData` over the knowledge base (see the module doc), falling back to the
    per-document answers for what the KB does not hold (an article, a place's spellings)."""

    has_kb = True

    def _queries(self) -> KBWebQueries:
        return KBWebQueries(self.store.con.cursor())

    # --- a user's words for an actor -----------------------------------------------------

    def resolve_actor(self, words: str) -> tuple[str, str | None]:
        """The canonical actor id that `words` name (id, name, any alias), and a note when
        the words were not the id itself; the words unchanged when nothing matches."""
        from sitrep.kb.resolve import resolve

        queries = self._queries()
        try:
            if queries.kb_actor_exists(words):
                return words, None
            resolution = resolve(queries.con, words, ("actor",))
        finally:
            queries.con.close()
        if resolution.best is None:
            return words, f"{words!r}: no actor of that name in the knowledge base"
        return resolution.id, resolution.note()

    def _kb_filters(self, f: Filters) -> tuple[Filters, str | None]:
        if not f.actor:
            return f, None
        actor, note = self.resolve_actor(f.actor)
        return replace(f, actor=actor, kb_actor=True), note

    def _noted(self, page: Page, note: str | None, **extra) -> Page:
        page.note = note
        page.extra = extra
        return page

    # --- lists ---------------------------------------------------------------------------

    def overview(self) -> dict:
        overview = super().overview()
        overview["kb"] = self._call("kb_overview")
        return overview

    def documents(self, f: Filters, limit: int = 50, offset: int = 0) -> Page:
        f, note = self._kb_filters(f)
        return self._noted(super().documents(f, limit, offset), note)

    def events(self, f: Filters, limit: int = 50, offset: int = 0, order: str = "date",
               view: str = "merged") -> Page:
        f, note = self._kb_filters(f)
        if view == "mentions":
            return self._noted(super().events(f, limit, offset, order=order), note,
                               view="mentions")
        return self._noted(self._page("kb_events", f, limit, offset, order=order), note,
                           view="merged")

    def event_points(self, f: Filters, view: str = "merged") -> list[dict]:
        f, _ = self._kb_filters(f)
        if view == "mentions":
            return super().event_points(f)
        return self._call("kb_event_points", f)

    def timeline(self, f: Filters, view: str = "merged") -> dict:
        f, _ = self._kb_filters(f)
        if view == "mentions":
            return super().timeline(f)
        return {**self._timeline(f, "kb_event_extent", "kb_timeline"), "view": "merged"}

    def quotes(self, f: Filters, limit: int = 50, offset: int = 0) -> Page:
        f, note = self._kb_filters(f)
        return self._noted(super().quotes(f, limit, offset), note)

    def find_actors(self, text: str) -> list[dict]:
        return self._call("kb_find_actors", text)

    def event(self, kb_event_id: str) -> dict | None:
        event = self._call("kb_event", kb_event_id)
        if event is not None:
            event["kb"] = True
        return event

    # --- pages -------------------------------------------------------------------------

    def _canonical(self, actor_id: str) -> tuple[str | None, str | None]:
        """The canonical actor behind an id or a name: itself, the one a per-document actor
        id became, else what `resolve` finds."""
        if self._call("kb_actor_exists", actor_id):
            return actor_id, None
        became = self._call("kb_actor_ids_of_member", actor_id)
        if len(became) == 1:
            return became[0], f"{actor_id!r} (a document's actor) → {became[0]}"
        resolved, note = self.resolve_actor(actor_id)
        if self._call("kb_actor_exists", resolved):
            return resolved, note
        return None, None

    def actor_profile(self, actor_id: str) -> dict | None:
        kb_id, note = self._canonical(actor_id)
        if kb_id is None:
            return super().actor_profile(actor_id)  # not in the KB: the per-document view
        actor = self._call("kb_actor", kb_id)
        actor.update(kb=True, actor_id=kb_id, note=note)
        f = Filters(actor=kb_id)
        actor["events"] = self._page("kb_events", f, 50, 0).as_dict()
        actor["quotes_by"] = self._quotes(speaker=kb_id)
        actor["quotes_about"] = self._quotes(about=self._actor_names(actor))
        actor["status"] = self._call("kb_status", [kb_id])
        events = self._call("kb_contradiction_events", f, reported_by=kb_id)
        actor["contradictions"] = self._call("kb_contradictions", events)
        actor["documents_list"] = super().documents(
            Filters(actor=kb_id, kb_actor=True), limit=20).as_dict()
        return actor

    def facility_profile(self, place_id: str) -> dict | None:
        place = self._call("place", place_id)
        if place is None:
            return None
        f = Filters(place=place_id, place_in_clause=True)
        place.update(kb=True, near_km=NEAR_KM)
        place["status"] = self._call("kb_status", [place_id])
        place["events"] = self._page("kb_events", f, 100, 0, near_km=NEAR_KM).as_dict()
        names = [place["name"], *(w["text"] for w in place["written"])]
        curated = _curated_names(place_id)
        place["aliases"] = curated
        place["quotes_about"] = self._quotes(about=names + curated)
        events = self._call("kb_contradiction_events", f, near_km=NEAR_KM)
        place["contradictions"] = self._call("kb_contradictions", events)
        place["documents_list"] = super().documents(f, limit=20).as_dict()
        return place

    def _quotes(self, speaker: str | None = None, about: list[str] | None = None,
                limit: int = 20) -> dict:
        pattern = _name_patterns(about) if about is not None else None
        if about is not None and not any(pattern):
            return Page([], 0, limit, 0).as_dict()
        items, total = self._call("kb_quotes", speaker=speaker, about_pattern=pattern,
                                  limit=limit)
        return Page(items, total, limit, 0).as_dict()

    def _actor_names(self, actor: dict) -> list[str]:
        from sitrep.kb.resolve import dictionary_aliases

        names = [actor["name"], *(n["name"] for n in actor["names"])]
        if actor["scope"] == "global":
            names += dictionary_aliases().get(actor["kb_actor_id"], [])
        return names


def _curated_names(place_id: str) -> list[str]:
    from sitrep.kb.resolve import curated_facility_names

    curated = curated_facility_names().get(place_id)
    return [curated[0], *curated[1]] if curated else []


def _name_patterns(names: list[str]) -> tuple[str, str]:
    """Whole-word regexes for a subject's names: (any case, exact case). Acronyms ("HTS",
    "IS") match in their case only, as `sitrep query quotes --about` does."""
    names = sorted({n.strip() for n in names if n and len(n.strip()) >= 2}, key=len,
                   reverse=True)
    exact = [n for n in names if kb_queries._is_acronym(n)]
    folded = [n for n in names if not kb_queries._is_acronym(n)]
    return _alternatives(folded), _alternatives(exact)


def _alternatives(names: list[str]) -> str:
    return r"\b(?:" + "|".join(re.escape(n) for n in names) + r")\b" if names else ""


def make_data(store: Store) -> ExplorerData:
    """The data source for a store: the knowledge base when the store has one (KB tables
    holding at least one document), else the per-document tables."""
    cursor = store.con.cursor()
    try:
        with_kb = has_knowledge_base(cursor)
    finally:
        cursor.close()
    return KnowledgeBaseData(store) if with_kb else PerDocumentData(store)


__all__ = ["MAX_LIMIT", "ExplorerData", "Filters", "KnowledgeBaseData", "Page",
           "PerDocumentData", "make_data"]
