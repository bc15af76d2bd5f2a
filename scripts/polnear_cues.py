"""What `build_cue_lexicon.py` and `build_rare_cues.py` share: the verbs of PolNeAR *train* with
the cues annotators marked, the construction that would carry a verb's content, and the TSV
writer of the learned tables. Only the train split is read; dev and test stay unseen.

The tables are learned on the bare model's parse (`bare_parser`: en_core_web_sm alone, from
its pinned package), not on sitrep's pipeline around it. The pipeline's own sentence starts and
parse repairs (`nlp/`) change from pass to pass, and with them the counts and the pairs near a
threshold: `cue_verbs_learned.tsv`, first learned before they existed, came out with 219 pairs
instead of its 220 when rebuilt on the pipeline of the day (care/dobj and urge/ccomp out,
coin/dobj in), and the CRF's features read it. On the bare model a rebuild gives the same
tables until the model package itself changes."""

from __future__ import annotations

import importlib
from collections.abc import Iterator
from pathlib import Path

from sitrep.eval.polnear import read_split
from sitrep.nlp import MODEL_PACKAGE, import_thinc_without_torch

CONSTRUCTIONS = ("ccomp", "dobj", "xcomp")
DATA = Path(__file__).resolve().parents[1] / "src" / "sitrep" / "data"
POLNEAR = Path(__file__).resolve().parents[2] / "shared" / "eval" / "quotes" / "polnear"
HEADER = [
    "# version: 1",
    "# source: PolNeAR (networkdynamics/PolNeAR, commit c3eee833), data/train only, first annotator",
    "#   per article; parsed with en_core_web_sm 3.8.0 alone (not sitrep's pipeline: no sentence",
    "#   starts or parse repairs of its own). Annotations CC BY 4.0 (see the PolNeAR repo).",
]


def bare_parser():
    """The model alone, as its pinned package loads it: a parse sitrep's own code cannot move."""
    import_thinc_without_torch()  # as nlp.load_nlp does: spaCy's CPU model never needs torch
    return importlib.import_module(MODEL_PACKAGE).load()


def construction(token) -> str | None:
    deps = {child.dep_ for child in token.children}
    return next((c for c in CONSTRUCTIONS if c in deps), None)


def train_verbs(polnear: Path) -> Iterator[tuple[object, set[int] | None]]:
    """Every VERB token of the train articles (`bare_parser`), with the character offsets where
    the annotated contents of its attribution start when annotators marked it as a cue (else
    None)."""
    articles = read_split(polnear / "data", "train")
    nlp = bare_parser()
    for article, doc in zip(articles, nlp.pipe((a.text for a in articles), batch_size=16,
                                               n_process=2)):
        cue_content: dict[int, set[int]] = {}
        for attribution in article.attributions:
            if attribution.cue:
                starts = {c[0] for c in attribution.contents}
                cue_content.update((i, starts) for i in range(*attribution.cue))
        for token in doc:
            if token.pos_ == "VERB":
                yield token, cue_content.get(token.idx)


def write_table(path: Path, header: list[str], columns: list[str], rows: list[tuple],
                what: str) -> None:
    """A learned table: its comment header, the column names, one tab-separated line a row."""
    lines = header + ["\t".join(columns)] + ["\t".join(str(v) for v in row) for row in rows]
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    print(f"wrote {path} ({len(rows)} {what})")
