"""A single word the NER calls a place but no gazetteer entry bears is no place unless the text
around it locates it: a company ("Wavepiston installed…"), a holiday ("over Easter"). A village
the gazetteer lacks stays where the text says it is a place ("the town of Qatraneh"). A name
after a courtesy title is a person's ("Ms Raggi"). Found on the dev halves of the geo gold sets
(all four: 102 such single words were false positives there, 27 gold toponyms)."""

from __future__ import annotations

from sitrep.records import Document

from .conftest import place_texts as _texts


def test_a_company_the_gazetteer_does_not_know_is_no_place(pipeline):
    texts = _texts(pipeline, "Early in March 2018, Wavepiston installed the latest version of its "
                             "wave energy collector off the Danish coast. Wavepiston will also "
                             "use the proceeds to retrieve longer data series.")
    assert "Wavepiston" not in texts and "Danish" in texts


def test_a_holiday_is_no_place(pipeline):
    texts = _texts(pipeline, "There were 3.5 deaths on Queensland's roads over Easter since "
                             "records began in 1992, police said.")
    assert texts == ["Queensland"]


def test_a_village_the_gazetteer_lacks_stays_where_the_text_locates_it(pipeline):
    places = pipeline.extract(Document.from_text(
        "Two children died in a house fire in the town of Qatraneh in the Karak district, said a "
        "statement by Jordan's Public Security Directorate.")).places
    qatraneh = [p for p in places if p.text == "Qatraneh"]
    assert qatraneh and qatraneh[0].lat is None  # found, not placed


def test_a_name_after_a_courtesy_title_is_a_person(pipeline):
    texts = _texts(pipeline, "The investigations, which are not linked, will put pressure on "
                             "Ms Raggi, whose success in Rome is seen as crucial for the "
                             "Five-Star Movement.")
    assert "Rome" in texts and not any("Raggi" in t for t in texts)


def test_a_capitalised_code_is_no_courtesy_title(pipeline):
    texts = _texts(pipeline, "Patients were treated for 28 days in Kinshasa, DR Congo, and in "
                             "Pingilikani, Kenya.")
    assert "DR Congo" in texts


def test_the_west_alone_is_a_bloc_not_west_texas(pipeline):
    doc = pipeline.extract(Document.from_text(
        "Moscow expelled sixty diplomats on Friday. Analysts asked whether the West's response "
        "would escalate the crisis, and whether the North would stay silent."))
    assert not [p for p in doc.places if p.text.startswith(("West", "North")) and p.lat is not None]


def test_a_province_named_by_compass_points_is_still_the_province(pipeline):
    doc = pipeline.extract(Document.from_text(
        "Platinum mining has changed rural communities in the North West and Limpopo, the "
        "researchers in Johannesburg said."))
    north_west = [p for p in doc.places if "North West" in p.text]
    assert north_west and north_west[0].country == "ZA"


def test_the_alliance_in_british_spelling_is_no_place(pipeline):
    # The Guardian and the BBC write 'Nato', which the NER tags a body and the gazetteer
    # knows as two villages in the Philippines (AllSides: 158 mentions)
    texts = _texts(pipeline, "There is a growing sense of urgency and concern within Nato, and "
                             "if diplomacy fails, arming Kiev may become a serious option. The "
                             "US has to show up at Nato, the senator said.")
    assert "Nato" not in texts and "US" in texts
