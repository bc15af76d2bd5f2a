"""Whole-store exports: one file per table, in CSV, JSON Lines or Parquet."""

from __future__ import annotations

import json
from pathlib import Path

import pyarrow as pa
import pyarrow.csv as pa_csv
import pyarrow.parquet as pq

from sitrep.export.csv_cells import safe_cell
from sitrep.store import Store
from sitrep.store.duckdb_store import TABLES

FORMATS = ("csv", "jsonl", "parquet")


def export_store(store: Store, fmt: str, out_dir: str | Path) -> list[Path]:
    """Write every table of `store` to `out_dir` as `<table>.<fmt>`; return the paths."""
    if fmt not in FORMATS:
        raise ValueError(f"unknown format {fmt!r}; choose one of {', '.join(FORMATS)}")
    out = Path(out_dir)
    out.mkdir(parents=True, exist_ok=True)
    written = []
    for name in TABLES:
        table = store.table(name)
        path = out / f"{name}.{fmt}"
        _WRITERS[fmt](table, path)
        written.append(path)
    return written


def _write_parquet(table: pa.Table, path: Path) -> None:
    pq.write_table(table, path, compression="zstd")


def _write_jsonl(table: pa.Table, path: Path) -> None:
    with path.open("w", encoding="utf-8") as fh:
        for row in table.to_pylist():
            fh.write(json.dumps(row, ensure_ascii=False, default=str) + "\n")


def _write_csv(table: pa.Table, path: Path) -> None:
    """CSV has no lists: list cells (aliases) become `|`-joined text, as in the data files.
    Text cells are made formula-safe (`safe_cell`); numbers, dates and booleans stay typed."""
    columns = {}
    for name in table.column_names:
        column = table[name]
        if pa.types.is_list(column.type):
            column = pa.array(["|".join(v) if v else "" for v in column.to_pylist()],
                              type=pa.string())
        if pa.types.is_string(column.type) or pa.types.is_large_string(column.type):
            column = pa.array([None if v is None else safe_cell(v) for v in column.to_pylist()],
                              type=column.type)
        columns[name] = column
    pa_csv.write_csv(pa.table(columns), path)


_WRITERS = {"csv": _write_csv, "jsonl": _write_jsonl, "parquet": _write_parquet}
