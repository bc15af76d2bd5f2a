"""The CLI contract: JSON that validates, exit codes scripts can trust, idempotent ingest."""

from __future__ import annotations

import json
import subprocess
import sys

import pyarrow.parquet as pq
from typer.testing import CliRunner

from sitrep.cli import app
from sitrep.export import validate

from .conftest import EXAMPLES, SEED, needs

runner = CliRunner()


def invoke(*args):
    return runner.invoke(app, list(args), catch_exceptions=False)


@needs(SEED)
def test_extract_json_on_the_seed_validates_and_keeps_evidence():
    result = invoke("extract", str(SEED), "--published", "2024-12-16", "--json")
    assert result.exit_code == 0, result.output
    payload = json.loads(result.stdout)
    validate(payload)
    text = SEED.read_text(encoding="utf-8").strip()
    assert payload["document"]["published"] == "2024-12-16"
    for mention in payload["mentions"]:
        start, end = mention["span"]
        assert text[start:end] == mention["text"]
    names = {a["name"] for a in payload["actors"]} | {x for a in payload["actors"] for x in a["aliases"]}
    for expected in ["HTS", "Hayat Tahrir al-Sham", "Russia", "Kaja Kallas", "Bashar al-Assad",
                     "Ziad Taweel", "Abu Khaled"]:
        assert expected in names


def test_extract_of_a_multi_article_file_prints_json_lines():
    result = invoke("extract", str(EXAMPLES), "--json")
    assert result.exit_code == 0
    lines = result.stdout.strip().splitlines()
    assert len(lines) == 3
    for line in lines:
        validate(json.loads(line))


def test_extract_reports_an_article_it_cannot_finish_in_one_line_naming_it(tmp_path):
    """Past --doc-timeout an article is skipped with one line naming it, as `sitrep ingest`
    does; it used to end the command with 'internal error (StageTimeout …)' and no name."""
    article = tmp_path / "idlib.txt"
    article.write_text("Fighters from the group attacked a checkpoint near Idlib on Sunday, "
                       "a commander said.", encoding="utf-8")
    result = runner.invoke(app, ["extract", str(article), "--json", "--doc-timeout", "0.0005"])
    assert result.exit_code == 1
    assert result.stderr.splitlines()[-1] == (
        f"error: {article}: extraction took over 0.0005 s; skipped")
    assert result.stdout == ""


def test_ingest_twice_adds_nothing_the_second_time(tmp_path):
    db = str(tmp_path / "s.duckdb")
    first = invoke("ingest", str(EXAMPLES), "--db", db)
    assert first.exit_code == 0, first.output
    assert "3 added" in first.stdout
    second = invoke("ingest", str(EXAMPLES), "--db", db)
    assert second.exit_code == 0
    assert "0 added, 0 re-extracted, 3 unchanged, 0 failed" in second.stdout


def test_bad_inputs_get_one_line_each_and_the_good_ones_go_on(tmp_path):
    empty = tmp_path / "empty.txt"
    empty.write_text("")
    binary = tmp_path / "blob.txt"
    binary.write_bytes(bytes(range(256)) * 64)
    broken = tmp_path / "broken.jsonl"
    broken.write_text('{"text": "Fighters from the group attacked a checkpoint near Idlib on Sunday."}\n'
                      "{not json\n")
    db = str(tmp_path / "s.duckdb")
    result = runner.invoke(app, ["ingest", str(empty), str(binary), str(broken), str(EXAMPLES),
                                 "--db", db])
    assert result.exit_code == 1
    errors = [line for line in result.stderr.splitlines() if line.startswith("error:")]
    assert len(errors) == 3
    assert any(str(empty) in line and "empty" in line for line in errors)
    assert any(str(binary) in line and "binary" in line for line in errors)
    assert any(f"{broken}:2" in line and "not JSON" in line for line in errors)
    assert "4 added" in result.stdout


def test_unparseable_published_is_a_usage_error(tmp_path):
    result = runner.invoke(app, ["extract", str(EXAMPLES), "--published", "31/31/2024"])
    assert result.exit_code == 2
    assert result.stderr.strip().startswith("error: --published:")


def test_stats_and_exports(tmp_path):
    db = str(tmp_path / "s.duckdb")
    invoke("ingest", str(EXAMPLES), "--db", db)
    stats = json.loads(invoke("stats", "--db", db, "--json").stdout)
    assert stats["counts"]["documents"] == 3
    for fmt in ("csv", "jsonl", "parquet"):
        out = tmp_path / fmt
        result = invoke("export", fmt, "--out", str(out), "--db", db)
        assert result.exit_code == 0
        assert sorted(p.name for p in out.iterdir()) == [f"{t}.{fmt}" for t in ("actors", "documents", "events", "mentions", "places", "quotes", "times")]
    mentions = pq.read_table(tmp_path / "parquet" / "mentions.parquet")
    assert mentions.num_rows == stats["counts"]["mentions"]
    header = (tmp_path / "csv" / "actors.csv").read_text().splitlines()[0]
    assert '"aliases"' in header or "aliases" in header
    first_doc = json.loads((tmp_path / "jsonl" / "documents.jsonl").read_text().splitlines()[0])
    assert first_doc["published"] == "2013-04-24"


def test_stats_on_a_missing_store_is_one_line_and_exit_1(tmp_path):
    result = subprocess.run(
        [sys.executable, "-c", "from sitrep.cli import run; run()", "stats", "--db",
         str(tmp_path / "nope.duckdb")], capture_output=True, text=True)
    assert result.returncode == 1
    assert result.stderr.strip().count("\n") == 0
    assert "no such store" in result.stderr


def test_unknown_export_format_and_dataset_are_usage_errors(tmp_path):
    assert runner.invoke(app, ["export", "xml", "--out", str(tmp_path)]).exit_code == 2
    assert runner.invoke(app, ["eval", "nonsense"]).exit_code == 2


def test_help_teaches_with_examples():
    result = invoke("ingest", "--help")
    assert "Example:" in result.stdout and "--db" in result.stdout


def test_two_parser_processes_store_the_same_record(tmp_path):
    one, two = str(tmp_path / "one.duckdb"), str(tmp_path / "two.duckdb")
    assert invoke("ingest", str(EXAMPLES), "--db", one).exit_code == 0
    assert invoke("ingest", str(EXAMPLES), "--db", two, "--workers", "2").exit_code == 0
    from sitrep.store import Store

    with Store(one, read_only=True) as a, Store(two, read_only=True) as b:
        for table in ("actors", "mentions"):
            assert a.table(table).to_pylist() == b.table(table).to_pylist()
