"""Learn which verbs introduce attributions, and in which construction, from PolNeAR *train*.

For every verb in the training articles, the construction that would carry its content (a
clausal complement, a noun-phrase object, a to-infinitive) is counted, and so is how often
annotators marked that verb as an attribution cue. A (lemma, construction) pair enters the
learned lexicon when annotators marked it at least MIN_PRECISION of the time, over at least
MIN_COUNT occurrences. Only the train split is read; dev and test stay unseen.

    .venv/bin/python scripts/build_cue_lexicon.py [--polnear ../shared/eval/quotes/polnear]

Verbs with none of those constructions are counted by the preposition that follows them
('railed against the deal', 'talked about his record'): a (lemma, preposition) pair enters
data/cue_verb_preps_learned.tsv on the same threshold when, besides, the annotated content
starts at the preposition's object in most of the marked occurrences.

Writes src/sitrep/data/cue_verbs_learned.tsv and cue_verb_preps_learned.tsv, learned on the bare
model's parse (`polnear_cues.bare_parser`), so a rebuild reproduces them whatever sitrep's own
parse code becomes.
"""

from __future__ import annotations

import argparse
import collections
from pathlib import Path

from polnear_cues import (CONSTRUCTIONS, DATA, HEADER, POLNEAR, construction, train_verbs,
                          write_table)
from sitrep.extract.claim_spans import preposition_object

MIN_PRECISION = 0.5
MIN_COUNT = 5
OUT = DATA / "cue_verbs_learned.tsv"
OUT_PREPS = DATA / "cue_verb_preps_learned.tsv"


def count(polnear: Path) -> tuple[collections.Counter, ...]:
    seen, marked = collections.Counter(), collections.Counter()
    at_object = collections.Counter()  # (lemma, preposition): marked with the content at its object
    for token, starts in train_verbs(polnear):
        kind, obj = construction(token), preposition_object(token)
        key = (token.lemma_.lower(), kind or (obj is not None and obj.head.lower_))
        if kind is None and obj is None:
            continue
        seen[key] += 1
        marked[key] += starts is not None
        at_object[key] += obj is not None and obj.left_edge.idx in (starts or ())
    return seen, marked, at_object


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--polnear", type=Path, default=POLNEAR)
    args = parser.parse_args()
    seen, marked, at_object = count(args.polnear)
    kept = sorted((lemma, kind, marked[(lemma, kind)], n) for (lemma, kind), n in seen.items()
                  if n >= MIN_COUNT and marked[(lemma, kind)] / n >= MIN_PRECISION)
    rows = [row for row in kept if row[1] in CONSTRUCTIONS]
    header = [
        "# Attribution cues learned from PolNeAR train: (verb lemma, construction carrying the content).",
        *HEADER,
        f"# made: scripts/build_cue_lexicon.py; kept when marked as a cue >= {MIN_PRECISION:.0%} of "
        f"{MIN_COUNT}+ occurrences.",
        "# columns: cue (lemma), construction (ccomp | dobj | xcomp), marked, seen",
    ]
    write_table(OUT, header, ["cue", "construction", "marked", "seen"], rows,
                "cue constructions")
    preps = [(lemma, prep, m, at_object[(lemma, prep)], n) for lemma, prep, m, n in kept
             if prep not in CONSTRUCTIONS and at_object[(lemma, prep)] / m >= MIN_PRECISION]
    header = [
        "# Attribution cues learned from PolNeAR train: a verb and the preposition whose object is",
        "#   the content ('rail against', 'talk about'), for verbs with no clause, object or infinitive.",
        *HEADER,
        f"# made: scripts/build_cue_lexicon.py; kept when marked as a cue >= {MIN_PRECISION:.0%} of "
        f"{MIN_COUNT}+ occurrences, with the content starting at the object in >= {MIN_PRECISION:.0%}",
        "#   of the marked ones.",
        "# columns: cue (lemma), preposition, marked, content at the object (of marked), seen",
    ]
    write_table(OUT_PREPS, header, ["cue", "preposition", "marked", "at_object", "seen"], preps,
                "verb + preposition cues")


if __name__ == "__main__":
    main()
