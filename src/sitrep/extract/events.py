"""The events stage: who did what to whom, in PLOVER, with modality, polarity and who said so.

Triggers come from the PLOVER lexicon (data/plover_verbs.tsv, curated; plover_verbs_learned.tsv,
learned from PLV train by scripts/build_plover_lexicon.py). Arguments come from the parse and the
actors layer: the subject is the source (the agent of a passive), the object or the object of
'with/against/on/to' the target — an actor; a place name in a location role only as the
last resort, where the act lands ('struck Gaza', event_place_targets). A light verb takes its
noun's type ('offered humanitarian aid' is AID, 'launched an attack' ASSAULT). Negation, 'will', 'if', 'could' set polarity and
modality; an event inside a quote or reported speech is `reported_by` its speaker. One clause
gives one event per type ('shelling hits the town', 'attacked and killed'); a name of an event,
place or thing before an attack noun ('the Boston Marathon bombing') is not its source; the one
'found guilty' is the target of the verdict.

This module runs the stage; its parts live beside it: event_triggers (the lexicon, which word
triggers what), event_participants (who can take part), event_type_arguments (source and
target; event_object_targets, event_missions and event_place_targets, the last resorts),
event_context (types the surrounding words decide), event_modality (polarity, modality,
PLOVER's conventions), event_evidence (clause, place, date, reporter), event_onlookers (who
sees or asks for an act without doing it), event_blame (a party said to be responsible is
accused), event_fallback (the verbs the typer may type where the lexicon found nothing).
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace
from functools import lru_cache

from spacy.tokens import Doc, Token

from sitrep.extract.entities import span_text, tokens_tagged
from sitrep.extract.event_arguments import actor_in
from sitrep.extract.event_blame import blame_statements
from sitrep.extract.event_context import blocking_by_whom, type_in_context
from sitrep.extract.event_cues import event_words
from sitrep.extract.event_evidence import (
    evidence_clause, place_in, publication_time, quote_of, reporter_of,
)
from sitrep.extract.event_fallback import fallback_triggers
from sitrep.extract.event_furniture import is_reader_furniture
from sitrep.extract.event_merge import (
    fold_protest_demands, merge_clause_duplicates, trigger_tokens,
)
from sitrep.extract.event_modality import SAYING, modality_of, plover_convention, polarity_of
from sitrep.extract.event_participants import Participants, find_participants
from sitrep.extract.event_place_targets import tag_place_mentions
from sitrep.extract.event_stances import speaker_takes_source
from sitrep.extract.event_triggers import (
    NO_NOTES, Trigger, find_trigger, judged_no_act, load_event_lexicon, noun_entry,
    talks_to_the_press,
)
from sitrep.extract.event_type_arguments import (
    CONDITIONAL_TYPES, condition_party, source_and_target,
)
from sitrep.extract.event_typer import CAMEO_ROOT, beside_the_point, collapse, resolve_yield
from sitrep.records import Document, Event, SpanRef

# re-exported: the trainer (scripts/train_event_typer.py) imports these from here
__all__ = ["EventExtractor", "Participants", "Trigger", "load_event_lexicon", "plover_convention",
           "retype"]

_INTENT_LIGHT_VERBS = event_words("intent_light_verb")
_OBLIGATION = {"must", "should"}


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

    def participants(self, doc: Doc, document: Document, layers: dict) -> Participants:
        """Who can take part in the document's events (`find_participants`)."""
        return find_participants(doc, document, layers, self.lexicon)

    def declines(self, token_actor: dict[int, str]) -> Callable[[Token], bool]:
        """Whether this extractor's lexicon reads a verb as no act (`event_triggers.
        judged_no_act`), for `fallback_triggers` to ask of the verbs it would keep."""
        return lambda verb: judged_no_act(self.lexicon, verb, token_actor)

    def noun_entry(self, noun: Token) -> Trigger | None:
        """A noun's entry in this extractor's lexicon (`event_triggers.noun_entry`)."""
        return noun_entry(self.lexicon, noun)

    def __call__(self, doc: Doc, document: Document, layers: dict) -> dict:
        parts = self.participants(doc, document, layers)
        actors, mentions, token_actor = parts.actors, parts.mentions, parts.token_actor
        earlier = {id(m) for m in layers.get("mentions", [])}
        pronouns = {id(m) for m in mentions if m.label == "PRON" and id(m) not in earlier}
        quotes = layers.get("quotes") or []
        events, triggers, curated = self._lexicon_events(doc, document, parts, quotes)
        # demands and blame stated keep their type: the typer reads triggers
        obligations = _obligations(doc, document, token_actor, quotes, events) \
            + blame_statements(doc, document, token_actor, quotes, events)
        if self.typer is not None:
            events = self._typed(doc, document, events, triggers, curated, parts, quotes,
                                 obligations)
        else:
            events += obligations
        at = trigger_tokens(doc)
        events = fold_protest_demands(doc, merge_clause_duplicates(doc, events, at),
                                      lambda t: self._is_protest(t, parts), at)
        events = [e for e in events if not _in_reader_furniture(e, at)]
        used = {e.source for e in events} | {e.target for e in events}
        optional = {i for i in actors if i.startswith("group:")} | parts.aimed_at_only
        kept = {i for i in actors if i not in optional or i in used}
        mentions = tag_place_mentions(doc, [m for m in mentions if m.actor is None
                                            or m.actor in kept], parts.places,
                                      parts.taken_places | parts.territory_tokens, used)
        return {"events": events, "actors": [a for i, a in actors.items() if i in kept],
                "mentions": sorted((m for m in mentions if id(m) not in pronouns
                                    or _argument_of(m, events)), key=lambda m: m.span)}

    def _lexicon_events(self, doc, document, parts: Participants, quotes
                        ) -> tuple[list[Event], list[Token], list[bool]]:
        """The events of the lexicon's triggers, with each event's trigger token (for the
        typer) and whether its lexicon entry was written by hand."""
        events: list[Event] = []
        triggers: list[Token] = []
        curated: list[bool] = []
        taken: set[int] = set()  # noun triggers already used by a light verb
        # find_trigger takes only verbs and nouns: a Token for no other word
        for token in tokens_tagged(doc, _TRIGGER_POS):
            if token.i in taken:
                continue
            trigger, noun = find_trigger(self.lexicon, token, parts.token_actor,
                                         parts.territory_tokens)
            if trigger is None:
                continue
            if noun is not None:
                taken.add(noun.i)
                if token.lemma_.lower() in _INTENT_LIGHT_VERBS and trigger.type != "SUPPORT":
                    # "offered aid": not yet given; "pledged support" is verbal support, given
                    # in the pledging (PLV codes it SUPPORT)
                    trigger = replace(trigger, notes=trigger.notes | {"future"})
            event = self._event(doc, document, token, trigger, parts, quotes, noun)
            if event is None and trigger.type == "REJECT":
                event = _refusal_of_previous(doc, document, token, trigger, parts.token_actor,
                                             quotes, events)
            if event is not None:
                events.append(event)
                triggers.append(token)
                curated.append(not trigger.learned)
                # "drop bombs": the object noun names the same action, not a second event
                taken.update(c.i for c in token.children if c.dep_ == "dobj")
                if event.type == "MOBILIZE":  # "mobilized troops for an assault": its purpose
                    taken.update(g.i for c in token.children if c.dep_ == "prep"
                                 and c.lower_ == "for" for g in c.children if g.dep_ == "pobj")
        return events, triggers, curated

    @staticmethod
    def is_demand(event: Event) -> bool:
        """An event of `_obligations` ('X said Y must…'), triggered by the modal."""
        return event.type == "REQUEST" and event.trigger.text.lower() in _OBLIGATION
    def _typed(self, doc, document, events, triggers, curated, parts: Participants,
               quotes, fixed: list[Event]) -> list[Event]:
        """The classifier re-types the lexicon's events where it is confident; in a sentence
        the lexicon left without an event (nor one of the `fixed` ones, the demands of
        `_obligations`, which it leaves as they are), a verb linking two actors becomes one
        when the classifier is confident enough of its type (`fallback_threshold`)."""
        covered = {t.sent.start for t in triggers}
        if fixed:
            at = trigger_tokens(doc)
            covered |= {at[e.trigger.span[0]].sent.start for e in fixed}
        candidates = fallback_triggers(doc, parts.token_actor, covered,
                                       self.declines(parts.token_actor))
        predictions = self.typer.predict(doc, [(t, e.type) for t, e in zip(triggers, events)]
                                         + [(t, "NONE") for t in candidates])
        events = retype(self.typer, events, predictions[:len(events)],
                        curated, [beside_the_point(t) for t in triggers])
        for token, (label, p) in zip(candidates, predictions[len(events):]):
            if p < self.typer.fallback_threshold:
                continue
            plover = resolve_yield(label, "NONE", modality_of(token, NO_NOTES))
            trigger = Trigger(token.lemma_.lower(), token.pos_, plover, None, CAMEO_ROOT[plover],
                              None, frozenset(), learned=True)
            event = self._event(doc, document, token, trigger, parts, quotes)
            if event is not None:
                events.append(event.model_copy(update={"confidence": round(0.6 * p, 2),
                                                       "typed_by": "fallback"}))
        return sorted(events + fixed, key=lambda e: e.trigger.span)

    def _is_protest(self, token: Token, parts: Participants) -> bool:
        trigger, _ = find_trigger(self.lexicon, token, parts.token_actor, parts.territory_tokens) \
            if token.pos_ in {"VERB", "NOUN"} else (None, None)
        return trigger is not None and trigger.type == "PROTEST"

    def _event(self, doc, document, token, trigger, parts: Participants, quotes,
               noun: Token | None = None) -> Event | None:
        """The event a trigger gives: typed in context, its source and target, polarity,
        modality and PLOVER's convention for promised or refused acts; None without an actor."""
        token_actor, actors = parts.token_actor, parts.actors
        trigger = type_in_context(token, trigger, token_actor, noun)
        reporter = reporter_of(token, quotes)
        source, target = source_and_target(token, trigger, parts, reporter, noun)
        if source is None and target is None:
            return None  # who did what to whom: without an actor it is not event data
        if trigger.type == "CONSULT" and (_the_press(actors.get(target))
                                          or talks_to_the_press(token)):
            return None  # 'speaking to reporters': a statement to the press, no consultation
        trigger = blocking_by_whom(token, trigger, actors.get(source))
        clause = evidence_clause(token)
        polarity, modality = polarity_of(token), modality_of(token, trigger)
        stated = modality  # before a refusal is made an asserted REJECT
        convention = plover_convention(trigger.type, modality, polarity)
        if convention == "REJECT" != trigger.type:  # "will not release them": refused, now
            polarity, modality = "positive", "asserted"
        if convention != trigger.type:
            trigger = replace(trigger, type=convention, cameo=CAMEO_ROOT[convention],
                              mode=trigger.mode if convention == "AGREE" else None)
        if target is None and trigger.type in CONDITIONAL_TYPES:  # typed by the convention too
            target = condition_party(token, noun, token_actor, source)
        if reporter in actors:  # 'X said Y will not lift the ban on Z': X's stance
            source, target = speaker_takes_source(token, stated, quote_of(token, quotes),
                                                  source, target)
        confidence = 0.5 + 0.2 * (not trigger.learned) + 0.1 * (source is not None and target is not None)
        return Event(
            doc_id=document.id, span=(clause.start_char, clause.end_char), text=span_text(clause),
            trigger=SpanRef(span=(token.idx, token.idx + len(token.text)), text=token.text),
            type=trigger.type, mode=trigger.mode, cameo=trigger.cameo,
            source=source, target=target, place=place_in(clause, token_actor),
            time=publication_time(document), polarity=polarity, modality=modality,
            reported_by=reporter, confidence=round(min(confidence, 0.95), 2),
            typed_by="learned_lexicon" if trigger.learned else "lexicon",
        )


_VERB_TAGS = frozenset({"VERB", "AUX"})
# the words find_trigger can take: a verb, or a noun ('the attack')
_TRIGGER_POS = frozenset({"VERB", "NOUN"})


def _obligations(doc, document, token_actor, quotes, events) -> list[Event]:
    """'X said that Y must provide…', 'X says Y should mediate': a statement of what another
    actor must do is a demand on it (CAMEO 10 DEMAND, PLOVER REQUEST); the modal is the
    trigger, the speaker the source, the obliged actor the target."""
    out = []
    for verb in tokens_tagged(doc, _VERB_TAGS):
        if verb.lemma_.lower() not in SAYING:
            continue
        speaker = next((actor_in(c, token_actor) for c in verb.children if c.dep_ == "nsubj"),
                       None)
        for clause in (c for c in verb.children if c.dep_ == "ccomp"):
            modal = next((c for c in clause.children if c.dep_ == "aux"
                          and c.lower_ in _OBLIGATION), None)
            subject = next((c for c in clause.children if c.dep_ == "nsubj"), None)
            if modal is None or subject is None or speaker is None:
                continue
            obliged = actor_in(subject, token_actor)
            if obliged is None or obliged == speaker:
                continue
            if any(e.trigger.span[0] == modal.idx for e in events):
                continue
            span = doc[min(t.i for t in clause.subtree):max(t.i for t in clause.subtree) + 1]
            out.append(Event(
                doc_id=document.id, span=(span.start_char, span.end_char), text=span.text,
                trigger=SpanRef(span=(modal.idx, modal.idx + len(modal.text)), text=modal.text),
                type="REQUEST", mode=None, cameo="10", source=speaker, target=obliged,
                place=place_in(span, token_actor), time=publication_time(document),
                polarity="positive", modality="asserted", reported_by=reporter_of(verb, quotes),
                confidence=0.6))
    return out


def _refusal_of_previous(doc, document, token, trigger, token_actor, quotes,
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
    clause = evidence_clause(token)
    return Event(
        doc_id=document.id, span=(clause.start_char, clause.end_char), text=span_text(clause),
        trigger=SpanRef(span=(token.idx, token.idx + len(token.text)), text=token.text),
        type="REJECT", mode=trigger.mode, cameo=trigger.cameo or "12", source=refuser,
        target=offers[-1].source, time=publication_time(document),
        polarity=polarity_of(token), modality=modality_of(token, trigger),
        reported_by=reporter_of(token, quotes), confidence=0.5,
    )


def _the_press(actor) -> bool:
    """Reporters or journalists at large ('told reporters', 'a conference call with
    journalists'): no party one consults with, unlike a named outlet ('met the New York Times
    editorial board'). What one says to them is a statement, CAMEO 01, which PLOVER does not code."""
    return actor is not None and actor.kind == "media" and actor.id.startswith("group:")


def _in_reader_furniture(event: Event, at) -> bool:
    """An event read off a sign-up or consent sentence ('By signing up, you agree to our
    Privacy Policy'), which is the site talking to its reader (`is_reader_furniture`)."""
    token = at.get(event.trigger.span[0])
    return token is not None and is_reader_furniture(token.sent)


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


def retype(typer, events: list[Event], predictions: list[tuple[str, float]],
           curated: list[bool], aside: list[bool] | None = None) -> list[Event]:
    """The classifier's type where it is confident and differs from the lexicon's (YIELD →
    the lexicon's CONCEDE/RETREAT, else by modality); the mode goes with the old type. A
    curated trigger takes more confidence to override than a learned one, and none when it
    is `aside` (`event_typer.beside_the_point`: 'at the meeting, officials examined…')."""
    out = []
    aside = aside or [False] * len(events)
    for event, (label, p), hand, kept in zip(events, predictions, curated, aside):
        if hand and kept:
            out.append(event)
            continue
        threshold = typer.curated_threshold if hand else typer.threshold
        if p >= threshold and label != collapse(event.type):
            new = plover_convention(resolve_yield(label, event.type, event.modality),
                                    event.modality, event.polarity)
            if new == event.type:
                out.append(event)
                continue
            keep_mode = {new, event.type} <= {"AID", "AGREE"}
            event = event.model_copy(update={
                "type": new, "cameo": CAMEO_ROOT[new], "mode": event.mode if keep_mode else None,
                "confidence": round(min(p, 0.95), 2), "typed_by": "typer"})
        out.append(event)
    return out
