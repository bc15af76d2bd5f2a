"""The memoised attribute_ruler + lemmatizer (sitrep.nlp.attributes) must annotate exactly as
the model's own components do: same tag, POS, morphology, lemma and dependency on every token."""

from __future__ import annotations

import importlib

import pytest

from sitrep.nlp import MODEL_PACKAGE

# Two-token rules ("there is", "gon na", "ai n't", "let 's"), whitespace tokens and pronouns
# whose lemma comes from the ruler, not the lemmatizer.
TRICKY = ("There is no doubt. There were 3 strikes, and there's more. Y'all gon na see; let's go. "
          "We ain't done, c'mon! I told you he said it.\n\n  It's   here. They got ta leave.")


def _annotations(doc):
    return [(t.text, t.tag_, t.pos_, str(t.morph), t.lemma_, t.dep_, t.head.i) for t in doc]


@pytest.fixture(scope="module")
def reference_nlp():
    return importlib.import_module(MODEL_PACKAGE).load()


def test_memoised_attributes_equal_the_models_components(pipeline, reference_nlp, voa_documents):
    texts = [TRICKY, *(d.text for d in voa_documents), TRICKY]  # the second TRICKY: from memory
    assert "sitrep_memo_attributes" in pipeline.nlp.pipe_names
    assert "attribute_ruler" not in pipeline.nlp.pipe_names
    for ours, theirs in zip(pipeline.nlp.pipe(texts), reference_nlp.pipe(texts)):
        assert _annotations(ours) == _annotations(theirs)


def test_memo_starts_afresh_past_its_cap(pipeline, reference_nlp, monkeypatch):
    from sitrep.nlp import attributes

    monkeypatch.setattr(attributes, "MAX_MEMO", 10)
    text = TRICKY.replace("doubt", "zorblaxian doubt")  # a word never seen: the memo must grow
    ours, theirs = pipeline.nlp(text), reference_nlp(text)
    assert _annotations(ours) == _annotations(theirs)
    assert len(pipeline.nlp.get_pipe("sitrep_memo_attributes").memo) <= len(set(
        (t.orth, t.tag, t.dep) for t in ours))
