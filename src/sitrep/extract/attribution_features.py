"""The attribution CRF's features, computed a column at a time.

Every token gets its own word, lemma, tags, head, shape, quotation marks, cue lexicon and place
in its sentence, its children's dependency labels and its ±1/±2 neighbours' main ones within its
sequence (a paragraph, whitespace left out). These were once read token by token through spaCy's
`Token` objects, each access building a new Python object, which made the features three
quarters of the quotes stage. Here the document is read once with `Doc.to_array`, its string ids
turned into text through a memo, and each feature string built column by column; the strings
and their order are the same (tests/test_attribution_features.py checks them against a
token-by-token reading on real articles).
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np
from spacy.attrs import DEP, HEAD, IS_SPACE, SENT_START, SHAPE, TAG
from spacy.tokens import Doc

from sitrep.extract.crfsuite_model import CrfModel
from sitrep.extract.entities import lemma_texts, lower_texts, pos_tags, texts_of, token_texts
from sitrep.extract.quote_marks import QUOTATION_MARKS
from sitrep.extract.quotes import CueLexicon
from sitrep.extract.supersenses import supersense_table

NEIGHBOUR_KEYS = ("w", "l", "p", "d", "hl", "q", "iq", "cue", "ss")
OWN_KEYS = ("w", "l", "p", "t", "d", "hl", "hd", "hp", "s", "q", "iq", "cue", "lex", "hcue",
            "anc", "pos", "rpos", "ss", "ss2", "hss", "sc")
_OFFSETS = (-2, -1, 1, 2)  # the neighbours whose NEIGHBOUR_KEYS a token's features hold
POSITION_BUCKETS = (0, 1, 2, 3, 5, 8, 13, 21, 34)
_BUCKET = [str(max(b for b in POSITION_BUCKETS if b <= n)) for n in range(POSITION_BUCKETS[-1] + 1)]
_ATTRS = [TAG, DEP, SHAPE, HEAD, SENT_START, IS_SPACE]  # the rest: `entities`' memos
_CUE_POS = frozenset({"VERB", "AUX"})
# past this many entries a memo starts afresh (bounded memory)
MAX_MEMO = 200_000


@dataclass
class Columns:
    """One document's token attributes as plain lists (index = token index)."""

    text: list[str]
    lower: list[str]
    lemma: list[str]  # lower-cased, as the features use it
    pos: list[str]
    tag: list[str]
    dep: list[str]
    shape: list[str]
    heads: list[int]
    sent_starts: list[int]
    is_space: list[bool]

    @classmethod
    def of(cls, doc: Doc) -> Columns:
        """The columns, the text, lower-case, lemma and POS ones shared with the other stages'
        memos of the document (`entities`: read once an article; never changed here)."""
        rows = doc.to_array(_ATTRS)
        cols = rows.T.tolist()
        heads = rows[:, 3].astype("int64").tolist()
        sent_start = rows[:, 4].astype("int64").tolist()
        return cls(
            text=token_texts(doc), lower=lower_texts(doc),
            lemma=[s.lower() for s in lemma_texts(doc)], pos=pos_tags(doc),
            tag=texts_of(doc, cols[0]), dep=texts_of(doc, cols[1]), shape=texts_of(doc, cols[2]),
            heads=[i + offset for i, offset in enumerate(heads)],
            sent_starts=[i for i, s in enumerate(sent_start) if s == 1 or i == 0],
            is_space=[bool(s) for s in cols[5]])


def sequences(cols: Columns) -> list[list[int]]:
    """The token indices of each sequence the CRF sees: a paragraph (a line break ends one),
    whitespace tokens left out. Paragraphs beat sentences on dev: contents run over several.
    (A token's trailing whitespace is at most one space, so a line break is in its text.)"""
    runs: list[list[int]] = [[]]
    for i, (text, space) in enumerate(zip(cols.text, cols.is_space)):
        if not space:
            runs[-1].append(i)
        if "\n" in text and runs[-1]:
            runs.append([])
    return [run for run in runs if run]


def cue_flags(cols: Columns, cues: CueLexicon) -> list[bool]:
    """`CueLexicon.is_cue` for every token ('point' only with a particle 'out')."""
    flags = [p in _CUE_POS and (lemma in cues.verbs or lemma in cues.learned_lemmas)
             for p, lemma in zip(cols.pos, cols.lemma)]
    for i, lemma in enumerate(cols.lemma):
        if flags[i] and lemma == "point":
            flags[i] = any(h == i != c and cols.dep[c] == "prt" and cols.lower[c] == "out"
                           for c, h in enumerate(cols.heads))
    return flags


_SENSE_POS = {"VERB": "v", "AUX": "v", "NOUN": "n"}


# The supersenses of saying, thinking, feeling and perceiving, wherever in a word's senses:
# 'show' is first a perception, 'feel' an emotion, and both can report a claim.
_CLAIM_SENSES = ("communication", "cognition", "emotion", "perception")


def supersense_columns(cols: Columns) -> tuple[list[str], list[str], list[str]]:
    """Each token's first and second WordNet supersense ('' where it has none), and which of
    the claim senses it has at all: a cue word the training set never showed ('sings',
    'rated') then still looks like one it did."""
    memo = _SENSE_COLUMNS
    if len(memo) > MAX_MEMO:
        memo.clear()
    rows = [memo.get(key) or _sense_columns(key) for key in zip(cols.lemma, cols.pos)]
    return [r[0] for r in rows], [r[1] for r in rows], [r[2] for r in rows]


# a (lemma, POS)'s three supersense columns, worked out once and kept (bounded)
_SENSE_COLUMNS: dict[tuple[str, str], tuple[str, str, str]] = {}


def _sense_columns(key: tuple[str, str]) -> tuple[str, str, str]:
    lemma, pos = key
    senses = supersense_table().get((lemma, _SENSE_POS.get(pos, "")), ())
    columns = (senses[0] if senses else "", senses[1] if len(senses) > 1 else "",
               "+".join(c[:3] for c in _CLAIM_SENSES if c in senses))
    _SENSE_COLUMNS[key] = columns
    return columns


def _cue_ancestor(i: int, heads: list[int], deps: list[str], is_cue: list[bool]) -> str:
    """The dependency under which token `i` hangs from the nearest cue verb above it."""
    for _ in range(8):
        head = heads[i]
        if head == i:
            break
        if is_cue[head]:
            return deps[i]
        i = head
    return "none"


def _own_columns(cols: Columns, inside: set[int], cues: CueLexicon) -> list[list[str]]:
    """The value of each OWN_KEYS feature for every token, one list per key."""
    n, heads, lemma, dep, pos = len(cols.text), cols.heads, cols.lemma, cols.dep, cols.pos
    is_cue = cue_flags(cols, cues)
    starts = [*cols.sent_starts, n]
    first, last = [0] * n, [0] * n
    for start, end in zip(starts, starts[1:]):
        for i in range(start, end):
            first[i], last[i] = start, end - 1
    top = len(_BUCKET) - 1
    lex = {lm: "c" * (lm in cues.verbs) + "l" * (lm in cues.learned_lemmas) for lm in set(lemma)}
    first_sense, second_sense, claim_senses = supersense_columns(cols)
    return [
        cols.lower, lemma, pos, cols.tag, dep,
        [lemma[h] for h in heads], [dep[h] for h in heads], [pos[h] for h in heads],
        [s[:6] for s in cols.shape],
        [t if t in QUOTATION_MARKS else "" for t in cols.text],
        ["1" if i in inside else "0" for i in range(n)],
        ["1" if c else "0" for c in is_cue],
        [lex[lm] for lm in lemma],
        ["1" if is_cue[h] and h != i else "0" for i, h in enumerate(heads)],
        [_cue_ancestor(i, heads, dep, is_cue) for i in range(n)],
        [_BUCKET[min(i - first[i], top)] for i in range(n)],
        [_BUCKET[min(last[i] - i, top)] for i in range(n)],
        first_sense, second_sense, [first_sense[h] for h in heads], claim_senses,
    ]


def _prefixed(prefix: str, values: list[str]) -> list[str]:
    return [prefix + v for v in values]


def token_features(doc: Doc, inside: set[int], cues: CueLexicon,
                   cols: Columns | None = None) -> tuple[list[list[int]], list[list[str]]]:
    """(sequences, feature strings per token; empty for whitespace tokens)."""
    cols = cols or Columns.of(doc)
    values = dict(zip(OWN_KEYS, _own_columns(cols, inside, cues)))
    own = list(zip(*[_prefixed(f"{key}=", values[key]) for key in OWN_KEYS]))
    near = {offset: list(zip(*[_prefixed(f"{offset}:{key}=", values[key])
                               for key in NEIGHBOUR_KEYS]))
            for offset in (-2, -1, 1, 2)}
    children: list[list[str]] = [[] for _ in cols.heads]
    for i, head in enumerate(cols.heads):
        if head != i:
            children[head].append("ch=" + cols.dep[i])
    words = values["w"]
    features: list[list[str]] = [[] for _ in cols.heads]
    seqs = sequences(cols)
    for seq in seqs:
        length = len(seq)
        for k, i in enumerate(seq):
            row = [*own[i], *children[i]]
            row += near[-2][seq[k - 2]] if k >= 2 else ("-2:BOS",)
            row += near[-1][seq[k - 1]] if k >= 1 else ("-1:BOS",)
            row += near[1][seq[k + 1]] if k + 1 < length else ("1:EOS",)
            row += near[2][seq[k + 2]] if k + 2 < length else ("2:EOS",)
            row.append(f"w-1|w={words[seq[k - 1]] if k else 'BOS'}|{words[i]}")
            features[i] = row
    return seqs, features


def token_scores(doc: Doc, inside: set[int], cues: CueLexicon, model: CrfModel,
                 cols: Columns | None = None) -> tuple[list[list[int]], np.ndarray]:
    """(sequences, each token's state score for each of the model's labels): the weights of
    `token_features`' strings added in their order, found by value (`CrfModel.rows_of`)
    without building a string. Same features, same order (tests/test_crfsuite_model.py)."""
    cols = cols or Columns.of(doc)
    values = dict(zip(OWN_KEYS, _own_columns(cols, inside, cues)))
    n = len(cols.heads)
    # a neighbour key's values coded once, with their rows as the token's own and as each
    # neighbour's (`CrfModel.codes_of`); an own-only key's rows looked up directly
    coded = {key: model.codes_of((f"{key}=", *(f"{o}:{key}=" for o in _OFFSETS)), values[key])
             for key in NEIGHBOUR_KEYS}
    weights = model.state
    scores = np.zeros((n, weights.shape[1]))
    for key in OWN_KEYS:
        if key in coded:
            codes, rows = coded[key]
            scores += weights[rows[0][codes]]
        else:
            scores += weights[model.rows_of(f"{key}=", values[key])]
    children = [i for i, head in enumerate(cols.heads) if head != i]
    # one child at a time, in token order, as token_features lists a token's children
    np.add.at(scores, np.array([cols.heads[i] for i in children], dtype=np.intp),
              weights[model.rows_of("ch=", [cols.dep[i] for i in children])])
    seqs = sequences(cols)
    members = np.array([i for seq in seqs for i in seq], dtype=np.intp)
    place = np.array([k for seq in seqs for k in range(len(seq))], dtype=np.intp)
    length = np.array([len(seq) for seq in seqs for _ in seq], dtype=np.intp)
    in_seqs = scores[members]  # the sequences' tokens, in a row: their neighbours added below
    last = max(len(members) - 1, 0)
    # past the last token, code 0: row 0 (all zeros) under every prefix
    padded = {key: np.append(codes, 0) for key, (codes, _) in coded.items()}
    for p, offset in enumerate(_OFFSETS, start=1):
        beyond = (place + offset < 0) | (place + offset >= length)
        # each token's neighbour; past either end of its sequence, token n, whose rows are 0
        # (adding 0.0 leaves a sum as it was: the sums stay those of token_features)
        shifted = members[np.clip(np.arange(len(members)) + offset, 0, last)]
        neighbour = np.where(beyond, n, shifted)
        for key in NEIGHBOUR_KEYS:
            in_seqs += weights[coded[key][1][p][padded[key][neighbour]]]
        edge = f"{offset}:BOS" if offset < 0 else f"{offset}:EOS"
        in_seqs[beyond] += weights[model.row(edge)]
    words = values["w"]
    pairs = [f"{words[seq[k - 1]] if k else 'BOS'}|{words[i]}"
             for seq in seqs for k, i in enumerate(seq)]
    in_seqs += weights[model.rows_of("w-1|w=", pairs)]
    scores[members] = in_seqs
    return seqs, scores

