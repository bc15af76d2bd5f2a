"""Page furniture (video players, sign-up boxes, ad labels) blanked at ingest, offsets kept."""

from __future__ import annotations

import json
from pathlib import Path

from sitrep.ingest import read_inputs
from sitrep.ingest.furniture import blank_furniture
from sitrep.records import Document

# A CNN page as scrapers keep it: the highlights box and a video player inside the body.
CNN_STYLE = (
    "Story highlights The planes flew to South Korea and back in one mission\n\n"
    "(CNN) The United States said Thursday it flew stealth bombers over South Korea.\n\n"
    "JUST WATCHED North Korea: Nuclear war is 'simmering' Replay More Videos ... "
    "MUST WATCH North Korea: Nuclear war is 'simmering' 02:14\n\n"
    "\"The United States is steadfast in its alliance commitment,\" the statement said.\n\n"
    "Advertisement\n\n"
    "Pentagon spokesman George Little said the advertisement campaign had ended.")


def test_furniture_is_blanked_and_every_offset_stays():
    blanked = blank_furniture(CNN_STYLE)
    assert len(blanked) == len(CNN_STYLE)
    assert [i for i, c in enumerate(CNN_STYLE) if c == "\n"] == \
        [i for i, c in enumerate(blanked) if c == "\n"]
    for gone in ("Story highlights", "JUST WATCHED", "MUST WATCH", "02:14", "\nAdvertisement\n"):
        assert gone not in blanked
    # the author's words stay, at their place: the highlight itself, a prose 'advertisement'
    for kept in ("The planes flew to South Korea", "the advertisement campaign had ended",
                 "(CNN) The United States said Thursday"):
        assert blanked.index(kept) == CNN_STYLE.index(kept)


def test_a_page_stamp_before_the_first_sentence_is_blanked():
    text = "Last updated at Apr 23, 2017 An Israeli attack on a Syrian training camp killed three."
    blanked = blank_furniture(text)
    assert blanked.lstrip().startswith("An Israeli attack") and len(blanked) == len(text)
    assert blank_furniture("The page was last updated on May 3, 2017.") == \
        "The page was last updated on May 3, 2017."


def test_a_line_widget_inside_a_sentence_is_the_authors():
    text = "He said the word Photo was printed. Story Continued Below the fold, he added."
    assert blank_furniture(text) == text


def test_a_related_article_link_is_blanked_but_a_sentence_about_reading_stays():
    text = ("Mexico: activists voice anger at Amlo's failure to tackle 'femicide emergency' "
            "Read more\n\nBarrales said her group backed direct action.\n\nThe report asks "
            "readers to read more. Read more about it here.")
    blanked = blank_furniture(text)
    assert blanked.lstrip().startswith("Barrales said") and len(blanked) == len(text)
    assert blanked.endswith("The report asks readers to read more. Read more about it here.")


def test_a_video_caption_label_and_a_gallery_counter_are_blanked_but_their_captions_stay():
    # BBC's player label ('Media caption' is no town of Media, Pennsylvania) and CNN's gallery
    # counter; the caption itself is the outlet's words and stays where it was
    text = ("The drone came too close.\n\n   Media playback is unsupported on your device "
            "Media caption Iran releases video which it claims show its drone still flying\n\n"
            "Servicemen hold torches at the Belgian Embassy in Kiev, Ukraine, on March 22. "
            "Hide Caption 9 of 23 Photos: World reacts to Brussels bombings")
    blanked = blank_furniture(text)
    assert len(blanked) == len(text)
    for gone in ("Media caption", "Hide Caption", "23 Photos"):
        assert gone not in blanked
    for kept in ("Iran releases video", "the Belgian Embassy in Kiev", "World reacts to Brussels"):
        assert blanked.index(kept) == text.index(kept)
    assert blank_furniture("A Media caption contest was held.") == "A Media caption contest was held."


def test_ingest_blanks_furniture_in_json_lines_and_plain_text(tmp_path: Path):
    jsonl = tmp_path / "cnn.jsonl"
    jsonl.write_text(json.dumps({"title": "B-2 bombers", "text": CNN_STYLE}) + "\n")
    txt = tmp_path / "cnn.txt"
    txt.write_text(CNN_STYLE)
    docs = list(read_inputs([str(jsonl), str(txt)]))
    assert all(isinstance(d, Document) for d in docs) and len(docs) == 2
    for doc in docs:
        assert "JUST WATCHED" not in doc.text and "Story highlights" not in doc.text
        assert doc.text.index("The United States said") == CNN_STYLE.index("The United States said")


def test_an_article_of_furniture_only_is_an_empty_input(tmp_path: Path):
    jsonl = tmp_path / "widgets.jsonl"
    jsonl.write_text(json.dumps({"text": "Advertisement\n\nStory Continued Below"}) + "\n")
    [error] = list(read_inputs([str(jsonl)]))
    assert not isinstance(error, Document) and "empty" in error.reason


def test_no_quote_is_spoken_by_a_widget(pipeline, tmp_path: Path):
    txt = tmp_path / "cnn.txt"
    txt.write_text(CNN_STYLE)
    [doc] = list(read_inputs([str(txt)]))
    speakers = [q.speaker.text for q in pipeline.extract(doc).quotes if q.speaker]
    assert speakers and not any(s.startswith(("Story", "JUST", "MUST")) for s in speakers)
