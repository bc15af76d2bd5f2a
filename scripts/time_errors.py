"""List the times layer's errors on a TempEval-3 split, grouped by pattern, for reading.

Three kinds: `wrong` (a relaxed match whose value differs from the gold), `missed` (a gold
TIMEX3 no system expression overlaps) and `spurious` (a system expression no gold overlaps).
Each is keyed by the shape of its text (digits → 9, months → MONTH, weekdays → WEEKDAY …) and,
for wrong values, by the shapes of the gold and system values, so a class of errors shows as one
line with its count and a few examples.

Tune on dev only: PYTHONPATH=src python scripts/time_errors.py --split dev [--kind wrong] [--top 40]
"""

from __future__ import annotations

import argparse
import json
import re
from collections import defaultdict
from pathlib import Path

from sitrep.eval import default_data_dir
from sitrep.eval.times import score
from sitrep.extract.time_lexicon import time_words


def _word_shapes() -> list[tuple[re.Pattern, str]]:
    words = time_words()
    shapes = []
    for kind, label in (("month", "MONTH"), ("weekday", "WEEKDAY"), ("season", "SEASON")):
        alternation = words.alternation(kind)
        shapes.append((re.compile(rf"\b{alternation}(?!\w)", re.I), label))
    shapes.append((re.compile(words.alternation("number").join([r"\b", r"\b"]), re.I), "NUM"))
    return shapes


_SHAPES = _word_shapes()


def text_shape(text: str) -> str:
    shape = " ".join(text.split())
    for pattern, label in _SHAPES:
        shape = pattern.sub(label, shape)
    return re.sub(r"\d+", lambda m: "9" * min(len(m[0]), 4), shape).lower() if shape else "-"


def value_shape(value: str | None) -> str:
    if not value:
        return "None"
    return re.sub(r"\d", "9", value)


def key_of(error: dict) -> tuple[str, str]:
    if "missed" in error:
        return "missed", f"{text_shape(error['missed'])} [{error['gold_type']} {value_shape(error['gold_value'])}]"
    if "spurious" in error:
        return "spurious", f"{text_shape(error['spurious'])} [{error['type']} {value_shape(error['value'])}]"
    return "wrong", (f"{text_shape(error['gold'])} | gold {error['gold_type']} "
                     f"{value_shape(error['gold_value'])} → {error['type']} {value_shape(error['value'])}")


def describe(error: dict) -> str:
    context = " ".join(error["context"].split())
    if "missed" in error:
        return f"{error['doc']}: {error['missed']!r} = {error['gold_value']}  …{context}…"
    if "spurious" in error:
        return f"{error['doc']}: {error['spurious']!r} → {error['value']}  …{context}…"
    return (f"{error['doc']} dct {error['dct']}: gold {error['gold']!r}={error['gold_value']}"
            f" sys {error['system']!r}={error['value']}  …{context}…")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--split", default="dev")
    parser.add_argument("--kind", choices=("wrong", "missed", "spurious"), action="append")
    parser.add_argument("--top", type=int, default=40, help="groups to show per kind")
    parser.add_argument("--examples", type=int, default=3)
    parser.add_argument("--json", type=Path, help="also write every error here")
    args = parser.parse_args()
    result = score(default_data_dir(), args.split)
    groups: dict[str, dict[str, list[dict]]] = defaultdict(lambda: defaultdict(list))
    for error in result.errors:
        kind, key = key_of(error)
        groups[kind][key].append(error)
    if args.json:
        args.json.write_text(json.dumps(result.errors, indent=1, ensure_ascii=False))
    for kind in args.kind or ("wrong", "missed", "spurious"):
        total = sum(len(v) for v in groups[kind].values())
        print(f"== {kind}: {total} in {len(groups[kind])} patterns")
        for key, items in sorted(groups[kind].items(), key=lambda kv: -len(kv[1]))[:args.top]:
            print(f"{len(items):4}  {key}")
            for error in items[:args.examples]:
                print(f"        {describe(error)}")


if __name__ == "__main__":
    main()
