"""The events layer against PLOVER-coded gold: the PLV sentences and the CASE 2021 snippets.

`events/zsp_plover_plv/PLV_{train,test}.tsv` (dev = train): one row per (sentence, source,
target) with `gold_root`, the PLOVER root type. `marked_sentence` is the sentence with
`<s>…</s>` round the source and `<t>…</t>` round the target; a name repeated in the sentence is
marked every time, even inside a word (`<s>Jordan</s>ian`), and tags can nest, so the gold span
is the marked stretch whose text is the `source`/`target` field (else the first one, else the
field found in the sentence). `a recipient` / `An actor` stand for a missing argument. Rows that
share a sentence always share its type. The labels are fifteen: the PLOVER 2021 roots except
CONCEDE and RETREAT, which appear as their older joint name YIELD; so a predicted CONCEDE or
RETREAT counts as YIELD.

`events/case2021_task2_acled/test_set_final_release_with_labels.tsv`: news snippets with one of
30 ACLED-style subtypes, mapped to PLOVER roots in CASE_TO_PLOVER below; the snippet's most
confident event (the first on ties) is its prediction.

The events stage runs after actors and quotes; each distinct text is extracted once.
"""

from __future__ import annotations

import csv
import re
from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path

from sitrep.eval.metrics import PRF, Accuracy
from sitrep.eval.result import EvalResult
from sitrep.records import Document, Event, Extraction

Span = tuple[int, int]
STAGES = ("actors", "quotes", "events")
PLOVER_ROOTS = ("AGREE", "CONSULT", "SUPPORT", "CONCEDE", "COOPERATE", "AID", "RETREAT",
                "REQUEST", "ACCUSE", "REJECT", "THREATEN", "PROTEST", "SANCTION", "MOBILIZE",
                "COERCE", "ASSAULT")
NONE = "NONE"  # the prediction when a text yields no event

PLV_DIR = Path("events") / "zsp_plover_plv"
PLV_FILES = {"dev": "PLV_train.tsv", "test": "PLV_test.tsv"}
PLV_COLLAPSE = {"CONCEDE": "YIELD", "RETREAT": "YIELD"}  # PLOVER 2021 split YIELD in two
_PLACEHOLDERS = {"a recipient", "an actor"}
_TAG = re.compile(r"</?[st]>")

CASE_FILE = Path("events") / "case2021_task2_acled" / "test_set_final_release_with_labels.tsv"
# ACLED subtype → accepted PLOVER roots, the first naming the subtype in the per-type scores.
# Battles, explosions/remote violence and violence against civilians are ASSAULT (PLOVER modes
# aerial, heavy-weapons, explosives, suicide-attack, sexual, abduct, unconventional, destroy,
# crowd-control); taking territory in a battle is ASSAULT too.
CASE_TO_PLOVER: dict[str, tuple[str, ...]] = {
    **dict.fromkeys(("ABDUCT_DISSAP", "AIR_STRIKE", "ARMED_CLASH", "ART_MISS_ATTACK", "ATTACK",
                     "CHEM_WEAP", "FORCE_AGAINST_PROTEST", "GOV_REGAINS_TERIT", "GRENADE",
                     "NON_STATE_ACTOR_OVERTAKES_TER", "PROPERTY_DISTRUCT", "REM_EXPLOS",
                     "SEX_VIOL", "SUIC_BOMB"), ("ASSAULT",)),
    **dict.fromkeys(("PEACE_PROTEST", "PROTEST_WITH_INTER", "VIOL_DEMONSTR"), ("PROTEST",)),
    "MOB_VIOL": ("PROTEST", "ASSAULT"),  # ACLED files it under riots; its snippets are lynchings
    "ARREST": ("COERCE",),  # CAMEO 173 → COERCE arrest
    "AGREEMENT": ("AGREE",),
    "NON_VIOL_TERRIT_TRANSFER": ("RETREAT", "COERCE"),  # withdraw (0872) / occupy (192 → COERCE)
    "HQ_ESTABLISHED": ("MOBILIZE",),  # a new base or post is a deployment short of force
}
# No one PLOVER root: scored only as "should this snippet have an event at all?".
CASE_UNMAPPED = {
    "CHANGE_TO_GROUP_ACT": "mixed (deployments, defections, withdrawals)",
    "DISR_WEAP": "mixed (weapons seized, devices found or defused)",
    "DIPLO": "mixed (sanctions, expulsions, condemnations)",
    "ATTRIB": "claims and denials of responsibility",
    "ORG_CRIME": "crime, outside PLOVER",
    "OTHER": "residual class",
    "NATURAL_DISASTER": "no political event",
    "MAN_MADE_DISASTER": "no political event",
}
_NO_EVENT_CLASSES = {"NATURAL_DISASTER", "MAN_MADE_DISASTER"}


# ---- readers ---------------------------------------------------------------------------------

@dataclass(frozen=True)
class PlvRow:
    uid: str  # PLV_test's uid column; PLV_train has none: the row number
    sentence_id: str
    sentence: str
    marked_sentence: str
    source: str | None  # None: the file's placeholder for a missing argument
    target: str | None
    source_span: Span | None  # offsets into `sentence`
    target_span: Span | None
    gold_root: str  # as in the file: fifteen PLOVER roots, YIELD for CONCEDE/RETREAT


def marked_spans(marked: str) -> tuple[str, dict[str, list[Span]]]:
    """Strip `<s>`/`<t>` tags; the plain text and, per role, the tagged stretches in it."""
    plain, spans, opened, last = [], {"s": [], "t": []}, {}, 0
    length = 0
    for tag in _TAG.finditer(marked):
        plain.append(marked[last:tag.start()])
        length += tag.start() - last
        last = tag.end()
        role = tag.group()[-2]
        if tag.group()[1] == "/":
            if role in opened:
                spans[role].append((opened.pop(role), length))
        else:
            opened[role] = length
    plain.append(marked[last:])
    return "".join(plain), spans


def _argument_span(text: str, field: str | None, spans: list[Span]) -> Span | None:
    """The marked stretch that is the field, standing as a whole word ('Serbia' in 'democratize
    Serbia', not in '<t>Serbia</t>n President'); else the first marked; else a search."""
    trimmed = [_trim(text, span) for span in spans]
    if trimmed:
        return min(trimmed, key=lambda span: (text[span[0]:span[1]] != field,
                                              not _whole_words(text, span)))  # first on ties
    found = text.find(field) if field else -1
    return (found, found + len(field)) if found >= 0 else None


def _whole_words(text: str, span: Span) -> bool:
    start, end = span
    return not (start > 0 and text[start - 1].isalnum() or end < len(text) and text[end].isalnum())


def _trim(text: str, span: Span) -> Span:
    start, end = span
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    return start, end


def read_plv(split: str, data_dir: Path | None = None, limit: int | None = None) -> list[PlvRow]:
    """The rows of PLV `split` ("dev" = PLV_train.tsv, "test" = PLV_test.tsv), in file order."""
    if data_dir is None:
        from sitrep.eval import default_data_dir

        data_dir = default_data_dir()
    with open(data_dir / PLV_DIR / PLV_FILES[split], encoding="utf-8", newline="") as handle:
        raw = list(csv.DictReader(handle, delimiter="\t"))[: limit or None]
    rows = []
    for index, row in enumerate(raw):
        plain, spans = marked_spans(row["marked_sentence"])
        source, target = (None if row[k].strip().lower() in _PLACEHOLDERS else row[k].strip()
                          for k in ("source", "target"))
        rows.append(PlvRow(
            uid=row.get("uid") or str(index), sentence_id=row["sentence_id"],
            sentence=row["sentence"], marked_sentence=row["marked_sentence"],
            source=source, target=target,
            source_span=_argument_span(plain, source, spans["s"]) if source else None,
            target_span=_argument_span(plain, target, spans["t"]) if target else None,
            gold_root=row["gold_root"].strip()))
    return rows


@dataclass(frozen=True)
class CaseSnippet:
    id: str
    text: str
    subtype: str

    @property
    def plover(self) -> tuple[str, ...]:
        """Accepted PLOVER roots, () for a subtype with none."""
        return CASE_TO_PLOVER.get(self.subtype, ())


def read_case(data_dir: Path | None = None, limit: int | None = None) -> list[CaseSnippet]:
    if data_dir is None:
        from sitrep.eval import default_data_dir

        data_dir = default_data_dir()
    with open(data_dir / CASE_FILE, encoding="utf-8", newline="") as handle:
        rows = list(csv.DictReader(handle, delimiter="\t", quoting=csv.QUOTE_NONE))
    return [CaseSnippet(r["id"], r["EventSnippet"].strip(), r["SubType"].strip())
            for r in rows[: limit or None]]


# ---- shared scoring --------------------------------------------------------------------------

class TypeTally:
    """Gold label vs predicted PLOVER type: accuracy, per-type P/R/F1, macro-F1, confusions.

    `accepted` lets one gold item take several roots (scored as its gold label); `collapse`
    renames predictions into the gold label set (PLV: CONCEDE → YIELD)."""

    def __init__(self, collapse: dict[str, str] | None = None):
        self.collapse = collapse or {}
        self.pairs: list[tuple[str, str]] = []

    def add(self, gold: str, predicted: str | None, accepted: Iterable[str] = ()) -> bool:
        scored = gold if predicted in {gold, *accepted} else predicted or NONE
        scored = self.collapse.get(scored, scored)
        self.pairs.append((gold, scored))
        return scored == gold

    def metrics(self, prefix: str = "type") -> dict[str, dict]:
        accuracy = Accuracy(sum(g == p for g, p in self.pairs), len(self.pairs))
        labels = sorted({g for g, _ in self.pairs})
        per_type = {label: PRF(tp=sum(g == p == label for g, p in self.pairs),
                               fp=sum(p == label != g for g, p in self.pairs),
                               fn=sum(g == label != p for g, p in self.pairs)) for label in labels}
        macro = {name: round(sum(getattr(s, name) for s in per_type.values())
                             / max(len(per_type), 1), 4) for name in ("precision", "recall", "f1")}
        macro.update({name: sum(getattr(s, name) for s in per_type.values())
                      for name in ("tp", "fp", "fn")}, labels=len(labels))
        return {f"{prefix} accuracy": accuracy.to_json(),
                f"{prefix} macro-F1 ({len(labels)} gold types)": macro,
                **{f"{prefix} {label}": prf.to_json() for label, prf in per_type.items()}}

    def confusions(self, top: int = 15) -> str:
        counts = Counter((g, p) for g, p in self.pairs if g != p).most_common(top)
        return "top confusions (gold → predicted ×n): " + (
            ", ".join(f"{g}→{p} ×{n}" for (g, p), n in counts) or "none")


def extract_texts(texts: Iterable[str], origin: str) -> tuple[dict[str, Extraction], list[str]]:
    """Run the pipeline once per distinct text; a text whose stages raise is left out."""
    from sitrep.pipeline import Pipeline, Settings

    distinct = list(dict.fromkeys(texts))
    documents = [Document.from_text(text, origin=f"{origin}:{i}")
                 for i, text in enumerate(distinct)]
    failed: list[str] = []
    pipeline = Pipeline(Settings(stages=STAGES, batch_size=64))
    extractions = {e.document.text: e for e in pipeline.extract_many(
        documents, on_error=lambda document, exc: failed.append(f"{document.origin}: {exc!r}"))}
    return extractions, failed


def failure_note(failed: list[str]) -> list[str]:
    return [f"pipeline failed on {len(failed)} text(s), scored as no events: "
            f"{'; '.join(failed[:3])}"] if failed else []


def event_types(extraction: Extraction | None) -> set[str]:
    return {e.type for e in (extraction.events or [])} if extraction else set()


def names_match(a: str, b: str) -> bool:
    """One name holds the other as whole words, case-insensitively ('US' in 'the US Congress',
    not in 'Russia')."""
    a, b = (re.sub(r"^the\s+", "", s.strip().casefold()) for s in (a, b))
    if not a or not b:
        return False
    return any(re.search(rf"(?<!\w){re.escape(x)}(?!\w)", y) for x, y in ((a, b), (b, a)))


@dataclass(frozen=True)
class GoldArgument:
    """A gold source or target: char spans in the text and/or names (empty: no such argument)."""

    spans: tuple[Span, ...] = ()
    names: tuple[str, ...] = ()

    def __bool__(self) -> bool:
        return bool(self.spans or self.names)


def actor_matches(extraction: Extraction, actor_id: str | None, gold: GoldArgument) -> bool:
    """The actor has a mention overlapping a gold span, or a name, alias or mention text that
    matches a gold name."""
    if actor_id is None or not gold:
        return False
    mentions = [m for m in extraction.mentions if m.actor == actor_id]
    if any(m.span[0] < e and s < m.span[1] for m in mentions for s, e in gold.spans):
        return True
    names = [n for a in extraction.actors if a.id == actor_id for n in (a.name, *a.aliases)]
    return any(names_match(n, g) for n in names + [m.text for m in mentions] for g in gold.names)


@dataclass
class ArgumentTally:
    """Coverage, source and target agreement of the chosen events, and type+source+target
    (an argument the gold leaves out is not checked)."""

    coverage: Accuracy = field(default_factory=Accuracy)
    source: Accuracy = field(default_factory=Accuracy)
    target: Accuracy = field(default_factory=Accuracy)
    roles: Accuracy = field(default_factory=Accuracy)  # source+target of items with an event
    full: Accuracy = field(default_factory=Accuracy)

    def add(self, event: Event | None, type_ok: bool, s_ok: bool, t_ok: bool,
            source: GoldArgument, target: GoldArgument) -> bool:
        roles_ok = (s_ok or not source) and (t_ok or not target)
        self.coverage.add(event is not None)
        if event is not None:
            self.roles.add(roles_ok)
        if source:
            self.source.add(s_ok)
        if target:
            self.target.add(t_ok)
        self.full.add(type_ok and roles_ok)
        return type_ok and roles_ok


def choose_event(extraction: Extraction | None, source: GoldArgument,
                 target: GoldArgument) -> tuple[Event | None, bool, bool]:
    """The event whose source/target best match the gold ones (roles swapped count for less),
    else the first; with whether its source and target match."""
    events = list(extraction.events or []) if extraction else []
    if not events:
        return None, False, False

    def fit(event: Event) -> tuple[int, bool, bool]:
        s_ok = actor_matches(extraction, event.source, source)
        t_ok = actor_matches(extraction, event.target, target)
        swapped = (actor_matches(extraction, event.source, target)
                   + actor_matches(extraction, event.target, source))
        return 2 * (s_ok + t_ok) + swapped, s_ok, t_ok

    fits = [fit(event) for event in events]
    best = max(range(len(events)), key=lambda i: fits[i][0])  # max keeps the first on ties
    return events[best], fits[best][1], fits[best][2]


# ---- PLV -------------------------------------------------------------------------------------

def score_plv(data_dir: Path, split: str, limit: int | None = None) -> EvalResult:
    rows = read_plv(split, data_dir, limit)
    extractions, failed = extract_texts((r.sentence for r in rows), f"plv-{split}")
    tally, covered = TypeTally(PLV_COLLAPSE), TypeTally(PLV_COLLAPSE)
    coverage, roles, any_gold = Accuracy(), Accuracy(), Accuracy()
    errors = []
    for row in rows:
        extraction = extractions.get(row.sentence)
        source = GoldArgument((row.source_span,) if row.source_span else (),
                              (row.source,) if row.source else ())
        target = GoldArgument((row.target_span,) if row.target_span else (),
                              (row.target,) if row.target else ())
        event, s_ok, t_ok = choose_event(extraction, source, target)
        predicted = event.type if event else None
        ok = tally.add(row.gold_root, predicted)
        coverage.add(event is not None)
        if event is not None:
            covered.add(row.gold_root, predicted)
            roles.add((s_ok or not source) and (t_ok or not target))
        types = {PLV_COLLAPSE.get(t, t) for t in event_types(extraction)}
        any_gold.add(row.gold_root in types)
        if not ok:
            errors.append({"sentence": row.marked_sentence, "gold": row.gold_root,
                           "predicted": predicted or NONE,
                           "trigger": event.trigger.text if event else None,
                           "all events": sorted(types)})
    labels = sorted({r.gold_root for r in rows})
    metrics = {**tally.metrics(), "coverage (rows with any event)": coverage.to_json(),
               "type accuracy (rows with an event)": covered.metrics()["type accuracy"],
               "gold type among the sentence's events": any_gold.to_json(),
               "source+target match (chosen event)": roles.to_json()}
    unknown = [label for label in labels if label not in PLOVER_ROOTS and label != "YIELD"]
    notes = [f"gold labels: {', '.join(labels)}; YIELD = CONCEDE or RETREAT (a predicted "
             f"CONCEDE/RETREAT is scored as YIELD)" + (f"; unknown: {unknown}" if unknown else ""),
             f"marked spans: {_field_mismatches(rows)} argument(s) whose file field differs "
             "from the marked text (the marked text is the gold)",
             f"{len(rows)} rows over {len({r.sentence for r in rows})} sentences; each row's "
             "prediction is the sentence's event whose source/target best match <s>/<t>, else "
             "its first event, else NONE",
             tally.confusions(), *failure_note(failed)]
    return EvalResult(dataset="events-plv", split=split, items=len(rows), metrics=metrics,
                      notes=notes, errors=errors)


def _field_mismatches(rows: list[PlvRow]) -> int:
    return sum(1 for r in rows for field, span in ((r.source, r.source_span),
                                                   (r.target, r.target_span))
               if field and (span is None or r.sentence[span[0]:span[1]] != field))


# ---- CASE 2021 -------------------------------------------------------------------------------

def most_confident(extraction: Extraction | None) -> Event | None:
    events = list(extraction.events or []) if extraction else []
    return max(events, key=lambda e: e.confidence) if events else None  # first on ties


def score_case(data_dir: Path, split: str, limit: int | None = None) -> EvalResult:
    snippets = read_case(data_dir, limit)
    extractions, failed = extract_texts((s.text for s in snippets), "case2021")
    tally = TypeTally()
    coverage, any_gold, quiet = Accuracy(), Accuracy(), Accuracy()
    unmapped: Counter[str] = Counter()
    errors = []
    for snippet in snippets:
        extraction = extractions.get(snippet.text)
        event = most_confident(extraction)
        if not snippet.plover:
            unmapped[snippet.subtype] += 1
            if snippet.subtype in _NO_EVENT_CLASSES:
                quiet.add(event is None)
            continue
        gold, *alternatives = snippet.plover
        ok = tally.add(gold, event.type if event else None, alternatives)
        coverage.add(event is not None)
        any_gold.add(bool(event_types(extraction) & set(snippet.plover)))
        if not ok:
            errors.append({"text": snippet.text, "subtype": snippet.subtype, "gold": gold,
                           "predicted": event.type if event else NONE,
                           "trigger": event.trigger.text if event else None})
    metrics = {**tally.metrics(), "coverage (mapped snippets with any event)": coverage.to_json(),
               "gold type among the snippet's events": any_gold.to_json(),
               "disaster snippets with no event": quiet.to_json()}
    notes = [case_mapping_note(),
             "unmapped, left out of the type scores: "
             + ", ".join(f"{k} ×{n} ({CASE_UNMAPPED.get(k, 'unknown subtype')})"
                         for k, n in sorted(unmapped.items())),
             "prediction: the snippet's most confident event (the first on ties)",
             tally.confusions(), *failure_note(failed)]
    return EvalResult(dataset="events-case", split=split,
                      items=len(snippets) - sum(unmapped.values()), metrics=metrics, notes=notes,
                      errors=errors)


def case_mapping_note() -> str:
    groups = {roots: sorted(k for k, v in CASE_TO_PLOVER.items() if v == roots)
              for roots in CASE_TO_PLOVER.values()}
    return ("ACLED subtype → PLOVER (a/b: either root is right, scored as a): "
            + "; ".join(f"{'/'.join(roots)} ← {', '.join(names)}"
                        for roots, names in groups.items()))
