"""One streaming ingest of N articles into a fresh store, as `sitrep ingest --workers W --no-kb`
runs it: end-to-end rate, peak RSS of the whole process tree (parent and workers, sampled), the
DuckDB write rate (time inside the store's batch writes) and the latency of the ready queries
on the resulting store. Prints one JSON object. Run by bench.py in a fresh process per size.

    python benchmarks/scale.py --n 1000 --workers 2
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import tempfile
import threading
import time
from pathlib import Path

from corpus import articles

from sitrep.runner import IngestRun
from sitrep.store import Store


class TreeRSS:
    """Peak memory of this process and all its descendants (fork server, workers), summed,
    sampled every 0.2 s from /proc (Linux): RSS counts pages the workers share copy-on-write
    with the fork server once per process; PSS splits them, so its sum is the real footprint."""

    def __init__(self):
        self.peak = 0
        self.peak_pss = 0
        self.at_peak: dict[str, int] = {}  # PSS by role (parent, fork server, workers) at the peak
        self.timeline: list[tuple[float, dict[str, int]]] = []  # every ~10 s: PSS by role
        # CPU seconds of every process of the tree, the last value seen for each pid: workers
        # are children of the fork server, so the parent's RUSAGE_CHILDREN never sees them (a
        # worker's last < 0.2 s before it exits are missed)
        self._cpu_ticks: dict[int, int] = {}
        self._began = time.perf_counter()
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._run, daemon=True)

    def __enter__(self):
        self._thread.start()
        return self

    def __exit__(self, *exc):
        self._stop.set()
        self._thread.join()

    def _run(self):
        last_mark = -10.0
        while not self._stop.wait(0.2):
            pids = _tree(os.getpid())
            for pid in pids:
                self._cpu_ticks[pid] = max(self._cpu_ticks.get(pid, 0), _cpu_ticks(pid))
            self.peak = max(self.peak, sum(_memory(pid, "Rss") for pid in pids))
            roles: dict[str, int] = {}
            servers = {pid for pid in pids if _is_fork_server(pid)}
            for pid in pids:
                role = ("parent" if pid == os.getpid() else "fork server" if pid in servers
                        else "workers" if _parent(pid) in servers else "other")
                roles[role] = roles.get(role, 0) + _memory(pid, "Pss")
            total = sum(roles.values())
            if total > self.peak_pss:
                self.peak_pss, self.at_peak = total, roles
            elapsed = time.perf_counter() - self._began
            if elapsed - last_mark >= 10:
                self.timeline.append((round(elapsed), {k: round(v / 1e6) for k, v in roles.items()}))
                last_mark = elapsed


    @property
    def cpu_seconds(self) -> float:
        return sum(self._cpu_ticks.values()) / os.sysconf("SC_CLK_TCK")


def _cpu_ticks(pid: int) -> int:
    """utime + stime of one process, in clock ticks (fields 14 and 15 of /proc/PID/stat)."""
    try:
        with open(f"/proc/{pid}/stat") as f:
            fields = f.read().rsplit(")", 1)[1].split()
    except OSError:
        return 0
    return int(fields[11]) + int(fields[12])


def _is_fork_server(pid: int) -> bool:
    """The fork server is the parent's child running multiprocessing.forkserver (the workers
    forked from it carry the same command line, so its own parent tells them apart)."""
    try:
        with open(f"/proc/{pid}/cmdline", "rb") as f:
            cmdline = f.read()
    except OSError:
        return False
    return b"forkserver" in cmdline and _parent(pid) == os.getpid()


def _parent(pid: int) -> int:
    try:
        with open(f"/proc/{pid}/stat") as f:
            return int(f.read().rsplit(")", 1)[1].split()[1])
    except OSError:
        return 0


def _memory(pid: int, field: str) -> int:
    try:
        with open(f"/proc/{pid}/smaps_rollup") as f:
            for line in f:
                if line.startswith(field + ":"):
                    return int(line.split()[1]) * 1024
    except OSError:
        pass
    return 0


def _tree(root: int) -> list[int]:
    children: dict[int, list[int]] = {}
    for entry in os.listdir("/proc"):
        if not entry.isdigit():
            continue
        try:
            with open(f"/proc/{entry}/stat") as f:
                fields = f.read().rsplit(")", 1)[1].split()
        except OSError:
            continue
        children.setdefault(int(fields[1]), []).append(int(entry))
    found, todo = [], [root]
    while todo:
        pid = todo.pop()
        found.append(pid)
        todo += children.get(pid, [])
    return found


def timed_writes(store: Store) -> dict:
    """Wrap the store's batch write to add up the seconds spent inside DuckDB."""
    spent = {"seconds": 0.0, "documents": 0}
    write_many = store.write_many

    def timed(extractions):
        began = time.perf_counter()
        outcomes = write_many(extractions)
        spent["seconds"] += time.perf_counter() - began
        spent["documents"] += len(extractions)
        return outcomes

    store.write_many = timed
    return spent


def query_latency(store: Store, repeats: int = 5) -> dict:
    """Median milliseconds of the store's ready queries (what `sitrep quotes`, `sitrep events`
    and `sitrep stats` run)."""
    queries = {
        "quotes (first 50)": lambda: store.quotes(),
        "quotes --speaker Putin": lambda: store.quotes(speaker="Putin"),
        "quotes --source-type anonymous": lambda: store.quotes(source_type="anonymous"),
        "events (first 50)": lambda: store.events(),
        "events --actor RUS --type ASSAULT": lambda: store.events(actor="RUS", event_type="ASSAULT"),
        "events --since 2020-01-01": lambda: store.events(since=__import__("datetime").date(2020, 1, 1)),
        "stats": lambda: store.stats(),
    }
    latency = {}
    for name, query in queries.items():
        times = []
        for _ in range(repeats):
            began = time.perf_counter()
            query()
            times.append(time.perf_counter() - began)
        latency[name] = round(1000 * statistics.median(times), 1)
    return latency


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--n", type=int, default=1000)
    parser.add_argument("--workers", type=int, default=2)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp, TreeRSS() as memory:
        db = Path(tmp) / "bench.duckdb"
        with Store(db) as store:
            writes = timed_writes(store)
            run = IngestRun(store, workers=args.workers, show_progress=False)
            began = time.perf_counter()
            summary = run.ingest(articles(args.n))
            seconds = time.perf_counter() - began
            counts = store.counts()
            latency = query_latency(store)
        size = db.stat().st_size
    rows = sum(v for k, v in counts.items())
    print(json.dumps({
        "articles": args.n, "workers": args.workers, "added": summary.added,
        "failed": summary.failed, "errors": summary.errors[:10], "seconds": round(seconds, 1),
        "articles_per_min": round(60 * summary.added / seconds, 1),
        "cpu_seconds_process_tree": round(memory.cpu_seconds, 1),
        "cpu_ms_per_article": round(1000 * memory.cpu_seconds / max(summary.added, 1), 1),
        "peak_rss_mb_process_tree": round(memory.peak / 1e6),
        "peak_pss_mb_process_tree": round(memory.peak_pss / 1e6),
        "peak_pss_mb_by_process": {k: round(v / 1e6) for k, v in memory.at_peak.items()},
        "pss_mb_timeline": memory.timeline,
        "duckdb": {"write_seconds": round(writes["seconds"], 2),
                   "documents_per_s": round(writes["documents"] / writes["seconds"], 1),
                   "rows_per_s": round(rows / writes["seconds"]),
                   "rows": counts, "file_mb": round(size / 1e6, 1),
                   "query_ms_median": latency},
    }))


if __name__ == "__main__":
    main()
