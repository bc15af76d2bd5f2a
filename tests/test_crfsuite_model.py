"""The CRF read into arrays tags exactly as pycrfsuite does with the same model file.

A small model is trained here with pycrfsuite on the real features of three VOA articles (labels
from simple rules, so that every kind of feature carries weight); the arrays must hold its
weights, `token_scores` must be the sum of the weights of `token_features`' strings in their
order (the same float64 numbers, not just close ones), and the tags must be pycrfsuite's.
"""

from __future__ import annotations

import numpy as np
import pycrfsuite
import pytest

from sitrep.extract.attribution_features import token_features, token_scores
from sitrep.extract.attribution_model import AttributionTagger, quoted_tokens, sequence_features
from sitrep.extract.crfsuite_model import read_model, viterbi
from sitrep.extract.quote_marks import find_quoted_spans
from sitrep.extract.quotes import load_cue_lexicon
from sitrep.nlp import load_nlp

from .conftest import SEED

EDGE_TEXTS = ["", "\n\n", "Yes.", "He said: “No.”\n\n  \nShe pointed out, “it failed.”\n"]


def _rule_labels(doc, seq: list[int]) -> list[str]:
    """Labels a model can learn something from: cue verbs, proper names, quoted words."""
    inside = quoted_tokens(doc, find_quoted_spans(doc.text))
    cues = load_cue_lexicon()
    labels = []
    for i in seq:
        token = doc[i]
        if cues.is_cue(token):
            labels.append("B-CUE")
        elif token.pos_ == "PROPN":
            labels.append("I-SRC" if labels and labels[-1].endswith("SRC") else "B-SRC")
        elif i in inside:
            labels.append("I-CON" if labels and labels[-1].endswith("CON") else "B-CON")
        else:
            labels.append("O")
    return labels


@pytest.fixture(scope="module")
def docs(voa_documents):
    texts = [d.text for d in voa_documents] + EDGE_TEXTS
    if SEED.exists():
        texts.append(SEED.read_text(encoding="utf-8"))
    return list(load_nlp().pipe(texts))


@pytest.fixture(scope="module")
def model_file(docs, tmp_path_factory):
    trainer = pycrfsuite.Trainer(verbose=False)
    for doc in docs[:2]:  # the third article and the rest are unseen
        seqs, features = sequence_features(doc)
        for seq in seqs:
            trainer.append([features[i] for i in seq], _rule_labels(doc, seq))
    trainer.set_params({"c1": 0.05, "c2": 0.01, "max_iterations": 60})
    path = tmp_path_factory.mktemp("crf") / "rules.crfsuite"
    trainer.train(str(path))
    return path


def test_the_arrays_hold_the_model_files_weights(model_file):
    model = read_model(model_file)
    tagger = pycrfsuite.Tagger()
    tagger.open(str(model_file))
    info = tagger.info()  # its dump prints 6 decimals: equal to that precision
    assert list(model.labels) == tagger.labels()
    index = {label: i for i, label in enumerate(model.labels)}
    state = {(name, label): model.state[model.rows[name], index[label]]
             for name in model.rows for label in model.labels
             if model.state[model.rows[name], index[label]] != 0}
    assert state.keys() == info.state_features.keys()
    for key, weight in info.state_features.items():
        assert state[key] == pytest.approx(weight, abs=1e-6)
    for (a, b), weight in info.transitions.items():
        assert model.transitions[index[a], index[b]] == pytest.approx(weight, abs=1e-6)
    assert model.row("no such attribute") == 0 and not model.state[0].any()


def test_token_scores_are_the_feature_weights_added_in_order(model_file, docs):
    model = read_model(model_file)
    cues = load_cue_lexicon()
    for doc in docs:
        inside = quoted_tokens(doc, find_quoted_spans(doc.text))
        seqs, features = token_features(doc, inside, cues)
        scored_seqs, scores = token_scores(doc, inside, cues, model)
        assert scored_seqs == seqs
        for seq in seqs:
            for i in seq:
                expected = np.zeros(len(model.labels))
                for name in features[i]:
                    expected += model.state[model.row(name)]
                assert np.array_equal(scores[i], expected), (doc[i].text, doc.text[:40])


def test_tags_are_pycrfsuites(model_file, docs):
    ours = AttributionTagger.load(model_file)
    theirs = pycrfsuite.Tagger()
    theirs.open(str(model_file))
    tagged = 0
    for doc in docs:
        seqs, features = sequence_features(doc)
        expected = ["O"] * len(doc)
        for seq in seqs:
            for i, tag in zip(seq, theirs.tag([features[i] for i in seq])):
                expected[i] = tag
        assert ours.tags(doc) == expected, doc.text[:60]
        tagged += sum(tag != "O" for tag in expected)
    assert tagged > 50  # the model tags something, so the comparison means something


def test_viterbi_keeps_the_lower_label_on_a_tie_and_handles_short_sequences():
    transitions = np.zeros((3, 3))
    assert viterbi([], transitions) == []
    flat, single = np.zeros((4, 3)), np.array([[0.0, 2.0, 2.0]])
    paths = viterbi([flat, single], transitions)
    assert paths[0].tolist() == [0, 0, 0, 0] and paths[1].tolist() == [1]
    transitions[1, 2] = 5.0  # label 1 then label 2 is worth more than any state score
    paths = viterbi([np.array([[0.0, 1.0, 0.0], [0.0, 0.0, 1.0]]), flat], transitions)
    assert paths[0].tolist() == [1, 2] and paths[1].tolist() == [1, 2, 1, 2]


def test_viterbi_of_many_sequences_together_is_each_ones_own():
    """Sequences of many lengths (some equal, some of one token) decoded together, as a
    document's paragraphs are, give each the path it gets alone."""
    rng = np.random.default_rng(21)
    transitions = rng.normal(size=(5, 5))
    lengths = [1, 7, 3, 7, 12, 1, 2, 30, 3, 12, 5]
    scores = [rng.normal(size=(n, 5)) for n in lengths]
    together = viterbi(scores, transitions)
    assert [len(p) for p in together] == lengths
    for alone, path in zip(scores, together):
        assert viterbi([alone], transitions)[0].tolist() == path.tolist()
