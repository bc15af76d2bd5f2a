"""The memoised attribute_ruler + lemmatizer (sitrep.nlp.attributes) must annotate exactly as
the model's own components do: same tag, POS, morphology, lemma and dependency on every token."""

from __future__ import annotations

import importlib

import numpy
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


def test_multi_token_matches_found_only_where_they_can_start(pipeline, voa_documents):
    """The memo looks for two-token matches only at tokens flagged as able to start one; that
    must find exactly what the matcher finds over the whole document."""
    memo = pipeline.nlp.get_pipe("sitrep_memo_attributes")
    assert memo.fixed_length and memo.separator_inert  # the model's 8 two-token patterns
    for text in (TRICKY, *(d.text for d in voa_documents[:3])):
        doc = pipeline.nlp(text)
        flagged = numpy.array([memo.memo[(t.orth, t.tag, t.dep)][5] for t in doc])
        found = memo._multi_token_matches(doc, numpy.flatnonzero(flagged))
        assert sorted(found) == sorted((s, e) for _, s, e in memo.multi_token(doc))
    assert len(memo._multi_token_matches(pipeline.nlp(TRICKY), numpy.arange(0))) == 0
    tricky = pipeline.nlp(TRICKY)
    starts = {tricky[s].lower_ for s, _ in memo._multi_token_matches(
        tricky, numpy.arange(len(tricky)))}
    assert {"there", "gon", "let", "ai", "c'm", "got"} <= starts


def test_memo_flags_the_first_tokens_of_multi_token_patterns(pipeline):
    memo = pipeline.nlp.get_pipe("sitrep_memo_attributes")
    doc = pipeline.nlp("There is a plan: let's go, and they got ta leave.")
    flags = {t.text: memo.memo[(t.orth, t.tag, t.dep)][5] for t in doc}
    assert flags["There"] == flags["let"] == flags["got"] == 1
    assert flags["is"] == flags["plan"] == flags["go"] == flags["leave"] == 0


def test_lemma_index_is_looked_up_not_scanned(pipeline, reference_nlp):
    """The lemmatizer's known words per part of speech are sets in sitrep's pipeline (a
    constant-time `form in index`, where the model's lists are scanned: most of what a fresh
    process's memo paid to learn a word), and lemmas are those the model's lists give,
    including inflections whose candidate lemmas the index must confirm or reject."""
    index = pipeline.nlp.get_pipe("lemmatizer").lookups.get_table("lemma_index")
    assert index and all(isinstance(words, frozenset) for words in index.values())
    text = ("The militias' bases were shelled; geese fled, the wolves' dens burned, and the "
            "Zorblaxian envoys, who had brokered ceasefires, were arguing over the smuggled "
            "drones' remains, the worst losses, and the stronger, fiercer counter-attacks.")
    ours, theirs = pipeline.nlp(text), reference_nlp(text)
    assert [t.lemma_ for t in ours] == [t.lemma_ for t in theirs]
    assert {"basis", "wolf", "broker", "drone", "strong"} <= {t.lemma_ for t in ours}


def test_memo_learns_words_side_by_side_and_entangled_ones_apart(pipeline, monkeypatch):
    """New words are learnt in one synthetic document without separators between them (half
    the tokens through the real components); words that form a two-token match there ('There'
    'is') would take the pair's attributes, so they are learnt apart, as they are alone."""
    memo = pipeline.nlp.get_pipe("sitrep_memo_attributes")
    doc = pipeline.nlp("There is no way out, the envoy said.")
    pair = [(t.orth, t.tag, t.dep) for t in doc[:2]]  # 'There' EX expl, 'is' VBZ ROOT
    plain = [(t.orth, t.tag, t.dep) for t in doc[3:5]]  # 'way', 'out'
    learnt = {key: memo.memo.pop(key) for key in pair + plain}
    side_by_side = memo._synthetic(doc, ["There", "is"], ["EX", "VBZ"], ["expl", "ROOT"])
    together = [_outcome_of(t) for t in memo._real(side_by_side)]
    assert together != [learnt[key][:5] for key in pair]  # the pair's match changes them
    sizes = []
    real = memo._real
    monkeypatch.setattr(memo, "_real", lambda d: sizes.append(len(d)) or real(d))
    memo._learn(doc, pair + plain)
    assert sizes[0] == 4  # the four words side by side, no separators
    assert {key: memo.memo[key] for key in pair + plain} == learnt


def _outcome_of(token):
    return (token.tag, token.pos, token.morph.key, token.lemma, token.dep)
