"""Exports: the JSON contract of `sitrep extract`, and whole-store tables as CSV, JSONL, Parquet."""

from sitrep.export.contract import extraction_to_json, load_schema, validate
from sitrep.export.tables import FORMATS, export_store

__all__ = ["FORMATS", "export_store", "extraction_to_json", "load_schema", "validate"]
