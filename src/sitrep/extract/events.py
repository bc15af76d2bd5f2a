"""The events stage: who did what to whom, in PLOVER, with modality, polarity and who said so.

Triggers come from the PLOVER lexicon (data/plover_verbs.tsv, curated; plover_verbs_learned.tsv,
learned from PLV train by scripts/build_plover_lexicon.py). Arguments come from the parse and the
actors layer: the subject is the source (the agent of a passive), the object or the object of
'with/against/on/to' the target — an actor, never a bare place name, because place names in
location roles carry no actor. A light verb takes its noun's type ('offered humanitarian aid'
is AID, 'launched an attack' ASSAULT). Negation, 'will', 'if', 'could' set polarity and
modality; an event inside a quote or reported speech is `reported_by` its speaker.
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from functools import lru_cache

from spacy.tokens import Doc, Span, Token

from sitrep.data import read_table
from sitrep.extract.actor_mentions import actor_tokens
from sitrep.extract.event_arguments import (
    RECIPROCAL_TYPES, actor_in, arguments, fallback_triggers, generic_participants,
    resolve_pronouns, subject_token,
)
from sitrep.extract.event_typer import CAMEO_ROOT, collapse, resolve_yield
from sitrep.extract.lexicon import load_lexicon
from sitrep.records import Actor, Document, Event, Quote, SpanRef

_FUTURE_HEADS = {"plan", "intend", "aim", "seek", "want", "hope", "expect", "prepare",
                 "promise", "vow", "pledge", "threaten", "offer", "agree", "decide", "propose"}
_HYPOTHETICAL_AUX = {"could", "would", "might", "may", "should", "can"}
_CONDITIONAL_MARKS = {"if", "unless", "whether"}
_COOPERATIVE = {"AID", "SUPPORT", "COOPERATE", "CONSULT", "CONCEDE", "RETREAT"}
_INTENT_LIGHT_VERBS = {"offer", "promise", "pledge", "propose"}
_LIGHT_VERBS = {"offer", "provide", "give", "send", "deliver", "launch", "carry", "conduct",
                "stage", "hold", "make", "mount", "begin", "start", "continue", "resume",
                "impose", "announce", "sign", "reach", "pledge", "grant", "issue", "file",
                "declare", "extend", "order", "open", "lodge", "initiate"}


@dataclass(frozen=True)
class Trigger:
    word: str
    pos: str
    type: str
    mode: str | None
    cameo: str | None
    pattern: str | None
    notes: frozenset[str]
    learned: bool = False


@lru_cache(maxsize=1)
def load_event_lexicon() -> dict[tuple[str, str], Trigger]:
    """(lemma or 'lemma particle', VERB|NOUN) → trigger; curated entries win over learned."""
    lexicon: dict[tuple[str, str], Trigger] = {}
    for row in read_table("plover_verbs_learned.tsv"):
        key = (row["trigger"], row["pos"])
        lexicon[key] = Trigger(row["trigger"], row["pos"], row["type"], None, None, None,
                               frozenset(), learned=True)
    for row in read_table("plover_verbs.tsv"):
        key = (row["trigger"], row["pos"])
        notes = frozenset(n.strip() for n in (row.get("note") or "").split(";") if n.strip())
        lexicon[key] = Trigger(row["trigger"], row["pos"], row["type"], row.get("mode") or None,
                               row.get("cameo") or None, row.get("pattern") or None, notes)
    return lexicon


_NO_TYPER_NOTE = ("note: events: no event typer at {path} (make model-events builds it); "
                  "event types come from the lexicon only")


class EventExtractor:
    """`typer`: the classifier that re-types events ("auto": build/event-typer/ when it and
    PyTorch are there, else the lexicon alone, with a one-line note); `lexicon`: a trigger table
    in place of the data files (the trainer's cross-validation folds)."""

    def __init__(self, nlp=None, typer="auto", lexicon: dict | None = None):
        self.lexicon = lexicon if lexicon is not None else load_event_lexicon()
        self.typer = _default_typer() if typer == "auto" else typer
        self.version_tag = self.typer.version_tag if self.typer is not None else None

    def participants(self, doc: Doc, document: Document, layers: dict):
        """(actors by id, mentions, token index → actor id): the actors layer's actors (names,
        not places or descriptors) plus unnamed participants ('rebel groups')."""
        actors = {a.id: a for a in layers.get("actors", [])}
        mentions = list(layers.get("mentions", []))
        token_actor = {i: a for i, a in actor_tokens(doc, mentions, roles={"actor"}).items()
                       if a in actors}
        mentions += generic_participants(doc, document.id, token_actor, actors)
        mentions += resolve_pronouns(doc, document.id, token_actor, actors, mentions)
        for i, actor_id in actor_tokens(doc, mentions, roles={"descriptor"}).items():
            # "Russia's attack", "the Israeli strike": a state's name or demonym modifying a
            # nominal trigger names who did it, though the actors layer files it as descriptor
            word = doc[i]
            if (i not in token_actor and actor_id in actors and word.head.pos_ == "NOUN"
                    and word.dep_ in {"poss", "amod", "compound", "nmod"}
                    and (word.head.lemma_.lower(), "NOUN") in self.lexicon):
                token_actor[i] = actor_id
        return actors, mentions, token_actor

    def __call__(self, doc: Doc, document: Document, layers: dict) -> dict:
        actors, mentions, token_actor = self.participants(doc, document, layers)
        earlier = {id(m) for m in layers.get("mentions", [])}
        pronouns = {id(m) for m in mentions if m.label == "PRON" and id(m) not in earlier}
        quotes = layers.get("quotes") or []
        events: list[Event] = []
        triggers: list[Token] = []  # each event's trigger token, for the typer
        curated: list[bool] = []  # whether its lexicon entry was written by hand
        taken: set[int] = set()  # noun triggers already used by a light verb
        for token in doc:
            if token.i in taken:
                continue
            trigger, noun = self._trigger(token, token_actor)
            if trigger is None:
                continue
            if noun is not None:
                taken.add(noun.i)
                if token.lemma_.lower() in _INTENT_LIGHT_VERBS:  # "offered aid": not yet given
                    trigger = replace(trigger, notes=trigger.notes | {"future"})
            event = self._event(doc, document, token, trigger, token_actor, actors, quotes)
            if event is None and trigger.type == "REJECT":
                event = self._refusal_of_previous(doc, document, token, trigger, token_actor,
                                                  quotes, events)
            if event is not None:
                events.append(event)
                triggers.append(token)
                curated.append(not trigger.learned)
                # "drop bombs": the object noun names the same action, not a second event
                taken.update(c.i for c in token.children if c.dep_ == "dobj")
        if self.typer is not None:
            events = self._typed(doc, document, events, triggers, curated, token_actor, actors,
                                 quotes)
        used = {e.source for e in events} | {e.target for e in events}
        kept = {i for i, a in actors.items() if not i.startswith("group:") or i in used}
        mentions = [m for m in mentions if m.actor is None or m.actor in kept]
        return {"events": events, "actors": [a for i, a in actors.items() if i in kept],
                "mentions": sorted((m for m in mentions if id(m) not in pronouns
                                    or _argument_of(m, events)), key=lambda m: m.span)}

    def _typed(self, doc, document, events, triggers, curated, token_actor, actors,
               quotes) -> list[Event]:
        """The classifier re-types the lexicon's events where it is confident; in a sentence
        the lexicon left without an event, a verb linking two actors becomes one when the
        classifier is confident enough of its type (`fallback_threshold`)."""
        covered = {t.sent.start for t in triggers}
        candidates = fallback_triggers(doc, token_actor, covered)
        predictions = self.typer.predict(doc, [(t, e.type) for t, e in zip(triggers, events)]
                                         + [(t, "NONE") for t in candidates])
        events = retype(self.typer, events, predictions[:len(events)],
                        curated)
        for token, (label, p) in zip(candidates, predictions[len(events):]):
            if p < self.typer.fallback_threshold:
                continue
            plover = resolve_yield(label, "NONE", _modality(token, _NO_NOTES))
            trigger = Trigger(token.lemma_.lower(), token.pos_, plover, None, CAMEO_ROOT[plover],
                              None, frozenset(), learned=True)
            event = self._event(doc, document, token, trigger, token_actor, actors, quotes)
            if event is not None:
                events.append(event.model_copy(update={"confidence": round(0.6 * p, 2)}))
        return sorted(events, key=lambda e: e.trigger.span)

    def _refusal_of_previous(self, doc, document, token, trigger, token_actor, quotes,
                             events: list[Event]) -> Event | None:
        """'Moscow offered aid to Syria. This was refused, as HTS felt…': a passive refusal
        whose subject points back ('this', 'it', 'the offer') refuses the offer just made; the
        refuser is the actor the sentence names after it (or the agent of 'by')."""
        subject = next((c for c in token.children if c.dep_ == "nsubjpass"), None)
        if subject is None or subject.lower_ not in {"this", "it", "that", "offer", "proposal"}:
            return None
        offers = [e for e in events if e.type in {"AGREE", "AID"} and e.source
                  and e.span[1] <= token.idx and token.idx - e.span[1] < 300]
        refuser = next((token_actor[t.i] for t in doc[token.i:token.sent.end] if t.i in token_actor), None)
        if not offers or refuser is None:
            return None
        clause = _clause(token)
        return Event(
            doc_id=document.id, span=(clause.start_char, clause.end_char), text=clause.text,
            trigger=SpanRef(span=(token.idx, token.idx + len(token.text)), text=token.text),
            type="REJECT", mode=trigger.mode, cameo=trigger.cameo or "12", source=refuser,
            target=offers[-1].source, time=_publication_time(document),
            polarity=_polarity(token), modality=_modality(token, trigger),
            reported_by=_reporter(token, quotes), confidence=0.5,
        )

    # --- triggers ------------------------------------------------------------------------

    def _trigger(self, token: Token, token_actor: dict[int, str]) -> tuple[Trigger | None, Token | None]:
        """The lexicon entry a token triggers; for a light verb ('offered aid'), the entry of
        its object noun, returned with that noun so it is not coded twice."""
        if token.pos_ == "VERB":
            lemma = token.lemma_.lower()
            for noun in (c for c in token.children if c.dep_ in {"dobj", "nsubjpass"}):
                entry = self.lexicon.get((noun.lemma_.lower(), "NOUN"))
                if entry is not None and lemma in _LIGHT_VERBS:
                    return _with_mode_of(entry, noun), noun
            for second in token.children:  # "pull out", "step down", "call for", "fire on"
                if second.dep_ not in {"prt", "advmod", "prep"}:
                    continue
                entry = self.lexicon.get((f"{lemma} {second.lower_}", "VERB"))
                if entry is not None and _pattern_holds(entry, second, token_actor):
                    return entry, None
            return self.lexicon.get((lemma, "VERB")), None
        if token.pos_ == "NOUN":
            return self.lexicon.get((token.lemma_.lower(), "NOUN")), None
        return None, None

    # --- one event -----------------------------------------------------------------------

    def _speakers_own_side(self, token: Token, speaker: Actor | None,
                           actors: dict[str, Actor]) -> str | None:
        """'The [Russian military] representative added that troops were not withdrawing':
        unnamed troops in a statement by someone who speaks for a military are that
        military's troops. Only when the subject's noun names the same kind of actor."""
        if speaker is None or not speaker.affiliation or speaker.affiliation not in actors:
            return None
        subject = subject_token(token)
        side = actors[speaker.affiliation]
        noun = load_lexicon().noun(subject.lemma_) if subject is not None else None
        return side.id if noun is not None and noun.kind == side.kind else None

    def _event(self, doc, document, token, trigger, token_actor, actors, quotes) -> Event | None:
        source, target = arguments(token, token_actor, trigger.type in RECIPROCAL_TYPES)
        reporter = _reporter(token, quotes)
        if (source is None or source.startswith("group:")) and reporter is not None:
            source = self._speakers_own_side(token, actors.get(reporter), actors) or source
        if source is None and target is None:
            return None  # who did what to whom: without an actor it is not event data
        clause = _clause(token)
        polarity, modality = _polarity(token), _modality(token, trigger)
        if plover_convention(trigger.type, modality) != trigger.type:
            trigger = replace(trigger, type="AGREE", cameo="03")
        confidence = 0.5 + 0.2 * (not trigger.learned) + 0.1 * (source is not None and target is not None)
        return Event(
            doc_id=document.id, span=(clause.start_char, clause.end_char), text=clause.text,
            trigger=SpanRef(span=(token.idx, token.idx + len(token.text)), text=token.text),
            type=trigger.type, mode=trigger.mode, cameo=trigger.cameo,
            source=source, target=target, place=_place(clause, token_actor),
            time=_publication_time(document), polarity=polarity, modality=modality,
            reported_by=reporter, confidence=round(min(confidence, 0.95), 2),
        )


def _argument_of(mention, events: list[Event]) -> bool:
    """A pronoun resolved for the events stage is shown only where an event uses it."""
    return any(mention.actor in (e.source, e.target) and e.span[0] <= mention.span[0] < e.span[1]
               for e in events)


def _default_typer():
    from sitrep.extract.event_typer import EventTyper, model_path

    typer = EventTyper.load()
    if typer is None:
        _note_once(_NO_TYPER_NOTE.format(path=model_path()))
    return typer


@lru_cache(maxsize=None)
def _note_once(note: str) -> None:
    import sys

    print(note, file=sys.stderr)


def plover_convention(plover_type: str, modality: str) -> str:
    """PLOVER codes a promise or offer to cooperate as AGREE ("offered humanitarian aid" →
    AGREE, mode humanitarian); the act itself is coded when it happens."""
    return "AGREE" if modality == "future" and plover_type in _COOPERATIVE else plover_type


_NO_NOTES = Trigger("", "", "", None, None, None, frozenset())


def retype(typer, events: list[Event], predictions: list[tuple[str, float]],
           curated: list[bool]) -> list[Event]:
    """The classifier's type where it is confident and differs from the lexicon's (YIELD →
    the lexicon's CONCEDE/RETREAT, else by modality); the mode goes with the old type. A
    curated trigger takes more confidence to override than a learned one."""
    out = []
    for event, (label, p), hand in zip(events, predictions, curated):
        threshold = typer.curated_threshold if hand else typer.threshold
        if p >= threshold and label != collapse(event.type):
            new = plover_convention(resolve_yield(label, event.type, event.modality),
                                    event.modality)
            if new == event.type:
                out.append(event)
                continue
            keep_mode = {new, event.type} <= {"AID", "AGREE"}
            event = event.model_copy(update={
                "type": new, "cameo": CAMEO_ROOT[new], "mode": event.mode if keep_mode else None,
                "confidence": round(min(p, 0.95), 2)})
        out.append(event)
    return out



_AID_MODES = {"humanitarian", "military", "economic", "financial", "medical", "food"}


def _with_mode_of(entry: Trigger, noun: Token) -> Trigger:
    """'humanitarian aid', 'military assistance': the adjective names the PLOVER mode."""
    if entry.mode:
        return entry
    mode = next((c.lower_ for c in noun.children if c.dep_ == "amod" and c.lower_ in _AID_MODES), None)
    return replace(entry, mode="economic" if mode == "financial" else mode) if mode else entry


def _pattern_holds(entry: Trigger, second: Token, token_actor: dict[int, str]) -> bool:
    """A 'prep:X' pattern on a verb+preposition entry needs an actor as the object of X:
    'withdrew from the alliance' is SANCTION, 'withdrew from Syria' is no such thing."""
    if not entry.pattern or not entry.pattern.startswith("prep:") or second.dep_ != "prep":
        return True
    return any(actor_in(g, token_actor) for g in second.children if g.dep_ == "pobj")



def _clause(token: Token) -> Span:
    """The evidence: the trigger's clause within its sentence."""
    sent = token.sent
    node = token
    while node.dep_ in {"xcomp", "aux", "prep", "pobj", "dobj"} and node.head.i != node.i:
        node = node.head
    tokens = [t for t in node.subtree if sent.start <= t.i < sent.end]
    start, end = min(t.i for t in tokens), max(t.i for t in tokens) + 1
    doc = token.doc
    while end > start + 1 and doc[end - 1].is_punct:
        end -= 1
    return doc[start:end]


def _polarity(token: Token) -> str:
    """'troops were not withdrawing', 'did not attack', 'never met'."""
    for node in (token, token.head if token.dep_ in {"xcomp"} else token):
        if any(c.dep_ == "neg" for c in node.children):
            return "negative"
    return "positive"


def _modality(token: Token, trigger: Trigger) -> str:
    node = token
    for _ in range(4):
        children = list(node.children)
        if any(c.dep_ == "mark" and c.lower_ in _CONDITIONAL_MARKS for c in children):
            return "hypothetical"
        if any(c.dep_ == "aux" and c.lower_ in _HYPOTHETICAL_AUX for c in children):
            return "hypothetical"
        if any(c.dep_ == "aux" and c.lower_ in {"will", "shall", "'ll"} for c in children):
            return "future"
        if node.dep_ == "xcomp" and node.head.lemma_.lower() in _FUTURE_HEADS:
            return "future"
        if node.dep_ not in {"xcomp", "conj", "ccomp"} or node.head.i == node.i:
            break
        node = node.head
    if {"future", "offer"} & trigger.notes:
        return "future"
    return "asserted"


def _place(clause: Span, token_actor: dict[int, str]) -> str | None:
    """The place name in the trigger's clause: 'in Homs', 'at the Khmeimim airbase'."""
    doc = clause.doc
    for t in clause:
        if t.ent_type_ in {"GPE", "LOC", "FAC"} and t.i not in token_actor and t.dep_ == "pobj" \
                and t.head.lower_ in {"in", "at", "near", "from", "outside", "inside"}:
            ent = next((e for e in doc.ents if e.start <= t.i < e.end), None)
            return ent.text if ent is not None else t.text
    return None


def _publication_time(document: Document) -> dict | None:
    """Every event starts dated by its article, and says so; the times stage replaces this with
    the time expression linked to its trigger where the text gives one."""
    if document.published is None:
        return None
    day = document.published.isoformat()
    return {"value": day, "earliest": day, "latest": day, "source": "publication_date"}


def _reporter(token: Token, quotes: list[Quote]) -> str | None:
    for quote in quotes:
        if quote.span[0] <= token.idx < quote.span[1] and quote.speaker is not None:
            return quote.speaker.actor
    return None
