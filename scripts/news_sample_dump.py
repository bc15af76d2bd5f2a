"""Dump every quote, event, place and time sitrep extracts from a seeded random sample of the
AllSides world/conflict articles, one tab-separated line a record, so the same sample before
and after a change can be diffed and each changed record counted and read.

    PYTHONPATH=src python scripts/news_sample_dump.py --seed 1155 --n 150 --out after.tsv
    diff <(sort before.tsv) <(sort after.tsv)

Real news is the check the gold sets cannot give: a rule tuned on dev must also be right on
text it was not written for. Each pass uses fresh seeds (docs/history/ records which). Lines:
Q doc offset kind source_type speaker actor cue text / E doc offset type trigger source target
polarity modality typed_by text / P doc offset text role entry feature lat lon context /
T doc offset text type value.
"""

from __future__ import annotations

import argparse
import random
import sys
from pathlib import Path

from sitrep.ingest import read_inputs
from sitrep.pipeline import Pipeline, Settings
from sitrep.records import Document, Extraction

CORPUS = (Path(__file__).resolve().parents[1].parent / "shared" / "corpora" /
          "allsides_article_bias_conflict" / "allsides_conflict_world.jsonl.gz")


def sample(seed: int, n: int, corpus: Path = CORPUS) -> list[Document]:
    documents = [item for item in read_inputs([str(corpus)]) if isinstance(item, Document)]
    random.Random(seed).shuffle(documents)
    return documents[:n]


def _flat(text: str, limit: int) -> str:
    return text[:limit].replace("\n", " ").replace("\t", " ")


def record_lines(extraction: Extraction) -> list[tuple]:
    document = extraction.document
    doc = document.id[:10]
    names = {actor.id: actor.name for actor in extraction.actors}
    lines: list[tuple] = []
    for quote in extraction.quotes or []:
        speaker = quote.speaker
        lines.append(("Q", doc, quote.span[0], quote.kind, quote.source_type,
                      speaker.text if speaker else None,
                      names.get(speaker.actor) if speaker and speaker.actor else None,
                      quote.cue.text if quote.cue else None, _flat(quote.text, 120)))
    for event in extraction.events or []:
        lines.append(("E", doc, event.span[0], event.type, event.trigger.text,
                      names.get(event.source, event.source), names.get(event.target, event.target),
                      event.polarity, event.modality, event.typed_by, _flat(event.text, 140)))
    for place in extraction.places or []:
        start, end = place.span
        context = _flat(document.text[max(0, start - 60):end + 40], 200)
        lines.append(("P", doc, start, place.text, place.role, place.name, place.feature_type,
                      None if place.lat is None else round(place.lat, 2),
                      None if place.lon is None else round(place.lon, 2), context))
    for time in extraction.times or []:
        lines.append(("T", doc, time.span[0], time.text, time.type, time.value))
    return lines


def _report(document: Document, exc: Exception) -> None:
    print(f"error: {document.origin}: {exc}", file=sys.stderr)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--seed", type=int, required=True)
    parser.add_argument("--n", type=int, default=150)
    parser.add_argument("--out", type=Path, required=True)
    parser.add_argument("--stages", help="comma-separated stages (default: all)")
    args = parser.parse_args()
    settings = Settings(stages=tuple(args.stages.split(","))) if args.stages else Settings()
    pipeline = Pipeline(settings)
    documents = sample(args.seed, args.n)
    with args.out.open("w", encoding="utf-8") as out:
        for extraction in pipeline.extract_many(documents, on_error=_report):
            if isinstance(extraction, Extraction):
                for line in record_lines(extraction):
                    print(*line, sep="\t", file=out)
    pipeline.close()
    print(f"{len(documents)} articles -> {args.out}", file=sys.stderr)


if __name__ == "__main__":
    main()
