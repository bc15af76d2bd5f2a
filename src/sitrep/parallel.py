"""The whole pipeline on several cores: worker processes that each load the Pipeline once, parse
AND run every stage, and send back finished Extraction records.

spaCy's own `nlp.pipe(n_process=N)` parses in workers but hands each parsed Doc back to the
parent, which deserialises it and runs the stages alone: on 2 cores the parent becomes the
bottleneck. Here the parent only reads input, sends chunks of documents, and stores the
records that come back; it never loads the model.

Streaming with bounded memory: at most `2 × workers` chunks are in flight, whatever the size of
the input. Results come back in input order, so a run's output is deterministic.
"""

from __future__ import annotations

import multiprocessing
from collections import deque
from collections.abc import Callable, Iterable, Iterator
from concurrent.futures import Future, ProcessPoolExecutor
from dataclasses import replace
from functools import cached_property
from itertools import islice

from sitrep.records import Document, Extraction

# Documents per task: big enough that pickling and scheduling are noise next to extraction
# (~0.1 s per article), small enough that every worker stays busy to the end of a short run.
CHUNK_SIZE = 8
# A worker is replaced by a fresh one (forked from the server, ~1 s to load the stages) after
# this many chunks (800 documents, a few minutes): spaCy's string store, the lemma cache and the
# attribute memo grow with every new word, so this keeps memory flat over millions of articles.
RECYCLE_AFTER_CHUNKS = 100
# Documents a worker parses at once (spaCy's batch), smaller than its chunk: a worker's memory
# peaks with the parse's arrays, which grow with the batch's tokens (8 long articles made the
# spikes), while half a chunk still fills the model's matrix products. The parse of a document
# does not depend on the batch it is in (tests/test_parallel.py: same records as one process).
WORKER_BATCH_SIZE = 4

_worker_pipeline = None  # the Pipeline of this worker process, built once by _load


def _load(settings) -> None:
    global _worker_pipeline
    from sitrep.pipeline import Pipeline

    _worker_pipeline = Pipeline(settings)
    _worker_pipeline.stages  # noqa: B018 - load now, not inside the first chunk


def _version() -> str:
    return _worker_pipeline.version


def _extract_chunk(documents: list[Document]) -> list[Extraction | tuple[Document, str]]:
    """Extractions, or (document, error) for a document whose stages raised."""
    failed = {}

    def note(document: Document, exc: Exception) -> None:
        failed[document.id] = f"{type(exc).__name__}: {exc}"

    extracted = {e.document.id: e for e in _worker_pipeline.extract_many(documents, on_error=note)}
    return [extracted.get(d.id) or (d, failed.get(d.id, "lost")) for d in documents]


class WorkerError(Exception):
    """A stage raised in a worker process; the message carries the original type and text."""


class WorkerPool:
    """`settings.workers` processes, each with the pipeline of `settings` (one parser each).
    Started on first use, stopped by `close()` or at exit. Stages must be registered at import
    time (as the built-in ones are): the workers import sitrep afresh."""

    def __init__(self, settings):
        # A worker owns its process, so it always settles its collector once loaded
        # (`pipeline.settle_collector`: ~3 % of its CPU), whoever made the pool: the host
        # process's collector is the host's, a worker's is sitrep's.
        self.settings = replace(settings, workers=1, settle_gc=True,
                                batch_size=min(settings.batch_size, WORKER_BATCH_SIZE))
        self.size = settings.workers

    @cached_property
    def _executor(self) -> ProcessPoolExecutor:
        # A fork server, not fork: the parent may hold DuckDB and progress-bar threads that a
        # fork would copy mid-lock. The server starts clean, loads the model once
        # (sitrep.nlp.preload) and forks each worker from there with the model in memory,
        # shared copy-on-write. As with spawn, a script using this must guard its entry point
        # with `if __name__ == "__main__":`.
        context = multiprocessing.get_context("forkserver")
        context.set_forkserver_preload(["sitrep.nlp.preload"])
        return ProcessPoolExecutor(self.size, mp_context=context, initializer=_load,
                                   initargs=(self.settings,),
                                   max_tasks_per_child=RECYCLE_AFTER_CHUNKS)

    @cached_property
    def version(self) -> str:
        return self._executor.submit(_version).result()

    def extract_many(self, documents: Iterable[Document],
                     on_error: Callable[[Document, Exception], None] | None = None,
                     ) -> Iterator[Extraction]:
        """Extractions in input order; errors as `Pipeline.extract_many`."""
        pending: deque[Future] = deque()
        try:
            for chunk in _chunks(iter(documents), CHUNK_SIZE):
                pending.append(self._executor.submit(_extract_chunk, chunk))
                if len(pending) >= 2 * self.size:
                    yield from _settle(pending.popleft().result(), on_error)
            while pending:
                yield from _settle(pending.popleft().result(), on_error)
        finally:
            for future in pending:  # abandoned (error, Ctrl-C, consumer stopped early)
                future.cancel()

    def close(self) -> None:
        if "_executor" in self.__dict__:
            self._executor.shutdown(wait=True, cancel_futures=True)
            del self.__dict__["_executor"]


def _settle(results, on_error) -> Iterator[Extraction]:
    for result in results:
        if isinstance(result, Extraction):
            yield result
            continue
        document, message = result
        if on_error is None:
            raise WorkerError(f"{document.origin or document.id}: {message}")
        on_error(document, WorkerError(message))


def _chunks(items: Iterator, size: int) -> Iterator[list]:
    while chunk := list(islice(items, size)):
        yield chunk
