"""Real volume: a slice of the AllSides conflict corpus through ingest, NLP and the store."""

from __future__ import annotations

import gzip
import itertools

from typer.testing import CliRunner

from sitrep.cli import app
from sitrep.store import Store

from .conftest import SHARED, needs

CORPUS = SHARED / "corpora" / "allsides_article_bias_conflict" / "allsides_conflict_world.jsonl.gz"


@needs(CORPUS)
def test_a_corpus_slice_ingests_once_and_only_once(tmp_path):
    sample = tmp_path / "sample.jsonl.gz"
    with gzip.open(CORPUS, "rt", encoding="utf-8") as src, gzip.open(sample, "wt", encoding="utf-8") as dst:
        for line in itertools.islice(src, 40):
            dst.write(line)
    db = str(tmp_path / "corpus.duckdb")
    runner = CliRunner()
    first = runner.invoke(app, ["ingest", str(sample), "--db", db])
    assert first.exit_code == 0, first.output
    with Store(db, read_only=True) as store:
        counts = store.counts()
        stats = store.stats()
    assert counts["documents"] == 40
    assert counts["mentions"] > 40 * 10
    assert stats["sources"]  # outlets carried through from the JSONL `source` field
    second = runner.invoke(app, ["ingest", str(sample), "--db", db])
    assert "0 added, 0 re-extracted, 40 unchanged" in second.stdout
    with Store(db, read_only=True) as store:
        assert store.counts() == counts


@needs(CORPUS)
def test_corpus_mentions_are_evidence(pipeline):
    from sitrep.ingest import read_inputs
    from sitrep.records import Document

    docs = [d for d in itertools.islice(read_inputs([str(CORPUS)]), 15) if isinstance(d, Document)]
    for extraction in pipeline.extract_many(docs):
        text = extraction.document.text
        for m in extraction.mentions:
            assert text[m.span[0]:m.span[1]] == m.text
        ids = {a.id for a in extraction.actors}
        assert all(m.actor in ids for m in extraction.mentions if m.actor)
        assert len(ids) == len(extraction.actors)
