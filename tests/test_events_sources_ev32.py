"""Event sources and targets the thirty-second pass finds: agencies and UN missions the actor
dictionary did not know (ICE, USAID, UNDOF…), the doer of a participle clause whose main clause
the parse hung on its subject ('The Iraqi air force carried out air strikes, killing…'), the
second of two conjoined modifiers ('Nigerian and British armed forces agreed…') — on
news-style sentences written for these tests."""

from __future__ import annotations

import pytest

from .event_cases import event_on, extract_sentences

CASES = [
    # (sentence, trigger, source, target)
    # agencies and missions that act in the news under their acronym
    ("ICE returned five pre-Columbian artifacts to the government of Peru on Wednesday.",
     "returned", "USA-ICE", "PER-GOV"),
    ("UNDOF withdrew its peacekeepers from another position in Syria after the attacks.",
     "withdrew", "UNDOF", "SYR"),
    ("Syrian rebels detained 43 UNDOF peacekeepers on the Golan Heights on Thursday.",
     "detained", "SYR-REB", "UNDOF"),
    ("The U.S. Agency for International Development sent food aid to Yemen.", "sent",
     "USA-USAID", "YEM"),
    # 'Nigerian and British armed forces': the second modifier's own mention takes in the
    # shared head, yet names the partner of an act between the two
    ("Nigerian and British armed forces have agreed to undertake a joint military exercise "
     "early next year.", "agreed", "NGA-MIL", "GBR-MIL"),
    # the participle's doer is the subject the parse made the sentence's root
    ("The Iraqi air force carried out at least three air strikes in western Mosul, killing "
     "several dozens of Islamic State fighters, according to Iraqi military statements on "
     "Tuesday.",
     "killing", "IRQ-MIL", "ISIS"),
]

_EXTRACTED = extract_sentences(CASES)


@pytest.mark.parametrize("text, trigger, source, target", CASES)
def test_source_and_target(text, trigger, source, target):
    event = event_on(_EXTRACTED[text], trigger)
    assert (event.source, event.target) == (source, target)


def test_ice_in_lower_case_is_no_actor():
    # an all-caps alias this short is matched as written: 'ice' is frozen water
    extraction = extract_sentences([("Syrian rebels crossed the ice on the river.",)])[
        "Syrian rebels crossed the ice on the river."]
    assert "USA-ICE" not in {a.id for a in extraction.actors}
