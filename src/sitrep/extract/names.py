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


def same_given_name(a: str, b: str) -> bool:
    """'jim' and 'james', 'bill' and 'william': one given name, formal or familiar."""
    if a == b:
        return True
    nicknames = _nicknames()
    return bool(({a} | nicknames.get(a, frozenset())) & ({b} | nicknames.get(b, frozenset())))


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
