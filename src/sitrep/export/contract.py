"""The JSON contract of `sitrep extract --json`, and its JSON Schema.

Later issues and outside checks rely on this shape: extend it, never break it. The schema lives in
`sitrep/schemas/extract.schema.json`; tests validate real output against it.
"""

from __future__ import annotations

import json
from functools import lru_cache
from importlib import resources

import jsonschema

from sitrep.records import Extraction

_LAYERS = ("quotes", "events", "places", "times")


def extraction_to_json(extraction: Extraction) -> dict:
    """One JSON object for one document. Layers the pipeline did not run are left out."""
    out = {
        "document": extraction.document.header(),
        "pipeline_version": extraction.pipeline_version,
        "actors": [
            a.model_dump(mode="json", exclude={"doc_id"}) for a in extraction.actors
        ],
        "mentions": [
            m.model_dump(mode="json", exclude={"doc_id"}) for m in extraction.mentions
        ],
    }
    for layer in _LAYERS:
        records = getattr(extraction, layer)
        if records is not None:
            out[layer] = [r.model_dump(mode="json", exclude={"doc_id"}) for r in records]
    return out


@lru_cache(maxsize=1)
def load_schema() -> dict:
    text = resources.files("sitrep.schemas").joinpath("extract.schema.json").read_text("utf-8")
    return json.loads(text)


def validate(payload: dict) -> None:
    """Raise jsonschema.ValidationError when `payload` breaks the contract."""
    jsonschema.validate(payload, load_schema())
