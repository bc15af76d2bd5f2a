"""RSS and Atom feeds (feedparser): one document per item, its origin `path#N` (N from 1)."""

from __future__ import annotations

import io
import re
from collections.abc import Iterator
from datetime import date

import feedparser

from ..errors import InputError
from ..records import Document
from .dates import parse_published
from .decode import clean_field, normalise
from .furniture import blank_furniture
from .html import fragment_text

NOT_A_FEED = "not RSS or Atom (no <rss> or <feed> element)"
# A numeric character reference, `&#xD800;` or `&#55296;`. feedparser's fallback parser turns
# one into a character with chr() and UTF-8, and raises on a surrogate or past U+10FFFF.
_CHARREF = re.compile(rb"&#(?:[xX]([0-9a-fA-F]+)|([0-9]+));")
_REPLACEMENT = b"&#xFFFD;"


def read_feed(data: bytes, origin: str, published: date | None) -> Iterator[Document | InputError]:
    # A stream: feedparser takes a string for a URL to fetch and bytes for a file name to open
    # when they look like one. Bytes in it, so that it honours the encoding the XML declares.
    # External entities are never fetched: feedparser turns the SAX feature off, and its
    # fallback parser does not read DTDs (tests/test_fuzz.py holds it to that).
    try:
        parsed = feedparser.parse(io.BytesIO(_CHARREF.sub(_valid_charref, data)))
    except (ValueError, OverflowError, RecursionError) as err:  # feedparser's own bugs
        raise InputError(origin, f"feed cannot be parsed ({type(err).__name__}: {err})") from None
    if not parsed.version:
        raise InputError(origin, NOT_A_FEED)
    if not parsed.entries:
        raise InputError(origin, "feed has no items")
    feed_title = clean_field(parsed.feed.get("title"))
    for number, entry in enumerate(parsed.entries, start=1):
        where = f"{origin}#{number}"
        try:
            yield _entry_document(entry, where, feed_title, published)
        except InputError as err:
            yield err


def _valid_charref(match: re.Match) -> bytes:
    """The reference as written when it names a character, else U+FFFD's."""
    hex_digits, digits = match.groups()
    if len(hex_digits or digits) > 8:  # past U+10FFFF whatever the digits (int() caps length)
        return _REPLACEMENT
    value = int(hex_digits, 16) if hex_digits else int(digits)
    if 0xD800 <= value <= 0xDFFF or value > 0x10FFFF:
        return _REPLACEMENT
    return match.group(0)


def _entry_document(
    entry: dict, where: str, feed_title: str | None, published: date | None
) -> Document:
    text = blank_furniture(_entry_text(entry))
    if not text.strip():
        raise InputError(where, "item has no text")
    try:
        day = published or _entry_date(entry)
    except ValueError as err:
        raise InputError(where, str(err)) from None
    return Document.from_text(
        text,
        title=clean_field(entry.get("title")),
        url=clean_field(entry.get("link")),
        source=feed_title,
        published=day,
        origin=where,
    )


def _entry_text(entry: dict) -> str:
    """The full content when the feed carries it, else the summary."""
    parts = [*entry.get("content", []), entry.get("summary_detail")]
    for part in parts:
        if part and part.get("value", "").strip():
            value = part["value"]
            return fragment_text(value) if "html" in part.get("type", "") else normalise(value)
    return ""


def _entry_date(entry: dict) -> date | None:
    for field in ("published", "updated"):
        raw = entry.get(field)
        if not raw:
            continue
        try:
            return parse_published(raw)
        except ValueError as err:
            struct = entry.get(f"{field}_parsed")
            if struct is None:
                raise ValueError(f"{err} in field '{field}'") from None
            # feedparser reads date dialects that parse_published does not (in UTC, a last resort).
            return parse_published(date(*struct[:3]).isoformat())
    return None
