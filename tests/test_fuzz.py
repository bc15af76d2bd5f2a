"""Hostile and broken input, fuzzed with hypothesis: whatever the bytes, reading yields Documents
and one-line InputErrors naming the input, never an exception; whatever the text, the pipeline
extracts it with spans inside it, the store takes it and the JSON contract holds.

SITREP_LONG_TESTS=1 multiplies the examples (and adds a 50 MB single-line file); the counts
each run tried are printed with `pytest -s` (FUZZ_COUNTS below).
"""

from __future__ import annotations

import gzip
import json
import os
import time
from collections import Counter
from datetime import date
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from sitrep.errors import InputError
from sitrep.ingest import read_inputs
from sitrep.ingest import sources as ingest_sources
from sitrep.ingest.dates import parse_published
from sitrep.records import Document

LONG = os.environ.get("SITREP_LONG_TESTS") == "1"
SCALE = 20 if LONG else 1
FUZZ_COUNTS: Counter = Counter()  # inputs tried per test, printed at the end of the module
VOA = Path(__file__).parent / "fixtures" / "ingest" / "voa_court_convicts_friend.txt"
ARTICLE = VOA.read_text(encoding="utf-8").strip()
SECRET = "XXE-SECRET-7f3a91"

FUZZ = settings(max_examples=150 * SCALE, deadline=None, derandomize=not LONG,
                suppress_health_check=[HealthCheck.function_scoped_fixture,
                                       HealthCheck.too_slow, HealthCheck.data_too_large])
NAMES = ["x.txt", "x.html", "x.xml", "x.jsonl", "x.jsonl.gz", "noext"]


@pytest.fixture(scope="module", autouse=True)
def report_counts():
    yield
    print("\nfuzz inputs tried:", dict(FUZZ_COUNTS), "total", sum(FUZZ_COUNTS.values()))


def read_all(path: Path, **kwargs) -> list[Document | InputError]:
    """Read one input; fail the test on any exception, or on an error that is not one line
    naming the input."""
    results = list(read_inputs([str(path)], **kwargs))
    for item in results:
        assert isinstance(item, (Document, InputError)), item
        if isinstance(item, InputError):
            message = str(item)
            assert "\n" not in message and message.startswith(str(path)), message
        else:
            assert item.text and item.text == item.text.strip()
            item.text.encode("utf-8")  # storable, hashable, printable: no lone surrogates
            for field in (item.title, item.url, item.source):
                assert field is None or field.encode("utf-8")
    return results


# --- random bytes under every name -----------------------------------------------------------

@FUZZ
@given(data=st.binary(max_size=4096), name=st.sampled_from(NAMES))
def test_random_bytes_never_crash_reading(tmp_path, data, name):
    FUZZ_COUNTS["random bytes"] += 1
    path = tmp_path / name
    path.write_bytes(gzip.compress(data) if name.endswith(".gz") else data)
    read_all(path)


# Pieces that break parsers: markup, entities, encodings' special bytes, controls, RTL, emoji.
HOSTILE_PIECES = [
    "<", ">", "&", "&amp;", "&#0;", "&#xD800;", "&#x110000;", "&#99999999999;", "]]>",
    "<![CDATA[", "<!--", "<!DOCTYPE x [<!ENTITY e 'v'>]>", "&e;", "<script>", "<b>", "</b>",
    "<rss>", "<feed>", "<html>", "\x00", "\x1b[31m", "\u202e", "\u200f", "\ufeff", "\u2028",
    "\U0001F600", "\U0001F1F8\U0001F1FE", "\u0645\u0631\u062d\u0628\u0627", "z\u0301\u0301",
    "\r", "\r\n", "\t", '"', "'", "{", "}", "\\ud800", '{"text": "', "\ufffd", "\x85",
    "\ud800", "\udfff",  # lone surrogates: JSON's "\ud800" escape makes one
]
hostile_text = st.lists(st.one_of(st.sampled_from(HOSTILE_PIECES), st.text(max_size=20)),
                        max_size=40).map("".join)
ENCODINGS = ["utf-8", "utf-8-sig", "latin-1", "cp1252", "utf-16", "utf-16-le", "utf-16-be",
             "koi8-r", "shift_jis", "gb18030"]


@FUZZ
@given(text=hostile_text, encoding=st.sampled_from(ENCODINGS), name=st.sampled_from(NAMES))
def test_hostile_text_in_any_encoding_never_crashes_reading(tmp_path, text, encoding, name):
    FUZZ_COUNTS["hostile text x encoding"] += 1
    data = text.encode(encoding, errors="replace")
    path = tmp_path / name
    path.write_bytes(gzip.compress(data) if name.endswith(".gz") else data)
    read_all(path)


@FUZZ
@given(title=hostile_text, body=hostile_text, date_text=st.text(max_size=30),
       declared=st.sampled_from(ENCODINGS), encoding=st.sampled_from(ENCODINGS))
def test_feeds_with_hostile_items_and_mislabelled_encodings(tmp_path, title, body, date_text,
                                                            declared, encoding):
    FUZZ_COUNTS["feed items"] += 1
    feed = (f'<?xml version="1.0" encoding="{declared}"?><rss version="2.0"><channel>'
            f"<title>t</title><item><title>{title}</title><pubDate>{date_text}</pubDate>"
            f"<description>{body}</description></item>"
            f"<item><title>ok</title><description>{ARTICLE[:300]}</description></item>"
            "</channel></rss>")
    read_all(_write(tmp_path / "feed.xml", feed.encode(encoding, errors="replace")))


@FUZZ
@given(record=st.dictionaries(st.sampled_from(["text", "content", "title", "date", "url",
                                               "source", "published", "publisher"]),
                              st.one_of(hostile_text, st.integers(), st.none(), st.booleans(),
                                        st.lists(st.text(max_size=5), max_size=3),
                                        st.dictionaries(st.text(max_size=5),
                                                        st.text(max_size=5), max_size=2))))
def test_jsonl_records_of_any_shape(tmp_path, record):
    FUZZ_COUNTS["jsonl records"] += 1
    line = json.dumps(record, ensure_ascii=bool(len(record) % 2)).encode("utf-8", "surrogatepass")
    results = read_all(_write(tmp_path / "r.jsonl", line + b"\n" + _good_line()))
    assert isinstance(results[-1], Document)  # the good line after it is still read


# --- absurd dates ------------------------------------------------------------------------------

ABSURD_DATES = ["0000-01-01", "0001-01-01", "99999-01-01", "-0001-01-01", "2024-13-45",
                "--published", "1899-12-31", "9999-12-31T23:59:59+25:00", "Mon, 01 Jan 99999",
                "Sat, 01 Jan 0000 00:00:00 GMT", "\x00", "2024-02-30", "1e400", "२०२४-०१-०१"]


@FUZZ
@given(value=st.one_of(st.sampled_from(ABSURD_DATES), st.text(max_size=40)))
def test_parse_published_accepts_a_date_or_says_why_not(value):
    FUZZ_COUNTS["dates"] += 1
    try:
        day = parse_published(value)
    except ValueError as err:
        assert "\n" not in str(err) and str(err)
        return
    assert day is None or date(1900, 1, 1) <= day <= date.today().replace(year=date.today().year + 1)


def test_absurd_dates_in_records_are_one_line_errors_and_the_rest_goes_on(tmp_path):
    lines = [json.dumps({"text": ARTICLE, "date": value}) for value in ABSURD_DATES]
    results = read_all(_write(tmp_path / "dates.jsonl", "\n".join(lines) + "\n"))
    assert len(results) == len(ABSURD_DATES)
    bad = [r for r in results if isinstance(r, InputError)]
    assert {r.origin for r in bad} >= {f"{tmp_path / 'dates.jsonl'}:{n}" for n in (1, 3, 6)}


# --- bombs, depth, size, entities -------------------------------------------------------------

def test_10000_nested_tags_in_html_and_feeds(tmp_path):
    sentence = "Rebels attacked the town of Aleppo on Monday, officials said."
    pages = {
        "deep.html": f"<html><body>{'<div>' * 10_000}<p>{sentence}</p>{'</div>' * 10_000}"
                     "</body></html>",
        "deep.xml": '<?xml version="1.0"?><rss version="2.0"><channel><title>t</title><item>'
                    f"<description>{'&lt;b&gt;' * 10_000}{sentence}</description></item>"
                    "</channel></rss>",
        "deepx.xml": '<?xml version="1.0"?><rss version="2.0"><channel><title>t</title><item>'
                     f"<description>{'<b>' * 10_000}{sentence}{'</b>' * 10_000}</description>"
                     "</item></channel></rss>",
    }
    for name, markup in pages.items():
        started = time.perf_counter()
        results = read_all(_write(tmp_path / name, markup))
        assert len(results) == 1 and time.perf_counter() - started < 10, (name, results)


def test_external_entities_are_never_resolved(tmp_path):
    secret = _write(tmp_path / "secret.txt", SECRET)
    doctypes = [
        f'<!DOCTYPE rss [<!ENTITY xxe SYSTEM "file://{secret}">]>',
        f'<!DOCTYPE rss [<!ENTITY % p SYSTEM "file://{secret}"> %p;]>',
        f'<!DOCTYPE rss SYSTEM "file://{secret}">',
    ]
    for number, doctype in enumerate(doctypes):
        feed = (f'<?xml version="1.0"?>{doctype}<rss version="2.0"><channel><title>&xxe;</title>'
                f"<item><title>&xxe;</title><description>Body &xxe; of the item.</description>"
                "</item></channel></rss>")
        results = read_all(_write(tmp_path / f"xxe{number}.xml", feed))
        seen = [r.model_dump_json() if isinstance(r, Document) else str(r) for r in results]
        assert seen and not [s for s in seen if SECRET in s], seen


def test_entity_expansion_bomb_stays_small(tmp_path):
    entities = '<!ENTITY a0 "lollollollollollollollollollol">' + "".join(
        f'<!ENTITY a{i} "{("&a%d;" % (i - 1)) * 10}">' for i in range(1, 10))
    feed = (f'<?xml version="1.0"?><!DOCTYPE rss [{entities}]><rss version="2.0"><channel>'
            "<title>t</title><item><title>x</title><description>&a9;</description></item>"
            "</channel></rss>")
    started = time.perf_counter()
    results = read_all(_write(tmp_path / "lol.xml", feed))
    assert time.perf_counter() - started < 10
    assert all(len(r.text) < 100_000 for r in results if isinstance(r, Document))


def test_gzip_bomb_is_stopped_early_and_a_real_gzip_is_not(tmp_path, monkeypatch):
    # A lower slack keeps the bomb small here; the ratio is the real one.
    monkeypatch.setattr(ingest_sources, "_GZIP_SLACK", 200_000)
    line = b'{"text": "' + b"A" * (20_000_000 if LONG else 3_000_000) + b'"}\n'
    bomb = _write(tmp_path / "bomb.jsonl.gz", gzip.compress(_good_line() + line + _good_line()))
    started = time.perf_counter()
    results = read_all(bomb, max_bytes=50_000_000)
    assert time.perf_counter() - started < 10
    assert isinstance(results[0], Document)
    assert "decompression bomb" in results[-1].reason and len(results) == 2
    # The most a real corpus compresses: one article copied over and over (~180 times).
    copies = _write(tmp_path / "copies.jsonl.gz", gzip.compress(_good_line() * 600))
    results = read_all(copies)
    assert len(results) == 600 and all(isinstance(r, Document) for r in results)


def test_files_over_the_size_cap_are_refused_unread(tmp_path):
    line = "Rebels attacked Aleppo on Monday. " * 3000  # ~100 kB on one line
    for name, data in (("one-line.txt", line), ("one-line.html", f"<p>{line}</p>"),
                       ("one-line.xml", f"<rss>{line}</rss>")):
        (error,) = read_all(_write(tmp_path / name, data), max_bytes=50_000)
        assert isinstance(error, InputError) and "over the" in error.reason
    records = _write(tmp_path / "r.jsonl", json.dumps({"text": line}) + "\n" + ARTICLE_LINE)
    error, document = read_all(records, max_bytes=50_000)
    assert "record is" in error.reason and error.origin.endswith(":1")
    assert isinstance(document, Document)


@pytest.mark.long
@pytest.mark.skipif(not LONG, reason="SITREP_LONG_TESTS=1 runs the 50 MB single-line file")
def test_a_50_mb_single_line_file_is_refused_and_the_next_input_read(tmp_path):
    big = tmp_path / "big.txt"
    with big.open("wb") as handle:
        for _ in range(50):
            handle.write(b"Rebels attacked Aleppo on Monday. " * 30_000)  # ~1 MB, no newline
    started = time.perf_counter()
    results = list(read_inputs([str(big), str(VOA)]))
    assert isinstance(results[0], InputError) and "over the 50 MB limit" in results[0].reason
    assert isinstance(results[1], Document) and time.perf_counter() - started < 5
    jsonl = tmp_path / "big.jsonl"
    with jsonl.open("wb") as handle:
        handle.write(b'{"text": "')
        for _ in range(50):
            handle.write(b"Rebels attacked Aleppo on Monday. " * 30_000)
        handle.write(b'"}\n' + _good_line())
    error, document = list(read_inputs([str(jsonl)]))
    assert "record is" in error.reason and isinstance(document, Document)


# --- the pipeline and the store on hostile text --------------------------------------------------

@settings(max_examples=25 * SCALE, deadline=None, derandomize=not LONG,
          suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow])
@given(prefix=hostile_text, suffix=hostile_text)
def test_pipeline_and_store_take_hostile_text(pipeline, fuzz_store, prefix, suffix):
    """Article text wrapped in controls, NULs, RTL marks, emoji, markup: extracted with every
    span inside the text and matching it, stored in one piece, and valid JSON output."""
    from sitrep.export import extraction_to_json, validate
    from sitrep.ingest.decode import clean_field, normalise

    FUZZ_COUNTS["pipeline texts"] += 1
    text = normalise(f"{prefix} {ARTICLE[:600]} {suffix}")  # as ingest makes every text
    document = Document.from_text(text, title=clean_field(prefix[:50]),
                                  published=date(2024, 1, 2))
    extraction = pipeline.extract(document)
    for record in (*extraction.mentions, *extraction.quotes, *extraction.events,
                   *extraction.times, *extraction.places):
        start, end = record.span
        assert 0 <= start <= end <= len(text)
    for mention in extraction.mentions:
        assert text[mention.span[0]:mention.span[1]] == mention.text
    payload = extraction_to_json(extraction)
    validate(payload)
    json.dumps(payload, ensure_ascii=False).encode("utf-8")
    fuzz_store.write(extraction)
    assert fuzz_store.document_text(document.id) == text


@pytest.fixture(scope="module")
def fuzz_store(tmp_path_factory):
    from sitrep.store import Store

    with Store(tmp_path_factory.mktemp("fuzz") / "fuzz.duckdb") as store:
        yield store


ARTICLE_LINE = json.dumps({"text": ARTICLE}) + "\n"


def _good_line() -> bytes:
    return ARTICLE_LINE.encode("utf-8")


def _write(path: Path, data: bytes | str) -> Path:
    path.write_bytes(data.encode("utf-8") if isinstance(data, str) else data)
    return path
