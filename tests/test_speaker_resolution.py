"""Speaker resolution: which earlier actor a pronoun or a description stands for.

Texts are shaped on AllSides world/conflict and FA-KES Syria articles, with other names.
"""

from __future__ import annotations

import pytest

from sitrep.records import Document

from .test_quotes import speaker_name, speaker_of


def test_a_pronoun_takes_the_subject_before_it_in_its_sentence_over_the_last_speaker(pipeline):
    text = ('“Nobody can reassure a frightened country with a four-minute speech,” tweeted '
            'Rep. Steven Calder. If President Barack Obama’s goal was to calm people, he '
            'said on Sunday that the threat was under control.')
    assert speaker_of(pipeline, text, "the threat was under control") == "Barack Obama"


def test_a_pronoun_takes_the_subject_of_the_sentence_before_over_the_last_speaker(pipeline):
    text = ('“We did nothing wrong,” Paul Manning said on Monday. Carter Pike, who served in a '
            'small volunteer role on the campaign, has never met Manning. He said the '
            'allegations against him were false.')
    assert speaker_of(pipeline, text, "the allegations against him") == "Carter Pike"


def test_a_name_inside_what_was_said_is_not_the_pronoun_that_said_it(pipeline):
    text = ('Paul Pillard, a former State Department official, said the deal was oversold. '
            '“President Hassan Rouhani cannot blame the United States any longer,” he said.')
    assert speaker_of(pipeline, text, "cannot blame the United States") == "Paul Pillard"


def test_a_subject_no_actor_holds_keeps_the_pronoun_from_the_subject_before(pipeline):
    text = ('Rebels said on Monday that they had repelled the attack. The YPG controls nearly '
            'all of the northern frontier with Turkey. Many rebels in western Syria do not '
            'trust the YPG because they say it cooperates with Damascus rather than fighting it.')
    assert speaker_of(pipeline, text, "it cooperates with Damascus") == "Rebels"



def test_they_beside_a_group_no_actor_holds_stays_unresolved(pipeline):
    text = ('Security forces arrested several top leaders of the Muslim Brotherhood. Morsi '
            'supporters held protests against the coup and built two camps in Cairo where they '
            'vowed to stay until the former president was reinstated.')
    extraction = pipeline.extract(Document.from_text(text))
    quote = next(q for q in extraction.quotes if "former president" in q.text)
    assert quote.speaker is not None and quote.speaker.text == "they"
    assert quote.speaker.actor is None  # not the Brotherhood: the supporters are no actor

def test_a_surname_the_model_left_untagged_is_still_the_subject_before_the_pronoun(pipeline):
    # after an AP trial report (WikiEvents dev): 'McVeigh sat stone-faced… He did not
    # acknowledge' had gone to the witness quoted last
    text = ('"Is there any doubt in your mind?" asked prosecutor Scott Hale. "No," Elliott '
            'replied. "Who was it?" Hale asked. "Dale McNulty," Elliott said. Asked to point him '
            'out, Elliott gestured to the defense table. "Right over there. Blue shirt." McNulty '
            'sat stone-faced, wearing a blue oxford shirt with long sleeves rolled up. He did '
            "not acknowledge Elliott's identification.")
    assert speaker_of(pipeline, text, "identification") == "Dale McNulty"


def test_a_name_before_a_dashed_aside_is_the_subject_it_describes(pipeline):
    # after a Washington Post report (WikiEvents dev): the CRF's speaker was 'the anointed
    # successor of Hugo Chávez, who died in 2013' without the name before the dash, and it
    # resolved to no one
    from sitrep.extract.actor_mentions import load_cues
    from sitrep.extract.lexicon import load_lexicon
    from sitrep.extract.speakers import SpeakerResolver
    from sitrep.nlp import parse

    text = ('Opponents of President Pedro Castillo called for protests.\n\nCastillo — the '
            'anointed successor of firebrand leader Hugo Chávez, who died in 2013 — strongly '
            'defends the new assembly, saying it will fortify the state.')
    extraction = pipeline.extract(Document.from_text(text))
    names = [m for m in extraction.mentions if m.label not in {"PRON", "DESC"}]
    doc = parse(text)
    resolver = SpeakerResolver(doc, extraction.document.id, extraction.actors, names,
                               load_lexicon(), load_cues().org_heads)
    start = next(t.i for t in doc if t.text == "anointed") - 1
    end = next(t.i for t in doc if t.text == "2013") + 1
    actor_id = resolver.resolve(doc[start:end])[0]
    assert {a.id: a.name for a in extraction.actors}.get(actor_id) == "Pedro Castillo"


def test_a_pronoun_takes_the_subject_of_a_coordinated_clause_before_the_nearest_name(pipeline):
    # the main subject of the sentence before cannot be 'he' (residents); the subject of its
    # second clause can, and comes before the name nearest the pronoun
    text = ('Residents fled overnight, but Colonel Sami Haddad stayed in the town with the '
            'family of Ahmed Nasser. He said the shelling had stopped.')
    assert speaker_of(pipeline, text, "the shelling had stopped") == "Sami Haddad"


# --- descriptions -----------------------------------------------------------------------------

def test_a_title_narrowed_to_one_office_is_not_a_person_holding_another(pipeline):
    text = ('Deputy Foreign Minister Abbas Araghchi told reporters that Iran would keep '
            'enriching uranium. Foreign Minister Mohammad Javad Zarif said on Twitter that the '
            'deal was not dead. The deputy foreign minister also said that talks would resume.')
    assert speaker_of(pipeline, text, "talks would resume") == "Abbas Araghchi"


def test_a_minister_of_another_portfolio_is_not_the_prime_minister(pipeline):
    text = ('The bidding round had been pushed back by Prime Minister Alexis Tsipras. '
            'Greece’s Energy Minister said on July 9 that he supported the pipeline.')
    assert speaker_of(pipeline, text, "he supported the pipeline") != "Alexis Tsipras"


def test_a_body_with_a_name_of_its_own_is_not_the_last_body_of_its_kind(pipeline):
    text = ('The semi-official Mehr news agency said 200 people had been detained. Analysts '
            'said the Central Intelligence Agency had expected the unrest. On Sunday, the '
            'semi-official ILNA news agency reported that authorities had arrested 80 protesters.')
    speaker = speaker_of(pipeline, text, "authorities had arrested 80 protesters")
    assert speaker is not None and "ILNA" in speaker


def test_a_pronoun_takes_the_name_apposed_to_the_subject_before_it(pipeline):
    text = ('An IRA leader at the time, Sean Keogh, was arrested after a meeting with John Hume, '
            'but he later said that the aim of the attacks had been to cause financial damage.')
    assert speaker_of(pipeline, text, "the aim of the attacks") == "Sean Keogh"


def _resolve_in(pipeline, text: str, speaker: str, nth: int = 0,
                contents: list[tuple[int, int]] = ()) -> str | None:
    """The actor the speaker resolver gives the `nth` token `speaker` of `text` (a speaker span
    the rules alone may not find: the CRF makes claims of 'it’s clear that…')."""
    from sitrep.extract.actor_mentions import load_cues
    from sitrep.extract.lexicon import load_lexicon
    from sitrep.extract.speakers import SpeakerResolver
    from sitrep.nlp import parse

    extraction = pipeline.extract(Document.from_text(text))
    names = [m for m in extraction.mentions if m.label not in {"PRON", "DESC"}]  # the actors'
    doc = parse(text)
    resolver = SpeakerResolver(doc, extraction.document.id, extraction.actors, names,
                               load_lexicon(), load_cues().org_heads, contents)
    token = [t for t in doc if t.text == speaker][nth]
    return resolver.resolve(doc[token.i:token.i + 1])[0]


@pytest.mark.parametrize("sentence", [
    "Seven years later, it’s clear that many Iranians do not want reform.",
    "It is difficult to predict the outcome of protests like these.",
    "Now that Assad is back to using these weapons, it seems the world has given up.",
    "Slowly but surely, it has emerged that the ministry knew of the plot.",
    # news sample (seeds 1175-1177, 1192-1193)
    "That investigation, it appears, is still ongoing.",
    "But to Obama, it seems, it was a positive assertion of his vision.",
    "It turned out that no one had been arrested or taken into custody.",
    "And it’s confirmed that the North fired banned ballistic missiles.",
])
def test_an_it_that_holds_the_place_of_a_clause_is_no_speaker(pipeline, sentence):
    text = "The White House said the voices of the Iranian people deserve to be heard. " + sentence
    assert _resolve_in(pipeline, text, "it" if " it" in sentence else "It") is None


def test_an_it_that_stands_for_a_body_is_the_subject_of_the_sentence_before(pipeline):
    text = ("The White House said the voices of the Iranian people deserve to be heard. "
            "It is looking at a range of approaches to the crisis.")
    assert _resolve_in(pipeline, text, "It") == "USA-GOV"


def test_a_plural_title_is_no_one_person_with_that_title(pipeline):
    text = ('William Craig, the leader of the Vanguard movement, addressed a rally in Belfast on '
            'Saturday. The UDA leaders said they would not back down.')
    assert speaker_of(pipeline, text, "would not back down") == "The UDA leaders"


def test_a_name_apposed_to_a_title_wins_over_the_person_with_that_title(pipeline):
    text = ('Government spokesman Ali Rabiei said on Saturday that Iran would go ahead. The '
            'spokesman for Iran’s nuclear department, Behrouz Kamalvandi, said Sunday that '
            'enrichment over 3.67% would begin within hours.')
    assert speaker_of(pipeline, text, "would begin within hours") == "Behrouz Kamalvandi"


def test_a_lower_case_noun_of_a_person_is_not_the_last_body_named(pipeline):
    text = ('Ambassador Christopher Stevens was killed in the attack, CBS News reported. The '
            'guard said he was in his apartment about 15 minutes away from the compound when '
            'the attack began.')
    assert speaker_of(pipeline, text, "in his apartment") == "The guard"


def test_the_general_secretary_of_a_union_is_not_a_foreign_secretary(pipeline):
    text = ('Hilary Benn, the shadow foreign secretary, was sacked on Sunday. The general '
            'secretary of Unite, Britain’s largest trade union, said the MPs who resigned had '
            'plunged their party into crisis.')
    assert speaker_of(pipeline, text, "plunged their party") != "Hilary Benn"



def test_names_inside_a_quote_broken_by_its_pronoun_are_not_the_pronoun(pipeline):
    text = ('Ali Mamouri wrote an analysis for the Al-Monitor website in April 2018. “With '
            'Grand Ayatollah Ali al-Sistani pushing 90 and facing rumors of ill health, Iran’s '
            'leaders see a chance to take over Najaf,” he wrote. “Its most immediate '
            'impact will be felt on Iraq’s capacity to chart its own path.”')
    first, second = text.index("“With"), text.index("“Its")
    parts = [(first, text.index(" he wrote")), (second, len(text))]  # as the quotes stage gives
    assert _resolve_in(pipeline, text, "he", contents=parts) == "person:ali-mamouri"


def test_the_committee_is_the_committee_met_before_not_the_last_government_named(pipeline):
    # after a Fox News Nobel report (AllSides corpus, 2014): 'the committee said' had become
    # the Pakistani and then the Indian government
    text = ("The Nobel committee's announcement named one activist from Chile and one from "
            'Peru. Peruvian President Ollanta Humala praised the choice. The Peruvian government '
            'said the prize honoured the country. "Peace needs children at school," the '
            'committee said.')
    assert speaker_of(pipeline, text, "Peace needs children") not in (
        "Peruvian government", "Peru", "Ollanta Humala", None)


@pytest.mark.parametrize("text, words, who", [
    # after a Guardian timeline (AllSides corpus, 2017): 'the president' had become Mike Pence
    ('President Donald Trump met reporters on Tuesday. Vice President Mike Pence said the '
     'administration did not think an emergency was needed. The president said on Thursday '
     'that the crisis was a national emergency.', "a national emergency", "Donald Trump"),
    ('Governor Andrew Cuomo visited the site. Lieutenant Governor Kathy Hochul said the state '
     'would help. The governor said the bridge would reopen in May.', "reopen in May",
     "Andrew Cuomo"),
])
def test_a_title_is_not_the_person_of_a_second_rank_with_it(pipeline, text, words, who):
    assert speaker_of(pipeline, text, words) == who


def test_a_gendered_title_is_no_person_of_the_other_gender(pipeline):
    # after a Fox News hearing report (AllSides corpus, 2019): 'the congresswoman' had become
    # the acting attorney general, a man
    text = ('Rep. Maxine Waters spoke first at the hearing. Rep. John Lewis then asked about '
            'the funds. The congresswoman said the answer was not acceptable.')
    assert speaker_of(pipeline, text, "not acceptable") == "Maxine Waters"


def test_a_title_is_only_a_noun_right_before_the_name(pipeline):
    # same report: 'the congresswoman objected when Whitaker would not answer' had given
    # Whitaker the title, the subject three words before his name
    text = ('Rep. Sheila Jackson Lee pressed the witness, Maria Lopez, on the probe. While the '
            'answer was that she had not, the congresswoman objected when Lopez would not '
            'answer. The congresswoman said the answer was not acceptable.')
    assert speaker_of(pipeline, text, "not acceptable") != "Maria Lopez"


def test_a_title_before_a_name_of_several_words_is_that_persons(pipeline):
    # after a Washington Times summit report (AllSides corpus, 2019): 'the North Korean
    # leader' had become the North Korean government; 'North Korean leader Kim Jong-un'
    # gives the title to the whole name, whose head is its last word
    text = ("Mr. Trump met North Korean leader Kim Jong-un in Hanoi. Mr. Trump said the talks "
            "ended early. He said the North Korean leader told him he had not known about the "
            "student's case.")
    extraction = pipeline.extract(Document.from_text(text))
    quote = next(q for q in extraction.quotes
                 if q.speaker is not None and q.speaker.text == "the North Korean leader")
    actors = {actor.id: actor for actor in extraction.actors}
    assert actors[quote.speaker.actor].kind == "person"


@pytest.mark.parametrize("text, words, denied", [
    # after an Egypt report (AllSides corpus, 2013): 'a militant group with no ties to the
    # Brotherhood' had become the Brotherhood
    ('The Muslim Brotherhood denied any role. A militant group with no ties to the Brotherhood '
     'said it had carried out the bombing.', "carried out the bombing", "Brotherhood"),
    ('Hamas denied any role in the rocket fire. A small militant group without links to Hamas '
     'said it had fired the rockets.', "fired the rockets", "Hamas"),
])
def test_a_body_a_description_denies_ties_to_is_not_its_affiliation(pipeline, text, words,
                                                                      denied):
    assert speaker_of(pipeline, text, words) not in (denied, None)


@pytest.mark.parametrize("text, words, head_of_state", [
    # after a BBC report on flight PS752 (AllSides corpus, 2020): 'the president of Ukraine
    # International Airlines' had become the president of Ukraine
    ('Ukrainian President Volodymyr Zelensky called on Iran to punish those responsible. '
     'Elsewhere, the president of Ukraine International Airlines said: "We did not doubt for a '
     'second that our crew was safe."', "our crew was safe", "Volodymyr Zelensky"),
    ('Kenyan President Uhuru Kenyatta visited the site on Monday. The president of Kenya Airways '
     'said the airline would pay for the funerals.', "pay for the funerals", "Uhuru Kenyatta"),
])
def test_a_title_of_a_company_is_not_the_countrys_titled_person(pipeline, text, words,
                                                                 head_of_state):
    assert speaker_of(pipeline, text, words) != head_of_state


def test_a_title_of_a_body_is_the_person_titled_with_its_name(pipeline):
    text = ('Hamas leader Ismail Haniyeh met Egyptian officials in Cairo on Sunday. Later, the '
            'Hamas leader said the talks had gone well.')
    assert speaker_of(pipeline, text, "the talks had gone well") == "Ismail Haniyeh"


def test_an_office_is_a_government_body_not_the_last_outlet_named(pipeline):
    # same report: 'The president's office' had become the BBC, named in the sentence before
    text = ('Ukrainian President Volodymyr Zelensky called on Iran to punish those responsible. '
            "A Ukrainian official showed the BBC's Kyiv correspondent photographs of the wreck. "
            "The president's office said the images proved the plane had been hit by a missile.")
    assert speaker_of(pipeline, text, "the images proved") not in ("BBC", None)


def test_a_party_before_a_title_keeps_the_titled_member(pipeline):
    # a body before the title is a party its holder belongs to, not the office's owner
    text = ('Sen. Dan Sullivan, R-Alaska, warned of the threat on Monday. "That is going to '
            'happen," the GOP senator said last month.')
    assert speaker_of(pipeline, text, "going to happen") == "Dan Sullivan"



@pytest.mark.parametrize("text, who", [
    # after a BBC report on the Comey memos (AllSides corpus, 2018): the article writes 'Mr
    # Trump', never 'President Trump', and 'the president' had become a new, unknown person
    ('Mr Trump met the FBI director at the White House in January. According to the notes, '
     'the president told Mr Comey that he "hadn\'t stayed overnight" in Moscow.',
     "Donald Trump"),
    # after a New York Times report (AllSides corpus, 2015)
    ('Mark Regev, a spokesman for Mr. Netanyahu, said the prime minister denied that such a '
     'conversation took place.', "Benjamin Netanyahu"),
])
def test_a_title_is_the_office_the_dictionary_gives_a_named_leader(pipeline, text, who):
    extraction = pipeline.extract(Document.from_text(text))
    actors = {actor.id: actor.name for actor in extraction.actors}
    titled = [q.speaker for q in extraction.quotes if q.speaker is not None
              and q.speaker.text in ("the president", "the prime minister")]
    assert titled and all(actors.get(speaker.actor) == who for speaker in titled)


def test_it_after_a_body_no_actor_holds_is_not_the_body_quoted_before(pipeline):
    # after a Guardian report on Bloody Friday (WikiEvents dev shape, other words): 'It' had
    # gone to the army quoted before, past the subject of the sentence before it
    text = ('Belfast was hit by bombs on Friday. The army said it had arrested two men.\n\n'
            'The Provisional IRA accepted responsibility for the bombings, which seemed to be '
            'aimed at civilians. It claimed that at least 30 minutes warning was given before '
            'each explosion.')
    assert speaker_of(pipeline, text, "30 minutes warning") != "The army"


def test_the_pm_is_the_prime_minister_named_before(pipeline):
    # after BBC Brexit reports (AllSides corpus, 2017-2019): British papers write 'the PM' for
    # the prime minister; tagged a proper noun, it had resolved to no one
    text = ("Prime Minister Theresa May wrote to the European Council on Wednesday. Foreign "
            "Secretary Boris Johnson said Britain would leave on time.\n\n"
            "In her letter, the PM said she wanted the divorce settlement to be agreed early.")
    assert speaker_of(pipeline, text, "divorce settlement") == "Theresa May"


# after a Daily Caller report (AllSides corpus, 2019)
DAILY_CALLER_TITLES = (
    "President Donald Trump spoke to reporters at the White House on Wednesday.\n\n"
    "Trump said he would wipe out Turkish President Recep Tayyip Erdogan's economy if "
    "the Turkish Armed Forces wipe out Syrian Kurds.\n\n"
    "The president added that Sen. Lindsey Graham probably would like American soldiers "
    "to stay in the region.")


def test_a_title_goes_to_the_subject_in_focus_over_a_nearer_holder(pipeline):
    # after a Daily Caller report (AllSides corpus, 2019): the nearest person titled president
    # sits inside the object ('Turkish President Recep Tayyip Erdogan's economy'); the subject
    # of the sentence before is the president meant
    assert speaker_of(pipeline, DAILY_CALLER_TITLES, "Lindsey Graham") == "Donald Trump"


def test_a_title_reads_each_persons_earlier_titles_once(pipeline, monkeypatch):
    # the same Daily Caller text: 'The president' weighs each person met before it, once a
    # mention and up to four times a check; the titles up to the description are read once a
    # person (they were read again for every check of every mention: ~0.6 ms an article)
    from collections import Counter

    from sitrep.extract.speaker_titles import TitledPeople

    asked: Counter = Counter()
    titles_before = TitledPeople.titles_before

    def counted(self, actor_id, before):
        asked[actor_id, before] += 1
        return titles_before(self, actor_id, before)

    monkeypatch.setattr(TitledPeople, "titles_before", counted)
    assert speaker_of(pipeline, DAILY_CALLER_TITLES, "Lindsey Graham") == "Donald Trump"
    assert len(asked) == 2 and set(asked.values()) == {1}


def test_a_name_the_parser_made_a_second_subject_is_the_description_it_follows(pipeline):
    # after a Reuters report (AllSides corpus, 2019): 'agency' and 'IRNA' were both subjects of
    # 'reported'; the speaker span stopped at 'agency', which went to Congress, named before
    text = ("Congress was told on Monday. Meanwhile, Amirali Hajizadeh, who heads the "
            "Revolutionary Guards' aerospace branch, said any attacks on Iran would receive "
            "\"a crushing response\", the official news agency IRNA reported.")
    extraction = pipeline.extract(Document.from_text(text))
    actors = {actor.id: actor for actor in extraction.actors}
    agency = [q.speaker for q in extraction.quotes
              if q.speaker is not None and q.speaker.text.startswith("the official news agency")]
    assert agency and all(actors[s.actor].kind == "media" for s in agency)


@pytest.mark.parametrize("description, who", [
    ("The former president", "Barack Obama"),
    ("The president", "Donald Trump"),
])
def test_a_former_office_is_another_office(pipeline, description, who):
    # after AllSides reports naming both (2017-2020): 'the former president' had become the
    # president in office named last, and 'the president' the former one named last
    text = ("President Donald Trump met governors at the White House on Monday. Former "
            "President Barack Obama spoke in Chicago the same day.\n\n"
            f"{description} said the country needed unity.")
    assert speaker_of(pipeline, text, "needed unity") == who


def test_a_former_title_before_a_name_is_the_persons_title(pipeline):
    # after a CNN analysis (AllSides corpus, 2018): the rank adjective before the title run is
    # part of it, so 'the former New York mayor' is still Giuliani
    text = ("Trump's big move Thursday was to recruit a new big-time adviser: former New York "
            "Mayor Rudy Giuliani. President Trump praised him.\n\n"
            "However, the former New York mayor said he would work for free.")
    assert speaker_of(pipeline, text, "work for free") == "Rudy Giuliani"


def test_the_government_is_the_one_of_the_country_the_story_is_about(pipeline):
    # the last government named is another country's ('the Trump administration'); the story
    # names Venezuela far more often, and its government was met before
    text = ("The Venezuelan government has jailed hundreds of opposition activists, rights "
            "groups say. President Nicolás Maduro called the protests in Venezuela a coup "
            "attempt, and Venezuelan troops patrolled Caracas on Friday. Venezuela's opposition "
            "called for a general strike.\n\n"
            "On Wednesday, the Trump administration sanctioned 13 more officials.\n\n"
            "The government said on Thursday that it would ban all protests until Tuesday.")
    assert speaker_of(pipeline, text, "ban all protests") == "Venezuelan government"


def test_the_government_stays_the_last_one_named_when_its_country_leads_the_story(pipeline):
    text = ("The Trump administration sanctioned 13 Venezuelan officials on Wednesday, and "
            "American diplomats left Caracas. U.S. lawmakers welcomed the move.\n\n"
            "The government said on Thursday that more sanctions would follow.")
    assert speaker_of(pipeline, text, "more sanctions would follow") == "US government"


def test_the_official_is_the_official_described_before_not_a_group_of_officials(pipeline):
    # after a Fox News report (AllSides corpus, 2014): 'Kurdish officials' is a group the actors
    # layer read, not a body whose name holds the word 'official' ('Ethiopian Airlines' for 'the
    # airline' is)
    text = ("The airdrops were requested by Kurdish officials, the U.S. military said.\n\n"
            "One official said that while the results of the mission are still being assessed, "
            "most of the supplies reached the fighters.\n\n"
            "The official also said the planes encountered no resistance from the ground.")
    assert speaker_of(pipeline, text, "encountered no resistance") == "One official"


@pytest.mark.parametrize("country_sentence", [
    "Under the proposed agreement, China would commit by 2025 to buy more U.S. commodities, "
    "according to the people, who asked not to be identified because the talks are private.",
    "China has offered to buy more U.S. soybeans by 2025, according to the people.",
])
def test_they_said_is_not_a_country(pipeline, country_sentence):
    # after a Bloomberg report (AllSides corpus, 2019): news copy calls a country 'it'; 'they
    # said' after a sentence whose subject is China is the people who spoke before
    text = ("Officials from both countries are working out the details, according to people "
            "familiar with the plans.\n\n" + country_sentence + "\n\n"
            "Other promises China has offered to implement by 2029 would not be tied to "
            "potential U.S. retaliation, they said, without elaborating.")
    assert speaker_of(pipeline, text, "potential U.S. retaliation") == "people familiar with the plans"


def test_she_after_a_surname_two_people_share_is_the_woman_of_that_name(pipeline):
    # after a Washington Examiner report (AllSides corpus, 2017): the bare 'Clinton' went to Bill
    # Clinton, named last, so 'She said' had gone to the next person back, Kim Jong Un
    text = ("President Trump blamed Hillary Clinton for North Korea's nuclear program in a "
            "tweet. He criticized former President Bill Clinton, too.\n\n"
            "Clinton also explained what she would do about Kim Jong Un. She said diplomacy "
            "should always come first.")
    assert speaker_of(pipeline, text, "diplomacy should always come first") == "Hillary Clinton"


def test_they_after_countries_named_together_is_those_countries(pipeline):
    # after an AP report (AllSides corpus, 2019): the coordination is a group of states, all
    # three (in 'A, B and C' the 'and' hangs on 'France', not on the subject 'Britain')
    text = ("U.S. officials said the tests do not get in the way of talks with Pyongyang.\n\n"
            "Britain, France and Germany, meeting in a closed-door Security Council briefing on "
            "Thursday, condemned North Korea's missile tests. They urged Pyongyang to take "
            "concrete steps toward denuclearization.")
    extraction = pipeline.extract(Document.from_text(text))
    group, actors, _ = _speaker_actor(extraction, "concrete steps")
    assert sorted(actors[m].name for m in group.members) == [
        "France", "Germany", "United Kingdom"]


@pytest.mark.parametrize("text", [
    # after a CNN report on a jihadist video (AllSides corpus): 'It' had gone to the group
    # that posted the video, the body named last, or to 'America' in the video's title
    "The SITE Intelligence Group said the militants posted the video on Sunday. The video is "
    "titled “A Message to America.” It shows a hostage kneeling in the desert beside a masked "
    "fighter.",
    "The SITE Intelligence Group, which monitors jihadist websites, found the video on Sunday. "
    "The video is titled “A Message to America.” It shows a hostage kneeling in the desert "
    "beside a masked fighter.",
])
def test_it_after_a_text_or_recording_stands_for_it_not_for_an_actor(pipeline, text):
    assert speaker_of(pipeline, text, "a hostage kneeling") is None


def test_it_after_a_newspaper_is_still_the_outlet(pipeline):
    # a news outlet's noun is a communication noun too, but a body that speaks
    text = ("The Dallas Morning News endorsed Hillary Clinton on Wednesday. The newspaper had "
            "backed Republicans for decades. It said Donald Trump was unfit to serve.")
    assert speaker_of(pipeline, text, "unfit to serve") is not None


@pytest.mark.parametrize("text, scare_quote", [
    ('“We will not be cowed,” Home Secretary Amber Rudd said on Sunday. Officers searched six '
     'addresses in east London overnight and arrested two men. Parts of the conversations '
     'between the suspects and the mosque’s “staff” were recorded by police.', "“staff”"),
    ('“There is no plan,” said Senator Kay Morton. “We have waited for years.” The party '
     'should have “gone big” on health care last year.', "“gone big”"),
])
def test_a_short_quote_opening_inside_a_sentence_is_no_words_of_the_last_speaker(
        pipeline, text, scare_quote):
    extraction = pipeline.extract(Document.from_text(text))
    assert [q.text for q in extraction.quotes if q.text == scare_quote] == []


def test_a_short_quote_opening_its_sentence_still_continues_the_last_speaker(pipeline):
    text = ('“We will stay,” the mayor of Kherson, Ivan Lysenko, said on Monday after the vote in '
            'the council chamber had been counted twice. “Come what may.”')
    assert speaker_of(pipeline, text, "Come what may") == "Ivan Lysenko"


@pytest.mark.parametrize("text, words, wrong", [
    ('The suspect lived near the Port Authority Bus Terminal. Mr Ullah emigrated to the US in '
     '2011. The Bangladeshi government said he had no criminal record in the country.',
     "no criminal record", "Port Authority Bus Terminal"),
    ('Williams runs the Washington office of the council. Days after the government in Ukraine '
     'posted the gas blocks for bidding, it said the process was open.',
     "the process was open", "US government"),
])
def test_a_government_its_own_words_place_in_a_country_is_no_body_of_another(
        pipeline, text, words, wrong):
    assert speaker_of(pipeline, text, words) != wrong


def test_a_government_named_by_its_demonym_still_points_back_to_that_government(pipeline):
    text = ('The Venezuelan government expelled two diplomats on Monday. Officials in Caracas '
            'met the envoys. The Venezuelan government said the diplomats had plotted a coup.')
    assert speaker_of(pipeline, text, "plotted a coup") == "Venezuelan government"


@pytest.mark.parametrize("text", [
    'The South African government has struggled to control the problem. This makes it '
    'difficult to say whether the government is winking at the killings.',
    'The Greek navy said it searched the area overnight. The fog made it impossible to tell '
    'whether the ship had sunk.',
])
def test_it_after_make_and_an_adjective_stands_for_the_infinitive_not_for_an_actor(pipeline, text):
    extraction = pipeline.extract(Document.from_text(text))
    assert [speaker_name(extraction, q) for q in extraction.quotes if q.speaker
            and q.speaker.text == "it"] in ([], [None])


@pytest.mark.parametrize("text, words, phrase, country", [
    # after a Reuters report (AllSides corpus): the actors layer reads 'U.S. official' as the
    # US government, which is right for events but made the government the speaker
    ("The United States struck targets in eastern Syria on Sunday. “We will respond to any "
     "attack on our forces,” a U.S. official said. The official added that no Americans were "
     "hurt.", "no Americans were hurt", "a U.S. official", "USA"),
    ("Baghdad’s parliament met on Tuesday. The Iraqi legislator said the vote would be held "
     "next week.", "the vote would be held", "The Iraqi legislator", "IRQ"),
])
def test_an_unnamed_official_of_a_country_is_a_person_of_its_government_not_the_government(
        pipeline, text, words, phrase, country):
    extraction = pipeline.extract(Document.from_text(text))
    quote = next(q for q in extraction.quotes if words in q.text)
    actors = {a.id: a for a in extraction.actors}
    speaker = actors[quote.speaker.actor]
    assert (speaker.name, speaker.kind, quote.source_type) == (phrase, "person", "anonymous")
    body = actors[speaker.affiliation]
    assert (body.kind, body.country) == ("government", country)


# --- speakers joined by 'and' -------------------------------------------------------------------

def _speaker_actor(extraction, words: str):
    quote = next(q for q in extraction.quotes if words in q.text)
    actors = {a.id: a for a in extraction.actors}
    return actors[quote.speaker.actor], actors, quote


def test_speakers_joined_by_and_are_one_group_that_keeps_both_members(pipeline):
    # after an AllSides opinion piece: 'Obama and Kerry insisted…' was Obama's claim alone
    text = ('President Barack Obama met Secretary of State John Kerry at the White House on '
            'Monday. Obama and Kerry insisted that the agreement would block every path to a '
            'bomb.')
    extraction = pipeline.extract(Document.from_text(text))
    group, actors, quote = _speaker_actor(extraction, "block every path")
    assert sorted(actors[m].name for m in group.members) == ["Barack Obama", "John Kerry"]
    assert (group.kind, quote.source_type) == ("person", "named")


def test_they_after_a_group_speaker_is_the_group(pipeline):
    text = ('Chancellor Angela Merkel hosted Prime Minister Justin Trudeau in Berlin. Merkel '
            'and Trudeau said the talks had been frank. They added that trade would top the '
            'agenda in June.')
    extraction = pipeline.extract(Document.from_text(text))
    group, actors, _ = _speaker_actor(extraction, "the talks had been frank")
    assert len(group.members) == 2
    later, _, _ = _speaker_actor(extraction, "trade would top the agenda")
    assert later.id == group.id


def test_they_after_a_subject_joined_by_and_is_the_joined_subject(pipeline):
    # AllSides news (CNN 2014, AP 2014, The Hill 2020): a 'they' after a subject joined by
    # 'and' is those joined, held by the actors layer or not, never the speaker before them
    text = ('Foley’s parents said they were told they could be prosecuted if they tried to '
            'pay a ransom. While Gen. Dempsey and Defense Secretary Chuck Hagel wouldn’t go '
            'into details of the rescue mission, they said it showed they were trying to do '
            'something.')
    extraction = pipeline.extract(Document.from_text(text))
    group, _, _ = _speaker_actor(extraction, "it showed they were trying")
    names = {a.id: a.name for a in extraction.actors}
    assert sorted(names[m] for m in group.members) == ["Chuck Hagel", "Dempsey"]
    text = ('The family of Peter Kassig said the Islamic State group had released a letter. '
            'Ed and Paula Kassig said in a statement Sunday that they had been told by a '
            'former hostage that their son had converted to Islam. They said that their son '
            '"took Islam\'s practices seriously."')
    assert speaker_of(pipeline, text, "took Islam") == "Ed and Paula Kassig"
    # not every phrase held ('his confederates'): no actor, not the speaker before them
    text = ('Trump’s legal team said the documents proved that disinformation drove the case. '
            'Comey and his confederates deliberately exploited what they knew to be untrue and '
            'discredited information. They said it was a pretext to spy on the Trump campaign.')
    assert speaker_of(pipeline, text, "it was a pretext") is None


@pytest.mark.parametrize("text, words, who", [
    # AllSides news (The Atlantic 2019, The Week 2016): no subject before fits a 'they', so
    # the people the sentence before turned to are its antecedent, not the body quoted before
    ('The Russian government said it had never tried to hack the vote. In August 2016, Jeh '
     'Johnson, the homeland-security secretary, held a conference call with state election '
     'officials. Instead of accepting his offer of help, they told him the election was their '
     'responsibility.', "the election was their", None),
    ('A half-dozen foreign policy experts said the plan was risky. The White House said the '
     'plan was sound. But Trump has changed his stance often, and that is what concerns the '
     'foreign policy experts. They worry that a president with no core will flip-flop.',
     "with no core", "A half-dozen foreign policy experts"),
    ('The Pentagon said the strike was lawful. Trump met the senators on Tuesday. They said '
     'the plan would fail.', "the plan would fail", None),
])
def test_they_with_no_subject_that_fits_is_the_people_in_object_position(pipeline, text,
                                                                         words, who):
    assert speaker_of(pipeline, text, words) == who


@pytest.mark.parametrize("text, words", [
    ('The Labour Party said the deal was bad. Hardliners fear the plan, and they say it would '
     'keep Britain in the customs union.', "keep Britain"),
    ('The Labour Party said the deal was bad. The hardliners in Tehran oppose the plan because '
     'they say it would weaken Iran.', "weaken Iran"),
    ('The White House said the deal was good. The Sanders camp disagreed. They said it would '
     'hurt workers.', "hurt workers"),
    ('The White House said the deal was good. Those who oppose the deal disagree. They say it '
     'would hurt workers.', "hurt workers"),
    ('The White House said the deal was good. Skeptics in Congress disagree, and they say it '
     'would hurt workers.', "hurt workers"),
])
def test_they_after_a_group_of_people_no_actor_holds_is_not_the_speaker_before(pipeline, text,
                                                                               words):
    # after sources pass 34's reading of AllSides news: 'camp', 'Brexiteers', 'hardliners',
    # 'those who…' are people (data/group_nouns.tsv) whose 'they' went to the speaker before
    assert speaker_of(pipeline, text, words) is None


def test_the_people_of_a_country_are_no_one_person_in_focus(pipeline):
    # after AllSides news (2019): 'the American people' → Bill Barr, the subject before
    text = ('Attorney General Bill Barr testified on Tuesday. He said the inquiry was fair. '
            'The American people "have a right to see the whole report," said Rep. Jerry '
            'Nadler. But the American people "are tired of this," Barr said. The American '
            'people said in polls that "they want it over."')
    assert speaker_of(pipeline, text, "they want it over") == "The American people"


def test_a_persons_attorney_is_not_a_us_attorney_of_the_same_country(pipeline):
    # after AllSides news (2019): "Trump's attorney" → U.S. Attorney John Durham
    # (data/retained_nouns.tsv): a lawyer he retains, not an office of his country
    text = ('U.S. Attorney John Durham said the inquiry would continue. Trump\'s attorney said '
            'that "the investigation was a hoax."')
    assert speaker_of(pipeline, text, "was a hoax") == "Trump\'s attorney"
    # a lawyer with no country's office in the title may still be his
    text = ('U.S. Attorney John Durham said the inquiry would continue. Rudy Giuliani, Trump\'s '
            'attorney, spoke on Sunday. Trump\'s attorney said that "the investigation was a '
            'hoax."')
    assert speaker_of(pipeline, text, "was a hoax") == "Rudy Giuliani"


@pytest.mark.parametrize("text, words, name", [
    ('Rep. Lamar Smith, a Texas Republican and chairman of the House Science Committee, said '
     'the agency had hidden the data.', "hidden the data", "Lamar Smith"),
    ('Drone strikes killed hundreds last year. Some lawmakers, both Democrats and Republicans, '
     'said the program needed more oversight.', "needed more oversight", None),
])
def test_an_aside_joined_by_and_adds_no_second_speaker(pipeline, text, words, name):
    # a second role of one person; a pair that says who the speakers are
    extraction = pipeline.extract(Document.from_text(text))
    speaker, _, _ = _speaker_actor(extraction, words)
    assert speaker.members == [] and speaker.name == (name or speaker.name)


def test_the_president_is_the_one_the_text_has_titled_so_far_not_one_titled_later(pipeline):
    # AllSides opinion piece: 'President Obama … Putin aimed to elect Trump … But both the
    # president and Homeland Security Secretary Jeh Johnson have admitted…' took Putin for 'the
    # president' (nearer, and titled 'Russian President Vladimir Putin' only further on)
    text = ('President Obama met his national security team on Friday. Critics say Putin '
            'wanted to weaken the alliance. The president said the sanctions would stay in '
            'place. Russian President Vladimir Putin rejected the sanctions on Saturday.')
    extraction = pipeline.extract(Document.from_text(text))
    speaker, _, _ = _speaker_actor(extraction, "sanctions would stay")
    assert speaker.name == "Obama"


# --- party-state descriptions ('the Ohio Republican') -------------------------------------------

def test_the_state_party_description_is_the_lawmaker_named_before(pipeline):
    # AllSides (CNN): 'Sen. John McCain … told CNN… the Arizona Republican said' had no speaker
    text = ('Sen. John McCain has repeatedly pushed the administration to step up its support '
            'for the rebels. Asked whether the rebels were losing the fight, the Arizona '
            'Republican said there was no doubt about it.')
    extraction = pipeline.extract(Document.from_text(text))
    speaker, _, _ = _speaker_actor(extraction, "no doubt about it")
    assert speaker.name == "John McCain"


def test_the_state_in_a_party_tag_picks_the_lawmaker_of_that_state(pipeline):
    # 'Sen. Lindsey Graham (R-S.C.)' is the South Carolina Republican, not the senator named
    # after him, whose tag gives another state
    text = ('Sen. Lindsey Graham (R-S.C.) met the president on Monday. Sen. Marco Rubio '
            '(R-Fla.) stayed in Miami. The South Carolina Republican said the deal would not '
            'pass the Senate.')
    extraction = pipeline.extract(Document.from_text(text))
    speaker, _, _ = _speaker_actor(extraction, "would not pass")
    assert speaker.name == "Lindsey Graham"


def test_a_lawmaker_tagged_with_the_other_party_is_not_the_partys_member(pipeline):
    # 'Rep. Jim Himes (D-Conn.)' is no 'Texas Republican': the untagged Rep. Michael Burgess is
    text = ('Rep. Michael Burgess attended the classified briefing. Rep. Jim Himes (D-Conn.) '
            'told reporters there were profoundly unanswered questions. The Texas Republican '
            'said the matter was far from settled.')
    extraction = pipeline.extract(Document.from_text(text))
    speaker, _, _ = _speaker_actor(extraction, "far from settled")
    assert speaker.name == "Michael Burgess"


def test_a_description_that_names_its_own_person_is_no_one_titled_before(pipeline):
    # AllSides (CNN): 'the top Democrat on the House Intelligence Committee, Rep. Dutch
    # Ruppersberger of Maryland' (parsed as a conjunct without 'and'; the actors layer had no
    # actor for the name) became Sen. John McCain, the lawmaker titled before. The name is
    # left out of the mentions here, as the actors layer left it out there.
    from sitrep.extract.actor_mentions import load_cues
    from sitrep.extract.lexicon import load_lexicon
    from sitrep.extract.speakers import SpeakerResolver
    from sitrep.nlp import parse

    text = ('Sen. John McCain said the threat was direct. But the top Democrat on the House '
            'Intelligence Committee, Rep. Dutch Ruppersberger of Maryland, said the threat '
            'was not immediate.')
    extraction = pipeline.extract(Document.from_text(text))
    names = [m for m in extraction.mentions if m.label not in {"PRON", "DESC"}
             and "Ruppersberger" not in m.text]
    doc = parse(text)
    resolver = SpeakerResolver(doc, extraction.document.id, extraction.actors, names,
                               load_lexicon(), load_cues().org_heads)
    start = text.index("the top Democrat")
    span = doc.char_span(start, text.index(" said the threat was not"))
    actors = {a.id: a for a in extraction.actors}
    actor_id = resolver.resolve(span)[0]
    assert actor_id is None or actors.get(actor_id) is None \
        or actors[actor_id].name != "John McCain"


def test_the_state_party_description_may_be_the_senate_leader(pipeline):
    # AllSides (CNN): 'Senate Majority Leader Mitch McConnell … McConnell went to the floor…
    # the Kentucky Republican said' had no speaker
    text = ('Senate Majority Leader Mitch McConnell announced an amendment on Syria. "We need '
            'a plan before any withdrawal," the Kentucky Republican said Tuesday.')
    extraction = pipeline.extract(Document.from_text(text))
    speaker, _, _ = _speaker_actor(extraction, "We need")
    assert speaker.name == "Mitch McConnell"


def test_party_tags_read_party_and_state():
    from sitrep.extract.party_tags import tag_words

    def tags(text: str, name: str) -> set[str]:
        start = text.index(name)
        return tag_words(text, start, start + len(name))

    assert tags("Sen. Lindsey Graham (R-S.C.) said", "Lindsey Graham") == {
        "republican", "state:south carolina", "lawmaker"}
    assert tags("Rep. Jodey Arrington, R-Texas, said", "Jodey Arrington") == {
        "republican", "state:texas", "lawmaker"}
    assert tags("Chairman Jerry Nadler, D-NY, argued", "Jerry Nadler") == {
        "democrat", "state:new york", "lawmaker"}
    assert tags("Tom Cole, Oklahoma Republican, said", "Tom Cole") == {
        "republican", "state:oklahoma"}
    assert tags("Rep. Adam Smith, the ranking Democrat on the panel", "Adam Smith") == {
        "democrat"}
    assert tags("Democratic Sen. Chris Murphy said", "Chris Murphy") == {"democrat"}
    # a sentence before says nothing of the person
    assert tags("He left the Democratic Party. Trump said", "Trump") == set()
    assert tags("Democratic lawmakers criticized Trump on Monday", "Trump") == set()


def test_a_party_state_tag_makes_a_committee_chairman_the_state_lawmaker(pipeline):
    # AllSides (Fox News): 'House Judiciary Committee Chairman Jerry Nadler, D-NY, argued… The
    # New York lawmaker also added' had no speaker: 'Chairman' is no lawmaker's title, the tag is
    text = ('House Judiciary Committee Chairman Jerry Nadler, D-NY, argued on Sunday that there '
            'was still plenty of evidence. The New York lawmaker also added that the House would '
            'keep investigating.')
    extraction = pipeline.extract(Document.from_text(text))
    speaker, _, _ = _speaker_actor(extraction, "keep investigating")
    assert speaker.name == "Jerry Nadler"


# --- a description that tells something new of the person in focus -----------------------------

def test_a_new_description_of_the_subject_before_is_that_person(pipeline):
    # AllSides (BBC): 'What is Mr Putin proposing? The Russian leader said during a speech…'
    # became an unnamed leader of the Russian government
    text = ('Mr Putin proposed sweeping changes to the constitution on Wednesday. The Russian '
            'leader said that the parliament should choose the prime minister.')
    extraction = pipeline.extract(Document.from_text(text))
    speaker, _, _ = _speaker_actor(extraction, "parliament should choose")
    assert speaker.name in {"Putin", "Mr Putin", "Vladimir Putin"}


def test_a_former_diplomat_after_his_name_is_him(pipeline):
    # AllSides (CNN): 'Pickering … disputed the chairman's account… "That is not true," said
    # the former top diplomat'
    text = ('Thomas Pickering disputed the account of the committee chairman on Sunday. "That is '
            'not true," said the former top diplomat.')
    extraction = pipeline.extract(Document.from_text(text))
    speaker, _, _ = _speaker_actor(extraction, "That is not true")
    assert speaker.name == "Thomas Pickering"


def test_a_description_that_brings_in_another_source_is_not_the_person_in_focus(pipeline):
    # 'Hagel said… The senior official added' is an official of his, not Hagel; and a bare
    # 'the driver' after 'Zurawski said' is the driver he spoke of
    text = ('Defense Secretary Chuck Hagel said the Pentagon was ready. The senior official '
            'added that no decision had been taken. Ariel Zurawski said he last spoke with a '
            'driver at noon. The driver said the truck had been stolen.')
    extraction = pipeline.extract(Document.from_text(text))
    official, _, _ = _speaker_actor(extraction, "no decision had been taken")
    driver, _, _ = _speaker_actor(extraction, "truck had been stolen")
    assert official.name != "Chuck Hagel" and driver.name != "Ariel Zurawski"


def test_a_description_after_two_people_named_together_is_neither(pipeline):
    # AllSides (Defense One): 'Modly and Gilday called a hasty press conference… the acting
    # secretary said' (the parser misses the 'and') became Gilday, the subject it kept; the
    # focus cannot tell which of the two the description means
    text = ('The Navy had signaled that it was not going to penalize Crozier, said Thomas Modly. '
            '“We’re not looking to shoot the messenger here,” Michael Gilday said on Wednesday. '
            'But late on Thursday afternoon, Modly and Gilday called a hasty press conference to '
            'announce Crozier’s relief. Crozier showed “poor judgment” by sending the letter to '
            'so many people, the acting secretary said.')
    extraction = pipeline.extract(Document.from_text(text))
    speaker, _, _ = _speaker_actor(extraction, "poor judgment")
    assert speaker.name != "Michael Gilday"


def test_a_plural_title_before_a_list_titles_every_listed_lawmaker(pipeline):
    # AllSides (CNN): 'Sens. John McCain, Lindsey Graham and Kelly Ayotte … the South Carolina
    # Republican said' went to McCain, the only one 'Sens.' had titled
    text = ('Sens. John McCain, Lindsey Graham and Kelly Ayotte visited the refugee camp on '
            'Friday. Graham, speaking after McCain, told reporters the rebels needed heavier '
            'weapons. "We cannot wait any longer," the South Carolina Republican said.')
    extraction = pipeline.extract(Document.from_text(text))
    speaker, _, _ = _speaker_actor(extraction, "cannot wait any longer")
    assert speaker.name == "Lindsey Graham"


def test_a_plural_abbreviated_title_titles_its_list_across_the_parsers_false_stop(pipeline):
    # en_core_web_sm ends a sentence at the full stop of 'Reps.'; Swalwell is a representative
    text = ('Reps. Adam Schiff and Eric Swalwell toured the border on Monday. Swalwell told '
            'reporters the wall would not be finished this year. The California Democrat said '
            'the funding had run out.')
    extraction = pipeline.extract(Document.from_text(text))
    speaker, _, _ = _speaker_actor(extraction, "funding had run out")
    assert speaker.name == "Eric Swalwell"


def test_a_plural_title_ending_a_sentence_titles_no_one_after_it(pipeline):
    # guard: 'told senators. Obama said' makes no senator of Obama
    text = ('The president told senators. Obama said the funding had run out. The senator said '
            'it was over.')
    extraction = pipeline.extract(Document.from_text(text))
    quote = next(q for q in extraction.quotes if "it was over" in q.text)
    actors = {a.id: a for a in extraction.actors}
    assert quote.speaker is not None
    assert quote.speaker.actor is None or actors[quote.speaker.actor].name != "Obama"


def test_a_title_description_prefers_the_person_named_outside_another_claims_content(pipeline):
    # AllSides (Politico): Gillibrand is named last, but only inside what Feinstein said
    text = ('Sen. Kirsten Gillibrand wants sexual assault cases taken out of the chain of '
            'command. Sen. Dianne Feinstein, the chairwoman of the Select Committee on '
            'Intelligence, said legislation like what Gillibrand is pushing will be needed. '
            '“I think it is very serious. You have nearly 30,000 of these in a year,” the '
            'California Democrat told POLITICO.')
    extraction = pipeline.extract(Document.from_text(text))
    speaker, _, _ = _speaker_actor(extraction, "30,000 of these")
    assert speaker.name == "Dianne Feinstein"


def test_a_party_description_points_back_to_the_unnamed_member_of_that_party(pipeline):
    # AllSides (CNN): 'One GOP senator, speaking only on the condition of anonymity, said… "…,"
    # the Republican said' went to McConnell, named since only inside the senator's claim
    text = ('Senate Majority Leader Mitch McConnell said on Tuesday that the chamber would vote '
            'on the bill next week. One GOP senator, speaking on the condition of anonymity, '
            'said he expected Democrats to vote for McConnell’s amendment. “We are nowhere '
            'close,” the Republican said.')
    extraction = pipeline.extract(Document.from_text(text))
    speaker, _, _ = _speaker_actor(extraction, "nowhere close")
    assert speaker.id.startswith("desc:") and "senator" in speaker.name.lower()


def test_a_party_description_takes_a_member_named_after_the_unnamed_one(pipeline):
    # guard: the unnamed GOP senator does not hide Sen. Graham, named (as a speaker) after him
    text = ('One GOP senator, speaking on the condition of anonymity, said the votes were not '
            'there. Sen. Lindsey Graham told reporters the bill was dead. “We are nowhere '
            'close,” the Republican said.')
    extraction = pipeline.extract(Document.from_text(text))
    speaker, _, _ = _speaker_actor(extraction, "nowhere close")
    assert speaker.name == "Lindsey Graham"


def test_a_pronoun_takes_the_subject_of_an_adverbial_clause_before_the_speaker_before(pipeline):
    # AllSides news (AP 2019): the person of the sentence before stands in its 'as' clause;
    # no subject of its main clause or complements fits, so not Omar, quoted before
    text = ('Ilhan Omar said she did not intend to minimize what happened on Sept. 11. The dead '
            'included Muslims, as Zaheda Rahman underscored after reading names at ground zero. '
            'She called her uncle a “proud Muslim-American man who lived his life with a '
            'carefree nature.”')
    assert speaker_of(pipeline, text, "proud Muslim-American") == "Zaheda Rahman"
