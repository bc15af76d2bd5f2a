"""The attribution CRF: the BIO encoding reads back as the gold spans; a tiny model trained on
40 PolNeAR train articles tags a dev article into token-aligned character spans; the quotes
stage uses a model named by $SITREP_ATTRIBUTION_MODEL and still returns valid quotes."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from sitrep.extract.attribution_model import MODEL_ENV, AttributionTagger, bio_tags, decode
from sitrep.nlp import parse
from sitrep.records import Document

REPO = Path(__file__).resolve().parents[1]
SHARED = Path(os.environ.get("SITREP_SHARED", REPO.parent / "shared"))
POLNEAR = SHARED / "eval" / "quotes" / "polnear"
needs_polnear = pytest.mark.skipif(not POLNEAR.is_dir(), reason=f"{POLNEAR} not present")


def _spans(text: str, *pieces: str) -> list[tuple[int, int]]:
    """The character span of each piece; 'said#2' is the second 'said'."""
    spans = []
    for piece in pieces:
        word, _, nth = piece.partition("#")
        start = -1
        for _ in range(int(nth or 1)):
            start = text.index(word, start + 1)
        spans.append((start, start + len(word)))
    return spans


def test_a_content_broken_by_its_attribution_decodes_as_one_hull():
    text = ("“We came first,” the commander said, “and we stay.”\n\n"
            "Officials said the talks failed.")
    doc = parse(text)
    gold = {"SRC": _spans(text, "the commander", "Officials"),
            "CUE": _spans(text, "said", "said#2"),
            "CON": [(0, _spans(text, "stay.”")[0][1])] + _spans(text, "the talks failed")}
    tags = bio_tags(doc, gold)
    assert [tags[t.i] for t in doc.char_span(*_spans(text, "commander said,")[0])] == [
        "I-SRC", "B-CUE", "I-CON"]  # the source and cue sit on top of the content around them
    assert decode(doc, tags) == gold


def test_nested_contents_keep_the_outermost():
    text = "Smith said that Jones claimed the vote was rigged."
    doc = parse(text)
    outer, inner = _spans(text, "that Jones claimed the vote was rigged", "the vote was rigged")
    spans = decode(doc, bio_tags(doc, {"SRC": _spans(text, "Jones"), "CUE": _spans(text, "claimed"),
                                       "CON": [inner, outer]}))
    assert spans["CON"] == [outer]
    assert spans["CUE"] == _spans(text, "claimed")


def test_no_model_file_means_no_tagger(tmp_path, monkeypatch):
    assert AttributionTagger.load(tmp_path / "absent.crfsuite") is None
    monkeypatch.setenv(MODEL_ENV, "")  # set but empty: the rule-based stage, whatever is built
    assert AttributionTagger.load() is None


@pytest.fixture(scope="module")
def tiny_model(tmp_path_factory) -> tuple[Path, str]:
    if not POLNEAR.is_dir():
        pytest.skip(f"{POLNEAR} not present")
    out = tmp_path_factory.mktemp("crf") / "tiny.crfsuite"
    run = subprocess.run(
        [sys.executable, str(REPO / "scripts" / "train_attribution_crf.py"), "--polnear",
         str(POLNEAR), "--out", str(out), "--limit", "40"],
        capture_output=True, text=True, timeout=300, check=False)
    assert run.returncode == 0, run.stderr[-2000:]
    return out, run.stdout


@pytest.fixture(scope="module")
def dev_article():
    from sitrep.eval.polnear import read_split

    return read_split(POLNEAR / "data", "dev", limit=1)[0]


@needs_polnear
def test_training_reports_its_time_and_dev_scores(tiny_model):
    out, stdout = tiny_model
    assert out.stat().st_size > 0 and not out.with_name(out.name + ".part").exists()
    assert "trained in" in stdout and "B-CON" in stdout and "CUE" in stdout


@needs_polnear
def test_tagged_spans_are_token_aligned_slices_of_the_text(tiny_model, dev_article):
    tagger = AttributionTagger.load(tiny_model[0])
    doc = parse(dev_article.text)
    spans = tagger.tag(doc)
    assert set(spans) == {"SRC", "CUE", "CON"} and spans["CUE"] and spans["CON"]
    for role_spans in spans.values():
        for start, end in role_spans:
            assert 0 <= start < end <= len(doc.text)
            assert doc.char_span(start, end) is not None
            assert doc.text[start:end] == doc.text[start:end].strip()


@needs_polnear
def test_the_quotes_stage_uses_the_model_and_returns_valid_quotes(tiny_model, dev_article,
                                                                   monkeypatch):
    from sitrep.pipeline import Pipeline, Settings

    monkeypatch.setenv(MODEL_ENV, str(tiny_model[0]))
    pipeline = Pipeline(Settings(stages=("actors", "quotes")))
    assert dict(pipeline.stages)["quotes"].tagger is not None
    extraction = pipeline.extract(Document.from_text(dev_article.text))
    text = extraction.document.text
    assert extraction.quotes
    for quote in extraction.quotes:
        assert text[quote.span[0]:quote.span[1]] == quote.text and quote.text
        assert quote.kind in {"direct", "indirect", "mixed"}
        for ref in (quote.cue, quote.speaker):
            assert ref is None or text[ref.span[0]:ref.span[1]] == ref.text


def test_a_tagged_content_around_a_parenthetical_attribution_keeps_its_speaker():
    # the tagger's content is the hull over ', he said,' (as PolNeAR marks a content in two
    # pieces), so the cue's subject lies inside it: still the speaker, not nobody
    from sitrep.extract.attribution_model import refine_claims

    text = ("The firm moved its offices to Denver last year. Though that transition was "
            "relatively seamless, he said, the next one may not be.")
    doc = parse(text)
    content = (text.index("that transition"), text.index(" may not be") + len(" may not be"))
    (claim,) = refine_claims(doc, [], {"SRC": [], "CUE": _spans(text, "said"), "CON": [content]},
                             [], text=text)
    assert claim.content == content and claim.cue.text == "said"
    assert claim.speaker is not None and claim.speaker.text == "he"
