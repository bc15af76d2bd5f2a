"""Quote speakers in conflict news against WikiEvents' gold coreference.

`../corpora/wikievents/{dev,test}.jsonl` (20 + 20 articles linked from Wikipedia pages on IED
bombings, car bombs, drone strikes and attack trials; KAIROS annotation) give each article's
sentences with character offsets and its entity mentions (PER, ORG, GPE, …) as token ranges;
`coref_{dev,test}.jsonlines` group the mentions into entities. The scoring is the GUM one
(`gum_coref.Tally`, `judge`): a speaker given as a pronoun or a description is right when the
actor it resolved to was met earlier in the speaker's gold entity.

Two differences from GUM. The offsets count one character between sentences, which the
`text` field drops ('…in SyriaThe desert…'); the text here puts the sentences back at their
offsets, a line break after a headline-like sentence (no final punctuation), else a space.
KAIROS marks a mention by its head, often one word ('a senior Iraqi *official*', 'the Russian
*military*'), so a speaker span aligns with the gold mention that is its head: the last one
inside it before any postmodifier ('a *representative* of the Russian military').
"""

from __future__ import annotations

import json
import re
from pathlib import Path

from sitrep.eval.gum_coref import STAGES, GoldMention, GumDocument, Span, Tally
from sitrep.eval.result import EvalResult
from sitrep.records import Document

_POSTMODIFIER = re.compile(r",| \(| (of|from|at|for|in|with|who|which|whose|that) ")


def corpus_dir(data_dir: Path) -> Path:
    """The corpus sits beside the gold sets: ../shared/corpora/wikievents."""
    return data_dir.parent / "corpora" / "wikievents"


def read_split(directory: Path, split: str, limit: int | None = None) -> list[GumDocument]:
    clusters = {}
    for line in (directory / f"coref_{split}.jsonlines").read_text(encoding="utf-8").splitlines():
        record = json.loads(line)
        clusters[record["doc_key"]] = record["clusters"]
    lines = (directory / f"{split}.jsonl").read_text(encoding="utf-8").splitlines()[:limit]
    records = [json.loads(line) for line in lines]
    return [read_document(record, clusters.get(record["doc_id"], [])) for record in records]


def read_document(record: dict, clusters: list[list[str]]) -> GumDocument:
    text, token_spans = _layout(record["sentences"])
    entity_of = {mention: min(cluster) for cluster in clusters for mention in cluster}
    gold = []
    for number, mention in enumerate(record["entity_mentions"]):
        first, last = token_spans[mention["start"]], token_spans[mention["end"] - 1]
        # a singleton has no cluster: its own number keeps it apart
        cluster = entity_of.get(mention["id"], f"singleton-{number}")
        gold.append(GoldMention((first[0], last[1]), cluster, mention["entity_type"]))
    return GumDocument(record["doc_id"], text, sorted(gold, key=lambda m: (m.span[0], -m.span[1])))


def _layout(sentences: list) -> tuple[str, list[Span]]:
    """The text with every sentence at its offsets, and every token's span."""
    text, spans = "", []
    for tokens, sentence in sentences:
        start = tokens[0][1]
        if start > len(text):
            gap = start - len(text)
            after_headline = text and text.rstrip()[-1:].isalnum()
            text += " " * (gap - 1) + ("\n" if after_headline else " ")
        text = text[:start] + sentence
        spans += [(begin, end) for _, begin, end in tokens]
    return text, spans


def head_align(span: Span, doc: GumDocument) -> GoldMention | None:
    """The gold mention a speaker span stands for: a gold mention around it, else the last gold
    mention inside it before any postmodifier (KAIROS marks heads: 'a *representative* of the
    Russian military', 'Defense Secretary *Jim Mattis*, who…')."""
    around = [m for m in doc.mentions if m.span[0] <= span[0] and span[1] <= m.span[1]]
    if around:
        return min(around, key=lambda m: m.span[1] - m.span[0])
    modifier = _POSTMODIFIER.search(doc.text, span[0], span[1])
    end = modifier.start() if modifier else span[1]
    inside = [m for m in doc.mentions if span[0] <= m.span[0] and m.span[1] <= end]
    return max(inside, key=lambda m: (m.span[1], -m.span[0]), default=None)


def score(data_dir: Path, split: str, limit: int | None = None) -> EvalResult:
    from sitrep.pipeline import Pipeline, Settings

    directory = corpus_dir(data_dir)
    docs = read_split(directory, split, limit)
    pipeline = Pipeline(Settings(stages=STAGES))
    failed: list[str] = []
    extractions = {e.document.origin: e for e in pipeline.extract_many(
        [Document.from_text(d.text, origin=d.name) for d in docs],
        on_error=lambda document, exc: failed.append(f"{document.origin}: {exc!r}"))}
    tally = Tally(align=head_align)
    for doc in docs:
        tally.document(doc, extractions.get(doc.name))
    counts = tally.counts
    notes = [
        f"gold: {directory} ({split}), {sum(len(d.mentions) for d in docs)} KAIROS entity "
        "mentions (heads) in their coreference clusters, singletons kept apart",
        f"quotes {counts['quotes']}, with a speaker span {counts['with speaker']}; "
        f"{counts['resolved']} distinct speaker spans resolved to an actor, scored once each",
        "span → gold mention: one around it, else the last inside it before a postmodifier; "
        "unscorable: " + ", ".join(f"{k} {v}" for k, v in tally.unscorable.items()),
        "right = as in `speakers` (GUM): an earlier mention of the actor is in the speaker's "
        f"gold entity; {counts['new entity']} speakers first met at the speaker",
    ] + [f"pipeline failed on {len(failed)} document(s): {'; '.join(failed[:3])}"] * bool(failed)
    return EvalResult(dataset="speakers-wikievents", split=split, items=len(docs),
                      metrics=tally.metrics(), notes=notes, errors=tally.errors)
