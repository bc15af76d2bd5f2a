"""PolNeAR quote-attribution scoring: the brat reader on real files, annotator choice, and the
scorer run through the real pipeline with a stand-in `quotes` stage whose output we control."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from sitrep.eval import run_eval
from sitrep.eval.polnear import (
    choose_annotation, is_direct, overlap_prf, read_annotation, read_split,
)
from sitrep.records import Quote, Speaker, SpanRef

SHARED = Path(os.environ.get("SITREP_SHARED", Path(__file__).resolve().parents[2] / "shared"))
EVAL = SHARED / "eval"
POLNEAR = EVAL / "quotes" / "polnear" / "data"
WAPO = "breitbart_2016-10-12_washington-post-backs-hillary-cl"
SIX_ANNOTATORS = "breitbart_2016-10-22_canada-eu-failure-signals-more-b"

needs_polnear = pytest.mark.skipif(not POLNEAR.is_dir(), reason=f"{POLNEAR} not present")


def _read_test_article(name: str):
    with open(POLNEAR / "test" / "text" / f"{name}.txt", encoding="utf-8", newline="") as handle:
        text = handle.read()
    return read_annotation(POLNEAR / "test" / "attributions" / f"{name}_ef2d.ann", text, name)


def _roles(article, attribution) -> tuple:
    def text(span):
        return article.text[span[0]:span[1]] if span else None
    return text(attribution.source), text(attribution.cue), [text(s) for s in attribution.contents]


@needs_polnear
def test_reader_links_source_cue_and_content_of_real_attributions():
    article = _read_test_article(WAPO)
    roles = [_roles(article, a) for a in article.attributions]
    assert roles[0] == ("Washington Post", "backs", ["Hillary Clinton for president"])
    quoted = ("“Hillary Clinton has the potential to be an excellent president of the United "
              "States, and we endorse her without hesitation,”")
    assert roles[3] == ("the influential US daily", "wrote", [quoted])
    assert roles[2][0] == "the latest US newspaper"  # E3 reuses E2's source span
    assert [a.direct for a in article.attributions[:4]] == [False, False, False, True]
    assert article.mismatches == 0 and article.discontinuous > 0
    # T26 "752 760;769 800" is scored as its hull
    assert any(article.text[s:e].startswith("failings") and article.text[s:e].endswith("strengths")
               for a in article.attributions for s, e in a.contents)


def test_direct_means_quoted_at_both_ends():
    assert is_direct("“no, we are not making this endorsement.”")
    assert is_direct('"It is over", ')
    assert not is_direct("Clinton, the nominee “is dogged, resilient, purposeful and smart,”")
    assert not is_direct("that optimism was fading")


@needs_polnear
def test_annotator_is_the_first_listed_in_metadata(tmp_path):
    articles = {a.name: a for a in read_split(POLNEAR, "test")}
    assert articles[SIX_ANNOTATORS].annotations == 6
    assert articles[SIX_ANNOTATORS].annotator == "4b22"  # metadata: 4b22|4e07|5fec|...
    assert articles[WAPO].annotator == "ef2d"
    for name in ("x_d473.ann", "x_5fec.ann"):
        (tmp_path / name).write_text("")
    assert choose_annotation(tmp_path, "x", ["d473", "5fec"]).name == "x_d473.ann"
    assert choose_annotation(tmp_path, "x", ["ffff"]).name == "x_5fec.ann"  # fallback: sorted


def test_overlap_matching_is_one_to_one():
    gold = {("a", 0, 10), ("a", 20, 30)}
    prf = overlap_prf(gold, {("a", 5, 25)})  # one prediction overlaps both: it counts once
    assert (prf.tp, prf.fp, prf.fn) == (1, 0, 1)


def _gold_quotes(article, document) -> list[Quote]:
    """The gold attributions of `article` as Quote records: one per content span."""
    def ref(cls, span):
        return cls(span=span, text=document.text[span[0]:span[1]]) if span else None
    return [Quote(doc_id=document.id, span=span, text=document.text[span[0]:span[1]],
                  kind="direct" if a.direct else "indirect",
                  cue=ref(SpanRef, a.cue), speaker=ref(Speaker, a.source))
            for a in article.attributions for span in a.contents]


def _fake_quotes_stage(monkeypatch, answer):
    """Stand in for the `quotes` stage: `answer(document) -> list[Quote]`."""
    from sitrep import pipeline

    def factory(nlp):
        return lambda doc, document, layers: {"quotes": answer(document)}

    monkeypatch.setitem(pipeline.STAGES, "quotes", factory)


@needs_polnear
def test_gold_spans_as_predictions_score_perfectly(monkeypatch):
    gold = {a.name: a for a in read_split(POLNEAR, "test", limit=4)}
    _fake_quotes_stage(monkeypatch, lambda document: _gold_quotes(gold[document.origin], document))
    result = run_eval("quotes", "test", EVAL, limit=4)
    assert result.items == 4
    assert "source exact (direct)" in result.metrics
    for group, values in result.metrics.items():
        assert (values["precision"], values["recall"], values["f1"]) == (1.0, 1.0, 1.0), group
    assert result.metrics["content exact"]["tp"] > 50
    assert result.errors == []


@needs_polnear
def test_no_predictions_recall_nothing(monkeypatch):
    _fake_quotes_stage(monkeypatch, lambda document: [])
    result = run_eval("quotes", "dev", EVAL, limit=2)
    for group, values in result.metrics.items():
        assert values["recall"] == 0.0 and values["tp"] == 0, group
    assert result.metrics["attribution (content+cue overlap)"]["fn"] > 0
    assert result.errors and result.errors[0]["error"] == "missed content"
    assert any("CofeNet" in note for note in result.notes)


@needs_polnear
def test_an_article_the_pipeline_fails_on_scores_as_no_predictions(monkeypatch):
    gold = {a.name: a for a in read_split(POLNEAR, "test", limit=2)}
    first = min(gold)

    def answer(document):
        if document.origin == first:
            raise ValueError("stage bug")
        return _gold_quotes(gold[document.origin], document)

    _fake_quotes_stage(monkeypatch, answer)
    result = run_eval("quotes", "test", EVAL, limit=2)
    content = result.metrics["content exact"]
    assert content["precision"] == 1.0 and 0 < content["recall"] < 1.0
    assert any("failed on 1 article" in note and "stage bug" in note for note in result.notes)
