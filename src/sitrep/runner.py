"""Ingest runs: documents in, extractions stored, with progress and an honest summary.

Glue between ingest (reading), the pipeline (extracting) and the store (writing). Documents the
store already holds at the current pipeline version are skipped before parsing, so a second run
over the same corpus costs only reading and hashing.
"""

from __future__ import annotations

import time
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field

from rich.progress import BarColumn, Progress, SpinnerColumn, TextColumn, TimeElapsedColumn

from sitrep.errors import InputError
from sitrep.pipeline import DEFAULT_STAGE_SECONDS, Pipeline, Settings, StageTimeout
from sitrep.records import Document, Extraction
from sitrep.store import Store, WriteOutcome


@dataclass
class IngestSummary:
    added: int = 0
    updated: int = 0
    unchanged: int = 0
    failed: int = 0
    characters: int = 0
    seconds: float = 0.0
    errors: list[str] = field(default_factory=list)

    @property
    def extracted(self) -> int:
        return self.added + self.updated

    def render(self, db_path: str) -> str:
        rate = self.extracted / self.seconds if self.seconds else 0.0
        lines = [
            f"ingested into {db_path}: {self.added} added, {self.updated} re-extracted, "
            f"{self.unchanged} unchanged, {self.failed} failed "
            f"({self.seconds:.1f} s, {rate:.1f} docs/s, "
            f"{self.characters / max(self.seconds, 1e-9) / 1000:.0f}k chars/s)",
        ]
        if self.extracted:
            lines.append(f"next: sitrep stats --db {db_path}   |   "
                         f"sitrep export csv --out exports --db {db_path}")
        return "\n".join(lines)


# Documents per store transaction: one bulk insert per table instead of one per document, while
# an interrupted run loses at most this many extractions (never half of one).
WRITE_BATCH = 64
# DuckDB's memory while documents stream in (Store.memory_bounded): a batch's insert needs a
# few MB; without a bound the writes' cache grows with the store over a long run.
INGEST_DUCKDB_MB = 128


class IngestRun:
    def __init__(self, store: Store, batch_size: int = 16, workers: int = 1,
                 pipeline: Pipeline | None = None, show_progress: bool = True,
                 knowledge_base=None, stage_seconds: float | None = DEFAULT_STAGE_SECONDS,
                 write_batch: int = WRITE_BATCH):
        self.store = store
        self.write_batch = write_batch
        self.knowledge_base = knowledge_base  # a sitrep.kb.KBBuilder: updated per document
        self.pipeline = pipeline or Pipeline(Settings(batch_size=batch_size, workers=workers,
                                                      stage_seconds=stage_seconds, settle_gc=True))
        self.show_progress = show_progress

    def ingest(self, items: Iterable[Document | InputError],
               on_error: Callable[[InputError], None] = lambda e: None) -> IngestSummary:
        summary = IngestSummary()
        started = time.perf_counter()
        if self.knowledge_base is not None:
            # A run killed between storing a document and taking it into the knowledge base
            # left it stored but not in the KB; this run skips it as unchanged, so catch up now.
            self.knowledge_base.update()
        with _progress(self.show_progress) as progress, \
                self.store.memory_bounded(INGEST_DUCKDB_MB):
            task = progress.add_task("ingesting", total=None)
            fresh = self._fresh_documents(items, summary, on_error, progress, task)

            def extraction_failed(document: Document, exc: Exception) -> None:
                error = extraction_error(document, exc)
                summary.failed += 1
                summary.errors.append(str(error))
                on_error(error)

            batch: list[Extraction] = []
            for extraction in self.pipeline.extract_many(fresh, on_error=extraction_failed):
                batch.append(extraction)
                if len(batch) >= self.write_batch:
                    self._store(batch, summary, progress, task)
                    batch = []
            self._store(batch, summary, progress, task)
        summary.seconds = time.perf_counter() - started
        return summary

    def _store(self, batch: list[Extraction], summary: IngestSummary, progress, task) -> None:
        """One transaction for the batch: its documents are all stored, or (crash, Ctrl-C)
        none of them, and a re-run extracts those again."""
        for extraction, outcome in zip(batch, self.store.write_many(batch)):
            if self.knowledge_base is not None and outcome is not WriteOutcome.UNCHANGED:
                self.knowledge_base.add_document(extraction.document.id)
            if outcome is WriteOutcome.ADDED:
                summary.added += 1
            elif outcome is WriteOutcome.UPDATED:
                summary.updated += 1
            else:
                summary.unchanged += 1
            summary.characters += len(extraction.document.text)
            progress.update(task, advance=1, description=_describe(summary))

    def _fresh_documents(self, items, summary, on_error, progress, task) -> Iterator[Document]:
        """Documents that need extracting: errors reported, stored and repeated ones skipped."""
        seen: set[str] = set()
        version = self.pipeline.version
        for item in items:
            if isinstance(item, InputError):
                summary.failed += 1
                summary.errors.append(str(item))
                on_error(item)
                continue
            if item.id in seen or self.store.stored_version(item.id) == version:
                summary.unchanged += 1
                progress.update(task, advance=1, description=_describe(summary))
                continue
            seen.add(item.id)
            yield item


def extraction_error(document: Document, exc: Exception) -> InputError:
    """One line for a document the pipeline skipped: its own reason when it has one."""
    origin = document.origin or document.id
    if isinstance(exc, InputError):
        return exc
    if isinstance(exc, StageTimeout):
        return InputError(origin, str(exc))
    return InputError(origin, f"extraction failed ({type(exc).__name__}: {exc})")


def _describe(summary: IngestSummary) -> str:
    return (f"ingesting: {summary.added} added, {summary.updated} re-extracted, "
            f"{summary.unchanged} unchanged, {summary.failed} failed")


def _progress(enabled: bool) -> Progress:
    return Progress(
        SpinnerColumn(), TextColumn("{task.description}"), BarColumn(),
        TextColumn("{task.completed} docs"), TimeElapsedColumn(),
        disable=not enabled, transient=False,
    )
