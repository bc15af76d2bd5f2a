"""The JSON API: query strings in, JSON / CSV / GeoJSON out. No HTTP plumbing here.

Every list takes the same composable filters (see `filters_from_query`) and `limit`/`offset`,
so a page's URL, its API call and its download link share one query string.
"""

from __future__ import annotations

import csv
import io
import json
import math
from datetime import date, datetime
from urllib.parse import parse_qs

from sitrep.export.csv_cells import safe_cell
from sitrep.web.data import MAX_LIMIT, ExplorerData, Filters

PAGE_MAX = 500  # JSON pages; downloads may take up to MAX_LIMIT rows


class BadRequest(ValueError):
    """A query-string value the API cannot use: answered with 400 and the message."""


class NotFound(LookupError):
    pass


def filters_from_query(query: dict[str, list[str]]) -> Filters:
    """`actor`, `type` (repeat it or comma-separate), `since`/`until` (YYYY-MM-DD), `lat`/`lon`/
    `km` (all three), `source`, `doc`, `place` (gazetteer id; `place_match=clause` also takes
    events whose clause names it), `q` (text contains)."""
    def one(name: str) -> str | None:
        values = [v.strip() for v in query.get(name, []) if v.strip()]
        return values[-1] if values else None

    types = tuple(t.strip().upper() for v in query.get("type", []) for t in v.split(",")
                  if t.strip())
    near = [_number(one(name), name) for name in ("lat", "lon", "km")]
    if any(v is not None for v in near) and None in near:
        raise BadRequest("lat, lon and km go together (a point and a radius in km)")
    lat, lon, km = near
    if lat is not None and not (-90 <= lat <= 90 and -180 <= lon <= 180 and 0 < km <= 20_000):
        raise BadRequest("lat must be in [-90, 90], lon in [-180, 180], km in (0, 20000]")
    place_match = one("place_match")
    if place_match not in (None, "located", "clause"):
        raise BadRequest("place_match: located (the event's place) or clause (named in it)")
    return Filters(actor=one("actor"), types=types, since=_day(one("since"), "since"),
                   until=_day(one("until"), "until"), lat=lat, lon=lon, km=km,
                   source=one("source"), doc=one("doc"), place=one("place"),
                   place_in_clause=place_match == "clause", q=one("q"))


def page_from_query(query: dict[str, list[str]], default: int = 50,
                    maximum: int = PAGE_MAX) -> tuple[int, int]:
    limit = _integer(query.get("limit", [None])[-1], "limit", default)
    offset = _integer(query.get("offset", [None])[-1], "offset", 0)
    if not 1 <= limit <= maximum or offset < 0:
        raise BadRequest(f"limit must be 1..{maximum} and offset >= 0")
    return limit, offset


def _day(value: str | None, name: str) -> date | None:
    if value is None:
        return None
    try:
        return date.fromisoformat(value)
    except ValueError:
        raise BadRequest(f"{name}: not a date {value!r} (use YYYY-MM-DD)") from None


def _number(value: str | None, name: str) -> float | None:
    if value is None:
        return None
    try:
        number = float(value)
    except ValueError:
        raise BadRequest(f"{name}: not a number {value!r}") from None
    if not math.isfinite(number):
        raise BadRequest(f"{name}: not a finite number")
    return number


def _integer(value: str | None, name: str, default: int) -> int:
    if value in (None, ""):
        return default
    try:
        return int(value)
    except ValueError:
        raise BadRequest(f"{name}: not an integer {value!r}") from None


# --- responses -------------------------------------------------------------------------------

def _plain(value):
    if isinstance(value, (date, datetime)):
        return value.isoformat()[:10] if isinstance(value, datetime) else value.isoformat()
    raise TypeError(f"not JSON serialisable: {type(value).__name__}")


def to_json(payload) -> bytes:
    return json.dumps(payload, default=_plain, ensure_ascii=False,
                      separators=(",", ":")).encode("utf-8")


def to_csv(rows: list[dict]) -> bytes:
    """CSV with a header row; lists joined by '; '. Cells that a spreadsheet would run as a
    formula (=, +, -, @ first) are prefixed with ' — article text is untrusted."""
    buffer = io.StringIO()
    if rows:
        writer = csv.DictWriter(buffer, fieldnames=list(rows[0]), lineterminator="\n")
        writer.writeheader()
        for row in rows:
            writer.writerow({k: _cell(v) for k, v in row.items()})
    return buffer.getvalue().encode("utf-8")


def _cell(value) -> str:
    if value is None:
        return ""
    if isinstance(value, list):
        value = "; ".join(str(v) for v in value)
    elif isinstance(value, (date, datetime)):
        value = _plain(value)
    return safe_cell(str(value))


def events_geojson(rows: list[dict]) -> dict:
    """Located events as GeoJSON points ([lon, lat]); unlocated events are counted, not drawn."""
    features, unlocated = [], 0
    for row in rows:
        if row.get("lat") is None:
            unlocated += 1
            continue
        properties = {k: v for k, v in row.items() if k not in ("lat", "lon")}
        features.append({"type": "Feature", "properties": properties,
                         "geometry": {"type": "Point", "coordinates": [row["lon"], row["lat"]]}})
    return {"type": "FeatureCollection", "features": features, "unlocated_events": unlocated}


# --- the routes ------------------------------------------------------------------------------

def handle_api(data: ExplorerData, path: str, query_string: str) -> tuple[str, bytes]:
    """Answer one API path: (content type, body). Raises BadRequest or NotFound."""
    query = parse_qs(query_string, keep_blank_values=False)
    parts = path.strip("/").split("/")[1:]  # after "api"
    head = parts[0] if parts else ""
    name, _, extension = head.partition(".")
    rest = "/".join(parts[1:])
    if name in ("documents", "events", "quotes") and not rest:
        return _list(data, name, extension, query)
    if extension:
        raise NotFound(path)
    if name == "overview" and not rest:
        return _json(data.overview())
    if name == "documents" and rest:
        return _json(_found(data.document(rest), "document", rest))
    if name == "events" and rest:
        return _json(_found(data.event(rest), "merged event", rest))
    if name == "map" and not rest:
        f, view = filters_from_query(query), _view(data, query)
        points = data.event_points(f, view=view) if view else data.event_points(f)
        return _json({"points": points, "view": view or "mentions"})
    if name == "timeline" and not rest:
        f, view = filters_from_query(query), _view(data, query)
        return _json(data.timeline(f, view=view) if view else data.timeline(f))
    if name == "actors":
        if rest:
            return _json(_found(data.actor_profile(rest), "actor", rest))
        return _json({"items": data.find_actors(_required(query, "q"))})
    if name == "places":
        if rest:
            return _json(_found(data.facility_profile(rest), "place", rest))
        return _json({"items": data.find_places(_required(query, "q"))})
    raise NotFound(path)


def _list(data: ExplorerData, name: str, extension: str, query: dict) -> tuple[str, bytes]:
    f = filters_from_query(query)
    fetch = getattr(data, name)
    kwargs = {}
    if name == "events":
        kwargs["order"] = query.get("order", ["date"])[-1]
        if kwargs["order"] not in ("date", "-date"):
            raise BadRequest("order: date (oldest first) or -date (newest first)")
        view = _view(data, query)
        if view:
            kwargs["view"] = view
    if not extension:
        limit, offset = page_from_query(query)
        return _json(fetch(f, limit, offset, **kwargs).as_dict())
    rows = fetch(f, MAX_LIMIT, 0, **kwargs).items  # a download is the whole selection
    if extension == "csv":
        return "text/csv; charset=utf-8", to_csv([_without_text(name, r) for r in rows])
    if extension == "geojson" and name == "events":
        return "application/geo+json", to_json(events_geojson(rows))
    raise NotFound(f"/api/{name}.{extension}")


def _view(data: ExplorerData, query: dict) -> str | None:
    """`view=merged` (knowledge-base events, the default when the store has a KB) or
    `view=mentions` (one row per document event); None without a KB."""
    values = [v.strip() for v in query.get("view", []) if v.strip()]
    view = values[-1] if values else None
    if view not in (None, "merged", "mentions"):
        raise BadRequest("view: merged (knowledge-base events) or mentions (per document)")
    if not getattr(data, "has_kb", False):
        if view == "merged":
            raise BadRequest("view=merged needs a knowledge base (sitrep kb build)")
        return None
    return view or "merged"


def _without_text(name: str, row: dict) -> dict:
    """A CSV lists records; a document's opening words (the documents list's snippet, an
    untitled document's name on screen) are one click away, not in the file."""
    return {k: v for k, v in row.items() if k != "opening"}


def _required(query: dict, name: str) -> str:
    values = [v for v in query.get(name, []) if v.strip()]
    if not values:
        raise BadRequest(f"{name} is required")
    return values[-1].strip()


def _found(value, what: str, key: str):
    if value is None:
        raise NotFound(f"no {what} {key!r}")
    return value


def _json(payload) -> tuple[str, bytes]:
    return "application/json; charset=utf-8", to_json(payload)
