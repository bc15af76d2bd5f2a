"""A name the NER keeps labelling a person (three times or more, never a place) is the person's
even after a locative word: 'put to Obama' is no town of Obama, Japan. Found on AllSides news
(a 2012 campaign story naming Obama only by his surname)."""

from __future__ import annotations

from .place_cases import places_of

CAMPAIGN_STORY = (
    "Clinton on Benghazi: \"I'm responsible\"\n\n"
    "Secretary of State Hillary Clinton said Monday she takes responsibility for the security "
    "failures in Libya, a major topic at the must-win debate for Obama tomorrow night.\n\n"
    "She raised the question -- which now may be put to Obama -- of whether she should be fired. "
    "If she is asked, of course she may answer demurely that she serves at the pleasure of the "
    "president.\n\n"
    "Her statement came as critics accused the White House of heaving Obama and Biden under the "
    "bus over the attack in Benghazi.")


def test_a_surname_the_ner_keeps_calling_a_person_is_no_town(pipeline):
    places = places_of(pipeline, CAMPAIGN_STORY)
    assert not [p for p in places if p.text == "Obama"]
    assert {"Libya", "Benghazi"} <= {p.text for p in places if p.lat is not None}


def test_a_given_name_cut_from_its_surname_is_no_village(pipeline):
    # the NER took 'Natalia' of 'Natalia Veselnitskaya' for a place: Natalia, Texas (1,490
    # people) or Nathalia, Victoria (AllSides news, places pass 32)
    places = places_of(pipeline, "Two of the Russians in the meeting, Natalia Veselnitskaya and "
                                 "Rinat Akhmetshin, happened to be in Washington that week.")
    assert not [p for p in places if p.text == "Natalia"]
    assert [p for p in places if p.text == "Washington"]


def test_a_town_named_like_a_person_before_its_bodys_word_or_after_in_stays(pipeline):
    places = places_of(pipeline, "A Civil War re-enactment is planned in Clinton on Saturday, "
                                 "and Marion Police said the parade in Marion would go ahead.")
    assert [p for p in places if p.text == "Clinton"]
    assert [p for p in places if p.text == "Marion"]
