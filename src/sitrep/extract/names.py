"""Person and organisation names: keys that match spelling variants without merging people.

"Abu Khaled" and "Abo Khaled" are one man; "Ali Hassan" and "Ali Hussein" are two. So the key
only evens out what transliteration varies without changing the name: case, accents, the
Arabic article (al-, el-), the kunya particle (Abu/Abo/Abou) and the spellings of Muhammad.
"""

from __future__ import annotations

import re
from functools import lru_cache

from sitrep.data import read_table
from sitrep.extract.lexicon import fold

_ARTICLES = {"al", "el", "ad", "as", "ash", "at", "ar", "az", "an"}
_TOKEN_VARIANTS = {
    "abo": "abu",
    "abou": "abu",
    "mohammed": "muhammad",
    "mohammad": "muhammad",
    "mohamed": "muhammad",
    "muhammed": "muhammad",
    "mohamad": "muhammad",
}


@lru_cache(maxsize=1)
def _titles() -> frozenset[str]:
    return frozenset(r["word"] for r in read_table("grammar_cues.tsv") if r["cue"] == "title")


def name_tokens(name: str) -> list[str]:
    """Normalised tokens of a name: 'Bashar al-Assad' → ['bashar', 'assad']; titles before
    the name drop out ('Mr. Clarke', 'President Assad')."""
    text = fold(name).replace("'s", "")
    tokens = []
    for raw in re.split(r"[\s\-]+", text):
        token = raw.strip(".,'\"()")
        if not token or token in _ARTICLES or (not tokens and token in _titles()):
            continue
        tokens.append(_TOKEN_VARIANTS.get(token, token))
    return tokens


@lru_cache(maxsize=1)
def _nicknames() -> dict[str, frozenset[str]]:
    """'jim' → {'james'} (data/nicknames.tsv)."""
    return {row["nickname"]: frozenset(row["names"].split("|")) for row in read_table("nicknames.tsv")}


@lru_cache(maxsize=1)
def word_genders() -> dict[str, str]:
    """'mrs' → 'f', 'spokesman' → 'm': words that tell a person's gender
    (data/gendered_words.tsv)."""
    return {row["word"]: row["gender"] for row in read_table("gendered_words.tsv")}


def word_gender(word: str) -> str | None:
    """'Mrs.' → 'f', 'spokesman' → 'm', else None."""
    return word_genders().get(word.lower().rstrip("."))


def given_name_gender(tokens: list[str]) -> str | None:
    """The gender nearly all bearers of a full name's given name share, None for a surname
    alone or a given name of both."""
    return given_name_genders().get(tokens[0]) if len(tokens) > 1 else None


@lru_cache(maxsize=1)
def given_name_genders() -> dict[str, str]:
    """'alan' → 'm' (data/first_names.tsv: 1990 US Census given names of one gender)."""
    return {row["name"]: row["gender"] for row in read_table("first_names.tsv")}


@lru_cache(maxsize=1)
def given_names() -> frozenset[str]:
    """Every given name of data/first_names.tsv (the US Census lists), lower case."""
    return frozenset(given_name_genders())


def same_given_name(a: str, b: str) -> bool:
    """'jim' and 'james', 'bill' and 'william': one given name, formal or familiar; 'raul'
    and 'raoul', 'khaled' and 'khalid': one name in two spellings (`spelling_variants`)."""
    if a == b or spelling_variants(a, b):
        return True
    nicknames = _nicknames()
    return bool(({a} | nicknames.get(a, frozenset())) & ({b} | nicknames.get(b, frozenset())))


_VOWELS = re.compile(r"[aeiouy]+")


def spelling_variants(a: str, b: str) -> bool:
    """Two romanisations of one name differ in their later vowels: same first letter, same
    first vowel, same consonants in order, lengths within two ('raul' / 'raoul', 'khaled' /
    'khalid', 'ahmad' / 'ahmed'). 'omar' and 'amer', 'hassan' and 'hussein' (first vowels)
    and short names ('dan' / 'don', 'lee' / 'leo') stay apart; callers ask this only of
    people who share a surname."""
    if min(len(a), len(b)) < 4 or a[0] != b[0] or abs(len(a) - len(b)) > 2:
        return False
    first_a, first_b = _VOWELS.search(a[1:]), _VOWELS.search(b[1:])
    if first_a is None or first_b is None or first_a.group()[0] != first_b.group()[0]:
        return False
    return _VOWELS.sub("", a[1:]) == _VOWELS.sub("", b[1:])


def name_key(name: str) -> str:
    return " ".join(name_tokens(name))


def slug(text: str) -> str:
    return re.sub(r"[^a-z0-9]+", "-", fold(text)).strip("-") or "unnamed"


def initials(name: str) -> str:
    """Upper-case initials of the capitalised words: 'Hayat Tahrir al-Sham' → 'HTS'."""
    words = re.split(r"[\s\-]+", name)
    return "".join(w[0] for w in words if w and w[0].isupper())


def is_acronym(text: str) -> bool:
    letters = text.replace(".", "")
    return 2 <= len(letters) <= 8 and letters.isalpha() and letters.isupper()
