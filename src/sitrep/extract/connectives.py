"""A discourse connective that opens a content reported before its cue: 'Still, Cruz will be
re-evaluating how he approaches his colleagues, he said'. The connective ('still', 'however',
'in fact', `data/discourse_connectives.tsv`) is the writer's link to the sentence before, not
part of what the speaker claimed; PolNeAR's annotators start the content after it. After the
cue ('said that, in other words, …') the word is inside the reported clause and stays."""

from __future__ import annotations

import re
from functools import lru_cache

from sitrep.data import read_table

CharSpan = tuple[int, int]


def without_leading_connective(text: str, content: CharSpan, cue: CharSpan) -> CharSpan:
    """`content` without a connective and its comma at its start, when the content ends
    before its cue begins; unchanged otherwise, or when nothing would be left."""
    start, end = content
    if end > cue[0]:
        return content
    match = _connective_opening().match(text, start, end)
    if match is None or match.end() >= end:
        return content
    return match.end(), end


@lru_cache(maxsize=1)
def _connective_opening() -> re.Pattern:
    """A connective, a comma right after it (spaces allowed) and the spaces after the comma;
    longest first, so 'as it currently stands' wins over a shorter phrase it starts with."""
    words = sorted((row["connective"] for row in read_table("discourse_connectives.tsv")),
                   key=len, reverse=True)
    alternatives = "|".join(re.escape(w).replace("'", "['’]").replace(r"\ ", r"\s+") for w in words)
    return re.compile(rf"(?:{alternatives})\s*,\s*", re.IGNORECASE)
