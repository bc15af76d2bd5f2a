"""Words a regular expression cannot match without: a check that costs a few substring searches
and spares running the expression over a text that has none of them.

Python's `re` tries a case-insensitive pattern that opens on a lookbehind (as the time rules
all do) at every position of the text; `needed_words` reads the parsed pattern for a set of
strings one of which every match contains, so `can_match` can rule out most of the rare rules
(seasons, holidays, 'noon', 'the eighties') on an article that has none of their words.
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from collections.abc import Iterator
from functools import lru_cache

try:  # the parser behind re.compile; private, so the check is skipped where it is missing
    import re._constants as _ops
    import re._parser as _parser
except ImportError:  # pragma: no cover - other Python versions
    _parser = _ops = None

# The characters outside ASCII that `re.IGNORECASE` matches to an ASCII letter ('ſ' is 's',
# the Kelvin sign 'k'): in a text holding one, lower-casing does not show every match's letters.
# (Checked against `re` over every code point in tests/test_regex_words.py.)
ASCII_CASE_TWINS = frozenset("\u0130\u0131\u017f\u212a")

# A decimal digit outside ASCII: `\d` matches it, `[0-9]` does not.
_OTHER_DIGIT = re.compile(r"(?![0-9])\d")

_REPEATS = tuple(getattr(_ops, name) for name in ("MAX_REPEAT", "MIN_REPEAT", "POSSESSIVE_REPEAT")
                 if hasattr(_ops, name))


def needed_words(pattern: re.Pattern) -> frozenset[str] | None:
    """Lower-case strings one of which is in every match of `pattern` (as written in it: a run
    of ASCII literals), or None where the pattern names none (it opens on digits, say)."""
    if _parser is None:
        return None
    words = _needed(_parsed(pattern))
    return frozenset(words) if words else None


@lru_cache(maxsize=1024)  # the time rules' ~200 patterns (rules and gates), each asked twice
def _parsed(pattern: re.Pattern):
    """The pattern's parse tree, read (never changed) by both `needed_words` and
    `opening_words`: parsed once, not once for each (a worker's start parses every time rule)."""
    return _parser.parse(pattern.pattern, pattern.flags)


def lowered(text: str) -> str | None:
    """`text` in lower case for `can_match` and `find_matches`, or None where that is unsafe:
    a case twin, or a decimal digit of another script ('٣', which `\\d` matches: in a text
    without one, `\\d` is [0-9])."""
    if not text.isascii() and (not ASCII_CASE_TWINS.isdisjoint(text)
                               or _OTHER_DIGIT.search(text)):
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


# Of a pattern's opening strings, at most this many are kept (a longer list is read as none:
# the finds would cost more than the scan they spare).
MAX_OPENINGS = 64
# A try at one position (`pattern.match`, from Python) costs about what `finditer` spends on this
# many positions: with more openings than one in so many characters, the plain scan is cheaper.
TRIES_PER_FIND = 10
_ZERO_WIDTH = tuple(getattr(_ops, name) for name in ("AT", "ASSERT", "ASSERT_NOT")
                    if _ops is not None and hasattr(_ops, name))


def opening_words(pattern: re.Pattern) -> frozenset[str] | None:
    """Lower-case strings one of which every match of `pattern` begins with (lookarounds, which
    consume nothing, skipped), or None where a match may open on something else (a space, `.`,
    a negated class). A match then starts only where the lower-cased text holds one of them, so
    `find_matches` tries the pattern only there instead of at every position of the text."""
    if _parser is None:
        return None
    openings = _openings(_parsed(pattern))
    if not openings or any(not word for word, _ in openings):
        return None
    words = {word for word, _ in openings}
    # 'day' already finds every start of 'days': keep only the shortest of each family
    shortest = frozenset(w for w in words if not any(o != w and w.startswith(o) for o in words))
    return shortest if len(shortest) <= MAX_OPENINGS else None


def find_matches(pattern: re.Pattern, openings: frozenset[str] | None, text: str,
                 lowered_text: str | None, pos: int = 0, endpos: int | None = None,
                 ) -> Iterator[re.Match]:
    """What `pattern.finditer(text, pos, endpos)` yields, trying the pattern only where one of
    its `openings` (opening_words) starts in `lowered_text` (`lowered(text)`). Python's `re`
    otherwise runs a case-insensitive pattern that opens on a lookbehind at every position.

    The same matches: every match begins with an opening, so a position without one cannot
    start a match; at a position that can, `pattern.match(text, q, endpos)` is the attempt
    finditer makes there (lookbehinds see the text before `q` either way); and matches are
    taken left to right from the end of the last one, as finditer does (an opening is never
    empty, so neither is a match). Without openings or a safe lowered text: finditer itself."""
    endpos = len(text) if endpos is None else endpos
    if openings is None or lowered_text is None:
        yield from pattern.finditer(text, pos, endpos)
        return
    starts = _opening_positions(openings, lowered_text, pos, endpos)
    if starts is None:  # so many that trying each would cost more than the scan
        yield from pattern.finditer(text, pos, endpos)
        return
    resume = pos
    for start in sorted(starts):
        if start < resume:
            continue
        match = pattern.match(text, start, endpos)
        if match is not None:
            yield match
            resume = match.end()


def _opening_positions(openings: frozenset[str], lowered_text: str, pos: int,
                       endpos: int) -> set[int] | None:
    """Where any of `openings` starts in lowered_text[pos:endpos] (each occurrence that lies
    wholly inside, as `str.find(word, pos, endpos)` finds them); None past the point where
    trying the pattern at each would cost more than scanning (TRIES_PER_FIND). The set only
    grows, so it passes that point whatever order the words are taken in (an empty or reversed
    window finds nothing: an empty set, never None)."""
    most = max((endpos - pos) // TRIES_PER_FIND, 0)
    occurrences = _occurrences(lowered_text)
    starts: set[int] = set()
    for word in openings:
        found = occurrences.get(word)
        if found is None:
            found = occurrences[word] = _find_all(word, lowered_text)
        starts.update(found[bisect_left(found, pos):bisect_right(found, endpos - len(word))])
        if len(starts) > most:
            return None
    return starts


@lru_cache(maxsize=1)  # the text being read: the time rules scan one document's text at a time
def _occurrences(lowered_text: str) -> dict[str, list[int]]:
    """Opening word → every position it starts at in the text, found on first asking: the
    ~85 scans of an article ask ~1,150 words, ~960 of them asked before (the same month names
    and digits open many rules, and a gated rule asks again for each window)."""
    return {}


def _find_all(word: str, text: str) -> list[int]:
    """Every position `word` starts at in `text`, in order (overlapping occurrences too)."""
    found: list[int] = []
    at = text.find(word)
    while at >= 0:
        found.append(at)
        at = text.find(word, at + 1)
    return found


def _openings(sequence) -> set[tuple[str, bool]] | None:
    """(string, complete) pairs: every match of `sequence` begins with one of the strings;
    `complete` where the string is the whole of what the sequence matched (so the next part
    extends it). None where a match may begin with something unknown."""
    found = {("", True)}
    for op, arg in sequence:
        if not any(complete for _, complete in found):
            break
        if op in _ZERO_WIDTH:
            continue
        part = _part_openings(op, arg)
        longer = part and {(word + more, complete and more_complete) if complete
                           else (word, False)
                           for word, complete in found for more, more_complete in part}
        if not longer or len(longer) > MAX_OPENINGS and all(word for word, _ in found):
            # what follows is unknown, or there are too many ways on ('[01]\\d:\\d'): the
            # strings so far are only prefixes
            return {(word, False) for word, _ in found}
        if len(longer) > 4 * MAX_OPENINGS:
            return None
        found = longer
    return found


def _part_openings(op, arg) -> set[tuple[str, bool]] | None:
    if op is _ops.LITERAL:
        return {(chr(arg).lower(), True)} if arg < 128 else None
    if op is _ops.SUBPATTERN:
        return _openings(arg[-1])
    if op is _ops.ATOMIC_GROUP:
        return _openings(arg)
    if op is _ops.BRANCH:
        alternatives = [_openings(a) for a in arg[1]]
        return None if any(a is None for a in alternatives) else set().union(*alternatives)
    if op in _REPEATS:
        low, high, body = arg
        inner = _openings(body)
        if inner is None:
            return None
        once = low == high == 1
        repeated = {(word, complete and once) for word, complete in inner}
        return repeated | {("", True)} if low == 0 else repeated
    if op is _ops.IN:
        return _class_openings(arg)
    return None


def _class_openings(items) -> set[tuple[str, bool]] | None:
    """A class of a few ASCII characters ('[0-3]', '[ap]', `\\d`): each one; else None."""
    chars = set()
    for op, arg in items:
        if op is _ops.LITERAL and arg < 128:
            chars.add(chr(arg).lower())
        elif op is _ops.RANGE and arg[1] < 128 and arg[1] - arg[0] < 16:
            chars.update(chr(c).lower() for c in range(arg[0], arg[1] + 1))
        elif op is _ops.CATEGORY and arg is _ops.CATEGORY_DIGIT:  # [0-9] in a `lowered` text
            chars.update("0123456789")
        else:  # a negated class, another category, a wide range
            return None
    return {(c, True) for c in chars}
