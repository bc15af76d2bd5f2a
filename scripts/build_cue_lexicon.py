"""Learn which verbs introduce attributions, and in which construction, from PolNeAR *train*.

For every verb in the training articles, the construction that would carry its content (a
clausal complement, a noun-phrase object, a to-infinitive) is counted, and so is how often
annotators marked that verb as an attribution cue. A (lemma, construction) pair enters the
learned lexicon when annotators marked it at least MIN_PRECISION of the time, over at least
MIN_COUNT occurrences. Only the train split is read; dev and test stay unseen.

    .venv/bin/python scripts/build_cue_lexicon.py [--polnear ../shared/eval/quotes/polnear]

Writes src/sitrep/data/cue_verbs_learned.tsv (deterministic for a given spaCy model).
"""

from __future__ import annotations

import argparse
import collections
from pathlib import Path

from sitrep.eval.polnear import read_split
from sitrep.nlp import load_nlp

MIN_PRECISION = 0.5
MIN_COUNT = 5
CONSTRUCTIONS = ("ccomp", "dobj", "xcomp")
OUT = Path(__file__).resolve().parents[1] / "src" / "sitrep" / "data" / "cue_verbs_learned.tsv"


def construction(token) -> str | None:
    deps = {child.dep_ for child in token.children}
    return next((c for c in CONSTRUCTIONS if c in deps), None)


def count(polnear: Path) -> tuple[collections.Counter, collections.Counter]:
    seen, marked = collections.Counter(), collections.Counter()
    articles = read_split(polnear / "data", "train")
    nlp = load_nlp()
    for article, doc in zip(articles, nlp.pipe((a.text for a in articles), batch_size=16, n_process=2)):
        cue_chars = set()
        for attribution in article.attributions:
            if attribution.cue:
                cue_chars.update(range(*attribution.cue))
        for token in doc:
            kind = construction(token) if token.pos_ == "VERB" else None
            if kind is None:
                continue
            key = (token.lemma_.lower(), kind)
            seen[key] += 1
            marked[key] += token.idx in cue_chars
    return seen, marked


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--polnear", type=Path,
                        default=Path(__file__).resolve().parents[2] / "shared" / "eval" / "quotes" / "polnear")
    args = parser.parse_args()
    seen, marked = count(args.polnear)
    rows = sorted((lemma, kind, marked[(lemma, kind)], n) for (lemma, kind), n in seen.items()
                  if n >= MIN_COUNT and marked[(lemma, kind)] / n >= MIN_PRECISION)
    header = [
        "# Attribution cues learned from PolNeAR train: (verb lemma, construction carrying the content).",
        "# version: 1",
        "# source: PolNeAR (networkdynamics/PolNeAR, commit c3eee833), data/train only, first annotator",
        "#   per article; parsed with en_core_web_sm 3.8.0. Annotations CC BY 4.0 (see the PolNeAR repo).",
        f"# made: scripts/build_cue_lexicon.py; kept when marked as a cue >= {MIN_PRECISION:.0%} of "
        f"{MIN_COUNT}+ occurrences.",
        "# columns: cue (lemma), construction (ccomp | dobj | xcomp), marked, seen",
    ]
    lines = header + ["cue\tconstruction\tmarked\tseen"]
    lines += [f"{lemma}\t{kind}\t{m}\t{n}" for lemma, kind, m, n in rows]
    OUT.write_text("\n".join(lines) + "\n", encoding="utf-8")
    print(f"wrote {OUT} ({len(rows)} cue constructions)")


if __name__ == "__main__":
    main()
