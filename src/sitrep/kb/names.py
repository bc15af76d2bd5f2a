"""Name keys for matching actors across documents: case, accents, punctuation, a leading
"the" and the Arabic article's spellings do not make two names different."""

from __future__ import annotations

import re
import unicodedata

_ARTICLE = re.compile(r"\b(?:al|el)[- ]|\b(?:ad|an|ar|as|ash|at|az)-", re.IGNORECASE)
_NON_WORD = re.compile(r"[^a-z0-9]+")


def name_key(name: str) -> str:
    """'The Hayat Tahrir al-Sham' and 'hayat tahrir al sham' → 'hayat tahrir sham'."""
    text = unicodedata.normalize("NFKD", name)
    text = "".join(c for c in text if not unicodedata.combining(c))
    text = text.replace("’", "").replace("'", "")
    text = _ARTICLE.sub(" ", text.lower())
    words = _NON_WORD.sub(" ", text).split()
    if words and words[0] == "the":
        words = words[1:]
    return " ".join(words)


def is_full_name(key: str) -> bool:
    """A person's key that can merge across documents: two words or more ('kaja kallas')."""
    return len(key.split()) >= 2


def is_proper_name(name: str) -> bool:
    """'Free Syrian Army' is a name; 'same factions' or 'fighters' is a description."""
    return any(word[:1].isupper() for word in name.split())
