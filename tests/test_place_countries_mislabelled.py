"""A country the NER labels an organisation, by a short form or an alternate name ('the DPRK',
'the Holy See'): it is the country (GeoWebNews dev: 7 such toponyms missed)."""

from __future__ import annotations


from .place_cases import places_of as _places


def test_a_countrys_short_form_labelled_org_is_the_country(pipeline):
    places = _places(pipeline, "It is reasonable and obligatory to address the DPRK's security "
                               "concerns during the process of denuclearization, the diplomat "
                               "said.")
    assert [(p.text, p.name, p.feature_type) for p in places] == [
        ("DPRK", "North Korea", "country")]


def test_an_alternate_name_of_a_country_labelled_org_is_the_country(pipeline):
    places = _places(pipeline, "He signed the agreement between the Republic of Armenia and the "
                               "Holy See on Tuesday.")
    assert ("Holy See", "Vatican") in [(p.text, p.name) for p in places]


def test_a_persons_name_that_is_a_country_stays_a_person(pipeline):
    places = _places(pipeline, "Coach Chad Johnson said the team had played well.")
    assert "Chad" not in [p.text for p in places]
