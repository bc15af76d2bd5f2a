"""Pass -ev23 on conflict news, targets: conjoined verbs share the object spelled out after the
last one ('condemned and sanctioned the Palestinian Authority'); an 'against' phrase closing a
list of acts by one subject aims every act in it; a state named by its name before 'sanctions'
is the state sanctioned ('new Russia sanctions'), one named by an abbreviation the sanctioner
('U.S. sanctions'); a transfer's 'to' hung on the last of several objects names the
recipient ('sent trucks and a team of paratroopers to Greece'); the subject of 'was the target
of the blasts' is whom they were aimed at, not the bomber — on news-style text written for
these tests (rules only, no typer)."""

from __future__ import annotations

import pytest

from .event_cases import event_on, extract_sentences

CASES = [
    # (sentence, trigger, source, target)
    ("Israel condemned and sanctioned the Palestinian Authority on Sunday.", "condemned",
     "ISR", "PSE-GOV"),
    ("The United States criticized and then sanctioned Venezuela.", "criticized", "USA", "VEN"),
    ("Saudi Arabia recalled its ambassador and imposed sanctions against Canada.", "recalled",
     "SAU", "CAN"),
    ("Congress passed new Russia sanctions legislation on Saturday.", "sanctions", None, "RUS"),
    ("Senators want to reinstate all the Iran sanctions.", "sanctions", None, "IRN"),
    ("Lawmakers debated tougher North Korea sanctions this week.", "sanctions", None, "PRK"),
    ("The embassy was the target of the two blasts on Tuesday.", "blasts", None,
     "group:embassy"),
    ("The US embassy, which was the target of an attack by Taliban insurgents in 2011, "
     "reopened on Monday.", "attack", "TALIBAN", "USA-GOV"),
    ("Germany has sent 50 army trucks and a team of paratroopers to Greece to help the "
     "country guard its border.", "sent", "DEU", "GRC"),
]

GUARDS = [
    # an abbreviation before 'sanctions' is the sanctioner
    ("U.S. sanctions have crippled the Iranian economy.", "sanctions", "USA", None),
    # people handed over are the target, not whom they are handed to
    ("Ethiopian rebels said on Monday they will release a Cuban doctor and nurse to U.S. "
     "diplomats.", "release", "ETH-REB", "CUB"),
    # a verb with an object of its own keeps it, and takes none from the next verb
    ("Israel closed the Rafah crossing and condemned the Palestinian Authority.", "closed",
     "ISR", None),
]

EXTRACTIONS = extract_sentences(CASES + GUARDS)


@pytest.mark.parametrize("text,trigger,source,target", CASES + GUARDS)
def test_source_and_target(text, trigger, source, target):
    event = event_on(EXTRACTIONS[text], trigger)
    assert (event.source, event.target) == (source, target), event


def test_a_second_clause_with_its_own_subject_shares_nothing():
    extraction = extract_sentences([("The rebels withdrew and the army attacked the Kurdish "
                                     "militia in Afrin.",)])
    withdrew = [e for e in extraction[next(iter(extraction))].events
                if e.trigger.text == "withdrew"]
    assert all(e.target is None or "kurd" not in e.target.lower() for e in withdrew), withdrew
