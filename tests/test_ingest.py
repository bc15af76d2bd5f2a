"""The ingest stage on real text: Voice of America articles (US public domain, from the WikiEvents
corpus) as .txt, .html, RSS, Atom, JSONL and cp1252 fixtures, bad inputs made in tmp_path, and the
first lines of the AllSides corpus when shared/ is present."""

from __future__ import annotations

import gzip
import io
import itertools
import json
import os
import sys
import types
from datetime import date, timedelta
from pathlib import Path

import pytest

from sitrep.errors import InputError
from sitrep.ingest import DEFAULT_MAX_BYTES, read_inputs
from sitrep.ingest.dates import parse_published
from sitrep.ingest.furniture import blank_furniture
from sitrep.records import Document, document_id

FIXTURES = Path(__file__).parent / "fixtures" / "ingest"
TXT = FIXTURES / "voa_court_convicts_friend.txt"
HTML = FIXTURES / "voa_kyrgyzstan_probe.html"
RSS = FIXTURES / "voa_usa.rss"
ATOM = FIXTURES / "voa_asia.atom"
JSONL = FIXTURES / "articles.jsonl"
CP1252 = FIXTURES / "voa_london_cp1252.txt"
SHARED = Path(os.environ.get("SITREP_SHARED") or Path(__file__).resolve().parents[2] / "shared")
ALLSIDES = SHARED / "corpora/allsides_article_bias_conflict/allsides_conflict_world.jsonl.gz"


def read(*paths, **kwargs) -> list[Document | InputError]:
    return list(read_inputs([str(p) for p in paths], **kwargs))


def only_docs(results) -> list[Document]:
    assert not [r for r in results if isinstance(r, InputError)]
    return results


def errors(results) -> list[tuple[str, str]]:
    return [(r.origin, r.reason) for r in results if isinstance(r, InputError)]


def write(path: Path, data: bytes | str) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_bytes(data.encode("utf-8") if isinstance(data, str) else data)
    return path


@pytest.fixture
def stdin(monkeypatch):
    def feed(data: bytes) -> None:
        monkeypatch.setattr(sys, "stdin", types.SimpleNamespace(buffer=io.BytesIO(data)))

    return feed


# --- formats -----------------------------------------------------------------------------------


def test_plain_text_is_kept_exactly_as_written():
    [doc] = only_docs(read(TXT))
    assert doc.text == TXT.read_text(encoding="utf-8").strip()
    assert doc.text.startswith("Court Convicts Friend of Boston Bombing Suspect\n\nA court has")
    assert doc.text.endswith("including use of a weapon of mass destruction.")
    assert doc.title is None  # plain text: the first line is not guessed to be a title
    assert (doc.url, doc.source, doc.published) == (None, None, None)
    assert doc.origin == str(TXT)
    assert doc.id == document_id(doc.text)


def test_html_page_gives_article_text_and_metadata_without_boilerplate():
    [doc] = only_docs(read(HTML))
    assert doc.title == "Kyrgyzstan National Pleads Not Guilty to Hampering Boston Bomb Probe"
    assert doc.url == (
        "https://www.voanews.com/a/"
        "kyrgyzstan-national-pleads-not-guilty-to-hampering-boston-bomb-probe/1929720.html"
    )
    assert doc.source == "Voice of America"
    assert doc.published == date(2014, 6, 4)
    assert "Khairullozhon Matanov, 23, faces one criminal count of destroying records" in doc.text
    assert '"There\'s nothing in here, no," said McElroy, consulting court papers.' in doc.text
    assert doc.text.endswith("died after a gunfight with police three days after the bombing.")
    boilerplate = ("Subscribe to our newsletter", "Privacy Policy", "Extremism Watch", "Related")
    for words in boilerplate:
        assert words not in doc.text
    assert "<p>" not in doc.text and "&amp;" not in doc.text


def test_rss_items_become_documents_with_their_own_dates():
    first, second = only_docs(read(RSS))
    assert (first.origin, second.origin) == (f"{RSS}#1", f"{RSS}#2")
    assert first.title == "Accused New York City Bomber Pleads Not Guilty"
    assert first.url.endswith("/accused-new-york-city-bomber-pleads-not-guilty/3601570.html")
    assert first.source == second.source == "Voice of America - USA"
    assert first.published == date(2016, 11, 17)
    # 21:30 at -0400 is already the 25th in UTC; the publisher's date is the 24th.
    assert second.published == date(2013, 4, 24)
    assert second.title == "Bombing Suspects' Parents Questioned in Dagestan"
    # CDATA HTML (item 1) and entity-escaped HTML (item 2) both end as one paragraph a line.
    paragraphs = first.text.split("\n")
    assert len(paragraphs) == 5
    assert paragraphs[0].startswith("Accused New York bomber Ahmad Khan Rahimi pleaded not guilty")
    assert paragraphs[3] == '"Yes, sir," Rahimi said.'
    assert len(second.text.split("\n")) == 4
    assert "<p>" not in second.text and "&lt;" not in second.text


def test_atom_entry_prefers_full_content_over_summary():
    [doc] = only_docs(read(ATOM))
    assert doc.origin == f"{ATOM}#1"
    assert doc.title == "Thai Authorities Indict 2 Over August Shrine Attack"
    assert doc.source == "Voice of America - Asia"
    assert doc.published == date(2015, 11, 24)
    assert doc.url.endswith("/thai-authorities-indict-two-over-august-shrine-attack/3071320.html")
    assert doc.text.split("\n")[0].startswith("A Bangkok military court has indicted two men")
    assert "They are described as ethnic Uighurs, a minority group based in China's" in doc.text


def test_jsonl_reads_good_lines_and_reports_bad_ones_by_line():
    results = read(JSONL)
    assert [type(r) for r in results] == [Document, InputError, InputError, Document]
    london, not_json, bad_date, dagestan = results
    assert london.origin == f"{JSONL}:1"
    assert london.title == "British Security Services Questioned About Surveillance Priorities"
    assert london.source == "Voice of America"
    assert london.published == date(2017, 6, 5)
    assert london.text.startswith("LONDON —\xa0For the second time in a month Britain’s")
    assert not_json.origin == f"{JSONL}:2"
    assert not_json.reason.startswith("not JSON (Unterminated string")
    assert (bad_date.origin, bad_date.reason) == (
        f"{JSONL}:3",
        "unparseable date 'yesterday-ish' in field 'date'",
    )
    # Aliases: body, published_at (kept as the publisher's local date), publisher {"name": ...}.
    assert dagestan.origin == f"{JSONL}:4"
    assert dagestan.published == date(2013, 4, 24)
    assert dagestan.source == "Voice of America"
    assert dagestan.url is None
    assert dagestan.text.startswith("U.S. investigators have questioned the parents")


def test_jsonl_gz_is_streamed(tmp_path):
    records = ({"content": f"Article number {i}.", "date": "2016-09-20"} for i in range(50))
    lines = [json.dumps(record) for record in records]
    path = write(tmp_path / "batch.ndjson.gz", gzip.compress("\n".join(lines).encode()))
    docs = only_docs(read(path))
    assert [d.text for d in docs] == [f"Article number {i}." for i in range(50)]
    assert docs[49].origin == f"{path}:50"
    assert {d.published for d in docs} == {date(2016, 9, 20)}


def test_cp1252_text_is_decoded():
    [doc] = only_docs(read(CP1252))
    assert doc.text.startswith("Sécurité à Londres : les services britanniques interrogés")
    assert "LONDON —\xa0For the second time in a month Britain’s security services" in doc.text
    assert "\r" not in doc.text and "\ufffd" not in doc.text


def test_published_overrides_every_date_and_spares_bad_ones():
    day = date(2020, 1, 2)
    results = read(FIXTURES, published=day)
    assert {d.published for d in results if isinstance(d, Document)} == {day}
    # With the date given, a record's own unparseable date no longer matters.
    assert errors(results) == [(f"{JSONL}:2", errors(read(JSONL))[0][1])]


def test_same_text_is_the_same_document_wherever_it_comes_from(tmp_path):
    [from_txt] = read(TXT)
    line = json.dumps({"text": from_txt.text, "title": "Court Convicts Friend"})
    [from_jsonl] = read(write(tmp_path / "copy.jsonl", line + "\n"))
    [again] = read(write(tmp_path / "copy.txt", "\n\n" + from_txt.text + "\n"))
    assert from_txt.id == from_jsonl.id == again.id
    assert from_jsonl.origin == f"{tmp_path / 'copy.jsonl'}:1"


# --- errors ------------------------------------------------------------------------------------


def test_bad_inputs_are_yielded_as_errors_and_the_rest_goes_on(tmp_path):
    empty = write(tmp_path / "empty.txt", b"")
    blank = write(tmp_path / "blank.txt", " \n\t\r\n ")
    png = b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(range(256))
    binary = write(tmp_path / "photo.txt", png)
    missing = tmp_path / "nowhere.txt"
    results = read(empty, TXT, blank, binary, missing, HTML)
    assert errors(results) == [
        (str(empty), "empty file"),
        (str(blank), "empty file"),
        (str(binary), "binary file (not text)"),
        (str(missing), "no such file or directory"),
    ]
    assert [d.origin for d in results if isinstance(d, Document)] == [str(TXT), str(HTML)]
    for _, reason in errors(results):
        assert "\n" not in reason


def test_file_over_the_limit_is_refused_before_reading(tmp_path):
    huge = tmp_path / "huge.txt"
    with huge.open("wb") as f:
        f.truncate(60_000_000)  # sparse: no 60 MB written to disk
    assert DEFAULT_MAX_BYTES == 50_000_000
    assert errors(read(huge)) == [
        (str(huge), "file is 60.0 MB, over the 50 MB limit (--max-mb)"),
    ]
    [(origin, reason)] = errors(read(HTML, max_bytes=1_000))
    size = HTML.stat().st_size
    assert reason == f"file is {size:,} bytes, over the 1,000 bytes limit (--max-mb)"


def test_jsonl_limit_applies_per_record(tmp_path):
    lines = [
        json.dumps({"text": "short one"}),
        json.dumps({"text": "x" * 5_000}),
        json.dumps({"text": "short two"}),
    ]
    path = write(tmp_path / "mixed.jsonl", "\n".join(lines) + "\n")
    results = read(path, max_bytes=1_000)
    size = len(lines[1]) + 1  # with its newline
    assert [d.text for d in results if isinstance(d, Document)] == ["short one", "short two"]
    assert errors(results) == [
        (f"{path}:2", f"record is {size:,} bytes, over the 1,000 bytes limit (--max-mb)")
    ]


def test_jsonl_record_errors(tmp_path):
    future = (date.today() + timedelta(days=30)).isoformat()
    lines = [
        "[1, 2]",
        json.dumps({"title": "no text here"}),
        json.dumps({"text": 42}),
        json.dumps({"text": "   "}),
        json.dumps({"text": "old", "date": "1850-01-01"}),
        json.dumps({"text": "ahead", "published": future}),
        "",
        json.dumps({"text": "fine", "source": {"title": "AP"}, "datetime": "2016/05/04"}),
    ]
    path = write(tmp_path / "records.jsonl", "\n".join(lines) + "\n")
    results = read(path)
    assert errors(results) == [
        (f"{path}:1", "not a JSON object but list"),
        (f"{path}:2", "no text field (text, content_original, content, body)"),
        (f"{path}:3", "field 'text' is not a string"),
        (f"{path}:4", "empty text"),
        (f"{path}:5", "implausible date '1850-01-01' (before 1900) in field 'date'"),
        (f"{path}:6", f"implausible date '{future}' (more than 2 days in the future) in field "
                      "'published'"),
    ]
    [fine] = [d for d in results if isinstance(d, Document)]
    assert (fine.origin, fine.source, fine.published) == (f"{path}:8", "AP", date(2016, 5, 4))


def test_broken_gzip(tmp_path):
    not_gz = write(tmp_path / "a.jsonl.gz", b"this is not gzip data")
    data = gzip.compress(os.urandom(40_000).hex().encode())
    cut = write(tmp_path / "b.jsonl.gz", data[: len(data) // 2])
    [(origin, reason)] = errors(read(not_gz))
    assert (origin, reason) == (str(not_gz), "not a gzip file")
    [(origin, reason)] = errors(read(cut))
    assert origin == str(cut) and reason.startswith("compressed data broken")


def test_feeds_that_are_not_feeds_or_are_empty(tmp_path):
    note = write(tmp_path / "note.xml", '<?xml version="1.0"?><note><to>Tove</to></note>')
    empty = write(
        tmp_path / "empty.rss",
        '<?xml version="1.0"?><rss version="2.0"><channel><title>VOA</title></channel></rss>',
    )
    assert errors(read(note, empty)) == [
        (str(note), "not RSS or Atom (no <rss> or <feed> element)"),
        (str(empty), "feed has no items"),
    ]


def test_feed_content_naming_a_file_is_not_read_as_that_file(tmp_path):
    pointer = write(tmp_path / "pointer.xml", str(RSS.resolve()))
    assert errors(read(pointer)) == [(str(pointer), "not RSS or Atom (no <rss> or <feed> element)")]


@pytest.mark.parametrize(
    "markup",
    [
        "<html><body><p>Police said <div><<<>>> <table><tr><td>unclosed cell",
        "<",
        "<html></html>",
        "<!doctype html><html><body>" + "<div>" * 3000 + "deep",
        "<html><body><p>\x01\x02 control \x7f chars</p><script>alert(1)</script>",
    ],
)
def test_broken_html_never_crashes(tmp_path, markup):
    [result] = read(write(tmp_path / "broken.html", markup))
    if isinstance(result, InputError):
        assert result.reason == "no article text found in HTML"
    else:
        assert result.text and "<script>" not in result.text


# --- where inputs come from --------------------------------------------------------------------


def test_directory_walk_is_recursive_sorted_and_skips_what_is_not_ours(tmp_path):
    write(tmp_path / "b.txt", "Second file.")
    write(tmp_path / "a" / "z.txt", "In a subdirectory.")
    write(tmp_path / "a" / "NOTES", "No extension: plain text.")
    write(tmp_path / "a" / "program", b"\x7fELF\x02\x01\x01\x00" + bytes(200))
    write(tmp_path / "a" / "photo.png", b"\x89PNG\r\n\x1a\n" + bytes(100))
    write(tmp_path / "a" / "data.gz", gzip.compress(b"not jsonl"))
    write(tmp_path / ".git" / "HEAD.txt", "hidden directory")
    write(tmp_path / ".hidden.txt", "hidden file")
    write(tmp_path / "c.jsonl", json.dumps({"text": "From JSONL."}) + "\n")
    results = only_docs(read(tmp_path))
    assert [d.origin for d in results] == [
        str(tmp_path / "b.txt"),
        str(tmp_path / "c.jsonl") + ":1",
        str(tmp_path / "a" / "NOTES"),
        str(tmp_path / "a" / "z.txt"),
    ]


def test_a_single_path_string_is_one_path():
    assert [d.origin for d in read_inputs(str(TXT))] == [str(TXT)]


def test_fixture_directory_reads_every_format():
    results = read(FIXTURES)
    assert len([r for r in results if isinstance(r, Document)]) == 8
    assert len(errors(results)) == 2


def test_explicitly_named_binary_without_extension_is_an_error(tmp_path):
    program = write(tmp_path / "program", b"\x7fELF\x02\x01\x01\x00" + bytes(200))
    assert errors(read(program)) == [(str(program), "binary file (not text)")]


def test_unknown_extension_is_sniffed(tmp_path):
    page = write(tmp_path / "saved.page", HTML.read_bytes())
    lines = write(tmp_path / "export.json", json.dumps({"text": "One record."}) + "\n")
    [html_doc, json_doc] = only_docs(read(page, lines))
    assert html_doc.source == "Voice of America"
    assert (json_doc.text, json_doc.origin) == ("One record.", f"{lines}:1")


@pytest.mark.parametrize(
    ("fixture", "origins"),
    [
        (TXT, ["stdin"]),
        (HTML, ["stdin"]),
        (RSS, ["stdin#1", "stdin#2"]),
        (ATOM, ["stdin#1"]),
        (CP1252, ["stdin"]),
    ],
)
def test_stdin_is_sniffed(stdin, fixture, origins):
    stdin(fixture.read_bytes())
    from_stdin = only_docs(read("-"))
    assert [d.origin for d in from_stdin] == origins
    assert [d.id for d in from_stdin] == [d.id for d in read(fixture)]


def test_stdin_jsonl_plain_and_gzipped(stdin):
    stdin(JSONL.read_bytes())
    assert [r.origin for r in read("-")] == ["stdin:1", "stdin:2", "stdin:3", "stdin:4"]
    stdin(gzip.compress(JSONL.read_bytes()))
    assert [type(r) for r in read("-")] == [Document, InputError, InputError, Document]


def test_stdin_errors(stdin):
    stdin(b"")
    assert errors(read("-")) == [("stdin", "empty input")]
    stdin(b"x" * 2_000)
    assert errors(read("-", max_bytes=1_000)) == [
        ("stdin", "input is over the 1,000 bytes limit (--max-mb)")
    ]


# --- dates -------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        ("2016-09-20", date(2016, 9, 20)),
        ("2016-09-20T23:30:00-05:00", date(2016, 9, 20)),
        ("2016-09-20T10:00:00Z", date(2016, 9, 20)),
        ("2016-09-20 10:00:00", date(2016, 9, 20)),
        ("Thu, 17 Nov 2016 16:05:00 -0500", date(2016, 11, 17)),
        ("17 Nov 2016 16:05 GMT", date(2016, 11, 17)),
        ("2016/09/20", date(2016, 9, 20)),
        ("  2016-09-20\n", date(2016, 9, 20)),
        ("", None),
        ("   ", None),
        (None, None),
    ],
)
def test_parse_published_accepts(value, expected):
    assert parse_published(value) == expected


@pytest.mark.parametrize(
    ("value", "message"),
    [
        ("yesterday-ish", "unparseable date 'yesterday-ish'"),
        ("2016-13-45", "unparseable date '2016-13-45'"),
        ("20/09/2016", "unparseable date '20/09/2016'"),
        ("1850-06-01", "implausible date '1850-06-01' (before 1900)"),
        ("2999-01-01", "implausible date '2999-01-01' (more than 2 days in the future)"),
    ],
)
def test_parse_published_rejects(value, message):
    with pytest.raises(ValueError) as caught:
        parse_published(value)
    assert str(caught.value) == message


def test_parse_published_allows_tomorrow():
    tomorrow = date.today() + timedelta(days=1)
    assert parse_published(tomorrow.isoformat()) == tomorrow


# --- a real corpus -----------------------------------------------------------------------------


@pytest.mark.skipif(not ALLSIDES.exists(), reason=f"shared corpus absent: {ALLSIDES}")
def test_allsides_corpus_first_20_records():
    with gzip.open(ALLSIDES, "rt", encoding="utf-8") as f:
        raw = [json.loads(line) for line in itertools.islice(f, 20)]
    docs = list(itertools.islice(read_inputs([str(ALLSIDES)]), 20))
    assert all(isinstance(d, Document) for d in docs)
    for number, (doc, record) in enumerate(zip(docs, raw, strict=True), start=1):
        assert doc.origin == f"{ALLSIDES}:{number}"
        written = record["content_original"].replace("\r\n", "\n").strip()
        # the text as written, its page furniture blanked (test_furniture.py): offsets unmoved
        assert len(doc.text) == len(written)
        assert doc.text == blank_furniture(written)
        assert doc.title == record["title"].strip()
        assert doc.url == record["url"]
        assert doc.source == record["source"]
        assert doc.published == (date.fromisoformat(record["date"]) if record["date"] else None)
    assert docs[0].published == date(2016, 9, 20)
