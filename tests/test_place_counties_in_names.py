"""A county named inside a longer name is the county: the official who answers to it ("McMinn
County Sheriff Steve Frisbie", one PERSON span to the NER), the body that serves it ("the
Disabilities Board of Charleston County"), the county as a party ("charged by Black Hawk
County"). Not a newspaper named after it ("the Orange County Register"). Found on the dev
halves of LGL and TR-News."""

from __future__ import annotations

from sitrep.records import Document


def _texts(pipeline, text):
    return [p.text for p in pipeline.extract(Document.from_text(text)).places]


def test_a_county_before_an_officials_title_and_name_is_the_county(pipeline):
    texts = _texts(pipeline, "Some callers were from the Knoxville area and others coming from "
                             "around Chattanooga. McMinn County Sheriff Steve Frisbie, who "
                             "received several calls about the lights, said deputies found "
                             "nothing.")
    assert "McMinn County" in texts
    texts = _texts(pipeline, "The driver was cited for failure to yield the right of way, "
                             "according to Anderson County Sheriff Greg Taylor.")
    assert "Anderson County" in texts


def test_a_county_closing_a_bodys_name_is_the_county(pipeline):
    texts = _texts(pipeline, "\"We will keep the doors open,\" said Rick Magner, director of the "
                             "Disabilities Board of Charleston County. The center's weekly "
                             "operating cost is about $5,000.")
    assert "Charleston County" in texts


def test_a_county_as_a_party_to_a_charge_is_the_county(pipeline):
    texts = _texts(pipeline, "The trailer was recovered from the theft near Hinton. Block will "
                             "be charged by Black Hawk County with possession of stolen "
                             "property.")
    assert "Black Hawk County" in texts


def test_a_newspaper_named_after_a_county_gives_no_place(pipeline):
    texts = _texts(pipeline, "The company told the Orange County Register on Tuesday that it "
                             "would appeal the ruling.")
    assert not any("Orange" in t for t in texts)
