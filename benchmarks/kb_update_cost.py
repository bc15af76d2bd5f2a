"""Per-article cost of an incremental KB update at 1k and 10k articles.

    PYTHONPATH=src python benchmarks/kb_update_cost.py STORE.duckdb [--sizes 1000 10000]

STORE is a store whose KB is built (e.g. FA-KES + the seed: `sitrep ingest` then
`sitrep kb build`). For each size, a scratch copy holds out the last 50 documents, is padded to
the size by replicating the other documents' rows (every layer and every KB table) under fresh
ids, with dates shifted by 40 years per replica and band/key strings suffixed, so replicas
neither match nor copy each other and every index really grows; then the 50 held-out documents
are taken in one at a time, timed. Replication is synthetic (documented as such in the README);
the timed work is the real `KBBuilder.add_document`.
"""

from __future__ import annotations

import argparse
import shutil
import statistics
import tempfile
import time
from pathlib import Path

from sitrep.kb import KBBuilder
from sitrep.store import Store
from sitrep.store.kb_tables import KBTables

HELD_OUT = 50
SHIFT_DAYS = 40 * 365

_COPIES = {  # table: (doc id column, columns rewritten as SQL over the source row)
    "documents": ("id", {"id": "{newdoc}", "published": "published + {shift}",
                         "text": "text || ' #' || {r}"}),
    "actors": ("doc_id", {"doc_id": "{newdoc}"}),
    "mentions": ("doc_id", {"doc_id": "{newdoc}"}),
    "quotes": ("doc_id", {"doc_id": "{newdoc}"}),
    "events": ("doc_id", {"doc_id": "{newdoc}", "date_earliest": "date_earliest + {shift}",
                          "date_latest": "date_latest + {shift}"}),
    "places": ("doc_id", {"doc_id": "{newdoc}"}),
    "times": ("doc_id", {"doc_id": "{newdoc}"}),
    "kb_documents": ("doc_id", {"doc_id": "{newdoc}", "duplicate_of": "NULL"}),
    "kb_doc_bands": ("doc_id", {"doc_id": "{newdoc}", "band": "band || '#' || {r}"}),
    "kb_actor_members": ("doc_id", {"doc_id": "{newdoc}"}),
    "kb_event_mentions": ("doc_id", {"doc_id": "{newdoc}",
                                     "kb_event_id": "kb_event_id || '#' || {r}"}),
    "kb_status": ("doc_id", {"doc_id": "{newdoc}", "date_earliest": "date_earliest + {shift}",
                             "date_latest": "date_latest + {shift}",
                             "kb_event_id": "kb_event_id || '#' || {r}"}),
}


def pad(store: Store, target: int, exclude: list[str]) -> None:
    con = store.con
    base = [r[0] for r in con.execute("SELECT doc_id FROM kb_documents").fetchall()
            if r[0] not in set(exclude)]
    con.execute("CREATE TEMP TABLE base_docs (id VARCHAR)")
    con.executemany("INSERT INTO base_docs VALUES (?)", [[d] for d in base])
    r = 0
    while con.execute("SELECT count(*) FROM documents").fetchall()[0][0] < target:
        r += 1
        need = target - con.execute("SELECT count(*) FROM documents").fetchall()[0][0]
        con.execute("CREATE OR REPLACE TEMP TABLE chosen AS SELECT id FROM base_docs "
                    f"ORDER BY id LIMIT {need}")
        newdoc = f"substr(md5('{r}:' || {{col}}), 1, 16)"
        for table, (col, rewrites) in _COPIES.items():
            columns = [c[0] for c in con.execute(f"DESCRIBE {table}").fetchall()]
            exprs = [rewrites.get(c, c).format(newdoc=newdoc.format(col=col), shift=SHIFT_DAYS * r,
                                               r=r) for c in columns]
            con.execute(f"INSERT INTO {table} SELECT {', '.join(exprs)} FROM {table} "
                        f"WHERE {col} IN (SELECT id FROM chosen)")
        events = [c[0] for c in con.execute("DESCRIBE kb_events").fetchall()]
        exprs = {"kb_event_id": f"kb_event_id || '#{r}'",
                 "date_earliest": f"date_earliest + {SHIFT_DAYS * r}",
                 "date_latest": f"date_latest + {SHIFT_DAYS * r}"}
        src = f"(SELECT DISTINCT kb_event_id FROM kb_event_mentions WHERE kb_event_id LIKE '%#{r}')"
        con.execute(f"INSERT INTO kb_events SELECT {', '.join(exprs.get(c, c) for c in events)} "
                    f"FROM kb_events WHERE kb_event_id || '#{r}' IN {src}")
        con.execute(f"INSERT INTO kb_event_keys SELECT key || '#{r}', kb_event_id || '#{r}' "
                    f"FROM kb_event_keys WHERE kb_event_id || '#{r}' IN {src}")


def measure(source: Path, size: int, keep: Path | None = None) -> dict:
    scratch = Path(tempfile.mkdtemp()) / "kb.duckdb"
    padded = keep / f"padded-{size}.duckdb" if keep else None
    if padded is not None and padded.exists():
        shutil.copy(padded, scratch)  # padded before: skip the (slow) padding
    else:
        shutil.copy(source, scratch)
    with Store(scratch) as store:
        tables = KBTables(store)
        held = [r[0] for r in store.con.execute(
            "SELECT id FROM documents d WHERE NOT EXISTS (SELECT 1 FROM kb_documents k "
            "WHERE k.doc_id = d.id) ORDER BY id DESC").fetchall()]
        if not held:
            held = [r[0] for r in store.con.execute(
                f"SELECT doc_id FROM kb_documents ORDER BY doc_id DESC LIMIT {HELD_OUT}"
            ).fetchall()]
            with tables.transaction():
                for doc_id in held:
                    tables.remove_document(doc_id)
                pad(store, size, held)
            if padded is not None:
                store.con.execute("CHECKPOINT")
                shutil.copy(scratch, padded)
        counts = {t: store.con.execute(f"SELECT count(*) FROM {t}").fetchall()[0][0]
                  for t in ("documents", "kb_events", "kb_event_keys", "kb_actor_names")}
        builder = KBBuilder(store)
        timings = []
        for doc_id in held:
            started = time.perf_counter()
            builder.add_document(doc_id)
            timings.append((time.perf_counter() - started) * 1000)
    shutil.rmtree(scratch.parent)
    return {"size": size, **counts, "median_ms": statistics.median(timings),
            "mean_ms": statistics.mean(timings), "p90_ms": sorted(timings)[int(0.9 * len(timings))]}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("store", type=Path)
    parser.add_argument("--sizes", type=int, nargs="+", default=[1000, 10000])
    parser.add_argument("--keep", type=Path, metavar="DIR",
                        help="keep the padded stores here (padded-SIZE.duckdb) and reuse them "
                             "on the next run: compare code versions on the same padding")
    args = parser.parse_args()
    for size in args.sizes:
        result = measure(args.store, size, args.keep)
        print(" ".join(f"{k}={v:.1f}" if isinstance(v, float) else f"{k}={v}"
                       for k, v in result.items()), flush=True)


if __name__ == "__main__":
    main()
