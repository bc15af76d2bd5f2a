"""The pipeline: named stages run over parsed documents, configured by one settings object.

A stage is a callable `(spacy_doc, document, layers) -> dict[str, list[Record]]` that adds layers;
later stages see the layers of earlier ones (quotes will need actors). Stages are registered by
name, so a user can turn one off (`Settings(stages=("actors",))`) or replace it.
"""

from __future__ import annotations

import gc
import signal
import threading
from collections.abc import Callable, Iterable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from functools import cached_property
from typing import TYPE_CHECKING

from sitrep import PIPELINE_VERSION
from sitrep.errors import InputError
from sitrep.nlp import MAX_TEXT_CHARS, load_nlp
from sitrep.records import Document, Extraction

if TYPE_CHECKING:
    from spacy.tokens import Doc

Stage = Callable[["Doc", Document, dict], dict]
StageFactory = Callable[[object], Stage]  # built once with the loaded spaCy pipeline

STAGES: dict[str, StageFactory] = {}


def register_stage(name: str):
    """Register a stage factory under `name` (like spaCy's @Language.factory)."""

    def decorate(factory: StageFactory) -> StageFactory:
        STAGES[name] = factory
        return factory

    return decorate


@register_stage("actors")
def _actors_stage(nlp) -> Stage:
    from sitrep.extract.actors import ActorExtractor

    extractor = ActorExtractor(nlp)

    def run(doc: Doc, document: Document, layers: dict) -> dict:
        actors, mentions = extractor(doc, document)
        return {"actors": actors, "mentions": mentions}

    return run


@register_stage("quotes")
def _quotes_stage(nlp) -> Stage:
    from sitrep.extract.quotes import QuoteExtractor

    return QuoteExtractor(nlp)


@register_stage("events")
def _events_stage(nlp) -> Stage:
    from sitrep.extract.events import EventExtractor

    return EventExtractor(nlp)


@register_stage("times")
def _times_stage(nlp) -> Stage:
    from sitrep.extract.times import TimeExtractor

    return TimeExtractor(nlp)


@register_stage("places")
def _places_stage(nlp) -> Stage:
    from sitrep.extract.places import PlaceExtractor
    from sitrep.gazetteer import open_or_build

    return PlaceExtractor(open_or_build())


DEFAULT_STAGES = ("actors", "quotes", "events", "places", "times")


# A news article's stages take well under a second; a document still running after this long is
# pathological input (or a bug), and one such must not hold up a run over thousands.
DEFAULT_STAGE_SECONDS = 120.0


@dataclass(frozen=True)
class Settings:
    stages: tuple[str, ...] = DEFAULT_STAGES
    batch_size: int = 16
    # processes that each parse and run every stage (sitrep.parallel); one per core
    workers: int = 1
    # Time budget for one document's stages (None: no limit). The parse before them is bounded
    # by the text's length instead (MAX_TEXT_CHARS): spaCy's batched parse cannot be interrupted
    # for one document without losing the batch.
    stage_seconds: float | None = DEFAULT_STAGE_SECONDS
    # Tune the process's garbage collector once loaded (`settle_collector`): ~3 % less CPU, but
    # it freezes every object then alive and changes the process's thresholds, so only the
    # command line, Ray actors and worker processes (sitrep.parallel, always), which own their
    # process, ask for it.
    settle_gc: bool = False


class StageTimeout(Exception):
    """A document's stages ran past `Settings.stage_seconds`."""


class Pipeline:
    """Load once, then `extract` documents in batches.

    The model and stages load on first use; with `settings.workers` > 1 they load only in the
    worker processes (sitrep.parallel), so the parent, which reads and stores, stays small."""

    def __init__(self, settings: Settings | None = None):
        self.settings = settings or Settings()
        unknown = [name for name in self.settings.stages if name not in STAGES]
        if unknown:
            raise ValueError(f"unknown stage(s): {', '.join(unknown)}; known: {', '.join(STAGES)}")

    @cached_property
    def nlp(self):
        return load_nlp()

    @cached_property
    def stages(self) -> list[tuple[str, Stage]]:
        stages = [(name, STAGES[name](self.nlp)) for name in self.settings.stages]
        if self.settings.settle_gc:
            settle_collector()
        return stages

    @cached_property
    def worker_pool(self):
        """The worker processes (settings.workers > 1), started on first use."""
        from sitrep.parallel import WorkerPool

        return WorkerPool(self.settings)

    @property
    def version(self) -> str:
        """Stamped on every stored row: the code version, the stages, and any trained model a
        stage loaded (so a store re-extracts when the model changes)."""
        if self.settings.workers > 1 and "stages" not in self.__dict__:
            return self.worker_pool.version  # the workers' pipelines, not loaded here
        tags = [getattr(stage, "version_tag", None) for _, stage in self.stages]
        return "+".join([PIPELINE_VERSION, *self.settings.stages, *(t for t in tags if t)])

    def close(self) -> None:
        """Stop the worker processes, if any were started."""
        if "worker_pool" in self.__dict__:
            self.worker_pool.close()

    def extract(self, document: Document) -> Extraction:
        return next(self.extract_many([document]))

    def extract_many(self, documents: Iterable[Document],
                     on_error: Callable[[Document, Exception], None] | None = None,
                     ) -> Iterator[Extraction]:
        """Extract a stream of documents lazily, in order. With `settings.workers` > 1 the
        whole pipeline (parse and stages) runs in that many worker processes (sitrep.parallel;
        stages must be registered at import time, as the built-in ones are).

        With `on_error`, a document that is too long, or whose stages raise or run out of time,
        is reported there and skipped, so one odd article cannot end a run over thousands;
        without it the error propagates. (In a worker process the time budget is the worker's.)"""
        documents = _parseable(documents, on_error)
        if self.settings.workers > 1:
            yield from self.worker_pool.extract_many(documents, on_error)
            return
        pairs = ((document.text, document) for document in documents)
        parsed = self.nlp.pipe(pairs, as_tuples=True, batch_size=self.settings.batch_size)
        for doc, document in parsed:
            try:
                with _time_budget(self.settings.stage_seconds):
                    layers: dict = {}
                    for _, stage in self.stages:
                        layers.update(stage(doc, document, layers))
                yield Extraction(document=document, pipeline_version=self.version, **layers)
            except Exception as exc:
                if on_error is None:
                    raise
                on_error(document, exc)


# Objects allocated between two collections of the youngest generation (Python's default: 700).
# Extraction allocates and drops many small containers per token; collecting them 14 times less
# often halves the collector's share of the run, for a young generation of at most a few MB.
GC_YOUNG_THRESHOLD = 10_000


def settle_collector() -> None:
    """Once the model and stages are loaded: collect, then move every object alive into the
    garbage collector's permanent generation (`gc.freeze`), and collect the young generation less
    often. The ~250k long-lived objects (model, lexicons, gazetteer, memos) are then no longer
    walked by every full collection (~8 % of an extraction run before), and a process forked
    after this does not write to their pages (a collection touches every object it walks), so
    they stay shared. Nothing is freed later that would have been freed otherwise: loaded
    objects live as long as the process; garbage made after this is collected as before."""
    gc.collect()
    gc.freeze()
    young, *older = gc.get_threshold()
    if 0 < young < GC_YOUNG_THRESHOLD:  # 0: collection disabled by the user; leave it
        gc.set_threshold(GC_YOUNG_THRESHOLD, *older)


def _parseable(documents: Iterable[Document],
               on_error: Callable[[Document, Exception], None] | None) -> Iterator[Document]:
    """Documents short enough to parse. spaCy raises on a longer one from inside `nlp.pipe`,
    which would end the whole stream, so they are taken out before it."""
    for document in documents:
        if len(document.text) <= MAX_TEXT_CHARS:
            yield document
            continue
        error = InputError(document.origin or document.id,
                           f"text is {len(document.text):,} characters, over the "
                           f"{MAX_TEXT_CHARS:,} a document may have; skipped")
        if on_error is None:
            raise error
        on_error(document, error)


@contextmanager
def _time_budget(seconds: float | None) -> Iterator[None]:
    """Raise StageTimeout in the block after `seconds` (a SIGALRM timer, so only in the main
    thread of a Unix process; elsewhere, or with None, the block runs unbounded)."""
    usable = (seconds is not None and hasattr(signal, "setitimer")
              and threading.current_thread() is threading.main_thread())
    if not usable:
        yield
        return

    def expire(signum, frame):
        raise StageTimeout(f"extraction took over {seconds:g} s; skipped")

    previous = signal.signal(signal.SIGALRM, expire)
    signal.setitimer(signal.ITIMER_REAL, seconds)
    try:
        yield
    finally:
        signal.setitimer(signal.ITIMER_REAL, 0)
        signal.signal(signal.SIGALRM, previous)
