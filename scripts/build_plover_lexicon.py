"""Learn which words trigger which PLOVER event type from PLV *train* (zero-shot-PLOVER).

Every PLV sentence marks one source actor <s> and one target actor <t> and names the event's
PLOVER root. The trigger is taken to be the lowest common ancestor of the two actor heads on
spaCy's dependency tree (climbing out of the actor phrases and up to the nearest verb or event
noun), or, when the source is missing, the verb governing the target. For each trigger the
script counts (lemma, root); it also counts the phrasal form 'lemma particle' / 'lemma prep'
when the target hangs off a particle or preposition ('pull out', 'call for', 'fire on'), and
the object noun of a light verb ('imposed *sanctions*', 'provided *assistance*'). An entry is
kept when it was seen at least MIN_COUNT times and its majority root has at least MIN_SHARE of
them; a phrasal entry only where it says more than its bare verb; generic verbs and nouns that
name actors are never kept (NOT_TRIGGERS, actor_nouns.tsv). Only PLV_train.tsv is read:
PLV_test stays unseen.

    .venv/bin/python scripts/build_plover_lexicon.py [--plv ../shared/eval/events/zsp_plover_plv]
    .venv/bin/python scripts/build_plover_lexicon.py --check   # only check the curated file

Before learning, the curated plover_verbs.tsv is checked against the PLOVER ontology files (roots,
the codebook's modes, CAMEO2PLOVER's code-to-root map, patterns, duplicate keys); the script
refuses to go on when a check fails.

Writes src/sitrep/data/plover_verbs_learned.tsv (deterministic for a given spaCy model) and
prints the label set, the row count and sanity checks: the training accuracy of "the majority
root of the trigger lemma", the same by leave-one-out, and how often the curated file (alone and
with the learned one) gives the gold root for the trigger lemma found on train.
"""

from __future__ import annotations

import argparse
import collections
import csv
import re
import textwrap
from dataclasses import dataclass
from pathlib import Path

from sitrep.data import read_table
from sitrep.nlp import load_nlp, model_info

MIN_COUNT = 2
MIN_SHARE = 0.6
ROOTS_2021 = ("AGREE", "CONSULT", "SUPPORT", "CONCEDE", "COOPERATE", "AID", "RETREAT", "REQUEST",
              "ACCUSE", "REJECT", "THREATEN", "PROTEST", "SANCTION", "MOBILIZE", "COERCE", "ASSAULT")
# PLV uses the pre-2021 name YIELD (CAMEO 08) for what PLOVER 2021 splits into CONCEDE (verbal,
# promised) and RETREAT (material, happening). PLV's modality_L2 column tells the two apart:
# 'todo' (intended) → CONCEDE, 'past' (done) → RETREAT; on train that is 5 and 136 rows.
YIELD_BY_MODALITY = {"todo": "CONCEDE", "past": "RETREAT"}
# Verbs whose object noun carries the event ('launched an attack', 'imposed sanctions'): the
# events stage's light verbs plus a few that PLV sentences use the same way (sign, reach, file…).
LIGHT_VERBS = frozenset({"offer", "provide", "give", "send", "deliver", "launch", "carry", "conduct",
                         "stage", "hold", "make", "mount", "begin", "start", "continue", "resume",
                         "impose", "announce", "extend", "grant", "issue", "file", "lodge",
                         "level", "take", "sign", "reach", "pledge", "declare"})
# Verbs of saying: when one links source and target ('Iran said it would retaliate against
# Israel'), the event is the verb governing the target inside what was said.
SPEECH_VERBS = frozenset({"say", "tell", "add", "state", "note", "stress", "insist", "report",
                          "write", "explain", "claim", "quote"})
# Kept out of the table however they were counted: verbs that carry no event of their own (the
# light verbs' type is their object's, which is counted separately) and nouns that name actors
# or nothing in particular ('civilian', 'team', 'effort'): as bare triggers they would fire on
# almost any clause.
NOT_TRIGGERS = frozenset({
    ("be", "VERB"), ("have", "VERB"), ("do", "VERB"), ("make", "VERB"), ("take", "VERB"),
    ("give", "VERB"), ("go", "VERB"), ("come", "VERB"), ("get", "VERB"), ("put", "VERB"),
    ("use", "VERB"), ("find", "VERB"), ("lead", "VERB"), ("let", "VERB"), ("remain", "VERB"),
    ("become", "VERB"), ("comprise", "VERB"), ("include", "VERB"), ("decide", "VERB"),
    ("carry", "VERB"), ("conduct", "VERB"), ("hold", "VERB"), ("start", "VERB"), ("begin", "VERB"),
    ("continue", "VERB"), ("stage", "VERB"), ("mount", "VERB"), ("launch", "VERB"), ("issue", "VERB"),
    ("express", "VERB"), ("open", "VERB"), ("say", "VERB"), ("stop", "VERB"), ("end", "VERB"),
    ("ensure", "VERB"), ("contribute", "VERB"), ("die", "VERB"),  # outcomes and aims, not acts
    ("action", "NOUN"), ("effort", "NOUN"), ("state", "NOUN"), ("team", "NOUN"), ("order", "NOUN"),
    ("decision", "NOUN"), ("plan", "NOUN"), ("move", "NOUN"), ("step", "NOUN"), ("measure", "NOUN"),
    ("decree", "NOUN"),
})
TAG = re.compile(r"</?[st]>")
ACTOR_NOUNS = frozenset(row["noun"] for row in read_table("actor_nouns.tsv"))
AID_KINDS = {"economic", "military", "humanitarian", "peacekeeping", "asylum"}  # unnamed in the codebook
DATA = Path(__file__).resolve().parents[1] / "src" / "sitrep" / "data"
OUT, CURATED = DATA / "plover_verbs_learned.tsv", DATA / "plover_verbs.tsv"
EVENTS = Path(__file__).resolve().parents[2] / "shared" / "eval" / "events"


@dataclass(frozen=True)
class Example:
    text: str
    sources: tuple[tuple[int, int], ...]
    targets: tuple[tuple[int, int], ...]
    root: str  # a PLOVER 2021 root


def strip_marks(marked: str) -> tuple[str, dict[str, list[tuple[int, int]]]]:
    """The plain sentence and the char spans of its <s>/<t> marks, whitespace trimmed."""
    plain, spans, open_at, cursor = [], {"s": [], "t": []}, {}, 0
    for match in TAG.finditer(marked):
        plain.append(marked[cursor:match.start()])
        cursor = match.end()
        here, tag = sum(map(len, plain)), match.group()
        if tag[1] != "/":
            open_at[tag[1]] = here
        elif tag[2] in open_at:
            spans[tag[2]].append((open_at.pop(tag[2]), here))
    plain.append(marked[cursor:])
    text = "".join(plain)
    trimmed = {k: [_trim(text, s, e) for s, e in v if text[s:e].strip()] for k, v in spans.items()}
    return text, trimmed


def _trim(text: str, start: int, end: int) -> tuple[int, int]:
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    return start, end


def to_2021(label: str, modality: str) -> str:
    if label == "YIELD":
        return YIELD_BY_MODALITY.get(modality, "RETREAT")
    if label not in ROOTS_2021:
        raise SystemExit(f"error: PLV label {label!r} is not a PLOVER 2021 root; map it in to_2021()")
    return label


def read_plv(path: Path) -> tuple[list[Example], collections.Counter]:
    examples, labels = [], collections.Counter()
    with path.open(encoding="utf-8", newline="") as handle:
        for row in csv.DictReader(handle, delimiter="\t"):
            labels[row["gold_root"]] += 1
            text, spans = strip_marks(row["marked_sentence"])
            root = to_2021(row["gold_root"], row.get("modality_L2", ""))
            examples.append(Example(text, tuple(spans["s"]), tuple(spans["t"]), root))
    return examples, labels


def _head(doc, span: tuple[int, int]):
    chars = doc.char_span(*span, alignment_mode="expand")
    return chars.root if chars is not None and len(chars) else None


def _ancestors(token) -> list:
    chain = [token]
    while chain[-1].head.i != chain[-1].i:
        chain.append(chain[-1].head)
    return chain


def _inside(token, spans: list[tuple[int, int]]) -> bool:
    return any(s <= token.idx < e for s, e in spans)


def trigger_token(doc, example: Example):
    """The verb (or event noun) that links source and target; None if the parse has none."""
    sources = [h for h in (_head(doc, s) for s in example.sources) if h is not None]
    targets = [h for h in (_head(doc, t) for t in example.targets) if h is not None]
    if not targets and not sources:
        return None
    if sources and targets:
        up = set(t.i for t in _ancestors(sources[0]))
        node = next(a for a in _ancestors(targets[0]) if a.i in up or a.head.i == a.i)
    else:
        node = (targets or sources)[0]
    actor_spans = list(example.sources + example.targets)
    found = next((token for token in _ancestors(node) if not _inside(token, actor_spans)
                  and (token.pos_ == "VERB" or (token.pos_ == "NOUN" and token is node))), None)
    if found is not None and found.lemma_.lower() in SPEECH_VERBS and targets:
        said = next((t for t in _ancestors(targets[0])[1:] if t.pos_ == "VERB"), found)
        found = said if said.i != found.i and found in said.ancestors else found
    return found


def keys_for(token, example: Example) -> list[tuple[str, str, str]]:
    """(trigger, pos, kind) keys one example counts: the lemma, and its phrasal or noun forms."""
    lemma = token.lemma_.lower()
    keys = [(lemma, token.pos_, "lemma")]
    if token.pos_ != "VERB":
        return keys
    particle = next((c.lower_ for c in token.children if c.dep_ == "prt"), None)
    if particle:
        keys.append((f"{lemma} {particle}", "VERB", "phrasal"))
    for prep in (c for c in token.children if c.dep_ == "prep"):
        if any(_inside(g, list(example.targets)) for g in prep.children if g.dep_ == "pobj"):
            keys.append((f"{lemma} {prep.lower_}", "VERB", "phrasal"))
            break
    if lemma in LIGHT_VERBS:
        for obj in (c for c in token.children if c.dep_ == "dobj" and c.pos_ == "NOUN"):
            keys.append((obj.lemma_.lower(), "NOUN", "object"))
    return keys


def count(examples: list[Example]) -> tuple[dict, list]:
    """(trigger, pos) → Counter of roots, and per example its (lemma key, root) for the checks."""
    counts: dict[tuple[str, str], collections.Counter] = collections.defaultdict(collections.Counter)
    kinds: dict[tuple[str, str], str] = {}
    per_example: list[tuple[tuple[str, str] | None, str]] = []
    nlp = load_nlp()
    for example, doc in zip(examples, nlp.pipe((e.text for e in examples), batch_size=64)):
        token = trigger_token(doc, example)
        if token is None:
            per_example.append((None, example.root))
            continue
        for trigger, pos, kind in keys_for(token, example):
            counts[(trigger, pos)][example.root] += 1
            kinds.setdefault((trigger, pos), kind)
        per_example.append(((token.lemma_.lower(), token.pos_), example.root))
    return {k: (v, kinds[k]) for k, v in counts.items()}, per_example


def majority(counter: collections.Counter) -> tuple[str, int]:
    """The most frequent root; ties go to the root listed first in ROOTS_2021 (deterministic)."""
    return min(counter.items(), key=lambda item: (-item[1], ROOTS_2021.index(item[0])))


def select(counts: dict) -> list[tuple[str, str, str, int, float]]:
    rows = []
    for (trigger, pos), (counter, kind) in counts.items():
        if (trigger, pos) in NOT_TRIGGERS or (pos == "NOUN" and trigger in ACTOR_NOUNS):
            continue
        total = sum(counter.values())
        root, top = majority(counter)
        if total < MIN_COUNT or top / total < MIN_SHARE:
            continue
        if kind == "phrasal":
            bare = counts.get((trigger.split()[0], "VERB"))
            if bare is not None:
                bare_root, bare_top = majority(bare[0])
                bare_total = sum(bare[0].values())
                if bare_root == root and bare_total >= MIN_COUNT and bare_top / bare_total >= MIN_SHARE:
                    continue  # says nothing the bare verb does not
        rows.append((trigger, pos, root, total, top / total))
    return sorted(rows)


def sanity_checks(counts: dict, per_example: list) -> None:
    """Accuracy of 'majority root of the trigger lemma' on train, and by leave-one-out."""
    n = len(per_example)
    found = sum(key is not None for key, _ in per_example)
    train_hits = loo_hits = loo_covered = 0
    for key, gold in per_example:
        if key is None:
            continue
        counter = counts[key][0]
        train_hits += majority(counter)[0] == gold
        rest = counter.copy()
        rest[gold] -= 1
        rest = +rest
        if rest:
            loo_covered += 1
            loo_hits += majority(rest)[0] == gold
    print(f"trigger found for {found}/{n} train sentences")
    print(f"training accuracy (majority root of the trigger lemma): {train_hits}/{n} = {train_hits / n:.1%}")
    print(f"leave-one-out accuracy: {loo_hits}/{n} = {loo_hits / n:.1%} "
          f"(lemma seen elsewhere for {loo_covered}; {loo_hits / max(loo_covered, 1):.1%} of those)")


def curated_agreement(per_example: list, rows: list) -> None:
    """How often the curated file (and curated-then-learned, as the events stage reads them) gives
    the gold root for the trigger lemma found on train: a check of conventions, not a score."""
    curated = {(r["trigger"], r["pos"]): r["type"] for r in _data_rows(CURATED)}
    combined = {(t, p): root for t, p, root, _, _ in rows} | curated
    for name, table in (("curated", curated), ("curated+learned", combined)):
        covered = [(table[key], gold) for key, gold in per_example if key in table]
        hits = sum(pred == gold for pred, gold in covered)
        print(f"{name} lexicon on the train trigger lemma: covers {len(covered)}/{len(per_example)}, "
              f"right {hits} ({hits / max(len(covered), 1):.1%} of covered)")


def write(rows: list, label_counts: collections.Counter) -> None:
    model = model_info()
    header = [
        "# PLOVER event triggers learned from PLV train: (lemma, part of speech) → majority PLOVER 2021 root.",
        "# version: 1",
        "# source: PLV_train.tsv of zero-shot-PLOVER (snowood1/Zero-Shot-PLOVER, datasets/; Hu et al. 2024,",
        "#   ACL), 1,050 sentences, train split only; PLV_test was not read. Only lemma counts are kept.",
        f"#   Parsed with {model['name']} {model['version']}.",
        "# made: scripts/build_plover_lexicon.py. Trigger = lowest common ancestor verb (or event noun) of",
        "#   the marked source and target heads, else the verb governing the target; also counted: the",
        "#   phrasal 'verb particle' / 'verb preposition-of-target' and a light verb's object noun. A verb",
        "#   of saying hands over to the verb governing the target inside what was said.",
        f"# kept: seen >= {MIN_COUNT} times and majority root share >= {MIN_SHARE:.0%}; a phrasal entry only when",
        "#   its bare verb is not kept with the same root. Ties go to the root listed first in PLOVER order.",
        "#   Never kept: the script's NOT_TRIGGERS (generic and light verbs, vague nouns) and the nouns of",
        "#   actor_nouns.tsv (a noun that names an actor is not an event).",
        "# labels: PLV's YIELD (old CAMEO 08 name) → CONCEDE when PLV's modality_L2 is 'todo', else RETREAT;",
        *textwrap.wrap("PLV train label counts: " + ", ".join(f"{k} {v}" for k, v in sorted(label_counts.items()))
                       + ".", width=96, initial_indent="#   ", subsequent_indent="#   "),
        "# columns: trigger (spaCy lemma, or 'lemma particle' or 'lemma preposition'), pos,",
        "#   type (PLOVER 2021 root), count (times seen as a trigger), share (fraction with this type)",
    ]
    lines = header + ["trigger\tpos\ttype\tcount\tshare"]
    lines += [f"{t}\t{p}\t{r}\t{n}\t{s:.2f}" for t, p, r, n, s in rows]
    OUT.write_text("\n".join(lines) + "\n", encoding="utf-8")


def _data_rows(path: Path) -> list[dict[str, str]]:
    lines = [line for line in path.read_text(encoding="utf-8").splitlines() if line and not line.startswith("#")]
    return list(csv.DictReader(lines, delimiter="\t", quoting=csv.QUOTE_NONE))


def ontology(folder: Path) -> tuple[dict[str, set[str]], dict[str, set[str]]]:
    """Modes per root (codebook) and CAMEO two-digit roots per PLOVER root (CAMEO2PLOVER codes)."""
    modes: dict[str, set[str]] = collections.defaultdict(set)
    with (folder / "PLOVER_structured_codebook_updated.csv").open(encoding="utf-8", newline="") as handle:
        for row in csv.DictReader(handle):
            if row["mode"].strip():
                modes[row["event"].strip()].add(row["mode"].strip())
    modes["AID"] |= AID_KINDS
    cameo: dict[str, set[str]] = collections.defaultdict(set)
    for line in (folder / "CAMEO2PLOVER-2021.txt").read_text(encoding="utf-8").splitlines():
        if match := re.match(r"^(\d{2,4}):\s*([A-Z]+)", line):
            cameo[match.group(2)].add(match.group(1)[:2])
    cameo["REQUEST"].add("02")  # APPEAL, dropped by PLOVER 2021; sitrep codes appeals as REQUEST
    return modes, cameo


def check_curated(path: Path, folder: Path) -> list[str]:
    """Problems in the curated lexicon: unknown root, mode or CAMEO code, bad pattern, duplicates."""
    modes, cameo = ontology(folder)
    problems, seen = [], set()
    for n, row in enumerate(_data_rows(path), start=1):
        key, where = (row["trigger"], row["pos"]), f"{path.name} row {n} ({row['trigger']})"
        if key in seen:
            problems.append(f"{where}: duplicate (trigger, pos)")
        seen.add(key)
        if row["trigger"] != row["trigger"].lower() or row["pos"] not in {"VERB", "NOUN"}:
            problems.append(f"{where}: trigger must be a lower-case lemma, pos VERB or NOUN")
        if row["type"] not in ROOTS_2021:
            problems.append(f"{where}: {row['type']!r} is not a PLOVER 2021 root")
        elif row["mode"] and row["mode"] not in modes[row["type"]]:
            problems.append(f"{where}: mode {row['mode']!r} is not a codebook mode of {row['type']}")
        if row["type"] in ROOTS_2021 and row["cameo"] not in cameo[row["type"]]:
            problems.append(f"{where}: CAMEO {row['cameo']!r} does not map to {row['type']}")
        if not re.fullmatch(r"(dobj|xcomp|prep:[a-z]+)?", row["pattern"]):
            problems.append(f"{where}: pattern {row['pattern']!r} is not dobj, xcomp or prep:X")
    return problems


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--plv", type=Path, default=EVENTS / "zsp_plover_plv")
    parser.add_argument("--ontology", type=Path, default=EVENTS / "plover_ontology")
    parser.add_argument("--check", action="store_true", help="only check plover_verbs.tsv; learn nothing")
    args = parser.parse_args()
    problems = check_curated(CURATED, args.ontology)
    for problem in problems:
        print(f"error: {problem}")
    print(f"{CURATED.name}: {len(_data_rows(CURATED))} rows, {len(problems)} problems")
    if problems or args.check:
        raise SystemExit(1 if problems else 0)
    examples, labels = read_plv(args.plv / "PLV_train.tsv")
    print("PLV train labels:", ", ".join(f"{k} {v}" for k, v in sorted(labels.items())))
    mapped = collections.Counter(e.root for e in examples)
    print("as PLOVER 2021 roots:", ", ".join(f"{k} {v}" for k, v in sorted(mapped.items())))
    counts, per_example = count(examples)
    rows = select(counts)
    write(rows, labels)
    print(f"wrote {OUT} ({len(rows)} triggers: "
          + ", ".join(f"{k} {v}" for k, v in sorted(collections.Counter(r[2] for r in rows).items())) + ")")
    sanity_checks(counts, per_example)
    curated_agreement(per_example, rows)


if __name__ == "__main__":
    main()
