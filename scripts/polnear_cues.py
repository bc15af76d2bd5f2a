"""What `build_cue_lexicon.py` and `build_rare_cues.py` share: the verbs of PolNeAR *train* with
the cues annotators marked, the construction that would carry a verb's content, and the TSV
writer of the learned tables. Only the train split is read; dev and test stay unseen."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

from sitrep.eval.polnear import read_split
from sitrep.nlp import load_nlp

CONSTRUCTIONS = ("ccomp", "dobj", "xcomp")
DATA = Path(__file__).resolve().parents[1] / "src" / "sitrep" / "data"
POLNEAR = Path(__file__).resolve().parents[2] / "shared" / "eval" / "quotes" / "polnear"
HEADER = [
    "# version: 1",
    "# source: PolNeAR (networkdynamics/PolNeAR, commit c3eee833), data/train only, first annotator",
    "#   per article; parsed with en_core_web_sm 3.8.0. Annotations CC BY 4.0 (see the PolNeAR repo).",
]


def construction(token) -> str | None:
    deps = {child.dep_ for child in token.children}
    return next((c for c in CONSTRUCTIONS if c in deps), None)


def train_verbs(polnear: Path) -> Iterator[tuple[object, set[int] | None]]:
    """Every VERB token of the parsed train articles, with the character offsets where the
    annotated contents of its attribution start when annotators marked it as a cue (else None)."""
    articles = read_split(polnear / "data", "train")
    nlp = load_nlp()
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
