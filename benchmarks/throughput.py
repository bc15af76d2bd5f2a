"""Full sitrep extraction against bare spaCy `nlp.pipe` (en_core_web_sm, every default
component) on the same articles, the same cores and in the same run, plus what each spaCy
component and each sitrep stage costs.

Runs alternate (bare, full, bare, full…) so that load from other processes on the machine hits
both alike; the ratio of the two is the figure, absolute rates move with the machine.

Each side runs as its users run it: sitrep as `sitrep extract` / `ingest` and its worker
processes do, its garbage collector settled once loaded (`Settings(settle_gc=True)`); bare spaCy
as a plain script does, with Python's default collector (`python_default_collector`).
"""

from __future__ import annotations

import gc
import importlib
import statistics
import time
from collections import defaultdict
from contextlib import contextmanager

from sitrep.nlp import MODEL_PACKAGE
from sitrep.pipeline import Pipeline, Settings

BATCH_SIZE = 16  # both sides: sitrep's default batch


# Articles per round: bare and full alternate round by round (and which goes first), so a burst
# of load from other processes hits both alike. Rounds on 2 processes are longer because bare
# spaCy starts its worker processes afresh on each `nlp.pipe` call.
ROUND = {1: 20, 2: 60}

# Python's own thresholds for the collector's three generations (CPython 3.x).
PYTHON_GC_THRESHOLD = (700, 10, 10)


@contextmanager
def python_default_collector():
    """The bare side in the benchmark's process as in a plain spaCy script: sitrep's pipeline
    settled this process's collector when it loaded (froze what was alive, collects the young
    generation less often), which a bare `nlp.pipe` script does not have; put back after.
    (Measured: bare spaCy spends ~0.1 CPU ms an article collecting either way; sitrep unsettled
    ~3.3, settled ~0.3: the bench measured sitrep as no command runs it.)"""
    threshold, settled = gc.get_threshold(), gc.get_freeze_count() > 0
    if settled:
        gc.unfreeze()
    gc.set_threshold(*PYTHON_GC_THRESHOLD)
    try:
        yield
    finally:
        if settled:
            gc.freeze()
        gc.set_threshold(*threshold)


def compare(documents, processes: tuple[int, ...], repeats: int) -> dict:
    texts = [d.text for d in documents]
    words = sum(len(t.split()) for t in texts)
    bare_nlp = importlib.import_module(MODEL_PACKAGE).load()
    # settle_gc: as the command line runs it (the worker processes of 2 always settle theirs)
    pipelines = {p: Pipeline(Settings(workers=p, batch_size=BATCH_SIZE, settle_gc=True))
                 for p in processes}
    for p in processes:  # warm-up: worker pools, the fork server, lazy loads
        list(pipelines[p].extract_many(documents[:4 * p]))
        with python_default_collector():
            list(bare_nlp.pipe(texts[:4 * p], n_process=p, batch_size=BATCH_SIZE))
    wall: dict[str, list[float]] = defaultdict(list)
    cpu: dict[str, float] = defaultdict(float)
    tokens = 0

    def bare(p, start, end):
        with python_default_collector():
            return sum(len(doc) for doc in bare_nlp.pipe(texts[start:end], n_process=p,
                                                         batch_size=BATCH_SIZE))

    def full(p, start, end):
        return sum(1 for _ in pipelines[p].extract_many(documents[start:end]))

    for repeat in range(repeats):
        for p in processes:
            totals = {"bare": 0.0, "full": 0.0}
            for n, start in enumerate(range(0, len(documents), ROUND[p])):
                end = start + ROUND[p]
                order = ("bare", "full") if (n + repeat) % 2 == 0 else ("full", "bare")
                for side in order:
                    began, began_cpu = time.perf_counter(), time.process_time()
                    counted = (bare if side == "bare" else full)(p, start, end)
                    totals[side] += time.perf_counter() - began
                    cpu[f"{side}_{p}"] += time.process_time() - began_cpu
                    if side == "bare":
                        tokens = tokens + counted if repeat == 0 and p == processes[0] else tokens
            for side, seconds in totals.items():
                wall[f"{side}_{p}"].append(seconds)
    result = {"articles": len(documents), "words": words, "tokens": tokens,
              "repeats": repeats, "batch_size": BATCH_SIZE, "round_articles": ROUND,
              "by_processes": {}}
    for p in processes:
        bare_s, full_s = statistics.median(wall[f"bare_{p}"]), statistics.median(wall[f"full_{p}"])
        ratios = [b / f for b, f in zip(wall[f"bare_{p}"], wall[f"full_{p}"])]
        entry = {
            "bare_spacy": _rates(bare_s, len(documents), words, tokens),
            "sitrep_full": _rates(full_s, len(documents), words, tokens),
            "ratio_full_over_bare": round(statistics.median(ratios), 3),
            "ratio_each_repeat": [round(r, 3) for r in ratios],
        }
        if p == 1:  # one process: CPU seconds, which other processes' load does not inflate
            entry["ratio_full_over_bare_cpu_time"] = round(cpu["bare_1"] / cpu["full_1"], 3)
        result["by_processes"][str(p)] = entry
    for pipeline in pipelines.values():
        pipeline.close()
    return result


def _rates(seconds: float, articles: int, words: int, tokens: int) -> dict:
    return {"seconds": round(seconds, 2), "articles_per_s": round(articles / seconds, 2),
            "articles_per_min": round(60 * articles / seconds, 1),
            "words_per_s": round(words / seconds), "tokens_per_s": round(tokens / seconds)}


def layer_costs(documents) -> dict:
    """Seconds per spaCy component and per sitrep stage over `documents`, in one process;
    the bare model's attribute_ruler + lemmatizer are timed on the same parses for reference.
    The collector settled, as sitrep runs (`compare`), and put back after (a test calls this)."""
    with collector_put_back():
        return _layer_costs(documents)


@contextmanager
def collector_put_back():
    """The process's collector as it was before (thresholds, nothing frozen if nothing was), for
    a caller that does not own its process."""
    threshold, frozen = gc.get_threshold(), gc.get_freeze_count()
    try:
        yield
    finally:
        if not frozen:
            gc.unfreeze()
        gc.set_threshold(*threshold)


def _layer_costs(documents) -> dict:
    pipeline = Pipeline(Settings(settle_gc=True))
    pipeline.stages  # noqa: B018 - loaded (and the collector settled) before the first batch
    nlp = pipeline.nlp
    bare = importlib.import_module(MODEL_PACKAGE).load()
    seconds: dict[str, float] = defaultdict(float)
    for start in range(0, len(documents), BATCH_SIZE):
        batch = documents[start:start + BATCH_SIZE]
        began = time.perf_counter()
        docs = [nlp.make_doc(d.text) for d in batch]
        seconds["spacy:tokenizer"] += time.perf_counter() - began
        for name, component in nlp.pipeline:
            if name == "sitrep_memo_attributes":  # reference: the model's pair, same parses
                copies = [doc.copy() for doc in docs]
                for ref in ("attribute_ruler", "lemmatizer"):
                    began = time.perf_counter()
                    copies = [bare.get_pipe(ref)(doc) for doc in copies]
                    seconds[f"reference (not run): bare {ref}"] += time.perf_counter() - began
            began = time.perf_counter()
            # a plain-function component (sitrep_boundaries) has no .pipe
            docs = list(component.pipe(docs)) if hasattr(component, "pipe") else \
                [component(doc) for doc in docs]
            seconds[f"spacy:{name}"] += time.perf_counter() - began
        for doc, document in zip(docs, batch):
            layers: dict = {}
            for name, stage in pipeline.stages:
                began = time.perf_counter()
                layers.update(stage(doc, document, layers))
                seconds[f"stage:{name}"] += time.perf_counter() - began
    run = sum(v for k, v in seconds.items() if not k.startswith("reference"))
    return {"articles": len(documents), "seconds_total": round(run, 2),
            "layers": {k: {"seconds": round(v, 2), "share": round(v / run, 3)}
                       for k, v in seconds.items()}}
