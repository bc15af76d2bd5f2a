"""Learn which nouns report a claim through a clause hung on them, from PolNeAR *train*.

For every noun of the training articles with a source (a possessor, or the object of 'by' /
'from' naming someone) and a that-clause or to-infinitive after it (`extract/cue_nouns.
candidates`: 'Trump's claim that…', 'his determination to act alone'), it counts how often
annotators made the noun (part of) an attribution cue, and how often that attribution's
content is the clause as `cue_nouns` draws it. A (noun, complement) pair is kept when it is a
cue in at least MIN_PRECISION of MIN_COUNT or more occurrences and the content is the clause in
at least MIN_PRECISION of the marked ones. Only the train split is read.

    .venv/bin/python scripts/build_cue_nouns.py [--polnear ../shared/eval/quotes/polnear]

Writes src/sitrep/data/cue_nouns_learned.tsv (deterministic for a given spaCy model).
"""

from __future__ import annotations

import argparse
import collections
from pathlib import Path

from sitrep.eval.polnear import read_split
from sitrep.extract.cue_nouns import candidates, content_span
from sitrep.nlp import load_nlp

MIN_PRECISION = 0.5
MIN_COUNT = 3
OUT = Path(__file__).resolve().parents[1] / "src" / "sitrep" / "data" / "cue_nouns_learned.tsv"
HEADER = [
    "# Cue nouns learned from PolNeAR train: a noun whose possessor (or 'by' / 'from' object) is",
    "#   the source and whose that-clause or to-infinitive is the content ('Trump's claim that…',",
    "#   'her promise to…').",
    "# version: 1",
    "# source: PolNeAR (networkdynamics/PolNeAR, commit c3eee833), data/train only, first annotator",
    "#   per article; parsed with en_core_web_sm 3.8.0. Annotations CC BY 4.0 (see the PolNeAR repo).",
    f"# made: scripts/build_cue_nouns.py; kept when marked as a cue >= {MIN_PRECISION:.0%} of"
    f" {MIN_COUNT}+ occurrences,",
    f"#   with the content the clause in >= {MIN_PRECISION:.0%} of those.",
    "# columns: noun (lemma), complement (that | to), marked (the noun inside a gold cue),",
    "#   content (of those, the gold content is the clause exactly), seen",
]


def count(articles, docs) -> tuple[collections.Counter, ...]:
    seen, marked, exact = collections.Counter(), collections.Counter(), collections.Counter()
    for article, doc in zip(articles, docs):
        cue_at = {}
        for attribution in article.attributions:
            if attribution.cue:
                cue_at.update((i, attribution) for i in range(*attribution.cue))
        for lemma, kind, noun in candidates(doc):
            seen[lemma, kind] += 1
            attribution = cue_at.get(noun.idx)
            if attribution is None:
                continue
            marked[lemma, kind] += 1
            content = content_span(noun)
            if content is not None and (content.start_char, content.end_char) in attribution.contents:
                exact[lemma, kind] += 1
    return seen, marked, exact


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--polnear", type=Path, default=Path("../shared/eval/quotes/polnear"))
    parser.add_argument("--docs", type=Path, help="the train articles already parsed (a DocBin)")
    args = parser.parse_args()
    articles = read_split(args.polnear / "data", "train")
    nlp = load_nlp()
    if args.docs:
        from spacy.tokens import DocBin
        docs = list(DocBin().from_disk(args.docs).get_docs(nlp.vocab))
    else:
        docs = nlp.pipe((a.text for a in articles), batch_size=16)
    seen, marked, exact = count(articles, docs)
    rows = sorted((key for key, n in seen.items()
                   if n >= MIN_COUNT and marked[key] >= MIN_PRECISION * n
                   and exact[key] >= MIN_PRECISION * marked[key]),
                  key=lambda key: (-marked[key], key))
    lines = HEADER + ["noun\tcomplement\tmarked\tcontent\tseen"]
    lines += [f"{noun}\t{kind}\t{marked[noun, kind]}\t{exact[noun, kind]}\t{seen[noun, kind]}"
              for noun, kind in rows]
    OUT.write_text("\n".join(lines) + "\n", encoding="utf-8")
    print(f"{len(rows)} pairs → {OUT}")
    for key, n in sorted(seen.items(), key=lambda kv: -kv[1])[:60]:
        print(key, n, marked[key], exact[key])


if __name__ == "__main__":
    main()
