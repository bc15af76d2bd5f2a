"""Time expressions against TempEval-3 (SemEval-2013 Task 1, TimeML with TIMEX3 gold).

dev = `time/TempEval3/Training/TBAQ-cleaned` (TimeBank + AQUAINT, 256 documents),
test = `time/TempEval3/Evaluation/te3-platinum` (20 documents, the official test).

Each document's creation time (`<DCT><TIMEX3 value=…>`) is the publication date the pipeline
anchors on; the text scored is the `<TEXT>` element with its markup removed. Scored the
TempEval-3 way: extraction P/R/F1 strict (same span) and relaxed (overlap, one-to-one); value and
type over the relaxed matches — value F1 counts a system expression as correct when it overlaps a
gold one with the same value (P over system expressions, R over gold ones). Type accuracy is
over relaxed matches.

Checked against the official scorer (TE3-evaluation.py → evaluate_entities.py): its "Attribute
F1 Value" is value accuracy over the relaxed matches times the relaxed F1, i.e.
(c/m)·2m/(sys+gold) = 2c/(sys+gold) with m one-to-one matches and c of them with the gold value
string — the F1 of P = c/sys and R = c/gold computed here. Values are compared as exact strings,
as there; the DCT (t0) is not scored, as there (it sits outside `<TEXT>`).
"""

from __future__ import annotations

import html
import re
from collections import Counter, defaultdict
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path

from sitrep.eval.metrics import PRF, Accuracy
from sitrep.eval.result import EvalResult
from sitrep.records import Document

SPLITS = {"dev": ("Training/TBAQ-cleaned/TimeBank", "Training/TBAQ-cleaned/AQUAINT"),
          "test": ("Evaluation/te3-platinum",)}
ANCHORS = "published value F1 on the platinum test: HeidelTime 77.6, NavyTime 71.0, SUTime 67.4"
_PIECE = re.compile(r"<(/?)(\w+)([^>]*)>|([^<]+)", re.S)
_ATTR = re.compile(r'(\w+)="([^"]*)"')


@dataclass(frozen=True)
class GoldTime:
    span: tuple[int, int]
    text: str
    type: str
    value: str


@dataclass
class TimeMLDoc:
    name: str
    dct: date | None
    text: str
    times: list[GoldTime] = field(default_factory=list)


def read_timeml(path: Path) -> TimeMLDoc:
    """The `<TEXT>` of a TimeML file as plain text, with its TIMEX3 spans as offsets into it."""
    raw = path.read_text(encoding="utf-8")
    dct_match = re.search(r"<DCT>.*?value=\"(\d{4}-\d{2}-\d{2})", raw, re.S)
    body = raw.split("<TEXT>", 1)[1].split("</TEXT>", 1)[0]
    out: list[str] = []
    length = 0
    open_timex: list[tuple[int, dict]] = []
    times = []
    for m in _PIECE.finditer(body):
        closing, tag, attrs, chunk = m.groups()
        if chunk is not None:
            text = html.unescape(chunk)
            out.append(text)
            length += len(text)
        elif tag == "TIMEX3" and not closing:
            open_timex.append((length, dict(_ATTR.findall(attrs))))
        elif tag == "TIMEX3" and closing and open_timex:
            start, attributes = open_timex.pop()
            times.append((start, length, attributes))
    text = "".join(out)
    gold = [GoldTime((s, e), text[s:e], a.get("type", ""), a.get("value", ""))
            for s, e, a in sorted(times, key=lambda t: t[0])]
    dct = date.fromisoformat(dct_match.group(1)) if dct_match else None
    return TimeMLDoc(path.stem, dct, text, gold)


def read_split(data_dir: Path, split: str) -> list[TimeMLDoc]:
    root = data_dir / "time" / "TempEval3"
    files = sorted(p for folder in SPLITS[split] for p in (root / folder).glob("*.tml"))
    return [read_timeml(path) for path in files]


def _overlap(a: tuple[int, int], b: tuple[int, int]) -> bool:
    return a[0] < b[1] and b[0] < a[1]


def match_relaxed(gold: list, system: list) -> list[tuple[int, int]]:
    """One-to-one pairs (gold index, system index) of overlapping spans, in text order."""
    pairs, used = [], set()
    for gi, g in enumerate(gold):
        for si, s in enumerate(system):
            if si not in used and _overlap(g.span, s.span):
                pairs.append((gi, si))
                used.add(si)
                break
    return pairs


def score(data_dir: Path, split: str, limit: int | None = None) -> EvalResult:
    from sitrep.pipeline import Pipeline, Settings

    documents = read_split(data_dir, split)[:limit]
    pipeline = Pipeline(Settings(stages=("times",)))
    inputs = [Document.from_text(d.text, published=d.dct, origin=d.name) for d in documents]
    strict, relaxed, values = PRF(), PRF(), PRF()
    types = Accuracy()
    by_type: dict[str, dict] = defaultdict(lambda: {"gold": 0, "found": 0, "value": 0})
    confusion: Counter = Counter()
    errors: list[dict] = []
    for gold_doc, extraction in zip(documents, pipeline.extract_many(inputs)):
        gold, system = gold_doc.times, extraction.times or []
        exact = {g.span for g in gold} & {s.span for s in system}
        strict.tp += len(exact)
        strict.fp += len(system) - len(exact)
        strict.fn += len(gold) - len(exact)
        pairs = match_relaxed(gold, system)
        relaxed.tp += len(pairs)
        relaxed.fp += len(system) - len(pairs)
        relaxed.fn += len(gold) - len(pairs)
        correct = 0
        matched_gold = {gi for gi, _ in pairs}
        matched_system = {si for _, si in pairs}
        for g in gold:
            by_type[g.type]["gold"] += 1
        for gi, si in pairs:
            g, s = gold[gi], system[si]
            by_type[g.type]["found"] += 1
            types.add(g.type == s.type)
            confusion[(g.type, s.type)] += g.type != s.type
            if g.value == s.value:
                correct += 1
                by_type[g.type]["value"] += 1
            else:
                errors.append({"doc": gold_doc.name, "dct": str(gold_doc.dct), "gold": g.text,
                               "gold_type": g.type, "gold_value": g.value, "system": s.text,
                               "type": s.type, "value": s.value,
                               "context": gold_doc.text[max(0, g.span[0] - 60):g.span[1] + 30]})
        errors += [{"doc": gold_doc.name, "missed": g.text, "gold_type": g.type,
                    "gold_value": g.value,
                    "context": gold_doc.text[max(0, g.span[0] - 40):g.span[1] + 20]}
                   for gi, g in enumerate(gold) if gi not in matched_gold]
        errors += [{"doc": gold_doc.name, "spurious": s.text, "type": s.type, "value": s.value,
                    "context": gold_doc.text[max(0, s.span[0] - 40):s.span[1] + 20]}
                   for si, s in enumerate(system) if si not in matched_system]
        values.tp += correct
        values.fp += len(system) - correct
        values.fn += len(gold) - correct
    metrics = {"extraction strict": strict.to_json(), "extraction relaxed": relaxed.to_json(),
               "value (over relaxed matches)": values.to_json(), "type accuracy": types.to_json()}
    for kind in sorted(by_type):
        counts = by_type[kind]
        metrics[f"{kind}: found (relaxed recall)"] = Accuracy(counts["found"], counts["gold"]).to_json()
        metrics[f"{kind}: value right when found"] = Accuracy(counts["value"], counts["found"]).to_json()
    notes = [ANCHORS, "types confused (gold→system): " + ", ".join(
        f"{g}→{s} {n}" for (g, s), n in confusion.most_common() if n)]
    return EvalResult("times", split, sum(len(d.times) for d in documents), metrics, notes, errors)
