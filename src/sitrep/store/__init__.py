"""The store: the only package that speaks SQL. A DuckDB file by default."""

from sitrep.store.duckdb_store import DEFAULT_DB, Store, WriteOutcome, default_db_path

__all__ = ["DEFAULT_DB", "Store", "WriteOutcome", "default_db_path"]
