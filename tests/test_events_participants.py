"""Who takes part in an event when the sentence names the party in a way the verb's subject
and object alone do not give: a name in apposition, a government named by its leader, a
mission and the country it serves, forces a verb moves, a mediator, unnamed people by trade,
one person described by side, an organisation in an 'of' phrase, whom an inquiry looks into —
and a person let take part (CONCEDE, not RETREAT). News-style sentences written for these
tests."""

from __future__ import annotations

import pytest

from .event_cases import event_on, extract_sentence, extract_sentences

CASES = [
    # (sentence, trigger, source, target)
    # the name beside an unnamed noun is the party, not a group called 'opposition newspaper'
    ("Egypt's government ordered the Qatari broadcaster Al Jazeera to close its Cairo office.",
     "ordered", "EGY-GOV", "AL-JAZEERA"),
    # a government named by its leader is the leader's
    ("Thousands of farmers protested against President Cyril Ramaphosa's government on "
     "Friday.", "protested", "group:farmers", "person:cyril-ramaphosa"),
    # a peace mission: where it arrives, where it serves
    ("The first Kenyan peacekeeping troops arrived in Haiti on Tuesday.", "peacekeeping",
     "KEN-MIL", "HTI"),
    ("Ghana is sending troops to the UN peacekeeping mission in Mali.", "sending", "GHA", "MLI"),
    # the forces a state deploys are its own, not whom the act is aimed at
    ("Turkey has refused to deploy soldiers in Libya.", "refused", "TUR", "LBY"),
    # a mediation is the mediator's act on the parties
    ("Egypt ended mediation efforts between Hamas and Israel on Friday.", "mediation",
     "EGY", "HAMAS"),
    # people named by what they are, in the plural, and one person described by side
    ("Police in Lagos detained several suspects after the attack.", "detained",
     "group:police", "group:several-suspects"),
    ("A rebel commander surrendered to Colombian forces on Friday.", "surrendered",
     "group:rebel-commander", "COL-MIL"),
    # the organisation in an actor noun's 'of' phrase
    ("North Korea expelled inspectors of the International Atomic Energy Agency.", "expelled",
     "PRK", "IAEA"),
    # whom an inquiry looks into: the doer of the act in its 'into' phrase
    ("Ukrainian prosecutors launched an investigation into crimes committed by Russian forces.",
     "launched", "UKR-GOV", "RUS-MIL"),
    # a body acting for a state, named by the state's demonym: the state acts
    ("Chinese regulators fined Alibaba Group $2.8 billion on Saturday.", "fined", "CHN",
     "org:alibaba-group"),
    ("The Polish head of state will meet the German chancellor in Berlin.", "meet", "POL",
     "DEU-GOV"),
    # the parse's slips: a subject hung on the auxiliary after an adverb, and a finite verb
    # hung as a clause on the sentence's root noun after an apposition
    ("The United Kingdom and Germany however have opposed resolutions in the United Nations "
     "on cluster munitions.", "opposed", "GBR", "UN"),
]


@pytest.fixture(scope="module")
def extractions():
    return extract_sentences(CASES)


@pytest.mark.parametrize("text,trigger,source,target", CASES,
                         ids=[case[1] + ":" + case[0][:30] for case in CASES])
def test_participants(extractions, text, trigger, source, target):
    event = event_on(extractions[text], trigger)
    assert (event.source, event.target) == (source, target)


def test_a_national_organisation_is_not_its_state():
    # 'a French organization' is no body of the French state: France does not sue
    extraction = extract_sentence("A French organization threatened to sue Twitter.")
    assert all(e.source != "FRA" for e in extraction.events)


def test_one_person_not_described_is_no_party():
    # 'the soldier' alone is one person, not a party to events (as before)
    extraction = extract_sentence("The soldier handed the letter to the embassy.")
    assert all(e.source != "group:soldier" for e in extraction.events)


def test_a_title_beside_a_name_stays_the_named_persons_side():
    # 'minister X': whose minister he is still counts, no 'minister' group of its own
    extraction = extract_sentence("Hungary's foreign minister Peter Szijjarto criticised the EU "
                                  "sanctions.")
    assert all(not (e.source or "").startswith("group:") for e in extraction.events)


@pytest.mark.parametrize("text,trigger,plover", [
    # a person let take part in political life: CAMEO 0811/0812/082, CONCEDE
    ("The electoral commission allowed opposition leader Bobi Wine to hold a rally in Kampala.",
     "allowed", "CONCEDE"),
    # letting in inspectors or aid stays RETREAT access (CAMEO 086)
    ("Iran allowed UN inspectors to visit the Fordow site.", "allowed", "RETREAT"),
])
def test_who_is_let_decides_concede_or_retreat(text, trigger, plover):
    extraction = extract_sentence(text)
    assert event_on(extraction, trigger).type == plover


def test_a_finite_verb_hung_on_the_root_noun_is_that_nouns_predicate():
    # the parse reads 'called' as a clause on the name (acl, VBD): the name is the subject
    extraction = extract_sentence("Boris Berezovsky, a former Russian oil tycoon, called for "
                                  "sanctions against Gazprom, Russia's state gas company.")
    assert event_on(extraction, "called").source == "person:boris-berezovsky"
    # … but a participle so hung is a headline's passive: its noun undergoes the act
    extraction = extract_sentence("Three soldiers killed in attack on base in Mali.")
    assert all(e.source is None for e in extraction.events)


@pytest.mark.parametrize("text,trigger,source", [
    ("Iran vowed to retaliate against new sanctions imposed by the European Union.",
     "sanctions", "EU"),
    ("The United States responded to the chemical attack carried out by Syrian forces.",
     "attack", "SYR-MIL"),
])
def test_a_nominal_acts_participle_agent_made_it(text, trigger, source):
    # not the subject of the verb the noun hangs from: Iran did not impose the sanctions
    assert event_on(extract_sentence(text), trigger).source == source
