"""CPU milliseconds per article of the memoised attribute_ruler + lemmatizer
(sitrep.nlp.attributes), cold (the memo empty, as in a fresh worker) and warm (every word seen),
on articles parsed beforehand, next to the model's own pair on the same parses.

    PYTHONPATH=src .venv/bin/python benchmarks/memo_attributes.py [--n 240]
"""

from __future__ import annotations

import argparse
import importlib
import time

from corpus import articles

from sitrep.nlp import MODEL_PACKAGE, load_nlp

MEMO = "sitrep_memo_attributes"


def _parsed(nlp, texts):
    with nlp.select_pipes(disable=[MEMO]):
        return list(nlp.pipe(texts, batch_size=16))


def _ms_per_article(component, docs) -> float:
    began = time.process_time()
    for doc in docs:
        component(doc)
    return round(1000 * (time.process_time() - began) / len(docs), 2)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--n", type=int, default=240, help="articles")
    args = parser.parse_args()
    texts = [d.text for d in articles(args.n)]
    nlp = load_nlp()
    memo = nlp.get_pipe(MEMO)
    cold = _ms_per_article(memo, _parsed(nlp, texts))
    warm = _ms_per_article(memo, _parsed(nlp, texts))
    model = importlib.import_module(MODEL_PACKAGE).load()
    ruler, lemmatizer = model.get_pipe("attribute_ruler"), model.get_pipe("lemmatizer")
    real = _ms_per_article(lambda doc: lemmatizer(ruler(doc)), _parsed(nlp, texts))
    print(f"{args.n} articles, CPU ms per article: memo cold {cold}, warm {warm} "
          f"({len(memo.memo):,} words remembered); the model's own pair {real}")


if __name__ == "__main__":
    main()
