"""Event deduplication: is this event mention one the KB already holds?

A mention and a KB event can only be one event when type and modality agree, their date
intervals overlap and neither actor nor place contradicts; then the evidence that they are the
same adds up (`match_score`) and must reach a threshold (KBSettings.min_score, higher when a
precise place is missing on either side).

Across documents more is asked, because different attacks in one city within a few days share
type, place and dates (benchmarks/kb_merge_labels.tsv): modes and assault means (air strike vs
rocket fire vs clashes) must not differ, death tolls must not be far apart, an assault dated
only by its publication gets a narrower window, two text dates to the day must agree, wording
shared by the two clauses counts as evidence, and the thresholds are higher
(KBSettings.cross_*).
"""

from __future__ import annotations

import math
import re
from dataclasses import dataclass
from datetime import date, timedelta
from functools import lru_cache

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


def match_score(m: EventMention, e: dict, settings: KBSettings,
                cross_document: bool = False) -> float | None:
    """Evidence that mention `m` reports KB event `e`; None when something rules it out.

    source actor equal +1.5, target equal +1, precise places within max_km +2, the same trigger
    word +0.5, both dated by the text to within two days +1; across documents also the clauses'
    shared wording (+1 / +0.5), after the vetoes of `cross_document_veto`."""
    if m.type != e["type"] or m.modality != e["modality"]:
        return None
    slack = timedelta(days=settings.date_slack_days)
    if e["date_earliest"] is None or m.earliest is None:
        return None
    if m.earliest > e["date_latest"] + slack or e["date_earliest"] > m.latest + slack:
        return None
    if different_kind(m, e, settings) or cross_document and cross_document_veto(m, e, settings):
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
    if cross_document:
        overlap = text_overlap(m.text, e["text"])
        score += 1.0 if overlap >= settings.similar_text else \
            0.5 if overlap >= settings.related_text else 0.0
        needed = settings.cross_min_score if both_precise else \
            settings.cross_min_score_without_place
    else:
        needed = settings.min_score if both_precise else settings.min_score_without_place
    return score if score >= needed else None


def different_kind(m: EventMention, e: dict, settings: KBSettings) -> str | None:
    """Why `m` and `e` are different events whatever documents report them, or None:
    - mode: both have a PLOVER mode and they differ;
    - means: an ASSAULT whose clauses (near the trigger) name means that share none (an air
      strike is not the rocket attack it answered, clashes are not a chlorine attack)."""
    if m.mode and e.get("mode") and m.mode != e["mode"]:
        return "mode"
    if settings.means_must_agree and m.type == "ASSAULT":
        mine, theirs = means(m.text, m.trigger_text), means(e["text"], e.get("trigger_text"))
        if mine and theirs and not mine & theirs:
            return "means"
    return None


def cross_document_veto(m: EventMention, e: dict, settings: KBSettings) -> str | None:
    """Why mention `m` cannot be KB event `e` reported by other documents, or None.

    - count: both state a death toll and they are more than max_count_ratio apart;
    - date: an ASSAULT dated only by its publication falls outside [pub - assault_window_days,
      pub] of the event (with date_slack_days); or both are dated by the text to a day or two
      and those days are more than text_date_slack_days apart."""
    if settings.max_count_ratio > 0:
        a, b = _death_count(m.text), _death_count(e["text"])
        if a and b and _ratio_apart(a, b) > settings.max_count_ratio:
            return "count"
    slack = timedelta(days=settings.date_slack_days)
    if m.type == "ASSAULT" and not m.dated_by_text:
        earliest = m.latest - timedelta(days=settings.assault_window_days)
        if earliest > e["date_latest"] + slack:
            return "date"
    e_days = (e["date_latest"] - e["date_earliest"]).days
    if m.dated_by_text and (m.latest - m.earliest).days <= 2 and e_days <= 2 and \
            e.get("dated_by_text", True):
        text_slack = timedelta(days=settings.text_date_slack_days)
        if m.earliest > e["date_latest"] + text_slack or \
                e["date_earliest"] > m.latest + text_slack:
            return "date"
    return None


def _ratio_apart(a: tuple[int, int | None], b: tuple[int, int | None]) -> float:
    """How many times larger the smaller toll would have to be to reach the other one (1 when
    the ranges overlap)."""
    (a_low, a_high), (b_low, b_high) = a, b
    if a_high is not None and a_high < b_low:
        return b_low / max(a_high, 1)
    if b_high is not None and b_high < a_low:
        return a_low / max(b_high, 1)
    return 1.0


# Means of an assault, from the words around its trigger (else anywhere in the clause).
MEANS = {
    "air": r"air ?strikes?|air ?raids?|warplanes?|jets?|aerial|aircraft|helicopters?|"
           r"bombers?|barrel ?bombs?|drones?|air force|bombard\w*|planes?",
    "artillery": r"shell\w*|mortars?|rockets?|missiles?|artillery|projectiles?|grad|"
                 r"katyusha|cannon",
    "explosive": r"car ?bombs?|suicide|explosions?|explosives?|blasts?|ied|bomb ?attack|"
                 r"blew (?:himself|themselves) up|booby|land ?mines?|explod\w*",
    "chemical": r"chemical|sarin|chlorine|toxic gas|poison\w*|nerve agent|gas attacks?",
    "ground": r"clash\w*|fight\w*|ambush\w*|battles?|offensive|storm\w*|skirmish\w*|"
              r"infiltrat\w*|advance\w*|raid(?:s|ed)? on",
    "execution": r"execut\w*|beheaded|behead\w*|massacred?|slaughter\w*",
}
_MEANS = {name: re.compile(rf"\b(?:{pattern})\b", re.IGNORECASE) for name, pattern in MEANS.items()}


@lru_cache(maxsize=65536)
def _death_count(text: str):
    """claims.death_count, cached: one clause is compared with many candidates."""
    from sitrep.kb.claims import death_count

    return death_count(text)


@lru_cache(maxsize=65536)
def means(text: str, trigger: str | None = None, before: int = 24, after: int = 16
          ) -> frozenset[str]:
    """The means an assault clause names, read next to its trigger (`before` characters before
    it, `after` after) when the trigger is found there and something is named there — the
    clause may also name the attack it answered — else in the whole clause."""
    spots = [text]
    if trigger:
        at = text.lower().find(trigger.lower())
        if at >= 0:
            spots = [text[max(0, at - before):at + len(trigger) + after], text]
    for spot in spots:
        found = frozenset(name for name, pattern in _MEANS.items() if pattern.search(spot))
        if found:
            return found
    return frozenset()


_STOP = frozenset("""the a an and or of in on at to for from by with as is was were are be been
has have had that this which who said says say after before also its their his her it they
than more least some about over into near while when where there other two three""".split())


@lru_cache(maxsize=65536)
def content_stems(text: str) -> frozenset[str]:
    return frozenset(w[:5] for w in _WORD.findall(text.lower()) if len(w) > 2 and w not in _STOP)


def text_overlap(a: str, b: str) -> float:
    """Jaccard overlap of the two clauses' content-word stems (0 … 1)."""
    sa, sb = content_stems(a), content_stems(b)
    return len(sa & sb) / len(sa | sb) if sa and sb else 0.0


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


def best_match(m: EventMention, candidates: list[dict], settings: KBSettings,
               same_document: set[str] | frozenset[str] = frozenset()
               ) -> tuple[dict | None, float | None]:
    """The best-scoring candidate; those whose id is in `same_document` (reported by the
    mention's own document) are matched by the within-document rules, others across
    documents."""
    best, best_score = None, None
    for candidate in candidates:
        score = match_score(m, candidate, settings,
                            cross_document=candidate["kb_event_id"] not in same_document)
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
