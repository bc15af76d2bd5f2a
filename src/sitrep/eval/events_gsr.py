"""The events layer against PLOVER's gold standard records (events/plover_gsr_cameo).

`PLOVER_GSR_CAMEO.txt` is a JSON list (it parses as strict JSON): a DOCUMENT header, then one
record per coded event, the CAMEO manual's example sentences recoded by the OEDA team in 2016:

    {"id": "PLOVER-GSR01-AGREE-0002", "event": "AGREE", "text": "The Asia-Pacific ...",
     "source": [{"actorText": "Asia-Pacific Economic Cooperation", "code": "IGO"}],
     "target": [{"actorText": "Tokyo", "code": "JAP"}], "mode": "", ...}

`source`/`target` are lists (several actors: any one may match), missing, null, "" or, once, a
stray string ("diplomatic"): all but a list mean no such argument. A sentence can carry several
records (different events); each record is scored on its own against the sentence's events.

The event names are PLOVER 2018. Names still in PLOVER 2021 stay; four are gone, and are mapped
through their CAMEO root in plover_ontology/CAMEO2PLOVER-2021.txt (the `NN: NAME` headings):
DEMAND = CAMEO 10 → REQUEST, DISAPPROVE = 11 → ACCUSE, INVESTIGATE = 09 → ACCUSE,
FIGHT = 19 → ASSAULT. Any other name is left out and counted.
"""

from __future__ import annotations

import json
import re
from collections import Counter
from dataclasses import dataclass
from pathlib import Path

from sitrep.eval.events import (
    NONE, PLOVER_ROOTS, ArgumentTally, GoldArgument, TypeTally, choose_event, extract_texts,
    failure_note,
)
from sitrep.eval.result import EvalResult

GSR_FILE = Path("events") / "plover_gsr_cameo" / "PLOVER_GSR_CAMEO.txt"
CAMEO2PLOVER = Path("events") / "plover_ontology" / "CAMEO2PLOVER-2021.txt"
# PLOVER 2018 names that 2021 dropped, by the CAMEO root each covered (openeventdata/PLOVER
# cameo/CAMEO-PLOV.txt: 09 INVESTIGATE, 10 DEMAND, 11 DISAPPROVE; FIGHT was CAMEO 19).
PLOVER_2018_CAMEO_ROOT = {"DEMAND": "10", "DISAPPROVE": "11", "INVESTIGATE": "09", "FIGHT": "19"}
_ROOT_HEADING = re.compile(r"^(\d\d):\s*([A-Z]+)\s*$")


@dataclass(frozen=True)
class GsrEvent:
    id: str
    text: str
    event_2018: str
    event: str | None  # the PLOVER 2021 root; None when the 2018 name has no mapping
    sources: tuple[str, ...]  # actorText of each gold source
    targets: tuple[str, ...]


def plover_2018_to_2021(data_dir: Path) -> dict[str, str]:
    """2018 name → 2021 root: unchanged names, plus the dropped ones via their CAMEO root."""
    roots: dict[str, str] = {}
    for line in (data_dir / CAMEO2PLOVER).read_text(encoding="utf-8").splitlines():
        heading = _ROOT_HEADING.match(line.strip())
        if heading:
            roots.setdefault(heading.group(1), heading.group(2))  # 08 is CONCEDE, then RETREAT
    mapping = {name: name for name in PLOVER_ROOTS}
    mapping.update({name: roots[code] for name, code in PLOVER_2018_CAMEO_ROOT.items()
                    if code in roots})
    return mapping


def _actor_texts(value) -> tuple[str, ...]:
    if not isinstance(value, list):
        return ()
    return tuple(a["actorText"].strip() for a in value
                 if isinstance(a, dict) and a.get("actorText", "").strip())


def read_gsr(data_dir: Path | None = None) -> list[GsrEvent]:
    """Every coded event record (DOCUMENT entries skipped), with its 2021 root."""
    if data_dir is None:
        from sitrep.eval import default_data_dir

        data_dir = default_data_dir()
    mapping = plover_2018_to_2021(data_dir)
    records = json.loads((data_dir / GSR_FILE).read_text(encoding="utf-8"))
    return [GsrEvent(id=r["id"], text=r["text"].strip(), event_2018=r["event"],
                     event=mapping.get(r["event"]), sources=_actor_texts(r.get("source")),
                     targets=_actor_texts(r.get("target")))
            for r in records if r.get("event") != "DOCUMENT" and r.get("text")]


def score_gsr(data_dir: Path, split: str, limit: int | None = None) -> EvalResult:
    everything = read_gsr(data_dir)[: limit or None]
    unmapped = Counter(g.event_2018 for g in everything if g.event is None)
    gold = [g for g in everything if g.event is not None]
    extractions, failed = extract_texts((g.text for g in gold), "plover-gsr")
    tally = TypeTally()
    arguments = ArgumentTally()
    errors = []
    for record in gold:
        source, target = GoldArgument(names=record.sources), GoldArgument(names=record.targets)
        event, s_ok, t_ok = choose_event(extractions.get(record.text), source, target)
        predicted = event.type if event else None
        type_ok = tally.add(record.event, predicted)
        if not arguments.add(event, type_ok, s_ok, t_ok, source, target):
            errors.append({"id": record.id, "text": record.text, "gold": record.event,
                           "gold_source": record.sources, "gold_target": record.targets,
                           "predicted": predicted or NONE, "source_ok": s_ok, "target_ok": t_ok,
                           "trigger": event.trigger.text if event else None})
    renamed = Counter(f"{g.event_2018}→{g.event}" for g in gold if g.event != g.event_2018)
    metrics = {**tally.metrics(), "type+source+target": arguments.full.to_json(),
               "source match (gold has a source)": arguments.source.to_json(),
               "target match (gold has a target)": arguments.target.to_json(),
               "coverage (records with any event)": arguments.coverage.to_json()}
    notes = [
        "PLOVER 2018 → 2021 via CAMEO2PLOVER-2021 roots: "
        + ", ".join(f"{k} ×{n}" for k, n in sorted(renamed.items())),
        f"left out, no 2021 root: {dict(unmapped) or 'none'}",
        "prediction: the sentence's event whose source/target best match the gold actors, else "
        "its first; an actor matches when its name, an alias or a mention text holds a gold "
        "actorText as whole words (or the reverse), case-insensitively; any of several gold "
        "actors will do; an argument the gold leaves empty is not checked",
        "the 2018 coding is kept below the root: e.g. violent repression (CAMEO 175) coded COERCE "
        "in 2018 is ASSAULT in 2021, which the record-level mapping cannot see",
        tally.confusions(), *failure_note(failed)]
    return EvalResult(dataset="events-gsr", split=split, items=len(gold), metrics=metrics,
                      notes=notes, errors=errors)
