"""A CRFsuite model file read into arrays, and its Viterbi decoding done with numpy.

Why not `pycrfsuite.Tagger.tag`: it takes each token's features as strings, and turning ~50
strings a token into C++ attributes cost 9 ms an article, a third of the quotes stage, with the
strings themselves costing as much again to build. Read into arrays, the model scores a token by
adding rows of its weight matrix (`attribution_features.token_scores` finds the rows without
building the strings), and the decoding below repeats CRFsuite's own (crf1d_context.c,
`crf1dc_viterbi`) operation for operation: a label's state score is its feature weights added in
the token's feature order from 0.0, a step's score `previous + transition` then `+ state`, ties
going to the lower label. The float64 sums are therefore the same numbers, and so are the tags
(tests/test_crfsuite_model.py checks them against pycrfsuite's). Training stays with pycrfsuite.

The file format (CRFsuite's crf1d_model.c and cqdb.c, little-endian): a header of offsets; a
FEAT chunk of (type, source, destination, float64 weight) records, type 0 a state feature
(attribute → label), type 1 a transition (label → label); and two CQDB string databases, labels
and attributes, read here through their id → string (backward) arrays.
"""

from __future__ import annotations

import itertools
import struct
from dataclasses import dataclass, field
from pathlib import Path

import numpy as np

_HEADER = struct.Struct("<4sI4sIIIIIIIII")
_CHUNK = struct.Struct("<4sII")
_CQDB_HEADER = struct.Struct("<4sIIIII")
_FEATURE = np.dtype([("type", "<u4"), ("source", "<u4"), ("target", "<u4"), ("weight", "<f8")])
STATE, TRANSITION = 0, 1


@dataclass
class CrfModel:
    """`state[row]`: an attribute's weight for each label (row 0: any attribute the model does
    not know, all zeros); `transitions[i, j]`: the weight of label i followed by label j."""

    labels: tuple[str, ...]
    rows: dict[str, int]  # attribute → its row of `state`
    state: np.ndarray
    transitions: np.ndarray
    _by_prefix: dict[str, dict[str, int]] = field(default_factory=dict, repr=False)
    _coders: dict[tuple[str, ...], tuple[dict[str, int], np.ndarray]] = field(
        default_factory=dict, repr=False)

    def row(self, attribute: str) -> int:
        return self.rows.get(attribute, 0)

    def rows_of(self, prefix: str, values: list[str]) -> np.ndarray:
        """The row of attribute `prefix + value` for each value, without building the strings."""
        table = self._table(prefix)
        return np.fromiter(map(table.get, values, itertools.repeat(0)), dtype=np.intp,
                           count=len(values))

    def codes_of(self, prefixes: tuple[str, ...],
                 values: list[str]) -> tuple[np.ndarray, np.ndarray]:
        """For a value read under several prefixes (a token's own word and its neighbours'
        'w=', '-2:w=', …): (each value's code, `table[p, code]`: the row of attribute
        `prefixes[p] + value`). One look-up a value instead of one a value and prefix; code 0
        is a value no prefix knows, row 0 under each."""
        coder = self._coders.get(prefixes)
        if coder is None:
            tables = [self._table(prefix) for prefix in prefixes]
            code = {value: i + 1 for i, value in enumerate(dict.fromkeys(
                value for table in tables for value in table))}
            rows = np.zeros((len(prefixes), len(code) + 1), dtype=np.intp)
            for p, table in enumerate(tables):
                rows[p, [code[value] for value in table]] = list(table.values())
            coder = self._coders[prefixes] = (code, rows)
        code, rows = coder
        return np.fromiter(map(code.get, values, itertools.repeat(0)), dtype=np.intp,
                           count=len(values)), rows

    def _table(self, prefix: str) -> dict[str, int]:
        """value → row of every attribute `prefix + value` the model knows."""
        table = self._by_prefix.get(prefix)
        if table is None:
            table = {name[len(prefix):]: row for name, row in self.rows.items()
                     if name.startswith(prefix)}
            self._by_prefix[prefix] = table
        return table


def read_model(path: Path | str) -> CrfModel:
    """A CRFsuite 1st-order CRF model file (what `pycrfsuite.Trainer.train` writes)."""
    data = Path(path).read_bytes()
    (magic, _, kind, _, _, num_labels, num_attributes, features_at, labels_at, attributes_at,
     _, _) = _HEADER.unpack_from(data, 0)
    if magic != b"lCRF" or kind != b"FOMC":
        raise ValueError(f"{path}: not a CRFsuite CRF1d model file")
    chunk, _, count = _CHUNK.unpack_from(data, features_at)
    if chunk != b"FEAT":
        raise ValueError(f"{path}: no feature chunk where the header says")
    features = np.frombuffer(data, dtype=_FEATURE, count=count, offset=features_at + _CHUNK.size)
    labels = _strings(data, labels_at, num_labels)
    attributes = _strings(data, attributes_at, num_attributes)
    state = np.zeros((num_attributes + 1, num_labels))
    transitions = np.zeros((num_labels, num_labels))
    kinds = features["type"]
    on_state, on_transition = features[kinds == STATE], features[kinds == TRANSITION]
    state[on_state["source"].astype(np.intp) + 1, on_state["target"]] = on_state["weight"]
    transitions[on_transition["source"], on_transition["target"]] = on_transition["weight"]
    return CrfModel(tuple(labels), {name: i + 1 for i, name in enumerate(attributes)}, state,
                    transitions)


def _strings(data: bytes, at: int, count: int) -> list[str]:
    """The strings of the CQDB database at offset `at`, by id (0 … count-1)."""
    chunk, _, _, _, backward_size, backward_at = _CQDB_HEADER.unpack_from(data, at)
    if chunk != b"CQDB" or backward_size < count:
        raise ValueError("CRFsuite model: a string database without its id → string array")
    offsets = struct.unpack_from(f"<{count}I", data, at + backward_at)
    strings = []
    for ident, offset in enumerate(offsets):
        stored_id, size = struct.unpack_from("<II", data, at + offset)
        if stored_id != ident:
            raise ValueError("CRFsuite model: string database out of order")
        start = at + offset + 8
        strings.append(data[start:start + size - 1].decode("utf-8"))  # size counts the NUL
    return strings


def viterbi(scores: list[np.ndarray], transitions: np.ndarray) -> list[np.ndarray]:
    """The best label index path of each sequence, given its (length × labels) state scores.
    All sequences step together (one numpy operation a step, not one a sequence), longest
    first so that the sequences still running at a step are the first rows."""
    if not scores:
        return []
    order = sorted(range(len(scores)), key=lambda s: -len(scores[s]))
    lengths = np.array([len(scores[s]) for s in order])
    count, longest, labels = len(order), int(lengths[0]), transitions.shape[0]
    padded = np.zeros((count, longest, labels))
    for row, s in enumerate(order):
        padded[row, :lengths[row]] = scores[s]
    # sequences still running at each step (lengths > t): the lengths fall, so one search
    running = (-lengths).searchsorted(-np.arange(longest), side="left").tolist()
    back = np.zeros((count, longest, labels), dtype=np.intp)
    final = np.empty((count, labels))
    alpha = padded[:, 0]
    for t in range(1, longest):
        live = running[t]
        final[live:running[t - 1]] = alpha[live:]  # the sequences that ended at t - 1
        step = alpha[:live, :, None] + transitions  # [s, i, j]: from label i to label j
        back[:live, t] = step.argmax(axis=1)  # the first of equal scores, as CRFsuite keeps
        alpha = step.max(axis=1) + padded[:live, t]
    final[:running[-1]] = alpha
    path = np.zeros((count, longest), dtype=np.intp)
    path[np.arange(count), lengths - 1] = final.argmax(axis=1)
    for t in range(longest - 1, 0, -1):
        live = running[t]
        path[:live, t - 1] = back[np.arange(live), t, path[:live, t]]
    paths: list[np.ndarray] = [np.empty(0, dtype=np.intp)] * count
    for row, s in enumerate(order):
        paths[s] = path[row, :lengths[row]]
    return paths
