"""An evaluation's outcome: named metric groups, printable and saved as a JSON report."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime, timezone

from sitrep import PIPELINE_VERSION


@dataclass
class EvalResult:
    dataset: str
    split: str
    items: int
    metrics: dict[str, dict]  # group name → metric dict (precision/recall/f1 or accuracy)
    notes: list[str] = field(default_factory=list)
    errors: list[dict] = field(default_factory=list)  # a sample of misses, for reading

    def to_json(self) -> dict:
        return {
            "dataset": self.dataset,
            "split": self.split,
            "items": self.items,
            "pipeline_version": PIPELINE_VERSION,
            "run_at": datetime.now(timezone.utc).isoformat(timespec="seconds"),
            "metrics": self.metrics,
            "notes": self.notes,
            "errors_sample": self.errors[:50],
        }

    def render(self) -> str:
        lines = [f"{self.dataset} [{self.split}], {self.items} items"]
        for group, values in self.metrics.items():
            if "f1" in values:
                lines.append(f"  {group:34} P {values['precision']:.3f}  R {values['recall']:.3f}"
                             f"  F1 {values['f1']:.3f}  (tp {values['tp']}, fp {values['fp']},"
                             f" fn {values['fn']})")
            elif "accuracy" in values:
                lines.append(f"  {group:34} accuracy {values['accuracy']:.3f}"
                             f"  ({values['correct']}/{values['total']})"
                             + (f"  mean {values['mean_km']} km, median {values['median_km']} km"
                                if values.get("mean_km") is not None else ""))
        lines += [f"  note: {note}" for note in self.notes]
        return "\n".join(lines)
