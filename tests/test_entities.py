"""sitrep.extract.entities: a document's entities read once for every stage (speed pass 12).
They must be spaCy's own, the same tuple while one document is read, and another document's
once the next is read."""

from __future__ import annotations

from sitrep.extract.entities import entities


def test_entities_are_the_documents_own_read_once(pipeline):
    first = pipeline.nlp("Ukraine's President Volodymyr Zelensky met Emmanuel Macron in Paris "
                         "on Monday, the Elysee said.")
    second = pipeline.nlp("Hamas said Israeli strikes hit Rafah overnight.")
    ents = entities(first)
    assert [(e.start, e.end, e.label_) for e in ents] == \
        [(e.start, e.end, e.label_) for e in first.ents]
    assert entities(first) is ents  # no new Span objects on the second reading
    assert [(e.start, e.end, e.label_) for e in entities(second)] == \
        [(e.start, e.end, e.label_) for e in second.ents]
    assert entities(first) is not ents  # read afresh once another document came between
    assert [e.text for e in entities(first)] == [e.text for e in ents]


# Speed pass 17: a span's text cut from the document's text, and the lower-case column.
_PAGE = ("FILE - Ukraine's President Volodymyr Zelensky met Emmanuel Macron in Paris  on "
         "Monday,\n\nthe Elysee said. “We will not  give up,” he told reporters.\n")


def test_span_text_is_spacys_own_for_every_span(pipeline):
    from sitrep.extract.entities import doc_text, span_text

    doc = pipeline.nlp(_PAGE)
    assert doc_text(doc) == doc.text == _PAGE  # double spaces and line breaks as written
    spans = [doc[a:b] for a in range(len(doc)) for b in range(a, min(len(doc), a + 6) + 1)]
    spans += list(doc.sents) + list(doc.ents)
    assert [span_text(s) for s in spans] == [s.text for s in spans]
    other = pipeline.nlp("Hamas said Israeli strikes hit Rafah overnight.")
    assert span_text(other[0:3]) == "Hamas said Israeli"  # another document's own text
    assert span_text(doc[1:3]) == doc[1:3].text


def test_lower_texts_are_each_tokens_lower(pipeline):
    from sitrep.extract.entities import lower_texts

    doc = pipeline.nlp(_PAGE)
    assert lower_texts(doc) == [t.lower_ for t in doc]
    other = pipeline.nlp("ISIS Claimed The Attack.")
    assert lower_texts(other) == ["isis", "claimed", "the", "attack", "."]


# Speed pass 18: the POS and lemma columns, read once a document for the scans that test them.
def test_pos_tags_and_lemmas_are_each_tokens_own(pipeline):
    from sitrep.extract.entities import lemma_texts, pos_tags

    doc = pipeline.nlp(_PAGE)
    assert pos_tags(doc) == [t.pos_ for t in doc]
    assert lemma_texts(doc) == [t.lemma_ for t in doc]
    other = pipeline.nlp("Officials said the strikes were launched overnight.")
    assert pos_tags(other)[:3] == ["NOUN", "VERB", "DET"]  # another document's own tags
    assert lemma_texts(other)[1] == "say"


def test_token_span_is_the_slice_for_any_bounds(pipeline):
    """Speed pass 18: `token_span` builds the slice's Span without spaCy's normalising where the
    bounds are in order, and falls back to the slice (clipped, negative from the end) elsewhere."""
    from sitrep.extract.entities import token_span

    doc = pipeline.nlp(_PAGE)
    n = len(doc)
    for start in range(-3, n + 3):
        for end in range(-3, n + 3):
            got, want = token_span(doc, start, end), doc[start:end]
            assert (got.start, got.end, got.start_char, got.end_char, got.text) == \
                (want.start, want.end, want.start_char, want.end_char, want.text)


def test_expanded_span_is_spacys_char_span_asked_again_or_not(pipeline):
    """Speed pass 20: `expanded_span` keeps the token bounds of `char_span(…, "expand")` for the
    document being read; asked again (as ~8 rules ask of each actor mention) it answers the
    same, as a Span of the caller's own, and another document gets its own answers."""
    from sitrep.extract.entities import expanded_bounds, expanded_span

    doc = pipeline.nlp(_PAGE)
    n = len(doc.text)
    ranges = [(s, e) for s in range(0, n + 2, 3) for e in range(s, min(n + 2, s + 40), 2)]
    for _ in range(2):  # the first round fills the memo, the second reads it
        for start, end in ranges:
            want = doc.char_span(start, end, alignment_mode="expand")
            got = expanded_span(doc, start, end)
            bounds = expanded_bounds(doc, start, end)
            if want is None:
                assert got is None and bounds is None, (start, end)
            else:
                assert (got.start, got.end, got.label_) == (want.start, want.end, want.label_)
                assert bounds == (want.start, want.end)
    assert expanded_span(doc, 0, 5) is not expanded_span(doc, 0, 5)
    other = pipeline.nlp("Officials said the strikes were launched overnight.")
    assert expanded_span(other, 0, 9).text == "Officials"


def test_tokens_tagged_are_each_tags_tokens_kept_for_the_document(pipeline):
    from sitrep.extract.entities import tokens_tagged

    doc = pipeline.nlp(_PAGE)
    verbs = tokens_tagged(doc, frozenset({"VERB", "AUX"}))
    assert [t.i for t in verbs] == [t.i for t in doc if t.pos_ in {"VERB", "AUX"}]
    assert tokens_tagged(doc, frozenset({"AUX", "VERB"})) is verbs  # asked again: the same
    nouns = tokens_tagged(doc, frozenset({"NOUN", "PROPN"}))
    assert [t.i for t in nouns] == [t.i for t in doc if t.pos_ in {"NOUN", "PROPN"}]
    other = pipeline.nlp("Hamas said Israeli strikes hit Rafah overnight.")
    assert [t.text for t in tokens_tagged(other, frozenset({"VERB", "AUX"}))] == ["said", "hit"]
    assert [t.i for t in tokens_tagged(doc, frozenset({"VERB", "AUX"}))] == [t.i for t in verbs]
