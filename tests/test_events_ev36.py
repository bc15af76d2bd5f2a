"""Pass -ev36: the noun a relative or participle clause hangs from fills the role the clause
leaves open — 'the coalition fighting Houthi rebels' and 'protesters who defied a curfew' do
the act, 'soldiers, supported by allied fighters' and 'the government, which it dismisses'
undergo it (sentences from PLV train and CAMEO NER train; rules only)."""

from __future__ import annotations

from .event_cases import extract_sentence


def _events(text: str) -> set[tuple[str, str, str | None, str | None]]:
    extraction = extract_sentence(text)
    names = {a.id: a.name for a in extraction.actors}
    return {(e.type, e.trigger.text, names.get(e.source), names.get(e.target))
            for e in extraction.events}


def test_an_active_participle_is_done_by_its_noun():
    # PLV train: 'fighting' had no source
    events = _events("The Saudi-led coalition fighting Houthi rebels in Yemen has declared a "
                     "two-week ceasefire in a bid to stem the spread of the coronavirus.")
    assert ("ASSAULT", "fighting", "Saudi-led coalition", "Houthis") in events, events


def test_a_passive_participle_is_done_to_its_noun():
    # PLV train: 'supported' had no target
    events = _events("Yemeni army soldiers, supported by allied fighters from Popular "
                     "Committees, have reportedly carried out an aerial attack against an "
                     "important military target in the country's western coastal province of "
                     "Hudaydah.")
    assert ("SUPPORT", "supported", "Popular Committees", "Yemeni military") in events, events


def test_a_relative_pronoun_subject_is_its_noun():
    # PLV train: 'defied' was no event (no actor)
    events = _events("Iraqi security forces opened fire on protesters who defied a curfew in "
                     "Baghdad and exchanged fire with gunmen in a southern city.")
    assert any(kind == "REJECT" and trigger == "defied" and source == "protesters"
               for kind, trigger, source, _ in events), events


def test_a_relative_pronoun_object_is_its_noun():
    # CAMEO NER train: 'dismisses' had no target
    events = _events("The Taliban have long rejected any talks with the Afghan government, "
                     "which it dismisses as a puppet of Washington.")
    assert ("REJECT", "dismisses", "Taliban", "Afghan government") in events, events


def test_a_fragments_participle_is_left_to_the_fragment_rule():
    # PLV train: 'called' (a finite verb the parse tags as a participle) is not done to the report
    events = _events("A U.S. congressional report called for sanctions against China over "
                     "human rights abuses.")
    assert not any(target == "A U.S. congressional report" for *_, target in events), events
