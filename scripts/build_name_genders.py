#!/usr/bin/env python3
"""Build src/sitrep/data/first_names.tsv: given names whose bearers are overwhelmingly of one
gender, for pronoun agreement ("Nick Moreau … she said" cannot be Nick).

Source: the 1990 US Census name frequency files (dist.male.first, dist.female.first; US
government work, public domain), as shipped inside the PyPI package `names` 0.3.0. A name is
kept when the frequency of its commoner gender is at least RATIO times the other's; rarer
spellings of the other gender are dropped. The census is American: names common elsewhere
but rare in the US (Kaja, Bashar, Sergei) are absent, and the resolver then knows nothing.

Usage:
    python scripts/build_name_genders.py            # (re)write the file
    python scripts/build_name_genders.py --check    # exit 1 if the file on disk is stale

Build-time requirement only (sitrep reads the TSV at run time):
    pip install names==0.3.0
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

OUT = Path(__file__).resolve().parents[1] / "src" / "sitrep" / "data" / "first_names.tsv"
RATIO = 10.0
HEADER = """\
# Given names and the gender of nearly all their bearers, for pronoun agreement.
# version: 1
# source: 1990 US Census name frequency files dist.male.first / dist.female.first (public
#   domain), from the PyPI package names==0.3.0; built by scripts/build_name_genders.py.
# rule: kept when one gender's frequency is at least {ratio:g} times the other's.
# columns: name (lower case), gender (f | m)
name\tgender
"""


def frequencies(path: Path) -> dict[str, float]:
    rows = (line.split() for line in path.read_text(encoding="ascii").splitlines() if line.strip())
    return {row[0].lower(): float(row[1]) for row in rows}


def build(package_dir: Path) -> str:
    male = frequencies(package_dir / "dist.male.first")
    female = frequencies(package_dir / "dist.female.first")
    lines = [HEADER.format(ratio=RATIO)]
    for name in sorted(set(male) | set(female)):
        m, f = male.get(name, 0.0), female.get(name, 0.0)
        if m >= RATIO * f and m > 0:
            lines.append(f"{name}\tm\n")
        elif f >= RATIO * m and f > 0:
            lines.append(f"{name}\tf\n")
    return "".join(lines)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--check", action="store_true", help="exit 1 if the file is stale")
    args = parser.parse_args()
    import names  # the census files sit beside the module

    text = build(Path(names.__file__).parent)
    if args.check:
        stale = not OUT.exists() or OUT.read_text(encoding="utf-8") != text
        print(f"{OUT}: {'stale' if stale else 'up to date'}")
        return int(stale)
    OUT.write_text(text, encoding="utf-8")
    print(f"wrote {OUT} ({text.count(chr(10)) - HEADER.count(chr(10))} names)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
