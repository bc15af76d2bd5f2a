"""Ingest: turn files, directories and stdin into `Document` records.

Pure reading: no NLP, no database. Formats are told by file extension and confirmed (or, for
stdin and unknown names, sniffed) from the first bytes: plain text, HTML pages, RSS/Atom feeds and
JSON Lines (optionally gzipped). An input that cannot become a document is yielded as an
`InputError` and reading goes on with the next one.
"""

from __future__ import annotations

import os
import zlib
from collections.abc import Iterable, Iterator
from datetime import date
from typing import BinaryIO

from ..errors import InputError
from ..records import Document
from .dates import parse_published
from .decode import BINARY, SNIFF_BYTES, NotText, decode_bytes, looks_binary, normalise
from .feeds import read_feed
from .furniture import blank_furniture
from .html import read_html
from .jsonl import read_jsonl
from .sources import Source, describe_os_error, expand, open_source, over_limit, sniff

__all__ = ["DEFAULT_MAX_BYTES", "parse_published", "read_inputs"]

DEFAULT_MAX_BYTES = 50_000_000


def read_inputs(
    paths: Iterable[str], published: date | None = None, *, max_bytes: int = DEFAULT_MAX_BYTES
) -> Iterator[Document | InputError]:
    """Yield a Document per article and an InputError per input or record that is not one.

    `paths` are files, directories (read recursively, in sorted order, hidden entries and unknown
    file types skipped) or `-` for stdin. `published` overrides every document's date. A file over
    `max_bytes` is refused unread; JSON Lines are streamed, so there the limit is per record.
    """
    if isinstance(paths, str):  # one path, not its characters
        paths = [paths]
    for arg in paths:
        for source in expand(arg):
            if isinstance(source, InputError):
                yield source
            else:
                yield from _read_source(source, published, max_bytes)


def _read_source(
    source: Source, published: date | None, max_bytes: int
) -> Iterator[Document | InputError]:
    try:
        yield from _read(source, published, max_bytes)
    except InputError as err:
        yield err
    except NotText as err:
        yield InputError(source.origin, str(err))
    except OSError as err:
        yield InputError(source.origin, describe_os_error(err))
    except (EOFError, zlib.error) as err:  # a .gz cut short before its first 8 KB
        yield InputError(source.origin, f"compressed data broken ({err})")


def _read(
    source: Source, published: date | None, max_bytes: int
) -> Iterator[Document | InputError]:
    if source.path is not None and source.kind != "jsonl":
        size = os.stat(source.path).st_size
        if size > max_bytes:
            raise InputError(source.origin, over_limit("file", size, max_bytes))
    with open_source(source) as (head, stream):
        if not head.strip() and len(head) < SNIFF_BYTES:
            raise InputError(source.origin, _empty(source))
        if looks_binary(head):
            if source.found and source.kind is None:
                return  # an extensionless file in a walk that is not text: not an input of ours
            raise NotText(BINARY)
        kind = source.kind or sniff(head)
        if kind == "jsonl":
            yield from read_jsonl(stream, source.origin, published, max_bytes)
        else:
            yield from _read_whole(kind, stream, source, published, max_bytes)


def _read_whole(
    kind: str, stream: BinaryIO, source: Source, published: date | None, max_bytes: int
) -> Iterator[Document | InputError]:
    # Files were size-checked before opening; stdin can only be checked by reading it.
    data = stream.read(max_bytes + 1)
    if len(data) > max_bytes:
        raise InputError(source.origin, over_limit("input", None, max_bytes))
    if kind == "feed":
        yield from read_feed(data, source.origin, published)
        return
    text = decode_bytes(data)
    if kind == "html":
        yield read_html(text, source.origin, published)
        return
    text = blank_furniture(normalise(text))
    if not text.strip():
        raise InputError(source.origin, _empty(source))
    # Plain text has no title we could trust: the first line may as well be a dateline.
    yield Document.from_text(text, published=published, origin=source.origin)


def _empty(source: Source) -> str:
    return "empty input" if source.path is None else "empty file"
