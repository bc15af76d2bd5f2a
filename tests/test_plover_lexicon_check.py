"""The curated PLOVER lexicon agrees with the PLOVER ontology files: every root, mode and CAMEO
code it names exists there (`scripts/build_plover_lexicon.py --check`). Two rows carried a mode
the codebook lacks ('martial-law') for eight passes because nothing ran the check."""

import subprocess
import sys
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[1]
ONTOLOGY = REPO.parent / "shared" / "eval" / "events" / "plover_ontology"


@pytest.mark.skipif(not ONTOLOGY.is_dir(), reason="the PLOVER ontology files are in ../shared/eval")
def test_curated_lexicon_passes_the_ontology_check():
    done = subprocess.run(
        [sys.executable, str(REPO / "scripts" / "build_plover_lexicon.py"), "--check",
         "--ontology", str(ONTOLOGY)],
        capture_output=True, text=True, env={"PYTHONPATH": str(REPO / "src"), "PATH": ""},
    )
    assert done.returncode == 0, done.stdout + done.stderr
    assert done.stdout.rstrip().endswith("0 problems")
