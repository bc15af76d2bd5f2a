"""Speaker scoring against GUM coreference: the WebAnno reader on all 24 real articles, the
entities it builds, the span alignment, and the scorer end to end through the real pipeline."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from sitrep.eval import DATASETS
from sitrep.eval.gum_coref import GoldMention, GumDocument, align, layout, read_document, read_tsv, score

SHARED = Path(os.environ.get("SITREP_SHARED", Path(__file__).resolve().parents[2] / "shared"))
EVAL = SHARED / "eval"
GUM = EVAL / "quotes" / "gum_news_coref" / "gum" / "tsv"
PATHS = sorted(GUM.glob("*.tsv")) if GUM.is_dir() else []

needs_gum = pytest.mark.skipif(not PATHS, reason=f"{GUM} not present")


def _entity(doc, text: str) -> list[str]:
    """The texts of every mention in the entity of the first mention reading `text`."""
    cluster = next(m.cluster for m in doc.mentions if doc.at(m.span) == text)
    return [doc.at(m.span) for m in doc.mentions if m.cluster == cluster]


@needs_gum
def test_all_24_articles_are_read():
    assert len(PATHS) == 24


@needs_gum
@pytest.mark.parametrize("natural", [False, True], ids=["tsv-offsets", "detokenised"])
def test_every_token_and_mention_sits_at_its_offsets(natural):
    for path in PATHS:
        tokens, mentions, _ = read_tsv(path)
        text, spans = layout(tokens, natural)
        doc = read_document(path, natural)
        assert doc.text == text and len(doc.mentions) == len(mentions) > 0, path.name
        assert all(text[s:e] == t.text for t, (s, e) in zip(tokens, spans)), path.name
        if not natural:  # the TSV's own offsets hold exactly
            assert spans == [t.span for t in tokens], path.name
        expected = {}
        for _, first, last in mentions.values():
            words = [t.text for t in tokens[first:last + 1]]
            expected[(spans[first][0], spans[last][1])] = " ".join(words) if not natural \
                else "".join(words)
        assert {m.span for m in doc.mentions} == set(expected), path.name
        for span, words in expected.items():
            found = doc.at(span) if not natural else "".join(doc.at(span).split())
            assert found == words, (path.name, span, found)


@needs_gum
def test_detokenised_text_reads_like_the_article():
    doc = read_document(GUM / "GUM_news_afghan.tsv")
    assert doc.text.startswith("After visa snags, all-girl Afghan team honored for "
                               "'courageous achievement' at international robotics competition\n"
                               "Friday, July 21, 2017\nA group of Afghan teenagers")
    assert 'a silver medal for "courageous achievement" on Tuesday' in doc.text
    assert "U.S. President Donald Trump's policies" in doc.text
    spaced = read_document(GUM / "GUM_news_afghan.tsv", natural=False)
    assert spaced.text.startswith("After visa snags , all - girl Afghan team")


@needs_gum
def test_entities_of_a_known_article():
    doc = read_document(GUM / "GUM_news_afghan.tsv")
    team = _entity(doc, "all-girl Afghan team")
    assert team[:5] == ["all-girl Afghan team", "A group of Afghan teenagers",
                        "The six-member Afghan team, which consists entirely of girls",
                        "the team", "this team"]
    trump = _entity(doc, "U.S. President Donald Trump's")
    assert {"The President", "Trump", "President Donald Trump"} <= set(trump)
    assert "U.S." not in trump  # a nested mention is its own entity
    assert len({m.span for m in doc.mentions}) == len(doc.mentions)


def test_align_finds_the_gold_mention_a_span_stands_for():
    text = "U.S. President Donald Trump met Matthew Ingram of The Globe and Mail's staff."
    at = {word: (text.index(word), text.index(word) + len(word)) for word in (
        "U.S.", "U.S. President Donald Trump", "Matthew Ingram of The Globe and Mail",
        "The Globe and Mail", "The Globe and Mail's staff")}
    doc = GumDocument("toy", text, [GoldMention(span, i, "x") for i, span in enumerate(at.values())])

    def found(words: str):
        start = text.index(words)
        mention = align((start, start + len(words)), doc)
        return doc.at(mention.span) if mention else None

    assert found("U.S.") == "U.S."
    assert found("Trump") == "U.S. President Donald Trump"  # the head: the last word
    assert found("Donald") is None  # heads nothing
    assert found("Matthew Ingram") == "Matthew Ingram of The Globe and Mail"  # before "of"
    assert found("The Globe and Mail") == "The Globe and Mail"
    assert found("Globe and Mail's staff") == "The Globe and Mail's staff"
    assert found("The Globe and Mail's") == "The Globe and Mail"  # most characters shared
    assert found("U.S. President Donald Trump met") == "U.S. President Donald Trump"
    assert found("met") is None


@needs_gum
def test_score_runs_end_to_end_on_three_articles():
    result = score(EVAL, "all", limit=3)
    assert result.dataset == "speakers" and result.items == 3
    counts = [values["total"] for values in result.metrics.values()]
    assert all(values["correct"] <= values["total"] for values in result.metrics.values())
    assert sum(counts) > 0 or any("unscorable" in note for note in result.notes)
    assert any(note.startswith("quotes ") for note in result.notes)
    assert len(result.errors) <= 40
    assert all({"speaker", "actor", "gold"} <= set(e) for e in result.errors)
    assert "speakers" in DATASETS and DATASETS["speakers"].splits == ("all",)
