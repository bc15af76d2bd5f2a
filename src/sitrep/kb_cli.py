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
        _fail(str(exc))
    out.print(summary.render())
    out.print(f"next: sitrep query events --min-docs 2 --db {db_path}   |   "
              f"sitrep query contradictions --db {db_path}")


def _kb(db):
    from sitrep.kb.api import KnowledgeBase

    try:
        return KnowledgeBase(db)
    except SitrepError as exc:
        _fail(str(exc))


def _show(frame, columns: list[str], as_json: bool, title: str) -> None:
    if as_json:
        for record in frame.to_dict(orient="records"):
            typer.echo(json.dumps(record, default=str, ensure_ascii=False))
        return
    table = Table(title=f"{title} ({len(frame)})", show_lines=False)
    shown = [c for c in columns if c in frame.columns]
    for column in shown:
        table.add_column(column, overflow="fold")
    for record in frame[shown].itertuples(index=False):
        table.add_row(*[_cell(v) for v in record])
    out.print(table)


def _cell(value) -> str:
    if value is None or (isinstance(value, float) and value != value):
        return ""
    if isinstance(value, (list, tuple)) or hasattr(value, "tolist"):
        value = ", ".join(str(v) for v in list(value))
    text = str(value).strip()
    return text if len(text) <= 160 else text[:157] + "…"


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
    _show(profile["events"], ["date_earliest", "type", "source_name", "target_name",
                              "place_name", "documents", "text"], as_json, "events")
    _show(profile["quotes"], ["published", "outlet", "speaker_name", "text"], as_json, "quotes")


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
