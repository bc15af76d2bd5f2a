"""Quote attribution against PolNeAR (networkdynamics/PolNeAR): source, cue and content spans.

`quotes/polnear/data/<split>/text/<name>.txt` is an article and
`<split>/attributions/<name>_<annotator>.ann` its brat standoff annotation, with offsets into the
text read as UTF-8 with newline='' (all verified):

    T1<TAB>Source 0 15<TAB>Washington Post            a text-bound span: type, offsets, string
    T26<TAB>Content 752 760;769 800<TAB>failings ...  discontinuous: fragments joined by ';'
    E1<TAB>Attribution:T4 Content:T3 Cue:T2 Source:T1  one attribution linking its roles

Events are Attribution or Attribution-no-source; roles Source (may be missing), Cue, Content,
Content2 (the second piece of a split content). A string crossing a line break runs on into the
next .ann line. Discontinuous spans are scored as their hull. Agreement-study articles have
several .ann files: the first annotator listed in metadata.tsv wins, else the first by name.
"""

from __future__ import annotations

import csv
import re
from dataclasses import dataclass
from pathlib import Path

from sitrep.eval.metrics import PRF
from sitrep.eval.result import EvalResult
from sitrep.records import Document

Span = tuple[int, int]
STAGES = ("actors", "quotes")
ROLES = ("source", "cue", "content")
QUOTE_MARKS = "\"“”«»„‘’'"
ANCHORS = ("published anchors, exact-match F1 on this test split: CofeNet source 83.2, cue 75.3, "
           "content 72.9; CoreNLP source 13.9 (their protocol may differ: compare loosely)")
_RECORD_START = re.compile(r"\n(?=(?:[TEARMN#]\d+|\*)\t)")


@dataclass(frozen=True)
class Attribution:
    source: Span | None
    cue: Span | None
    contents: tuple[Span, ...]
    direct: bool

    def spans(self, role: str) -> list[Span]:
        span = {"source": self.source, "cue": self.cue}.get(role)
        return list(self.contents) if role == "content" else [span] if span else []


@dataclass
class Article:
    name: str
    annotator: str
    text: str
    attributions: list[Attribution]
    discontinuous: int = 0  # spans given as several fragments, scored as their hull
    spans: int = 0  # text-bound spans read
    mismatches: int = 0  # of those, how many do not match the text at their offsets
    annotations: int = 1  # .ann files for this article (several: an agreement-study article)

    def at(self, span: Span | None) -> str | None:
        return self.text[span[0]:span[1]] if span else None


def is_direct(content: str) -> bool:
    """Quoted content: it starts and ends with a quotation mark (trailing ,.;: ignored)."""
    core = content.strip().rstrip(",.;:").strip()
    return len(core) >= 2 and core[0] in QUOTE_MARKS and core[-1] in QUOTE_MARKS


def choose_annotation(ann_dir: Path, name: str, annotators: list[str]) -> Path | None:
    """The first listed annotator's .ann when it exists, else the first one in name order."""
    first = [ann_dir / f"{name}_{annotator}.ann" for annotator in annotators[:1]]
    found = [path for path in first if path.exists()] or sorted(ann_dir.glob(f"{name}_*.ann"))
    return found[0] if found else None


def read_annotation(path: Path, text: str, name: str = "") -> Article:
    article = Article(name or path.stem, path.stem.rsplit("_", 1)[-1], text, [])
    spans: dict[str, Span] = {}
    events: list[list[tuple[str, str]]] = []
    with open(path, encoding="utf-8", newline="") as handle:
        raw = handle.read()
    for record in _RECORD_START.split(raw.rstrip("\n")):
        key, _, rest = record.partition("\t")
        if key.startswith("T"):
            spans[key] = _text_bound(article, rest)
        elif key.startswith("E"):
            events.append([tuple(arg.split(":", 1)) for arg in rest.split()])
    article.attributions = [_attribution(args[1:], spans, text) for args in events]  # 0: trigger
    return article


def _text_bound(article: Article, rest: str) -> Span:
    """Parse `Type 1 5;7 9<TAB>string`, check it against the text, return the hull."""
    header, _, string = rest.partition("\t")
    fragments = [tuple(map(int, part.split())) for part in header.split(" ", 1)[1].split(";")]
    article.spans += 1
    article.discontinuous += len(fragments) > 1
    if " ".join(article.text[s:e] for s, e in fragments) != string:
        article.mismatches += 1
    return min(s for s, _ in fragments), max(e for _, e in fragments)


def _attribution(args: list[tuple[str, str]], spans: dict[str, Span], text: str) -> Attribution:
    by_role: dict[str, list[Span]] = {}
    for role, ref in args:
        by_role.setdefault(role.rstrip("0123456789").lower(), []).append(spans[ref])
    contents = tuple(by_role.get("content", []))
    direct = bool(contents) and all(is_direct(text[s:e]) for s, e in contents)
    return Attribution(source=(by_role.get("source") or [None])[0],
                       cue=(by_role.get("cue") or [None])[0], contents=contents, direct=direct)


def read_split(polnear: Path, split: str, limit: int | None = None) -> list[Article]:
    """The articles of `split` (data/<split>/text/*.txt), each with its chosen annotation."""
    with open(polnear / "metadata.tsv", encoding="utf-8", newline="") as handle:
        annotators = {row["filename"]: row["annotators"].split("|")
                      for row in csv.DictReader(handle, delimiter="\t")}
    articles = []
    for text_path in sorted((polnear / split / "text").glob("*.txt")):
        name = text_path.stem
        ann = choose_annotation(polnear / split / "attributions", name, annotators.get(name, []))
        if ann is None:
            continue
        with open(text_path, encoding="utf-8", newline="") as handle:
            articles.append(read_annotation(ann, handle.read(), name))
        articles[-1].annotations = len(list(ann.parent.glob(f"{name}_*.ann")))
        if limit and len(articles) >= limit:
            break
    return articles


def gold_spans(articles: list[Article], role: str, direct: bool | None = None) -> set:
    """(article, start, end) of every `role` span over the attributions, deduplicated."""
    return {(article.name, *span) for article in articles for a in article.attributions
            if direct is None or a.direct == direct for span in a.spans(role)}


def predicted_spans(predictions: dict[str, list], role: str, direct: bool | None = None) -> set:
    """The same from quotes: content = the quote's span, cue and source = its cue and speaker."""
    refs = ((name, q, {"content": q, "cue": q.cue, "source": q.speaker}[role])
            for name, quotes in predictions.items() for q in quotes)
    return {(name, *ref.span) for name, q, ref in refs
            if ref is not None and (direct is None or (q.kind == "direct") == direct)}


def _overlaps(a: Span | None, b: Span | None) -> bool:
    return a is not None and b is not None and a[0] < b[1] and b[0] < a[1]


def exact_prf(gold: set, predicted: set) -> PRF:
    return PRF(tp=len(gold & predicted), fp=len(predicted - gold), fn=len(gold - predicted))


def overlap_prf(gold: set, predicted: set) -> PRF:
    """One-to-one: identical spans pair first, then each gold span takes the unused predicted
    span of the same article that overlaps it most."""
    unused, matched = predicted - gold, len(gold & predicted)
    for name, start, end in sorted(gold - predicted):
        best = max((p for p in unused if p[0] == name and _overlaps((start, end), p[1:])),
                   key=lambda p: min(end, p[2]) - max(start, p[1]), default=None)
        if best is not None:
            unused.discard(best)
            matched += 1
    return PRF(tp=matched, fp=len(predicted) - matched, fn=len(gold) - matched)


def _finds(quote, attribution: Attribution) -> bool:
    """Content overlaps the gold content and cue the gold cue (any cue if the gold has none)."""
    content = any(_overlaps(quote.span, span) for span in attribution.contents)
    cue = attribution.cue is None or _overlaps(quote.cue and quote.cue.span, attribution.cue)
    return content and cue


def attribution_prf(articles: list[Article], predictions: dict[str, list]) -> PRF:
    """tp = gold attributions found; fp = predicted quotes that find none (so a split content
    reported as two quotes that both find their attribution is not penalised). Attributions
    without content (no quote could find them) are left out."""
    prf = PRF()
    for article in articles:
        quotes = predictions.get(article.name, [])
        gold = [a for a in article.attributions if a.contents]
        found = [any(_finds(q, a) for q in quotes) for a in gold]
        prf.tp += sum(found)
        prf.fn += len(found) - sum(found)
        prf.fp += sum(1 for q in quotes if not any(_finds(q, a) for a in gold))
    return prf


def score(data_dir: Path, split: str, limit: int | None = None) -> EvalResult:
    from sitrep.pipeline import Pipeline, Settings

    articles = read_split(data_dir / "quotes" / "polnear" / "data", split, limit)
    pipeline = Pipeline(Settings(stages=STAGES))
    documents = [Document.from_text(a.text, origin=a.name) for a in articles]
    failed: list[str] = []  # a stage that raises costs that article its predictions, not the run
    predictions = {e.document.origin: list(e.quotes or []) for e in pipeline.extract_many(
        documents, on_error=lambda document, exc: failed.append(f"{document.origin}: {exc!r}"))}
    notes = _notes(articles) + [f"pipeline failed on {len(failed)} article(s), scored as "
                                f"predicting nothing: {'; '.join(failed[:3])}"] * bool(failed)
    return EvalResult(dataset="quotes", split=split, items=len(articles),
                      metrics=_metrics(articles, predictions), notes=notes,
                      errors=_errors(articles, predictions))


def _metrics(articles: list[Article], predictions: dict[str, list]) -> dict[str, dict]:
    metrics = {}
    for label, direct in ((None, None), ("direct", True), ("indirect", False)):
        suffix = f" ({label})" if label else ""
        for role in ROLES:
            gold = gold_spans(articles, role, direct)
            predicted = predicted_spans(predictions, role, direct)
            metrics[f"{role} exact{suffix}"] = exact_prf(gold, predicted).to_json()
            metrics[f"{role} overlap{suffix}"] = overlap_prf(gold, predicted).to_json()
    metrics["attribution (content+cue overlap)"] = attribution_prf(articles, predictions).to_json()
    return metrics


def _notes(articles: list[Article]) -> list[str]:
    gold = [a for article in articles for a in article.attributions]
    direct, empty = sum(a.direct for a in gold), sum(not a.contents for a in gold)
    spans, mismatches = sum(a.spans for a in articles), sum(a.mismatches for a in articles)
    return [
        "annotation: the first annotator listed in metadata.tsv for each article; "
        f"{sum(a.annotations > 1 for a in articles)} of {len(articles)} articles have several",
        f"gold: {len(gold)} attributions, {direct} direct ({direct / max(len(gold), 1):.0%}: "
        f"content quoted at both ends); {empty} without content, left out of 'attribution'",
        f"offsets: {spans - mismatches}/{spans} gold spans match the text; "
        f"{sum(a.discontinuous for a in articles)} discontinuous spans scored as their hull",
        "predicted kind 'mixed' counts as indirect",
        ANCHORS,
    ]


def _errors(articles: list[Article], predictions: dict[str, list], per_kind: int = 25) -> list:
    """Gold contents no quote overlaps, and quotes whose content overlaps no gold content."""
    missed, false = [], []
    for article in articles:
        quotes = predictions.get(article.name, [])
        missed.extend({"doc": article.name, "error": "missed content", "direct": a.direct,
                       "gold": article.at((a.contents or [None])[0]), "cue": article.at(a.cue),
                       "source": article.at(a.source)} for a in article.attributions
                      if not any(_overlaps(q.span, s) for q in quotes for s in a.contents))
        gold = [s for a in article.attributions for s in a.contents]
        false.extend({"doc": article.name, "error": "false content", "kind": q.kind,
                      "predicted": q.text, "cue": q.cue.text if q.cue else None,
                      "source": q.speaker.text if q.speaker else None}
                     for q in quotes if not any(_overlaps(q.span, s) for s in gold))
    return missed[:per_kind] + false[:per_kind]


def role_spans(article: Article) -> dict[str, list[tuple[int, int]]]:
    """Gold character spans per tagger role (SRC, CUE, CON) — what the attribution taggers
    are trained on."""
    spans: dict[str, list[tuple[int, int]]] = {role: [] for role in ("SRC", "CUE", "CON")}
    for attribution in article.attributions:
        spans["SRC"] += [attribution.source] if attribution.source else []
        spans["CUE"] += [attribution.cue] if attribution.cue else []
        spans["CON"] += list(attribution.contents)
    return spans
