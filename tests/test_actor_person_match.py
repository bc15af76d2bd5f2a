"""Which person already met a person name refers to (`actors._match_person`) runs for every
person name of an article, over every person met: quadratic in a list of thousands of names, so
its filters are written to do less work (speed pass 15). The answer must be the one the first
definition gives, below, on any people met, name and courtesy title."""

from __future__ import annotations

from hypothesis import example, given, settings
from hypothesis import strategies as st

from sitrep.extract.actors import ActorDraft, ActorSet, _match_person
from sitrep.extract.names import given_name_gender, same_given_name


def _first_definition(tokens, found, gender=None, relative=False):
    key = " ".join(tokens)
    people = [d for d in found.drafts.values() if d.kind == "person" and d.name_tokens
              and given_name_gender(d.name_tokens) in (None, gender or given_name_gender(
                  d.name_tokens))]
    for draft in reversed(people):
        if " ".join(draft.name_tokens) == key:
            return draft
    if len(tokens) == 1:
        matches = [d for d in people if d.name_tokens[-1] == key]
        if matches:
            return matches[-1]
        given = [d for d in people if len(d.name_tokens) > 1 and d.name_tokens[0] == key]
        return given[0] if len(given) == 1 else None
    for draft in reversed(people):
        if not relative and len(draft.name_tokens) == 1 \
                and draft.name_tokens[0] in (tokens[-1], tokens[0]):
            return draft
    for draft in reversed(people):
        if (len(tokens) == len(draft.name_tokens) == 2 and draft.name_tokens[1] == tokens[1]
                and same_given_name(draft.name_tokens[0], tokens[0])):
            return draft
    for draft in reversed(people):
        shorter, longer = sorted((tokens, draft.name_tokens), key=len)
        if len(shorter) > 1 and longer[-len(shorter):] == shorter:
            return draft
    return None


# given names of one gender and of none, nicknames, surnames that are also given names
_words = st.sampled_from(["james", "jim", "mary", "john", "jordan", "musa", "jibril", "ahmad",
                          "obama", "michelle", "trump", "abedini", "saeed"])
_names = st.lists(_words, min_size=1, max_size=3)


@settings(max_examples=500, deadline=None)
@given(st.lists(st.tuples(_names, st.sampled_from(["person", "person", "org"])), max_size=8),
       _names, st.sampled_from([None, "", "m", "f"]), st.booleans())
# 'Ahmad Musa Jibril' after 'Musa Jibril', and the other way round; 'Mrs. Obama' after Barack
@example([(["musa", "jibril"], "person")], ["ahmad", "musa", "jibril"], None, False)
@example([(["ahmad", "musa", "jibril"], "person")], ["musa", "jibril"], None, False)
@example([(["john", "obama"], "person"), (["mary", "obama"], "person")], ["obama"], "m", False)
def test_the_person_a_name_refers_to_is_the_one_the_first_definition_gives(
        met, tokens, gender, relative):
    found = ActorSet(doc_id="d")
    for n, (name, kind) in enumerate(met):
        found.drafts[f"a{n}"] = ActorDraft(id=f"a{n}", name=" ".join(name), kind=kind,
                                           country=None, known=False, first_span=(n, n + 1),
                                           name_tokens=list(name))
    assert _match_person(tokens, found, gender, relative) is \
        _first_definition(tokens, found, gender, relative)
