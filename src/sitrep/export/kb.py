"""Knowledge-base exports: an ACLED-style CSV and PLOVER JSON, one row/object per KB event.
Every field is documented in the README ("Exports of the knowledge base")."""

from __future__ import annotations

import csv
import json
from pathlib import Path

from sitrep.export.csv_cells import safe_cell
from sitrep.store import Store

# PLOVER root type → (ACLED event_type, sub_event_type). ACLED codes political violence and
# demonstrations; the rest of PLOVER falls under its "Strategic developments".
ACLED_TYPES = {
    "ASSAULT": ("Battles", "Armed clash"),
    "COERCE": ("Strategic developments", "Arrests / coercion"),
    "THREATEN": ("Strategic developments", "Threat"),
    "PROTEST": ("Protests", "Peaceful protest"),
    "MOBILIZE": ("Strategic developments", "Headquarters or base established / deployment"),
    "RETREAT": ("Strategic developments", "Non-violent transfer of territory / withdrawal"),
    "SANCTION": ("Strategic developments", "Other"),
    "AGREE": ("Strategic developments", "Agreement"),
    "CONSULT": ("Strategic developments", "Negotiation"),
    "COOPERATE": ("Strategic developments", "Other"),
    "AID": ("Strategic developments", "Other"),
    "SUPPORT": ("Strategic developments", "Other"),
    "CONCEDE": ("Strategic developments", "Other"),
    "REQUEST": ("Strategic developments", "Other"),
    "ACCUSE": ("Strategic developments", "Other"),
    "REJECT": ("Strategic developments", "Other"),
}
# ASSAULT by PLOVER mode, where the text gave one.
ACLED_ASSAULT_MODES = {
    "aerial": ("Explosions/Remote violence", "Air/drone strike"),
    "heavy-weapons": ("Explosions/Remote violence", "Shelling/artillery/missile attack"),
    "explosives": ("Explosions/Remote violence", "Remote explosive/landmine/IED"),
    "destroy": ("Explosions/Remote violence", "Shelling/artillery/missile attack"),
    "firearms": ("Battles", "Armed clash"),
    "execute": ("Violence against civilians", "Attack"),
    "massacre": ("Violence against civilians", "Attack"),
    "abduct": ("Violence against civilians", "Abduction/forced disappearance"),
    "torture": ("Violence against civilians", "Attack"),
    "beat": ("Violence against civilians", "Attack"),
    "assassinate": ("Violence against civilians", "Attack"),
    "cleansing": ("Violence against civilians", "Attack"),
    "crowd-control": ("Protests", "Excessive force against protesters"),
}
ACLED_COLUMNS = ("event_id", "event_date", "date_earliest", "date_latest", "event_type",
                 "sub_event_type", "plover_type", "actor1", "actor1_id", "actor2", "actor2_id",
                 "location", "country", "latitude", "longitude", "geo_precision", "source",
                 "source_count", "notes")

_KB_EVENTS = """
SELECT e.*, list(DISTINCT s.outlet ORDER BY s.outlet) FILTER (WHERE s.outlet IS NOT NULL)
         AS all_outlets,
       list({'doc_id': s.doc_id, 'outlet': s.outlet, 'published': s.published, 'title': s.title,
             'span': [s.span_start, s.span_end], 'text': s.text, 'polarity': s.polarity,
             'reported_by': s.reported_by, 'duplicate_of': s.duplicate_of}
            ORDER BY s.published, s.doc_id, s.span_start) AS mentions_list
FROM v_events e JOIN v_event_sources s ON s.kb_event_id = e.kb_event_id
WHERE e.modality = 'asserted'
GROUP BY ALL ORDER BY e.date_earliest NULLS LAST, e.kb_event_id
"""


def kb_events(store: Store) -> list[dict]:
    cur = store.con.execute(_KB_EVENTS)
    names = [c[0] for c in cur.description]
    return [dict(zip(names, row)) for row in cur.fetchall()]


def export_acled(store: Store, out_dir: str | Path) -> Path:
    path = Path(out_dir) / "events_acled.csv"
    path.parent.mkdir(parents=True, exist_ok=True)
    with open(path, "w", newline="", encoding="utf-8") as handle:
        writer = csv.DictWriter(handle, ACLED_COLUMNS)
        writer.writeheader()
        for e in kb_events(store):
            row = acled_row(e)
            writer.writerow({k: safe_cell(v) if isinstance(v, str) else v for k, v in row.items()})
    return path


def acled_row(e: dict) -> dict:
    event_type, sub_type = ACLED_TYPES.get(e["type"], ("Strategic developments", "Other"))
    if e["type"] == "ASSAULT" and e["mode"] in ACLED_ASSAULT_MODES:
        event_type, sub_type = ACLED_ASSAULT_MODES[e["mode"]]
    denied = e["denied"] and e["denied"] == e["mentions"]
    return {
        "event_id": e["kb_event_id"], "event_date": _iso(e["date_latest"]),
        "date_earliest": _iso(e["date_earliest"]), "date_latest": _iso(e["date_latest"]),
        "event_type": event_type, "sub_event_type": sub_type, "plover_type": e["type"],
        "actor1": e["source_name"] or "", "actor1_id": e["source_actor"] or "",
        "actor2": e["target_name"] or "", "actor2_id": e["target_actor"] or "",
        "location": e["place_name"] or e["place"] or "", "country": e["country"] or "",
        "latitude": e["lat"] if e["lat"] is not None else "",
        "longitude": e["lon"] if e["lon"] is not None else "",
        "geo_precision": _precision(e["feature_type"]),
        "source": "; ".join(e["all_outlets"] or []), "source_count": e["independent_documents"],
        "notes": ("DENIED by every source. " if denied else "") + e["text"].strip(),
    }


def export_plover(store: Store, out_dir: str | Path) -> Path:
    path = Path(out_dir) / "events_plover.json"
    path.parent.mkdir(parents=True, exist_ok=True)
    events = [plover_object(e) for e in kb_events(store)]
    path.write_text(json.dumps(events, ensure_ascii=False, indent=1, default=str),
                    encoding="utf-8")
    return path


def plover_object(e: dict) -> dict:
    return {
        "id": e["kb_event_id"], "event_type": e["type"], "mode": e["mode"] or "",
        "context": "", "event_date": _iso(e["date_latest"]),
        "date_interval": [_iso(e["date_earliest"]), _iso(e["date_latest"])],
        "actor": e["source_name"] or "", "actor_id": e["source_actor"] or "",
        "recipient": e["target_name"] or "", "recipient_id": e["target_actor"] or "",
        "location": {"name": e["place_name"] or e["place"] or "", "country": e["country"],
                     "lat": e["lat"], "lon": e["lon"], "gazetteer_id": e["gazetteer_id"],
                     "feature_type": e["feature_type"]},
        "sources": e["all_outlets"] or [], "independent_documents": e["independent_documents"],
        "mentions": [{**m, "published": _iso(m["published"])} for m in e["mentions_list"]],
    }


def _precision(feature_type: str | None) -> int | str:
    """ACLED geo_precision: 1 the exact place, 2 near it / a town, 3 a region or country."""
    if feature_type is None:
        return ""
    if feature_type in ("country", "admin1", "region"):
        return 3
    return 2 if feature_type == "city" else 1


def _iso(value) -> str | None:
    return value.isoformat() if value is not None else None
