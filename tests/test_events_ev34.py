"""Pass -ev34: an acronym opening the sentence is the event's source (the parse repair in
`sitrep.nlp.repairs`), and an armed act ended is a RETREAT only when it is the ender's own
(sentences from PLV train, CAMEO NER train and AllSides; rules only)."""

from __future__ import annotations

from .event_cases import extract_sentence


def _events(text: str) -> list[tuple[str, str | None, str | None]]:
    extraction = extract_sentence(text)
    names = {a.id: a.name for a in extraction.actors}
    return [(e.type, names.get(e.source), names.get(e.target)) for e in extraction.events]


def test_an_acronym_opening_the_sentence_is_the_source():
    events = _events("USAID had announced a suspension of aid in Yemen to take effect on March 27.")
    assert any(kind == "SANCTION" and source and "USAID" in source for kind, source, _ in events), events
    deployed = _events("USAID deployed seven search-and-rescue teams as part of an international "
                       "rescue effort that saved more than 130 lives in Haiti.")
    assert any(source and "USAID" in source for _, source, _ in deployed), deployed


def test_another_sides_attacks_to_be_ended_are_no_retreat():
    # AllSides: an Israeli aim, not a Palestinian retreat
    events = _events("Israelis gather in Tel Aviv during a protest August 14 calling on the "
                     "government and the army to end Palestinian rocket attacks from Gaza once "
                     "and for all.")
    assert not any(kind == "RETREAT" for kind, _, _ in events), events


def test_ones_own_offensive_ended_is_still_a_retreat():
    events = _events("Turkey halted its incursion into northern Syria.")
    assert ("RETREAT", "Turkey", "Syria") in events, events
