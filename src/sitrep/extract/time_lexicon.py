"""The time words (data/time_words.tsv) as lookup tables and regular-expression alternations."""

from __future__ import annotations

import re
from collections import defaultdict
from dataclasses import dataclass
from functools import lru_cache

from sitrep.data import read_table

_TENS = {"twenty": 20, "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60, "seventy": 70,
         "eighty": 80, "ninety": 90}


@dataclass(frozen=True)
class TimeWords:
    tables: dict[str, dict[str, str]]  # kind → word → value

    def __getitem__(self, kind: str) -> dict[str, str]:
        return self.tables[kind]

    def alternation(self, *kinds: str) -> str:
        """A non-capturing regex group matching any word of `kinds`, longest first; spaces match
        any run of whitespace, a final '.' is optional ('Sept' or 'Sept.') and an apostrophe may
        be typographic ('Mother’s Day')."""
        words = sorted({w for kind in kinds for w in self.tables[kind]}, key=len, reverse=True)
        parts = []
        for word in words:
            escaped = re.escape(word).replace(r"\ ", r"\s+").replace("'", "['’]")
            parts.append(escaped[:-2] + r"\.?" if escaped.endswith(r"\.") else escaped)
        return "(?:" + "|".join(parts) + ")"

    def number(self, text: str) -> float | None:
        """'26', 'twenty-six', 'a', 'a couple of', '1.5' → the amount; vague words → None."""
        text = " ".join(text.lower().replace("-", " ").split())
        if text.endswith(" 1/2") and text[:-4].isdigit():  # '5 1/2 hours'
            return float(text[:-4]) + 0.5
        if text.endswith("½") and text[:-1].strip().isdigit():  # '8½ years'
            return float(text[:-1]) + 0.5
        if re.fullmatch(r"\d{1,3}(?:,\d{3})+(?:\.\d+)?", text):  # '1,019'
            text = text.replace(",", "")
        if text.replace(".", "", 1).isdigit():
            return float(text)
        numbers = self.tables["number"]
        if text in numbers:
            return float(numbers[text])
        parts = text.split()
        if len(parts) == 2 and parts[0] in _TENS and parts[1] in numbers:
            return float(_TENS[parts[0]] + float(numbers[parts[1]]))
        return None


@lru_cache(maxsize=1)
def time_words() -> TimeWords:
    tables: dict[str, dict[str, str]] = defaultdict(dict)
    for row in read_table("time_words.tsv"):
        tables[row["kind"]][row["word"]] = row["value"]
    return TimeWords(dict(tables))


def number_pattern(words: TimeWords) -> str:
    """Digits, number words (incl. 'twenty-six') and 'a'/'an'."""
    units = "|".join(sorted((w for w, v in words["number"].items() if w.isalpha()), key=len,
                            reverse=True))
    tens = "|".join(_TENS)
    return (rf"(?:\d{{1,3}}(?:,\d{{3}})+|\d+(?:\.\d+|\s+1/2|\s?½)?|(?:{tens})(?:[\s-](?:one|two|three|four|five|six|seven|eight|"
            rf"nine))?|{words.alternation('number')}|{units})")
