"""`sitrep kb`, `sitrep query` and `sitrep sql`: build the knowledge base and ask it questions."""

from __future__ import annotations

import json
from typing import Annotated, Optional

import typer
from rich.console import Console
from rich.table import Table

from sitrep.errors import SitrepError

out = Console()
kb_app = typer.Typer(
    help="The knowledge base across articles: canonical actors, deduplicated events with all "
         "their sources, contradictions, facility status. `sitrep ingest` keeps it current; "
         "`kb build` rebuilds it (after changing thresholds or the alias file).",
    no_args_is_help=True, rich_markup_mode=None)
query_app = typer.Typer(
    help="Ready questions to the knowledge base (build it with `sitrep kb build` first). "
         "Add --json for machine-readable rows.",
    no_args_is_help=True, rich_markup_mode=None)

DbOption = Annotated[Optional[str], typer.Option(
    "--db", help="Store file (DuckDB). Default: $SITREP_DB or ./sitrep.duckdb.")]
SetOption = Annotated[Optional[list[str]], typer.Option(
    "--set", metavar="NAME=VALUE",
    help="Override a threshold of KBSettings (max_km, publication_window_days, "
         "date_slack_days, max_interval_days, min_score, min_score_without_place, "
         "cross_min_score, cross_min_score_without_place, similar_text, related_text, "
         "means_must_agree, max_count_ratio, assault_window_days, text_date_slack_days, "
         "duplicate_jaccard, count_tolerance); repeatable.")]
AliasOption = Annotated[Optional[str], typer.Option(
    "--aliases", metavar="FILE",
    help="Alias file (TSV: 'merge<TAB>X<TAB>Y' folds actor X into Y, 'split<TAB>X' keeps "
         "each document's X apart). Default: $SITREP_ALIASES or <db>.aliases.tsv if present.")]
JsonOption = Annotated[bool, typer.Option("--json", help="Print JSON lines instead of a table.")]
LimitOption = Annotated[int, typer.Option(help="At most this many rows.")]


def _fail(message: str, code: int = 1) -> None:
    typer.echo(f"error: {message}", err=True)
    raise typer.Exit(code)


def builder_for(store, settings_overrides: list[str] | None = None, aliases: str | None = None):
    """A KBBuilder with the CLI's thresholds and the alias file next to the store."""
    from sitrep.kb import KBBuilder, KBSettings
    from sitrep.kb.actors import load_alias_rules

    try:
        settings = KBSettings().override(settings_overrides or [])
    except ValueError as exc:
        _fail(f"--set {exc}", code=2)
    return KBBuilder(store, settings, load_alias_rules(alias_path(store.path, aliases)))


def alias_path(db_path: str, given: str | None) -> str | None:
    import os
    from pathlib import Path

    if given:
        return given
    if os.environ.get("SITREP_ALIASES"):
        return os.environ["SITREP_ALIASES"]
    candidate = Path(db_path).with_suffix(".aliases.tsv")
    return str(candidate) if candidate.exists() else None


@kb_app.command("build")
def kb_build(db: DbOption = None, set_: SetOption = None, aliases: AliasOption = None) -> None:
    """Rebuild the knowledge base from every stored document (oldest first).

    Example: sitrep kb build --set max_km=10 --set min_score=3
    """
    _run_update(db, set_, aliases, rebuild=True)


@kb_app.command("update")
def kb_update(db: DbOption = None, set_: SetOption = None, aliases: AliasOption = None) -> None:
    """Take in the stored documents the knowledge base does not hold yet (incremental)."""
    _run_update(db, set_, aliases, rebuild=False)


def _run_update(db, set_, aliases, rebuild: bool) -> None:
    from sitrep.store import Store, default_db_path

    db_path = db or default_db_path()
    try:
        with Store(db_path) as store:
            builder = builder_for(store, set_, aliases)
            summary = builder.build() if rebuild else builder.update()
    except SitrepError as exc:
        _fail(str(exc), exc.exit_code)
    out.print(summary.render())
    out.print(f"next: sitrep query events --min-docs 2 --db {db_path}   |   "
              f"sitrep query contradictions --db {db_path}")


def _kb(db):
    from sitrep.kb.api import KnowledgeBase

    try:
        return KnowledgeBase(db)
    except SitrepError as exc:
        _fail(str(exc), exc.exit_code)


# Columns holding prose: they take the width left over, folded, cut at TEXT_CHARS.
TEXT_COLUMNS = {"text", "a_text", "b_text", "title", "names", "outlets"}
TEXT_CHARS = 220
SHORT_CHARS = 40  # other cells: cut here, folded within their column


# Shorter headers for the table (the --json keys and SQL columns keep the full names).
HEADERS = {"kb_event_id": "event", "kb_actor_id": "actor", "source_name": "source",
           "target_name": "target", "place_name": "place", "documents": "docs",
           "independent_documents": "indep", "reported_by_name": "reported by",
           "speaker_name": "speaker", "speaker_text": "speaker (as written)",
           "subject_name": "subject", "affiliation_name": "affiliation",
           "duplicate_of": "copy of", "count_low": "toll", "a_reported_by": "a by",
           "b_reported_by": "b by"}


def _show(frame, columns: list[str], as_json: bool, title: str) -> None:
    """Rows as a table (key columns first, in the order given; a date interval as one "when"
    column; prose folded and cut) or, with --json, every column as JSON lines (dates ISO).
    When the terminal is too narrow for the table, each row is a block of "name: value"
    lines instead. A note on what the user's words resolved to goes to stderr."""
    note = frame.attrs.get("note")
    if note:
        typer.echo(f"note: {note}", err=True)
    if as_json:
        for record in frame.to_dict(orient="records"):
            typer.echo(json.dumps({k: _json_value(v) for k, v in record.items()},
                                  ensure_ascii=False))
        return
    if frame.empty:
        out.print(f"{title} (0): nothing matched", highlight=False, markup=False)
        return
    shown = [c for c in columns if c in frame.columns]
    interval = "date_earliest" in shown and "date_latest" in shown
    if interval:
        shown = [c for c in shown if c != "date_latest"]
    headers = ["when" if c == "date_earliest" and interval else HEADERS.get(c, c) for c in shown]
    rows = []
    for record in frame.to_dict(orient="records"):
        cells = []
        for column in shown:
            if column == "date_earliest" and interval:
                cells.append(_when(record["date_earliest"], record["date_latest"]))
            else:
                cells.append(_cell(record[column],
                                   TEXT_CHARS if column in TEXT_COLUMNS else SHORT_CHARS))
        rows.append(cells)
    prose = [c in TEXT_COLUMNS for c in shown]
    widths = [max([len(h) for h in header.split()] + [len(r[i]) for r in rows])
              for i, header in enumerate(headers)]
    needed = sum(min(w, 24) + 3 for w, p in zip(widths, prose) if not p) + \
        sum(27 for p in prose if p)
    if rows and needed > out.width:
        _show_blocks(headers, rows, prose, title)
        return
    table = Table(title=f"{title} ({len(frame)})", show_lines=False)
    for header, is_prose in zip(headers, prose):
        if is_prose:
            table.add_column(header, overflow="fold", ratio=1, min_width=24)
        else:
            table.add_column(header, overflow="fold", max_width=24)
    for cells in rows:
        table.add_row(*cells)
    out.print(table)


def _show_blocks(headers: list[str], rows: list[list[str]], prose: list[bool],
                 title: str) -> None:
    """Narrow terminals: one block per row, the short cells on one line, prose below."""
    out.print(f"[bold]{title}[/bold] ({len(rows)})", highlight=False)
    for cells in rows:
        short = [(h, c) for h, c, p in zip(headers, cells, prose) if not p and c]
        first = "  ".join(c if i < 2 else f"{h}: {c}" for i, (h, c) in enumerate(short))
        out.print(first, highlight=False, markup=False, soft_wrap=False)
        for header, cell, is_prose in zip(headers, cells, prose):
            if is_prose and cell:
                out.print(f"    {header}: {cell}", highlight=False, markup=False)
        out.print()


def _when(earliest, latest) -> str:
    """'2024-12-14', '2024-12-11..14', '2024-11-30..12-02', '2023-12-30..2024-01-02'."""
    first, last = _cell(earliest), _cell(latest)
    if not first or not last or first == last:
        return first or last
    if first[:7] == last[:7]:
        return f"{first}..{last[8:]}"
    if first[:4] == last[:4]:
        return f"{first}..{last[5:]}"
    return f"{first}..{last}"


def _missing(value) -> bool:
    if value is None:
        return True
    try:
        return bool(value != value)  # NaN, NaT
    except (TypeError, ValueError):  # arrays
        return False


def _cell(value, limit: int = TEXT_CHARS) -> str:
    if isinstance(value, (list, tuple)) or hasattr(value, "tolist") and \
            not isinstance(value, (int, float, str)):
        value = value.tolist() if hasattr(value, "tolist") else value
        if isinstance(value, list):
            value = ", ".join(str(v) for v in value)
    if _missing(value):
        return ""
    if hasattr(value, "isoformat"):
        value = _iso(value)
    elif isinstance(value, float):
        value = f"{value:g}"
    text = " ".join(str(value).split())
    return text if len(text) <= limit else text[:limit - 1] + "…"


def _iso(value) -> str:
    """Dates as YYYY-MM-DD; timestamps at midnight too, other timestamps to the second."""
    import datetime as dt

    import pandas as pd

    if isinstance(value, pd.Timestamp):
        value = value.to_pydatetime()
    if isinstance(value, dt.datetime):
        if value.time() == dt.time(0):
            return value.date().isoformat()
        return value.isoformat(timespec="seconds")
    return value.isoformat()


def _json_value(value):
    """JSON-ready: arrays as lists, dates as ISO strings, NaN/NaT as null."""
    if hasattr(value, "tolist") and not isinstance(value, (int, float, str)):
        value = value.tolist()
    if isinstance(value, list):
        return [_json_value(v) for v in value]
    if isinstance(value, dict):
        return {k: _json_value(v) for k, v in value.items()}
    if _missing(value):
        return None
    if hasattr(value, "isoformat"):
        return _iso(value)
    if hasattr(value, "item"):  # numpy scalars
        return value.item()
    if isinstance(value, (str, int, float, bool)):
        return value
    return str(value)


@query_app.command("events")
def query_events(
    type_: Annotated[Optional[str], typer.Option("--type", help="PLOVER type, e.g. ASSAULT.")] = None,
    actor: Annotated[Optional[str], typer.Option(help="Actor id, name or alias (either side).")] = None,
    since: Annotated[Optional[str], typer.Option(metavar="YYYY-MM-DD")] = None,
    until: Annotated[Optional[str], typer.Option(metavar="YYYY-MM-DD")] = None,
    near: Annotated[Optional[str], typer.Option(help="A place the store has resolved.")] = None,
    km: Annotated[float, typer.Option(help="Radius around --near.")] = 50.0,
    min_docs: Annotated[int, typer.Option(help="Independent documents reporting it.")] = 1,
    limit: LimitOption = 50, as_json: JsonOption = False, db: DbOption = None,
) -> None:
    """Deduplicated events, oldest first, with how many documents and which outlets report them.

    Examples: sitrep query events --type ASSAULT --near Aleppo --km 20 --since 2016-07-01
              sitrep query events --actor HTS --min-docs 2
    """
    with _kb(db) as kb:
        try:
            frame = kb.events(type_, actor, since, until, near, km, min_docs, limit)
        except (SitrepError, ValueError) as exc:
            _fail(str(exc), code=2)
    _show(frame, ["kb_event_id", "date_earliest", "date_latest", "type", "source_name",
                  "target_name", "place_name", "km", "documents", "outlets", "denied", "text"],
          as_json, "events")


@query_app.command("sources")
def query_sources(event_id: str, as_json: JsonOption = False, db: DbOption = None) -> None:
    """Every mention of one KB event: outlet, date, evidence clause, who reported it."""
    with _kb(db) as kb:
        frame = kb.sources(event_id)
    _show(frame, ["published", "outlet", "title", "duplicate_of", "polarity",
                  "reported_by_name", "count_low", "text"], as_json, f"sources of {event_id}")


@query_app.command("said")
def query_said(
    about: Annotated[str, typer.Option(help="Actor (any of its names) or any word.")],
    speaker: Annotated[Optional[str], typer.Option(help="Only this speaker.")] = None,
    limit: LimitOption = 50, as_json: JsonOption = False, db: DbOption = None,
) -> None:
    """Who said what about X: quotes naming X, with the speaker's canonical actor.

    Example: sitrep query said --about HTS
    """
    with _kb(db) as kb:
        frame = kb.quotes(about, speaker, limit)
    _show(frame, ["published", "outlet", "speaker_name", "speaker_text", "text"], as_json,
          f"quotes about {about}")


@query_app.command("actors")
def query_actors(
    name: Annotated[Optional[str], typer.Option(help="Substring of a name or alias.")] = None,
    kind: Annotated[Optional[str], typer.Option(help="state, armed_group, person, …")] = None,
    limit: LimitOption = 50, as_json: JsonOption = False, db: DbOption = None,
) -> None:
    """Canonical actors, most documents first, with every name they were met under."""
    with _kb(db) as kb:
        frame = kb.actors(name, kind, limit)
    _show(frame, ["kb_actor_id", "name", "kind", "country", "documents", "names",
                  "affiliation_name"], as_json, "actors")


@query_app.command("actor")
def query_actor(actor: str, as_json: JsonOption = False, db: DbOption = None) -> None:
    """An actor's profile: names, events, quotes, status timeline."""
    with _kb(db) as kb:
        try:
            profile = kb.actor(actor)
        except SitrepError as exc:
            _fail(str(exc))
    _show(profile["actor"], ["kb_actor_id", "name", "kind", "country", "documents", "names"],
          as_json, "actor")
    _show(profile["events"], ["kb_event_id", "date_earliest", "date_latest", "type",
                              "source_name", "target_name", "place_name", "documents", "text"],
          as_json, "events")
    _show(profile["quotes"], ["published", "outlet", "speaker_name", "text"], as_json, "quotes")
    _show(profile["timeline"], ["date_earliest", "date_latest", "status", "outlet", "text"],
          as_json, "timeline")


@query_app.command("timeline")
def query_timeline(subject: str, as_json: JsonOption = False, db: DbOption = None) -> None:
    """A facility's (or actor's) status over time with evidence.

    Examples: sitrep query timeline "T4 airbase"    sitrep query timeline Khmeimim
    """
    with _kb(db) as kb:
        frame = kb.timeline(subject)
    _show(frame, ["date_earliest", "date_latest", "subject_name", "status", "outlet",
                  "reported_by_name", "text"], as_json, f"timeline of {subject}")


@query_app.command("facilities")
def query_facilities(as_json: JsonOption = False, db: DbOption = None) -> None:
    """Facilities (airbases, ports, naval bases, airports) with a status timeline."""
    with _kb(db) as kb:
        frame = kb.facilities()
    _show(frame, list(frame.columns), as_json, "facilities")


@query_app.command("contradictions")
def query_contradictions(
    type_: Annotated[Optional[str], typer.Option("--type", help="PLOVER type.")] = None,
    kind: Annotated[Optional[str], typer.Option(help="polarity or count.")] = None,
    limit: LimitOption = 50, as_json: JsonOption = False, db: DbOption = None,
) -> None:
    """Statements about one event that cannot both be true, side by side with their sources."""
    with _kb(db) as kb:
        frame = kb.contradictions(type_, kind, limit)
    _show(frame, ["type", "kind", "a_claim", "a_outlet", "a_reported_by", "a_text", "b_claim",
                  "b_outlet", "b_reported_by", "b_text"], as_json, "contradictions")


def sql_command(
    query: Annotated[str, typer.Argument(help="One SQL statement (DuckDB dialect).")],
    as_json: JsonOption = False, db: DbOption = None,
) -> None:
    """Raw SQL on the store, read-only, with no file or network access. Views: v_events,
    v_event_sources, v_actors, v_quotes, v_contradictions, v_timeline (and every table).

    Example: sitrep sql "SELECT type, count(*) FROM v_events WHERE documents > 1 GROUP BY 1"
    """
    import duckdb

    with _kb(db) as kb:
        try:
            frame = kb.sql(query)
        except duckdb.Error as exc:
            _fail(f"sql: {str(exc).strip().splitlines()[0]}", code=2)
    _show(frame, list(frame.columns), as_json, "rows")
