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
