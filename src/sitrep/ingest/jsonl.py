"""JSON Lines (plain or gzipped): one article per line, read as a stream so that a corpus of any
size goes through in constant memory. A bad line is an error for that line (`path:LINE`) only."""

from __future__ import annotations

import codecs
import gzip
import json
import zlib
from collections.abc import Iterator
from datetime import date
from typing import BinaryIO

from ..errors import InputError
from ..records import Document
from .dates import parse_published
from .decode import clean_field, normalise
from .furniture import blank_furniture
from .sources import over_limit

# Field names and their aliases, first found wins. `content_original` comes before `content`
# because datasets that have both (AllSides) keep tokenised, lower-cased text in `content`.
TEXT_FIELDS = ("text", "content_original", "content", "body")
DATE_FIELDS = ("published", "date", "published_at", "datetime")
SOURCE_FIELDS = ("source", "publisher")
_SKIP_CHUNK = 1 << 20


def read_jsonl(
    stream: BinaryIO, origin: str, published: date | None, max_bytes: int
) -> Iterator[Document | InputError]:
    number = 0
    try:
        for number, line in _lines(stream, max_bytes):
            where = f"{origin}:{number}"
            if isinstance(line, int):
                yield InputError(where, over_limit("record", line, max_bytes))
            elif line.strip():
                try:
                    yield _record(line, where, published)
                except InputError as err:
                    yield err
    except (EOFError, zlib.error, gzip.BadGzipFile) as err:
        yield InputError(origin, f"compressed data broken after line {number} ({err})")


def _lines(stream: BinaryIO, max_bytes: int) -> Iterator[tuple[int, bytes | int]]:
    """(line number, line) — or (line number, its size) for a line over max_bytes, left unread."""
    number = 0
    while line := stream.readline(max_bytes + 1):
        number += 1
        if len(line) > max_bytes and not line.endswith(b"\n"):
            yield number, len(line) + _skip_line(stream)
        else:
            yield number, line


def _skip_line(stream: BinaryIO) -> int:
    skipped = 0
    while chunk := stream.readline(_SKIP_CHUNK):
        skipped += len(chunk)
        if chunk.endswith(b"\n"):
            break
    return skipped


def _record(line: bytes, where: str, published: date | None) -> Document:
    try:
        record = json.loads(line.removeprefix(codecs.BOM_UTF8).rstrip(b"\r\n"))
    except json.JSONDecodeError as err:
        reason = f"not JSON ({err.msg.removesuffix(' at')} at column {err.colno})"
        raise InputError(where, reason) from None
    except UnicodeDecodeError:
        raise InputError(where, "not UTF-8 text") from None
    if not isinstance(record, dict):
        raise InputError(where, f"not a JSON object but {type(record).__name__}")
    return document_from_record(record, where, published)


def document_from_record(record: dict, where: str, published: date | None = None) -> Document:
    """A Document from one article's fields (a JSON Lines object or a Parquet row), by the
    same field names and aliases; InputError when it has no usable text."""
    return Document.from_text(
        _text(record, where),
        title=clean_field(record.get("title")),
        url=clean_field(record.get("url")),
        source=_source(record),
        published=published or _date(record, where),
        origin=where,
    )


def _first(record: dict, fields: tuple[str, ...]) -> tuple[str, object]:
    for field in fields:
        if record.get(field) is not None:
            return field, record[field]
    return fields[0], None


def _text(record: dict, where: str) -> str:
    field, value = _first(record, TEXT_FIELDS)
    if value is None:
        raise InputError(where, f"no text field ({', '.join(TEXT_FIELDS)})")
    if not isinstance(value, str):
        raise InputError(where, f"field '{field}' is not a string")
    text = blank_furniture(normalise(value))
    if not text.strip():
        raise InputError(where, "empty text")
    return text


def _date(record: dict, where: str) -> date | None:
    field, value = _first(record, DATE_FIELDS)
    if value is None:
        return None
    try:
        return parse_published(str(value))
    except ValueError as err:
        raise InputError(where, f"{err} in field '{field}'") from None


def _source(record: dict) -> str | None:
    _, value = _first(record, SOURCE_FIELDS)
    if isinstance(value, dict):
        return clean_field(value.get("name")) or clean_field(value.get("title"))
    return clean_field(value)
