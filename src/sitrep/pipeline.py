"""The pipeline: named stages run over parsed documents, configured by one settings object.

A stage is a callable `(spacy_doc, document, layers) -> dict[str, list[Record]]` that adds layers;
later stages see the layers of earlier ones (quotes will need actors). Stages are registered by
name, so a user can turn one off (`Settings(stages=("actors",))`) or replace it.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass
from functools import cached_property
from typing import TYPE_CHECKING

from sitrep import PIPELINE_VERSION
from sitrep.nlp import load_nlp
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


@dataclass(frozen=True)
class Settings:
    stages: tuple[str, ...] = DEFAULT_STAGES
    batch_size: int = 16
    # processes that each parse and run every stage (sitrep.parallel); one per core
    workers: int = 1


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
        return [(name, STAGES[name](self.nlp)) for name in self.settings.stages]

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

        With `on_error`, a document whose stages raise is reported there and skipped, so one
        odd article cannot end a run over thousands; without it the error propagates."""
        if self.settings.workers > 1:
            yield from self.worker_pool.extract_many(documents, on_error)
            return
        pairs = ((document.text, document) for document in documents)
        parsed = self.nlp.pipe(pairs, as_tuples=True, batch_size=self.settings.batch_size)
        for doc, document in parsed:
            try:
                layers: dict = {}
                for _, stage in self.stages:
                    layers.update(stage(doc, document, layers))
                yield Extraction(document=document, pipeline_version=self.version, **layers)
            except Exception as exc:
                if on_error is None:
                    raise
                on_error(document, exc)
