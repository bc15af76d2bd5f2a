"""Golden files: the full JSON output for the bundled public-domain VOA articles.

A change here is a change in what sitrep extracts: review the diff like code. To accept it:
    SITREP_UPDATE_GOLDEN=1 .venv/bin/python -m pytest tests/test_golden.py
"""

from __future__ import annotations

import json
import os
from pathlib import Path

from sitrep.export import extraction_to_json, validate

GOLDEN = Path(__file__).parent / "golden" / "voa_articles.json"


def test_voa_examples_match_the_golden_file(pipeline, voa_documents):
    payloads = [extraction_to_json(e) for e in pipeline.extract_many(voa_documents)]
    for payload in payloads:
        validate(payload)
        payload.pop("pipeline_version")  # a version bump alone is not a change in output
    if os.environ.get("SITREP_UPDATE_GOLDEN") or not GOLDEN.exists():
        GOLDEN.write_text(json.dumps(payloads, indent=1, ensure_ascii=False) + "\n", "utf-8")
    expected = json.loads(GOLDEN.read_text("utf-8"))
    for got, want in zip(payloads, expected):
        title = want["document"]["title"]
        assert got["document"] == want["document"], title
        assert _actor_lines(got) == _actor_lines(want), title
        assert _mention_lines(got) == _mention_lines(want), title
        assert _lines(got, "quotes") == _lines(want, "quotes"), title
        assert _lines(got, "events") == _lines(want, "events"), title
        assert _lines(got, "places") == _lines(want, "places"), title
        assert _lines(got, "times") == _lines(want, "times"), title
    assert len(payloads) == len(expected)


def _actor_lines(payload: dict) -> list[str]:
    return [json.dumps(a, sort_keys=True, ensure_ascii=False) for a in payload["actors"]]


def _lines(payload: dict, layer: str) -> list[str]:
    return [json.dumps(r, sort_keys=True, ensure_ascii=False) for r in payload.get(layer, [])]


def _mention_lines(payload: dict) -> list[str]:
    return [json.dumps(m, sort_keys=True, ensure_ascii=False) for m in payload["mentions"]]
