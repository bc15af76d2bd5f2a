#!/usr/bin/env python3
"""Build the given-name files under src/sitrep/data/:

    first_names.tsv  name, gender: given names whose bearers are overwhelmingly of one gender,
                     for pronoun agreement ("Nick Moreau … she said" cannot be Nick);
    nicknames.tsv    nickname, names: the formal given names an English nickname stands for,
                     so "Jim Mattis" and "James Mattis" are one man.

first_names.tsv: the 1990 US Census name frequency files (dist.male.first, dist.female.first; US
government work, public domain), as shipped inside the PyPI package `names` 0.3.0. A name is
kept when the frequency of its commoner gender is at least RATIO times the other's; rarer
spellings of the other gender are dropped. The census is American: names common elsewhere
but rare in the US (Kaja, Bashar, Sergei) are absent, and the resolver then knows nothing.

nicknames.tsv: the hand-curated English name/nickname list in the PyPI package nicknames 1.0.1
(names.csv, Apache-2.0, Carlton Northern and Nick Crews), rows "name has_nickname nickname".

Usage:
    python scripts/build_given_names.py            # (re)write the files
    python scripts/build_given_names.py --check    # exit 1 if a file on disk is stale

Build-time requirements only (sitrep reads the TSV files at run time):
    pip install names==0.3.0 nicknames==1.0.1
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

DATA = Path(__file__).resolve().parents[1] / "src" / "sitrep" / "data"
RATIO = 10.0
HEADER = """\
# Given names and the gender of nearly all their bearers, for pronoun agreement.
# version: 1
# source: 1990 US Census name frequency files dist.male.first / dist.female.first (public
#   domain), from the PyPI package names==0.3.0; built by scripts/build_given_names.py.
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


NICKNAME_HEADER = """\
# English nicknames and the formal given names they stand for ("jim" → james), so that two
# mentions of one person with a nickname and a formal name are one actor.
# version: 1
# source: names.csv of the PyPI package nicknames==1.0.1 (Apache-2.0; Carlton Northern, Nick
#   Crews, hand-curated); built by scripts/build_given_names.py.
# columns: nickname (lower case), names (formal given names, lower case, |-separated)
nickname\tnames
"""


def build_nicknames(csv_path: Path) -> str:
    import csv

    formal: dict[str, set[str]] = {}
    with csv_path.open(encoding="utf-8") as handle:
        for row in csv.DictReader(handle):
            if row["relationship"] == "has_nickname" and row["name1"] != row["name2"]:
                formal.setdefault(row["name2"].lower(), set()).add(row["name1"].lower())
    lines = [NICKNAME_HEADER]
    lines += [f"{nick}\t{'|'.join(sorted(names))}\n" for nick, names in sorted(formal.items())]
    return "".join(lines)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--check", action="store_true", help="exit 1 if the file is stale")
    args = parser.parse_args()
    import names  # the census files sit beside the module
    import nicknames

    files = {DATA / "first_names.tsv": build(Path(names.__file__).parent),
             DATA / "nicknames.tsv": build_nicknames(Path(nicknames.__file__).parent / "names.csv")}
    stale = [path for path, text in files.items()
             if not path.exists() or path.read_text(encoding="utf-8") != text]
    if args.check:
        for path in files:
            print(f"{path}: {'stale' if path in stale else 'up to date'}")
        return int(bool(stale))
    for path, text in files.items():
        path.write_text(text, encoding="utf-8")
        print(f"wrote {path} ({sum(not line.startswith('#') for line in text.splitlines()) - 1} rows)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
