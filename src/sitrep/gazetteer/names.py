"""Name keys: one spelling for the many ways a place name is written in English news.

`name_key` folds case, diacritics and the usual variation of Arabic, Persian, Russian and
Ukrainian names in Latin script, so "Khmeimim", "Hmeimim" and "Ḩumaymīm" meet, and so do
"Tartous", "Tartus" and "Tartoos" or "al-Tanf" and "Tanf". The gazetteer stores names under this
key and the place stage looks mentions up under it; both sides use this one function.

`split_feature` separates a generic feature word from the name ("Khmeimim airbase" → name
"Khmeimim", hint "air"), so a facility is found under its bare name and the hint ranks it.
"""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

from sitrep.data import read_table

# Letters that NFKD does not decompose into ASCII + combining marks.
_FOLD = str.maketrans({
    "ı": "i", "ł": "l", "ø": "o", "ß": "ss", "æ": "ae", "œ": "oe", "đ": "d", "ð": "d",
    "þ": "th", "ħ": "h", "ŧ": "t", "ʼ": "", "ʻ": "", "ʿ": "", "ʾ": "", "’": "", "‘": "",
    "'": "", "`": "", "´": "", "ʹ": "",
})
_NON_WORD = re.compile(r"[^a-z0-9]+")
# Arabic article and its assimilated forms, and English "the": "al-Tanf", "Ar-Raqqah",
# "Deir ez-Zor" keep only the name ("ez" inside a name is dropped too: "deir zor").
_ARTICLES = {"al", "el", "ul", "ad", "ed", "ar", "er", "as", "es", "ash", "esh", "at", "et",
             "az", "ez", "an", "en", "the"}
# Transliteration variants, applied in order to the folded lowercase text of each word.
_VARIANTS = (
    ("kh", "h"), ("gh", "g"), ("dh", "d"), ("zh", "z"), ("sh", "s"), ("ch", "c"), ("ph", "f"),
    ("th", "t"), ("ou", "u"), ("oo", "u"), ("ee", "i"), ("ey", "i"), ("ei", "i"), ("ay", "ai"),
    ("iy", "i"), ("ij", "i"), ("q", "k"), ("j", "y"), ("w", "v"), ("ck", "k"),
)
_DOUBLE = re.compile(r"([a-z])\1+")
# An assimilated Arabic article written into the next word ("Deir Ezzor" = "Deir ez-Zor",
# "Ras Ennaqoura"): the article is dropped when its consonant doubles the word's next letter.
_GLUED_ARTICLE = re.compile(r"^(?:[ae](?:d|r|s|t|z|n|sh))(?=[a-z])")

# Generic feature words at the end of a facility name, longest first, and the hint each gives.
_FEATURE_WORDS: tuple[tuple[str, str], ...] = (
    ("international airport", "air"), ("military airport", "air"), ("air force base", "air"),
    ("military air base", "air"), ("air base", "air"), ("airbase", "air"),
    ("air field", "air"), ("airfield", "air"), ("airport", "air"), ("air station", "air"),
    ("naval base", "naval"), ("naval facility", "naval"), ("navy base", "naval"),
    ("naval port", "naval"), ("military base", "base"), ("base", "base"),
    ("seaport", "port"), ("port", "port"), ("harbour", "port"), ("harbor", "port"),
    ("border crossing", "crossing"), ("crossing point", "crossing"), ("crossing", "crossing"),
    ("nuclear power plant", "nuclear"), ("nuclear power station", "nuclear"),
    ("nuclear plant", "nuclear"), ("nuclear facility", "nuclear"), ("nuclear site", "nuclear"),
    ("npp", "nuclear"), ("dam", "dam"), ("bridge", "bridge"),
)
FEATURE_HINTS: dict[str, frozenset[str]] = {
    "air": frozenset({"airbase", "airport"}),
    "base": frozenset({"airbase", "naval_base", "military_base"}),
    "naval": frozenset({"naval_base", "port"}),
    "port": frozenset({"port", "naval_base"}),
    "crossing": frozenset({"border_crossing"}),
    "nuclear": frozenset({"nuclear_site"}),
    "dam": frozenset({"dam"}),
    "bridge": frozenset({"bridge"}),
}
FACILITY_FEATURES = frozenset().union(*FEATURE_HINTS.values())


# A compass or extent word before a name ("Far North Queensland", "north west London", "Eastern
# China", "Metro Nashville": the city's area) and a division word after it ("Hebei province",
# "Oaxaca State") qualify a place the gazetteer holds under the bare name; names that include
# such words ("North Carolina", "South Africa", "Western Australia") are their own entries and
# are looked up first.
_COMPASS = r"(?:north|south|east|west)(?:ern)?"
_LEADING_QUALIFIER = re.compile(
    rf"^(?:(?:far|upper|lower|central|greater|metro|metropolitan|{_COMPASS}(?:[- ]?{_COMPASS})?)[ -]+)+", re.I)
_TRAILING_DIVISION = re.compile(
    r"[ -]+(?:province|state|region|oblast|governorate|prefecture)$", re.I)


def without_division_word(text: str) -> str | None:
    """'Hebei' for 'Hebei province', 'Oaxaca' for 'Oaxaca State'; None when no such word ends it."""
    core = _TRAILING_DIVISION.sub("", text.strip()).strip(" -,")
    if _LEADING_QUALIFIER.fullmatch(core + " "):  # "North State Street": no division's name
        return None
    return core if core and core != text.strip() else None


_COMPASS_POINT = re.compile(r"^(?:north|south|east|west|(?:north|south)[- ]?(?:east|west)|midwest)$",
                            re.I)


@lru_cache(maxsize=1)
def _name_abbreviations() -> tuple[tuple[str, str], ...]:
    """(short, full) pairs of data/name_abbreviations.tsv: the abbreviated word of a settlement's
    name and its full spelling, either way round ("South St. Paul" / GeoNames' "South Saint
    Paul"), in the file's order."""
    return tuple((row["short"], row["full"]) for row in read_table("name_abbreviations.tsv"))


def abbreviation_variants(text: str) -> list[str]:
    """The other spellings of a name with an abbreviated word written out or a full one
    abbreviated: 'South Saint Paul' for 'South St. Paul', 'Fort St. John' for 'Fort Saint
    John'; [] when it has no such word before another word, or when it ends in a possessive:
    'St. Mark's', 'St. Michael's' are a saint's church or hospital, not Saint Mark parish."""
    if text.endswith(("'s", "’s")):
        return []
    words = text.split()
    out = []
    for short, full in _name_abbreviations():
        for i, word in enumerate(words[:-1]):
            if word == short:
                out.append(" ".join([*words[:i], full, *words[i + 1:]]))
            elif word == full and short.endswith("."):
                out.append(" ".join([*words[:i], short, *words[i + 1:]]))
    return list(dict.fromkeys(out))


def compass_point(text: str) -> bool:
    """The text is a compass point and nothing else: 'West', 'North', 'Southeast'."""
    return bool(_COMPASS_POINT.match(text.strip()))


def without_compass_word(text: str) -> str | None:
    """'London' for 'north west London', 'China' for 'Eastern China'; None when no compass or
    extent word starts it."""
    core = _LEADING_QUALIFIER.sub("", text.strip()).strip(" -,")
    return core if core and core != text.strip() else None


def fold(text: str) -> str:
    """Lowercase ASCII letters, digits and spaces: case, diacritics and punctuation gone."""
    text = text.lower().translate(_FOLD)
    if not text.isascii():  # ASCII has neither decompositions nor combining marks
        text = unicodedata.normalize("NFKD", text)
        text = "".join(c for c in text if not unicodedata.combining(c))
    return _NON_WORD.sub(" ", text).strip()


def _unglued(word: str) -> str:
    m = _GLUED_ARTICLE.match(word)
    if m and len(word) > 4 and word[m.end()] == m.group()[-1]:
        return word[m.end():]
    return word


# A word recurs in many names ('al', 'province', 'sheikh'), each new name a miss of `name_key`'s
# memo: the word's key, a pure function of it, is kept too (bounded).
@lru_cache(maxsize=50_000)
def _word_key(word: str) -> str:
    if len(word) == 1:  # an initial, a letter of an abbreviation: 'N.J.' is not 'N.Y.'
        return word
    for old, new in _VARIANTS:
        word = word.replace(old, new)
    return _DOUBLE.sub(r"\1", word)


@lru_cache(maxsize=200_000)
def name_key(text: str) -> str:
    """The lookup key of a name; '' when nothing of a name is left. Cached: news repeats names."""
    words = fold(text).split()
    words = [w for i, w in enumerate(words) if not (w in _ARTICLES and i < len(words) - 1)]
    words = [_unglued(w) if i else w for i, w in enumerate(words)]
    return " ".join(_word_key(w) for w in words)


def split_feature(text: str) -> tuple[str, str | None]:
    """('Khmeimim', 'air') for 'Khmeimim airbase'; (text, None) when no feature word ends it
    or nothing would be left of the name."""
    folded = fold(text)
    for words, hint in _FEATURE_WORDS:
        if folded.endswith(" " + words):
            cut = len(text.rstrip()) - _tail_length(text, len(words.split()))
            core = text[:cut].strip(" -,")
            if fold(core):
                return core, hint
    return text, None


def _tail_length(text: str, n_words: int) -> int:
    """Characters taken by the last `n_words` words of `text` (feature words are plain ASCII,
    so word boundaries in the raw text match those of the folded text)."""
    parts = re.findall(r"[^\W_]+|[\W_]+", text.rstrip())
    length, seen = 0, 0
    for part in reversed(parts):
        length += len(part)
        if part[0].isalnum():
            seen += 1
            if seen == n_words:
                break
    return length


@lru_cache(maxsize=20_000)
def feature_hint(word: str) -> str | None:
    """The hint a generic word gives ('airbase' → 'air'), else None."""
    folded = fold(word)
    return next((hint for words, hint in _FEATURE_WORDS if words == folded), None)


def is_latin(name: str) -> bool:
    """True when the name is written in Latin script (worth indexing for English text)."""
    letters = [c for c in name if c.isalpha()]
    return bool(letters) and all(
        "LATIN" in unicodedata.name(c, "") for c in letters)
