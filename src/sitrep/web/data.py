"""The explorer's data-access layer: what the pages need, not how the store keeps it.

`ExplorerData` is the seam. Today `PerDocumentData` answers it from the per-document tables
(actors, mentions, quotes, events, places, times) through `sitrep.store.web_queries`:

- an actor page is an **actor id** across documents (dictionary ids such as `RUS-MIL` and name
  slugs such as `person:kaja-kallas` recur; per-document descriptions such as
  `desc:…:1` do not): the names and aliases each document gave it, quotes whose speaker
  resolved to it, events where it is source or target, documents that mention it;
- a facility page is a **gazetteer id**: how articles wrote the place, and the events located
  there or whose clause names it, ordered by date.

When the cross-document knowledge base lands (issue 7, `sitrep.kb`: canonical actors, merged
events, contradictions, facility status timelines), a `KnowledgeBaseData` implementing the same
methods can replace `PerDocumentData` in `make_data()`; the HTTP layer and the pages read only
the dicts documented here, and extra keys (`contradictions`, `status`) are shown when present.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, timedelta
from typing import Protocol

from sitrep.store import Store
from sitrep.store.web_queries import MAX_LIMIT, Filters, WebQueries


@dataclass
class Page:
    """One page of a longer list."""

    items: list[dict]
    total: int
    limit: int
    offset: int

    def as_dict(self) -> dict:
        more = self.offset + len(self.items) < self.total
        return {"items": self.items, "total": self.total, "limit": self.limit,
                "offset": self.offset, "next_offset": self.offset + self.limit if more else None}


class ExplorerData(Protocol):
    def overview(self) -> dict: ...
    def documents(self, f: Filters, limit: int, offset: int) -> Page: ...
    def document(self, doc_id: str) -> dict | None: ...
    def events(self, f: Filters, limit: int, offset: int, order: str = "date") -> Page: ...
    def event_points(self, f: Filters) -> list[dict]: ...
    def timeline(self, f: Filters) -> dict: ...
    def quotes(self, f: Filters, limit: int, offset: int) -> Page: ...
    def find_actors(self, text: str) -> list[dict]: ...
    def find_places(self, text: str) -> list[dict]: ...
    def actor_profile(self, actor_id: str) -> dict | None: ...
    def facility_profile(self, place_id: str) -> dict | None: ...
    def close(self) -> None: ...


class PerDocumentData:
    """`ExplorerData` over the per-document tables of a read-only store. Safe across request
    threads: each call runs on its own DuckDB cursor."""

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

    def timeline(self, f: Filters) -> dict:
        """Counts per bucket over a window: since–until when the filters say, else where 98%
        of the selection's dates fall; the bucket sized so the window is ~30–400 bars.
        `outside` counts the events that start before or after the window."""
        first, last = self._call("event_extent", f)
        first, last = f.since or first, f.until or last
        if first and last and first > last:
            first, last = last, first
        bucket = _bucket(first, last)
        counts = self._call("timeline", f, bucket) if first else []
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


def make_data(store: Store) -> ExplorerData:
    """The data source for a store. The one place to switch to the knowledge base."""
    return PerDocumentData(store)


__all__ = ["MAX_LIMIT", "ExplorerData", "Filters", "Page", "PerDocumentData", "make_data"]
