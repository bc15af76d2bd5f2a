"""A place the article has named keeps its name where the small NER model mislabels it later
("Torrington firefighters called in…" labelled ORG), but not inside another name that runs on
with capitalised words ("CTV Edmonton", a broadcaster). Found on the dev halves of the geo gold
sets (LGL: "Torrington", "Chiefland", "Shiloh"; TR-News: "Edmonton")."""

from __future__ import annotations

from .conftest import place_texts as _texts


def test_a_place_named_again_where_the_ner_calls_it_an_organisation_is_a_place(pipeline):
    texts = _texts(pipeline, "Fire destroyed a house at 775 Main St. in Torrington on Monday. The "
                             "roof collapsed and water was flowing down the sides of the house. "
                             "Torrington firefighters called in several other departments.")
    assert texts.count("Torrington") == 2


def test_a_place_inside_a_longer_name_is_not_repeated(pipeline):
    texts = _texts(pipeline, "The cat was found in Edmonton last week. 'It's a miracle,' Slater "
                             "told CTV Edmonton on Monday about the cat's survival.")
    assert texts == ["Edmonton"]
