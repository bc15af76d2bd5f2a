"""A place the article has named keeps its name where the small NER model mislabels it later
("Torrington firefighters called in…" labelled ORG), but not inside another name that runs on
with capitalised words ("CTV Edmonton", a broadcaster). Found on the dev halves of the geo gold
sets (LGL: "Torrington", "Chiefland", "Shiloh"; TR-News: "Edmonton")."""

from __future__ import annotations

import re
import sys

from hypothesis import given, settings
from hypothesis import strategies as st

from sitrep.extract.place_repeats import _standalone_occurrences, _word_or_hyphen

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


# The occurrences of a name are found with str.find, not a regex compiled for every new name
# (speed pass 12): they must be exactly what the regex finds, on any text.
_REPEAT_PIECES = ["Edmonton", "Edmontonian", "Ed", "edmonton", " ", "-", "_", "'s", "’", "(",
                  "é", "٣", "²", "\n", "Al-", "Kyiv", "Kyiv-Pechersk", "in "]


@settings(max_examples=400, deadline=None)
@given(st.lists(st.sampled_from(_REPEAT_PIECES), max_size=25),
       st.sampled_from(["Edmonton", "Ed", "Kyiv", "Al-", "é", "Ed Ed"]))
def test_standalone_occurrences_are_what_the_bounded_regex_finds(pieces, name):
    text = "".join(pieces)
    expected = [m.span() for m in re.finditer(rf"(?<![\w-]){re.escape(name)}(?![\w-])", text)]
    assert list(_standalone_occurrences(name, text)) == expected


def test_word_or_hyphen_is_the_regex_class_on_every_character():
    word = re.compile(r"[\w-]")
    for code in range(sys.maxunicode + 1):
        char = chr(code)
        assert _word_or_hyphen(char) == bool(word.match(char)), hex(code)
    assert not _word_or_hyphen("")
