"""The CRF's column-wise features are exactly those of a plain token-by-token reading.

`reference_features` below is the token-by-token definition the model was trained with (it read
each attribute through spaCy's Token objects); `attribution_features` computes the same strings
a column at a time. Any difference would silently change what the trained CRF tags.
"""

from __future__ import annotations

import gzip
import json

import pytest

from sitrep.data import data_text
from sitrep.extract.attribution_features import Columns, cue_flags, sequences
from sitrep.extract.attribution_model import quoted_tokens, sequence_features
from sitrep.extract.quote_marks import QUOTATION_MARKS, find_quoted_spans
from sitrep.extract.quotes import load_cue_lexicon
from sitrep.nlp import load_nlp, parse

from .conftest import SHARED

CORPUS = SHARED / "corpora" / "allsides_article_bias_conflict" / "allsides_conflict_world.jsonl.gz"
_NEIGHBOUR_KEYS = ("w", "l", "p", "d", "hl", "q", "iq", "cue", "ss")
_BUCKETS = (0, 1, 2, 3, 5, 8, 13, 21, 34)


def _supersense_table() -> dict[tuple[str, str], list[str]]:
    rows = [line.split("\t") for line in data_text("wordnet_supersenses.tsv").splitlines()
            if line and not line.startswith("#")][1:]
    return {(lemma, pos): senses.split(",") for lemma, pos, senses in rows}


def reference_features(doc) -> tuple[list[list[int]], list[list[str]]]:
    cues = load_cue_lexicon()
    inside = quoted_tokens(doc, find_quoted_spans(doc.text))
    runs: list[list[int]] = [[]]
    for token in doc:
        if not token.is_space:
            runs[-1].append(token.i)
        if "\n" in token.text_with_ws and runs[-1]:
            runs.append([])
    seqs = [run for run in runs if run]

    def ancestor(token) -> str:
        for _ in range(8):
            if token.head.i == token.i:
                break
            if cues.is_cue(token.head):
                return token.dep_
            token = token.head
        return "none"

    def bucket(n: int) -> str:
        return str(max(b for b in _BUCKETS if b <= n))

    table = _supersense_table()

    def senses(token) -> list[str]:
        pos = {"VERB": "v", "AUX": "v", "NOUN": "n"}.get(token.pos_, "")
        return table.get((token.lemma_.lower(), pos), []) + ["", ""]

    base = []
    for token in doc:
        lemma, head, sent = token.lemma_.lower(), token.head, token.sent
        base.append({
            "w": token.lower_, "l": lemma, "p": token.pos_, "t": token.tag_, "d": token.dep_,
            "hl": head.lemma_.lower(), "hd": head.dep_, "hp": head.pos_, "s": token.shape_[:6],
            "q": token.text if token.text in QUOTATION_MARKS else "",
            "iq": str(int(token.i in inside)), "cue": str(int(cues.is_cue(token))),
            "lex": "c" * (lemma in cues.verbs) + "l" * (lemma in cues.learned_lemmas),
            "hcue": str(int(cues.is_cue(head) and head.i != token.i)),
            "anc": ancestor(token), "pos": bucket(token.i - sent.start),
            "rpos": bucket(sent.end - 1 - token.i),
            "ss": senses(token)[0], "ss2": senses(token)[1], "hss": senses(head)[0],
            "sc": "+".join(c[:3] for c in ("communication", "cognition", "emotion", "perception")
                           if c in senses(token)),
        })
    features: list[list[str]] = [[] for _ in doc]
    for seq in seqs:
        for k, i in enumerate(seq):
            own = [f"{key}={value}" for key, value in base[i].items()]
            own += [f"ch={child.dep_}" for child in doc[i].children]
            for offset in (-2, -1, 1, 2):
                if not 0 <= k + offset < len(seq):
                    own.append(f"{offset}:{'BOS' if offset < 0 else 'EOS'}")
                    continue
                near = base[seq[k + offset]]
                own += [f"{offset}:{key}={near[key]}" for key in _NEIGHBOUR_KEYS]
            own.append(f"w-1|w={base[seq[k - 1]]['w'] if k else 'BOS'}|{base[i]['w']}")
            features[i] = own
    return seqs, features


def _corpus_texts(n: int) -> list[str]:
    if not CORPUS.exists():
        return []
    texts = []
    with gzip.open(CORPUS, "rt", encoding="utf-8") as lines:
        for line in lines:
            text = json.loads(line).get("text") or ""
            if text.strip():
                texts.append(text)
            if len(texts) >= n:
                break
    return texts


def test_features_match_the_token_by_token_definition(voa_documents):
    texts = [d.text for d in voa_documents] + _corpus_texts(12) + [
        "He pointed out that “the deal” was dead.\n\n  \nShe said: 'No.'\n",
        "",
        "\n\n",
    ]
    for doc in load_nlp().pipe(texts):
        assert sequence_features(doc) == reference_features(doc), doc.text[:60]


def test_columns_read_the_same_attributes_as_tokens():
    doc = parse("The minister pointed out,  in Kyiv, that talks “failed”.\n\nNothing more.")
    cols = Columns.of(doc)
    assert cols.lower == [t.lower_ for t in doc]
    assert cols.lemma == [t.lemma_.lower() for t in doc]
    assert cols.pos == [t.pos_ for t in doc] and cols.tag == [t.tag_ for t in doc]
    assert cols.dep == [t.dep_ for t in doc] and cols.heads == [t.head.i for t in doc]
    assert cols.sent_starts == [s.start for s in doc.sents]
    assert cols.is_space == [t.is_space for t in doc]
    assert cue_flags(cols, load_cue_lexicon()) == [load_cue_lexicon().is_cue(t) for t in doc]
    assert [doc[i].text for i in sequences(cols)[1]] == ["Nothing", "more", "."]


@pytest.mark.parametrize("text", ["They point to the border.", "They pointed out the flaw."])
def test_point_is_a_cue_only_with_out(text):
    doc = parse(text)
    flags = cue_flags(Columns.of(doc), load_cue_lexicon())
    assert flags == [load_cue_lexicon().is_cue(t) for t in doc]
    assert any(flags) == ("out" in text)


def reference_decode(doc, tags: list[str]) -> dict[str, list[tuple[int, int]]]:
    """`decode` read token by token, as it was first written."""
    roles = ("SRC", "CUE", "CON")
    found: dict[str, list[list[int]]] = {role: [] for role in roles}
    current: dict = {role: None for role in roles}
    for token, tag in zip(doc, tags):
        if token.is_space:
            continue
        prefix, _, role = tag.partition("-")
        for other in roles:
            if other != role and (other != "CON" or prefix == "O"):
                current[other] = None
        if prefix == "O":
            continue
        if prefix == "B" or current[role] is None:
            current[role] = [token.i, token.i]
            found[role].append(current[role])
        current[role][1] = token.i
    return {role: [(doc[a].idx, doc[b].idx + len(doc[b])) for a, b in runs]
            for role, runs in found.items()}


def test_decode_reads_tags_as_the_token_by_token_definition():
    import random

    from sitrep.extract.attribution_model import decode

    doc = parse("“We came first,” the commander said,  “and we stay.”\n\n"
                "Officials said the talks failed.\n \nNo one else spoke.")
    labels = ["O", "B-SRC", "I-SRC", "B-CUE", "I-CUE", "B-CON", "I-CON"]
    rng = random.Random(9)
    for _ in range(300):
        weights = [rng.random() * 4, *(rng.random() for _ in labels[1:])]
        tags = rng.choices(labels, weights=weights, k=len(doc))
        assert decode(doc, tags) == reference_decode(doc, tags)
    assert decode(parse(""), []) == reference_decode(parse(""), [])


def test_the_tagger_sees_two_apostrophes_as_a_quotation_mark(pipeline):
    from sitrep.extract.attribution_model import sequence_features

    # the New York Times archive types a straight double quote as two apostrophes
    doc = pipeline.nlp("''We will not leave,'' the mayor said on Tuesday.")
    marks = [i for i, token in enumerate(doc) if token.text == "''"]
    _, features = sequence_features(doc)
    assert marks and all("q=''" in features[i] for i in marks)
