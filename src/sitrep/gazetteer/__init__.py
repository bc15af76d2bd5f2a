"""The offline gazetteer: compiled from pip packages into one SQLite file (`sitrep gazetteer
build`), optionally extended with a GeoNames dump (`sitrep gazetteer import FILE`)."""

from pathlib import Path

from sitrep.gazetteer.index import (
    BUILD_VERSION, Candidate, Gazetteer, build, default_path, import_geonames,
)
from sitrep.gazetteer.names import name_key, split_feature


def open_or_build(path=None) -> Gazetteer | None:
    """The gazetteer for the place stage. Built on first use when missing (about 15 s, once per
    machine and sitrep version); if that fails, None and one line on stderr: places are then
    found but not resolved."""
    import sys

    path = Path(path or default_path())
    try:
        if not path.exists():
            print(f"sitrep: building the gazetteer at {path} (once, about 15 s)", file=sys.stderr)
            build(path)
        return Gazetteer(path)
    except Exception as exc:  # a missing package, a read-only cache: degrade, don't stop
        print(f"warning: gazetteer unavailable ({type(exc).__name__}: {exc}); places are "
              "found but not resolved; run `sitrep gazetteer build`", file=sys.stderr)
        return None

__all__ = ["BUILD_VERSION", "Candidate", "Gazetteer", "build", "default_path",
           "import_geonames", "name_key", "open_or_build", "split_feature"]
