"""Actor mentions against the source/target spans of ConfliBERT's CAMEO NER set.

`events/conflibert_eval/cameo_ner/{train,test}.txt`: one token and a BIO tag per line (S = event
source, T = event target), sentences separated by blank lines. Every gold span is an actor that
takes part in an event, so recall is the telling number: how many event participants the actors
stage finds. The gold marks only participants, so a predicted actor outside every gold span is
not necessarily wrong: precision here is a lower bound, reported as such.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from sitrep.eval.metrics import PRF
from sitrep.eval.result import EvalResult
from sitrep.records import Document

FILES = {"dev": "train.txt", "test": "test.txt"}
_NO_SPACE_BEFORE = {".", ",", ";", ":", "!", "?", "'s", "n't", ")", "'", "%"}


@dataclass
class GoldSentence:
    text: str
    spans: list[tuple[int, int, str]]  # start, end, role (S or T)


def read_sentences(path: Path) -> list[GoldSentence]:
    sentences, rows = [], []
    for line in path.read_text(encoding="utf-8").splitlines() + [""]:
        if line.strip():
            token, _, tag = line.rpartition(" ")
            rows.append((token, tag))
        elif rows:
            sentences.append(_detokenize(rows))
            rows = []
    return sentences


def _detokenize(rows: list[tuple[str, str]]) -> GoldSentence:
    """Rebuild readable text (no space before punctuation), keeping each gold span's offsets."""
    text, spans, open_span = "", [], None
    for token, tag in rows:
        if text and token not in _NO_SPACE_BEFORE and not text.endswith("("):
            text += " "
        start = len(text)
        text += token
        if tag.startswith("B-") or (tag.startswith("I-") and open_span is None):
            if open_span:
                spans.append(open_span)
            open_span = [start, len(text), tag[2:]]
        elif tag.startswith("I-") and open_span is not None:
            open_span[1] = len(text)
        else:
            if open_span:
                spans.append(open_span)
            open_span = None
    if open_span:
        spans.append(open_span)
    return GoldSentence(text, [tuple(s) for s in spans])


def score(data_dir: Path, split: str, limit: int | None = None) -> EvalResult:
    from sitrep.pipeline import Pipeline, Settings

    sentences = read_sentences(data_dir / "events" / "conflibert_eval" / "cameo_ner" / FILES[split])
    if limit:
        sentences = sentences[:limit]
    pipeline = Pipeline(Settings(stages=("actors",), batch_size=64))
    documents = [Document.from_text(s.text, origin=f"cameo_ner:{i}") for i, s in enumerate(sentences)]
    exact, overlap, head = PRF(), PRF(), PRF()
    baseline_exact, baseline_overlap, baseline_head = PRF(), PRF(), PRF()
    misses = []
    # Baseline: spaCy's own PERSON/ORG/NORP/GPE entities, every one taken as an actor.
    raw = pipeline.nlp.pipe((s.text for s in sentences), batch_size=64)
    for sentence, doc in zip(sentences, raw):
        predicted = [(e.start_char, e.end_char) for e in doc.ents
                     if e.label_ in {"PERSON", "ORG", "NORP", "GPE"}]
        gold = [(s, e) for s, e, _ in sentence.spans]
        _count(baseline_exact, gold, predicted, lambda g, p: g == p)
        _count(baseline_overlap, gold, predicted, _overlaps)
        _count(baseline_head, gold, predicted, _covers_head(sentence.text))
    for sentence, extraction in zip(sentences, pipeline.extract_many(documents)):
        predicted = [m.span for m in extraction.mentions if m.actor is not None]
        gold = [(s, e) for s, e, _ in sentence.spans]
        _count(exact, gold, predicted, lambda g, p: g == p)
        _count(overlap, gold, predicted, _overlaps)
        _count(head, gold, predicted, _covers_head(sentence.text))
        for s, e, role in sentence.spans:
            if not any(_overlaps((s, e), p) for p in predicted):
                misses.append({"text": sentence.text, "gold": sentence.text[s:e], "role": role,
                               "predicted": [sentence.text[a:b] for a, b in predicted]})
    return EvalResult(
        dataset="cameo-ner-actors", split=split, items=len(sentences),
        metrics={"exact span": exact.to_json(), "overlap": overlap.to_json(),
                 "gold head inside mention": head.to_json(),
                 "baseline spaCy NER: exact span": baseline_exact.to_json(),
                 "baseline spaCy NER: overlap": baseline_overlap.to_json(),
                 "baseline spaCy NER: gold head inside": baseline_head.to_json()},
        notes=["gold marks only event sources/targets: precision is a lower bound",
               "gold codes places as targets ('killed 52 people in London' → T London); sitrep "
               "keeps such place names as locations, not actors, so it loses those by design",
               "fp = predicted actor mentions that overlap no gold span"],
        errors=misses,
    )


def _overlaps(a: tuple[int, int], b: tuple[int, int]) -> bool:
    return a[0] < b[1] and b[0] < a[1]


def _covers_head(text: str):
    """The gold span's last word (the head of an English noun phrase) lies in the mention."""
    def match(gold: tuple[int, int], predicted: tuple[int, int]) -> bool:
        last_space = text.rfind(" ", gold[0], gold[1])
        head_start = last_space + 1 if last_space >= 0 else gold[0]
        return predicted[0] <= head_start and gold[1] <= predicted[1]
    return match


def _count(prf: PRF, gold: list, predicted: list, match) -> None:
    matched_gold = sum(1 for g in gold if any(match(g, p) for p in predicted))
    prf.tp += matched_gold
    prf.fn += len(gold) - matched_gold
    prf.fp += sum(1 for p in predicted if not any(_overlaps(g, p) for g in gold))
