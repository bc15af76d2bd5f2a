"""Event deduplication: is this event mention one the KB already holds?

A mention and a KB event can only be one event when type and modality agree, their date
intervals overlap and neither actor nor place contradicts; then the evidence that they are the
same adds up (`match_score`) and must reach a threshold (KBSettings.min_score, higher when a
precise place is missing on either side).
"""

from __future__ import annotations

import math
import re
from dataclasses import dataclass
from datetime import date, timedelta

from sitrep.kb.settings import KBSettings

COARSE_FEATURES = {"country", "admin1", "continent", "region"}
_WORD = re.compile(r"\w+")


@dataclass
class EventMention:
    doc_id: str
    span_start: int
    span_end: int
    trigger_start: int
    trigger_text: str
    text: str
    type: str
    mode: str | None
    modality: str
    polarity: str
    source: str | None
    target: str | None
    reported_by: str | None
    place: str | None
    place_name: str | None
    gazetteer_id: str | None
    feature_type: str | None
    country: str | None
    lat: float | None
    lon: float | None
    earliest: date | None
    latest: date | None
    dated_by_text: bool

    @property
    def precise_place(self) -> bool:
        return self.lat is not None and self.feature_type not in COARSE_FEATURES

    def vague(self, settings: KBSettings) -> bool:
        """Too loosely dated to merge with anything ("since 2015", no date at all)."""
        if self.earliest is None or self.latest is None:
            return True
        return (self.latest - self.earliest).days > settings.max_interval_days


def interval(row: dict, published: date | None, settings: KBSettings
             ) -> tuple[date | None, date | None, bool]:
    """An event's date interval. A date read from the text is kept (an open end gets the
    publication window); an event dated only by publication may have happened in the days
    before it: [published - window, published]."""
    window = timedelta(days=settings.publication_window_days)
    earliest, latest = row.get("date_earliest"), row.get("date_latest")
    if row.get("date_source") == "text" and (earliest or latest):
        return (earliest or latest - window, latest or earliest + window, True)
    anchor = latest or earliest or published
    if anchor is None:
        return None, None, False
    return anchor - window, anchor, False


def week_keys(event_type: str, earliest: date, latest: date, settings: KBSettings) -> list[str]:
    """Look-up keys: the type and every ISO week the (slack-widened) interval touches."""
    slack = timedelta(days=settings.date_slack_days)
    day, end = earliest - slack, latest + slack
    keys: list[str] = []
    while True:
        year, week, _ = min(day, end).isocalendar()
        key = f"{event_type}|{year}-W{week:02d}"
        if key not in keys:
            keys.append(key)
        if day >= end:
            return keys
        day += timedelta(days=7)


def haversine_km(lat1: float, lon1: float, lat2: float, lon2: float) -> float:
    p1, p2 = math.radians(lat1), math.radians(lat2)
    dp, dl = p2 - p1, math.radians(lon2 - lon1)
    a = math.sin(dp / 2) ** 2 + math.cos(p1) * math.cos(p2) * math.sin(dl / 2) ** 2
    return 2 * 6371.0 * math.asin(math.sqrt(a))


def match_score(m: EventMention, e: dict, settings: KBSettings) -> float | None:
    """Evidence that mention `m` reports KB event `e`; None when something rules it out.

    source actor equal +1.5, target equal +1, precise places within max_km +2, the same trigger
    word +0.5, both dated by the text to within two days +1."""
    if m.type != e["type"] or m.modality != e["modality"]:
        return None
    slack = timedelta(days=settings.date_slack_days)
    if e["date_earliest"] is None or m.earliest is None:
        return None
    if m.earliest > e["date_latest"] + slack or e["date_earliest"] > m.latest + slack:
        return None
    score = 0.0
    for mine, theirs, weight in ((m.source, e["source_actor"], 1.5),
                                 (m.target, e["target_actor"], 1.0)):
        mine, theirs = comparable_actor(mine), comparable_actor(theirs)
        if mine and theirs:
            if mine != theirs:
                return None
            score += weight
    place = _place_evidence(m, e, settings)
    if place is None:
        return None
    score += place
    if _stem(m.trigger_text) == _stem(e.get("trigger_text") or ""):
        score += 0.5
    if m.dated_by_text and (m.latest - m.earliest).days <= 2 and \
            (e["date_latest"] - e["date_earliest"]).days <= 2:
        score += 1.0
    both_precise = m.precise_place and e["lat"] is not None and \
        e["feature_type"] not in COARSE_FEATURES
    needed = settings.min_score if both_precise else settings.min_score_without_place
    return score if score >= needed else None


def comparable_actor(kb_actor_id: str | None) -> str | None:
    """Document-scoped actors ("regime forces"@doc) say nothing across documents: neither
    evidence for nor against a merge."""
    return None if kb_actor_id is None or "@" in kb_actor_id else kb_actor_id


def _place_evidence(m: EventMention, e: dict, settings: KBSettings) -> float | None:
    if m.lat is None or e["lat"] is None:
        return 0.0
    e_precise = e["feature_type"] not in COARSE_FEATURES
    if m.precise_place and e_precise:
        km = haversine_km(m.lat, m.lon, e["lat"], e["lon"])
        return 2.0 if km <= settings.max_km else None
    if m.country and e["country"] and m.country != e["country"]:
        return None
    return 0.0


def _stem(word: str) -> str:
    words = _WORD.findall(word.lower())
    return words[0][:5] if words else ""


def best_match(m: EventMention, candidates: list[dict], settings: KBSettings
               ) -> tuple[dict | None, float | None]:
    best, best_score = None, None
    for candidate in candidates:
        score = match_score(m, candidate, settings)
        if score is not None and (best_score is None or score > best_score):
            best, best_score = candidate, score
    return best, best_score


def new_event(kb_event_id: str, m: EventMention) -> dict:
    return {
        "kb_event_id": kb_event_id, "type": m.type, "mode": m.mode, "modality": m.modality,
        "source_actor": m.source, "target_actor": m.target, "place": m.place,
        "place_name": m.place_name, "gazetteer_id": m.gazetteer_id,
        "feature_type": m.feature_type, "country": m.country, "lat": m.lat, "lon": m.lon,
        "date_earliest": m.earliest, "date_latest": m.latest, "text": m.text,
        "trigger_text": m.trigger_text,
    }


def absorb(e: dict, m: EventMention) -> bool:
    """Fill what the KB event lacks from the new mention and narrow its date to the overlap.
    Returns True when anything changed."""
    before = dict(e)
    e["source_actor"] = e["source_actor"] or m.source
    e["target_actor"] = e["target_actor"] or m.target
    e["mode"] = e["mode"] or m.mode
    if m.precise_place and (e["lat"] is None or e["feature_type"] in COARSE_FEATURES):
        for key in ("place", "place_name", "gazetteer_id", "feature_type", "country", "lat",
                    "lon"):
            e[key] = getattr(m, key)
    earliest, latest = max(e["date_earliest"], m.earliest), min(e["date_latest"], m.latest)
    if earliest <= latest:
        e["date_earliest"], e["date_latest"] = earliest, latest
    return e != before
