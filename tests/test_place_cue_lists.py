"""The division word after a list of names ("Dakota, Otoe and Washington counties"): the list
is followed step by step with each position's answer kept for the text, instead of one regex
match reading the rest of the list after every name (quadratic on a list of thousands). It must
answer exactly what the regex did, at every position of any text."""

from __future__ import annotations

import re

from hypothesis import given, settings
from hypothesis import strategies as st

from sitrep.extract import place_cues
from sitrep.extract.place_cues import mention_cues

_REGEX = re.compile(
    r" (?:County|Parish|Borough|county|parish)\b|"
    r"(?:(?:,|,? and|,? or) [A-Z][\w'.-]*(?: [A-Z][\w'.-]*)?)* (?:counties|parishes|Counties|"
    r"Parishes)\b")

# pieces that make lists, near-lists and their edges: separators, capitalised and other words,
# the characters a name's word may hold, the division words in both cases
_PIECES = [",", " ", " and", " or", ", and", "and", "Anderson", "Otoe", "O'Neil", "St.", "Wilkes-",
           "Barre", "New", "York", "É", "x", "1", "_", "-", ".", "'", "counties", "Counties",
           "parishes", "Parishes", " counties", " County", " parish", "countiesx", "\n", "A"]
_SEPARATORS = [", ", ", and ", " and ", ", or ", " or ", ",  ", " ", ",and ", ", And "]
_NAMES = ["Otoe", "New York", "New York City", "O'Neil", "St. Mary", "Wilkes-Barre", "Éire",
          "iowa", "A", "Le Sueur Blue", ""]
_ENDS = [" counties", " Parishes.", " counties_", " countiesx", " County", "", " parish,", " x"]
# lists that nearly or truly run on to a division word, and free mixtures of the pieces
lists = st.builds(lambda first, items, end: first + "".join(s + n for s, n in items) + end,
                  st.sampled_from(_NAMES), st.lists(st.tuples(st.sampled_from(_SEPARATORS),
                                                              st.sampled_from(_NAMES)),
                                                    max_size=8),
                  st.sampled_from(_ENDS))
texts = st.one_of(lists, st.lists(st.sampled_from(_PIECES), max_size=30).map("".join))


@settings(max_examples=600, deadline=None)
@given(texts)
def test_the_division_word_is_found_where_the_regex_found_it(text):
    for end in range(len(text) + 1):
        assert mention_cues(text, 0, end).division_word == bool(_REGEX.match(text, end)), end


def test_a_list_of_names_ending_in_counties():
    text = "Flooding hit Dakota, Otoe and Washington counties on Monday; Paris and Henry County too."
    dakota, otoe = text.index("Dakota"), text.index("Otoe")
    paris, henry = text.index("Paris"), text.index("Henry")
    assert mention_cues(text, dakota, dakota + 6).division_word
    assert mention_cues(text, otoe, otoe + 4).division_word
    assert not mention_cues(text, paris, paris + 5).division_word
    assert mention_cues(text, henry, henry + 5).division_word


def test_each_position_of_a_long_list_is_read_once():
    """A list of 3,000 names: every name's answer comes from positions already read (the regex
    read the rest of the list after each name: ~4.5 million list steps), for each plural word
    a list may run on to ('counties'; 'regions', 'provinces')."""
    names = [f"Town{chr(65 + n % 26)}{n}" for n in range(3000)]
    text = "They visited " + ", ".join(names) + " counties."
    steps = []
    original = place_cues._ListRuns._steps

    def counted(self, at):
        steps.append((self.plural_word.pattern, at))
        return original(self, at)

    place_cues._ListRuns._steps = counted
    try:
        at = len("They visited ")
        for name in names:
            assert mention_cues(text, at, at + len(name)).division_word
            at += len(name) + 2
    finally:
        place_cues._ListRuns._steps = original
    for plural_word in {word for word, _ in steps}:
        read = [at for word, at in steps if word == plural_word]
        assert len(set(read)) <= len(names) and len(read) <= 2 * len(names)
