"""Status timelines: what happened to a facility (airbase, port, naval base, airport) and when,
read from the events whose clause names it, else from status cues in its sentence
(`data/facility_status.tsv`); every row keeps its evidence span."""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from sitrep.data import read_table

FACILITY_TYPES = {"airbase", "port", "naval_base", "airport", "military_base"}
_SENTENCE_END = re.compile(r"[.!?]\s|\n")


@dataclass(frozen=True)
class StatusRule:
    status: str
    event_types: frozenset[str] | None  # None: any type; empty: sentence cue (no event)
    cue: str | None  # regex template with {facility}, None = always


@lru_cache(maxsize=1)
def status_rules() -> tuple[StatusRule, ...]:
    rules = []
    for row in read_table("facility_status.tsv"):
        types = row["event_types"]
        rules.append(StatusRule(
            row["status"],
            None if types == "*" else frozenset() if types == "-" else frozenset(types.split("|")),
            None if row["cue"] == "*" else row["cue"]))
    return tuple(rules)


def _hit(rule: StatusRule, text: str, facility: str) -> bool:
    if rule.cue is None:
        return True
    pattern = rule.cue.replace("{facility}", re.escape(facility))
    return re.search(pattern, text, re.IGNORECASE | re.DOTALL) is not None


def event_status(event_type: str, text: str, facility: str) -> str | None:
    """The status an event of `event_type` with clause `text` gives the facility it names."""
    for rule in status_rules():
        if rule.event_types is not None and (not rule.event_types
                                             or event_type not in rule.event_types):
            continue
        if _hit(rule, text, facility):
            return rule.status
    return None


def sentence_status(sentence: str, facility: str) -> str | None:
    for rule in status_rules():
        if rule.event_types == frozenset() and _hit(rule, sentence, facility):
            return rule.status
    return None


def sentence_around(text: str, start: int, end: int) -> tuple[int, int]:
    left = max((m.end() for m in _SENTENCE_END.finditer(text, 0, start)), default=0)
    right = _SENTENCE_END.search(text, end)
    return left, right.start() + 1 if right else len(text)


_FACILITY_WORD = re.compile(r"\b(air ?base|base|airport|airfield|air field|port|harbou?r|"
                            r"naval|airstrip)\b", re.IGNORECASE)


def facility_places(places: list[dict]) -> list[dict]:
    """Resolved facility mentions. A bare name counts only for curated facilities: "Khmeimim"
    is the airbase, but "Assad" is not Al Asad Air Base."""
    return [p for p in places if p["feature_type"] in FACILITY_TYPES and p["gazetteer_id"]
            and p["role"] == "location"
            and (_FACILITY_WORD.search(p["text"]) or p["gazetteer_id"].startswith("sitrep:"))]


def facility_status_rows(document: dict, facilities: list[dict], mentions: list[dict],
                         published_interval) -> list[dict]:
    """Status rows for one document: each facility mention inside an event clause takes that
    event's status; a facility mention in no event's clause is read for sentence cues."""
    rows = []
    text = document["text"]
    for place in facilities:
        inside = [m for m in mentions
                  if m["span_start"] <= place["span_start"] and place["span_end"] <= m["span_end"]]
        hit = False
        for m in inside:
            if m["polarity"] == "negative" or m["modality"] != "asserted":
                continue
            status = event_status(m["type"], m["text"], place["text"])
            if status:
                hit = True
                rows.append(_row(place, status, m["earliest"], m["latest"], m["kb_event_id"],
                                 document["id"], m["span_start"], m["span_end"], m["text"],
                                 m["reported_by"]))
        if hit:
            continue
        start, end = sentence_around(text, place["span_start"], place["span_end"])
        status = sentence_status(text[start:end], place["text"])
        if status:
            earliest, latest = published_interval
            rows.append(_row(place, status, earliest, latest, None, document["id"], start, end,
                             text[start:end].strip(), None))
    return rows


def _row(place, status, earliest, latest, kb_event_id, doc_id, start, end, text, reported_by):
    return {
        "subject_kind": "facility", "subject_id": place["gazetteer_id"],
        "subject_name": place["name"] or place["text"], "status": status,
        "date_earliest": earliest, "date_latest": latest, "kb_event_id": kb_event_id,
        "doc_id": doc_id, "span_start": start, "span_end": end, "text": text,
        "reported_by": reported_by,
    }
