"""Events scoring (PLV, PLOVER GSR, CASE 2021): the readers on the real files, the marked-span
offsets, and the scorers run through the real pipeline with a stand-in `events` stage whose
output we control (the gold answer behind a decoy, or nothing at all)."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from sitrep.eval import run_eval
from sitrep.eval.events import (
    CASE_TO_PLOVER, CASE_UNMAPPED, TypeTally, marked_spans, names_match, read_case, read_plv,
)
from sitrep.eval.events_gsr import plover_2018_to_2021, read_gsr
from sitrep.records import Actor, Event, Mention, SpanRef

SHARED = Path(os.environ.get("SITREP_SHARED", Path(__file__).resolve().parents[2] / "shared"))
EVAL = SHARED / "eval"
EVENTS = EVAL / "events"

needs_events = pytest.mark.skipif(not (EVENTS / "zsp_plover_plv").is_dir(),
                                  reason=f"{EVENTS} not present")


# ---- readers ---------------------------------------------------------------------------------

@needs_events
def test_plv_reader_parses_known_rows():
    first = read_plv("test", EVAL)[0]
    assert first.sentence_id == "27" and first.gold_root == "AGREE"
    assert first.sentence.startswith("The US Congress agreed to lift embargoes")
    assert (first.source, first.target) == ("US Congress", "Iran, Libya, North Korea, Sudan")
    dev = read_plv("dev", EVAL, limit=1)[0]
    assert dev.gold_root == "ACCUSE" and dev.uid == "0"
    assert dev.source == "Iranian Foreign Minister Mohammad Javad Zarif"
    assert dev.target == "a U.S. Supreme Court decision"


@needs_events
@pytest.mark.parametrize("split, mismatches", [("dev", 2), ("test", 0)])
def test_plv_marked_offsets_are_exact(split, mismatches):
    rows = read_plv(split, EVAL)
    wrong = [(r.source, r.target) for r in rows
             for field, span in ((r.source, r.source_span), (r.target, r.target_span))
             if field and r.sentence[span[0]:span[1]] != field]
    # two dev rows whose field differs from its markup ('s donors' for <s>Indonesia's donors</s>)
    assert len(wrong) == mismatches
    assert len(rows) == {"dev": 1050, "test": 1033}[split]
    labels = {r.gold_root for r in rows}
    assert "YIELD" in labels and not labels & {"CONCEDE", "RETREAT"} and len(labels) == 15
    no_target = [r for r in rows if r.target is None]
    assert no_target and all(r.target_span is None for r in no_target)  # "a recipient"


@needs_events
def test_plv_prefers_the_whole_word_marking():
    # <s><t>Serbia</t>n President Vojislav Kostunica</s> promised to democratize <t>Serbia</t>
    row = next(r for r in read_plv("test", EVAL) if r.marked_sentence.startswith("<s><t>Serbia"))
    start, end = row.target_span
    assert row.sentence[start - 12:end] == "democratize Serbia"
    assert row.sentence[slice(*row.source_span)] == "Serbian President Vojislav Kostunica"


def test_marked_spans_handle_nesting_and_repeats():
    plain, spans = marked_spans("<s><t>Jordan</t>ian troops</s> met <t>Jordan</t>'s <s>king </s>.")
    assert plain == "Jordanian troops met Jordan's king ."
    assert [plain[s:e] for s, e in spans["s"]] == ["Jordanian troops", "king "]
    assert [plain[s:e] for s, e in spans["t"]] == ["Jordan", "Jordan"]


@needs_events
def test_gsr_reader_maps_2018_names_through_cameo_roots():
    mapping = plover_2018_to_2021(EVAL)
    assert (mapping["DEMAND"], mapping["DISAPPROVE"], mapping["INVESTIGATE"], mapping["FIGHT"]) \
        == ("REQUEST", "ACCUSE", "ACCUSE", "ASSAULT")
    records = read_gsr(EVAL)
    assert len(records) == 322 and all(r.event for r in records)
    first = records[0]
    assert first.id == "PLOVER-GSR01-AGREE-0001" and first.event == "AGREE"
    assert first.sources == ("Hungarian", "Romanian") and first.targets == ()
    stray = next(r for r in records if r.id == "PLOVER-GSR01-AGREE-0007")
    assert stray.targets == ()  # "target": "diplomatic"
    fight = next(r for r in records if r.event_2018 == "FIGHT")
    assert fight.event == "ASSAULT"


@needs_events
def test_case_reader_and_mapping_cover_every_subtype():
    snippets = read_case(EVAL)
    assert len(snippets) == 1019
    assert snippets[0].subtype == "AIR_STRIKE" and snippets[0].plover == ("ASSAULT",)
    assert snippets[0].text.startswith("The US warplanes pounded the village of Kashkash")
    subtypes = {s.subtype for s in snippets}
    assert len(subtypes) == 30 and subtypes == set(CASE_TO_PLOVER) | set(CASE_UNMAPPED)


def test_names_match_whole_words_only():
    assert names_match("US", "the US Congress") and names_match("The FBI", "FBI")
    assert not names_match("US", "Russia") and not names_match("", "Iran")


def test_type_tally_collapses_and_averages():
    tally = TypeTally({"CONCEDE": "YIELD", "RETREAT": "YIELD"})
    assert tally.add("YIELD", "RETREAT") and tally.add("AGREE", "AGREE")
    assert not tally.add("AGREE", "CONCEDE") and not tally.add("ACCUSE", None)
    metrics = tally.metrics()
    assert metrics["type accuracy"]["accuracy"] == 0.5
    assert metrics["type YIELD"]["fp"] == 1 and metrics["type ACCUSE"]["fn"] == 1
    assert metrics["type macro-F1 (3 gold types)"]["f1"] == round((2 / 3 + 2 / 3 + 0) / 3, 4)
    assert "AGREE→YIELD ×1" in tally.confusions()


# ---- scorers with a stand-in events stage ----------------------------------------------------

def _fake_events_stage(monkeypatch, answer):
    """Stand in for `events`: `answer(document)` gives (type, source name, target name,
    confidence) tuples; each name becomes an actor with a mention where the text has it."""
    from sitrep import pipeline

    def run(doc, document, layers):
        actors, mentions, events = [], [], []

        def actor(name):
            if name is None:
                return None
            found = document.text.find(name)
            span = (found, found + len(name)) if found >= 0 else (0, 0)
            actors.append(Actor(doc_id=document.id, id=f"a{len(actors)}", name=name, span=span))
            if found >= 0:
                mentions.append(Mention(doc_id=document.id, span=span, text=name, label="DICT",
                                        actor=actors[-1].id))
            return actors[-1].id

        for type_, source, target, confidence in answer(document):
            events.append(Event(doc_id=document.id, span=(0, len(document.text)),
                                text=document.text, trigger=SpanRef(span=(0, 1), text="x"),
                                type=type_, source=actor(source), target=actor(target),
                                confidence=confidence))
        return {"actors": actors, "mentions": mentions, "events": events}

    monkeypatch.setitem(pipeline.STAGES, "events", lambda nlp: run)


def _decoy(document):
    """An event of the wrong type with no actors, first in line: the scorer must pass it by."""
    return [("SANCTION", None, None, 0.1)]


@needs_events
def test_plv_gold_answers_behind_a_decoy_score_perfectly(monkeypatch):
    rows = read_plv("test", EVAL, limit=30)
    by_sentence: dict[str, list] = {}
    for row in rows:  # YIELD answered as RETREAT: PLOVER 2021 names are what the stage says
        by_sentence.setdefault(row.sentence, []).append(
            ("RETREAT" if row.gold_root == "YIELD" else row.gold_root, row.source, row.target, .5))
    _fake_events_stage(monkeypatch, lambda d: _decoy(d) + by_sentence[d.text])
    result = run_eval("events-plv", "test", EVAL, limit=30)
    assert result.items == 30
    assert result.metrics["type accuracy"]["accuracy"] == 1.0
    assert result.metrics["source+target match (chosen event)"]["accuracy"] == 1.0
    assert result.metrics["coverage (rows with any event)"]["accuracy"] == 1.0
    macro = next(v for k, v in result.metrics.items() if k.startswith("type macro-F1"))
    assert macro["f1"] == 1.0 and result.errors == []


@needs_events
def test_plv_no_events_means_no_coverage(monkeypatch):
    _fake_events_stage(monkeypatch, lambda document: [])
    result = run_eval("events-plv", "dev", EVAL, limit=10)
    assert result.metrics["coverage (rows with any event)"] == {"accuracy": 0.0, "correct": 0,
                                                                "total": 10}
    assert result.metrics["type accuracy"]["accuracy"] == 0.0
    assert result.errors[0]["predicted"] == "NONE"
    assert any("→NONE" in note for note in result.notes)


@needs_events
def test_gsr_gold_answers_behind_a_decoy_score_perfectly(monkeypatch):
    records = read_gsr(EVAL)[:15]
    by_text: dict[str, list] = {}
    for r in records:
        by_text.setdefault(r.text, []).append(
            (r.event, (r.sources or (None,))[-1], (r.targets or (None,))[0], .5))
    _fake_events_stage(monkeypatch, lambda d: _decoy(d) + by_text[d.text])
    result = run_eval("events-gsr", "all", EVAL, limit=15)
    assert result.items == 15
    assert result.metrics["type+source+target"]["accuracy"] == 1.0
    assert result.metrics["type accuracy"]["accuracy"] == 1.0


@needs_events
def test_gsr_no_events_means_no_coverage(monkeypatch):
    _fake_events_stage(monkeypatch, lambda document: [])
    result = run_eval("events-gsr", "all", EVAL, limit=5)
    assert result.metrics["coverage (records with any event)"]["accuracy"] == 0.0
    assert result.metrics["type+source+target"]["correct"] == 0


@needs_events
def test_case_most_confident_gold_event_scores_perfectly(monkeypatch):
    snippets = {s.text: s for s in read_case(EVAL, limit=40)}

    def answer(document):
        roots = snippets[document.text].plover
        return [("SANCTION", None, None, .2), (roots[0], None, None, .9)] if roots else []

    _fake_events_stage(monkeypatch, answer)
    result = run_eval("events-case", "test", EVAL, limit=40)
    assert result.metrics["type accuracy"]["accuracy"] == 1.0
    assert result.metrics["coverage (mapped snippets with any event)"]["accuracy"] == 1.0
    assert result.metrics["disaster snippets with no event"]["accuracy"] == 1.0
    assert any(note.startswith("ACLED subtype → PLOVER") for note in result.notes)


@needs_events
def test_case_no_events_means_no_coverage(monkeypatch):
    _fake_events_stage(monkeypatch, lambda document: [])
    result = run_eval("events-case", "test", EVAL, limit=10)
    assert result.metrics["coverage (mapped snippets with any event)"]["accuracy"] == 0.0


# ---- ConfliBERT CAMEO NER: event sources and targets -----------------------------------------

def _cameo_ner_gold(limit: int) -> dict[str, tuple[str | None, str | None]]:
    from sitrep.eval.events_cameo_ner import CAMEO_NER_DIR, gold_arguments
    from sitrep.eval.cameo_ner import read_sentences

    sentences = [s for s in read_sentences(EVAL / CAMEO_NER_DIR / "train.txt") if s.spans][:limit]
    out = {}
    for sentence in sentences:
        source, target = gold_arguments(sentence)
        out[sentence.text] = tuple(sentence.text[slice(*a.spans[0])] if a.spans else None
                                   for a in (source, target))
    return out


@needs_events
def test_cameo_ner_gold_arguments_split_roles():
    gold = _cameo_ner_gold(3)
    assert gold["In September, a car bomb in Kiev killed another ethnic Chechen who had fought "
                "on the Ukrainian side."] == ("a car bomb", "another ethnic Chechen")


@needs_events
def test_cameo_ner_gold_behind_a_decoy_scores_perfectly(monkeypatch):
    gold = _cameo_ner_gold(12)
    _fake_events_stage(monkeypatch, lambda d: _decoy(d) + [("ASSAULT", *gold[d.text], .5)])
    result = run_eval("events-cameo-ner", "dev", EVAL, limit=12)
    assert result.items == 12 and result.errors == []
    assert result.metrics["source+target"]["accuracy"] == 1.0
    assert result.metrics["roles swapped (chosen event)"]["correct"] == 0


@needs_events
def test_cameo_ner_swapped_roles_are_counted_as_misses(monkeypatch):
    gold = _cameo_ner_gold(12)
    _fake_events_stage(monkeypatch, lambda d: [("ASSAULT", *reversed(gold[d.text]), .5)])
    result = run_eval("events-cameo-ner", "dev", EVAL, limit=12)
    assert result.metrics["roles swapped (chosen event)"]["correct"] == 12
    assert result.metrics["source+target"]["correct"] == 0
    assert result.metrics["source match (gold has a source)"]["correct"] == 0
