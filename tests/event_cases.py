"""Shared by the table-driven event tests: extract each distinct sentence once, find the event
on a trigger word."""

from __future__ import annotations

from sitrep.pipeline import Pipeline, Settings
from sitrep.records import Document


def extract_sentences(cases) -> dict:
    """{sentence: extraction} for the first item of every case, each sentence extracted once."""
    pipeline = Pipeline(Settings(stages=("actors", "quotes", "events")))
    return {text: pipeline.extract(Document.from_text(text, origin="test"))
            for text in dict.fromkeys(case[0] for case in cases)}


def event_on(extraction, trigger: str):
    found = [e for e in extraction.events if e.trigger.text == trigger]
    assert found, f"no event on {trigger!r}: {[e.trigger.text for e in extraction.events]}"
    return found[0]


def extract_sentence(text: str):
    return extract_sentences([(text,)])[text]
