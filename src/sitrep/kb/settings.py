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
