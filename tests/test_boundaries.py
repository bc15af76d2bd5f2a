"""Sentence starts preset before the parser: blank lines and wire datelines end sentences."""

from __future__ import annotations

import pytest

from sitrep.nlp import parse
from sitrep.nlp.boundaries import MAX_SENTENCE_TOKENS, dateline_ends

REUTERS = ('CAMP DAVID, Md. (Reuters) - U.S. President Donald Trump said on Saturday he would '
           '“absolutely” be willing to talk on the phone to North Korean leader Kim Jong Un.')
# Reuters, January 2018 (AllSides corpus), first sentence


@pytest.mark.parametrize("opening, lede", [
    (REUTERS, "U.S. President"),
    ("WASHINGTON (AP) — Congressional Democrats said", "Congressional"),
    ("GAZA CITY, Gaza Strip (AP) — An Israeli airstrike", "An Israeli"),
    ("BEIJING—In a phone call with President Trump", "In a phone"),
    ("(CNN) -- Rescue teams are scrambling", "Rescue"),
    ("Johannesburg (CNN) -- They gathered in the tens of thousands", "They"),
    ("Kuala Lumpur, Malaysia - Leaders from some of the world's Muslim-majority countries",
     "Leaders"),
    ("Srinagar, Indian-administered Kashmir - Police fired tear gas", "Police"),
    ("Tehran, Iran — The foreign ministry said", "The foreign"),
    # UPI's datelines carry the day (PolNeAR, 2016)
    ("LOS ANGELES, Sept. 28 (UPI) — The Democratic nominee", "The Democratic"),
    ("MEXICO CITY, Feb. 8 (UPI) — Courts", "Courts"),
    ("WASHINGTON, June 24, 2016 (UPI) -- Presumptive nominee", "Presumptive"),
])
def test_a_dateline_ends_where_the_lede_begins(opening, lede):
    assert [opening[end:end + len(lede)] for end in dateline_ends(opening)] == [lede]


@pytest.mark.parametrize("text", [
    "U.S.-led forces struck the town.",
    "COVID-19 cases rose in Seoul.",
    "The talks - if they happen - will be in Geneva.",
    "Officials in KABUL said - without evidence - that the strike failed.",
    "Instead, Trump -- who had called the deal a disaster -- signed it.",
    "On Friday, Gingrich — who had endorsed him — changed course.",
])
def test_hyphenated_words_and_asides_are_no_datelines(text):
    assert dateline_ends(text) == []


def test_the_lede_after_a_dateline_is_parsed_as_its_own_sentence():
    doc = parse(REUTERS)
    said = next(t for t in doc if t.text == "said")
    subject = next(c for c in said.children if c.dep_ == "nsubj")
    assert subject.text == "Trump"  # not 'DAVID' of the dateline
    assert doc.text.index("U.S. President") in {s.start_char for s in doc.sents}


NEPAL = ("Death Toll Rises:\n\nEmergency officials in Nepal have confirmed that there are at "
         "least 37 people dead in Tuesday's earthquake.\n\nMarine Helicopter Missing:\n\nA Marine "
         "Corps helicopter helping with the relief effort today has been declared missing.")
# NPR live blog, May 2015 (AllSides corpus), excerpt


def test_no_sentence_runs_across_a_blank_line():
    doc = parse(NEPAL)
    for sentence in doc.sents:
        words = sentence.text.strip()
        assert "\n\n" not in words, words
    confirmed = next(t for t in doc if t.text == "confirmed")
    assert [c.text for c in confirmed.children if c.dep_ == "nsubj"] == ["officials"]


# A flattened table: rows of words and figures with no full stop anywhere, as a scraped page's
# text can come out. 600 rows of 7 tokens: 4,200 tokens in one paragraph.
TABLE = " ".join(f"Aleppo province, district {i}, 12 incidents" for i in range(600))


def test_a_run_without_sentence_ends_is_cut_at_the_cap():
    doc = parse(TABLE)
    lengths = [len(s) for s in doc.sents]
    assert max(lengths) <= MAX_SENTENCE_TOKENS
    assert sum(lengths) == len(doc) > 10 * MAX_SENTENCE_TOKENS


def test_sentences_with_their_full_stops_are_left_to_the_parser():
    sentence = "Rebels attacked the town of Saraqeb, residents said."
    doc = parse(" ".join([sentence] * 60))
    assert [s.text for s in doc.sents] == [sentence] * 60
