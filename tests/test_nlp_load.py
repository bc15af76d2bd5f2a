"""Loading the model: spaCy's thinc is imported without PyTorch, which sitrep's own models
import when they load. Each case runs in a fresh interpreter (imports are per process)."""

from __future__ import annotations

import importlib.util
import os
import subprocess
import sys
from pathlib import Path

import pytest

SRC = Path(__file__).resolve().parents[1] / "src"
needs_torch = pytest.mark.skipif(importlib.util.find_spec("torch") is None,
                                 reason="PyTorch not installed")


def run_python(code: str) -> str:
    env = {**os.environ, "PYTHONPATH": str(SRC)}
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                          env=env, timeout=120, check=False)
    assert done.returncode == 0, done.stderr[-2000:]
    return done.stdout.strip()


@needs_torch
def test_loading_the_model_does_not_import_torch():
    out = run_python("import sys\n"
                     "from sitrep.nlp import load_nlp\n"
                     "doc = load_nlp()('Russian jets struck Idlib on Sunday.')\n"
                     "import thinc.compat\n"
                     "print(len(doc), 'torch' in sys.modules, thinc.compat.has_torch)")
    assert out == "7 False False"


@needs_torch
def test_torch_is_importable_after_the_model_loaded():
    out = run_python("from sitrep.nlp import load_nlp\n"
                     "load_nlp()\n"
                     "import torch\n"
                     "print(int(torch.ones(3).sum()))")
    assert out == "3"


@needs_torch
def test_a_process_that_imported_torch_first_keeps_it_in_thinc():
    out = run_python("import torch\n"
                     "from sitrep.nlp import load_nlp\n"
                     "load_nlp()\n"
                     "import thinc.compat\n"
                     "print(thinc.compat.has_torch)")
    assert out == "True"


@needs_torch
def test_importing_a_stage_before_the_model_does_not_import_torch():
    out = run_python("import sys\n"
                     "from sitrep.extract.times import TimeExtractor\n"
                     "from sitrep.nlp import load_nlp\n"
                     "load_nlp()\n"
                     "print('torch' in sys.modules)")
    assert out == "False"
