"""Event sources and targets against ConfliBERT's CAMEO NER spans (events/conflibert_eval/cameo_ner).

The same sentences as `cameo-ner-actors` (train.txt is the dev split, test.txt the test), scored
for the events stage rather than the actors one: each sentence's gold `S` spans are event
sources and its `T` spans event targets (several events may share a sentence, so any gold span
of the role will do). The prediction is the sentence's event whose source/target best match
them (`choose_event`, as for PLV and GSR); an actor matches when one of its mentions overlaps a
gold span. No types: the set has none. Role swaps (the gold source taken as the target, or the
reverse) are counted apart, as they say the argument was found but put on the wrong side.
"""

from __future__ import annotations

from pathlib import Path

from sitrep.eval.cameo_ner import FILES, GoldSentence, read_sentences
from sitrep.eval.events import (
    ArgumentTally, GoldArgument, actor_matches, choose_event, extract_texts, failure_note,
)
from sitrep.eval.metrics import Accuracy
from sitrep.eval.result import EvalResult

CAMEO_NER_DIR = Path("events") / "conflibert_eval" / "cameo_ner"


def gold_arguments(sentence: GoldSentence) -> tuple[GoldArgument, GoldArgument]:
    """(sources, targets) of a sentence, as spans into its text."""
    spans = {role: tuple((s, e) for s, e, r in sentence.spans if r == role) for role in "ST"}
    return GoldArgument(spans=spans["S"]), GoldArgument(spans=spans["T"])


def score(data_dir: Path, split: str, limit: int | None = None) -> EvalResult:
    sentences = [s for s in read_sentences(data_dir / CAMEO_NER_DIR / FILES[split]) if s.spans]
    sentences = sentences[: limit or None]
    extractions, failed = extract_texts((s.text for s in sentences), f"cameo-ner-{split}")
    tally, swapped = ArgumentTally(), Accuracy()
    errors = []
    for sentence in sentences:
        extraction = extractions.get(sentence.text)
        source, target = gold_arguments(sentence)
        event, s_ok, t_ok = choose_event(extraction, source, target)
        tally.add(event, True, s_ok, t_ok, source, target)
        if event is not None:
            swapped.add(actor_matches(extraction, event.source, target)
                        or actor_matches(extraction, event.target, source))
        if not ((s_ok or not source) and (t_ok or not target)):
            errors.append(_error(sentence, extraction, event, s_ok, t_ok))
    metrics = {"source+target": tally.full.to_json(),
               "source match (gold has a source)": tally.source.to_json(),
               "target match (gold has a target)": tally.target.to_json(),
               "coverage (sentences with any event)": tally.coverage.to_json(),
               "roles swapped (chosen event)": swapped.to_json()}
    notes = ["dev = train.txt, test = test.txt; sentences with no gold span left out",
             "prediction: the sentence's event whose source/target best match the gold S/T "
             "spans (any one of several), else its first; a match is a mention overlapping a "
             "gold span; no types in this set",
             "gold codes places as targets ('killed 52 people in London' → T London); sitrep "
             "takes a place only when it stands for a state",
             *failure_note(failed)]
    return EvalResult(dataset="events-cameo-ner", split=split, items=len(sentences),
                      metrics=metrics, notes=notes, errors=errors)


def _error(sentence: GoldSentence, extraction, event, s_ok: bool, t_ok: bool) -> dict:
    names = {a.id: a.name for a in (extraction.actors if extraction else [])}
    text = sentence.text
    return {"text": text,
            "gold_source": [text[s:e] for s, e, r in sentence.spans if r == "S"],
            "gold_target": [text[s:e] for s, e, r in sentence.spans if r == "T"],
            "trigger": event.trigger.text if event else None,
            "type": event.type if event else None,
            "source": names.get(event.source, event.source) if event else None,
            "target": names.get(event.target, event.target) if event else None,
            "source_ok": s_ok, "target_ok": t_ok}
