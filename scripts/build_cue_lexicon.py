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

Writes src/sitrep/data/cue_verbs_learned.tsv and cue_verb_preps_learned.tsv (deterministic for
a given spaCy model).
"""

from __future__ import annotations

import argparse
import collections
from pathlib import Path

from sitrep.eval.polnear import read_split
from sitrep.extract.claim_spans import preposition_object
from sitrep.nlp import load_nlp

MIN_PRECISION = 0.5
MIN_COUNT = 5
CONSTRUCTIONS = ("ccomp", "dobj", "xcomp")
DATA = Path(__file__).resolve().parents[1] / "src" / "sitrep" / "data"
OUT = DATA / "cue_verbs_learned.tsv"
OUT_PREPS = DATA / "cue_verb_preps_learned.tsv"
HEADER = [
    "# version: 1",
    "# source: PolNeAR (networkdynamics/PolNeAR, commit c3eee833), data/train only, first annotator",
    "#   per article; parsed with en_core_web_sm 3.8.0. Annotations CC BY 4.0 (see the PolNeAR repo).",
]


def construction(token) -> str | None:
    deps = {child.dep_ for child in token.children}
    return next((c for c in CONSTRUCTIONS if c in deps), None)


def count(polnear: Path) -> tuple[collections.Counter, ...]:
    seen, marked = collections.Counter(), collections.Counter()
    at_object = collections.Counter()  # (lemma, preposition): marked with the content at its object
    articles = read_split(polnear / "data", "train")
    nlp = load_nlp()
    for article, doc in zip(articles, nlp.pipe((a.text for a in articles), batch_size=16, n_process=2)):
        cue_content = {}
        for attribution in article.attributions:
            if attribution.cue:
                starts = {c[0] for c in attribution.contents}
                cue_content.update((i, starts) for i in range(*attribution.cue))
        for token in doc:
            if token.pos_ != "VERB":
                continue
            kind, obj = construction(token), preposition_object(token)
            key = (token.lemma_.lower(), kind or (obj is not None and obj.head.lower_))
            if kind is None and obj is None:
                continue
            seen[key] += 1
            marked[key] += token.idx in cue_content
            at_object[key] += obj is not None and obj.left_edge.idx in cue_content.get(token.idx, ())
    return seen, marked, at_object


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--polnear", type=Path,
                        default=Path(__file__).resolve().parents[2] / "shared" / "eval" / "quotes" / "polnear")
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
    lines = header + ["cue\tconstruction\tmarked\tseen"]
    lines += [f"{lemma}\t{kind}\t{m}\t{n}" for lemma, kind, m, n in rows]
    OUT.write_text("\n".join(lines) + "\n", encoding="utf-8")
    print(f"wrote {OUT} ({len(rows)} cue constructions)")
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
    lines = header + ["cue\tpreposition\tmarked\tat_object\tseen"]
    lines += [f"{lemma}\t{prep}\t{m}\t{o}\t{n}" for lemma, prep, m, o, n in preps]
    OUT_PREPS.write_text("\n".join(lines) + "\n", encoding="utf-8")
    print(f"wrote {OUT_PREPS} ({len(preps)} verb + preposition cues)")


if __name__ == "__main__":
    main()
