"""Quotes and reported speech on the seed article, plus the quotation-mark edge cases."""

from __future__ import annotations

import pytest

from sitrep.extract.quote_marks import MAX_QUOTE_CHARS, find_quoted_spans
from sitrep.records import Document

from .conftest import actor_by_name


def quote_containing(extraction, words: str):
    for quote in extraction.quotes:
        if words in quote.text:
            return quote
    raise AssertionError(f"no quote containing {words!r}")


def speaker_name(extraction, quote) -> str | None:
    actors = {a.id: a for a in extraction.actors}
    return actors[quote.speaker.actor].name if quote.speaker and quote.speaker.actor else None


def speaker_of(pipeline, text: str, words: str) -> str | None:
    """The name of the actor who speaks the quote holding `words` in `text`."""
    extraction = pipeline.extract(Document.from_text(text))
    return speaker_name(extraction, quote_containing(extraction, words))


# --- quotation marks ----------------------------------------------------------------------

@pytest.mark.parametrize("text, quoted", [
    ("He said “we will stay,” and left.", ["“we will stay,”"]),
    ('A 5\'11" man said "yes".', ['"yes"']),
    ("the ‘Arab Spring’ and Assad’s fall", ["‘Arab Spring’"]),
    ("« Nous restons » a dit le porte-parole", ["« Nous restons »"]),
    ("„Wir bleiben“, sagte er.", ["„Wir bleiben“"]),
    ("''We won't go,'' the farmer said of the '90s camp.", ["''We won't go,''"]),
    ("He said ''we stay.\n\n''And we rebuild.'' Then he left.", ["''we stay.\n\n''And we rebuild.''"]),
])
def test_quote_styles(text, quoted):
    assert [text[s.start:s.end] for s in find_quoted_spans(text)] == quoted


def test_a_quote_over_several_paragraphs_is_one_quote():
    text = "He said: “We came here first.\n\n“And we will leave last,” he added."
    (span,) = find_quoted_spans(text)
    assert text[span.start:span.end] == "“We came here first.\n\n“And we will leave last,”"
    assert not span.truncated


def test_a_quote_that_never_closes_is_cut_at_its_paragraph_and_flagged():
    text = "The minister said “we will not retreat\n\nTroops moved north on Sunday. " * 3
    spans = find_quoted_spans(text)
    assert spans and all(s.truncated for s in spans)
    assert all("\n" not in text[s.start:s.end] for s in spans)


def test_no_quote_swallows_a_long_article():
    text = "“" + "word " * 20000
    (span,) = find_quoted_spans(text)
    assert span.truncated and span.end - span.start <= MAX_QUOTE_CHARS


def test_a_long_article_without_quotes_gives_none(pipeline):
    text = ("Troops moved along the river towards the northern town and held the bridge. " * 700)
    extraction = pipeline.extract(Document.from_text(text))
    assert extraction.quotes == []


# --- the seed -----------------------------------------------------------------------------

def test_direct_quotes_are_attributed_to_the_right_actor(seed_extraction):
    rep = quote_containing(seed_extraction, "We don’t feel unsafe")
    assert rep.kind == "direct" and rep.cue.text == "said"
    assert speaker_name(seed_extraction, rep).startswith("a representative of the Russian military")
    assert rep.source_type == "anonymous"
    khaled = quote_containing(seed_extraction, "We used to be scared")
    assert speaker_name(seed_extraction, khaled) == "Abu Khaled" and khaled.source_type == "named"
    abo = quote_containing(seed_extraction, "This is not a peaceful country")
    assert speaker_name(seed_extraction, abo) == "Abu Khaled"  # "Abo Khaled said"
    forced = quote_containing(seed_extraction, "We are forced to repair relations")
    assert speaker_name(seed_extraction, forced) == "an HTS official familiar with the talks"


def test_descriptions_and_pronouns_resolve_to_the_first_full_mention(seed_extraction):
    official = actor_by_name(seed_extraction, "an HTS official familiar with the talks")
    assert (official.kind, official.affiliation, official.role) == ("person", "HTS", "official")
    for words in ["new Syrian government would seek the extradition",  # "The HTS official said"
                  "they were not optimistic",  # "They added"
                  "hasty pullout of US forces"]:  # "The official cited"
        quote = quote_containing(seed_extraction, words)
        assert quote.speaker.actor == official.id, words
        assert quote.source_type == "anonymous"
    representative = quote_containing(seed_extraction, "completely emptied out")
    assert speaker_name(seed_extraction, representative).startswith("a representative of the Russian")


def test_reported_speech_of_kallas_assad_and_taweel(seed_extraction):
    kallas = quote_containing(seed_extraction, "should not have a place")
    assert kallas.kind == "mixed" and speaker_name(seed_extraction, kallas) == "Kaja Kallas"
    assert kallas.text.startswith("that Russia and Iran")  # complementiser kept, as PARC marks it
    assad = quote_containing(seed_extraction, "his first stop after fleeing Damascus")
    assert (assad.kind, speaker_name(seed_extraction, assad)) == ("indirect", "Bashar al-Assad")
    taweel = quote_containing(seed_extraction, "HTS had instructed him")
    assert speaker_name(seed_extraction, taweel) == "Ziad Taweel"


def test_partial_quotes_stay_inside_their_reported_clause(seed_extraction):
    red_lines = quote_containing(seed_extraction, "no red lines")
    assert red_lines.kind == "mixed" and "strategic interests, not ideology" in red_lines.text
    assert not any(q.text == "“no red lines”" for q in seed_extraction.quotes)
    according = quote_containing(seed_extraction, "Living conditions in the besieged T4 base")
    assert according.cue.text == "according to"


def test_every_quote_is_evidence(seed_extraction):
    text = seed_extraction.document.text
    ids = {a.id for a in seed_extraction.actors}
    for quote in seed_extraction.quotes:
        assert text[quote.span[0]:quote.span[1]] == quote.text
        if quote.speaker:
            assert text[quote.speaker.span[0]:quote.speaker.span[1]] == quote.speaker.text
            assert quote.speaker.actor is None or quote.speaker.actor in ids
        if quote.cue:
            assert text[quote.cue.span[0]:quote.cue.span[1]] == quote.cue.text
    assert not any(q.text == "“Z”" for q in seed_extraction.quotes)  # a painted letter, not a quote


def test_pronouns_agree_in_gender_and_names_in_a_modifier_are_not_the_speaker(pipeline, voa_documents):
    london = next(d for d in voa_documents if d.title.startswith("British Security Services"))
    extraction = pipeline.extract(london)
    hotline = quote_containing(extraction, "He used to listen to a lot of Musa Jibril")
    assert speaker_name(extraction, hotline) == "A onetime friend of the ringleader"  # "he" ≠ Mrs Gasparri
    she = quote_containing(extraction, "she confronted him")
    assert speaker_name(extraction, she) == "Erica Gasparri"
    leaders = quote_containing(extraction, "the security services")
    assert speaker_name(extraction, leaders) != "Salman Abedi"  # "…neighbors of Salman Abedi"


WILKINS = ('The exhibit opened on Friday. "It is a rare chance to see his early work," said '
           'Kristen Wilkins, assistant professor of photography and curator of the exhibit.\n\n'
           'Visitors lined up for hours. Wilkins said the prints had been restored over two '
           'years. "We were lucky," Wilkins added.')


def test_a_surname_the_model_mistags_is_still_the_person(pipeline):
    # The small model tags the bare surname ORG in one sentence and NOUN in the next.
    extraction = pipeline.extract(Document.from_text(WILKINS))
    assert [a.id for a in extraction.actors if "wilkins" in a.id] == ["person:kristen-wilkins"]
    assert len(extraction.quotes) == 3
    assert {q.speaker.actor for q in extraction.quotes} == {"person:kristen-wilkins"}
    assert {q.source_type for q in extraction.quotes} == {"named"}


def test_a_tagged_content_does_not_swallow_the_next_claim(pipeline):
    """A tagger that runs one content over two sentences ('…said X. “Y,” she added') does not
    merge two claims that each have their own cue."""
    from sitrep.extract.quotes import QuoteExtractor

    start = WILKINS.index("the prints")
    end = WILKINS.index("Wilkins added") - 1

    class RunOnTagger:
        trust_inner = False

        def tag(self, doc, quoted):
            return {"SRC": [], "CUE": [], "CON": [(start, end)]}

    extractor = QuoteExtractor()
    extractor.tagger = RunOnTagger()
    doc = pipeline.nlp(WILKINS)
    document = Document.from_text(WILKINS)
    quotes = extractor(doc, document, {})["quotes"]
    texts = sorted(q.text for q in quotes)
    assert '"We were lucky,"' in texts
    assert "the prints had been restored over two years" in texts


def _quotes_with(pipeline, text: str, tagger=None) -> list[str]:
    """The quote texts of `text` from the rules alone, or with a stand-in `tagger`."""
    from sitrep.extract.quotes import QuoteExtractor

    extractor = QuoteExtractor()
    extractor.tagger = tagger
    doc = pipeline.nlp(text)
    return sorted(q.text for q in extractor(doc, Document.from_text(text), {})["quotes"])


def test_a_content_ends_before_its_full_stop_and_the_paragraph_break(pipeline):
    text = ("The bridge, the mayor said, would reopen to lorries in May.\n\n"
            "Traffic was light on Tuesday.")
    assert "The bridge, the mayor said, would reopen to lorries in May" in _quotes_with(pipeline, text)


def test_a_tagged_content_loses_its_edge_punctuation_but_not_its_quote_marks(pipeline):
    text = ("The harbour, the captain said, is closed to ferries.\n\nThe port agent "
            "said ''nothing will sail before Friday.''\n\nShops were shut.")

    class EdgyTagger:
        trust_inner = False

        def tag(self, doc, quoted):
            one = (text.index("The harbour"), text.index("The port"))
            two = (text.index("''nothing"), text.index("Shops"))
            return {"SRC": [], "CUE": [], "CON": [one, two]}

    texts = _quotes_with(pipeline, text, EdgyTagger())
    assert "''nothing will sail before Friday.''" in texts
    assert "The harbour, the captain said, is closed to ferries" in texts
    assert not any(t[0] in ", " or t[-1] in ", \n" for t in texts)


def test_a_quote_the_tagger_cuts_out_of_a_reported_clause_is_one_claim(pipeline):
    """The parser runs the previous sentence into the quote's clause; the tagger cuts it back
    to the quote, which the rules also found on its own: one quote, with its cue."""
    from sitrep.extract.quotes import QuoteExtractor

    text = ("The ferry was late.\n\n''I think every port should do so,'' Mara Lind, a harbour "
            "pilot, told me this week. She left.")
    quote = (text.index("''I think"), text.index(" Mara"))
    cue = (text.index("told"), text.index("told") + 4)

    class QuoteTagger:
        trust_inner = False

        def tag(self, doc, quoted):
            return {"SRC": [], "CUE": [cue], "CON": [quote]}

    extractor = QuoteExtractor()
    extractor.tagger = QuoteTagger()
    quotes = extractor(pipeline.nlp(text), Document.from_text(text), {})["quotes"]
    same = [q for q in quotes if q.span == quote]
    assert len(same) == 1 and same[0].cue is not None and same[0].cue.text == "told"


# --- attributions the layout makes ------------------------------------------------------------

def _claims(pipeline, text: str) -> list[tuple[str | None, str | None, str]]:
    extraction = pipeline.extract(Document.from_text(text, origin="layout"))
    return [(q.speaker.text if q.speaker else None, q.cue.text if q.cue else None, q.text)
            for q in extraction.quotes]


def test_transcript_turns_belong_to_their_speaker_labels(pipeline):
    text = ("The senator spoke to the network on Sunday.\n\n"
            "TAPPER: Do you think the governor can still win the state in November?\n\n"
            "GRAHAM: I think he will win it, and I think the polls are wrong about him.\n\n"
            "Note: The interview has been edited for length.")
    claims = _claims(pipeline, text)
    assert ("TAPPER", ":", "Do you think the governor can still win the state in November?") in claims
    assert ("GRAHAM", ":", "I think he will win it, and I think the polls are wrong about "
            "him.") in claims
    assert not any(speaker == "Note" for speaker, _, _ in claims)


def test_a_headline_label_is_the_source_and_a_list_after_a_colon_is_not(pipeline):
    text = ("Kallas: Russia Should Not Have a Place in Syria's Future.\n\n"
            "The EU's foreign policy chief spoke in Brussels.\n\n"
            "Iowa: Tim Albrecht, Brad Anderson, Rob Barron.")
    claims = _claims(pipeline, text)
    assert ("Kallas", ":", "Russia Should Not Have a Place in Syria's Future") in claims
    assert not any(speaker == "Iowa" for speaker, _, _ in claims)


def test_a_quote_signed_with_a_dash_belongs_to_the_name_after_the_dash(pipeline):
    text = ("Readers told us what they thought of the debate.\n"
            "“He scares me. I cannot believe how he talks about our community.” ― Maria Lopez\n"
            "“The debate showed who he really is.” ― Daniel Ortiz\n")
    claims = _claims(pipeline, text)
    assert ("Maria Lopez", "―", "“He scares me. I cannot believe how he talks about our "
            "community.”") in claims
    assert ("Daniel Ortiz", "―", "“The debate showed who he really is.”") in claims


def test_a_quoted_title_is_no_quote(pipeline):
    text = ("Sanders told MSNBC’s “Morning Joe” that the vote would be close. On “Face the "
            "Nation,” the governor said “we will not raise taxes.” The campaign released a memo "
            "titled “The Facts on Where the Race Stands.”")
    quoted = [q for _, _, q in _claims(pipeline, text)]
    assert not any("Morning Joe" in q and len(q) < 20 for q in quoted)
    assert not any(q.startswith("“Face the") for q in quoted)
    assert "“we will not raise taxes.”" in quoted or "we will not raise taxes" in " ".join(quoted)



def test_a_quoted_operation_or_nickname_is_a_name_not_words_said(pipeline):
    text = ("“At least 20 civilians were killed by Turkish artillery fire,” said Rami Abdel "
            "Rahman of the Syrian Observatory for Human Rights. It comes after Turkey suffered "
            "its first fatality since launching operation “Euphrates Shield” in Syria. The "
            "general, nicknamed “Mad Dog,” met the minister.")
    quoted = [q for _, _, q in _claims(pipeline, text)]
    assert any(q.startswith("“At least 20 civilians") for q in quoted)
    assert not any("Euphrates Shield" in q for q in quoted)
    assert not any("Mad Dog" in q for q in quoted)


def test_the_date_of_a_saying_right_after_its_cue_is_not_part_of_what_was_said(pipeline):
    text = ("Russia said on Friday it had asked the United States for a moratorium on new "
            "missiles.\n\nNorth Korea said on Monday it was cutting a military hotline with the "
            "South.\n\nThe general said that on Monday the troops would leave the base.")
    contents = [q for _, cue, q in _claims(pipeline, text) if cue and cue.startswith("said")]
    assert "it had asked the United States for a moratorium on new missiles" in contents
    assert "it was cutting a military hotline with the South" in contents
    # after 'that' the date is inside the clause: the troops leave on Monday
    assert "that on Monday the troops would leave the base" in contents


def test_a_date_the_parser_hangs_on_the_cue_before_that_is_not_what_was_said(pipeline):
    # A tagged content may open with the cue's date ('said on February 10 that…'); the rules'
    # own content starts at 'that', so the trim is tested on the span a tagger gives
    from sitrep.extract.claim_spans import without_setting_of_saying

    doc = pipeline.nlp("Syrian Information Minister Omran al-Zoubi said on February 10 that the "
                       "government forces will soon take full control of the areas of Aleppo.")
    cue = next(t for t in doc if t.text == "said")
    content = without_setting_of_saying(doc[cue.i + 1:len(doc) - 1], doc[cue.i:cue.i + 1])
    assert content.text == ("that the government forces will soon take full control of the "
                            "areas of Aleppo")


def test_a_connective_opening_a_content_before_its_cue_is_not_what_was_said(pipeline):
    text = ("Still, the new bridge would cost far more than planned, the mayor said.\n\n"
            "However, the ferry will keep running until May, according to the port authority."
            "\n\nThe engineer said that, in fact, the works were two years late.")
    contents = {speaker: q for speaker, _, q in _claims(pipeline, text)}
    assert contents["the mayor"] == "the new bridge would cost far more than planned"
    assert contents["the port authority"] == "the ferry will keep running until May"
    # after its cue the connective is inside the reported clause: the engineer's own words
    assert contents["The engineer"] == "that, in fact, the works were two years late"


def test_a_verbless_content_before_a_parenthetical_attribution_runs_on_after_it(pipeline):
    text = ("Turnout, according to the election board, has doubled since the spring.\n\n"
            "The old harbour is closed to ferries, the mayor said, and the port will stay shut.")
    contents = {speaker: q for speaker, _, q in _claims(pipeline, text)}
    # annotators mark the sentence around the attribution as one content in two pieces
    assert contents["the election board"] == ("Turnout, according to the election board, has "
                                               "doubled since the spring")
    # a content with a verb of its own is a whole claim: what follows is not run on
    assert contents["the mayor"] == "The old harbour is closed to ferries"


def test_a_reported_content_that_opens_a_quotation_runs_on_to_its_closing_mark(pipeline):
    text = ('The harbour pilot said the ferry was "too old to sail." She left on Tuesday.\n\n'
            'The mayor called the plan "a disgrace to the city." Work starts in May.\n\n'
            'The union claimed the port had \u201cbeen run down\u201d by its owners.')
    contents = {cue: q for _, cue, q in _claims(pipeline, text) if cue}
    # the parser hangs a straight closing mark on the cue: the clause stopped inside the quotation
    assert contents["said"] == 'the ferry was "too old to sail."'
    assert contents["called"] == 'the plan "a disgrace to the city."'
    # a quotation the content closes itself stays as it is
    assert contents["claimed"] == "the port had \u201cbeen run down\u201d by its owners"


def test_a_content_is_not_run_on_over_a_quotation_that_reopens_in_the_next_paragraph():
    from sitrep.extract.content_edges import through_open_quotation

    text = ('The union said the port was "badly run.\n\n"The owners never came," she said.')
    content = (text.index("the port"), text.index(".\n"))
    assert any(q.start < content[1] < q.end for q in find_quoted_spans(text))  # one quotation
    assert through_open_quotation(text, content, find_quoted_spans(text)) == content


def test_a_sentence_opened_by_a_poll_is_the_polls_claim(pipeline):
    text = ("In a Gallup survey released on Monday, 62 percent of farmers said the new tariffs "
            "had hurt their exports.\n\nIn that same poll, conducted in March, most growers "
            "expected prices to fall.\n\nThe governor has led comfortably in the polls since "
            "the spring.")
    claims = _claims(pipeline, text)
    assert ("a Gallup survey released on Monday", "In", "62 percent of farmers said the new "
            "tariffs had hurt their exports") in claims
    # an aside on the poll between commas is the poll's, not what it found
    assert ("that same poll, conducted in March", "In",
            "most growers expected prices to fall") in claims
    # the farmers' own claim stays beside it, nested
    assert any(cue == "said" and q == "the new tariffs had hurt their exports"
               for _, cue, q in claims)
    # after its clause the phrase narrates the race as often as it reports a poll
    assert not any(cue and cue.lower() == "in" and "governor" in q for _, cue, q in claims)


def test_a_content_does_not_end_with_a_dangling_conjunction(pipeline):
    from sitrep.extract.claim_spans import strip_punct

    doc = pipeline.nlp("The cleric called for an end to violence on all sides and urged the army "
                       "to return to its barracks. Obama emphasized that the reforms were not "
                       "complete, and he pressed for more.")
    for words, kept in (("an end to violence on all sides and", "an end to violence on all sides"),
                        ("that the reforms were not complete, and",
                         "that the reforms were not complete")):
        start = doc.text.index(words)
        span = doc.char_span(start, start + len(words))
        assert strip_punct(span).text == kept


def test_a_hyphenated_arabic_name_is_the_whole_speaker(pipeline):
    text = ("Syrian Deputy Foreign Minister Faisal al-Mekdad told CNN the attacks amounted to a "
            "declaration of war.\n\n\"The details are not clear on what happened,\" al-Mekdad "
            "told CNN.")
    extraction = pipeline.extract(Document.from_text(text))
    speakers = [q.speaker.text for q in extraction.quotes if q.speaker]
    assert speakers == ["Syrian Deputy Foreign Minister Faisal al-Mekdad", "al-Mekdad"]
    actors = {a.id: a.name for a in extraction.actors}
    assert {actors[q.speaker.actor] for q in extraction.quotes} == {"Faisal al-Mekdad"}


def test_a_reported_or_alleged_thing_is_no_claim(pipeline):
    text = ("Concern about a broader war in the Middle East grew Monday after reported airstrikes "
            "on Syrian military installations. Buildings were destroyed in reported air raids by "
            "government planes, and tensions rose following alleged abuses by the militia.")
    assert not [cue for _, cue, _ in _claims(pipeline, text)
                if cue and cue.split()[-1] in {"reported", "alleged"}]


def test_a_speaker_the_parser_hung_on_the_object_as_an_apposition(pipeline):
    text = ("The reported strikes killed 42 Syrian soldiers, the opposition Syrian Observatory "
            "for Human Rights said.\n\nThe ultimatum was meant to push all factions toward a "
            "national consensus, the armed forces said Monday in a written statement.")
    claims = _claims(pipeline, text)
    assert ("the opposition Syrian Observatory for Human Rights", "said",
            "The reported strikes killed 42 Syrian soldiers") in claims
    assert any(speaker == "the armed forces" and content == "The ultimatum was meant to push all "
               "factions toward a national consensus" for speaker, _, content in claims)


def test_the_person_a_news_agency_quoted_as_saying_is_the_speaker(pipeline):
    text = ("Iran has drafted a plan to cope with the U.S. withdrawal, the official news agency, "
            "IRNA, quoted government spokesman Mohammad Baqer Nobakht as saying. He said without "
            "elaborating that budgets had been drawn up.")
    speakers = [speaker for speaker, cue, _ in _claims(pipeline, text) if cue == "saying"]
    assert speakers == ["government spokesman Mohammad Baqer Nobakht"]


@pytest.mark.parametrize("text, speaker, person", [  # PolNeAR train
    ("Vatican spokesman the Rev. Federico Lombardi told reporters Thursday that the pope had not "
     "been informed of the meeting.", "Vatican spokesman the Rev. Federico Lombardi",
     "Federico Lombardi"),
    ("“They just don’t understand the military,” said Army Capt. Christian Pardo, who said he "
     "would not vote for either candidate.", "Army Capt. Christian Pardo", "Christian Pardo"),
])
def test_a_description_and_the_name_after_it_are_one_speaker(pipeline, text, speaker, person):
    """The parser reads the description and the name as two subjects of the cue; the speaker
    is both, as PolNeAR marks it, and the person is the one named."""
    extraction = pipeline.extract(Document.from_text(text))
    actors = {a.id: a.name for a in extraction.actors}
    first = extraction.quotes[0].speaker
    assert (first.text, actors.get(first.actor)) == (speaker, person)


def test_a_title_without_its_point_joins_the_person_named_in_full(pipeline):
    text = ("Chief of Naval Operations Adm John Richardson said the fleet would oversee forces on "
            "the East Coast.\n\n\"We are back in an era of great power competition,\" Adm "
            "Richardson said. Gen Votel did not comment.")
    extraction = pipeline.extract(Document.from_text(text))
    actors = {a.id: a.name for a in extraction.actors}
    assert {actors[q.speaker.actor] for q in extraction.quotes} == {"John Richardson"}

# --- speakers across the document ------------------------------------------------------------

MATTIS = ('Defense Secretary Jim Mattis said Thursday that the U.S. was no closer to war with '
          'North Korea after the rogue nation successfully tested an intercontinental ballistic '
          'missile earlier this week.\n\n"I do not believe this capability in itself brings us '
          'closer to war," said Mattis, who added that the North Korean launch also doesn\'t '
          'change the Trump administration\'s determination to pursue diplomacy to resolve the '
          'nuclear threat.')  # Fox News, July 2017


def test_a_relative_pronoun_speaks_for_its_antecedent_and_a_name_in_the_clause_does_not(pipeline):
    extraction = pipeline.extract(Document.from_text(MATTIS))
    direct = quote_containing(extraction, "I do not believe this capability")
    assert speaker_name(extraction, direct) == "Jim Mattis"  # not North Korea, named in the clause
    added = quote_containing(extraction, "the North Korean launch also doesn't change")
    assert added.speaker.text == "who"
    assert speaker_name(extraction, added) == "Jim Mattis"


AIRLINE = ('Ethiopian Airlines says the plane, flight ET302, crashed at 08:44 local time (05:44 '
           'GMT), just six minutes after it left Addis Ababa. The aircraft, bound for Nairobi, '
           'came down near the town of Bishoftu, 60km (37 miles) south-east of the capital.\n\n'
           'The pilot had reported difficulties and had asked to return to Addis Ababa, the '
           'airline said.')  # BBC News, March 2019


def test_a_definite_description_names_the_institution_whose_name_it_ends(pipeline):
    extraction = pipeline.extract(Document.from_text(AIRLINE))
    quote = quote_containing(extraction, "The pilot had reported difficulties")
    assert quote.speaker.text == "the airline"
    assert speaker_name(extraction, quote) == "Ethiopian Airlines"
    assert quote.source_type == "institutional"


EXPO = ('Nick Moreau, who goes by the name "The Katherinator", came to the expo from Ohio. '
        'Moreau was dressed as a video game character.\n\n"I like to come and see everyone," '
        'said Moreau. Jenna Holt stood next to him in costume. "It took me three months to make '
        'this," she said.')


def test_a_pronoun_skips_a_person_whose_given_name_is_of_the_other_gender(pipeline):
    extraction = pipeline.extract(Document.from_text(EXPO))
    quote = quote_containing(extraction, "It took me three months")
    assert speaker_name(extraction, quote) == "Jenna Holt"
    nick = quote_containing(extraction, "I like to come and see everyone")
    assert speaker_name(extraction, nick) == "Nick Moreau"


POLITICO_MATTIS = (
    'Breaking with President-elect Donald Trump, James Mattis said Thursday in his confirmation '
    'hearing to be defense secretary that he supports a permanent U.S. military presence in the '
    'Baltics to deter Russia.\n\nJim Mattis, still a general\n\nChanging roles after a '
    'four-decade career isn’t easy.\n\n“History is clear: nations with strong allies thrive and '
    'those without them wither,” Mattis said.')  # Politico, January 2017, excerpt


def test_a_nickname_and_the_formal_given_name_are_one_person(pipeline):
    extraction = pipeline.extract(Document.from_text(POLITICO_MATTIS))
    assert [a.id for a in extraction.actors if "mattis" in a.id] == ["person:james-mattis"]
    quote = quote_containing(extraction, "History is clear")
    assert speaker_name(extraction, quote) == "James Mattis"
    assert quote.source_type == "named"


AP_ERDOGAN = (
    'WASHINGTON (AP) — President Donald Trump says he and Turkish President Recep Tayyip Erdogan '
    'are “very good friends,” but their meeting Wednesday at the White House failed to resolve an '
    'issue that has badly strained relations between the two NATO allies.\n\nTrump and Erdogan '
    'concluded a visit without achieving an agreement on Turkey’s decision earlier this year to '
    'accept delivery of a Russian air defense system.\n\nThe Turkish president told reporters he '
    'might be persuaded to use the U.S.-made Patriot system “as well” as the Russian S-400. '
    'Trump said they would agree to keep working on the issue.')  # AP, November 2019, excerpt


def test_a_title_as_a_definite_description_is_the_person_named_with_it(pipeline):
    extraction = pipeline.extract(Document.from_text(AP_ERDOGAN))
    quote = quote_containing(extraction, "he might be persuaded")
    assert quote.speaker.text == "The Turkish president"
    assert speaker_name(extraction, quote) == "Recep Tayyip Erdoğan"  # not the Turkish government
    assert quote.source_type == "named"


def test_unnamed_officials_of_a_state_are_an_anonymous_source(pipeline, voa_documents):
    thai = next(d for d in voa_documents if d.title.startswith("Thai Authorities Indict"))
    extraction = pipeline.extract(thai)
    quote = quote_containing(extraction, "the blast was carried out by a people-smuggling gang")
    assert quote.speaker.text == "Thai officials"
    actors = {a.id: a for a in extraction.actors}
    speaker = actors[quote.speaker.actor]
    assert speaker.kind == "person"  # people, not the government itself (-src24)
    assert actors[speaker.affiliation].name == "Thai government"  # whose officials they are
    assert quote.source_type == "anonymous"  # but no one is named


AP_POMPEO = (
    'Trump said he was unconcerned by the allegations and unfamiliar with any investigations by '
    'Linick into Pompeo.\n\n“They’re bothered because he’s having somebody walk his dog?” Trump '
    'said. “I’d rather have him on the phone with some world leader than have him wash '
    'dishes.”')  # AP, May 2020, excerpt


def test_a_question_quote_takes_the_bare_attribution_sentence_after_it(pipeline):
    # The segmenter ends a sentence at '?”' and makes 'Trump said.' a sentence of its own.
    extraction = pipeline.extract(Document.from_text(AP_POMPEO))
    quote = quote_containing(extraction, "They’re bothered because")
    assert quote.cue is not None and quote.cue.text == "said"
    assert speaker_name(extraction, quote) == "Donald Trump" or quote.speaker.text == "Trump"


ASHARQ_IDLIB = (
    'The Syrian Observatory for Human Rights said the attack believed to have been carried out by '
    'Syrian regime or Russian jets killed at least 58 people including 11 children at ages below '
    '8. The Observatory added that warplanes continued to bomb the town following the attack which '
    'took place near a medical center where the victims of the first aggression were being '
    'treated.')  # Asharq Al-Awsat, April 2017 (FA-KES corpus), excerpt


def test_a_definite_description_with_a_word_of_an_institution_name_is_that_institution(pipeline):
    extraction = pipeline.extract(Document.from_text(ASHARQ_IDLIB))
    quote = quote_containing(extraction, "warplanes continued to bomb the town")
    assert quote.speaker.text == "The Observatory"
    assert speaker_name(extraction, quote) == "Syrian Observatory for Human Rights"


def test_police_speaking_again_and_again_is_one_body_first_met_where_it_was_named(pipeline, voa_documents):
    thai = next(d for d in voa_documents if d.title.startswith("Thai Authorities Indict"))
    extraction = pipeline.extract(thai)
    police = {q.speaker.actor for q in extraction.quotes if q.speaker and q.speaker.text == "Police"}
    assert len(police) == 1  # one body, not a new 'police' at every 'Police said'
    actor = next(a for a in extraction.actors if a.id in police)
    first = min(q.speaker.span[0] for q in extraction.quotes if q.speaker and q.speaker.actor in police)
    assert actor.span[0] <= first and thai.text[actor.span[0]:actor.span[1]].lower().endswith("police")


def test_people_of_a_country_are_an_anonymous_source_and_the_country_is_not(pipeline):
    extraction = pipeline.extract(Document.from_text(
        "Many Venezuelans say the government has failed them. The United States said it would "
        "not recognise the vote."))
    people = quote_containing(extraction, "the government has failed them")
    state = quote_containing(extraction, "it would not recognise the vote")
    assert people.source_type == "anonymous" and state.source_type == "institutional"


IDLIB = (
    'Anti-government activists say airstrikes have hit a market and other targets in the '
    'northwestern Syrian city of Idlib killing at least 12 people. The Britain-based Syrian '
    'Observatory for Human Rights which relies on a network of activists on the ground says at '
    'least 12 people were killed when several airstrikes struck the insurgent-held city on '
    'Sunday. It says the number of casualties is likely to rise.')  # al-Araby, June 2016 (FA-KES)


def test_it_speaks_for_a_body_whose_long_name_ends_in_a_plural(pipeline):
    extraction = pipeline.extract(Document.from_text(IDLIB))
    quote = quote_containing(extraction, "the number of casualties is likely to rise")
    assert quote.speaker.text == "It"
    assert speaker_name(extraction, quote) == "Syrian Observatory for Human Rights"


CBN_CUBA = (
    'President Barack Obama and Cuban President Raul Castro took questions over human rights '
    'and the U.S. economic embargo during an unprecedented joint news conference Monday.\n\n'
    '"We continue, as President Castro indicated, to have some very serious differences, '
    'including on democracy and human rights," said Obama said. The U.S. president told '
    'reporters he would meet with Cuban dissidents Tuesday.\n\nAt 11:30 AM, Obama ventured to '
    'Havana\'s Palace of the Revolution for the one-on-one meeting with Cuban President Raoul '
    'Castro.\n\nBut not everyone is critical. American Alan Gross, who was released from a '
    'Cuban prison a year ago, told CBN News\' Gary Lane the president\'s visit is a courageous '
    'move.\n\n"Well, absolutely," Gross replied.')  # CBN News, March 2016 (AllSides), excerpt


def test_a_countrys_title_goes_to_the_titled_person_whose_country_the_text_leaves_open(pipeline):
    extraction = pipeline.extract(Document.from_text(CBN_CUBA))
    quote = quote_containing(extraction, "he would meet with Cuban dissidents")
    assert quote.speaker.text == "The U.S. president"
    assert speaker_name(extraction, quote) == "Barack Obama"  # not the US government, not Castro


def test_two_spellings_of_a_given_name_with_one_surname_are_one_person(pipeline):
    extraction = pipeline.extract(Document.from_text(CBN_CUBA))
    assert [a.id for a in extraction.actors if "castro" in a.id] == ["person:raul-castro"]


def test_a_demonym_before_a_persons_name_is_no_part_of_an_organisation(pipeline):
    extraction = pipeline.extract(Document.from_text(CBN_CUBA))
    told = quote_containing(extraction, "the president's visit is a courageous move")
    assert speaker_name(extraction, told) == "Alan Gross"  # the model tags 'American Alan Gross' ORG
    assert told.source_type == "named"
    replied = quote_containing(extraction, "Well, absolutely")
    assert speaker_name(extraction, replied) == "Alan Gross"


HAINES = (
    'Murdered US journalists James Foley and Steven Sotloff made similar speeches, which have '
    'been dismissed as scripted by IS.\n\nIn a statement, Mr Haines\'s brother Mike remembered a '
    'man who was "most alive and enthusiastic in his humanitarian roles".\n\n\'Barbaric\' crime '
    'must be punished\n\nThe humanitarian aid group that employed Mr Haines voiced outrage at '
    'the "barbaric crime" and stressed it should not go unpunished.')  # ABC News, Sept. 2014


def test_a_described_body_is_not_the_person_in_its_relative_clause_nor_a_body_of_another_kind(
        pipeline):
    extraction = pipeline.extract(Document.from_text(HAINES))
    quote = quote_containing(extraction, "it should not go unpunished")
    assert quote.speaker.text == "The humanitarian aid group that employed Mr Haines"
    actor = next(a for a in extraction.actors if a.id == quote.speaker.actor)
    assert actor.kind != "person" and actor.id.startswith("desc:")  # not Mr Haines, not IS
    assert quote.source_type == "institutional"


DEIR_EZZOR = (
    'IS has been trying to take the entire province where part of the capital and the military '
    'airport are still under the control of government forces. On Thursday the jihadist group '
    'said it had shot down a regime MiG warplane south of the provincial capital killing its '
    'pilot.')  # AFP, 2016 (FA-KES corpus), punctuation as published there


def test_a_description_the_tagger_took_for_a_name_is_still_resolved(pipeline):
    extraction = pipeline.extract(Document.from_text(DEIR_EZZOR))
    quote = quote_containing(extraction, "it had shot down a regime MiG warplane")
    assert quote.speaker.text == "the jihadist group"  # 'group' tagged NNP after 'jihadist'
    assert speaker_name(extraction, quote) == "Islamic State"
    assert quote.source_type == "institutional"


EGYPTAIR = (
    'An independent Cairo newspaper, al-Watan, quoted an unnamed forensics official Tuesday as '
    'saying the plane blew up in midair, but that it was unclear whether the blast was caused by '
    'an explosive device or something else.\n\nBut Egypt’s head of forensics denied the statements '
    'Tuesday, Reuters reported, citing state news agency MENA.\n\n"Everything published about this '
    'matter is completely false, and mere assumptions that did not come from the Forensics '
    'Authority," MENA quoted Hesham Abdelhamid as saying.')  # Fox News, May 2016 (AllSides)


def test_who_is_quoted_as_saying_is_the_speaker_not_who_quotes(pipeline):
    extraction = pipeline.extract(Document.from_text(EGYPTAIR))
    direct = quote_containing(extraction, "Everything published about this matter")
    assert direct.speaker.text == "Hesham Abdelhamid"
    assert speaker_name(extraction, direct) == "Hesham Abdelhamid"
    reported = quote_containing(extraction, "the plane blew up in midair")
    assert reported.speaker.text == "an unnamed forensics official"
    assert reported.source_type == "anonymous"


WATERTOWN = (
    'Multiple news organizations are reporting major police activity in Watertown. Boston '
    'Police Department tweeted:\n\n"Police operations in the Franklin Street Watertown area. '
    'Residents shelter in place."')  # NPR live blog, April 2013 (AllSides), excerpt


def test_a_quote_in_the_paragraph_after_a_colon_belongs_to_who_spoke_before_it(pipeline):
    extraction = pipeline.extract(Document.from_text(WATERTOWN))
    quote = quote_containing(extraction, "Residents shelter in place")
    assert quote.cue.text.startswith("tweeted")
    assert speaker_name(extraction, quote) == "Boston Police Department"



CAIRO = 'Police, meanwhile, were seeking hundreds of other Brotherhood members, state media reported.'
# CNN, July 2013 (AllSides)


def test_state_media_is_an_institutional_source(pipeline):
    extraction = pipeline.extract(Document.from_text(CAIRO))
    quote = quote_containing(extraction, "were seeking hundreds of other Brotherhood members")
    assert quote.speaker.text == "state media"  # lemma 'medium': once no speaker noun
    assert quote.speaker.actor is not None
    assert quote.source_type == "institutional"


CARACAS = (
    'The head of the infectious diseases department at the Hospital Universitario de Caracas, '
    'Maria Eugenia Landaeta, called on the government today to declare the chikungunya outbreak '
    'an emergency. Landaeta said the first thing to do was to allocate resources.\n\nShe also '
    'dismissed the rumours that the disease might be ebola.')  # WikiEvents (scenario_en_8), excerpt
IODINE = (
    'More than two billion people around the world live in areas prone to iodine deficiency, and '
    'yet the problem is easily fixed. The World Health Organisation (WHO) recommends that every '
    'country should iodise all edible salt.')  # Wikinews (GUM news_iodine), excerpt
MODLY = (
    'Acting Navy Secretary Thomas Modly visited the ship in January. "It\'s made significant '
    'progress in the last six months," Modly said. "So it\'s going to be contributing to the '
    'mission and to the fleet," Modly said.')  # after Breitbart, March 2020
LARRY_KING = ('Larry King hosts a show on RT America. Mr. King said he had no control over the '
              'network\'s news coverage. "I don\'t do news," King said.')  # after the NYT, 2014
IRAQ_TV = ('Iraqi forces retook the town on Sunday. Iraq\'s state television said the army had '
           'cleared the last districts. Local television showed soldiers raising the flag.')


@pytest.mark.parametrize("text, words, speaker", [
    # the parser hangs the name on 'Caracas', the model tags it ORG: the description's head
    # noun ('head') still makes it the speaker, a person named by the name
    (CARACAS, "the first thing to do", "Maria Eugenia Landaeta"),
    (CARACAS, "the rumours that the disease", "Maria Eugenia Landaeta"),
    # the model's entity is 'The World Health Organisation (WHO' (no closing bracket)
    (IODINE, "every country should iodise", "World Health Organization"),
    # 'Modly' is tagged an adverb
    (MODLY, "significant progress", "Thomas Modly"),
    (MODLY, "contributing to the mission", "Thomas Modly"),
    # a surname that is also a title word
    (LARRY_KING, "no control over the network", "Larry King"),
    (LARRY_KING, "I don't do news", "Larry King"),
    # state television speaks; local television is another body
    (IRAQ_TV, "the army had cleared", "Iraq's state television"),
    (IRAQ_TV, "soldiers raising the flag", "Local television"),
])
def test_names_the_small_model_mistags_still_name_the_speaker(pipeline, text, words, speaker):
    assert speaker_of(pipeline, text, words) == speaker


def test_the_mistagged_names_are_people_with_their_roles_and_cues_without_them(pipeline):
    landaeta = actor_by_name(pipeline.extract(Document.from_text(CARACAS)), "Maria Eugenia Landaeta")
    assert landaeta.kind == "person" and landaeta.role.startswith("head of the infectious")
    modly = pipeline.extract(Document.from_text(MODLY))
    assert {(q.speaker.text, q.cue.text) for q in modly.quotes} == {("Modly", "said")}
    television = pipeline.extract(Document.from_text(IRAQ_TV))
    assert quote_containing(television, "the army had cleared").source_type == "institutional"


M5S = (
    'The Catholic Church has opposed the ruling. Requests have come from the deputies of '
    'Movimento 5 Stelle (M5S) of the regional council of Lombardy. In the second case, the M5S '
    'party asks the regional government to assure the local administrations of the region.')


def test_a_body_with_a_name_of_its_own_is_not_the_last_institution_mentioned(pipeline):
    extraction = pipeline.extract(Document.from_text(M5S))
    quote = quote_containing(extraction, "the regional government")
    assert quote.speaker.text == "the M5S party"
    assert speaker_name(extraction, quote) != "Catholic Church"


# --- passive cues, acts of force, bodies led by people, abbreviated titles ------------------

BOEING = ('Boeing is expected to release a software patch to the system in the coming weeks. It '
          'is estimated that 350 of the jets are in service worldwide. Visibility was said to be '
          'good at the time of the crash.')  # after the BBC, March 2019


def test_the_subject_of_a_passive_cue_is_what_the_claim_is_about_not_its_speaker(pipeline):
    extraction = pipeline.extract(Document.from_text(BOEING))
    for words in ("to release a software patch", "350 of the jets", "to be good"):
        assert quote_containing(extraction, words).speaker is None


@pytest.mark.parametrize("text, cue, speaker", [
    ("Boeing is expected to release a software patch in the coming weeks.", "expected", None),
    ("She said she was told to disconnect from her mother.", "told", None),
    # the agent of a passive cue speaks
    ("The report was denied by the Syrian Foreign Ministry on Sunday.", "denied",
     "the Syrian Foreign Ministry"),
    # a passive of feeling or resolve: its subject holds the view
    ("Officials were convinced by the evidence that the attack was planned.", "convinced",
     "Officials"),
    ("The government is committed to holding elections in June.", "committed", "The government"),
])
def test_a_passive_cue_speaks_through_its_agent_or_its_feeling_subject(text, cue, speaker):
    from sitrep.extract.claim_spans import speaker_span
    from sitrep.nlp import load_nlp

    doc = load_nlp()(text)
    verb = next(token for token in doc if token.text == cue)
    found = speaker_span(verb, None)
    assert (found.text if found is not None else None) == speaker


ALEPPO_SHELLING = (
    'Terrorists attacked al-Ramouseh neighborhood in Aleppo city with rockets on Friday, leaving '
    'civilian casualties. Militants attacked the checkpoint near the town, killing three soldiers. '
    'The next day ISIS attacked Hasaka city with two car bombs. A source at the Police Command told '
    'SANA that the rockets hit residential buildings.')  # after SANA, July 2015
DEBATE = 'Clinton attacked her opponent as a fraud during the debate on Monday.'


def test_an_attack_on_a_place_or_with_weapons_is_no_claim_but_an_attack_in_words_is(pipeline):
    shelling = pipeline.extract(Document.from_text(ALEPPO_SHELLING))
    assert [q.cue.text for q in shelling.quotes] == ["told"]
    debate = pipeline.extract(Document.from_text(DEBATE))
    assert quote_containing(debate, "her opponent").cue.text == "attacked"


def test_the_government_of_a_president_is_that_country_s_government_not_the_president(pipeline):
    text = ('The Syrian government denied the report on Monday. Later, the government of President '
            'Bashar al-Assad said the evacuations were the best way to end the violence.')
    assert speaker_of(pipeline, text, "the best way") == "Syrian government"
    alone = "T" + text.split("Later, t")[1]  # no Syrian government met before
    assert speaker_of(pipeline, alone, "the best way") != "Bashar al-Assad"


@pytest.mark.parametrize("text, words, speaker", [
    ("Sen. John McCain visited the base on Monday. The senator said the war could not be won.",
     "the war could not", "John McCain"),
    ("Gen. Mark Milley met the troops in Baghdad. The general said morale was high.",
     "morale was high", "Mark Milley"),
    ("Rep. Adam Schiff released the memo. The congressman said the report was damning.",
     "the report was damning", "Adam Schiff"),
    ("Pope Francis arrived in Baghdad on Friday. The pontiff said peace was possible.",
     "peace was possible", "Francis"),
])
def test_a_title_description_is_the_person_named_with_its_abbreviation(pipeline, text, words,
                                                                        speaker):
    assert speaker_of(pipeline, text, words) == speaker


MATTIS_TRUMP = (
    'Mattis testified on Thursday. The Iran deal could become another source of tension between '
    'Mattis and Trump, who repeatedly blasted the deal on the campaign trail.\n\nSuch a process has '
    'been opposed by hard-liners like John R. Bolton, now Mr. Trump’s national security adviser, '
    'who has argued in the past that the North must quickly dismantle its weapons.')  # after Fox
RI_SU_YONG = ("North Korea's foreign minister Ri Su Yong spoke on Saturday. Ri told the AP that "
              "the talks were over.")  # after the AP, April 2016


@pytest.mark.parametrize("text, words, speaker", [
    # the parser hangs the relative clause on the coordination's head, 'Mattis'
    (MATTIS_TRUMP, "the deal", "Donald Trump"),
    # the relative pronoun after an apposition stands for the name, not the description
    (MATTIS_TRUMP, "the North must quickly dismantle", "John R. Bolton"),
    # the family name first: 'Ri' is the first word of 'Ri Su Yong'
    (RI_SU_YONG, "the talks were over", "Ri Su Yong"),
])
def test_relative_pronouns_and_family_names_first_name_the_speaker(pipeline, text, words, speaker):
    assert speaker_of(pipeline, text, words) == speaker


EU_BLOC = ('EU leaders met in Brussels on Monday to discuss the migrant crisis. The bloc said it '
           'would take in 32,000 refugees. NATO ministers met the next day. The alliance said its '
           'forces were ready.')  # after the BBC, 2015
WHITE_HOUSE_OFFICIALS = (
    'A senior White House official said the test had been expected. The official said that '
    'other actions would have been taken after a nuclear test. The officials said the immediate '
    'emphasis would be diplomacy.')  # after CNN, April 2017


def test_the_bloc_and_the_alliance_are_the_bodies_named_before(pipeline):
    extraction = pipeline.extract(Document.from_text(EU_BLOC))
    assert speaker_name(extraction, quote_containing(extraction, "32,000 refugees")) == \
        "European Union"
    assert speaker_name(extraction, quote_containing(extraction, "forces were ready")) == "NATO"


def test_the_officials_are_not_the_one_official_met_before(pipeline):
    extraction = pipeline.extract(Document.from_text(WHITE_HOUSE_OFFICIALS))
    one = quote_containing(extraction, "other actions").speaker.actor
    assert quote_containing(extraction, "the test had been expected").speaker.actor == one
    assert quote_containing(extraction, "emphasis would be diplomacy").speaker.actor != one


OBAMA_UN = ('In stressing the need for multi-lateral action, Obama cited the Paris talks. Mr. Obama '
            'also blamed Russian President Vladimir Putin for supporting the Ukrainian government. '
            'The Russian leader chided the U.S. for backing Syrian rebels.')  # after Reuters, 2015


@pytest.mark.parametrize("words, speaker", [
    ("the need for multi-lateral action", "Obama"),  # 'In stressing…, Obama cited': the subject
    ("the Ukrainian government", "Vladimir Putin"),  # 'blamed Putin for supporting': the object
    ("Syrian rebels", "United States"),
])
def test_a_gerund_after_a_preposition_is_done_by_the_subject_or_the_one_blamed(pipeline, words,
                                                                                speaker):
    assert speaker_of(pipeline, OBAMA_UN, words) == speaker


def test_the_network_is_the_last_broadcaster_not_the_last_institution(pipeline):
    text = ('Fox News aired the interview on Sunday, and the Ukrainian government protested. The '
            'network said it stood by the report.')
    assert speaker_of(pipeline, text, "stood by the report") == "Fox News"


def test_the_speaker_after_an_inverted_cue_is_no_object(pipeline):
    text = ('“I understand your concern,” replied the moderator who later fled the country. “We '
            'will win,” said the commander of the brigade.')  # after the Guardian, 2017
    extraction = pipeline.extract(Document.from_text(text))
    assert quote_containing(extraction, "I understand").speaker.text.startswith("the moderator")
    assert quote_containing(extraction, "We will win").speaker.text == \
        "the commander of the brigade"


@pytest.mark.parametrize("text, words, speaker", [
    # the parser makes the title the head; the name at the end is the speaker
    ("Minister of Foreign Affairs Sergei Lavrov said Moscow would respond.", "Moscow would respond",
     "Sergei Lavrov"),
    # the model tags the name ORG after the title; it is a person, and 'She' is her
    ("U.S. Ambassador to the United Nations Nikki Haley said the vote was a disgrace. In 2018, "
     "Haley noted that the U.S. pays a fifth of the budget. She said the report was fair.",
     "the report was fair", "Nikki Haley"),
    # an apposed name hung on the agency, not on 'head'
    ("The head of the UN refugee agency, Filippo Grandi, said the camps were full.",
     "the camps were full", "Filippo Grandi"),
])
def test_a_name_after_its_title_or_the_body_it_heads_is_the_speaker(pipeline, text, words, speaker):
    assert speaker_of(pipeline, text, words) == speaker


def test_a_spokesman_for_a_named_person_is_not_that_person(pipeline):
    text = 'A spokesman for Prime Minister Benjamin Netanyahu said the talks had failed.'
    assert speaker_of(pipeline, text, "the talks had failed") != "Benjamin Netanyahu"
    # the head is a name of its own: the name at the end of its description is someone else
    text = ('Mohammad Wali, a spokesman for provincial governor Abdul Karim Khan, said the attack '
            'killed 12 people.')
    assert speaker_of(pipeline, text, "the attack killed") == "Mohammad Wali"


@pytest.mark.parametrize("text, words, speaker", [
    # a group described by whom it is linked to, then named: the name is the speaker
    ("Two suicide bombers struck the embassy in Beirut on Tuesday. An Al Qaeda-linked group, the "
     "Abdullah Azzam Brigades, claimed responsibility for the attack.",
     "responsibility for the attack", "Abdullah Azzam Brigades"),
    # 'the official' is the official met before, a person of the body they speak for
    ("A Lebanese security official said the first attacker was on a motorcycle. The official "
     "said the second attacker was on foot.", "the second attacker",
     "A Lebanese security official"),
])
def test_a_description_takes_the_name_beside_it_and_points_back(pipeline, text, words, speaker):
    assert speaker_of(pipeline, text, words) == speaker


def test_a_speaker_against_a_group_is_not_that_group(pipeline):
    # after FA-KES (Syria, 2017): 'anti-ISIS' had made the network ISIS, and 'The network'
    # a second, unknown speaker
    text = ('A Raqqa-based anti-ISIS activist network said eight civilians were killed by the '
            'coalition airstrikes. The network said at least one airstrike targeted a group of '
            'ISIS members.')
    extraction = pipeline.extract(Document.from_text(text))
    actors = {actor.id: actor for actor in extraction.actors}
    first, second = (q.speaker.actor for q in extraction.quotes)
    assert actors[first].name == "A Raqqa-based anti-ISIS activist network"
    assert second == first


def test_a_sentence_adverb_before_the_speaker_is_not_part_of_it(pipeline):
    # FA-KES (SANA, 2016) prints its copy without commas: 'Earlier a source … said'
    text = ('Terrorists fired rocket shells on residential neighborhoods in Aleppo city.\n\n'
            'Earlier a source at Aleppo Police Command said that terrorist organizations '
            'positioned in some eastern neighborhoods fired rocket shells.')
    quote = pipeline.extract(Document.from_text(text)).quotes[0]
    assert quote.speaker.text == "a source at Aleppo Police Command"
    assert quote.source_type == "anonymous"


def test_a_relative_pronoun_does_not_speak_the_clause_it_hangs_on(pipeline):
    # after the Bloody Friday report and a Vox column (AllSides corpus, 2019): 'which seemed
    # to be' and 'who' had become speakers of the clause before them
    text = ('The Provisional IRA accepted responsibility for the bombings, which seemed to be '
            'aimed at civilians. Critics questioned whether fairness to the president, who '
            'would lack a forum to clear his name, mattered.')
    extraction = pipeline.extract(Document.from_text(text))
    for quote in extraction.quotes:
        if quote.speaker is not None and quote.speaker.text.split()[0] in {"which", "who"}:
            assert quote.span[0] >= quote.speaker.span[0]


class _ContentTagger:
    """A stand-in tagger that tags one content, from `start` to `end` of the text."""

    trust_inner = False

    def __init__(self, text: str, start: str, end: str):
        self.span = (text.index(start), text.index(end) + len(end))

    def tag(self, doc, quoted):
        return {"SRC": [], "CUE": [], "CON": [self.span]}


def test_a_tagged_content_does_not_run_over_the_attribution_of_its_quote(pipeline):
    text = ("“That’s right, Donald, USA,” Melanie said to the Republican nominee, who began "
            "his speech by thanking the crowd.\n\nThe rally ended at ten.")
    tagger = _ContentTagger(text, "“That’s right", "thanking the crowd")
    assert "“That’s right, Donald, USA,”" in _quotes_with(pipeline, text, tagger)


def test_a_tagged_content_does_not_reach_into_the_next_sentence(pipeline):
    text = ("The mine's new owner said he expected to sell its coal for at least $50 a ton. "
            "Recent shipments have sold for just above $40 a ton.\n\nThe mine employs 400.")
    tagger = _ContentTagger(text, "he expected", "$40 a ton")
    quotes = _quotes_with(pipeline, text, tagger)
    assert "he expected to sell its coal for at least $50 a ton" in quotes
    assert not any("Recent shipments" in quote for quote in quotes)


def test_a_tagged_content_still_widens_a_claim_within_its_sentence(pipeline):
    text = ("The port agent said the ferries would sail on Friday, weather permitting, "
            "from the north quay.\n\nShops were shut.")
    tagger = _ContentTagger(text, "the ferries", "north quay")
    assert "the ferries would sail on Friday, weather permitting, from the north quay" in \
        _quotes_with(pipeline, text, tagger)


def test_the_subject_of_a_raising_verb_is_part_of_the_content_not_the_speaker(pipeline):
    extraction = pipeline.extract(Document.from_text(
        "Melania Trump seems to have vanished from the campaign trail.\n\n"
        "The president's veto is expected to come before the deadline on Friday."))
    by_text = {q.text: q for q in extraction.quotes}
    assert "Melania Trump seems to have vanished from the campaign trail" in by_text
    assert by_text["Melania Trump seems to have vanished from the campaign trail"].speaker is None
    assert "The president's veto is expected to come before the deadline on Friday" in by_text


def test_an_expletive_subject_stays_out_of_a_raised_content(pipeline):
    text = "The ceasefire held overnight.\n\nIt appears to be over."
    assert not any(q.startswith("It") for q in _quotes_with(pipeline, text))


def test_an_object_with_its_own_predicate_is_content_together_with_it(pipeline):
    text = ("The mayor called the new toll a tax on the poor.\n\n"
            "The union urged its members to reject the offer.\n\n"
            "The minister shrugged off the report, telling reporters it was old news.")
    quotes = _quotes_with(pipeline, text)
    assert "the new toll a tax on the poor" in quotes
    assert "its members to reject the offer" in quotes
    assert "the report" in quotes  # the predicate after the comma is not the object's


def test_the_object_of_an_infinitive_cue_opens_its_content(pipeline):
    text = ("The envoy has encouraged European nations to bolster defence spending.\n\n"
            "The mayor urged residents to leave the coast and to stay with relatives.")
    quotes = _quotes_with(pipeline, text)
    assert "European nations to bolster defence spending" in quotes
    assert "residents to leave the coast and to stay with relatives" in quotes


def test_a_cue_inside_a_tagged_content_is_no_second_claim_of_it(pipeline):
    """The tagger draws the outer content of 'X said that Y claimed Z' over the inner cue;
    the inner claim, left with that same content, is no attribution of its own."""
    from sitrep.extract.quotes import QuoteExtractor

    text = ("The mayor said that the contractor claimed the bridge was safe.\n\n"
            "Traffic was light on Tuesday.")
    extractor = QuoteExtractor()
    extractor.tagger = _ContentTagger(text, "that the contractor", "was safe")
    quotes = extractor(pipeline.nlp(text), Document.from_text(text), {})["quotes"]
    outer = [q for q in quotes if q.text == "that the contractor claimed the bridge was safe"]
    assert [q.cue.text for q in outer] == ["said"]


def test_an_object_complement_keeps_the_closing_mark_of_its_quote(pipeline):
    text = ("Clapper called the Muslim Brotherhood “largely secular” in a hearing.\n\n"
            "The hearing ended at noon.")
    assert "the Muslim Brotherhood “largely secular”" in _quotes_with(pipeline, text)


def test_a_trailing_participle_is_said_by_the_reporter_not_the_reported_subject(pipeline):
    # PolNeAR dev (2016): the parser hangs ', citing…' on the reported clause, whose subject
    # had become the speaker ('geopolitical factors', 'he', 'she')
    text = ("Foreign policy analysts said geopolitical factors have contributed to elevating "
            "Burma's bipartisan appeal, noting that the country borders China.\n\n"
            "Sen. David Perdue said he didn't believe those characterizations hurt "
            "Romney in 2012, arguing that divisions in the party were a bigger hurdle.")
    extraction = pipeline.extract(Document.from_text(text))
    assert quote_containing(extraction, "borders China").speaker.text == \
        "Foreign policy analysts"
    assert quote_containing(extraction, "divisions in the party").speaker.text == \
        "Sen. David Perdue"


def test_a_participle_aside_is_not_part_of_the_speaker_but_speaks_for_it(pipeline):
    # PolNeAR leaves ', speaking at…,' out of the source (32 of 37 on train)
    text = ("Marco Rubio, speaking at a rally in his hometown of Miami, said the party must "
            "unite behind one candidate.\n\nJosh Earnest, the White House press secretary, "
            "echoing comments by the president, said the bill was dead.")
    extraction = pipeline.extract(Document.from_text(text))
    assert quote_containing(extraction, "must unite").speaker.text == "Marco Rubio"
    assert quote_containing(extraction, "comments by the president").speaker.text == \
        "Josh Earnest, the White House press secretary,"


def test_a_relative_clause_that_reports_is_a_claim_of_its_own_not_the_speaker(pipeline):
    text = ("''Closing loopholes for the wealthy inevitably involves a certain amount of "
            "administration,'' said Mr. Kamin, who emphasized that her proposals would simplify "
            "returns for small businesses.")
    extraction = pipeline.extract(Document.from_text(text))
    assert quote_containing(extraction, "Closing loopholes").speaker.text == "Mr. Kamin"
    assert quote_containing(extraction, "simplify returns").speaker.text == "who"


class _SourceTagger:
    """A stand-in tagger that tags one source, `words`, and nothing else."""

    trust_inner = False

    def __init__(self, text: str, words: str):
        self.span = (text.index(words), text.index(words) + len(words))

    def tag(self, doc, quoted):
        return {"SRC": [self.span], "CUE": [], "CON": []}


def test_a_claim_the_parse_gives_no_speaker_takes_the_tagged_source_of_its_sentence(pipeline):
    # PolNeAR dev (2016): the parser hangs 'opposing' on 'papers', so the rules find no
    # subject; the CRF tags the lawyers as the source
    from sitrep.extract.quotes import QuoteExtractor

    text = ("Earlier this month, lawyers for both Donald and Ivana Trump filed legal papers "
            "opposing the unsealing.\n\nThe judge will rule on Friday.")
    extractor = QuoteExtractor()
    extractor.tagger = _SourceTagger(text, "lawyers for both Donald and Ivana Trump")
    quotes = extractor(pipeline.nlp(text), Document.from_text(text), {})["quotes"]
    opposing = next(q for q in quotes if q.cue is not None and q.cue.text == "opposing")
    assert opposing.speaker.text == "lawyers for both Donald and Ivana Trump"


class _CueTagger:
    """A stand-in tagger that tags one cue and one content, by their words."""

    trust_inner = False

    def __init__(self, text: str, cue: str, content: str):
        self.cue = (text.index(cue), text.index(cue) + len(cue))
        self.content = (text.index(content), text.index(content) + len(content))

    def tag(self, doc, quoted):
        return {"SRC": [], "CUE": [self.cue], "CON": [self.content]}


def test_a_raising_verb_before_a_saying_of_its_own_leaves_the_subject_the_speaker(pipeline):
    # PolNeAR train gives a cue 'seemed to blame' its subject as source 30 times in 32, while
    # 'Melania seems to have vanished' has none
    from sitrep.extract.quotes import QuoteExtractor

    text = ("Donald Trump is drawing criticism after he appeared to suggest that veterans who "
            "suffer from PTSD might not be as strong as those who don't.")
    extractor = QuoteExtractor()
    extractor.tagger = _CueTagger(text, "appeared to suggest", "that veterans who suffer")
    quotes = extractor(pipeline.nlp(text), Document.from_text(text), {})["quotes"]
    suggest = next(q for q in quotes if q.text.startswith("that veterans"))
    assert suggest.speaker is not None and suggest.speaker.text == "he"


def test_a_tagged_source_with_a_verb_inside_is_no_speaker(pipeline):
    # a CNN gallery caption run into the copy ('Photos: Turkey-Syria border: Russian warplane
    # crashes Turkey's semi-official Anadolu Agency cites…') is no one's name
    from sitrep.extract.quotes import QuoteExtractor

    text = ("Earlier this month, lawyers for both Donald and Ivana Trump filed legal papers "
            "opposing the unsealing.\n\nThe judge will rule on Friday.")
    extractor = QuoteExtractor()
    extractor.tagger = _SourceTagger(text, "lawyers for both Donald and Ivana Trump filed")
    quotes = extractor(pipeline.nlp(text), Document.from_text(text), {})["quotes"]
    opposing = next(q for q in quotes if q.cue is not None and q.cue.text == "opposing")
    assert opposing.speaker is None


def test_a_finite_verb_coordinated_with_an_infinitive_goes_with_the_reporter(pipeline):
    # PolNeAR dev (2016): 'suggested' hangs on 'declare' after 'would', so 'the country' had
    # become the one suggesting
    text = ("British Prime Minister Theresa May said this week that the country would formally "
            "declare its intention to break with the E.U. by the end of March and suggested "
            "that it would withdraw from the single market.")
    extraction = pipeline.extract(Document.from_text(text))
    suggested = next(q for q in extraction.quotes if q.text.startswith("that it would withdraw"))
    assert suggested.speaker.text == "British Prime Minister Theresa May"


# --- verb + preposition cues (data/cue_verb_preps_learned.tsv) -------------------------------

def test_a_verb_and_preposition_cue_makes_a_claim_about_its_object(pipeline):
    # 'rail against', 'warn of', 'call for': marked as cues in most of their train occurrences,
    # with the content at the preposition's object; no clause, object or infinitive to read
    text = ("The senator railed against the trade agreement at a rally in Ohio on Tuesday.\n\n"
            "Local officials warned of flooding along the river.")
    extraction = pipeline.extract(Document.from_text(text))
    railed = quote_containing(extraction, "the trade agreement")
    assert (railed.text, railed.cue.text, railed.speaker.text) == \
        ("the trade agreement", "railed against", "The senator")
    warned = quote_containing(extraction, "flooding")
    assert (warned.text, warned.cue.text) == ("flooding along the river", "warned of")


def test_a_topic_cue_stops_at_an_apposition_set_off_by_a_comma(pipeline):
    text = ("The governor has railed against the Trans-Pacific Partnership, the 12-country "
            "trade deal the administration negotiated last year.")
    assert "the Trans-Pacific Partnership" in _quotes_with(pipeline, text)


def test_a_quote_broken_by_its_attribution_stays_whole_around_a_topic(pipeline):
    # 'speaking of politicians' has a claim of its own, but ends no quote
    text = ('"These guys know how to use words," said Sherman, speaking of politicians, '
            '"and they use them well."\n\nThe meeting ended at noon.')
    texts = _quotes_with(pipeline, text)
    assert "politicians" in texts
    assert '"These guys know how to use words," said Sherman, speaking of politicians, ' \
        '"and they use them well."' in texts


# --- the rarer learned cues (data/cue_verbs_learned_rare.tsv) ------------------------------------

def test_a_rare_learned_cue_verb_makes_a_claim_of_its_clause_or_object(pipeline):
    # 'lament that', 'bemoan X': seen 3 or 4 times on train, below cue_verbs_learned.tsv's
    # count, but marked as cues every time with the content at the clause or the object
    text = ("The mayor lamented that the city had lost its biggest employer to a rival state.\n\n"
            "Rubio bemoaned the current political climate in Washington.")
    extraction = pipeline.extract(Document.from_text(text))
    lamented = quote_containing(extraction, "the city had lost")
    assert (lamented.text, lamented.cue.text, lamented.speaker.text) == (
        "that the city had lost its biggest employer to a rival state", "lamented", "The mayor")
    bemoaned = quote_containing(extraction, "political climate")
    assert (bemoaned.text, bemoaned.cue.text) == (
        "the current political climate in Washington", "bemoaned")

# --- the speaker's span: words the parser hangs on it that are not who speaks ------------------

def _speaker_spans(pipeline, text: str) -> list[str]:
    extraction = pipeline.extract(Document.from_text(text))
    return [q.speaker.text for q in extraction.quotes if q.speaker is not None]


def test_a_speaker_stops_at_its_verb_when_an_apposition_hangs_across_it(pipeline):
    # the parser hangs ', another example of…' on the subject, past the verb and its object
    text = ("A union representing flight attendants endorsed Hillary Clinton for president on "
            "Thursday, another example of organized labor throwing its support behind the "
            "nominee.")
    assert _speaker_spans(pipeline, text) == ["A union representing flight attendants"]


def test_a_time_hung_on_the_speaker_is_not_part_of_it(pipeline):
    # 'on Thursday', 'in 2001': when they spoke, not who they are
    text = ("Mexico kept its cool for a while, though an arbitration panel in 2001 found the "
            "United States was in breach of the agreement.\n\n"
            "The bureau's director, James B. Comey, on Monday said the inquiry was over.")
    assert _speaker_spans(pipeline, text) == [
        "an arbitration panel", "The bureau's director, James B. Comey,"]


def test_a_leading_even_is_not_part_of_the_speaker(pipeline):
    # PolNeAR leaves 'Even' out of the source 14 times in 17 on train
    text = "Even China, Pyongyang's only ally, said it was resolutely opposed to the test."
    extraction = pipeline.extract(Document.from_text(text))
    assert quote_containing(extraction, "resolutely opposed").speaker.text == \
        "China, Pyongyang's only ally,"


def test_a_speaker_closes_the_dash_aside_and_the_quoted_title_it_opened(pipeline):
    # the parser hangs the closing dash or quotation mark on the verb; annotators close them
    text = ("Jason Sims — a teacher from Mount Pleasant — says he made a last-minute decision "
            "to vote.\n\n"
            "Joe Scarborough, host of MSNBC’s “Morning Joe,” suggested the debate was rigged.")
    assert _speaker_spans(pipeline, text) == [
        "Jason Sims — a teacher from Mount Pleasant —",
        "Joe Scarborough, host of MSNBC’s “Morning Joe,”"]


def test_a_relative_word_before_the_speaker_of_its_clause_is_not_the_speaker(pipeline):
    # 'which' is the subject of what they say, hung on 'say' beside 'they'
    text = ("Republicans blamed the administration's drawdown of troops in Iraq, which they say "
            "left a vacuum for terrorist activity to grow.")
    extraction = pipeline.extract(Document.from_text(text))
    assert quote_containing(extraction, "left a vacuum").speaker.text == "they"


def test_a_list_bullet_glued_to_the_name_is_not_part_of_the_speaker(pipeline):
    # a round-up of links: the tokenizer keeps '-Nate' as one word
    text = ("Polls closed in Iowa on Monday night. [WashPost.]\n\n-Nate Cohn explains why the "
            "Iowa outcome differed from polling averages. [Medium.]")
    assert _speaker_spans(pipeline, text) == ["Nate Cohn"]


def test_a_clause_after_a_comma_is_no_speaker_the_parser_lost(pipeline):
    # 'comment' hangs on 'declined': the words after the comma are a clause, not a speaker
    text = ("Adelson has not endorsed anyone in the race, and his spokesman declined to "
            "comment.")
    assert all(not s.startswith("and") for s in _speaker_spans(pipeline, text))


def test_a_heading_before_a_colon_is_not_the_subject(pipeline):
    # AP's 'The Latest: …' headlines: the parser gives the verb two subjects
    text = ("The Latest: Trump urges supporters to monitor polling places.\n\n"
            "WASHINGTON (AP) — The Latest on the U.S. presidential race (all times EDT):")
    assert _speaker_spans(pipeline, text) == ["Trump"]


def test_a_time_left_out_of_an_according_to_source_is_no_content_either(pipeline):
    text = ("According to a YouGov survey in January, only 1 in 10 Britons believes that "
            "politicians want to do what is best for the country.")
    extraction = pipeline.extract(Document.from_text(text))
    quote = quote_containing(extraction, "only 1 in 10")
    assert (quote.speaker.text, quote.text[:12]) == ("a YouGov survey", "only 1 in 10")


def test_a_name_the_parser_hangs_before_its_verb_is_the_subject_it_lost(pipeline):
    # the parser makes 'Reid' a conjunct of 'Nevada' and leaves 'said' with no subject
    text = ("Alarmed by the unrest in Nevada, Senator Harry Reid, the minority leader, said that "
            "he spoke with Mr. Sanders on Tuesday and urged him to act.")
    extraction = pipeline.extract(Document.from_text(text))
    assert quote_containing(extraction, "he spoke with").speaker.text == \
        "Senator Harry Reid, the minority leader,"


def test_names_coordinated_after_a_fronted_phrase_are_the_subject_the_parser_lost(pipeline):
    # the parser makes 'Obama' a conjunct of 'war' and 'Clinton' a conjunct of 'Obama'
    text = ("As part of the second front of the radical Islamic terror war, Obama and Clinton "
            "call them \"lone wolves\" and describe the attacks as crimes.")
    extraction = pipeline.extract(Document.from_text(text))
    assert quote_containing(extraction, "lone wolves").speaker.text == "Obama and Clinton"


def test_the_medium_a_named_speaker_spoke_in_is_not_part_of_it(pipeline):
    # 'in his speech', 'via email' hung on the name after an inverted 'said'
    text = ("“We will build a great wall,” said Trump in his announcement speech.\n\n"
            "“Russia is a threat to our allies,” said James Lewis, an expert at the Center for "
            "Strategic and International Studies, via email.")
    assert _speaker_spans(pipeline, text) == [
        "Trump", "James Lewis, an expert at the Center for Strategic and International Studies,"]


def test_a_relative_clause_inside_a_quotation_stays_in_the_content(pipeline):
    """The parser hangs the closing mark on the main verb, so the relative clause's subtree
    holds no mark; the comma is still inside the quotation (quotes pass 19)."""
    text = ("Trump said Germany “will now purchase massive amounts of LNG, which is great news "
            "for your state.” He did not elaborate.")
    assert "Germany “will now purchase massive amounts of LNG, which is great news for your " \
        "state.”" in _quotes_with(pipeline, text)


def test_a_tagged_content_stops_before_a_verb_conjoined_to_its_cue(pipeline):
    text = ("The senator praised the governor's work on the budget but also had to give him "
            "more time to pay back the loan.\n\nThe session ended at noon.")
    tagger = _ContentTagger(text, "the governor's", "the loan")
    assert "the governor's work on the budget" in _quotes_with(pipeline, text, tagger)


def test_a_tagged_content_stops_before_a_participle_sharing_the_cues_auxiliary(pipeline):
    """'has promised a veto and attempted…' (PolNeAR dev): the bare participle after the object
    shares the cue's 'has', so it is the speaker's next act, not what was promised."""
    text = ("However, over the past few days, the Obama administration has promised a veto and "
            "attempted to make the case to members of both parties that the bill is a bad idea."
            "\n\nThe vote is next week.")
    tagger = _ContentTagger(text, "a veto", "a bad idea")
    assert "a veto" in _quotes_with(pipeline, text, tagger)


def test_a_tagged_content_stops_before_a_saying_verb_conjoined_to_its_own_verb(pipeline):
    """The parser hangs the speaker's next saying on the content's verb ('…have given his
    campaign momentum and said that…', PolNeAR train style): a claim of its own, cut off."""
    text = ("Sanders said his recent attacks on the senator have given his campaign momentum "
            "and said that the senator did not represent the party of working people.\n\n"
            "The rally ended at noon.")
    tagger = _ContentTagger(text, "his recent", "working people")
    assert "his recent attacks on the senator have given his campaign momentum" in \
        _quotes_with(pipeline, text, tagger)
    text = ("The mayor says he respects the governor and calls her “an extremely capable "
            "manager.”\n\nThe budget is due in May.")
    tagger = _ContentTagger(text, "he respects", "manager.”")
    assert "he respects the governor" in _quotes_with(pipeline, text, tagger)


def test_a_feeling_verb_or_an_inner_saying_conjoined_to_the_contents_verb_stays_in_it(pipeline):
    """'was elated but still feared the military' (PolNeAR train): a verb of feeling after the
    content's own is as often still what the speaker said of themself; and a saying conjoined
    to a content that is itself a saying goes on with the inner speaker. The content keeps
    both."""
    text = ("The teacher said she was elated by the vote but still feared the military.\n\n"
            "Polls closed at six.")
    tagger = _ContentTagger(text, "she was", "the military")
    assert "she was elated by the vote but still feared the military" in \
        _quotes_with(pipeline, text, tagger)
    text = ("The aide said the senator has criticized the governor for the delays and called "
            "her “weak.”\n\nThe session ended at noon.")
    tagger = _ContentTagger(text, "the senator", "“weak.”")
    assert "the senator has criticized the governor for the delays and called her “weak.”" in \
        _quotes_with(pipeline, text, tagger)


class _CuesTagger:
    """A stand-in tagger that tags the cues `cues` and one content, by their words."""

    trust_inner = False

    def __init__(self, text: str, cues: list[str], content: str):
        self.cues = [(text.index(cue), text.index(cue) + len(cue)) for cue in cues]
        self.content = (text.index(content), text.index(content) + len(content))

    def tag(self, doc, quoted):
        return {"SRC": [], "CUE": self.cues, "CON": [self.content]}


def test_a_tagged_claim_of_a_conjoined_cue_over_the_whole_conjunction_keeps_its_own_part(pipeline):
    """The tagger's claim of 'formally agreed' with the whole conjunction as its content (news,
    AllSides): the part before 'and' is the claim of 'has pleaded guilty to', cut there; the
    'agreed' claim keeps its own infinitive, not a content with its cue inside it."""
    from sitrep.extract.quotes import QuoteExtractor

    text = ("Cohen has pleaded guilty to several federal crimes in New York and formally agreed "
            "last week to cooperate with Mueller, reportedly sitting for interviews with the "
            "special counsel’s office that have totaled 70 hours.\n\nThe memo is due Friday.")
    extractor = QuoteExtractor()
    conjunction = text[text.index("several"):text.index(" 70 hours") + len(" 70 hours")]
    extractor.tagger = _CuesTagger(text, ["has pleaded guilty to", "formally agreed"], conjunction)
    quotes = extractor(pipeline.nlp(text), Document.from_text(text), {})["quotes"]
    assert sorted((q.cue.text, q.text) for q in quotes) == [
        ("formally agreed", "to cooperate with Mueller"),
        ("has pleaded guilty to", "several federal crimes in New York")]


def test_a_tagged_claim_of_a_conjoined_cue_with_no_complement_of_its_own_goes(pipeline):
    """'chastised Clinton for use of the server but did not recommend prosecution' (PolNeAR
    dev): a tagged claim of 'did not recommend' over the whole conjunction reports nothing of
    its own; it was the other cue's content read too far."""
    from sitrep.extract.quotes import QuoteExtractor

    text = ("The FBI director chastised Clinton for use of the server but did not recommend "
            "prosecution.\n\nThe hearing is on Monday.")
    extractor = QuoteExtractor()
    conjunction = text[text.index("Clinton"):text.index(" prosecution") + len(" prosecution")]
    extractor.tagger = _CuesTagger(text, ["chastised", "did not recommend"], conjunction)
    quotes = extractor(pipeline.nlp(text), Document.from_text(text), {})["quotes"]
    assert not any(q.cue is not None and q.cue.text == "did not recommend" for q in quotes)


def test_a_tagged_claim_of_a_conjoined_cue_keeps_its_own_reported_clause(pipeline):
    """'recognized the men … and told authorities he'd driven…' (news, AllSides), read by the
    tagger as one content: what 'told' reports is its own clause, not the other cue's object."""
    from sitrep.extract.quotes import QuoteExtractor

    text = ("The driver recognized the men shown in surveillance footage and told authorities "
            "he'd driven the men to the airport before the attacks.\n\nThe airport is closed.")
    extractor = QuoteExtractor()
    conjunction = text[text.index("the men"):text.index(" the attacks") + len(" the attacks")]
    extractor.tagger = _CuesTagger(text, ["recognized", "told"], conjunction)
    quotes = extractor(pipeline.nlp(text), Document.from_text(text), {})["quotes"]
    assert sorted((q.cue.text, q.text) for q in quotes) == [
        ("recognized", "the men shown in surveillance footage"),
        ("told", "he'd driven the men to the airport before the attacks")]


def test_a_tagged_content_keeps_a_conjoined_infinitive_of_its_own(pipeline):
    """'pledged to triple X, grow Y and create Z': infinitives hung on the cue by the parser
    are the content's, not the speaker's next act."""
    text = ("The candidate pledged to triple the size of the program, grow the volunteer corps "
            "and create a new reserve.\n\nThe crowd cheered.")
    tagger = _ContentTagger(text, "to triple", "new reserve")
    assert "to triple the size of the program, grow the volunteer corps and create a new " \
        "reserve" in _quotes_with(pipeline, text, tagger)


def test_a_quote_broken_by_a_long_attribution_sentence_is_one_quote(pipeline):
    text = ("''This isn't tax reform,'' said Douglas Holtz-Eakin, an economist who served as "
            "director of the Congressional Budget Office and is now president of the American "
            "Action Forum, a conservative advocacy group. ''It's anti-reform.''\n\n"
            "The plan was published in May.")
    quotes = _quotes_with(pipeline, text)
    assert any(q.startswith("''This isn't tax reform,''") and q.endswith("''It's anti-reform.''")
               for q in quotes)


def test_quotes_with_narration_between_them_stay_apart(pipeline):
    """A long gap joins two quotes only when it is one attribution sentence."""
    text = ("''We will not leave,'' said Tom John, chairman of the district organization. "
            "John is running for the state senate this year against two other members of the "
            "county board in the north. ''It is our home.''\n\n"
            "The vote is in May.")
    quotes = _quotes_with(pipeline, text)
    assert "''We will not leave,''" in quotes
    assert "''It is our home.''" in quotes


def test_a_quote_the_tagger_cut_out_of_a_reported_clause_is_joined_to_its_rest(pipeline):
    """The rules read 'As for X, ''…,'' said Mr. Pike' as a reported clause; the tagger cuts it
    down to the quote, which then is one quote with the one after its attribution."""
    text = ("As for Mr. Trump's more extreme pronouncements, ''I kind of write them off,'' said "
            "Mr. Pike, who sold a software start-up. ''He's more of a moderate than his words.''"
            "\n\nEarlier in the primaries, Mr. Trump suggested boycotting Apple.")
    tagger = _ContentTagger(text, "''I kind", "off,''")
    assert "''I kind of write them off,'' said Mr. Pike, who sold a software start-up. ''He's " \
        "more of a moderate than his words.''" in _quotes_with(pipeline, text, tagger)


def _cue_of(pipeline, text: str, words: str) -> str | None:
    quote = quote_containing(pipeline.extract(Document.from_text(text)), words)
    return quote.cue.text if quote.cue else None


@pytest.mark.parametrize("text, words, cue", [
    # a particle or an adverb right after the cue verb is part of the cue, as annotators mark it
    ("The mayor shrugged off concerns that the bridge would close.", "the bridge", "shrugged off"),
    ('"Who would believe that?" the senator asked rhetorically at the hearing.',
     "Who would believe", "asked rhetorically"),
    ("The governor said repeatedly that the budget would balance.", "the budget",
     "said repeatedly"),
    # a 'when' that opens the clause is not
    ("When asked about the vote, she said that the party would win.", "the party", "said"),
])
def test_a_cue_takes_the_particle_or_adverb_right_after_its_verb(pipeline, text, words, cue):
    assert _cue_of(pipeline, text, words) == cue


def test_a_tagged_cue_loses_the_when_that_opens_its_clause(pipeline):
    from sitrep.extract.quotes import QuoteExtractor

    text = ("The senator, when asked whether the bill would pass, said nothing.\n\n"
            "The vote is on Monday.")
    extractor = QuoteExtractor()
    extractor.tagger = _CueTagger(text, "when asked", "whether the bill would pass")
    quotes = extractor(pipeline.nlp(text), Document.from_text(text), {})["quotes"]
    asked = next(q for q in quotes if q.text == "whether the bill would pass")
    assert asked.cue.text == "asked"


def test_a_tagged_cue_reports_a_content_that_holds_a_claim_of_its_own(pipeline):
    # the rules find only the inner 'don't want' (a stance verb inside the clause); the tagger's
    # 'know' reports the whole clause, so it is a claim of its own, not a cue lost because
    # its content was taken (PolNeAR train: 146 gold cues gained, 37 lost)
    from sitrep.extract.quotes import QuoteExtractor

    text = ("Mr. Trump, I have a deal for you. I know your tax returns are being audited, and "
            "you don't want to give the Internal Revenue Service any more ammunition.")
    content = ("your tax returns are being audited, and you don't want to give the Internal "
               "Revenue Service any more ammunition")
    extractor = QuoteExtractor()
    extractor.tagger = _CueTagger(text, "know", content)
    quotes = extractor(pipeline.nlp(text), Document.from_text(text), {})["quotes"]
    know = [q for q in quotes if q.cue is not None and q.cue.text == "know"]
    assert [(q.text, q.speaker.text) for q in know] == [(content, "I")]


def test_a_tagged_content_run_on_into_the_next_sentence_stops_at_the_cues_sentence(pipeline):
    # the tagger reads a paragraph at a time and runs the content of 'still believes' on over
    # the quote after it; the quote keeps its own claim and the cue gets its sentence
    from sitrep.extract.quotes import QuoteExtractor

    text = ("One month after endorsing him, Marco Rubio still believes that the nominee is "
            "unfit to be commander-in-chief. “I stand by everything I said,” he told reporters.")
    extractor = QuoteExtractor()
    extractor.tagger = _CueTagger(text, "still believes",
                                  "that the nominee is unfit to be commander-in-chief. “I stand "
                                  "by everything I said,”")
    quotes = extractor(pipeline.nlp(text), Document.from_text(text), {})["quotes"]
    believes = [q.text for q in quotes if q.cue is not None and q.cue.text == "still believes"]
    assert believes == ["that the nominee is unfit to be commander-in-chief"]


def test_a_tagged_content_is_not_cut_where_the_parser_ends_a_sentence_without_a_full_stop(pipeline):
    # the segmenter ends a sentence after '1.3-billion-person'; the clause runs on past it
    from sitrep.extract.quotes import QuoteExtractor

    text = ("Everyone knew that China violated almost every aspect of world commerce. Everyone "
            "knew that 1.3-billion-person China was a neo-imperialist Communist dictatorship "
            "that was headed on an announced trajectory of world hegemony. Obama in particular "
            "thought otherwise.")
    content = ("that 1.3-billion-person China was a neo-imperialist Communist dictatorship that "
               "was headed on an announced trajectory of world hegemony")
    second_knew = text.index("knew", text.index("Everyone", 10))
    extractor = QuoteExtractor()
    extractor.tagger = _CueTagger(text, "knew that 1.3", content)
    extractor.tagger.cue = (second_knew, second_knew + len("knew"))
    quotes = extractor(pipeline.nlp(text), Document.from_text(text), {})["quotes"]
    knew = [q.text for q in quotes if q.cue is not None and q.cue.span[0] == second_knew]
    assert knew == [content]


def test_a_tagged_content_is_not_cut_inside_a_quotation(pipeline):
    # the segmenter ends a sentence inside the first quote; cut there, the tagged ':' took that
    # quote alone and gave it, and the next one, the heading 'BREAKING' as speaker
    from sitrep.extract.quotes import QuoteExtractor

    text = ("BREAKING: @Project_Veritas INFILTRATED ANTIFA “Practice things like an eye gouge. "
            "It takes very little pressure to injure someone’s eyes.” “It’s not boxing, it’s "
            "like destroying your enemy.” #EXPOSEANTIFA\n\nThe group did not respond.")
    extractor = QuoteExtractor()
    extractor.tagger = _CueTagger(text, ":", "@Project_Veritas INFILTRATED ANTIFA “Practice "
                                  "things like an eye gouge. It takes very little pressure to "
                                  "injure someone’s eyes.” “It’s not boxing, it’s like destroying "
                                  "your enemy.”")
    quotes = extractor(pipeline.nlp(text), Document.from_text(text), {})["quotes"]
    practice = next(q for q in quotes if q.text.startswith("“Practice"))
    assert practice.cue is None


# --- cue nouns ---------------------------------------------------------------------------------

def test_a_cue_noun_with_a_possessor_reports_the_clause_hung_on_it(pipeline):
    # 'claim' is no verb: neither the rules nor the tagger made it a cue
    text = ("The fact-checkers looked closely at Donald Trump's claim that crime in Chicago had "
            "doubled since January. Police figures do not show it.")
    claims = _claims(pipeline, text)
    assert ("Donald Trump's", "claim", "that crime in Chicago had doubled since January") in claims


def test_a_cue_noun_takes_its_modifiers_and_a_to_infinitive(pipeline):
    text = ("Analysts pointed to the governor's repeated promise to cut property taxes by a "
            "third. The budget office has not scored the plan.")
    claims = _claims(pipeline, text)
    assert ("the governor's", "repeated promise", "to cut property taxes by a third") in claims


def test_a_cue_noun_inside_a_quotation_is_the_speakers_words(pipeline):
    text = ("“Nobody believes his claim that the border is closed,” the senator said on "
            "Tuesday.")
    claims = _claims(pipeline, text)
    assert not any(cue == "claim" for _, cue, _ in claims)


@pytest.mark.parametrize("text, words, speaker", [
    ("The talks in Brussels were delayed again.\n\n"
     "12:21pm – Rutte says the Netherlands should stay as close as possible to Germany\n\n"
     "12:18 – Scholz says goodbye.", "the Netherlands should stay", "Rutte"),
    ("Rescue teams worked through the night.\n\n"
     "Update: 9:15PM EDT: Reporter Anna Lind has posted a video of the harbour on Twitter.\n\n",
     "a video of the harbour", "Reporter Anna Lind"),
    ("Firefighters held the line overnight.\n\n"
     "Update: 10:40PM MST: Reporter Dana Holt says the evacuation order for Malibu has been "
     "lifted.\n\n", "the evacuation order", "Reporter Dana Holt"),
    ("The polls moved again this week.\n\nRED STATES OUTNUMBER BLUE STATES - Jeffrey M. Jones "
     "writes that the number of states leaning Republican grew.", "the number of states",
     "Jeffrey M. Jones"),
    ("Supporters wore red.\n\nT-shirts at the rally proclaimed that Sanders would win the "
     "state.", "Sanders would win", "T-shirts at the rally"),
    ("BREAKING Police say the driver of the truck has been arrested near the station\n\n"
     "More follows.", "the driver of the truck", "Police"),
])
def test_a_live_blog_time_stamp_or_page_label_opening_the_line_is_not_the_speaker(
        pipeline, text, words, speaker):
    extraction = pipeline.extract(Document.from_text(text))
    assert quote_containing(extraction, words).speaker.text == speaker


def test_an_embedded_tweets_handle_and_date_are_not_its_signers_name(pipeline):
    text = ("Reactions came quickly on social media.\n\n"
            "The minister repeats that the border “will stay closed until further notice” "
            "— Maria Costa (@mariacosta) March 3, 2019\n\n"
            "Officials gave no further details.")
    claims = _claims(pipeline, text)
    assert any(speaker == "Maria Costa" and cue == "—" for speaker, cue, _ in claims)


def _parsed(words: list[str], heads: list[int], deps: list[str], pos: list[str]):
    """A Doc with the parse given, for rules that answer parses the model gives only on some
    sentences (heads are absolute token indices)."""
    from spacy.tokens import Doc
    from sitrep.nlp import load_nlp
    spaces = [i + 1 < len(words) and words[i + 1] not in {",", "."} for i in range(len(words))]
    return Doc(load_nlp().vocab, words=words, spaces=spaces, heads=heads, deps=deps, pos=pos,
               sent_starts=[True] + [False] * (len(words) - 1))


def test_a_name_apposed_to_the_object_of_a_fronted_phrase_is_the_speaker():
    # The parser made 'the election' (object of 'until') the subject of 'called' and hung the
    # name on it as an apposition; a subject never follows a preposition directly.
    from sitrep.extract.speaker_phrases import noun_phrase
    words = ["With", "40", "days", "until", "the", "vote", ",", "Karen", "Finney", ",", "a",
             "senior", "adviser", ",", "called", "the", "ruling", "a", "mistake", "."]
    heads = [14, 2, 0, 2, 5, 14, 5, 8, 5, 8, 12, 12, 8, 5, 14, 16, 14, 18, 14, 14]
    deps = ["prep", "nummod", "pobj", "prep", "det", "nsubj", "punct", "compound", "appos",
            "punct", "det", "amod", "appos", "punct", "ROOT", "det", "dobj", "det", "oprd", "punct"]
    pos = ["ADP", "NUM", "NOUN", "ADP", "DET", "NOUN", "PUNCT", "PROPN", "PROPN", "PUNCT", "DET",
           "ADJ", "NOUN", "PUNCT", "VERB", "DET", "NOUN", "DET", "NOUN", "PUNCT"]
    doc = _parsed(words, heads, deps, pos)
    assert noun_phrase(doc[5], exclude=None).text == "Karen Finney, a senior adviser,"


def test_a_subject_after_a_subordinating_word_keeps_its_name():
    # 'after Warren Buffett, the investor, complained': the apposition names no one, so the
    # subject stays the name, also when the parser hangs 'after' as a preposition
    from sitrep.extract.speaker_phrases import noun_phrase
    words = ["The", "rule", "came", "after", "Warren", "Buffett", ",", "the", "investor", ",",
             "complained", "about", "taxes", "."]
    heads = [1, 2, 2, 2, 5, 10, 5, 8, 5, 5, 2, 10, 11, 2]
    deps = ["det", "nsubj", "ROOT", "prep", "compound", "nsubj", "punct", "det", "appos", "punct",
            "advcl", "prep", "pobj", "punct"]
    pos = ["DET", "NOUN", "VERB", "ADP", "PROPN", "PROPN", "PUNCT", "DET", "NOUN", "PUNCT", "VERB",
           "ADP", "NOUN", "PUNCT"]
    doc = _parsed(words, heads, deps, pos)
    assert noun_phrase(doc[5], exclude=None).text == "Warren Buffett, the investor,"


@pytest.mark.parametrize("text, words, speaker", [
    # a hyphen spaced on both sides closes the aside as a dash does
    ("But some liberal economists - including a minority of the Fed's own policy-making "
     "committee - argue that rates should stay low.", "rates should stay low",
     "some liberal economists - including a minority of the Fed's own policy-making "
     "committee -"),
    # a lone dash: the subject's side of it, not the clause before
    ("The mood among the lawmakers was predictable - Donald J. Trump said that the report was "
     "a hoax.", "The mood among the lawmakers", "Donald J. Trump"),
    # HuffPost's bar taken for the subject is no speaker
    ("Trump paid no federal income tax in the few years his tax returns were made public ― "
     "Trump boasted, “That makes me smart.”", "That makes me smart", "Trump"),
])
def test_a_dash_beside_the_speaker_closes_its_aside_or_ends_the_clause_before(
        pipeline, text, words, speaker):
    extraction = pipeline.extract(Document.from_text(text))
    assert quote_containing(extraction, words).speaker.text == speaker


def test_a_claim_in_a_relative_clause_runs_from_its_relative_word(pipeline):
    text = ("Miners are worried about the old pit, which the owner says he will keep open "
            "until the spring.\n\n"
            "Voters still do not know what the governor says his budget would do.\n\n"
            "The governor, who said the budget would pass, left early.")
    claims = _claims(pipeline, text)
    contents = {speaker: q for speaker, _, q in claims}
    # the relative word is the gap in what was said: the claim runs from it over the speaker
    assert contents["the owner"] == "which the owner says he will keep open until the spring"
    assert contents["the governor"] == "what the governor says his budget would do"
    # a relative word that is the cue's subject is the speaker, not part of the claim
    assert [q for _, cue, q in claims if cue == "said"] == ["the budget would pass"]


def test_the_subject_of_a_passive_cue_is_no_claim_without_what_is_said_of_it(pipeline):
    from sitrep.extract.content_edges import through_passive_complement

    doc = pipeline.nlp("Three city commissioners were charged with taking bribes from builders.\n\n"
                       "The purchase price was not disclosed by the company.")
    first, second = list(doc.sents)[0], [s for s in doc.sents if "price" in s.text][0]
    charged = next(t for t in first if t.text == "charged")
    disclosed = next(t for t in second if t.text == "disclosed")
    # what the passive says of its subject is the claim, from the subject on
    widened = through_passive_complement(doc[0:3], doc[charged.i - 1:charged.i + 2])
    assert widened.text == "Three city commissioners were charged with taking bribes from builders"
    # nothing after the passive but its agent: the subject stays the content
    subject = doc[second.start:second.start + 3]
    assert through_passive_complement(subject, doc[disclosed.i - 2:disclosed.i + 1]) is subject


def test_a_bare_relative_word_runs_on_to_what_the_cue_calls_it(pipeline):
    text = "The plan drew what the mayor called “a betrayal of the harbour workers.”"
    contents = [q for _, cue, q in _claims(pipeline, text) if cue == "called"]
    # 'what' alone says nothing: the claim is what the mayor called it, from the word on
    assert contents == ["what the mayor called “a betrayal of the harbour workers.”"]


@pytest.mark.parametrize("text, content, cue, speaker", [
    ("As Politico reported, the senator would win the primary if it were held today.",
     "the senator would win the primary if it were held today", "reported", "Politico"),
    ("The vote was never in doubt. It also does not answer whether Scott had a gun, as police "
     "have said.", "It also does not answer whether Scott had a gun", "have said", "police"),
    ("Mr. Trump's defeat won't necessarily derail his campaign, as some analysts have "
     "speculated.", "Mr. Trump's defeat won't necessarily derail his campaign",
     "have speculated", "some analysts"),
])
def test_an_as_clause_with_a_reporting_verb_attributes_the_clause_it_hangs_on(
        pipeline, text, content, cue, speaker):
    extraction = pipeline.extract(Document.from_text(text))
    quote = next(q for q in extraction.quotes if q.cue is not None and q.cue.text == cue)
    assert quote.text == content and quote.speaker.text == speaker


def test_an_as_clause_whose_verb_reports_something_of_its_own_attributes_nothing_else(pipeline):
    text = ("He proudly states that he pays no taxes as he complains about the lack of funding "
            "for schools.")
    extraction = pipeline.extract(Document.from_text(text))
    assert not any(q.cue is not None and "complains" in q.cue.text for q in extraction.quotes)


def test_an_as_clause_that_names_something_attributes_nothing(pipeline):
    text = ("The DF-31A is the front-line strategic missile of the Second Artillery Corps, as "
            "China's nuclear and conventional missile forces are called.")
    extraction = pipeline.extract(Document.from_text(text))
    assert not any(q.text.startswith("The DF-31A") for q in extraction.quotes)


def test_an_as_clause_of_a_reaction_attributes_nothing(pipeline):
    text = "Trump attacked the press again on Saturday, as the crowd cheered."
    extraction = pipeline.extract(Document.from_text(text))
    assert not any(q.cue is not None and "cheered" in q.cue.text for q in extraction.quotes)


@pytest.mark.parametrize("text, kept", [
    # PolNeAR dev sentences: the infinitive's claim goes, the finite verb's claim stays
    ("Adelson is joining forces with TD Ameritrade founder J. Joe Ricketts to help fund "
     "Future45, a super PAC that intends to hammer Democrat Hillary Clinton with negative ads, "
     "mailers and phone calls.", ["intends"]),
    ("He’s been dragged before a Senate subcommittee to defend his adulation of weight-loss "
     "supplements like those coffee beans.", []),
    ("The dispute centers on Ohio's removal of perhaps tens of thousands of voters from "
     "registration lists because they did not respond to queries seeking to confirm their "
     "address and have not cast a ballot since 2008.", ["seeking"]),
    ("Having a reality TV star-turned-presidential candidate rely on a TV doctor to discuss "
     "his well-being may be the least surprising development.", []),
])
def test_a_cue_in_the_to_infinitive_makes_no_claim(pipeline, text, kept):
    quotes = pipeline.extract(Document.from_text(text)).quotes
    assert [q.cue.text for q in quotes if q.cue] == kept


@pytest.mark.parametrize("text, kept", [
    # PolNeAR dev sentences: a cue in the imperative bids the reader, nobody in the text says it
    ("But the failure to comprehend the threats today is a clear dereliction of duty.\n\n"
     "Don't blame Bush.", []),
    ("Play fair or don't play, boys. Now tell us this isn't a witch hunt of the highest order!",
     []),
    ("If Donald Trump were a woman would you still vote for her? Seriously, please ask yourself "
     "that question. Or would you think she must be the worst woman? Perhaps go a step further, "
     "and ask would you vote for an African American or Hispanic, man or woman, who said and "
     "did the same things as  Trump.", []),
    # a subject or an auxiliary makes it no imperative: the claim stays
    ("They tell us this isn't a witch hunt of the highest order.", ["tell"]),
])
def test_a_cue_in_the_imperative_makes_no_claim(pipeline, text, kept):
    quotes = pipeline.extract(Document.from_text(text)).quotes
    assert [q.cue.text for q in quotes if q.cue] == kept


@pytest.mark.parametrize("text, cue, speaker", [
    # PolNeAR train sentences: a verb that makes the speech happen keeps the infinitive's claim,
    # and its object, not the cause, is the speaker
    ("The decisive victory led Republican National Committee Chairman Reince Priebus to "
     "declare him the presumptive nominee.", "to declare",
     "Republican National Committee Chairman Reince Priebus"),
    ("For someone who had aggressively defended Florida’s gay marriage ban, the shift in tone "
     "seemed so stark that it prompted Anderson Cooper to accuse Bondi of hypocrisy on air.",
     "to accuse", "Anderson Cooper"),
    ("The results of Tuesday's five Democratic presidential primaries will almost certainly "
     "force Sen. Bernie Sanders to acknowledge a hard reality -- it's time for Plan B.",
     "to acknowledge", "Sen. Bernie Sanders"),
])
def test_a_verb_that_makes_the_speech_happen_keeps_the_infinitive_claim(pipeline, text, cue,
                                                                        speaker):
    quotes = [q for q in pipeline.extract(Document.from_text(text)).quotes
              if q.cue is not None and q.cue.text == cue]
    assert [q.speaker.text for q in quotes if q.speaker] == [speaker]


@pytest.mark.parametrize("text, whole", [
    # PolNeAR train: a reported claim with quoted words, its attribution, and a quotation with
    # no cue of its own opening the next sentence are one content, as annotated
    ("The deal “looks out for the needs of Wall Street vulture funds first and foremost,” "
     "Sanders wrote. “That is unacceptable.”",
     "The deal “looks out for the needs of Wall Street vulture funds first and foremost,” "
     "Sanders wrote. “That is unacceptable.”"),
    ("Teachers are “looking to see who is on the Republican side of the ticket,” NEA President "
     "Lily Eskelsen García said. “That’s got to scare an educator.”",
     "Teachers are “looking to see who is on the Republican side of the ticket,” NEA President "
     "Lily Eskelsen García said. “That’s got to scare an educator.”"),
])
def test_a_reported_claim_and_the_quotation_after_its_attribution_are_one_content(
        pipeline, text, whole):
    assert [q.text for q in pipeline.extract(Document.from_text(text)).quotes] == [whole]


def test_a_quotation_inside_the_attribution_sentence_stays_the_cues_own(pipeline):
    text = ("On the same day that footage emerged of an individual at a Trump rally punching a "
            "protester, Mr. Trump said of the episode, ''I don't like it,'' but added that the "
            "protesters were disruptive.")
    quotes = pipeline.extract(Document.from_text(text)).quotes
    assert not any(q.text.startswith("On the same day") and "''I don't" in q.text
                   for q in quotes)


@pytest.mark.parametrize("text, cue, speaker", [
    # PolNeAR train: a quotation right after a colon is what the verb before the colon
    # introduces, a reporting verb or not; the cue runs through the colon, as annotated
    ("\"I'll go Green or I'll write in Bernie,\" she said. Then she added a caveat: \"Down the "
     "ballot, I'll vote for anyone who shares his values.\"", "added a caveat:", "she"),
    ("That is, when the CNBC moderators yielded to the snaky temptation of snark, Cruz called "
     "them on it:\n\n“The questions asked in this debate illustrate why the American people "
     "don’t trust the media.”", "called them on it:", "Cruz"),
    # PolNeAR dev
    ("On July 6, 2015, Sanders made the following comment:\n\n“For young people who have "
     "graduated high school or dropped out of high school, who are between the ages of 17 and "
     "20, if they happen to be white, the real unemployment rate is 33 percent.”",
     "made the following comment:", "Sanders"),
])
def test_a_quotation_after_a_colon_is_introduced_by_the_verb_before_it(pipeline, text, cue,
                                                                      speaker):
    quotes = [q for q in pipeline.extract(Document.from_text(text)).quotes
              if q.text.lstrip("\"“").startswith(("Down", "The questions", "For young"))]
    assert [(q.cue and q.cue.text, q.speaker and q.speaker.text) for q in quotes] == [
        (cue, speaker)]


def test_a_colon_after_another_clause_introduces_no_quotation(pipeline):
    # PolNeAR dev: the colon ends 'said she has…', not the head verb 'stressed'
    text = ("Clinton, the former secretary of State, stressed her support of the 2011 raid that "
            "killed 9/11 plotter Osama bin Laden during a \"Commander-in-Chief Forum\" sponsored "
            "by NBC News and said she has the essential quality for the job of president: "
            "\"Steadiness -- an absolute rock steadiness, and mixed with strength.\"")
    quotes = pipeline.extract(Document.from_text(text)).quotes
    steadiness = [q for q in quotes if "Steadiness" in q.text]
    assert steadiness and not any(q.cue and q.cue.text.startswith("stressed") for q in steadiness)


def test_a_tagged_content_stops_before_a_relative_clause_set_off_at_its_end(pipeline):
    """'…urged the governor to junk the filing status, which subsidizes…', 'questioned the
    wisdom of committing to Scott, who has never…' (PolNeAR style): a non-restrictive relative
    clause at the end of a reported noun phrase or infinitive is the reporter's note on its
    noun, cut off; so is one that reports a claim of its own ('…, which he called “…”'). At
    the end of a clause with its own subject, and saying nothing, it stays."""
    text = ("The senator urged the governor to junk the head-of-household filing status, which "
            "subsidizes single parents.\n\nThe session ends in May.")
    tagger = _ContentTagger(text, "to junk", "single parents")
    assert [q for q in _quotes_with(pipeline, text, tagger) if "to junk" in q] == [
        "the governor to junk the head-of-household filing status"]
    text = ("Several donors questioned the wisdom of committing to the congressman, who has never "
            "faced a competitive race.\n\nThe filing deadline is in June.")
    tagger = _ContentTagger(text, "the wisdom", "competitive race")
    assert "the wisdom of committing to the congressman" in _quotes_with(pipeline, text, tagger)
    text = ("The senator said he has supported legislation that would curb the accreditation "
            "bodies, which he called “a cartel for higher education.”\n\nThe bill stalled.")
    tagger = _ContentTagger(text, "he has", "education.”")
    assert "he has supported legislation that would curb the accreditation bodies" in \
        _quotes_with(pipeline, text, tagger)
    text = ("Critics said the administration was giving up its leverage over the military, which "
            "retains significant power.\n\nThe visit ends on Friday.")
    tagger = _ContentTagger(text, "the administration", "significant power")
    assert ("the administration was giving up its leverage over the military, which retains "
            "significant power") in _quotes_with(pipeline, text, tagger)
