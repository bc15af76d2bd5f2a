"""How fast the explorer shows something, on a real store, in headless Chromium.

For each page: first contentful paint (the browser's own `first-contentful-paint` entry) and
"data ready" (the page's `sitrep-ready` mark: the API answered and the data is drawn), the
median of --runs cold loads (a fresh browser context each, so nothing is cached); and the
server time of the API calls behind them.

    PYTHONPATH=src .venv/bin/python benchmarks/explorer_first_paint.py --db /tmp/allsides.duckdb

On a store with a knowledge base the actor is the canonical actor in most documents (or
--actor), the facility the one with most status rows (or --place), and the merged event with
most independent documents gets its detail page timed too.
"""

from __future__ import annotations

import argparse
import json
import statistics
import sys
import threading
import time
import urllib.request
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "src"))

from sitrep.web.app import make_server  # noqa: E402

FLAGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
         "--disable-component-update", "--no-first-run", "--disable-sync"]
TIMING = """() => {
  const nav = performance.getEntriesByType('navigation')[0];
  const fcp = performance.getEntriesByName('first-contentful-paint')[0];
  const ready = performance.getEntriesByName('sitrep-ready')[0];
  return {fcp: fcp ? fcp.startTime : null, ready: ready ? ready.startTime : null,
          dom: nav.domContentLoadedEventEnd};
}"""


def pick_examples(base: str, db: str, actor: str | None = None,
                  place: str | None = None) -> dict[str, str]:
    """The busiest document, actor and place: the heaviest pages of their kind."""
    def get(path):
        with urllib.request.urlopen(base + path) as response:
            return json.loads(response.read())

    overview = get("/api/overview")
    docs = get("/api/documents?limit=200&q=Syria")["items"] or get("/api/documents?limit=200")["items"]
    busiest = max(docs, key=lambda d: d["events"] + d["quotes"])
    examples = {"counts": overview["counts"], "kb": overview.get("kb"), "article": busiest["id"]}
    if overview.get("kb"):
        import duckdb

        con = duckdb.connect(db, read_only=True)
        top = lambda sql: con.execute(sql).fetchall()[0][0]  # noqa: E731
        examples["actor"] = actor or top("SELECT kb_actor_id FROM v_actors ORDER BY documents "
                                         "DESC LIMIT 1")
        examples["place"] = place or top("SELECT subject_id FROM kb_status WHERE subject_kind = "
                                         "'facility' GROUP BY 1 ORDER BY count(*) DESC LIMIT 1")
        examples["event"] = top("SELECT kb_event_id FROM v_events ORDER BY "
                                "independent_documents DESC, documents DESC LIMIT 1")
        con.close()
        return examples
    examples["actor"] = actor or get("/api/actors?q=RUS")["items"][0]["actor_id"]
    examples["place"] = place or get("/api/places?q=Syria")["items"][0]["place_id"]
    return examples


def time_api(base: str, paths: list[str], runs: int) -> dict[str, float]:
    result = {}
    for path in paths:
        samples = []
        for _ in range(runs):
            start = time.perf_counter()
            with urllib.request.urlopen(base + path) as response:
                response.read()
            samples.append((time.perf_counter() - start) * 1000)
        result[path] = round(statistics.median(samples), 1)
    return result


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--db", required=True)
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--chromium", default="/usr/bin/chromium")
    parser.add_argument("--json", type=Path, help="also write the results here")
    parser.add_argument("--actor", help="the actor page to time (an id)")
    parser.add_argument("--place", help="the facility page to time (a gazetteer id)")
    args = parser.parse_args()
    from playwright.sync_api import sync_playwright

    server = make_server(args.db, port=0, quiet=True)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    base = f"http://127.0.0.1:{server.server_address[1]}"
    examples = pick_examples(base, args.db, args.actor, args.place)
    pages = {"search": "/search", "search (text + type filter)": "/search?q=Russia&type=ASSAULT&tab=events",
             "map + timeline": "/map", "article (busiest)": f"/article/{examples['article']}",
             "actor": f"/actor/{examples['actor']}", "facility": f"/place/{examples['place']}"}
    if examples.get("event"):
        pages["event detail"] = f"/event/{examples['event']}"
        pages["search (per-document mentions)"] = "/search?tab=events&view=mentions"
        pages["search (merged events)"] = "/search?tab=events"
    results = {"store": args.db, "counts": examples["counts"], "kb": examples.get("kb"),
               "runs": args.runs, "pages": {}}
    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=args.chromium, args=FLAGS)
        for name, path in pages.items():
            samples = []
            for _ in range(args.runs):
                context = browser.new_context(viewport={"width": 1300, "height": 900})
                page = context.new_page()
                page.goto(base + path)
                page.wait_for_selector("body[data-ready]", timeout=60_000)
                samples.append(page.evaluate(TIMING))
                context.close()
            results["pages"][name] = {
                key: round(statistics.median(s[key] for s in samples), 0) for key in ("fcp", "ready")}
            print(f"{name:32s} first paint {results['pages'][name]['fcp']:6.0f} ms   "
                  f"data ready {results['pages'][name]['ready']:6.0f} ms   {path}")
        browser.close()
    api_paths = ["/api/overview", "/api/documents?limit=25", "/api/events?limit=25",
                 "/api/events?limit=400", "/api/map", "/api/timeline",
                 "/api/events?type=ASSAULT&lat=35.5&lon=35.8&km=200&limit=25",
                 f"/api/documents/{examples['article']}", f"/api/actors/{examples['actor']}",
                 f"/api/places/{examples['place']}"]
    if examples.get("event"):
        api_paths += [f"/api/events/{examples['event']}", "/api/events?view=mentions&limit=25",
                      "/api/map?view=mentions", f"/api/events?actor={examples['actor']}&limit=25"]
    results["api_ms"] = time_api(base, api_paths, args.runs)
    for path, ms in results["api_ms"].items():
        print(f"  {ms:7.1f} ms  {path}")
    server.shutdown()
    server.server_close()
    if args.json:
        args.json.write_text(json.dumps(results, indent=2))


if __name__ == "__main__":
    main()
