"""Dump and group the places layer's errors on a geo gold set (dev split by default).

    PYTHONPATH=src python scripts/geo_errors.py lgl [--split dev] [--limit N] [--out errors.jsonl]

The spaCy parse and the actors layer are cached per set and split (build/geo-cache/), so a
change to the places layer re-scores in seconds. Each error row has the gold point, the entry
chosen, the distance, and the "true" entry: the candidate under the mention's name key nearest
the gold point (its feature, population, admin1, and its rank by score), so a wrong homonym, a
missing entry and a coordinate convention can be told apart. Detection misses and false
positives are listed too. Tune on dev only.
"""

from __future__ import annotations

import argparse
import json
import pickle
import sys
from collections import Counter
from pathlib import Path

from sitrep.eval.geo import ACC_KM, SETS, _distances, _match, read_articles, split_articles
from sitrep.extract import places as places_module
from sitrep.extract.places import PlaceExtractor, distance_km
from sitrep.gazetteer import open_or_build
from sitrep.records import Document

ROOT = Path(__file__).resolve().parents[1]
DATA = ROOT.parent / "shared" / "eval"


def parsed(name: str, split: str, limit: int | None):
    """[(text, gold, doc, document, layers)], the parse and actors cached on disk."""
    from spacy.tokens import DocBin

    from sitrep.nlp import load_nlp
    from sitrep.pipeline import Pipeline, Settings

    articles = split_articles(read_articles(DATA / SETS[name]), split)[:limit]
    cache = ROOT / "build" / "geo-cache" / f"{name}-{split}-{limit or 'all'}"
    nlp = load_nlp()
    if (cache / "docs.spacy").exists():
        docs = list(DocBin().from_disk(cache / "docs.spacy").get_docs(nlp.vocab))
        layers = pickle.loads((cache / "layers.pkl").read_bytes())
    else:
        pipeline = Pipeline(Settings(stages=("actors",)))
        actors = dict(pipeline.stages)["actors"]
        docs, layers = [], []
        for text, _ in articles:
            document = Document.from_text(text) if text.strip() else Document.from_text(" ")
            doc = nlp(document.text)
            docs.append(doc)
            layers.append(actors(doc, document, {}))
        cache.mkdir(parents=True, exist_ok=True)
        DocBin(docs=docs, store_user_data=True).to_disk(cache / "docs.spacy")
        (cache / "layers.pkl").write_bytes(pickle.dumps(layers))
    out = []
    for (text, gold), doc, layer in zip(articles, docs, layers):
        document = Document.from_text(text) if text.strip() else Document.from_text(" ")
        out.append((text, gold, doc, document, layer))
    return out


def _nearest(candidates, lat, lon):
    if not candidates:
        return None, None
    best = min(candidates, key=lambda c: distance_km(lat, lon, c.lat, c.lon))
    return best, distance_km(lat, lon, best.lat, best.lon)


def run(name: str, split: str, limit: int | None, out: Path | None, show: int) -> dict:
    extractor = PlaceExtractor(open_or_build())
    captured: list = []
    original = places_module._place

    def spy(doc_id, r):  # keep the ranking's internals for the dump
        captured.append(r)
        return original(doc_id, r)

    places_module._place = spy
    counts = Counter()
    errors, rows, fps, fns = [], [], [], []
    try:
        for index, (text, gold, doc, document, layer) in enumerate(parsed(name, split, limit)):
            captured.clear()
            doc.user_data.pop("sitrep_lower_words", None)
            places = extractor(doc, document, dict(layer))["places"]
            pairs = _match(gold, places)
            counts.update(tp=len(pairs), fn=len(gold) - len(pairs), fp=len(places) - len(pairs))
            matched_p = {id(p) for _, p in pairs}
            matched_g = {id(g) for g, _ in pairs}
            fns += [{"doc": index, "phrase": g.phrase, "context": _context(text, g.start, g.end)}
                    for g in gold if id(g) not in matched_g]
            fps += [{"doc": index, "text": p.text, "role": p.role,
                     "context": _context(text, *p.span)}
                    for p in places if id(p) not in matched_p]
            for g, p in pairs:
                internals = captured[places.index(p)]
                row = _resolution_row(index, text, g, p, internals, errors)
                if row is not None:
                    rows.append(row)
    finally:
        places_module._place = original
    summary = _summary(name, split, counts, errors, rows)
    if out:
        _write(out, rows, fns, fps)
    print(json.dumps(summary))
    if show:
        for r in rows[:show]:
            print(json.dumps(r, ensure_ascii=False))
    return summary


def _resolution_row(index: int, text: str, g, p, r, errors: list) -> dict | None:
    """The dump row of a detected gold toponym resolved 161 km or more away (or not at all);
    None when it is within 161 km. Appends the distance to `errors`."""
    if p.lat is None:
        return {"doc": index, "phrase": g.phrase, "text": p.text, "class": "unresolved",
                "candidates": p.candidates}
    error = distance_km(g.lat, g.lon, p.lat, p.lon)
    errors.append(error)
    if error < ACC_KM:
        return None
    true, true_km = _nearest(r.candidates, g.lat, g.lon)
    return {
        "doc": index, "phrase": g.phrase, "text": p.text, "role": p.role,
        "gold": [g.lat, g.lon], "got": [p.name, p.feature_type, p.country, p.admin1,
                                         _pop(r.best)],
        "km": round(error), "conf": p.confidence,
        "true": None if true is None else [true.name, true.feature, true.country,
                                           true.admin1, true.population, true.main],
        "true_km": None if true_km is None else round(true_km),
        "class": _classify(r, p.role, true, true_km), "context": _context(text, *p.span)}


def _summary(name: str, split: str, counts: Counter, errors: list, rows: list) -> dict:
    tp, fp, fn = counts["tp"], counts["fp"], counts["fn"]
    precision = tp / (tp + fp) if tp + fp else 0.0
    recall = tp / (tp + fn) if tp + fn else 0.0
    return {"set": name, "split": split, "detection": {
        "p": round(precision, 4), "r": round(recall, 4),
        "f1": round(2 * precision * recall / (precision + recall), 4) if tp else 0.0,
        "tp": tp, "fp": fp, "fn": fn}, "resolution": _distances(errors),
        "error_classes": Counter(r["class"] for r in rows).most_common()}


def _write(out: Path, rows: list, fns: list, fps: list) -> None:
    with out.open("w") as fh:
        for kind, group in (("resolution", rows), ("missed", fns), ("false_positive", fps)):
            for r in group:
                fh.write(json.dumps({"kind": kind, **r}) + "\n")


def _pop(c):
    return None if c is None else c.population


_POINT_CLASSES = {"country": "country point", "admin1": "admin1 point", "adm2": "admin1 point",
                  "continent": "region/continent point", "region": "region/continent point",
                  "sea": "region/continent point"}


def _classify(r, role: str, true, true_km) -> str:
    """The kind of error: the right entry at another point than the gold's (a convention:
    country, division, region; a demonym's country counted apart), a wrong homonym or a wrong
    kind of feature (the right one was a candidate), or no candidate near the gold point (a
    town or street the gazetteer lacks)."""
    chosen = r.best
    if true is not None and true.id == chosen.id and chosen.feature in _POINT_CLASSES:
        kind = _POINT_CLASSES[chosen.feature]
        return f"demonym: {kind}" if role == "demonym" else kind
    if true is None or true_km is None or true_km >= ACC_KM:
        return "no candidate near gold"
    if chosen.feature != true.feature:
        return f"wrong feature: {chosen.feature}->{true.feature}"
    return "wrong homonym"


def _context(text: str, start: int, end: int) -> str:
    return (text[max(0, start - 60):start] + "[[" + text[start:end] + "]]" +
            text[end:end + 60]).replace("\n", " ")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("set", choices=sorted(SETS))
    parser.add_argument("--split", default="dev", choices=("dev", "test"))
    parser.add_argument("--limit", type=int)
    parser.add_argument("--out", type=Path)
    parser.add_argument("--show", type=int, default=0)
    args = parser.parse_args()
    if args.split == "test":
        print("note: tune on dev; test is for the final report", file=sys.stderr)
    run(args.set, args.split, args.limit, args.out, args.show)


if __name__ == "__main__":
    main()
