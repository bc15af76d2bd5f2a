"""The places layer asks the gazetteer only what can change its answer (speed pass 23): a
person's or a date's name with no word of place around it is no place whatever its size, so its
size is not looked up (most such names are in no entry: a miss is an SQL query every time a
new name comes), and an organisation's words before no public body are asked only whether they
name a country. The places found stay the same. Sentences from AllSides articles."""

from __future__ import annotations

import pytest

from sitrep.extract.places import PlaceExtractor
from sitrep.records import Document


@pytest.fixture
def asked(pipeline, monkeypatch):
    """The texts the places stage asks `_prominence` and `_polity` of, with the options."""
    stage = next(s for _, s in pipeline.stages if isinstance(s, PlaceExtractor))
    if stage.gazetteer is None:
        pytest.skip("no gazetteer")
    calls = []
    prominence, polity = stage._prominence, stage._polity
    monkeypatch.setattr(stage, "_prominence", lambda text: calls.append(("size", text)) or
                        prominence(text))
    monkeypatch.setattr(stage, "_polity", lambda text, **options: calls.append(
        ("polity", text, tuple(sorted(options)))) or polity(text, **options))
    return calls


def test_a_persons_name_with_no_word_of_place_around_it_is_not_sized(pipeline, asked):
    text = ("Defense Secretary Ash Carter testified before the Senate Armed Services Committee "
            "Wednesday, saying the United States is ready to help push back ISIS in Iraq.")
    places = [p.text for p in pipeline.extract(Document.from_text(text)).places]
    assert places == ["the United States", "Iraq"]
    assert not any(call[0] == "size" and "Carter" in call[1] for call in asked)
    assert not any(call[0] == "size" and call[1] == "Wednesday" for call in asked)


def test_an_organisations_words_before_no_body_are_asked_only_of_countries(pipeline, asked):
    text = ("At least 14 militants and five civilians were killed in the overnight airstrikes, "
            "according to the Syrian Observatory for Human Rights.")
    pipeline.extract(Document.from_text(text))
    assert ("polity", "Syrian Observatory", ("countries_only",)) in asked
