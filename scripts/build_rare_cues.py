"""Learn the rarer attribution cue verbs ('bemoaned the deal', 'lamented that…') from PolNeAR *train*.

`build_cue_lexicon.py` keeps a (verb lemma, construction) pair seen 5+ times and marked as a
cue in half of them. The long tail of reporting verbs falls below that count ('denounce',
'lament', 'reaffirm' are seen 3 or 4 times), so this script keeps, among the pairs that file
does not hold, those seen at least MIN_COUNT times and marked at least MIN_PRECISION of the
time (a higher bar, for the smaller count), where besides the annotated content starts at the
construction (the clause, complementiser included, the object or the infinitive) in at least
MIN_AT_CONSTRUCTION of the marked occurrences: 'mince words', 'heap praise on' are cues whose
content lies elsewhere. Only the train split is read; dev and test stay unseen.

A file of its own (data/cue_verbs_learned_rare.tsv), read by extract/quotes.py only: the
attribution CRF's features read cue_verbs.tsv and cue_verbs_learned.tsv, not this one.

    .venv/bin/python scripts/build_rare_cues.py [--polnear ../shared/eval/quotes/polnear]
"""

from __future__ import annotations

import argparse
import collections
from pathlib import Path

from polnear_cues import DATA, HEADER, POLNEAR, construction, train_verbs, write_table
from sitrep.data import read_table

MIN_COUNT = 3
MIN_PRECISION = 0.75
MIN_AT_CONSTRUCTION = 0.5
OUT = DATA / "cue_verbs_learned_rare.tsv"


def content_at(cue, kind: str, starts: set[int]) -> bool:
    """Whether an annotated content of `cue` starts at its construction: at the clause,
    object or infinitive's first word, or (a clause) at a complementiser between cue and it."""
    child = next(c for c in cue.children if c.dep_ == kind)
    first = child.left_edge.idx
    return any(s == first or (kind == "ccomp" and cue.idx < s <= first) for s in starts)


def count(polnear: Path) -> tuple[collections.Counter, ...]:
    seen, marked, at_construction = (collections.Counter() for _ in range(3))
    for token, starts in train_verbs(polnear):
        kind = construction(token)
        if kind is None:
            continue
        key = (token.lemma_.lower(), kind)
        seen[key] += 1
        if starts is not None:
            marked[key] += 1
            at_construction[key] += content_at(token, kind, starts)
    return seen, marked, at_construction


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--polnear", type=Path, default=POLNEAR)
    args = parser.parse_args()
    learned = {(r["cue"], r["construction"]) for r in read_table("cue_verbs_learned.tsv")}
    seen, marked, at_construction = count(args.polnear)
    rows = sorted((lemma, kind, marked[(lemma, kind)], at_construction[(lemma, kind)], n)
                  for (lemma, kind), n in seen.items()
                  if (lemma, kind) not in learned and n >= MIN_COUNT
                  and marked[(lemma, kind)] / n >= MIN_PRECISION
                  and at_construction[(lemma, kind)] / marked[(lemma, kind)] >= MIN_AT_CONSTRUCTION)
    header = [
        "# Rarer attribution cues learned from PolNeAR train: (verb lemma, construction carrying",
        "#   the content), for pairs cue_verbs_learned.tsv does not hold.",
        *HEADER,
        f"# made: scripts/build_rare_cues.py; kept when marked as a cue >= {MIN_PRECISION:.0%} of "
        f"{MIN_COUNT}+ occurrences, with the content",
        f"#   starting at the construction in >= {MIN_AT_CONSTRUCTION:.0%} of the marked ones.",
        "# columns: cue (lemma), construction (ccomp | dobj | xcomp), marked, content at the "
        "construction (of marked), seen",
    ]
    write_table(OUT, header, ["cue", "construction", "marked", "at_construction", "seen"], rows,
                "cue constructions")


if __name__ == "__main__":
    main()
