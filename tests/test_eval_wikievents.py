"""The WikiEvents coreference reader and the speaker scoring on conflict news (needs
../shared/corpora/wikievents)."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from sitrep.eval import DATASETS
from sitrep.eval.gum_coref import GoldMention, GumDocument
from sitrep.eval.wikievents_coref import head_align, read_split

SHARED = Path(os.environ.get("SITREP_SHARED", Path(__file__).resolve().parents[2] / "shared"))
WIKIEVENTS = SHARED / "corpora" / "wikievents"
needs_wikievents = pytest.mark.skipif(not (WIKIEVENTS / "coref_dev.jsonlines").is_file(),
                                      reason=f"{WIKIEVENTS} not present")


@needs_wikievents
@pytest.mark.parametrize("split", ["dev", "test"])
def test_every_gold_mention_reads_its_own_words_in_the_rebuilt_text(split):
    import json

    docs = read_split(WIKIEVENTS, split)
    records = [json.loads(line) for line in (WIKIEVENTS / f"{split}.jsonl").read_text().splitlines()]
    assert len(docs) == len(records) == 20
    for doc, record in zip(docs, records):
        texts = sorted(m["text"] for m in record["entity_mentions"])
        assert sorted(doc.at(m.span) for m in doc.mentions) == texts


@needs_wikievents
def test_the_headline_ends_its_line_and_coreferent_mentions_share_a_cluster():
    doc = next(d for d in read_split(WIKIEVENTS, "dev") if d.name == "road_ied_8")
    assert doc.text.startswith("Roadside IED kills Russian major general in Syria\nThe desert")
    regime = [m for m in doc.mentions if doc.at(m.span) == "regime"]
    assert len(regime) > 1 and len({m.cluster for m in regime}) == 1


def test_a_speaker_aligns_with_the_gold_head_before_its_postmodifier():
    text = "a representative of the Russian military said"
    doc = GumDocument("x", text, [GoldMention((2, 16), "rep", "PER"),
                                  GoldMention((32, 40), "mil", "ORG")])
    assert head_align((0, 40), doc).cluster == "rep"
    assert head_align((32, 40), doc).cluster == "mil"
    assert head_align((41, 45), doc) is None


@needs_wikievents
def test_the_dataset_is_listed_and_scores_real_speakers():
    assert "speakers-wikievents" in DATASETS
    result = DATASETS["speakers-wikievents"].load()(SHARED / "eval", "dev", 3)
    resolution = result.metrics["speaker resolution (pron+desc)"]
    assert resolution["total"] > 0 and 0 < resolution["accuracy"] <= 1
