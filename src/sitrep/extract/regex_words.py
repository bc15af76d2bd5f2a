"""Words a regular expression cannot match without: a check that costs a few substring searches
and spares running the expression over a text that has none of them.

Python's `re` tries a case-insensitive pattern that opens on a lookbehind (as the time rules
all do) at every position of the text; `needed_words` reads the parsed pattern for a set of
strings one of which every match contains, so `can_match` can rule out most of the rare rules
(seasons, holidays, 'noon', 'the eighties') on an article that has none of their words.
"""

from __future__ import annotations

import re

try:  # the parser behind re.compile; private, so the check is skipped where it is missing
    import re._constants as _ops
    import re._parser as _parser
except ImportError:  # pragma: no cover - other Python versions
    _parser = _ops = None

# The characters outside ASCII that `re.IGNORECASE` matches to an ASCII letter ('ſ' is 's',
# the Kelvin sign 'k'): in a text holding one, lower-casing does not show every match's letters.
# (Checked against `re` over every code point in tests/test_regex_words.py.)
ASCII_CASE_TWINS = frozenset("\u0130\u0131\u017f\u212a")

_REPEATS = tuple(getattr(_ops, name) for name in ("MAX_REPEAT", "MIN_REPEAT", "POSSESSIVE_REPEAT")
                 if hasattr(_ops, name))


def needed_words(pattern: re.Pattern) -> frozenset[str] | None:
    """Lower-case strings one of which is in every match of `pattern` (as written in it: a run
    of ASCII literals), or None where the pattern names none (it opens on digits, say)."""
    if _parser is None:
        return None
    words = _needed(_parser.parse(pattern.pattern, pattern.flags))
    return frozenset(words) if words else None


def lowered(text: str) -> str | None:
    """`text` in lower case for `can_match`, or None if a case twin makes that unsafe."""
    if not text.isascii() and any(c in ASCII_CASE_TWINS for c in text):
        return None
    return text.lower()


def can_match(words: frozenset[str] | None, lowered_text: str | None) -> bool:
    """False only when no match is possible: none of `words` is in the lower-cased text."""
    if words is None or lowered_text is None:
        return True
    return any(w in lowered_text for w in words)


def _needed(sequence) -> set[str] | None:
    """Of the parts every match goes through (literals, groups, branches, repeats at least
    once), the one whose shortest string is longest; lookarounds and optional parts say
    nothing about a match, and are skipped."""
    best = None
    items = list(sequence)
    i = 0
    while i < len(items):
        op, arg = items[i]
        i += 1
        words = None
        if op is _ops.LITERAL and arg < 128:
            run = chr(arg)
            while i < len(items) and items[i][0] is _ops.LITERAL and items[i][1] < 128:
                run += chr(items[i][1])
                i += 1
            words = {run.lower()}
        elif op is _ops.SUBPATTERN:
            words = _needed(arg[-1])
        elif op is _ops.ATOMIC_GROUP:
            words = _needed(arg)
        elif op is _ops.BRANCH:
            alternatives = [_needed(a) for a in arg[1]]
            words = set().union(*alternatives) if all(alternatives) else None
        elif op in _REPEATS and arg[0] >= 1:
            words = _needed(arg[2])
        if words and (best is None or min(map(len, words)) > min(map(len, best))):
            best = words
    return best
