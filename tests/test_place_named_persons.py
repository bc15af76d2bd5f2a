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
