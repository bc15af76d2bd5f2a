"""Thresholds of the knowledge base: one settings object, every field overridable from the CLI
(`sitrep kb build --set max_km=50`)."""

from __future__ import annotations

from dataclasses import dataclass, fields, replace


@dataclass(frozen=True)
class KBSettings:
    # events: two mentions are one event when type and modality agree, actors are compatible,
    # date intervals overlap (after widening) and the evidence score reaches min_score.
    max_km: float = 25.0  # places further apart are different events
    publication_window_days: int = 3  # an event dated only by publication: [pub - N, pub]
    date_slack_days: int = 1  # intervals this close count as overlapping
    max_interval_days: int = 31  # vaguer events ("since 2015") never merge
    min_score: float = 2.0  # evidence needed to merge (see kb.events.match_score)
    min_score_without_place: float = 3.0  # when either side has no precise place
    # across documents (a mention and a KB event no mention of this document reports):
    # two reports of the same attack usually share wording, counts and means; different
    # attacks in one city within days share only the place
    cross_min_score: float = 3.0  # min_score across documents
    cross_min_score_without_place: float = 3.5  # min_score_without_place across documents
    similar_text: float = 0.5  # clause word overlap (Jaccard of content-word stems): +1.0 …
    related_text: float = 0.3  # … or +0.5 at this overlap
    means_must_agree: int = 1  # 1: an assault's means (air, artillery, explosive, chemical,
    #                            ground, execution) named on both sides must share one
    max_count_ratio: float = 2.0  # death tolls further apart than this factor: two events
    #                               (nearer ones merge and surface as count contradictions)
    assault_window_days: int = 1  # an ASSAULT dated only by publication: [pub - N, pub] when
    #                               matched across documents (attacks are reported fast)
    text_date_slack_days: int = 0  # both dated by the text to a day or two: this much slack
    # duplicate articles: MinHash of word 5-shingles, Jaccard estimate at or above this
    duplicate_jaccard: float = 0.8
    # counts: two stated counts conflict when their ranges are apart by more than this fraction
    count_tolerance: float = 0.1

    def override(self, assignments: list[str]) -> KBSettings:
        """`name=value` pairs (from the CLI) on top of these settings."""
        types = {f.name: f.type for f in fields(self)}
        changes = {}
        for item in assignments:
            name, sep, value = item.partition("=")
            name = name.strip()
            if not sep or name not in types:
                raise ValueError(f"{item!r}: expected NAME=VALUE with NAME one of "
                                 f"{', '.join(types)}")
            changes[name] = int(value) if types[name] in ("int", int) else float(value)
        return replace(self, **changes)
