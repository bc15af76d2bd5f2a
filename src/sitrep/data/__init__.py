"""Knowledge shipped as data: versioned TSV files, each opening with `#` lines naming its source.

See SOURCES.md in this folder for where every file comes from and how to regenerate it.
"""

from __future__ import annotations

import csv
from functools import lru_cache
from importlib import resources


def data_text(name: str) -> str:
    return resources.files(__package__).joinpath(name).read_text(encoding="utf-8")


@lru_cache(maxsize=None)
def read_table(name: str) -> tuple[dict[str, str], ...]:
    """Rows of a TSV data file as dicts keyed by its header row; `#` lines are provenance."""
    lines = [line for line in data_text(name).splitlines() if line and not line.startswith("#")]
    reader = csv.DictReader(lines, delimiter="\t", quoting=csv.QUOTE_NONE)
    return tuple({key: (value or "").strip() for key, value in row.items()} for row in reader)


@lru_cache(maxsize=None)
def word_class(name: str, word_class: str) -> frozenset[str]:
    """The words of `word_class` in a `word  class` data file (event_word_classes.tsv,
    place_word_classes.tsv). A class the file lacks is an error at import, not a rule that
    silently never fires."""
    words = frozenset(r["word"] for r in read_table(name) if r["class"] == word_class)
    if not words:
        raise KeyError(f"data/{name} has no class {word_class!r}")
    return words


def split_multi(cell: str) -> list[str]:
    """Multi-valued cells use `|`."""
    return [part.strip() for part in cell.split("|") if part.strip()]
