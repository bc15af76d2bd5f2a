"""US lawmakers' party and state as news copy tags them, for the descriptions that stand for them.

'Sen. Lindsey Graham (R-S.C.) … the South Carolina Republican said': the tag after the name
('(R-S.C.)', ', R-Texas,', ', a Republican from Ohio,', ', Oklahoma Republican,', ' of
Maryland'), or the party before it ('Republican Sen. X', 'Tennessee Republican Bob Corker'), gives
the person a party and a state the later description can be matched against. The states are
data/us_states.tsv (AP abbreviations, postal codes, full names), the parties data/us_parties.tsv.
Used by extract/speaker_titles.py, which keeps these as title words of the person.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from functools import lru_cache

from sitrep.data import read_table, split_multi

STATE_PREFIX = "state:"  # a state among a person's title words: 'state:south carolina'
LAWMAKER = "lawmaker"  # the title word a letter tag gives (data/title_forms.tsv: 'the lawmaker')
_WINDOW = 80  # characters read after and before a mention for its tag

_NAME_WORDS = r"[A-Z][A-Za-z.]*(?:\s[A-Z][A-Za-z.]*){0,2}"
# 'Graham (R-S.C.)', 'Arrington, R-Texas,', 'Pelosi, D-Calif.,', 'X (D-CA)', 'X, R-Illinois'
_LETTER_TAG = re.compile(r"\s*[(,]\s*([RDI])\s*[-–]\s*(" + _NAME_WORDS + r")")
# 'Cole, Oklahoma Republican,', 'Smith, the ranking Democrat on…', 'X, a Republican from Ohio'
# (up to two lower-case words between the article and the party: 'the ranking', 'a freshman';
# no relative word: 'X, whose Republican colleagues' says nothing of X's party)
_PARTY_APPOSITION = re.compile(
    r"\s*,\s*(?:(?:an?|the)\s+)?(?:(?!who|whose|which|that|and|or|but)[a-z-]+\s+){0,2}"
    r"(?:([A-Z][a-z]+(?:\s[A-Z][a-z]+)?)\s+)?(Republican|Democrat|Democratic|GOP)\b"
    r"(?:\s+(?:of|from)\s+([A-Z][a-z]+(?:\s[A-Z][a-z]+)?))?")
# 'Rep. Dutch Ruppersberger of Maryland'
_OF_STATE = re.compile(r"\s+(?:of|from)\s+([A-Z][a-z]+(?:\s[A-Z][a-z]+)?)")
# 'Republican Sen. Lindsey Graham', 'Tennessee Republican Bob Corker', 'Senate Republican Leader
# Mitch McConnell': the party, up to three capitalised words or short abbreviations, then the
# name (not 'Democratic lawmakers criticized Trump', which says nothing of Trump's party, nor
# 'the Republican Party. Trump said', a sentence before)
_PARTY_BEFORE = re.compile(
    r"(?:\b([A-Z][a-z]+(?:\s[A-Z][a-z]+)?)\s+)?\b(Republican|Democrat|Democratic|GOP)"
    r"\s+(?:(?:[A-Z][a-z]{0,3}\.|[A-Z][A-Za-z]*)\s+){0,3}$")


def tag_words(text: str, start: int, end: int) -> set[str]:
    """The party and state title words the tag of the mention text[start:end] gives: the
    party's description head ('republican') and the state ('state:south carolina')."""
    words: set[str] = set()
    after = text[end:end + _WINDOW]
    if (match := _LETTER_TAG.match(after)) is not None and (
            state := state_named(match.group(2))) is not None:
        # the letter tag is the AP's for members of Congress and state legislators: 'the New
        # York lawmaker' after 'Chairman Jerry Nadler, D-NY'
        words |= _party_words(party_of_letter().get(match.group(1)), state) | {LAWMAKER}
    elif (match := _PARTY_APPOSITION.match(after)) is not None:
        state = state_named(match.group(1) or "") or state_named(match.group(3) or "")
        words |= _party_words(party_named(match.group(2)), state)
    elif (match := _OF_STATE.match(after)) is not None:
        words |= _party_words(None, state_named(match.group(1)))
    before = text[max(0, start - _WINDOW):start]
    if (match := _PARTY_BEFORE.search(before)) is not None:
        words |= _party_words(party_named(match.group(2)), state_named(match.group(1) or ""))
    return words


def _party_words(party: str | None, state: str | None) -> set[str]:
    return {word for word in (party, state and STATE_PREFIX + state.lower()) if word}


def states_in(words: Iterable[str]) -> set[str]:
    """The states among a person's title words."""
    return {word for word in words if word.startswith(STATE_PREFIX)}


def state_in_words(words: list[str]) -> str | None:
    """The state named by a run of words ('South Carolina' of 'the South Carolina
    Republican'), as a title word; the longest run wins ('West Virginia', not 'Virginia')."""
    for size in (3, 2, 1):
        for i in range(len(words) - size + 1):
            if (state := state_named(" ".join(words[i:i + size]))) is not None:
                return STATE_PREFIX + state.lower()
    return None


def state_named(words: str) -> str | None:
    """'S.C.', 'SC', 'South Carolina' → 'South Carolina'; a sentence's full stop after the tag
    ('R-Texas.') is not part of it. Upper-case postal codes only ('OR' and 'IN' are words)."""
    forms = _state_forms()
    words = " ".join(words.split())
    for form in (words, words.rstrip(".")):
        if form in forms:
            return forms[form]
    return None


def party_named(word: str | None) -> str | None:
    """'Democratic', 'GOP' → the party's description head ('democrat', 'republican')."""
    return _party_of_word().get((word or "").lower())


def party_heads() -> frozenset[str]:
    """The description heads that name a party's member: 'republican', 'democrat'."""
    return frozenset(party_of_letter().values())


@lru_cache(maxsize=1)
def party_of_letter() -> dict[str, str]:
    return {row["letter"]: row["party"] for row in read_table("us_parties.tsv")}


@lru_cache(maxsize=1)
def _party_of_word() -> dict[str, str]:
    return {word: row["party"] for row in read_table("us_parties.tsv")
            for word in split_multi(row["words"]) + [row["party"]]}


@lru_cache(maxsize=1)
def _state_forms() -> dict[str, str]:
    forms: dict[str, str] = {}
    for row in read_table("us_states.tsv"):
        for form in [row["state"], row["postal"], *split_multi(row["ap"])]:
            forms[form] = row["state"]
    return forms
