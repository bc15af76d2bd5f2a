"""Learn which adjectives and nouns head attribution cues, from PolNeAR *train*.

'is eager to', 'was critical of', 'is confident that', 'his claim that', 'the belief that': the
cue is an adjective or a noun, and the attribution CRF, whose strong L1 prunes a rare lemma's
own weights, saw most such words too seldom to tag them. A shared feature (the lemma is in this
list) lets the few it saw teach the others. For every adjective and noun in the training
articles that takes a complement (a clause, an infinitive, a preposition's object), the number
of times annotators made it (part of) a cue is counted; a (lemma, part of speech) enters the list
when marked at least MIN_PRECISION of MIN_COUNT+ such occurrences. Only the train split is read.

    .venv/bin/python scripts/build_cue_words.py [--polnear ../shared/eval/quotes/polnear]

Writes src/sitrep/data/cue_words_learned.tsv (deterministic for a given spaCy model); read by
the CRF's features (`extract/attribution_features.py`), not by the rules.
"""

from __future__ import annotations

import argparse
import collections
from pathlib import Path

from sitrep.eval.polnear import read_split
from sitrep.nlp import load_nlp

MIN_PRECISION = 0.3
MIN_COUNT = 4
COMPLEMENTS = frozenset({"ccomp", "xcomp", "acl", "prep", "advcl"})
DATA = Path(__file__).resolve().parents[1] / "src" / "sitrep" / "data"
OUT = DATA / "cue_words_learned.tsv"
HEADER = [
    "# Attribution cues learned from PolNeAR train: adjectives and nouns heading a cue",
    "#   ('eager to', 'critical of', 'claim that', 'belief that').",
    "# version: 1",
    "# source: PolNeAR (networkdynamics/PolNeAR, commit c3eee833), data/train only, first annotator",
    "#   per article; parsed with en_core_web_sm 3.8.0. Annotations CC BY 4.0 (see the PolNeAR repo).",
]


def takes_complement(token) -> bool:
    return any(child.dep_ in COMPLEMENTS for child in token.children)


def count(polnear: Path) -> tuple[collections.Counter, collections.Counter]:
    seen, marked = collections.Counter(), collections.Counter()
    articles = read_split(polnear / "data", "train")
    nlp = load_nlp()
    for article, doc in zip(articles, nlp.pipe((a.text for a in articles), batch_size=16, n_process=2)):
        in_cue = {i for a in article.attributions if a.cue for i in range(*a.cue)}
        for token in doc:
            if token.pos_ not in {"ADJ", "NOUN"} or not takes_complement(token):
                continue
            key = (token.lemma_.lower(), token.pos_)
            seen[key] += 1
            marked[key] += token.idx in in_cue
    return seen, marked


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--polnear", type=Path,
                        default=Path(__file__).resolve().parents[2] / "shared" / "eval" / "quotes" / "polnear")
    args = parser.parse_args()
    seen, marked = count(args.polnear)
    rows = sorted((lemma, pos, marked[(lemma, pos)], n) for (lemma, pos), n in seen.items()
                  if n >= MIN_COUNT and marked[(lemma, pos)] / n >= MIN_PRECISION)
    lines = HEADER + [
        f"# made: scripts/build_cue_words.py; kept when marked as (part of) a cue >= "
        f"{MIN_PRECISION:.0%} of {MIN_COUNT}+ occurrences with a complement.",
        "# columns: word (lemma), pos (ADJ | NOUN), marked, seen",
        "word\tpos\tmarked\tseen",
    ]
    lines += [f"{lemma}\t{pos}\t{m}\t{n}" for lemma, pos, m, n in rows]
    OUT.write_text("\n".join(lines) + "\n", encoding="utf-8")
    print(f"wrote {OUT} ({len(rows)} words)")


if __name__ == "__main__":
    main()
