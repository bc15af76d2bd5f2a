"""Train the attribution CRF (source / cue / content, BIO per token) on PolNeAR *train*.

Each paragraph of a parsed training article is one sequence (paragraphs beat spaCy sentences
on dev: a content often runs over several sentences); its tokens carry the features of
`sitrep.extract.attribution_model.sequence_features` and the gold tags of `bio_tags` (nested
or overlapping contents: the outermost wins; SRC and CUE sit on top of CON). L-BFGS, 100
iterations, elastic net: c1 3.2 and c2 0.01 scored best on dev out of c1 0.05-6.4 and c2
0.001-0.1 (a strong L1 keeps the model at ~2 MB). Dev is read only to report token-level F1
per label; test is never read. On 2 cores: ~1 min parsing, ~2 min training. The model is
byte-for-byte the same on every run over the same data and spaCy model.

    .venv/bin/python scripts/train_attribution_crf.py [--polnear ../shared/eval/quotes/polnear]
        [--out build/attribution-crf.crfsuite] [--limit N]

The quotes stage uses build/attribution-crf.crfsuite (or $SITREP_ATTRIBUTION_MODEL) when it
exists; `make model` runs this script when the model is older than it or the data.
"""

from __future__ import annotations

import argparse
import collections
import time
from collections.abc import Iterator
from pathlib import Path

import pycrfsuite
from spacy.tokens import Doc

from sitrep.eval.polnear import Article, read_split, role_spans
from sitrep.extract.attribution_model import AttributionTagger, bio_tags, sequence_features
from sitrep.nlp import load_nlp

REPO = Path(__file__).resolve().parents[1]
POLNEAR = REPO.parent / "shared" / "eval" / "quotes" / "polnear"
OUT = REPO / "build" / "attribution-crf.crfsuite"
PARAMS = {"c1": 3.2, "c2": 0.01, "max_iterations": 100, "feature.possible_transitions": True}


def parsed(articles: list[Article]) -> Iterator[tuple[Article, Doc]]:
    docs = load_nlp().pipe((a.text for a in articles), batch_size=16, n_process=2)
    yield from zip(articles, docs)


def train(articles: list[Article], out: Path, params: dict) -> None:
    trainer = pycrfsuite.Trainer(verbose=False)
    started, tokens = time.perf_counter(), 0
    for article, doc in parsed(articles):
        tags = bio_tags(doc, role_spans(article))
        seqs, features = sequence_features(doc)
        for seq in seqs:
            trainer.append([features[i] for i in seq], [tags[i] for i in seq])
            tokens += len(seq)
    print(f"parsed and featurised {len(articles)} articles ({tokens:,} tokens) "
          f"in {time.perf_counter() - started:.0f} s")
    trainer.set_params(params)
    started = time.perf_counter()
    out.parent.mkdir(parents=True, exist_ok=True)
    partial = out.with_name(out.name + ".part")  # never leave a half-written model behind
    trainer.train(str(partial))
    partial.replace(out)
    print(f"trained in {time.perf_counter() - started:.0f} s "
          f"({params['max_iterations']} L-BFGS iterations max): {out} "
          f"({out.stat().st_size / 1e6:.1f} MB)")


def token_scores(tagger, articles: list[Article], docs) -> dict[str, tuple[float, float, float]]:
    """Precision, recall, F1 per BIO label and per role (B and I together), token by token."""
    tp, fp, fn = collections.Counter(), collections.Counter(), collections.Counter()
    for article, doc in zip(articles, docs):
        gold, predicted = bio_tags(doc, role_spans(article)), tagger.tags(doc)
        for g, p in zip(gold, predicted):
            for want, got in ((g, p), (g[2:], p[2:])):
                for label in {want, got} - {"O", ""}:
                    tp[label] += want == got
                    fp[label] += got == label and want != got
                    fn[label] += want == label and want != got
    scores = {}
    for label in sorted(tp | fp | fn):
        p = tp[label] / max(tp[label] + fp[label], 1)
        r = tp[label] / max(tp[label] + fn[label], 1)
        scores[label] = (p, r, 2 * p * r / max(p + r, 1e-9))
    return scores


def token_report(tagger, articles: list[Article], docs) -> None:
    print("token-level scores on dev:")
    for label, (p, r, f1) in token_scores(tagger, articles, docs).items():
        print(f"  {label:6} P {p:.3f}  R {r:.3f}  F1 {f1:.3f}")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--polnear", type=Path, default=POLNEAR,
                        help="the PolNeAR folder (holding data/train and data/dev)")
    parser.add_argument("--out", type=Path, default=OUT, help="where to write the model")
    parser.add_argument("--limit", type=int, help="only the first N articles of train and dev")
    args = parser.parse_args()
    if not (args.polnear / "data" / "train").is_dir():
        parser.error(f"{args.polnear}: no data/train folder; point --polnear at PolNeAR")
    train(read_split(args.polnear / "data", "train", args.limit), args.out, PARAMS)
    dev = read_split(args.polnear / "data", "dev", args.limit)
    token_report(AttributionTagger.load(args.out), dev, (doc for _, doc in parsed(dev)))


if __name__ == "__main__":
    main()
