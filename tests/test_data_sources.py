"""data/SOURCES.md states each data file's columns and row count; these tests keep it true.

The counts had drifted (event_argument_cues.tsv stated 60 rows and held 307) because nothing
checked them: a pass adding rows had to remember a table far from the file it edited.
"""

import re
from pathlib import Path

DATA_DIR = Path(__file__).resolve().parents[1] / "src" / "sitrep" / "data"

# A row of one of SOURCES.md's file tables: | `name.tsv` | `col  col` | 1,234 | made |
FILE_ROW = re.compile(r"^\| `(?P<file>[^`]+)` \| `(?P<columns>[^`]*)` \| (?P<rows>[\d,]+) \|", re.M)


def stated_rows() -> list[tuple[str, list[str], int]]:
    text = (DATA_DIR / "SOURCES.md").read_text(encoding="utf-8")
    return [
        (m["file"], m["columns"].split(), int(m["rows"].replace(",", "")))
        for m in FILE_ROW.finditer(text)
    ]


def header_and_rows(path: Path) -> tuple[list[str], int]:
    """The header row's columns and the number of data rows (the format SOURCES.md describes:
    '#' comment lines, one header row, then the rows)."""
    lines = [line for line in path.read_text(encoding="utf-8").split("\n") if line and not line.startswith("#")]
    return lines[0].split("\t"), len(lines) - 1


def data_files() -> list[str]:
    return sorted(p.name for p in DATA_DIR.iterdir() if p.is_file() and p.suffix not in {".py", ".md"})


def test_every_data_file_has_a_row_in_sources():
    described = {name for name, _, _ in stated_rows()}
    assert [name for name in data_files() if name not in described] == []


def test_stated_row_counts_match_the_files():
    wrong = []
    for name, _, stated in stated_rows():
        _, actual = header_and_rows(DATA_DIR / name)
        if actual != stated:
            wrong.append(f"{name}: SOURCES.md says {stated}, the file holds {actual}")
    assert wrong == []


def test_stated_columns_match_the_header_rows():
    wrong = []
    for name, columns, _ in stated_rows():
        header, _ = header_and_rows(DATA_DIR / name)
        if header != columns:
            wrong.append(f"{name}: SOURCES.md says {columns}, the header is {header}")
    assert wrong == []
