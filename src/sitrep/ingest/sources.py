"""Where inputs come from: command-line paths expanded to files, each opened as a byte stream
whose first bytes can be looked at (to tell its format) without losing them."""

from __future__ import annotations

import gzip
import io
import os
import re
import sys
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import BinaryIO

from ..errors import InputError
from .decode import SNIFF_BYTES

STDIN = "-"
EXTENSIONS = {
    ".txt": "text",
    ".html": "html",
    ".htm": "html",
    ".xml": "feed",
    ".rss": "feed",
    ".atom": "feed",
    ".jsonl": "jsonl",
    ".ndjson": "jsonl",
}
GZIPPED = (".jsonl.gz", ".ndjson.gz")
_GZIP_MAGIC = b"\x1f\x8b"
# News text compresses 3-10 times, a corpus of nothing but exact copies ~200 times; gzip at most
# ~1,030 times (long runs of one byte). Past the first 10 MB, a stream that expands more than
# this is a decompression bomb, not a corpus.
MAX_GZIP_RATIO = 500
_GZIP_SLACK = 10_000_000
_FEED_ROOT = re.compile(rb"<(?:rss|feed|rdf:rdf)[\s>]")


@dataclass(frozen=True)
class Source:
    origin: str  # the path as the user gave or the walk found it, or "stdin"
    path: Path | None  # None for stdin
    kind: str | None  # "text", "html", "feed" or "jsonl" from the name; None: tell by content
    gzipped: bool = False
    found: bool = False  # found in a directory walk rather than named by the user


def expand(arg: str) -> Iterator[Source | InputError]:
    """One command-line argument as the sources it names (a directory: all it holds)."""
    if arg == STDIN:
        yield Source("stdin", None, None)
        return
    path = Path(arg)
    if path.is_dir():
        yield from _walk(arg)
    elif path.exists():
        kind, gzipped = kind_from_name(path.name)
        yield Source(arg, path, kind, gzipped)
    else:
        yield InputError(arg, "no such file or directory")


def kind_from_name(name: str) -> tuple[str | None, bool]:
    lower = name.lower()
    if lower.endswith(GZIPPED):
        return "jsonl", True
    return EXTENSIONS.get(os.path.splitext(lower)[1]), False


def _walk(root: str) -> Iterator[Source | InputError]:
    unreadable: list[OSError] = []
    for directory, subdirs, files in os.walk(root, onerror=unreadable.append):
        subdirs[:] = sorted(d for d in subdirs if not d.startswith("."))
        for name in sorted(files):
            source = _found(os.path.join(directory, name))
            if source is not None:
                yield source
    for err in unreadable:
        yield InputError(str(err.filename), describe_os_error(err))


def _found(path: str) -> Source | None:
    """A file met in a walk, or None when it is hidden or of a type we do not read (e.g. .png)."""
    name = os.path.basename(path)
    if name.startswith("."):
        return None
    kind, gzipped = kind_from_name(name)
    if kind is None and os.path.splitext(name)[1]:
        return None
    # No extension: plain text, if the content says so (checked when it is read).
    return Source(path, Path(path), kind, gzipped, found=True)


def sniff(head: bytes) -> str:
    """The format of content whose name does not tell it (stdin, no or unknown extension)."""
    start = head.lstrip(b"\xef\xbb\xbf \t\r\n").lower()
    if start.startswith(b"{"):
        return "jsonl"
    if not start.startswith(b"<"):
        return "text"
    if start.startswith((b"<!doctype html", b"<html")):
        return "html"
    if _FEED_ROOT.search(start):
        return "feed"
    # Other XML goes to the feed reader, which says what is wrong with it.
    if start.startswith(b"<?xml") and b"<html" not in start:
        return "feed"
    return "html"


@contextmanager
def open_source(source: Source) -> Iterator[tuple[bytes, BinaryIO]]:
    """Open a source as (first bytes, stream from the very start)."""
    if source.path is None:
        with _open_stdin() as opened:
            yield opened
        return
    with open(source.path, "rb") as raw:
        if not source.gzipped:
            yield peek(raw)
            return
        with gzip.GzipFile(fileobj=raw, mode="rb") as unzipped:
            yield peek(io.BufferedReader(_BoundedGzip(unzipped, raw, source.origin)))


@contextmanager
def _open_stdin() -> Iterator[tuple[bytes, BinaryIO]]:
    raw = getattr(sys.stdin, "buffer", None)
    if raw is None:
        raise InputError("stdin", "standard input is not available")
    head, stream = peek(raw)
    if head.startswith(_GZIP_MAGIC):
        # Piped `.jsonl.gz` has no name to tell us; the magic number does.
        counted = _Counted(stream)
        with gzip.GzipFile(fileobj=counted, mode="rb") as unzipped:
            yield peek(io.BufferedReader(_BoundedGzip(unzipped, counted, "stdin")))
        return
    yield head, stream


def peek(raw: BinaryIO) -> tuple[bytes, BinaryIO]:
    """Read the head of a stream that may not seek (stdin, gzip) and hand back both."""
    head = _read_up_to(raw, SNIFF_BYTES)
    return head, io.BufferedReader(_Prefixed(head, raw))


def _read_up_to(raw: BinaryIO, size: int) -> bytes:
    chunks, got = [], 0
    while got < size:
        chunk = raw.read(size - got)
        if not chunk:
            break
        chunks.append(chunk)
        got += len(chunk)
    return b"".join(chunks)


class _Prefixed(io.RawIOBase):
    """A stream that replays bytes already read, then goes on with the rest."""

    def __init__(self, head: bytes, rest: BinaryIO):
        self._head = memoryview(head)
        self._rest = rest

    def readable(self) -> bool:
        return True

    def readinto(self, buffer) -> int:
        if self._head:
            n = min(len(buffer), len(self._head))
            buffer[:n] = self._head[:n]
            self._head = self._head[n:]
            return n
        data = self._rest.read(len(buffer))
        buffer[: len(data)] = data
        return len(data)


class _BoundedGzip(io.RawIOBase):
    """Decompressed bytes of `unzipped`, refused (InputError) once they outgrow the compressed
    bytes read from `compressed` more than MAX_GZIP_RATIO times: a gzip bomb is stopped after
    a few MB, not after filling the disk's worth of memory or hours of inflating."""

    def __init__(self, unzipped: BinaryIO, compressed: BinaryIO, origin: str):
        self._unzipped = unzipped
        self._compressed = compressed
        self._origin = origin
        self._out = 0

    def readable(self) -> bool:
        return True

    def readinto(self, buffer) -> int:
        data = self._unzipped.read(len(buffer))
        buffer[: len(data)] = data
        self._out += len(data)
        if self._out > _GZIP_SLACK and self._out > MAX_GZIP_RATIO * self._compressed.tell():
            raise InputError(self._origin, f"compressed data expands over {MAX_GZIP_RATIO} "
                                           "times (a decompression bomb?); stopped")
        return len(data)


class _Counted(io.RawIOBase):
    """A stream that cannot seek (stdin) but can tell how much of it was read."""

    def __init__(self, raw: BinaryIO):
        self._raw = raw
        self._read = 0

    def readable(self) -> bool:
        return True

    def readinto(self, buffer) -> int:
        data = self._raw.read(len(buffer))
        buffer[: len(data)] = data
        self._read += len(data)
        return len(data)

    def tell(self) -> int:
        return self._read


def over_limit(what: str, size: int | None, limit: int) -> str:
    """`file is 210.0 MB, over the 50 MB limit (--max-mb)`; size None: not read to the end."""
    measured = f"is {_size(size)}, over" if size is not None else "is over"
    return f"{what} {measured} the {_size(limit, exact=True)} limit (--max-mb)"


def _size(n: int, exact: bool = False) -> str:
    if n < 100_000:
        return f"{n:,} bytes"
    return f"{n / 1e6:g} MB" if exact else f"{n / 1e6:.1f} MB"


def describe_os_error(err: OSError) -> str:
    """`permission denied` rather than `[Errno 13] Permission denied: 'x'`."""
    if isinstance(err, gzip.BadGzipFile):
        return "not a gzip file"
    if err.strerror:
        return err.strerror[0].lower() + err.strerror[1:]
    return str(err) or type(err).__name__
