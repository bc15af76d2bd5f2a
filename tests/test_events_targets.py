"""Event targets the sentence names outside the verb's own object: the place an act lands on,
the second of two joint subjects, who undergoes a criticism, whose offer is rejected, whom an
invitation or a call is aimed at, who must meet the condition of a refusal or threat — on news-style sentences written for these tests."""

from __future__ import annotations

import pytest

from .event_cases import event_on, extract_sentence, extract_sentences

CASES = [
    # (sentence, trigger, source, target)
    # a place struck, besieged or left is the target when no actor is (PLOVER, PLV, GSR)
    ("Israeli warplanes struck Gaza on Tuesday.", "struck", "ISR-MIL", "place:gaza"),
    ("Boko Haram attacked a military base in Borno state on Sunday.", "attacked",
     "BOKO-HARAM", "place:borno"),
    ("Philippine troops remained on alert in Manila.", "alert", "PHL-MIL", "place:manila"),
    # last, the place its purpose clause names: where the aid goes
    ("Germany gave 352.5 million euros to promote private investment and sustainable economic "
     "development in Ethiopia.", "gave", "DEU", "ETH"),
    # the source's own troops are what it moves, not whom the withdrawal is aimed at
    ("Ethiopia will withdraw its troops from Mogadishu.", "withdraw", "ETH", "place:mogadishu"),
    # a state named as a descriptor in the object: whose things or people the act lands on
    ("Russia launched cyber attacks on the government websites of Georgia.", "launched",
     "RUS", "GEO"),
    ("The U.S. State Department pledged support for Hungarian NGOs.", "pledged", "USA-GOV",
     "HUN"),
    # a phrase of time or circumstance does not aim the act
    ("President Manuel Merino resigned on Sunday after protests in Peru.", "resigned",
     "person:manuel-merino", None),
    # a gerund after 'by' is done by the subject of the verb it hangs from
    ("China continues its humanitarian efforts in Africa by donating medical supplies to "
     "Zambia.", "donating", "CHN", "ZMB"),
    # who is held responsible for an act did it
    ("The Los Zetas cartel has been responsible for mass killings and beheadings in northern "
     "Mexico.", "killings", "LOS-ZETAS", "MEX"),
    # an arrest no one is named to have made was made by the state it happened in
    ("Victoire Ingabire, leader of the FDU-Inkingi party, was arrested in Rwanda for "
     "collaborating with a terrorist group.", "arrested", "RWA", "person:victoire-ingabire"),
    # two joint subjects: the act is between them, whatever its type
    ("The United States and South Korea failed to reach agreement on a free-trade deal.",
     "failed", "USA", "KOR"),
    # parties conjoined as modifiers of one noun: the actors layer files the phrase as the
    # first's, the second is the partner of a meeting or an agreement
    ("US and Iranian officials met in Geneva on Monday.", "met", "USA-GOV", "IRN"),
    ("UK and EU negotiators have agreed a landmark free trade agreement.", "agreed",
     "GBR-GOV", "EU"),
    ("Russian and Turkish foreign ministers held talks in Moscow.", "held", "RUS-GOV", "TUR"),
    # the parties of a nominal act between two are those of the verb it hangs from, and a
    # passive's agent names them as a subject does
    ("Egypt and Greece began a second round of joint naval exercises on Monday.", "exercises",
     "EGY", "GRC"),
    ("The air defence drill was conducted by Kenya and Tanzania.", "conducted", "KEN", "TZA"),
    ("The ceasefire accord was signed by Sudan and South Sudan in Juba.", "signed", "SDN",
     "SSD"),
    # an act between two joint parties is aimed at the other one, not at its topic or at
    # whom its purpose clause names …
    ("Japan and Australia agreed to share intelligence on North Korea.", "agreed", "JPN",
     "AUS"),
    ("Germany and France signed an agreement to give Ukraine more air defence systems.",
     "signed", "DEU", "FRA"),
    # … unless it names its own partner; 'X and other Ys' is one side; a clause in the
    # subject names no party
    ("Greece and Cyprus signed a defence pact with Israel on Monday.", "signed", "GRC", "ISR"),
    ("Emmanuel Macron and other European leaders signed the declaration on Friday.", "signed",
     "P-EMMANUEL-MACRON", None),
    ("Erdogan, who has sought closer ties with Moscow and has criticised NATO, signed the "
     "accord on Tuesday.", "signed", "P-RECEP-TAYYIP-ERDOGAN", None),
    # … but no other act of such a subject is aimed at the second party
    ("Russia and Syria launched an assault on rebel positions in Idlib.", "launched", "RUS",
     "place:idlib"),
    ("Russian and Egyptian officials dismissed that claim on Monday.", "dismissed", "RUS-GOV",
     None),
    # who faces criticism from someone undergoes it
    ("Iran's government faces widespread criticism from the U.N. over its detention of "
     "activists.", "criticism", "UN", "IRN-GOV"),
    # whose offer or request is rejected: the object's agent or its 'from'
    ("President George W. Bush rejected every offer made by the Taliban.", "rejected",
     "person:george-w-bush", "TALIBAN"),
    ("Romania's president refused a request from Prime Minister Ludovic Orban.", "refused",
     "ROU-GOV", "person:ludovic-orban"),
    # the object's infinitive and the one called name whom the act is aimed at
    ("President Donald Trump has accepted an invitation to meet with Kim Jong Un.", "accepted",
     "P-DONALD-TRUMP", "P-KIM-JONG-UN"),
    ("Prime Minister Benjamin Netanyahu called Australian Prime Minister Scott Morrison on "
     "Wednesday to congratulate him.", "congratulate", "P-BENJAMIN-NETANYAHU",
     "person:scott-morrison"),
    # a refusal or threat with a condition is aimed at whoever must meet it (CAMEO 12, 13)
    ("The union said it will not end the strike until the government raises wages.", "strike",
     "desc:unaffiliated:union:1", "group:government"),
    ("Iran will not return to the talks until the United States lifts its sanctions.", "return",
     "IRN", "USA"),
    ("Hamas threatened to resume rocket attacks unless Israel releases the prisoners.",
     "resume", "HAMAS", "ISR"),
    ("The rebels said they would not disarm until their demands are met by the government.",
     "disarm", "desc:unaffiliated:rebel:1", "group:government"),
    # … also when the object so authored is the second of two
    ("Egypt condemned the blockade and the repeated threats made by the Houthi rebels.",
     "condemned", "EGY", "HOUTHIS"),
    # a refusal made despite someone's pressure or demand is aimed at them
    ("Kenyan lawmaker John Mbadi has declined to resign, despite President Ruto's request.",
     "declined", "person:john-mbadi", "person:ruto"),
    ("Iran refused to halt uranium enrichment despite pressure from the European Union.",
     "refused", "IRN", "EU"),
    # after a long object the parse hangs a transfer's 'to' on the object's relative clause
    ("Federal agents returned a bronze statue that was looted from a temple in 1998 to "
     "Cambodia.", "returned", "group:federal-agents", "KHM"),
    # … but an active verb's own 'to' stays its own
    ("President Obama delivered a eulogy that compared Mandela to Gandhi.", "delivered",
     "person:obama", None),
    # refusing a claim or plea is aimed at whoever made it, not at whom it is against
    ("The electoral commission dismissed the complaint filed by opposition leader Raila Odinga "
     "against President Uhuru Kenyatta.", "dismissed", "desc:unaffiliated:commission:1",
     "person:raila-odinga"),
    # … whose author a demonym may name; an accusation's 'of' says what it is about
    ("Putin dismissed British accusations of Russia's involvement in the poisoning.",
     "dismissed", "P-VLADIMIR-PUTIN", "GBR"),
    # a release no one is named to have made: whoever made the decision its 'after' names
    ("The activist Loujain al-Hathloul was released after King Salman pardoned her.",
     "released", "person:salman", "person:loujain-hathloul"),
    # a consultation's partner is its 'with'; the object is only its topic
    ("Macron discussed Ukraine with Chancellor Olaf Scholz on Tuesday.", "discussed",
     "P-EMMANUEL-MACRON", "person:olaf-scholz"),
    # letting in an unnamed group is aimed at the state it comes from (PLV's coding)
    ("Poland said it will not accept migrants from Belarus.", "accept", "POL", "BLR"),
    ("Greece will receive migrants from Turkey under the deal.", "receive", "GRC", "TUR"),
    # … and an object's 'by' on the verb: whose charges are denied
    ("The Nigerian army has denied charges, by Amnesty International, that its soldiers killed "
     "unarmed protesters.", "denied", "NGA-MIL", "AMNESTY"),
    # conjoined prepositions share their object: 'to and from North Korea'
    ("South Korea lifted travel curbs to and from North Korea on Monday.", "lifted", "KOR",
     "PRK"),
]


@pytest.fixture(scope="module")
def extractions():
    return extract_sentences(CASES)


@pytest.mark.parametrize("text,trigger,source,target", CASES,
                         ids=[case[1] + ":" + case[0][:30] for case in CASES])
def test_targets(extractions, text, trigger, source, target):
    event = event_on(extractions[text], trigger)
    assert (event.source, event.target) == (source, target)


def test_a_place_target_is_an_actor_whose_mention_stays_a_location(extractions):
    extraction = extractions[CASES[0][0]]
    gaza = next(a for a in extraction.actors if a.id == "place:gaza")
    assert (gaza.name, gaza.kind) == ("Gaza", "other")
    mention = next(m for m in extraction.mentions if m.text == "Gaza")
    # the places layer still geocodes it; the events layer and the scorers find its actor
    assert (mention.role, mention.actor) == ("location", "place:gaza")


def test_a_place_alone_makes_noevent_on():
    extraction = extract_sentence("Gaza was shelled on Tuesday.")
    assert not extraction.events
    assert all(m.actor is None for m in extraction.mentions if m.text == "Gaza")


def test_a_place_where_people_are_is_not_where_the_act_they_are_named_for_landed():
    text = ("U.S. investigators have questioned the parents of the two Boston Marathon bombing "
            "suspects in the Russian republic of Dagestan.")
    extraction = extract_sentence(text)
    bombing = [e for e in extraction.events if e.trigger.text == "bombing"]
    assert all(e.target != "place:dagestan" for e in bombing)


@pytest.mark.parametrize("text,trigger,plover,mode", [
    # support given in money or means is AID; verbal support stays SUPPORT (PLOVER codebook)
    ("The EU provides 45 million euros of financial support to farmers' unions in Nigeria.",
     "provides", "AID", "economic"),
    ("Egypt expressed its support for the Palestinian Authority.", "expressed", "SUPPORT", None),
])
def test_material_support_is_aid(text, trigger, plover, mode):
    extraction = extract_sentence(text)
    event = event_on(extraction, trigger)
    assert (event.type, event.mode) == (plover, mode)


def test_only_the_place_name_an_event_took_points_to_its_actor():
    text = "Israeli warplanes struck Gaza on Tuesday. Aid groups said food was running out in Gaza."
    extraction = extract_sentence(text)
    gazas = [m.actor for m in extraction.mentions if m.text == "Gaza"]
    assert gazas == ["place:gaza", None]  # 'running out in Gaza' is only where it happens


@pytest.mark.parametrize("text,asker,act", [
    ("Russia called for an end to the fighting in Syria.", "RUS", "fighting"),
    ("Turkey demanded an investigation into the killing of the journalist.", "TUR", "killing"),
    ("Germany urged a halt to the bombing of Aleppo.", "DEU", "bombing"),
])
def test_an_act_asked_for_is_not_the_askers(text, asker, act):
    # the nominal trigger in a request's object takes no doer from the one who asks
    extraction = extract_sentence(text)
    assert all(e.source != asker for e in extraction.events if e.trigger.text == act)


@pytest.mark.parametrize("text,observer,act", [
    ("French President Francois Hollande called the attack on the newspaper a terrorist "
     "attack.", "person:francois-hollande", "attack"),
    ("A Fox News crew witnessed at least two airstrikes near Kobani.", "FOX-NEWS", "airstrikes"),
    ("Hillary Clinton offers a detailed account of the deadly attack on the American embassy.",
     "person:hillary-clinton", "attack"),
])
def test_an_act_seen_named_or_recounted_is_not_the_observers(text, observer, act):
    # the nominal trigger in the object of a verb that sees, names or recounts an act (or of
    # an account of it) takes no doer from that verb's subject
    extraction = extract_sentence(text)
    assert all(e.source != observer for e in extraction.events if e.trigger.text == act)


def test_calling_a_meeting_or_calling_off_a_strike_is_still_the_callers_act():
    # 'call' names only with a complement: 'called an emergency conference' is the caller's
    # own (a press conference is no meeting at all since -ev20)
    extraction = extract_sentence("Mexican government representatives called an emergency "
                                  "conference on Monday.")
    assert event_on(extraction, "conference").source is not None


def test_who_survives_an_attack_is_its_target():
    # as 'faced criticism': the subject undergoes the act its object names
    extraction = extract_sentence("Venezuelan President Nicolas Maduro survived a drone attack "
                                  "in Caracas.")
    event = event_on(extraction, "attack")
    assert (event.source, event.target) == (None, "person:nicolas-maduro")


def test_a_clause_with_a_pronoun_subject_of_its_own_inherits_no_doer():
    # 'he' is not the police (the resolver would have tied it to them): the attack is not theirs
    extraction = extract_sentence("Police arrested the man on Monday after he attacked the "
                                  "Prime Minister.")
    assert event_on(extraction, "attacked").source != event_on(extraction, "arrested").source


def test_a_verb_of_seeing_or_reporting_is_no_fallback_act():
    # the typer's fallback takes the verb linking two actors where the lexicon found none;
    # reporting or seeing an act is no act on whom the report names
    from sitrep.extract.event_fallback import fallback_triggers
    from sitrep.nlp import load_nlp

    doc = load_nlp()("Syrian activists reported heavy shelling of the rebels in Douma.")
    actors = {t.i: "group:" + t.lower_ for t in doc if t.lower_ in {"activists", "rebels"}}
    assert [t.lemma_ for t in fallback_triggers(doc, actors, set())] == []


@pytest.mark.parametrize("text,trigger,target", [
    ("Erdogan reiterated Turkey's support for the Libyan government.", "reiterated", "LBY-GOV"),
    ("Antonio Guterres reiterated the U.N.'s commitment to supporting Lebanon's sovereignty.",
     "reiterated", "LBN"),
])
def test_a_light_verbs_noun_names_its_own_side_before_it_and_its_target_after(text, trigger,
                                                                             target):
    # 'Turkey's support' is the speaker's side; whom it is for is the target
    assert event_on(extract_sentence(text), trigger).target == target


@pytest.mark.parametrize("text,trigger,source,target", [
    ("French President Emmanuel Macron phoned Vladimir Putin on Friday and urged him to end "
     "the siege of Mariupol.", "urged", "P-EMMANUEL-MACRON", "P-VLADIMIR-PUTIN"),
    ("Angela Merkel met Theresa May in Berlin and criticized her over Brexit.", "criticized",
     "person:angela-merkel", "person:theresa-may"),
])
def test_him_or_her_as_an_object_is_the_person_named_before_other_than_the_doer(
        text, trigger, source, target):
    event = event_on(extract_sentence(text), trigger)
    assert (event.source, event.target) == (source, target)


def test_a_call_for_an_act_is_a_request_aimed_where_the_act_is():
    # 'called for a ceasefire in Lebanon': no actor after 'for', still a demand (CAMEO 10)
    extraction = extract_sentence("France called for a ceasefire in Lebanon.")
    event = event_on(extraction, "called")
    assert (event.type, event.source, event.target) == ("REQUEST", "FRA", "LBN")


def test_harm_after_a_parenthetical_said_is_the_reported_doers():
    # 'X attacked Y, police said, killing three': the militants kill, not the police
    extraction = extract_sentence("Militants attacked a police checkpoint in Kandahar, police "
                                  "said, killing three officers.")
    assert event_on(extraction, "killing").source == event_on(extraction, "attacked").source



@pytest.mark.parametrize("text,trigger,source,target", [
    # a resignation gives up the office of the state or body its 'as' or 'from' names
    ("Suharto resigned as president of Indonesia on 21 May 1998 following the collapse of "
     "support for his presidency.", "resigned", "person:suharto", "IDN-GOV"),
    ("Adil Abdul Mahdi has agreed to resign from Iraqi Prime Minister position after weeks "
     "of protests.", "resign", "person:abdul-mahdi", "IRQ-GOV"),
    # no office named: no target
    ("Nixon resigned as president in 1974.", "resigned", "person:nixon", None),
])
def test_a_resignation_is_aimed_at_the_office_it_leaves(text, trigger, source, target):
    event = event_on(extract_sentence(text), trigger)
    assert (event.source, event.target) == (source, target)


@pytest.mark.parametrize("text,trigger,source,target", [
    # people named by where they come from act for that state or body
    ("The president will then meet with leaders from France and Israel in New York.", "meet",
     None, "FRA"),
    ("Troops from Chad attacked Boko Haram positions near the border.", "attacked", "TCD",
     "BOKO-HARAM"),
])
def test_people_from_a_state_stand_for_it(text, trigger, source, target):
    event = event_on(extract_sentence(text), trigger)
    assert (event.source, event.target) == (source, target)


@pytest.mark.parametrize("text,trigger,source,target", [
    # a subject made by someone its participle's 'by' names acts for that one
    ("The missiles fired by the Israeli military struck an arms depot of the Syrian army "
     "after midnight.", "struck", "ISR-MIL", "SYR-MIL"),
    ("A bomb planted by Taliban militants killed five soldiers in Kandahar.", "killed",
     "TALIBAN", "group:soldiers"),
])
def test_a_weapon_made_by_someone_strikes_for_them(text, trigger, source, target):
    event = event_on(extract_sentence(text), trigger)
    assert (event.source, event.target) == (source, target)


@pytest.mark.parametrize("text,names,kept", [
    # thinking, feeling or seeing in its commonest senses: nothing done to anyone
    ("Pompeo views Iran as a threat to a country important to his faith.",
     {"Pompeo", "Iran"}, []),
    ("Kafranbel's protestors deeply despise President Barack Obama.",
     {"protestors", "Obama"}, []),
    # negated: the typer, trained on stated acts, reads the verb and not the 'not'
    ("Amari told CNN that Iraq doesn't need America's help in defeating ISIL.",
     {"Iraq", "America"}, []),
    ("Apparently, Mexico does not want to retain its own citizens.",
     {"Mexico", "citizens"}, []),
    # refusing to end something is a refusal (REJECT), negated or not
    ("The Somali government said it will never stop its war on Al Shabaab.",
     {"it", "Shabaab"}, ["stop"]),
    # an act that is also a verb of knowing keeps its other sense ('apprehend': seize)
    ("IDF troops on Sunday apprehended a Lebanese man near the border.",
     {"troops", "man"}, ["apprehend"]),
    ("Turkish police searched the Saudi consul general's residence for evidence.",
     {"police", "consul"}, ["search"]),
])
def test_the_fallback_takes_no_thought_feeling_or_negated_verb(text, names, kept):
    # on news the typer's fallback made such verbs ACCUSE, REJECT or SUPPORT; PLV, whose
    # sentences each hold an act, has none of them among its fallback rows
    from sitrep.extract.event_fallback import fallback_triggers
    from sitrep.nlp import load_nlp

    doc = load_nlp()(text)
    actors = {t.i: "actor:" + t.text for t in doc if t.text in names}
    assert [t.lemma_ for t in fallback_triggers(doc, actors, set())] == kept
