"""A name a title puts before a person elsewhere in the article ('President Obama', 'Mr.
Castro') is the person's throughout it, when the NER labels it no place anywhere: the recovery
read 'his and Obama's knowledge', 'used to Obama's weakness' as Obama, Japan (AllSides: 5 of
the 8 mentions of Obama, JP left in the first 200 articles). A name the NER labels a place
somewhere stays a place, and so does a name after 'in' or 'from'. A government department named
by its business ('the Justice Department') is no town Justice, Illinois (AllSides: 6 mentions in
the first 200 articles; GeoVirus dev: 1)."""

from __future__ import annotations

from .place_cases import places_of


def test_a_titled_persons_name_is_no_place_where_and_or_to_precede_it(pipeline):
    places = places_of(pipeline, (
        "President Obama met Prime Minister Netanyahu at the White House on Monday. "
        "Mr. Clinton said he was only talking about his and Obama's personal knowledge of "
        "the security requests. Let's not forget how used to Obama's weakness our enemies "
        "have become."))
    assert [p.text for p in places if "Obama" in p.text] == []


def test_a_name_the_ner_labels_a_place_elsewhere_stays_a_place(pipeline):
    places = places_of(pipeline, (
        "Mayor Jackson spoke to reporters in Washington. Police in Jackson, Mississippi, said "
        "the suspect fled to Jackson after the shooting."))
    assert any(p.text == "Jackson" and p.lat is not None for p in places)


def test_the_justice_department_is_no_town(pipeline):
    places = places_of(pipeline, (
        "Republicans also charged that the Justice Department will be hesitant to bring charges. "
        "The Commerce Department in April imposed a seven-year ban on American companies "
        "selling parts to ZTE, a Chinese company based in Shenzhen."))
    texts = [p.text for p in places]
    assert "Justice" not in texts and "Commerce" not in texts
    assert "Shenzhen" in texts


def test_a_towns_police_department_stays_a_place(pipeline):
    places = places_of(pipeline, (
        "Gainesville Police Department officers arrested a man on Friday after a chase "
        "through downtown Gainesville, Georgia."))
    assert "Gainesville" in [p.text for p in places]


def test_an_abbreviated_plural_title_is_no_town(pipeline):
    # AllSides: 'Sens.' of senators read as Sens, France (4 of 33 sentences with 'Sens. Name')
    places = places_of(pipeline, (
        "Those two leaders have a relationship filled with all the warmth and conviviality of "
        "relations between Sens. Mitch McConnell and Harry Reid, and the tension crackled "
        "through the seemingly dry language. And Sens. Susan Collins, R-Maine, and Todd Young, "
        "R-Ind., joined them."))
    assert [p.text for p in places if p.text == "Sens"] == []


def test_the_town_at_a_sentences_end_stays_a_place(pipeline):
    places = places_of(pipeline, "The pilgrims walked from Paris to Sens. It took them four days.")
    assert [p.name for p in places if p.text == "Sens"] == ["Sens"]
