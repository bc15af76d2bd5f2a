"""A leader's surname before "administration" or "presidency" is a person's throughout the
article, though the NER labels it GPE: 'the Obama administration' … 'Obama didn't respond' is no
town in Japan (AllSides: 12 of 20 mentions of Obama, JP in the first 200 articles). A name a
country, a province or a city of a million bears keeps its place ('the US administration', 'the
Tripoli administration', one of Libya's rival governments); 'the Bush administration' is no Būsh,
Egypt (136,441 people; places pass 40)."""

from __future__ import annotations

from .place_cases import places_of


def test_a_surname_before_administration_is_no_place_anywhere_in_the_article(pipeline):
    places = places_of(pipeline, (
        "Senators who have pressed for weeks to get answers on the Libya terror attack ripped "
        "into the Obama administration on Thursday. After the red line statement, Assad used "
        "chemical weapons again and Obama didn't respond."))
    assert [p.text for p in places] == ["Libya"]


def test_a_citys_or_a_countrys_administration_stays_a_place(pipeline):
    places = places_of(pipeline, (
        "The US administration sent envoys to meet officials of the Tripoli administration "
        "in Tripoli on Monday."))
    texts = [p.text for p in places]
    assert "US" in texts and texts.count("Tripoli") == 2


def test_the_bush_administration_is_no_town_in_egypt(pipeline):
    # AllSides, seed 1242: no 'President Bush' in the article said whose administration it was
    places = places_of(pipeline, (
        "Gates, a Republican holdover from the Bush administration who stayed on for more than "
        "two years under President Obama, said troops would remain in Afghanistan."))
    assert [p.text for p in places] == ["Afghanistan"]
