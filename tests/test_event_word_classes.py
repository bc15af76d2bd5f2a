"""data/event_word_classes.tsv: the open-class words of the events stage's rules."""

import re
from collections import Counter
from pathlib import Path

import pytest

from sitrep.data import read_table
from sitrep.extract.event_cues import event_words

SOURCE = Path(__file__).resolve().parents[1] / "src" / "sitrep" / "extract"


def _classes_in_code() -> set[str]:
    return {name for path in SOURCE.glob("event*.py")
            for name in re.findall(r'event_words\("([a-z_]+)"\)', path.read_text())}


def test_every_class_in_the_file_is_read_by_a_rule_and_every_class_read_is_in_the_file():
    in_file = {row["class"] for row in read_table("event_word_classes.tsv")}
    assert in_file == _classes_in_code()


def test_no_word_is_listed_twice_in_one_class():
    rows = Counter((row["word"], row["class"]) for row in read_table("event_word_classes.tsv"))
    assert [pair for pair, n in rows.items() if n > 1] == []


def test_every_class_is_documented_in_the_file_header():
    header = Path(SOURCE.parent / "data" / "event_word_classes.tsv").read_text().split("\nword\t")[0]
    assert {c for c in _classes_in_code() if f"#   {c} " not in header} == set()


def test_a_class_the_file_lacks_is_an_error_not_an_empty_list():
    with pytest.raises(KeyError):
        event_words("no_such_class")


def test_the_words_are_the_lemmas_the_rules_compare_with():
    # the rules compare lower-cased lemmas; a capital or stray space would never match
    assert "send" in event_words("transfer_verb") and "blue helmet" in event_words("peacekeeping_word")
    assert all(w == w.lower().strip() for row in read_table("event_word_classes.tsv")
               for w in [row["word"]])
