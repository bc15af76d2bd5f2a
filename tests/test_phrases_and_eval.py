"""Actor phrases resolved offline, and the eval harness's readers and scorers."""

from __future__ import annotations

import json

import pytest

from sitrep.eval import run_eval
from sitrep.eval.cameo_ner import read_sentences
from sitrep.eval.metrics import PRF

from .conftest import SHARED, needs

EVAL = SHARED / "eval"


@pytest.fixture(scope="module")
def resolve(pipeline):
    from sitrep.extract.phrases import PhraseResolver

    return PhraseResolver(pipeline.nlp)


@pytest.mark.parametrize("phrase, kind, country, code", [
    ("Pakistani Army", "military", "PAK", "MIL"),
    ("American warplanes", "military", "USA", "MIL"),
    ("Saudi Arabia", "state", "SAU", ""),
    ("the Mongolian President", "government", "MNG", "GOV"),
    ("Hezbollah", "armed_group", "LBN", "REB"),
    # a head of state the dictionary files under his government acts for it
    ("Alexander Lukashenko", "person", "BLR", "GOV"),
    ("the Venezuelan defence ministry", "military", "VEN", "MIL"),
])
def test_phrases_resolve_to_kind_country_and_agent_code(resolve, phrase, kind, country, code):
    guess = resolve(phrase)
    assert (guess.kind, guess.country, guess.agent_code) == (kind, country, code)


def test_prf_arithmetic():
    prf = PRF(tp=6, fp=2, fn=4)
    assert (prf.precision, prf.recall) == (0.75, 0.6)
    assert round(prf.f1, 4) == 0.6667


@needs(EVAL)
def test_cameo_ner_reader_rebuilds_text_and_gold_spans():
    sentences = read_sentences(EVAL / "events" / "conflibert_eval" / "cameo_ner" / "test.txt")
    assert len(sentences) == 451
    first = sentences[0]
    assert first.text == ("U.S. military chief General Colin Powell said on Wednesday NATO "
                          "would need to remain strong.")
    spans = {first.text[s:e]: role for s, e, role in first.spans}
    assert spans == {"U.S. military chief General Colin Powell": "S", "NATO": "T"}


@needs(EVAL)
def test_cameo_ner_eval_scores_real_sentences(tmp_path):
    result = run_eval("cameo-ner-actors", "dev", EVAL, limit=60)
    overlap = result.metrics["overlap"]
    assert result.items == 60
    assert overlap["tp"] + overlap["fn"] > 60  # about two gold spans a sentence
    assert 0.5 < overlap["recall"] <= 1.0
    report = result.to_json()
    assert report["split"] == "dev" and json.dumps(report)


@needs(EVAL)
def test_ngec_eval_scores_country_and_agent_code():
    result = run_eval("ngec-actors", "all", EVAL)
    assert result.metrics["country"]["total"] > 300
    assert result.metrics["country"]["accuracy"] > 0.4
    assert result.metrics["agent code"]["total"] > 250
