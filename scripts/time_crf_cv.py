"""Would a learned recogniser add to the time rules? A token CRF over TIMEX3 extents, scored by
5-fold cross-validation over the TimeBank + AQUAINT documents (dev is also the training data).

Each token gets BIO tags with the TIMEX3 type; features are the word, lemma, shape, part of
speech, dependency, spaCy entity, the time-word kind (month, unit, number… from
data/time_words.tsv), the neighbours' words and, with --with-rules, the rules' own BIO tag.
Printed: the CRF's relaxed extraction P/R/F1 on held-out folds, the rules', and the union (rules
plus every CRF span no rule overlaps), then each span the union adds, marked GOLD when it
overlaps a gold TIMEX3. A span the rules did not match has no rule value, so only added spans
whose value could be guessed would raise value F1. Test (platinum) is never read.

    PYTHONPATH=src .venv/bin/python scripts/time_crf_cv.py [--with-rules] [--c1 0.1]
"""

from __future__ import annotations

import argparse
import random
import tempfile
from pathlib import Path

import pycrfsuite

from sitrep.eval import default_data_dir
from sitrep.eval.times import read_split
from sitrep.extract.time_lexicon import time_words
from sitrep.extract.times import find_times
from sitrep.nlp import load_nlp

_KINDS = ("month", "weekday", "season", "unit", "number", "hedge", "deictic_day", "part_of_day",
          "frequency", "holiday", "relative", "reference", "vague_number", "ordinal", "position")
_UNITS = ("second", "minute", "hour", "day", "night", "week", "fortnight", "month", "quarter",
          "year", "decade", "century", "centuries")


def word_kinds() -> dict[str, str]:
    words = time_words()
    kinds = {part.rstrip("."): kind for kind in _KINDS for w in words[kind] for part in w.split()}
    kinds.update({u: "unit" for u in _UNITS} | {u + "s": "unit" for u in _UNITS})
    return kinds


def shape(text: str) -> str:
    marks = ("d" if c.isdigit() else "X" if c.isupper() else "x" if c.isalpha() else c for c in text)
    out: list[str] = []
    for mark in marks:
        if not out or out[-1] != mark:
            out.append(mark)
    return "".join(out)


def bio(doc, spans: list[tuple[int, int, str]]) -> list[str]:
    tags = ["O"] * len(doc)
    for start, end, kind in spans:
        span = doc.char_span(start, end, alignment_mode="expand")
        for k, token in enumerate(span or []):
            tags[token.i] = ("B-" if k == 0 else "I-") + kind
    return tags


def sequences(doc, rule_tags: list[str] | None, kinds: dict[str, str]):
    base = []
    for t in doc:
        word = t.lower_.rstrip(".")
        base.append({"w": t.lower_, "l": t.lemma_.lower(), "sh": shape(t.text), "s3": t.lower_[-3:],
                     "p": t.pos_, "t": t.tag_, "d": t.dep_, "e": t.ent_iob_ + t.ent_type_,
                     "k": kinds.get(word) or kinds.get(word.split("-")[-1], ""),
                     "hl": t.head.lemma_.lower(), "num": str(t.like_num)}
                    | ({"r": rule_tags[t.i]} if rule_tags else {}))
    for sent in doc.sents:
        index = [t.i for t in sent if not t.is_space]
        features = []
        for k, i in enumerate(index):
            f = {f"{key}={value}": 1.0 for key, value in base[i].items()}
            for offset in (-2, -1, 1, 2):
                j = k + offset
                if not 0 <= j < len(index):
                    f[f"{offset}=edge"] = 1.0
                    continue
                for key in ("w", "k", "p", "r") if abs(offset) == 1 else ("w", "k", "r"):
                    if key in base[index[j]]:
                        f[f"{offset}{key}={base[index[j]][key]}"] = 1.0
            features.append(f)
        if index:
            yield index, features


def spans_of(doc, index: list[int], labels: list[str]) -> list[tuple[int, int, str]]:
    found, current = [], None
    for i, label in zip(index, labels):
        if label == "O" or label.startswith("B-") or current is None or current[2] != label[2:]:
            if current:
                found.append(current)
            current = [i, i + 1, label[2:]] if label != "O" else None
        else:
            current[1] = i + 1
    if current:
        found.append(current)
    return [(doc[s].idx, doc[e - 1].idx + len(doc[e - 1]), kind) for s, e, kind in found]


def relaxed(documents, system) -> str:
    tp = fp = fn = 0
    for document, spans in zip(documents, system):
        used: set[int] = set()
        for gold in document.times:
            hit = next((k for k, s in enumerate(spans) if k not in used
                        and s[0] < gold.span[1] and gold.span[0] < s[1]), None)
            if hit is not None:
                used.add(hit)
        tp += len(used)
        fp += len(spans) - len(used)
        fn += len(document.times) - len(used)
    p, r = tp / (tp + fp), tp / (tp + fn)
    return f"P {p:.3f} R {r:.3f} F1 {2 * p * r / (p + r):.3f} (tp {tp}, fp {fp}, fn {fn})"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--with-rules", action="store_true", help="the rules' tags as a feature")
    parser.add_argument("--c1", type=float, default=0.1)
    parser.add_argument("--folds", type=int, default=5)
    args = parser.parse_args()
    documents = read_split(default_data_dir(), "dev")
    docs = list(load_nlp().pipe((d.text for d in documents), batch_size=16))
    rules = [[(f.start, f.end, f.norm.type) for f in find_times(doc, d.dct)]
             for d, doc in zip(documents, docs)]
    kinds = word_kinds()
    data = []
    for document, doc, found in zip(documents, docs, rules):
        gold = bio(doc, [(g.span[0], g.span[1], g.type) for g in document.times])
        rule_tags = bio(doc, found) if args.with_rules else None
        data.append([(index, features, [gold[i] for i in index])
                     for index, features in sequences(doc, rule_tags, kinds)])
    order = list(range(len(documents)))
    random.Random(0).shuffle(order)
    fold = {d: k % args.folds for k, d in enumerate(order)}
    crf: list[list] = [[] for _ in documents]
    with tempfile.TemporaryDirectory() as tmp:
        for k in range(args.folds):
            trainer = pycrfsuite.Trainer(verbose=False)
            for d in (d for d in order if fold[d] != k):
                for _, features, tags in data[d]:
                    trainer.append(features, tags)
            trainer.set_params({"c1": args.c1, "c2": 0.01, "max_iterations": 100,
                                "feature.possible_transitions": True})
            model = str(Path(tmp) / f"fold{k}.crfsuite")
            trainer.train(model)
            tagger = pycrfsuite.Tagger()
            tagger.open(model)
            for d in (d for d in order if fold[d] == k):
                crf[d] = [s for index, features, _ in data[d]
                          for s in spans_of(docs[d], index, tagger.tag(features))]
    added = [[c for c in spans if not any(c[0] < r[1] and r[0] < c[1] for r in found)]
             for spans, found in zip(crf, rules)]
    print("CRF (held-out folds)", relaxed(documents, crf))
    print("rules               ", relaxed(documents, rules))
    print("rules + CRF         ", relaxed(documents, [r + a for r, a in zip(rules, added)]))
    for document, spans in zip(documents, added):
        for start, end, kind in spans:
            gold = any(start < g.span[1] and g.span[0] < end for g in document.times)
            print("GOLD" if gold else "----", kind, repr(document.text[start:end]), "|",
                  " ".join(document.text[max(0, start - 40):end + 20].split()))


if __name__ == "__main__":
    main()
