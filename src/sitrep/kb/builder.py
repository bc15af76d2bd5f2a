"""Taking documents into the knowledge base, one at a time (so `ingest` can keep it current).

Per document, in one transaction: find the text it copies (band look-up), resolve its actors
(name-key look-up), place each event in an existing KB event or a new one (type-week look-up),
link contradictions on the events it touched, and add facility and actor status rows.
"""

from __future__ import annotations

import hashlib
import time
from dataclasses import dataclass, field

from sitrep.kb import actors as actor_rules
from sitrep.kb.claims import contradictions, death_count
from sitrep.kb.duplicates import bands, find_original, signature
from sitrep.kb.events import EventMention, absorb, best_match, interval, new_event, week_keys
from sitrep.kb.settings import KBSettings
from sitrep.kb.status import facility_places, facility_status_rows
from sitrep.store import Store
from sitrep.store.kb_tables import KBTables

ACTOR_STATUS = {"ASSAULT": "attacking", "RETREAT": "withdrawing", "MOBILIZE": "deploying",
                "CONSULT": "negotiating", "AGREE": "agreeing", "COOPERATE": "cooperating",
                "AID": "giving aid", "THREATEN": "threatening"}


@dataclass
class UpdateSummary:
    documents: int = 0
    duplicates: int = 0
    mentions: int = 0
    merged: int = 0
    contradictions: int = 0
    seconds: float = 0.0
    per_document_ms: list[float] = field(default_factory=list)

    def render(self) -> str:
        return (f"knowledge base: {self.documents} documents taken in ({self.duplicates} copies of "
                f"another), {self.mentions} event mentions, {self.merged} merged into an existing "
                f"event, {self.contradictions} contradictions ({self.seconds:.1f} s)")


class KBBuilder:
    def __init__(self, store: Store, settings: KBSettings | None = None,
                 rules: actor_rules.AliasRules | None = None):
        self.tables = KBTables(store)
        self.settings = settings or KBSettings()
        self.rules = rules or actor_rules.AliasRules()

    def build(self) -> UpdateSummary:
        """From scratch: every stored document, oldest first."""
        self.tables.reset()
        return self.update()

    def update(self, doc_ids: list[str] | None = None) -> UpdateSummary:
        """Take in the given documents (default: every stored one the KB lacks)."""
        summary = UpdateSummary()
        started = time.perf_counter()
        for doc_id in doc_ids if doc_ids is not None else self.tables.pending_documents():
            self.add_document(doc_id, summary)
        summary.seconds = time.perf_counter() - started
        return summary

    def add_document(self, doc_id: str, summary: UpdateSummary | None = None) -> None:
        summary = summary if summary is not None else UpdateSummary()
        started = time.perf_counter()
        t = self.tables
        layers = t.document_layers(doc_id)
        doc = layers["document"]
        if t.has_document(doc_id):
            # re-extracted: take the old version out first, in its own transaction (DuckDB
            # refuses to re-insert a primary key deleted in the same transaction); if the add
            # below fails, `sitrep kb update` takes the document in again
            with t.transaction():
                t.remove_document(doc_id)
        with t.transaction():
            sig = signature(doc["text"])
            doc_bands = bands(sig)
            others = [c for c in t.documents_with_bands(doc_bands) if c["doc_id"] != doc_id]
            original, similarity = find_original(sig, others, self.settings.duplicate_jaccard)
            t.add_document(doc_id, original, similarity, sig, doc_bands)
            members = self._resolve_actors(doc_id, layers["actors"])
            mentions = [self._mention(doc, row, members, layers["places"])
                        for row in layers["events"]]
            placed = self._place_events(doc_id, original, mentions, summary)
            self._link_contradictions(doc_id, {row["kb_event_id"] for row in placed}, summary)
            self._add_status(doc, layers["places"], placed, mentions)
        summary.documents += 1
        summary.duplicates += original is not None
        summary.per_document_ms.append((time.perf_counter() - started) * 1000)

    # --- actors --------------------------------------------------------------------------

    def _resolve_actors(self, doc_id: str, rows: list[dict]) -> dict[str, str]:
        """Local actor id → canonical id; descriptions last, so their affiliation is known.
        Two look-ups per document: the name keys, then the ids it could create."""
        keys = sorted({key for row in rows for key in actor_rules.actor_keys(row)})
        by_key: dict[str, list[dict]] = {}
        for candidate in self.tables.actors_by_keys(keys):
            by_key.setdefault(candidate.pop("key"), []).append(candidate)
        existing = self.tables.actors_by_ids(sorted({row["actor_id"] for row in rows}
                                                    | _dictionary_targets(rows)))
        members: dict[str, str] = {}
        member_rows, names, created = [], set(), []
        for row in sorted(rows, key=actor_rules.is_description):
            candidates = [c for key in actor_rules.actor_keys(row) for c in by_key.get(key, [])]
            affiliation = members.get(row["affiliation"]) if row["affiliation"] else None
            found = actor_rules.resolve_actor(row, doc_id, candidates, self.rules, affiliation)
            if found.new_actor is not None:
                have = existing.get(found.kb_actor_id)
                if have is not None and found.how == "new" and \
                        not actor_rules.compatible(row, have):
                    found.kb_actor_id = f"{found.kb_actor_id}~{doc_id[:6]}"  # same slug, other one
                    have = existing.get(found.kb_actor_id)
                if have is None:
                    actor = {**found.new_actor, "kb_actor_id": found.kb_actor_id}
                    created.append(actor)
                    existing[found.kb_actor_id] = actor
            members[row["actor_id"]] = found.kb_actor_id
            member_rows.append((doc_id, row["actor_id"], found.kb_actor_id, row["name"],
                                found.how))
            actor = existing.get(found.kb_actor_id)
            for key in found.keys:
                if actor and not any(c["kb_actor_id"] == found.kb_actor_id
                                     for c in by_key.get(key, [])):
                    names.add((key, found.kb_actor_id))
                    by_key.setdefault(key, []).append(actor)
        self.tables.add_actors(created)
        self.tables.add_members(member_rows)
        self.tables.add_actor_names(sorted(names))
        return members

    # --- events --------------------------------------------------------------------------

    def _mention(self, doc: dict, row: dict, members: dict[str, str],
                 places: list[dict]) -> EventMention:
        earliest, latest, by_text = interval(row, doc["published"], self.settings)
        place = _event_place(row, places)
        canonical = lambda local: members.get(local) if local else None  # noqa: E731
        return EventMention(
            doc_id=row["doc_id"], span_start=row["span_start"], span_end=row["span_end"],
            trigger_start=row["trigger_start"], trigger_text=row["trigger_text"],
            text=row["text"], type=row["type"], mode=row["mode"], modality=row["modality"],
            polarity=row["polarity"], source=canonical(row["source_actor"]),
            target=canonical(row["target_actor"]), reported_by=canonical(row["reported_by"]),
            place=row["place"], place_name=place.get("name"),
            gazetteer_id=place.get("gazetteer_id"), feature_type=place.get("feature_type"),
            country=place.get("country"), lat=place.get("lat"), lon=place.get("lon"),
            earliest=earliest, latest=latest, dated_by_text=by_text)

    def _place_events(self, doc_id: str, original: str | None, mentions: list[EventMention],
                      summary: UpdateSummary) -> list[dict]:
        """Each mention's KB event: its original's when the document is a copy, else the best
        matching candidate found under its type-week keys (one look-up for the document), else
        a new one. Events new in this document are candidates for its later mentions."""
        copies = _index_by_text(self.tables.mentions_of_document(original)) if original else {}
        keys = {id(m): [] if m.vague(self.settings) else
                week_keys(m.type, m.earliest, m.latest, self.settings) for m in mentions}
        pool = {e["kb_event_id"]: e for e in self.tables.events_by_keys(
            sorted({k for ks in keys.values() for k in ks}))}
        own = self.tables.existing_events([_event_id(m) for m in mentions])
        pool_keys: dict[str, list[str]] = {}  # key → ids, for events created here
        created, changed, rows = {}, {}, []
        mine = set(own)  # KB events this document reports: matched by the within-document rules
        for m in mentions:
            kb_event_id, how, score = copies.get((m.type, _norm(m.text))), "duplicate_document", None
            if kb_event_id is None:
                candidates = [e for e in pool.values() if e["type"] == m.type]
                event, score = best_match(m, candidates, self.settings, mine) if keys[id(m)] \
                    else (None, None)
                if event is not None:
                    kb_event_id, how = event["kb_event_id"], "matched"
                    if absorb(event, m) and kb_event_id not in created:
                        changed[kb_event_id] = event
                elif _event_id(m) in own:  # re-added document: its event outlived it
                    kb_event_id, how = _event_id(m), "new"
                else:
                    kb_event_id, how = _event_id(m), "new"
                    created[kb_event_id] = pool[kb_event_id] = new_event(kb_event_id, m)
                    for key in keys[id(m)]:
                        pool_keys.setdefault(key, []).append(kb_event_id)
            mine.add(kb_event_id)
            summary.mentions += 1
            summary.merged += how != "new"
            rows.append(_mention_row(kb_event_id, m, how, score))
        self.tables.add_events(list(created.values()),
                               [(k, i) for k, ids in pool_keys.items() for i in ids])
        self.tables.update_events(list(changed.values()))
        self.tables.add_mentions(rows)
        return rows

    # --- contradictions and status -------------------------------------------------------

    def _link_contradictions(self, doc_id: str, touched: set[str], summary: UpdateSummary) -> None:
        by_event: dict[str, list[dict]] = {}
        for mention in self.tables.mentions_of(sorted(touched)):
            by_event.setdefault(mention["kb_event_id"], []).append(mention)
        shared = [i for i, ms in by_event.items() if len(ms) > 1]
        known = self.tables.contradiction_pairs(shared)
        found = []
        for kb_event_id in shared:
            found += contradictions(kb_event_id, by_event[kb_event_id], doc_id, self.settings,
                                    known)
        self.tables.add_contradictions(found)
        summary.contradictions += len(found)

    def _add_status(self, doc: dict, places: list[dict], placed: list[dict],
                    mentions: list[EventMention]) -> None:
        enriched = [{**row, "type": m.type, "modality": m.modality, "earliest": m.earliest,
                     "latest": m.latest} for row, m in zip(placed, mentions)]
        published = (doc["published"], doc["published"])
        rows = facility_status_rows(doc, facility_places(places), enriched, published)
        for row, m in zip(placed, mentions):
            status = ACTOR_STATUS.get(m.type)
            if status and m.source and "@" not in m.source and m.modality == "asserted":
                if m.polarity == "negative":
                    status = f"not {status}"
                rows.append({
                    "subject_kind": "actor", "subject_id": m.source, "subject_name": m.source,
                    "status": status, "date_earliest": m.earliest, "date_latest": m.latest,
                    "kb_event_id": row["kb_event_id"], "doc_id": doc["id"],
                    "span_start": m.span_start, "span_end": m.span_end, "text": m.text,
                    "reported_by": m.reported_by})
        self.tables.add_status(rows)


def _event_id(m: EventMention) -> str:
    key = f"{m.doc_id}:{m.span_start}:{m.trigger_start}"
    return "ev-" + hashlib.sha1(key.encode()).hexdigest()[:12]


def _mention_row(kb_event_id: str, m: EventMention, how: str, score: float | None) -> dict:
    count = death_count(m.text)
    return {
        "kb_event_id": kb_event_id, "doc_id": m.doc_id, "span_start": m.span_start,
        "span_end": m.span_end, "trigger_start": m.trigger_start, "text": m.text,
        "polarity": m.polarity, "reported_by": m.reported_by,
        "count_low": count[0] if count else None, "count_high": count[1] if count else None,
        "how": how, "score": score}


def _dictionary_targets(rows: list[dict]) -> set[str]:
    """Dictionary ids an unknown name in `rows` could join ("Isis" → ISIS)."""
    keys = actor_rules.dictionary_keys()
    return {keys[k] for row in rows for k in actor_rules.actor_keys(row) if k in keys}


def _event_place(row: dict, places: list[dict]) -> dict:
    """The resolved location the event clause names: the first mention of that name in the
    document, preferring one inside the clause."""
    if not row["place"]:
        return {}
    same = [p for p in places if p["text"] == row["place"] and p["lat"] is not None
            and p["role"] == "location"]
    inside = [p for p in same if row["span_start"] <= p["span_start"] < row["span_end"]]
    return (inside or same or [{}])[0]


def _norm(text: str) -> str:
    return " ".join(text.lower().split())


def _index_by_text(mentions: list[dict]) -> dict[tuple[str, str], str]:
    index: dict[tuple[str, str], str] = {}
    for m in mentions:
        index.setdefault((m["type"], _norm(m["text"])), m["kb_event_id"])
    return index
