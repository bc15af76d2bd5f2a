"""The explorer's HTTP API, in-process over a real store (VOA articles, the seed, a hostile
article): filters compose, lists paginate, downloads hold the selection, errors are one line,
the server is read-only and sends its security headers."""

from __future__ import annotations

import csv
import io
import json
import urllib.error
import urllib.request

import pytest

from tests.conftest import HOSTILE_TEXT, HOSTILE_TITLE


def get(base: str, path: str, method: str = "GET", headers: dict | None = None):
    request = urllib.request.Request(base + path, method=method, headers=headers or {})
    try:
        with urllib.request.urlopen(request, timeout=10) as response:
            return response.status, dict(response.headers), response.read()
    except urllib.error.HTTPError as error:
        return error.code, dict(error.headers), error.read()


def get_json(base: str, path: str):
    status, _, body = get(base, path)
    assert status == 200, body
    return json.loads(body)


def test_every_response_carries_the_security_headers(web_server):
    for path in ("/", "/map", "/api/overview", "/static/js/common.js", "/api/nope"):
        _, headers, _ = get(web_server, path)
        csp = headers["Content-Security-Policy"]
        assert "script-src 'self'" in csp and "default-src 'none'" in csp
        assert "unsafe-inline" not in csp
        assert headers["X-Content-Type-Options"] == "nosniff"


def test_pages_are_static_shells_without_inline_script(web_server):
    for path in ("/search", "/map", "/article/x", "/actor/RUS", "/place/p"):
        status, headers, body = get(web_server, path)
        html = body.decode()
        assert status == 200 and headers["Content-Type"].startswith("text/html")
        assert "<script>" not in html and " on" not in html.split("<body>")[1]


def test_read_only_and_loopback_only(web_server):
    assert get(web_server, "/api/overview", method="POST")[0] == 405
    assert get(web_server, "/api/overview", method="DELETE")[0] == 405
    # DNS rebinding: a page on another host name must not reach the store
    assert get(web_server, "/api/overview", headers={"Host": "evil.example:8765"})[0] == 400
    assert get(web_server, "/static/../../store/duckdb_store.py")[0] == 404
    assert get(web_server, "/static/%2e%2e/%2e%2e/cli.py")[0] == 404


def test_overview_counts_the_store(web_server, web_store):
    overview = get_json(web_server, "/api/overview")
    assert overview["counts"]["documents"] == (5 if web_store["seed_id"] else 4)
    assert overview["event_types"] and overview["counts"]["events"] > 20


def test_documents_paginate_with_a_total(web_server):
    first = get_json(web_server, "/api/documents?limit=2")
    assert first["total"] >= 4 and len(first["items"]) == 2 and first["next_offset"] == 2
    second = get_json(web_server, "/api/documents?limit=2&offset=2")
    assert not {d["id"] for d in first["items"]} & {d["id"] for d in second["items"]}
    last = get_json(web_server, f"/api/documents?limit=2&offset={first['total'] - 1}")
    assert len(last["items"]) == 1 and last["next_offset"] is None


def test_event_filters_compose(web_server):
    everything = get_json(web_server, "/api/events?limit=500")
    assault = get_json(web_server, "/api/events?type=ASSAULT&limit=500")
    assert 0 < assault["total"] < everything["total"]
    assert {e["type"] for e in assault["items"]} == {"ASSAULT"}
    two_types = get_json(web_server, "/api/events?type=ASSAULT,COERCE&limit=500")
    assert two_types["total"] == assault["total"] + get_json(
        web_server, "/api/events?type=COERCE")["total"]
    voa = get_json(web_server, "/api/events?source=Voice%20of%20America&limit=500")
    dated = get_json(web_server, "/api/events?since=2015-01-01&until=2015-12-31&limit=500")
    both = get_json(web_server, "/api/events?source=Voice%20of%20America&type=ASSAULT"
                                "&since=2015-01-01&until=2015-12-31&limit=500")
    assert both["total"] <= min(voa["total"], dated["total"], assault["total"])
    for event in dated["items"]:
        start = event["date_earliest"] or event["published"]
        end = event["date_latest"] or event["published"]
        assert start <= "2015-12-31" and end >= "2015-01-01"


def test_radius_filter_keeps_events_near_the_point(web_server, web_store):
    if not web_store["seed_id"]:
        pytest.skip("seed article absent")
    # 150 km around Latakia: the Khmeimim airbase, Latakia, Tartous — not Damascus or London
    near = get_json(web_server, "/api/events?lat=35.52&lon=35.79&km=150&limit=500")
    assert near["total"] > 0
    assert all(abs(e["lat"] - 35.5) < 1.5 and abs(e["lon"] - 35.8) < 1.5 for e in near["items"])
    points = get_json(web_server, "/api/map?lat=35.52&lon=35.79&km=150")["points"]
    assert points and all(p["place_id"] for p in points)


def test_actor_and_facility_profiles(web_server, web_store):
    russia = get_json(web_server, "/api/actors/RUS")
    assert russia["name"] == "Russia" and russia["documents"] >= 2
    assert russia["mentions"] > 0 and russia["events"]["total"] >= 0
    for event in russia["events"]["items"]:
        assert "RUS" in (event["source_actor"], event["target_actor"])
    assert get(web_server, "/api/actors/nobody-at-all")[0] == 404
    found = get_json(web_server, "/api/actors?q=russ")["items"]
    assert "RUS" in {a["actor_id"] for a in found}
    if web_store["seed_id"]:
        [khmeimim] = [p for p in get_json(web_server, "/api/places?q=khmeimim")["items"]
                      if p["feature_type"] == "airbase"]
        place = get_json(web_server, "/api/places/" + khmeimim["place_id"])
        assert place["documents"] == 1 and place["mentions"] >= 2
        dates = [e["date"] for e in place["events"]["items"]]
        assert dates == sorted(dates)


def test_downloads_hold_the_whole_selection(web_server):
    page = get_json(web_server, "/api/events?type=ASSAULT&limit=1")
    status, headers, body = get(web_server, "/api/events.csv?type=ASSAULT&limit=1")
    assert status == 200 and headers["Content-Type"].startswith("text/csv")
    assert "attachment" in headers["Content-Disposition"]
    rows = list(csv.DictReader(io.StringIO(body.decode())))
    assert len(rows) == page["total"] and {r["type"] for r in rows} == {"ASSAULT"}
    status, headers, body = get(web_server, "/api/events.geojson")
    collection = json.loads(body)
    assert collection["type"] == "FeatureCollection"
    located = get_json(web_server, "/api/events?limit=500")
    assert len(collection["features"]) + collection["unlocated_events"] == located["total"]
    lon, lat = collection["features"][0]["geometry"]["coordinates"]
    assert -180 <= lon <= 180 and -90 <= lat <= 90


def test_bad_parameters_are_one_line_400s(web_server):
    for path, word in (("/api/events?since=yesterday", "since"), ("/api/events?lat=1", "lat"),
                       ("/api/events?limit=0", "limit"), ("/api/events?lat=91&lon=0&km=5", "lat"),
                       ("/api/actors", "q is required")):
        status, _, body = get(web_server, path)
        assert status == 400 and word in json.loads(body)["error"]


def test_user_text_is_a_parameter_never_sql(web_server):
    for q in ("' OR 1=1 --", "%%%", "_q_z_", "\\\\", "'); DROP TABLE events; --"):
        quoted = urllib.request.quote(q)
        assert get_json(web_server, f"/api/documents?q={quoted}")["total"] == 0
        assert get_json(web_server, f"/api/events?actor={quoted}")["total"] == 0
    assert get_json(web_server, "/api/overview")["counts"]["events"] > 0


def test_hostile_article_comes_back_as_data(web_server, web_store):
    doc = get_json(web_server, "/api/documents/" + web_store["hostile_id"])
    assert doc["text"] == HOSTILE_TEXT and doc["title"] == HOSTILE_TITLE
    status, _, body = get(web_server, "/api/documents.csv?q=pwned")
    assert status == 200 and b"__pwned" in body


def test_events_newest_first_for_the_timeline(web_server):
    newest = get_json(web_server, "/api/events?order=-date&limit=5")["items"]
    oldest = get_json(web_server, "/api/events?limit=5")["items"]
    assert newest[0]["date"] >= oldest[0]["date"]
    assert get(web_server, "/api/events?order=random")[0] == 400


def test_cli_serve_opens_the_store_read_only(web_store, tmp_path):
    import subprocess
    import sys

    from tests.conftest import REPO

    env = {**__import__("os").environ, "PYTHONPATH": str(REPO / "src")}
    missing = subprocess.run([sys.executable, "-m", "sitrep.cli", "serve", "--db",
                              str(tmp_path / "none.duckdb")], capture_output=True, text=True,
                             env=env, timeout=60)
    assert missing.returncode == 1
    assert missing.stderr.strip().splitlines() == [
        f"error: {tmp_path / 'none.duckdb'}: no such store (run `sitrep ingest` first)"]
    server = subprocess.Popen([sys.executable, "-m", "sitrep.cli", "serve", "--db",
                               str(web_store["path"]), "--port", "0", "--quiet"],
                              stderr=subprocess.PIPE, text=True, env=env)
    try:
        banner = server.stderr.readline()
        assert "read-only" in banner and "http://127.0.0.1:" in banner
        base = banner.split()[3].rstrip("/")
        assert get_json(base, "/api/overview")["counts"]["documents"] >= 4
    finally:
        server.terminate()
        server.wait(timeout=10)


# --- on a knowledge base: seed + a syndicated copy + an invented contradicting report ---------

def test_a_store_without_a_kb_is_served_per_document(web_server, web_store):
    assert "kb" not in get_json(web_server, "/api/overview")
    assert get(web_server, "/api/events?view=merged")[0] == 400
    assert "view" not in get_json(web_server, "/api/events?limit=1")
    assert get(web_server, "/api/events/ev-anything")[0] == 404


def test_events_default_to_merged_with_their_sources_counted(web_kb_server):
    overview = get_json(web_kb_server, "/api/overview")
    assert overview["kb"]["events"] > 0 and overview["kb"]["contradictions"] >= 1
    merged = get_json(web_kb_server, "/api/events?limit=500")
    mentions = get_json(web_kb_server, "/api/events?view=mentions&limit=500")
    assert merged["view"] == "merged" and mentions["view"] == "mentions"
    assert merged["total"] < mentions["total"]  # the copy's events merge into the seed's
    assert all(e["documents"] >= 1 and e["kb_event_id"] for e in merged["items"])
    assert max(e["independent_documents"] for e in merged["items"]) >= 2
    # one marker per located merged event; CSV and GeoJSON follow the view
    points = get_json(web_kb_server, "/api/map")["points"]
    assert len({p["kb_event_id"] for p in points}) == len(points) > 0
    rows = list(csv.DictReader(io.StringIO(get(web_kb_server, "/api/events.csv")[2].decode())))
    assert len(rows) == merged["total"] and "independent_documents" in rows[0]
    collection = json.loads(get(web_kb_server, "/api/events.geojson")[2])
    assert len(collection["features"]) == len(points)
    timeline = get_json(web_kb_server, "/api/timeline")
    assert timeline["view"] == "merged" and sum(c["events"] for c in timeline["counts"]) > 0


def test_kb_filters_compose_and_take_any_name_of_an_actor(web_kb_server):
    by_id = get_json(web_kb_server, "/api/events?actor=HTS&limit=500")
    by_name = get_json(web_kb_server, "/api/events?actor=Hayat%20Tahrir%20al-Sham&limit=500")
    assert by_id["total"] == by_name["total"] > 0 and "HTS" in by_name["note"]
    assert all("HTS" in (e["source_actor"], e["target_actor"]) for e in by_id["items"])
    aid = get_json(web_kb_server, "/api/events?actor=hts&type=AID&since=2024-12-10"
                                  "&until=2024-12-20&lat=34.73&lon=36.72&km=30")
    assert 0 < aid["total"] < by_id["total"] and {e["type"] for e in aid["items"]} == {"AID"}
    wire = get_json(web_kb_server, "/api/events?source=Fixture%20Wire&limit=500")
    assert 0 < wire["total"] < get_json(web_kb_server, "/api/events")["total"]
    mentions = get_json(web_kb_server, "/api/events?view=mentions&actor=Hayat%20Tahrir%20al-Sham")
    assert mentions["total"] >= by_id["total"]
    for q in ("' OR 1=1 --", "%", "x'); DROP TABLE kb_events; --"):
        quoted = urllib.request.quote(q)
        assert get_json(web_kb_server, f"/api/events?actor={quoted}")["total"] == 0
        assert get_json(web_kb_server, f"/api/events?q={quoted}")["total"] == 0
    assert get(web_kb_server, "/api/events?view=both")[0] == 400


def test_facility_page_of_t4_shows_it_emptied_per_the_russian_representative(web_kb_server):
    [tiyas] = [p for p in get_json(web_kb_server, "/api/places?q=T4")["items"]
               if p["place_id"] == "sitrep:sy-tiyas"]
    place = get_json(web_kb_server, "/api/places/" + tiyas["place_id"])
    assert place["kb"] and "T4" in place["aliases"]
    emptied = [s for s in place["status"] if s["status"] == "emptied"]
    assert emptied and emptied[0]["date_latest"] == "2024-12-14"
    assert "Russian military" in emptied[0]["reported_by_name"]
    assert "withdrawn" in {s["status"] for s in place["status"]}
    assert place["events"]["total"] >= 1 and place["contradictions"]
    assert any("T4" in q["text"] for q in place["quotes_about"]["items"]) or \
        place["quotes_about"]["total"] == 0


def test_actor_page_of_hts_has_its_officials_quotes_merged_events_and_a_contradiction(
        web_kb_server):
    hts = get_json(web_kb_server, "/api/actors/HTS")
    assert hts["kb"] and hts["name"] == "Hayat Tahrir al-Sham"
    assert {"HTS", "Hayat Tahrir al-Sham"} <= {n["name"] for n in hts["names"]}
    speakers = {q["speaker_name"] for q in hts["quotes_by"]["items"]}
    assert "an HTS official familiar with the talks" in speakers
    assert hts["quotes_about"]["total"] >= 1
    assert hts["events"]["total"] >= 1
    assert all("HTS" in (e["source_actor"], e["target_actor"]) for e in hts["events"]["items"])
    assert any(e["documents"] >= 2 for e in hts["events"]["items"])
    [c, *_] = hts["contradictions"]
    assert {c["a_claim"], c["b_claim"]} == {"asserted", "denied"}
    for side in "ab":
        assert c[f"{side}_text"] and c[f"{side}_published"] and c[f"{side}_span_end"]
    # a name, or a document's own actor id (the article view's links), finds the same actor
    assert get_json(web_kb_server, "/api/actors/Hayat%20Tahrir%20al-Sham")["actor_id"] == "HTS"
    assert get_json(web_kb_server, "/api/actors?q=tahrir")["items"][0]["actor_id"] == "HTS"


def test_event_detail_lists_every_source_and_the_contradiction(web_kb_server, web_kb_store):
    [aid] = [e for e in get_json(web_kb_server, "/api/events?type=AID&limit=500")["items"]
             if e["contradictions"]]
    event = get_json(web_kb_server, "/api/events/" + aid["kb_event_id"])
    docs = {s["doc_id"] for s in event["sources"]}
    assert {web_kb_store["seed_id"], web_kb_store["copy_id"], web_kb_store["fixture_id"]} <= docs
    assert {s["polarity"] for s in event["sources"]} == {"positive", "negative"}
    assert event["independent_documents"] == 2 and event["documents"] == 3
    denial = next(s for s in event["sources"] if s["polarity"] == "negative")
    assert denial["outlet"] == "Fixture Wire" and "security source" in denial["reported_by_name"]
    assert event["contradictions"]
    assert get(web_kb_server, "/api/events/ev-nope")[0] == 404


# --- polish: canonical actor links, copies folded, untitled documents named -----------------

def test_article_view_maps_its_actor_ids_to_canonical_actors(web_kb_server, web_kb_store,
                                                             web_server, web_store):
    seed = get_json(web_kb_server, "/api/documents/" + web_kb_store["seed_id"])
    kb_actors = seed["kb_actors"]
    assert kb_actors["HTS"] == "HTS"
    # a description is scoped to its document: the copy's "representative" is another id
    representative = kb_actors["desc:russian-military:representative:1"]
    assert representative.startswith("desc:russian-military:representative:1@")
    assert get_json(web_kb_server, "/api/actors/" + urllib.request.quote(representative))["kb"]
    copy = get_json(web_kb_server, "/api/documents/" + web_kb_store["copy_id"])["kb_actors"]
    assert copy["desc:russian-military:representative:1"] != representative
    assert set(kb_actors) <= {a["actor_id"] for a in seed["actors"]}
    if web_store["seed_id"]:  # without a knowledge base: no mapping, links stay per document
        assert "kb_actors" not in get_json(web_server, "/api/documents/" + web_store["seed_id"])


def test_rows_a_copy_repeats_are_shown_once_with_the_copies(web_kb_server, web_kb_store):
    copy_id = web_kb_store["copy_id"]
    for path in ("/api/actors/HTS", "/api/places/sitrep:sy-tiyas"):
        page = get_json(web_kb_server, path)
        keys = [(s["status"], s["kb_event_id"], s["text"]) for s in page["status"]]
        assert len(keys) == len(set(keys)), path
        assert all(s["doc_id"] != copy_id for s in page["status"])  # the original's row stays
        folded = [s for s in page["status"] if s["copies"]]
        assert folded and all(s["copy_docs"][0]["doc_id"] == copy_id for s in folded)
        assert folded[0]["copy_docs"][0]["outlet"] == "Syndicated Daily"
        [contradiction] = page["contradictions"]
        assert contradiction["copies"] == 1 and copy_id not in (
            contradiction["a_doc_id"], contradiction["b_doc_id"])
        assert contradiction["copy_docs"][0]["doc_id"] == copy_id
        assert "a_root" not in contradiction and "root" not in page["status"][0]
        quotes = page["quotes_by"] if path.startswith("/api/actors") else page["quotes_about"]
        texts = [q["text"] for q in quotes["items"]]
        assert texts and len(texts) == len(set(texts)), path  # the copy's quotes fold in
        assert quotes["total"] == len(texts) and "root" not in quotes["items"][0]
        assert any(q["copies"] and q["copy_docs"][0]["doc_id"] == copy_id
                   for q in quotes["items"]), path


def test_untitled_documents_carry_their_opening_for_a_name(web_kb_server, web_kb_store):
    events = get_json(web_kb_server, "/api/events?view=mentions&limit=500")["items"]
    seed = [e for e in events if e["doc_id"] == web_kb_store["seed_id"]]
    titled = [e for e in events if e["doc_id"] == web_kb_store["fixture_id"]]
    assert seed and all(e["opening"].startswith("Standing at the gates") for e in seed)
    assert titled and all(e["opening"] is None for e in titled)
    hts = get_json(web_kb_server, "/api/actors/HTS")
    assert any(s["opening"] for s in hts["status"]) and hts["contradictions"][0]["b_opening"]
    header = get(web_kb_server, "/api/events.csv?view=mentions")[2].decode().splitlines()[0]
    assert "opening" not in header.split(",")
