"""Bytes to text. Every later character offset points into the text made here, so it changes
nothing but the encoding, the newlines and the whitespace around the whole text."""

from __future__ import annotations

import codecs
import re
import unicodedata

import charset_normalizer

SNIFF_BYTES = 8192
BINARY = "binary file (not text)"
# Tab, newline, vertical tab, form feed, carriage return: control characters that text does have.
_TEXT_CONTROLS = frozenset("\t\n\v\f\r")
# More control characters than this in the decoded text means the guess was a guess at noise.
_MAX_CONTROL_SHARE = 0.05
_UTF16_BOMS = (codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)
# Half of a UTF-16 surrogate pair alone: JSON's "\ud800" and a feed's "&#xD800;" decode to one,
# and no UTF-8 (the store, the JSON output, the content hash) can hold it.
_LONE_SURROGATE = re.compile("[\ud800-\udfff]")


class NotText(ValueError):
    """The bytes are not text in any encoding we can tell."""


def looks_binary(head: bytes) -> bool:
    """NUL bytes near the start: no text encoding but UTF-16/32 has them, and those carry a BOM."""
    return b"\x00" in head[:SNIFF_BYTES] and not head.startswith(_UTF16_BOMS)


def decode_bytes(data: bytes) -> str:
    """UTF-8 (BOM stripped) when it is valid, else charset_normalizer's best guess."""
    if data.startswith(_UTF16_BOMS):
        try:
            return data.decode("utf-16")
        except UnicodeDecodeError:
            raise NotText(BINARY) from None
    if looks_binary(data):
        raise NotText(BINARY)
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError:
        pass
    best = charset_normalizer.from_bytes(data).best()
    if best is None:
        raise NotText(BINARY)
    text = str(best)
    if _control_share(text[:SNIFF_BYTES]) > _MAX_CONTROL_SHARE:
        raise NotText(BINARY)
    return text


def normalise(text: str) -> str:
    """Newlines to `\\n` and the whole text stripped; inner whitespace is the author's. A lone
    surrogate becomes U+FFFD (one character for one, so no offset moves)."""
    text = _LONE_SURROGATE.sub("\ufffd", text)
    return text.replace("\r\n", "\n").replace("\r", "\n").lstrip("\ufeff").strip()


def clean_field(value: object) -> str | None:
    """A title, URL or name: stripped, and None when blank or not a string."""
    if not isinstance(value, str):
        return None
    return _LONE_SURROGATE.sub("\ufffd", value).strip() or None


def _control_share(sample: str) -> float:
    if not sample:
        return 0.0
    controls = sum(
        1 for ch in sample if ch not in _TEXT_CONTROLS and unicodedata.category(ch) == "Cc"
    )
    return controls / len(sample)
