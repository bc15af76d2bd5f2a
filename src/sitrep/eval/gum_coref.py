"""Quote speakers against GUM's gold coreference: is a speaker resolved to the right entity?

`quotes/gum_news_coref/gum/tsv/*.tsv`: 24 Wikinews articles in WebAnno TSV 3.2, a token a line:
`3-1<TAB>143-144<TAB>A<TAB>organization[14]<TAB>…<TAB>coref<TAB>4-1[28_14]` = sentence-token,
offsets, token, entity[mention id] (stacked with |), …, relation types, their other ends
[from_to]. A mention is the run of tokens with its id; coref, ana, cata, appos, pred and disc
links make entities (bridge:* does not): their union reproduces the CoNLL files' clusters
exactly. The offsets only join tokens by one space (there is no other spacing in the files),
and in such text (`" courageous achievement "`) sitrep finds no direct quote, since a quotation
mark must touch its words; so the text is detokenised (`natural=True`) and the gold offsets
follow the tokens. `natural=False` keeps the TSV offsets exactly.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from pathlib import Path
from typing import Callable

from sitrep.eval.metrics import Accuracy
from sitrep.eval.result import EvalResult
from sitrep.records import Document, Extraction

Span = tuple[int, int]
STAGES = ("actors", "quotes")
GROUPS = ("pronoun", "description", "named")  # kinds of speaker span
IDENTITY_RELATIONS = frozenset({"coref", "ana", "cata", "appos", "pred", "disc"})
PRONOUNS = frozenset("he she him her his it its they them their we us our i me my you".split())
_ENTITY = re.compile(r"(\w+)\[(\d+)\]")
_LINK = re.compile(r"\[(\d+)_(\d+)\]")
_POSTMODIFIER = re.compile(r",| \(| (of|from|at|for|who|which|whose|with) ")
_NO_SPACE_BEFORE = {".", ",", ";", ":", "!", "?", "%", ")", "]", "'s", "’s", "n't", "n’t", "'re",
                    "’re", "'ve", "’ve", "'ll", "'d", "'m", "’m", "”", "’", "...", "-"}
_NO_SPACE_AFTER = {"(", "[", "$", "“", "‘", "#", "-"}


@dataclass(frozen=True)
class Token:
    text: str
    span: Span  # the TSV's offsets
    sentence: int


@dataclass(frozen=True)
class GoldMention:
    span: Span
    cluster: int  # the id of one mention of the entity: equal ids, same entity
    entity: str  # GUM's entity type: person, organization, place, abstract, …


@dataclass
class GumDocument:
    name: str
    text: str
    mentions: list[GoldMention]  # in text order

    def at(self, span: Span) -> str:
        return self.text[span[0]:span[1]]


def read_tsv(path: Path) -> tuple[list[Token], dict[int, list], list[tuple[int, int]]]:
    """Tokens; mention id → [entity type, first token, last token]; identity links."""
    tokens, mentions, links = [], {}, []
    for line in path.read_text(encoding="utf-8").splitlines():
        if not line or line.startswith("#"):
            continue
        cols = line.split("\t")
        start, end = map(int, cols[1].split("-"))
        tokens.append(Token(cols[2], (start, end), int(cols[0].split("-")[0])))
        here = len(tokens) - 1
        for entity in cols[3].split("|"):
            if match := _ENTITY.fullmatch(entity):
                mentions.setdefault(int(match[2]), [match[1], here, here])[2] = here
        for kind, target in zip(cols[8].split("|"), cols[9].split("|")):
            if kind in IDENTITY_RELATIONS:
                links.append(tuple(map(int, _LINK.search(target).groups())))
    return tokens, mentions, links


def layout(tokens: list[Token], natural: bool = True) -> tuple[str, list[Span]]:
    """The document text and each token's span in it. A sentence without final punctuation
    (headline, dateline) ends its line; other sentences run on, as quotes span sentences."""
    text, spans, glue, double, single = "", [], False, False, False
    for i, token in enumerate(tokens):
        new_sentence = i > 0 and tokens[i - 1].sentence != token.sentence
        if not natural:
            gap = token.span[0] - len(text)
            if gap < 0:
                raise ValueError(f"token {i} ({token.text!r}) overlaps the token before it")
            text += " " * (gap - 1) + ("\n" if new_sentence else " ") if gap else ""
        elif new_sentence:
            text += "\n" if tokens[i - 1].text[-1].isalnum() else " "
            single = False
        elif i and not glue and token.text not in _NO_SPACE_BEFORE and not (
                token.text == '"' and double or token.text == "'" and (
                    single or tokens[i - 1].text[-1] in "sS")):  # a closing mark; girls' team
            text += " "
        glue = token.text in _NO_SPACE_AFTER
        if token.text == '"':
            double = glue = not double
        elif token.text == "'" and (single or not i or tokens[i - 1].text[-1] not in "sS"):
            single = glue = not single
        spans.append((len(text), len(text) + len(token.text)))
        text += token.text
    return text, spans


def read_document(path: Path, natural: bool = True) -> GumDocument:
    tokens, mentions, links = read_tsv(path)
    text, spans = layout(tokens, natural)
    entity_of = {mention: {mention} for mention in mentions}
    for a, b in links:
        for mention in (merged := entity_of[a] | entity_of[b]):
            entity_of[mention] = merged
    gold = [GoldMention((spans[first][0], spans[last][1]), min(entity_of[mid]), entity)
            for mid, (entity, first, last) in mentions.items()]
    return GumDocument(path.stem, text, sorted(gold, key=lambda m: (m.span[0], -m.span[1])))


def align(span: Span, doc: GumDocument) -> GoldMention | None:
    """The gold mention a predicted span stands for, the first of: the smallest gold mention
    around it whose head it holds: one ending where it ends (an English noun phrase's head is
    its last word: 'Trump' → 'US President Donald Trump', but not 'Afghan' → 'Afghan team') or
    going on with a postmodifier ('Matthew Ingram' → 'Matthew Ingram of The Globe and Mail');
    the gold mention sharing most characters with it, if over half of both ('Trump' →
    "Trump's"); the longest gold mention inside it from its start ('Smith, a spokesman, who…')."""
    def shared(m: GoldMention) -> float:  # characters in common over characters in either
        return ((min(span[1], m.span[1]) - max(span[0], m.span[0]))
                / (max(span[1], m.span[1]) - min(span[0], m.span[0])))

    postmodified = _POSTMODIFIER.match(doc.text, span[1]) is not None
    around = [m for m in doc.mentions if m.span[0] <= span[0] and (
        m.span[1] == span[1] or m.span[1] > span[1] and postmodified)]
    closest = max(doc.mentions, key=shared, default=None)
    inside = [m for m in doc.mentions if m.span[0] == span[0] and m.span[1] <= span[1]]
    if around or (closest and shared(closest) > 0.5):
        return min(around, key=lambda m: m.span[1] - m.span[0], default=closest)
    return max(inside, key=lambda m: m.span[1], default=None)


def speaker_kind(extraction: Extraction, span: Span, text: str) -> str:
    """pronoun, description or named, from the mentions the quotes stage left at the span."""
    labels = {m.label for m in extraction.mentions if m.span == span and m.actor}
    if "PRON" in labels or text.lower() in PRONOUNS:
        return "pronoun"
    if "DESC" not in labels and any(span[0] <= m.span[0] and m.span[1] <= span[1] and m.actor
                                    and m.label not in {"PRON", "DESC"}
                                    for m in extraction.mentions):
        return "named"
    return "description"


def judge(doc: GumDocument, extraction: Extraction, span: Span, actor_id: str,
          first_only: bool = False, align: Callable = align) -> dict:
    """Is `span`, resolved to `actor_id`, in the gold entity of the actor's first mention or
    (unless `first_only`) its other non-pronoun mentions before `span`? An actor first met at
    `span` is a new entity: right when the gold entity has no earlier mention but pronouns.
    `align` maps a span to its gold mention (another gold set marks mentions differently)."""
    speaker = align(span, doc)
    actor = next((a for a in extraction.actors if a.id == actor_id), None)
    if speaker is None or actor is None:
        return {"verdict": "unscorable"}
    evidence = [actor.span] + ([] if first_only else [
        m.span for m in extraction.mentions if m.actor == actor_id and m.label != "PRON"])
    evidence = [e for e in evidence if e[1] <= span[0]]
    if evidence:
        clusters = {g.cluster for g in (align(e, doc) for e in evidence) if g}
        right = speaker.cluster in clusters
    else:  # a pronoun before the first name ('In his speech, Najib said') is no antecedent
        right = not any(m.cluster == speaker.cluster and m.span[1] <= span[0]
                        and doc.at(m.span).lower() not in PRONOUNS for m in doc.mentions)
    gold_first = next(m for m in doc.mentions if m.cluster == speaker.cluster)
    return {"verdict": "right" if right else "wrong", "speaker": doc.at(span), "actor": actor.name,
            "gold": doc.at(gold_first.span), "new_entity": not evidence}


@dataclass
class Tally:
    accuracy: dict = field(default_factory=lambda: {g: Accuracy() for g in GROUPS})
    unscorable: dict = field(default_factory=lambda: dict.fromkeys(GROUPS, 0))
    counts: dict = field(default_factory=lambda: dict.fromkeys(
        ("quotes", "with speaker", "resolved", "new entity"), 0))
    errors: list = field(default_factory=list)  # the first 40 wrong speakers
    align: Callable = align  # span → gold mention

    def add(self, group: str, doc: GumDocument, result: dict) -> None:
        if result["verdict"] == "unscorable":
            self.unscorable[group] += 1
            return
        self.accuracy[group].add(result["verdict"] == "right")
        self.counts["new entity"] += result["new_entity"]
        if result["verdict"] == "wrong" and len(self.errors) < 40:
            self.errors.append({"doc": doc.name, "kind": group, **{k: result[k] for k in (
                "speaker", "actor", "gold", "new_entity")}})

    def document(self, doc: GumDocument, extraction: Extraction | None) -> None:
        quotes = (extraction.quotes or []) if extraction else []
        speakers = {q.speaker.span: q.speaker for q in quotes if q.speaker}  # one per span
        self.counts["quotes"] += len(quotes)
        self.counts["with speaker"] += sum(1 for q in quotes if q.speaker)
        for span, speaker in sorted(speakers.items()):
            if speaker.actor is not None:
                self.counts["resolved"] += 1
                kind = speaker_kind(extraction, span, speaker.text)
                self.add(kind, doc, judge(doc, extraction, span, speaker.actor, kind == "named",
                                          self.align))

    def metrics(self) -> dict[str, dict]:
        pron, desc, named = (self.accuracy[group] for group in GROUPS)
        both = Accuracy(pron.correct + desc.correct, pron.total + desc.total)
        return {"speaker resolution (pron+desc)": both.to_json(), "  pronoun speakers":
                pron.to_json(), "  description speakers": desc.to_json(),
                "named speaker linking": named.to_json()}


def score(data_dir: Path, split: str, limit: int | None = None, natural=True) -> EvalResult:
    from sitrep.pipeline import Pipeline, Settings

    paths = sorted((data_dir / "quotes" / "gum_news_coref" / "gum" / "tsv").glob("*.tsv"))
    docs = [read_document(path, natural) for path in paths[:limit]]
    pipeline = Pipeline(Settings(stages=STAGES))
    failed: list[str] = []  # a stage that raises costs that document its speakers, not the run
    extractions = {e.document.origin: e for e in pipeline.extract_many(
        [Document.from_text(d.text, origin=d.name) for d in docs],
        on_error=lambda document, exc: failed.append(f"{document.origin}: {exc!r}"))}
    tally = Tally()
    for doc in docs:
        tally.document(doc, extractions.get(doc.name))
    return EvalResult(dataset="speakers", split=split, items=len(docs), metrics=tally.metrics(),
                      notes=_notes(docs, tally, natural, failed), errors=tally.errors)


def _notes(docs: list[GumDocument], tally: Tally, natural: bool, failed: list[str]) -> list[str]:
    counts, entities = tally.counts, {(d.name, m.cluster) for d in docs for m in d.mentions}
    return [
        f"gold: {sum(len(d.mentions) for d in docs)} mentions in {len(entities)} entities "
        "(coref/ana/cata/appos/pred/disc links, singletons included); text "
        + ("detokenised (the TSV offsets only join tokens by spaces)" if natural
           else "at the TSV offsets (tokens joined by spaces)"),
        f"quotes {counts['quotes']}, with a speaker span {counts['with speaker']}; "
        f"{counts['resolved']} distinct speaker spans resolved to an actor, scored once each",
        "kind: pronoun = a PRON mention there or a pronoun; named = a name mention inside it "
        "(no DESC there); description = the rest ('the official', 'police')",
        "span → gold mention (see align): one whose head it holds, else one sharing over half "
        "of both, else the longest inside it from its start; speakers matching none, "
        "unscorable: " + ", ".join(f"{k} {v}" for k, v in tally.unscorable.items()),
        "right = an earlier mention of the actor (its first mention and, but for named "
        "speakers, its other non-pronoun mentions) is in the speaker's gold entity; an actor "
        "first met at the speaker is right when the gold entity has no earlier non-pronoun "
        f"mention ({counts['new entity']} such speakers)",
        "every PRON mention is a speaker's: the pronoun row is all of sitrep's pronoun resolution",
    ] + [f"pipeline failed on {len(failed)} document(s): {'; '.join(failed[:3])}"] * bool(failed)
