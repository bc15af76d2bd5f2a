"""Parquet shards of every table: what `sitrep ingest --engine ray` writes on each worker and
`sitrep load` merges into a store. A shard has exactly the columns and types of its store table,
so DuckDB (or pandas, Spark…) can also read a shard folder directly:
`SELECT * FROM read_parquet('shards/quotes/*.parquet')`.
"""

from __future__ import annotations

from pathlib import Path

import pyarrow as pa

from sitrep.errors import SitrepError
from sitrep.records import Extraction
from sitrep.store.duckdb_store import (EXTRACTION_TABLES, TABLES, Store, _now, document_row,
                                       layer_rows)


def schema_of(store: Store, table: str) -> pa.Schema:
    """The Arrow schema of a store table: the columns a Parquet shard of it carries."""
    if table not in TABLES:
        raise SitrepError(f"unknown table {table!r}; tables: {', '.join(TABLES)}")
    return store.con.sql(f"SELECT * FROM {table} LIMIT 0").to_arrow_table().schema


def to_arrow(store: Store, extractions: list[Extraction]) -> dict[str, pa.Table]:
    """Every table's rows for these extractions, typed exactly as the store's columns, so
    that shards written by different workers concatenate and load without casts."""
    now = _now()
    rows: dict[str, list[tuple]] = {table: [] for table in TABLES}
    for extraction in extractions:
        rows["documents"].append(document_row(extraction, now))
        for table, layer in layer_rows(extraction).items():
            rows[table] += layer
    tables = {}
    for table, table_rows in rows.items():
        schema = schema_of(store, table)
        tables[table] = pa.Table.from_pylist(
            [dict(zip(schema.names, row)) for row in table_rows], schema=schema)
    return tables


def load_shards(store: Store, folder: str | Path) -> dict[str, int]:
    """Merge Parquet shards (`folder/<table>/*.parquet`, as `sitrep ingest --engine ray`
    writes them) into the store in one transaction: all of it or nothing. As with
    `write`, a document already stored at the same pipeline version is left alone, one
    stored at another version has its layers replaced, and a document in several shards is
    taken once. Returns the number of documents added, updated and unchanged."""
    folder = Path(folder)
    documents = folder / "documents"
    if not any(documents.glob("*.parquet")):
        raise SitrepError(f"{folder}: no documents/*.parquet shards (write them with "
                          f"`sitrep ingest --engine ray --out {folder}`)")
    store.con.begin()
    try:
        store.con.execute(
            "CREATE OR REPLACE TEMP TABLE incoming AS SELECT * FROM read_parquet(?) "
            "QUALIFY row_number() OVER (PARTITION BY id ORDER BY pipeline_version) = 1",
            [str(documents / "*.parquet")])
        store.con.execute(
            "CREATE OR REPLACE TEMP TABLE incoming_ids AS SELECT i.id, "
            "CASE WHEN d.id IS NULL THEN 'added' WHEN d.pipeline_version = i.pipeline_version "
            "THEN 'unchanged' ELSE 'updated' END AS outcome, i.pipeline_version "
            "FROM incoming i LEFT JOIN documents d ON d.id = i.id")
        for table in EXTRACTION_TABLES:
            store.con.execute(f"DELETE FROM {table} WHERE doc_id IN "
                             "(SELECT id FROM incoming_ids WHERE outcome = 'updated')")
        store.con.execute(
            "UPDATE documents SET pipeline_version = i.pipeline_version, ingested_at = ? "
            "FROM incoming_ids i WHERE documents.id = i.id AND i.outcome = 'updated'", [_now()])
        store.con.execute("INSERT INTO documents BY NAME SELECT * FROM incoming WHERE id IN "
                         "(SELECT id FROM incoming_ids WHERE outcome = 'added')")
        for table in EXTRACTION_TABLES:
            shards = folder / table
            if not any(shards.glob("*.parquet")):
                continue
            # one copy per document: the shard rows of the version that was taken
            store.con.execute(
                f"INSERT INTO {table} BY NAME SELECT DISTINCT s.* FROM read_parquet(?) s "
                "JOIN incoming_ids i ON i.id = s.doc_id "
                "AND i.pipeline_version = s.pipeline_version AND i.outcome <> 'unchanged'",
                [str(shards / "*.parquet")])
        outcome = dict(store.con.execute(
            "SELECT outcome, count(*) FROM incoming_ids GROUP BY 1").fetchall())
        store.con.execute("DROP TABLE incoming")
        store.con.execute("DROP TABLE incoming_ids")
        store.con.commit()
    except BaseException:
        store.con.rollback()
        raise
    return {k: outcome.get(k, 0) for k in ("added", "updated", "unchanged")}
