"""data/event_word_classes.tsv, data/place_word_classes.tsv and data/grammar_cues.tsv: the open-class
words and cues the events, places and actors stages' rules read, one class per rule."""

import re
from collections import Counter
from pathlib import Path

import pytest

from sitrep.data import data_text, read_table
from sitrep.extract.event_cues import event_words
from sitrep.extract.place_words import place_words

EXTRACT = Path(__file__).resolve().parents[1] / "src" / "sitrep" / "extract"
# (data file, loader, the modules whose rules read it)
WORD_FILES = [("event_word_classes.tsv", event_words, "event*.py"),
              ("place_word_classes.tsv", place_words, "place*.py")]


def _classes_in_code(loader, modules: str) -> set[str]:
    call = re.compile(rf'{loader.__name__}\("([a-z_]+)"\)')
    return {name for path in EXTRACT.glob(modules) for name in call.findall(path.read_text())}


@pytest.mark.parametrize(("name", "loader", "modules"), WORD_FILES)
def test_every_class_in_the_file_is_read_by_a_rule_and_every_class_read_is_there(
        name, loader, modules):
    assert {row["class"] for row in read_table(name)} == _classes_in_code(loader, modules)


@pytest.mark.parametrize(("name", "loader", "modules"), WORD_FILES)
def test_every_class_is_documented_in_the_header(name, loader, modules):
    header = data_text(name).split("\nword\tclass\n")[0]
    assert {c for c in _classes_in_code(loader, modules) if f"#   {c} " not in header} == set()


@pytest.mark.parametrize(("name", "loader", "modules"), WORD_FILES)
def test_no_word_is_listed_twice_in_a_class_and_each_is_the_lower_case_form_rules_compare(
        name, loader, modules):
    rows = Counter((row["word"], row["class"]) for row in read_table(name))
    assert [pair for pair, n in rows.items() if n > 1] == []
    assert [word for word, _ in rows if word != word.lower().strip()] == []


@pytest.mark.parametrize("loader", [event_words, place_words])
def test_a_class_the_file_lacks_is_an_error_not_an_empty_list(loader):
    with pytest.raises(KeyError):
        loader("no_such_class")


def test_the_classes_hold_the_words_their_rules_were_written_for():
    assert "send" in event_words("transfer_verb")
    assert "blue helmet" in event_words("peacekeeping_word")  # two words: one row
    assert {"st", "street", "blvd"} <= place_words("street_word")
    assert "may" in place_words("not_place") and "white house" in place_words("not_place")


def test_every_grammar_cue_of_the_actors_stage_is_documented_in_its_header():
    """data/grammar_cues.tsv (actors, speakers): each cue a row carries is explained above."""
    header = data_text("grammar_cues.tsv").split("\nword\tcue\n")[0]
    documented = set(re.findall(r"^#(?: cue:)?\s+([a-z_]+)  ", header, flags=re.MULTILINE))
    assert {row["cue"] for row in read_table("grammar_cues.tsv")} - documented == set()
    assert {"day_half", "name_particle", "compound_ending", "extraposing_verb"} <= documented


def test_the_destination_prepositions_moved_from_the_code_are_the_same_four():
    """`place_role` and the actors' place-position test read where a motion goes from the
    file now (speed pass 20); the set was {to, from, into, out} in both places in the code."""
    from sitrep.extract.actor_mentions import load_cues
    assert load_cues().destination_preps == {"to", "from", "into", "out"}
