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


def place_texts(pipeline, text: str) -> list[str]:
    """The text of each place found in `text`, in order."""
    from sitrep.records import Document

    return [p.text for p in pipeline.extract(Document.from_text(text)).places]


def actor_by_name(extraction, name: str):
    """The actor named `name` or having it as an alias."""
    for actor in extraction.actors:
        if actor.name == name or name in actor.aliases:
            return actor
    names = sorted(a.name for a in extraction.actors)
    raise AssertionError(f"no actor {name!r}; actors: {names}")


# --- the explorer (tests/test_web_*.py) ------------------------------------------------------

# Untrusted article text as an attacker would write it: markup, a javascript: link, an onerror
# attribute and HTML entities. The explorer must show all of it as literal text.
HOSTILE_TITLE = '<script>window.__pwned = "title"</script>Strike on <b>Idlib</b> & "more"'
HOSTILE_TEXT = (
    'Syrian officials said on Monday that an airstrike hit a market in Idlib. '
    '<script>window.__pwned = "script"</script> '
    '"<img src=x onerror=window.__pwned=\'img\'> was never an option," the governor said. '
    'Read <a href="javascript:window.__pwned=\'link\'">the report</a> &amp; &lt;b&gt;this&lt;/b&gt; '
    '&#60;script&#62; in Damascus.')


@pytest.fixture(scope="session")
def web_store(pipeline, voa_documents, tmp_path_factory):
    """A real store for the explorer: the three VOA articles, a hostile article and the seed
    (when ../shared is present; `seed_id` is None otherwise)."""
    from sitrep.records import Document
    from sitrep.store import Store

    hostile = Document.from_text(HOSTILE_TEXT, title=HOSTILE_TITLE, source='<i>Evil</i> "Wire"',
                                 published=date(2024, 12, 9))
    seed = None
    if SEED.exists():
        seed = Document.from_text(SEED.read_text(encoding="utf-8").strip(),
                                  published=date(2024, 12, 16), origin=str(SEED))
    path = tmp_path_factory.mktemp("web") / "explorer.duckdb"
    with Store(path) as store:
        documents = [*voa_documents, hostile, *([seed] if seed else [])]
        for extraction in pipeline.extract_many(documents):
            store.write(extraction)
    return {"path": path, "seed_id": seed.id if seed else None, "hostile_id": hostile.id}


def _serve(path):
    """`sitrep serve` on a free loopback port, in a thread; yields its base URL."""
    import threading

    from sitrep.web.app import make_server

    server = make_server(str(path), port=0, quiet=True)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{server.server_address[1]}"
    server.shutdown()
    server.server_close()


@pytest.fixture(scope="session")
def web_server(web_store):
    yield from _serve(web_store["path"])


# --- the explorer on a knowledge base ---------------------------------------------------------

# TEST FIXTURE, invented for the explorer tests — not a real article. Its second sentence denies
# what the seed asserts ("HTS has provided security for Russian forces … as they moved vehicles
# and personnel from the T4 airbase in Homs"), so the knowledge base records a contradiction
# with both sides; its first sentence asserts the withdrawal the seed's Russian representative
# denies ("troops were not withdrawing from Syria"). Published the day before the seed.
KB_FIXTURE_TITLE = "TEST FIXTURE: invented report contradicting the seed"
KB_FIXTURE_TEXT = (
    "Russian troops were withdrawing from Syria on Sunday, a Syrian security source said, as "
    "convoys left the T4 airbase in Homs for the coast. HTS did not provide security for Russian "
    "forces as they moved vehicles and personnel from the T4 airbase in Homs, the source said.")


@pytest.fixture(scope="session")
def web_kb_store(pipeline, seed_document, tmp_path_factory):
    """A store with a knowledge base, ingested as `sitrep ingest` does (KB updated per
    document): the seed, a syndicated copy of it (a second document, not an independent one)
    and the invented fixture above (an independent, contradicting report)."""
    from sitrep.kb import KBBuilder
    from sitrep.records import Document
    from sitrep.runner import IngestRun
    from sitrep.store import Store

    copy = Document.from_text(seed_document.text + "\n\nThis article was amended on 17 December.",
                              published=date(2024, 12, 17), source="Syndicated Daily")
    fixture = Document.from_text(KB_FIXTURE_TEXT, title=KB_FIXTURE_TITLE, source="Fixture Wire",
                                 published=date(2024, 12, 15))
    path = tmp_path_factory.mktemp("web-kb") / "explorer-kb.duckdb"
    with Store(path) as store:
        run = IngestRun(store, pipeline=pipeline, show_progress=False,
                        knowledge_base=KBBuilder(store))
        assert run.ingest([seed_document, copy, fixture]).failed == 0
    return {"path": path, "seed_id": seed_document.id, "copy_id": copy.id,
            "fixture_id": fixture.id}


@pytest.fixture(scope="session")
def web_kb_server(web_kb_store):
    yield from _serve(web_kb_store["path"])
