"""What the scripts that build committed data files (data/*.tsv from pinned packages) share: a
warning when the installed packages are not the pinned ones, and writing the file or, with
--check, only telling whether the committed one is stale."""

from __future__ import annotations

import sys
from importlib import metadata
from pathlib import Path


def warn_unpinned(pinned: dict[str, str]) -> None:
    """A different installed version may give other rows: say so, do not stop."""
    for package, version in pinned.items():
        if metadata.version(package) != version:
            print(f"warning: {package} {metadata.version(package)} installed, {version} pinned",
                  file=sys.stderr)


def write_or_check(out: Path, text: str, check: bool, header: str, rows_are: str) -> None:
    """Write `text` to `out`; with `check`, exit 1 if the committed file differs, 0 if not."""
    if check:
        sys.exit(0 if out.read_text(encoding="utf-8") == text else 1)
    out.write_text(text, encoding="utf-8")
    print(f"{out}: {text.count(chr(10)) - header.count(chr(10))} {rows_are}")
