"""Shared fixtures: the real spaCy pipeline (loaded once), the seed article and the corpora.

Data lives in ../shared beside the repository (or $SITREP_SHARED); tests that need it skip
when it is absent. Nothing here is mocked: stores are real DuckDB files in tmp_path.
"""

from __future__ import annotations

import json
import os
import tempfile
from datetime import date
from pathlib import Path

import pytest

# Tests pin the stages to their rules: the trained models (`make model`, `model-bert`,
# `model-events`) come from ../shared and may be absent; tests that need a model train a small
# one themselves.
os.environ.setdefault("SITREP_ATTRIBUTION_MODEL", "")
os.environ.setdefault("SITREP_ATTRIBUTION_BERT", "")
os.environ.setdefault("SITREP_EVENT_TYPER", "")  # the event typer (`make model-events`) too
# The places stage builds its gazetteer on first use (~15 s); tests share one build per
# gazetteer version in the temp folder instead of touching the user's cache.
os.environ.setdefault("SITREP_GAZETTEER", os.path.join(
    tempfile.gettempdir(), "sitrep-tests", f"gazetteer-{__import__('sitrep.gazetteer').gazetteer.BUILD_VERSION}.sqlite"))

REPO = Path(__file__).resolve().parents[1]
SHARED = Path(os.environ.get("SITREP_SHARED", REPO.parent / "shared"))
SEED = SHARED / "seed" / "khmeimim-2024-12-16.txt"
EXAMPLES = REPO / "examples" / "voa_articles.jsonl"


def needs(path: Path):
    return pytest.mark.skipif(not path.exists(), reason=f"{path} not present")


@pytest.fixture(scope="session")
def pipeline():
    from sitrep.pipeline import Pipeline

    return Pipeline()


@pytest.fixture(scope="session")
def seed_document():
    if not SEED.exists():
        pytest.skip(f"{SEED} not present")
    from sitrep.records import Document

    return Document.from_text(SEED.read_text(encoding="utf-8").strip(), published=date(2024, 12, 16),
                              origin=str(SEED))


@pytest.fixture(scope="session")
def seed_extraction(pipeline, seed_document):
    return pipeline.extract(seed_document)


@pytest.fixture(scope="session")
def voa_documents():
    from sitrep.records import Document

    docs = []
    for line in EXAMPLES.read_text(encoding="utf-8").splitlines():
        row = json.loads(line)
        docs.append(Document.from_text(row["text"], title=row["title"], source=row["source"],
                                       published=date.fromisoformat(row["published"])))
    return docs


def actor_by_name(extraction, name: str):
    """The actor named `name` or having it as an alias."""
    for actor in extraction.actors:
        if actor.name == name or name in actor.aliases:
            return actor
    names = sorted(a.name for a in extraction.actors)
    raise AssertionError(f"no actor {name!r}; actors: {names}")
