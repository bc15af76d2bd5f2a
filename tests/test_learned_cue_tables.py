"""The cue tables learned from PolNeAR train (`scripts/build_cue_lexicon.py`,
`scripts/build_rare_cues.py`) are learned on the bare model's parse, which sitrep's own parse
code cannot move: `cue_verbs_learned.tsv`, rebuilt on the pipeline of the day, came out with 219
pairs instead of its 220, so the file no longer followed from its script."""

import sys
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO / "scripts"))

import polnear_cues  # noqa: E402  (a script module, importable once scripts/ is on the path)

from sitrep.nlp import load_nlp  # noqa: E402

LEARNED_TABLES = ("cue_verbs_learned.tsv", "cue_verb_preps_learned.tsv",
                  "cue_verbs_learned_rare.tsv")


def test_learning_parses_with_the_model_alone():
    bare, pipeline = polnear_cues.bare_parser(), load_nlp()
    assert not [name for name in bare.pipe_names if name.startswith("sitrep")]
    assert [name for name in pipeline.pipe_names if name.startswith("sitrep")]  # what it avoids
    text = "WASHINGTON - The senator said on Tuesday that the bill would pass."
    assert [t.text for t in bare(text)] == [t.text for t in pipeline(text)]


@pytest.mark.parametrize("name", LEARNED_TABLES)
def test_each_learned_table_names_the_parse_its_script_uses(name):
    lines = (polnear_cues.DATA / name).read_text(encoding="utf-8").splitlines()
    comments = [line for line in lines if line.startswith("#")]
    assert all(line in comments for line in polnear_cues.HEADER), name
