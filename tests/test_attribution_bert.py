"""The MiniLM attribution tagger: its WordPiece splits words as the model's own tokenizer does;
paragraphs become windows the model can read; a two-layer cut of the model learns a real
PolNeAR article's tags; a saved model loads back as the quotes stage's tagger."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

torch = pytest.importorskip("torch")  # `make test` installs it; a bare `pip install .` may not

from sitrep.extract.attribution_bert import (  # noqa: E402
    LABELS, MAX_PIECES, MODEL_ENV, BertAttributionTagger, build_model, fit, save_model, windows)
from sitrep.extract.attribution_model import bio_tags, decode  # noqa: E402
from sitrep.nlp import parse  # noqa: E402
from sitrep.nlp.minilm import base_model_dir, config_of, load_pretrained, load_wordpiece  # noqa: E402

REPO = Path(__file__).resolve().parents[1]
SHARED = Path(os.environ.get("SITREP_SHARED", REPO.parent / "shared"))
POLNEAR = SHARED / "eval" / "quotes" / "polnear"
SEED = SHARED / "seed" / "khmeimim-2024-12-16.txt"


@pytest.fixture(scope="module")
def wordpiece():
    return load_wordpiece(base_model_dir())


def _pieces(wordpiece, word: str) -> list[str]:
    names = {i: piece for piece, i in wordpiece.vocab.items()}
    return [names[i] for i in wordpiece.encode_word(word)]


def test_wordpiece_lowercases_strips_accents_and_splits_punctuation(wordpiece):
    # Expected pieces as the package's tokenizer.json splits them (tokenizers 0.23).
    assert _pieces(wordpiece, "Zaporizhzhia") == ["za", "##por", "##iz", "##h", "##zhi", "##a"]
    assert _pieces(wordpiece, "Café") == ["cafe"]
    assert _pieces(wordpiece, "U.S.") == ["u", ".", "s", "."]
    assert _pieces(wordpiece, "“Hello”") == ["“", "hello", "”"]
    assert wordpiece.encode_word("\u200b") == []


def test_the_pretrained_encoder_tells_related_sentences_from_unrelated(wordpiece):
    encoder = load_pretrained(base_model_dir()).eval()

    def embedding(text: str):
        ids = [wordpiece.token_to_id("[CLS]")]
        for word in text.split():
            ids += wordpiece.encode_word(word)
        ids = torch.tensor([ids + [wordpiece.token_to_id("[SEP]")]])
        with torch.no_grad():
            vector = encoder(ids, torch.ones_like(ids)).mean(1)[0]
        return vector / vector.norm()

    strike = embedding("Russian jets bombed the rebels.")
    assert strike @ embedding("Airstrikes by Russia hit the insurgents.") > 0.6
    assert abs(strike @ embedding("The cat sat on the mat.")) < 0.3


def test_windows_cover_every_token_once_and_cut_at_sentence_ends(wordpiece):
    if not SEED.is_file():
        pytest.skip(f"{SEED} not present")
    # One paragraph of the seed, repeated until it needs several windows.
    paragraph = max(SEED.read_text(encoding="utf-8").split("\n"), key=len)
    doc = parse(" ".join([paragraph] * 6))
    rows = windows(doc, wordpiece)
    assert len(rows) > 1
    covered = [i for row in rows for i in row.tokens]
    assert covered == [t.i for t in doc if not t.is_space]
    for row in rows:
        assert len(row.ids) <= MAX_PIECES + 2 and len(row.hints) == len(row.ids)
        assert len(row.firsts) == len(row.tokens)
        assert doc[row.tokens[-1]].is_sent_end
    cue_hints = {row.hints[f] for row in rows for i, f in zip(row.tokens, row.firsts)
                 if doc[i].lemma_ == "say"}
    assert cue_hints <= {2, 3}  # 'said' carries the cue-lexicon hint


@pytest.mark.skipif(not POLNEAR.is_dir(), reason=f"{POLNEAR} not present")
def test_a_small_model_learns_a_polnear_article_and_loads_back(wordpiece, tmp_path, monkeypatch):
    """Two of MiniLM's six layers, fine-tuned on a dozen paragraphs of one train article, tag
    most of that article's attribution tokens right; saved and loaded, it tags the same."""
    from sitrep.eval.polnear import read_split, role_spans

    article = read_split(POLNEAR / "data", "train", 1)[0]
    doc = parse(article.text)
    gold = bio_tags(doc, role_spans(article))
    rows = [(w, [LABELS.index(gold[i]) for i in w.tokens]) for w in windows(doc, wordpiece)]
    rows = [row for row in rows if any(row[1])][:12]
    config = dict(config_of(base_model_dir()), num_hidden_layers=2)
    torch.manual_seed(0)
    torch.set_num_threads(1)
    model = build_model(config)
    encoder = load_pretrained(base_model_dir())
    encoder.layers = encoder.layers[:2]
    model.encoder.load_state_dict(encoder.state_dict())
    losses = fit(model, rows, epochs=6, rates=(1e-3, 3e-3), batch_size=4, log=lambda _: None)
    assert losses[-1] < losses[0] / 2, losses

    out = tmp_path / "attribution-bert"
    save_model(model, config, base_model_dir() / "vocab.txt", out)
    tagger = BertAttributionTagger.load(out)
    assert tagger is not None and tagger.version_tag.startswith("bert-")
    predicted = tagger.tags(doc)
    seen = [i for row, _ in rows for i in row.tokens if gold[i] != "O"]
    agree = sum(predicted[i] == gold[i] for i in seen) / len(seen)
    assert agree > 0.6, agree
    assert decode(doc, predicted)["CUE"], "the learned tags read back as cue spans"

    from sitrep.extract.quotes import QuoteExtractor
    monkeypatch.setenv(MODEL_ENV, str(out))
    assert QuoteExtractor().tagger.version_tag == tagger.version_tag
