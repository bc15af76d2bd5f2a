"""`sitrep eval`: score the pipeline against the public gold sets in ../shared/eval.

Each dataset is a module with a `score(data_dir, split, limit)` function returning an EvalResult;
DATASETS names them. Tune on dev, report test; every figure names its split.
"""

from __future__ import annotations

import os
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from sitrep.errors import SitrepError
from sitrep.eval.result import EvalResult


@dataclass(frozen=True)
class DatasetSpec:
    splits: tuple[str, ...]
    description: str
    scorer: str  # "module:function", imported only when run (keeps `sitrep --help` fast)

    def load(self) -> Callable[..., EvalResult]:
        import importlib

        module, function = self.scorer.split(":")
        return getattr(importlib.import_module(module), function)


DATASETS: dict[str, DatasetSpec] = {
    "cameo-ner-actors": DatasetSpec(
        ("dev", "test"),
        "actor mentions vs gold event source/target spans (events/conflibert_eval/cameo_ner); "
        "dev = train.txt",
        "sitrep.eval.cameo_ner:score",
    ),
    "events-cameo-ner": DatasetSpec(
        ("dev", "test"),
        "event source + target vs gold S/T spans (events/conflibert_eval/cameo_ner); "
        "dev = train.txt",
        "sitrep.eval.events_cameo_ner:score",
    ),
    "events-case": DatasetSpec(
        ("test",),
        "PLOVER type of ACLED-style snippets (events/case2021_task2_acled)",
        "sitrep.eval.events:score_case",
    ),
    "events-gsr": DatasetSpec(
        ("all",),
        "PLOVER type + source + target (events/plover_gsr_cameo)",
        "sitrep.eval.events_gsr:score_gsr",
    ),
    "events-petrarch": DatasetSpec(
        ("dev",),
        "PLOVER type + source + target country on PETRARCH2's unit-test sentences "
        "(events/petrarch2_unittest); a dev set",
        "sitrep.eval.events_petrarch:score_petrarch",
    ),
    "events-plv": DatasetSpec(
        ("dev", "test"),
        "PLOVER root type per sentence with marked source/target (events/zsp_plover_plv); "
        "dev = PLV_train",
        "sitrep.eval.events:score_plv",
    ),
    "ngec-actors": DatasetSpec(
        ("all",),
        "actor phrase → country and agent type (events/ngec_actor_resolution_tests)",
        "sitrep.eval.ngec:score",
    ),
    "places-lgl": DatasetSpec(
        ("dev", "test"),
        "toponym detection P/R/F1 and resolution acc@161 km, mean km: LGL (local US news); "
        "dev = even documents, test = odd",
        "sitrep.eval.geo:score_lgl",
    ),
    "places-trnews": DatasetSpec(
        ("dev", "test"),
        "toponym detection P/R/F1 and resolution acc@161 km, mean km: TR-News; "
        "dev = even documents, test = odd",
        "sitrep.eval.geo:score_trnews",
    ),
    "places-geowebnews": DatasetSpec(
        ("dev", "test"),
        "toponym detection P/R/F1 and resolution acc@161 km, mean km: GeoWebNews; "
        "dev = even documents, test = odd",
        "sitrep.eval.geo:score_geowebnews",
    ),
    "places-geovirus": DatasetSpec(
        ("dev", "test"),
        "toponym detection P/R/F1 and resolution acc@161 km, mean km: GeoVirus (WikiNews, disease outbreaks); "
        "dev = even documents, test = odd",
        "sitrep.eval.geo:score_geovirus",
    ),
    "quotes": DatasetSpec(
        ("train", "dev", "test"),
        "quote attribution: source, cue, content spans (quotes/polnear)",
        "sitrep.eval.polnear:score",
    ),
    "times": DatasetSpec(
        ("dev", "test"),
        "TIMEX3 extraction (strict, relaxed) and value F1 (time/TempEval3); "
        "dev = TimeBank + AQUAINT, test = te3-platinum",
        "sitrep.eval.times:score",
    ),
    "speakers": DatasetSpec(
        ("all",),
        "quote speakers resolved to the right entity (quotes/gum_news_coref gold coreference)",
        "sitrep.eval.gum_coref:score",
    ),
    "speakers-wikievents": DatasetSpec(
        ("dev", "test"),
        "quote speakers in conflict news resolved to the right entity "
        "(../corpora/wikievents KAIROS coreference; dev to tune, test to report)",
        "sitrep.eval.wikievents_coref:score",
    ),
}


def default_data_dir() -> Path:
    """$SITREP_EVAL_DIR, else ../shared/eval beside the working directory or the repository."""
    if os.environ.get("SITREP_EVAL_DIR"):
        return Path(os.environ["SITREP_EVAL_DIR"])
    for base in (Path.cwd(), Path(__file__).resolve().parents[3]):
        candidate = base.parent / "shared" / "eval"
        if candidate.is_dir():
            return candidate
    return Path.cwd().parent / "shared" / "eval"


def run_eval(dataset: str, split: str, data_dir: Path, limit: int | None = None) -> EvalResult:
    spec = DATASETS[dataset]
    if split not in spec.splits:
        raise SitrepError(f"{dataset} has splits {', '.join(spec.splits)}, not {split!r}")
    if not data_dir.is_dir():
        raise SitrepError(f"{data_dir}: gold sets not found (use --data or SITREP_EVAL_DIR)")
    return spec.load()(data_dir, split, limit)


__all__ = ["DATASETS", "DatasetSpec", "EvalResult", "default_data_dir", "run_eval"]
