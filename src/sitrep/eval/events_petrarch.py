"""The events layer against PETRARCH2's unit-test records (events/petrarch2_unittest): a dev set.

`PETR.UnitTest.records.xml` holds stylised sentences ('Arnor is about to restore full diplomatic
ties with Gondor…', mostly about fictional states) with their CAMEO codings:

    <Sentence id="DEMO-00" …><EventCoding sourcecode="ARN" targetcode="GON" eventcode="064"/>
    <Text>Arnor is about to restore…</Text>

`noevents="True"` marks a sentence that should yield nothing. An actor code is a three-letter
country (or `---`, no country: 'the government') followed by agent codes (`ARNGOV`). A gold
argument is matched by country: the actor names `PETR.Validate.actors.txt` files under that
country code ('ARNOR_ [ARN]', 'GONDOR [GON]'), as whole words, like the GSR scorer's names; a
`---` argument is not checked. CAMEO codes map to PLOVER 2021 roots through the longest prefix in
plover_ontology/CAMEO2PLOVER-2021.txt (CAMEO 01 and 02, statements and appeals, have no root
and are left out); CONCEDE and RETREAT share CAMEO 08, so both score as YIELD, as in PLV.

The codes come from the suite's own verb dictionary (PETR.Validate.verbs.txt), which tests the
coder's machinery, not CAMEO's meaning: 'postponed their meeting' is coded 191, 'cordoned off
for construction' 071. So the type scores here say little; the set is for arguments — the
headline is source+target with the type ignored, over the codings whose sentence has an event.
"""

from __future__ import annotations

import re
from collections import defaultdict
from dataclasses import dataclass
from pathlib import Path

from sitrep.eval.events import (
    NONE, PLV_COLLAPSE, ArgumentTally, GoldArgument, TypeTally, choose_event, extract_texts,
    failure_note,
)
from sitrep.eval.metrics import Accuracy
from sitrep.eval.result import EvalResult

PETR_DIR = Path("events") / "petrarch2_unittest"
CAMEO2PLOVER = Path("events") / "plover_ontology" / "CAMEO2PLOVER-2021.txt"
_SENTENCE = re.compile(r"<Sentence\b[^>]*\bid=\"([^\"]+)\"[^>]*>(.*?)</Sentence>", re.S)
_CODING = re.compile(r"<EventCoding\b([^>]*)>")
_ATTR = re.compile(r"(\w+)\s*=\s*\"([^\"]*)\"")
_TEXT = re.compile(r"<Text>(.*?)</Text>", re.S)
_ACTOR_LINE = re.compile(r"^\s*\+?([^\[#<]+?)\s*\[([A-Za-z-]{3})[^\]]*\]")
_CAMEO_LINE = re.compile(r"^(\d{2,4}):\s*([A-Z]+)")


@dataclass(frozen=True)
class PetrCoding:
    sentence_id: str
    text: str
    cameo: str | None  # None: a sentence that should yield no event
    source: str  # country code, "---" for none
    target: str


def read_petrarch(data_dir: Path) -> list[PetrCoding]:
    raw = (data_dir / PETR_DIR / "PETR.UnitTest.records.xml").read_text(encoding="utf-8")
    raw = re.sub(r"<!--.*?-->", "", raw, flags=re.S)
    codings = []
    for sentence_id, body in _SENTENCE.findall(raw):
        text_match = _TEXT.search(body)
        if text_match is None:
            continue
        text = " ".join(text_match.group(1).split())
        for attributes in _CODING.findall(body):
            fields = dict(_ATTR.findall(attributes))
            if fields.get("noevents", "").lower() == "true":
                codings.append(PetrCoding(sentence_id, text, None, "---", "---"))
            elif "eventcode" in fields:
                codings.append(PetrCoding(sentence_id, text, fields["eventcode"],
                                          fields.get("sourcecode", "---")[:3].upper(),
                                          fields.get("targetcode", "---")[:3].upper()))
    return codings


def country_names(data_dir: Path) -> dict[str, tuple[str, ...]]:
    """Country code → the actor-dictionary phrases filed under it ('ARNOR', 'ARNORIAN')."""
    names: dict[str, list[str]] = defaultdict(list)
    path = data_dir / PETR_DIR / "PETR.Validate.actors.txt"
    for line in path.read_text(encoding="utf-8", errors="replace").splitlines():
        match = _ACTOR_LINE.match(line)
        if match:
            phrase = match.group(1).replace("_", " ").strip()
            if phrase:
                names[match.group(2).upper()].append(phrase)
    return {code: tuple(phrases) for code, phrases in names.items()}


def cameo_to_plover(data_dir: Path) -> dict[str, str]:
    """CAMEO code → PLOVER root, every code the conversion table lists (08 → CONCEDE first)."""
    table: dict[str, str] = {}
    for line in (data_dir / CAMEO2PLOVER).read_text(encoding="utf-8").splitlines():
        match = _CAMEO_LINE.match(line.strip())
        if match:
            table.setdefault(match.group(1), match.group(2))
    return table


def plover_root(cameo: str, table: dict[str, str]) -> str | None:
    for length in range(len(cameo), 1, -1):
        if cameo[:length] in table:
            return table[cameo[:length]]
    return None


def score_petrarch(data_dir: Path, split: str, limit: int | None = None) -> EvalResult:
    codings = read_petrarch(data_dir)[: limit or None]
    names, table = country_names(data_dir), cameo_to_plover(data_dir)
    extractions, failed = extract_texts((c.text for c in codings), "petrarch2")
    tally = TypeTally(PLV_COLLAPSE)
    arguments, quiet = ArgumentTally(), Accuracy()
    unmapped, errors = 0, []
    for coding in codings:
        extraction = extractions.get(coding.text)
        if coding.cameo is None:
            quiet.add(not (extraction and extraction.events))
            continue
        gold = plover_root(coding.cameo, table)
        if gold is None:
            unmapped += 1
            continue
        gold = PLV_COLLAPSE.get(gold, gold)
        source = GoldArgument(names=names.get(coding.source, ()))
        target = GoldArgument(names=names.get(coding.target, ()))
        event, s_ok, t_ok = choose_event(extraction, source, target)
        type_ok = tally.add(gold, event.type if event else None)
        if not arguments.add(event, type_ok, s_ok, t_ok, source, target):
            errors.append({"id": coding.sentence_id, "text": coding.text, "gold": gold,
                           "cameo": coding.cameo, "source": coding.source,
                           "target": coding.target, "predicted": event.type if event else NONE,
                           "trigger": event.trigger.text if event else None,
                           "source_ok": s_ok, "target_ok": t_ok})
    metrics = {"source+target, type ignored (codings with an event)": arguments.roles.to_json(),
               "coverage (codings with any event)": arguments.coverage.to_json(),
               **tally.metrics(), "type+source+target": arguments.full.to_json(),
               "source match (gold has a country source)": arguments.source.to_json(),
               "target match (gold has a country target)": arguments.target.to_json(),
               "no-event sentences with no event": quiet.to_json()}
    notes = [f"{unmapped} coding(s) left out: CAMEO 01/02 (statements, appeals) have no PLOVER root",
             "arguments matched by country: an actor whose name holds a name the actor "
             "dictionary files under the gold country code; '---' arguments not checked",
             "CONCEDE/RETREAT scored as YIELD (both CAMEO 08)", tally.confusions(),
             *failure_note(failed)]
    return EvalResult(dataset="events-petrarch", split=split, items=len(tally.pairs),
                      metrics=metrics, notes=notes, errors=errors)
