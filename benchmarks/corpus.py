"""The benchmark corpus: AllSides world/conflict articles (5,488; ../shared/corpora), repeated
as needed. A repeat gets a marker paragraph so it is a new document (new content hash) that
costs the same to extract, instead of a no-op re-ingest."""

from __future__ import annotations

import itertools
from collections.abc import Iterator
from pathlib import Path

from sitrep.ingest import read_inputs
from sitrep.records import Document

CORPUS = (Path(__file__).resolve().parents[1].parent / "shared" / "corpora" /
          "allsides_article_bias_conflict" / "allsides_conflict_world.jsonl.gz")


def articles(n: int, corpus: Path = CORPUS) -> Iterator[Document]:
    """The first `n` articles, streamed (constant memory), the corpus repeated as needed."""
    if not corpus.exists():
        raise SystemExit(f"error: {corpus}: corpus not found (it lives in ../shared/corpora)")
    produced = 0
    for repeat in itertools.count():
        for item in read_inputs([str(corpus)]):
            if not isinstance(item, Document):
                continue
            if repeat:
                text = f"{item.text}\n\n(Benchmark copy {repeat}.)"
                item = Document.from_text(text, title=item.title, url=item.url,
                                          source=item.source, published=item.published,
                                          origin=f"{item.origin}#copy{repeat}")
            yield item
            produced += 1
            if produced >= n:
                return
