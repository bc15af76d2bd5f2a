"""The offline gazetteer: compiled from pip packages into one SQLite file (`sitrep gazetteer
build`), optionally extended with a GeoNames dump (`sitrep gazetteer import FILE`)."""

import os
from pathlib import Path

from sitrep.gazetteer.index import (
    BUILD_VERSION, Candidate, Gazetteer, build, default_path, import_geonames,
)
from sitrep.gazetteer.names import name_key, split_feature


# path → (the file's identity and the process, its open Gazetteer): see `_shared`
_OPENED: dict[str, tuple[tuple, Gazetteer]] = {}


def open_or_build(path=None) -> Gazetteer | None:
    """The gazetteer for the place stage. Built on first use when missing (about 15 s, once per
    machine and sitrep version); if that fails, None and one line on stderr: places are then
    found but not resolved. One shared, read-only object per file and process: do not close
    it."""
    import sys

    path = Path(path or default_path())
    try:
        if not path.exists():
            print(f"sitrep: building the gazetteer at {path} (once, about 15 s)", file=sys.stderr)
            build(path)
        return _shared(path)
    except Exception as exc:  # a missing package, a read-only cache: degrade, don't stop
        print(f"warning: gazetteer unavailable ({type(exc).__name__}: {exc}); places are "
              "found but not resolved; run `sitrep gazetteer build`", file=sys.stderr)
        return None


def _shared(path: Path) -> Gazetteer:
    """The one open Gazetteer of this file in this process. The actors and places stages (and an
    eval beside them) each asked for one, so a process held two SQLite connections, two maps of
    the file and two look-up memos that learnt the same names. Opened afresh when the file was
    rebuilt or replaced since (its inode, size or time differ), and in a forked child (a SQLite
    connection must not cross a fork)."""
    stat = path.stat()
    identity = (stat.st_ino, stat.st_size, stat.st_mtime_ns, os.getpid())
    key = str(path.resolve())
    opened = _OPENED.get(key)
    if opened is None or opened[0] != identity:
        opened = _OPENED[key] = (identity, Gazetteer(path))
    return opened[1]


__all__ = ["BUILD_VERSION", "Candidate", "Gazetteer", "build", "default_path",
           "import_geonames", "name_key", "open_or_build", "split_feature"]
