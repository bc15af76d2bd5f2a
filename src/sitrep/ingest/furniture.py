"""Page furniture: the text of a page's widgets that scrapers keep inside an article's body.

A CNN article scraped to plain text carries its video player ('JUST WATCHED <title> Replay More
Videos ... MUST WATCH <title> 06:22'), a Washington Times one its sign-up box and copyright line.
Read as prose, a video's title becomes an event and 'Story highlights' a speaker. The patterns
are data (`data/page_furniture.tsv`, each with the publisher it was seen at). Furniture is
blanked, not cut: each of its characters becomes a space and newlines stay, so every character
offset into the text still points at the same place of the article as it was read.
"""

from __future__ import annotations

import re
from functools import lru_cache

from ..data import read_table


@lru_cache(maxsize=1)
def _furniture() -> re.Pattern:
    parts = []
    for row in read_table("page_furniture.tsv"):
        pattern = row["pattern"]
        # A line widget must be the whole line: the same words inside a sentence are the author's.
        parts.append(rf"^[ \t]*(?:{pattern})[ \t]*$" if row["scope"] == "line" else f"(?:{pattern})")
    return re.compile("|".join(parts), re.MULTILINE)


def blank_furniture(text: str) -> str:
    """`text` with page furniture turned to spaces (newlines kept): same length, same offsets."""
    return _furniture().sub(_blank, text)


def _blank(match: re.Match) -> str:
    return re.sub(r"[^\n]", " ", match.group())
