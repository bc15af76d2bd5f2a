"""The store: the only package that speaks SQL. A DuckDB file by default."""

from sitrep.store.duckdb_store import DEFAULT_DB, TABLES, Store, WriteOutcome, default_db_path
from sitrep.store.shards import load_shards, to_arrow

__all__ = ["DEFAULT_DB", "TABLES", "Store", "WriteOutcome", "default_db_path", "load_shards",
           "to_arrow"]
