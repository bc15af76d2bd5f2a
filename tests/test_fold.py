"""The two `fold` keys skip Unicode normalisation for ASCII text (which it leaves as it is): the
keys must be those of the full normalisation, for ASCII and non-ASCII names alike."""

from __future__ import annotations

import re
import unicodedata

from sitrep.extract import lexicon
from sitrep.gazetteer import names

NAMES = ["Bashar al-Assad", "  São   Paulo ", "Ḩalab", "KYIV", "Côte d’Ivoire", "‘Al-Tanf’",
         "Hmeimim–Latakia", "ǅemal", "Ørsted", "fi ligature: ﬁ", "x\u0301y", "", "5th Ave.",
         "Nuñez‐Gómez", "İstanbul", "ß", "naïve\tcafé\n"]


def _full_lexicon_fold(text: str) -> str:
    text = unicodedata.normalize("NFKD", text)
    text = "".join(ch for ch in text if not unicodedata.combining(ch))
    text = text.replace("’", "'").replace("‘", "'").replace("‐", "-").replace("–", "-")
    return re.sub(r"\s+", " ", text).casefold().strip()


def _full_names_fold(text: str) -> str:
    text = unicodedata.normalize("NFKD", text.lower().translate(names._FOLD))
    text = "".join(c for c in text if not unicodedata.combining(c))
    return names._NON_WORD.sub(" ", text).strip()


def test_fold_keys_are_those_of_the_full_normalisation():
    for name in NAMES + [chr(i) for i in range(128)]:
        assert lexicon.fold(name) == _full_lexicon_fold(name), name
        assert names.fold(name) == _full_names_fold(name), name
