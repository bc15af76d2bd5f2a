"""The events stage: who did what to whom, in PLOVER, with modality, polarity and who said so.

Triggers come from the PLOVER lexicon (data/plover_verbs.tsv, curated; plover_verbs_learned.tsv,
learned from PLV train by scripts/build_plover_lexicon.py). Arguments come from the parse and the
actors layer: the subject is the source (the agent of a passive), the object or the object of
'with/against/on/to' the target — an actor, never a bare place name, because place names in
location roles carry no actor. A light verb takes its noun's type ('offered humanitarian aid'
is AID, 'launched an attack' ASSAULT). Negation, 'will', 'if', 'could' set polarity and
modality; an event inside a quote or reported speech is `reported_by` its speaker. One clause
gives one event per type ('shelling hits the town', 'attacked and killed'); a name of an event,
place or thing before an attack noun ('the Boston Marathon bombing') is not its source; the one
'found guilty' is the target of the verdict.
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from functools import lru_cache

from spacy.tokens import Doc, Span, Token

from sitrep.data import read_table
from sitrep.extract.actor_mentions import actor_tokens
from sitrep.extract.event_arguments import (
    _CIRCUMSTANCE_PREPS, LEAVE_VERBS, RECIPROCAL_TYPES, actor_in, arguments, countries_aimed_at,
    countries_in,
    fallback_triggers, generic_participants, helped, named_in_object,
    resolve_pronouns, subject_token,
)
from sitrep.extract.event_stances import speaker_takes_source
from sitrep.extract.event_merge import (
    fold_protest_demands, merge_clause_duplicates, trigger_tokens,
)
from sitrep.extract.event_typer import CAMEO_ROOT, collapse, resolve_yield
from sitrep.extract.lexicon import load_lexicon
from sitrep.records import Actor, Document, Event, Mention, Quote, SpanRef

# 'is willing to provide': an offer; not 'decide': 'decided to lift the sanctions' is the act
# decided (PLV codes it so, 3 of 3 on train)
_FUTURE_HEADS = {"plan", "intend", "aim", "seek", "want", "hope", "expect", "prepare",
                 "promise", "vow", "pledge", "threaten", "offer", "agree", "propose",
                 "willing", "ready", "prepared"}
_HYPOTHETICAL_AUX = {"could", "would", "might", "may", "should", "can"}
_CONDITIONAL_MARKS = {"if", "unless", "whether"}
_COOPERATIVE = {"AID", "SUPPORT", "COOPERATE", "CONSULT", "CONCEDE", "RETREAT"}
_INTENT_LIGHT_VERBS = {"offer", "promise", "pledge", "propose"}
_LIGHT_VERBS = {"offer", "provide", "give", "send", "deliver", "launch", "carry", "conduct",
                "stage", "hold", "make", "mount", "begin", "start", "continue", "resume",
                "impose", "announce", "sign", "reach", "pledge", "grant", "issue", "file",
                "declare", "extend", "order", "open", "lodge", "initiate", "set", "go", "join",
                # verbal acts carried by their noun: 'voiced support', 'reiterated its demand'
                "voice", "express", "reiterate", "reaffirm", "renew"}
# verbs ending what their object names: 'will not end the strike until…' refuses (REJECT),
# 'ended the strike' gives way (RETREAT, as 'call off')
_ENDING_VERBS = {"end", "stop", "halt", "suspend", "abandon", "lift"}
# conflictual acts announced for the future: PLOVER (and CAMEO 13) code the announcement as a
# THREATEN ('said they will boycott the vote', 'will begin a military operation against X')
_CONFLICTUAL = {"PROTEST", "COERCE", "ASSAULT", "SANCTION"}
# nouns that make a labour or hunger strike of 'strike' ('went on strike for better pay')
_STRIKE_WORDS = {"hunger", "general", "labour", "labor", "worker", "nationwide", "sit", "national",
                 "teacher", "rail", "union"}
_WEAPON_WORDS = {"air", "drone", "missile", "rocket", "military", "artillery", "nuclear",
                 "preemptive", "pre", "retaliatory", "precision"}
# verbs of saying whose clause 'Y must …' is a demand on Y (CAMEO 10 DEMAND → REQUEST)
_SAYING = {"say", "tell", "insist", "stress", "add", "declare", "state", "write", "argue",
           "reiterate", "maintain", "emphasize", "emphasise", "warn", "announce", "conclude",
           "assert", "affirm", "reaffirm", "repeat", "note"}
_OBLIGATION = {"must", "should"}
_REPORTING = _SAYING | {"announce", "confirm", "vow", "pledge", "promise", "threaten", "signal"}
# peacekeeping forces: sent or deployed, they are AID peacekeeping (CAMEO 0743, 'provide
# military protection or peacekeeping'), not a show of force
_PEACEKEEPING = {"peacekeeper", "peacekeeping", "observer", "monitor", "blue helmet"}


# who can carry out an attack: actor kinds with agency ('other' is a thing or an unnamed crowd)
_AGENT_KINDS = {"state", "government", "military", "armed_group", "igo", "ngo", "media", "person"}
# names of events, venues and things that the parse or the actors layer may take for an actor
# before an attack noun: 'the Boston Marathon bombing', 'the Manchester Arena attack'
_LED_WORDS = {"led", "backed", "sponsored", "supported", "funded"}
_NON_AGENT_ENTS = {"EVENT", "FAC", "LOC", "DATE", "TIME", "PRODUCT", "WORK_OF_ART", "LAW"}
_NON_AGENT_WORDS = {
    "marathon", "arena", "stadium", "market", "mall", "festival", "concert", "games", "cup",
    "olympics", "parade", "airport", "station", "hotel", "church", "mosque", "synagogue",
    "temple", "shrine", "school", "university", "college", "hospital", "embassy", "consulate",
    "bridge", "tower", "towers", "club", "cafe", "restaurant", "theatre", "theater", "museum",
    "square", "street", "road", "highway", "port", "harbour", "harbor", "base", "camp",
    "centre", "center", "plaza", "park", "beach", "pipeline", "dam", "plant", "day", "eve",
    "night", "christmas", "easter", "ramadan", "eid", "bus", "train", "metro", "subway",
    "flight", "ship", "convoy", "office", "headquarters", "building", "palace", "house",
}


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


@dataclass
class Participants:
    """Who can take part in one document's events, worked out once per document and passed
    along explicitly: the extractor keeps no per-document state, so one extractor can serve
    documents on several threads at once."""

    actors: dict[str, Actor]  # by id; grows as events take a country named as a place
    mentions: list[Mention]
    token_actor: dict[int, str]  # token index → actor id, agents only
    all_actor_tokens: dict[int, str]  # also names kept from being a source ('the Quetta attack')
    aimed_at_only: set[str]  # states added as targets only: kept only if an event takes them
    territory_tokens: set[int]  # names of countries made actors as where something goes
    countries_in: dict[int, Actor]  # preposition token → the country named as where it happens


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

    def participants(self, doc: Doc, document: Document, layers: dict) -> Participants:
        """The actors layer's actors (names, not places or descriptors) plus unnamed
        participants ('rebel groups'), resolved pronouns, and countries named as places that
        an act goes to or happens in."""
        actors = {a.id: a for a in layers.get("actors", [])}
        mentions = list(layers.get("mentions", []))
        token_actor = {i: a for i, a in actor_tokens(doc, mentions, roles={"actor"}).items()
                       if a in actors}
        mentions += generic_participants(doc, document.id, token_actor, actors)
        aimed_at_only, territory_tokens = countries_aimed_at(
            doc, document.id, mentions, token_actor, actors)
        places_in = countries_in(doc, mentions, token_actor)
        mentions += resolve_pronouns(doc, document.id, token_actor, actors, mentions)
        for i, actor_id in actor_tokens(doc, mentions, roles={"descriptor"}).items():
            # "Russia's attack", "the Israeli strike": a state's name or demonym modifying a
            # nominal trigger names who did it, though the actors layer files it as descriptor
            word = doc[i]
            if word.dep_ == "npadvmod" and word.head.lower_ in _LED_WORDS \
                    and word.head.dep_ == "amod":
                word = word.head  # "a Saudi-led strike": the demonym leads it
            if (i not in token_actor and actor_id in actors and word.head.pos_ == "NOUN"
                    and word.dep_ in {"poss", "amod", "compound", "nmod"}
                    and (word.head.lemma_.lower(), "NOUN") in self.lexicon):
                token_actor[i] = actor_id
            elif i not in token_actor and actor_id in actors and word.head.pos_ == "NOUN" \
                    and word.dep_ in {"poss", "amod", "compound", "nmod"} \
                    and word.head.dep_ in {"dobj", "pobj", "nsubjpass"}:
                # "praised Haiti's efforts", "rejected a Senegalese peace plan", "complained
                # over Israeli air raids": whose efforts, plan or raids they are is who the
                # act is aimed at
                token_actor[i] = actor_id
            elif i not in token_actor and actor_id in actors and named_in_object(word):
                token_actor[i] = actor_id  # "lifted its blockade of Yemen": whose blockade
        all_actor_tokens = dict(token_actor)
        for i in self._non_agent_modifiers(doc, token_actor, actors):
            del token_actor[i]
        return Participants(actors, mentions, token_actor, all_actor_tokens, aimed_at_only,
                            territory_tokens, places_in)

    def _non_agent_modifiers(self, doc: Doc, token_actor: dict[int, str],
                             actors: dict[str, Actor]) -> set[int]:
        """'the Boston Marathon bombing', 'the Manchester Arena attack': a name modifying an
        ASSAULT noun names the event, its place, date or target, not who did it — unless it is
        an actor that can act (a state, a government, a military, an armed group, an
        organisation, a person) and no event, venue or thing: 'the Hamas attack', 'the Israeli
        strike' (a demonym filed as the state). Those tokens are no actor for the events stage."""
        out: set[int] = set()
        for token in doc:
            if token.i not in token_actor or token.dep_ not in {"compound", "nmod", "amod"}:
                continue
            word = token
            while word.dep_ in {"compound", "nmod"} and word.head.i != word.i \
                    and word.head.i in token_actor and word.head.pos_ == "PROPN":
                word = word.head  # "Boston" → "Marathon": the name's last word
            noun = word.head
            if word.dep_ not in {"compound", "nmod", "amod"} or noun.pos_ != "NOUN" \
                    or noun.i in token_actor:
                continue
            entry = self.noun_entry(noun)
            if entry is None or entry.type != "ASSAULT":
                continue
            actor = actors.get(token_actor[token.i])
            name = [t for t in doc[min(t.i for t in word.subtree):word.i + 1]
                    if t.i in token_actor]
            if actor is None or actor.kind not in _AGENT_KINDS or word.lower_ in _NON_AGENT_WORDS \
                    or any(t.ent_type_ in _NON_AGENT_ENTS for t in name):
                out.update(t.i for t in name)
        return out

    def __call__(self, doc: Doc, document: Document, layers: dict) -> dict:
        parts = self.participants(doc, document, layers)
        actors, mentions, token_actor = parts.actors, parts.mentions, parts.token_actor
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
            trigger, noun = self._trigger(token, token_actor, parts.territory_tokens)
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
                event = self._refusal_of_previous(doc, document, token, trigger, token_actor,
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
        obligations = self._obligations(doc, document, token_actor, quotes, events)
        if self.typer is not None:  # the demands keep their type: the typer reads triggers
            events = self._typed(doc, document, events, triggers, curated, parts, quotes,
                                 obligations)
        else:
            events += obligations
        at = trigger_tokens(doc)
        events = fold_protest_demands(doc, merge_clause_duplicates(doc, events, at),
                                      lambda t: self._is_protest(t, parts), at)
        used = {e.source for e in events} | {e.target for e in events}
        optional = {i for i in actors if i.startswith("group:")} | parts.aimed_at_only
        kept = {i for i in actors if i not in optional or i in used}
        mentions = [m for m in mentions if m.actor is None or m.actor in kept]
        return {"events": events, "actors": [a for i, a in actors.items() if i in kept],
                "mentions": sorted((m for m in mentions if id(m) not in pronouns
                                    or _argument_of(m, events)), key=lambda m: m.span)}

    def _obligations(self, doc, document, token_actor, quotes, events) -> list[Event]:
        """'X said that Y must provide…', 'X says Y should mediate': a statement of what another
        actor must do is a demand on it (CAMEO 10 DEMAND, PLOVER REQUEST); the modal is the
        trigger, the speaker the source, the obliged actor the target."""
        out = []
        for verb in doc:
            if verb.lemma_.lower() not in _SAYING or verb.pos_ not in {"VERB", "AUX"}:
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
                    place=_place(span, token_actor), time=_publication_time(document),
                    polarity="positive", modality="asserted", reported_by=_reporter(verb, quotes),
                    confidence=0.6))
        return out

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
            at = {t.idx: t for t in doc}
            covered |= {at[e.trigger.span[0]].sent.start for e in fixed}
        candidates = fallback_triggers(doc, parts.token_actor, covered)
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
            event = self._event(doc, document, token, trigger, parts, quotes)
            if event is not None:
                events.append(event.model_copy(update={"confidence": round(0.6 * p, 2)}))
        return sorted(events + fixed, key=lambda e: e.trigger.span)

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

    def _trigger(self, token: Token, token_actor: dict[int, str],
                 territories: set[int]) -> tuple[Trigger | None, Token | None]:
        """The lexicon entry a token triggers; for a light verb ('offered aid'), the entry of
        its object noun, returned with that noun so it is not coded twice."""
        if token.pos_ == "VERB":
            lemma = token.lemma_.lower()
            for noun in _light_objects(token):
                entry = self.noun_entry(noun)
                if entry is not None and lemma in _LIGHT_VERBS | _object_verbs(entry):
                    return _with_mode_of(entry, noun), noun
            for second in token.children:  # "pull out", "step down", "call for", "find guilty"
                if second.dep_ not in {"prt", "advmod", "prep", "acomp", "oprd", "ccomp"}:
                    continue
                entry = self.lexicon.get((f"{lemma} {second.lower_}", "VERB"))
                if entry is not None and _pattern_holds(entry, second, token_actor, territories):
                    return entry, None
            entry = self.lexicon.get((lemma, "VERB"))
            if entry is not None and "intransitive" in entry.notes \
                    and any(c.dep_ == "dobj" for c in token.children):
                return None, None  # "demonstrated its commitment" is no demonstration
            return entry, None
        if token.pos_ == "NOUN":
            entry = self.noun_entry(token)
            if entry is not None and "object_only" in entry.notes:
                return None, None  # "medicine", "fire": an event only as a light verb's object
            return entry, None
        return None, None

    def _is_protest(self, token: Token, parts: Participants) -> bool:
        trigger, _ = self._trigger(token, parts.token_actor, parts.territory_tokens) \
            if token.pos_ in {"VERB", "NOUN"} else (None, None)
        return trigger is not None and trigger.type == "PROTEST"

    def noun_entry(self, noun: Token) -> Trigger | None:
        """A noun's entry: the compound first ('hunger strike', 'war game'), then the noun; a
        'strike' by workers ('went on strike for better pay') is a labour strike, PROTEST."""
        lemma = noun.lemma_.lower()
        for left in (c for c in noun.children if c.dep_ in {"compound", "amod"}):
            entry = self.lexicon.get((f"{left.lemma_.lower()} {lemma}", "NOUN"))
            if entry is not None:
                return entry
        entry = self.lexicon.get((lemma, "NOUN"))
        if entry is not None and lemma == "strike" and entry.type == "ASSAULT" \
                and _labour_strike(noun):
            return Trigger("strike", "NOUN", "PROTEST", "strike", "14", "prep:against",
                           frozenset())
        return entry

    # --- one event -----------------------------------------------------------------------

    def _country_where(self, token: Token, parts: Participants, source: str | None) -> str | None:
        """The country the trigger's own 'in' phrase names, as its target (`countries_in`):
        on the trigger, the verb it controls ('threatened to resume attacks in Israel',
        'refused to deploy peacekeepers in Iraq') or their object."""
        heads = [token] + [c for c in token.children if c.dep_ == "xcomp"]
        heads += [c for h in heads for c in h.children if c.dep_ in {"dobj", "xcomp"}]
        for prep in (c for h in heads for c in h.children if c.dep_ == "prep"):
            state = parts.countries_in.get(prep.i)
            if state is None or state.id == source:
                continue
            if state.id not in parts.actors:
                parts.actors[state.id] = state
                parts.aimed_at_only.add(state.id)  # kept only if an event takes it
            return state.id
        return None

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

    def _event(self, doc, document, token, trigger, parts: Participants, quotes,
               noun: Token | None = None) -> Event | None:
        token_actor, actors = parts.token_actor, parts.actors
        trigger = _in_context(token, trigger, token_actor, noun)
        source, target = arguments(token, token_actor, trigger.type in RECIPROCAL_TYPES)
        every = parts.all_actor_tokens
        if target is None and len(every) > len(token_actor):
            # a name kept from being a source ('the Quetta attack') may still be a target:
            # 'condemned the Quetta attack'
            _, target = arguments(token, every, trigger.type in RECIPROCAL_TYPES)
            target = target if target != source else None
        if trigger.type in {"MOBILIZE", "AID"} and token.pos_ == "VERB" and noun is None \
                and token.lemma_.lower() in _MOVED_VERBS:
            source, target = _moved_forces(token, token_actor, source, target)
        if token.pos_ == "VERB" and token.lemma_.lower() in LEAVE_VERBS:
            target = _territory_left(token, token_actor, parts.territory_tokens, target)
        reporter = _reporter(token, quotes)
        if (source is None or source.startswith("group:")) and reporter is not None:
            source = self._speakers_own_side(token, actors.get(reporter), actors) or source
        if target is None and trigger.type in _JUDGING_TYPES and token.pos_ == "VERB":
            target = _predicate_subject(token, token_actor, source)
        if target is None and trigger.type in _CLAUSE_TARGET_TYPES:
            target = _clause_subject(noun if noun is not None else token, token_actor, source)
        if target is None and trigger.type in {"AID", "AGREE"}:  # 'sent aid to help X cope'
            head = noun.head if noun is not None else token
            target = helped(token, token_actor) or helped(head, token_actor)
            target = target if target != source else None
        if target is None and parts.countries_in:
            target = self._country_where(token, parts, source)
        if source is None and target is None:
            return None  # who did what to whom: without an actor it is not event data
        if trigger.type == "COERCE" and _obstructs_passage(token) \
                and getattr(actors.get(source), "kind", None) not in _AUTHORITY_KINDS:
            trigger = replace(trigger, type="PROTEST", mode="obstruct", cameo="14")
        clause = _clause(token)
        polarity, modality = _polarity(token), _modality(token, trigger)
        stated = modality  # before a refusal is made an asserted REJECT
        convention = plover_convention(trigger.type, modality, polarity)
        if convention == "REJECT" != trigger.type:  # "will not release them": refused, now
            polarity, modality = "positive", "asserted"
        if convention != trigger.type:
            trigger = replace(trigger, type=convention, cameo=CAMEO_ROOT[convention],
                              mode=trigger.mode if convention == "AGREE" else None)
        if reporter in actors:  # 'X said Y will not lift the ban on Z': X's stance
            source, target = speaker_takes_source(token, stated, _quote_of(token, quotes),
                                                  source, target)
        confidence = 0.5 + 0.2 * (not trigger.learned) + 0.1 * (source is not None and target is not None)
        return Event(
            doc_id=document.id, span=(clause.start_char, clause.end_char), text=clause.text,
            trigger=SpanRef(span=(token.idx, token.idx + len(token.text)), text=token.text),
            type=trigger.type, mode=trigger.mode, cameo=trigger.cameo,
            source=source, target=target, place=_place(clause, token_actor),
            time=_publication_time(document), polarity=polarity, modality=modality,
            reported_by=reporter, confidence=round(min(confidence, 0.95), 2),
        )


_JUDGING_TYPES = {"ACCUSE", "COERCE"}
# CAMEO 144 'obstruct passage, block' is PROTEST obstruct; a government or its forces closing
# the same road is CAMEO 191 'impose blockade, restrict movement' (COERCE)
_OBSTRUCTING_VERBS = {"block", "barricade", "obstruct", "blockade"}
_PASSAGES = {"road", "street", "highway", "motorway", "bridge", "route", "access", "entrance",
             "traffic", "transport", "railway", "rail", "track", "crossing", "junction",
             "intersection", "roadway", "avenue", "gate", "port", "tunnel", "border"}
_AUTHORITY_KINDS = {"government", "military"}


def _obstructs_passage(token: Token) -> bool:
    """'blocked roads', 'blocked transport into Abidjan', 'barricaded the main street'."""
    if token.lemma_.lower() not in _OBSTRUCTING_VERBS or token.pos_ != "VERB":
        return False
    return any(c.dep_ == "dobj" and c.lemma_.lower() in _PASSAGES
               or c.dep_ == "dobj" and any(g.dep_ == "compound" and g.lemma_.lower() in _PASSAGES
                                           for g in c.children)
               for c in token.children)
# 'demanded that the US cancel the sale', 'alleged that the NPFL had taken the town': who is
# asked or accused is the subject of the clause
_CLAUSE_TARGET_TYPES = {"REQUEST", "ACCUSE"}


def _clause_subject(verb: Token, token_actor: dict[int, str], source: str | None) -> str | None:
    """The subject of the verb's (or demand noun's: 'its demand that the US ease…') clause."""
    deps = {"ccomp"} if verb.pos_ == "VERB" else {"ccomp", "acl"}
    for clause in (c for c in verb.children if c.dep_ in deps):
        subject = next((c for c in clause.children if c.dep_ in {"nsubj", "nsubjpass"}), None)
        actor = actor_in(subject, token_actor) if subject is not None else None
        if actor is not None and actor != source:
            return actor
    return None
_SECONDARY_PREDICATE_DEPS = {"ccomp", "oprd", "acomp", "xcomp"}


def _predicate_subject(verb: Token, token_actor: dict[int, str], source: str | None) -> str | None:
    """'found three journalists guilty', 'declared him a traitor': the parse hangs the one
    judged under the adjectival or nominal complement ('journalists' as the subject of
    'guilty'); that subject is the target of the ACCUSE/COERCE trigger."""
    for complement in verb.children:
        if complement.dep_ not in _SECONDARY_PREDICATE_DEPS or complement.pos_ not in {
                "ADJ", "NOUN", "PROPN"}:
            continue
        for subject in (c for c in complement.children if c.dep_ in {"nsubj", "nsubjpass"}):
            actor = actor_in(subject, token_actor)
            if actor is not None and actor != source:
                return actor
    return None


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


def plover_convention(plover_type: str, modality: str, polarity: str = "positive") -> str:
    """PLOVER codes a promise or offer to cooperate as AGREE ("offered humanitarian aid" →
    AGREE, mode humanitarian), a refusal to cooperate as REJECT ("will not release the
    prisoners", "will not begin talks": CAMEO 12), and an announced conflictual act as THREATEN
    ("said they will boycott the vote"); the act itself is coded when it happens."""
    if modality == "future" and polarity == "negative" and plover_type in _COOPERATIVE | {"AGREE"}:
        return "REJECT"
    if modality == "future" and plover_type in _COOPERATIVE:
        return "AGREE"
    if modality == "future" and plover_type in _CONFLICTUAL:
        return "THREATEN"
    return plover_type


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
                                    event.modality, event.polarity)
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
    mode = {"financial": "economic", "medical": "humanitarian", "food": "humanitarian"}.get(mode, mode)
    return replace(entry, mode=mode) if mode else entry


_MOVED_VERBS = {"deploy", "station", "send", "dispatch", "mobilize", "mobilise", "move",
                "redeploy", "position", "base", "airlift", "mass"}


def _moved_forces(verb: Token, token_actor: dict[int, str], source, target):
    """'Troops were deployed to the border': with no agent, the forces moved are the source
    of a passive MOBILIZE (as PLOVER codes it), not its target."""
    preps = {"to", "in", "into", "against", "along", "near", "on", "for"}
    other = next((o for o in (_object_of_prep(c, token_actor) for c in verb.children
                              if c.dep_ == "prep" and c.lower_ in preps) if o is not None), None)
    passive = next((c for c in verb.children if c.dep_ == "nsubjpass"), None)
    if passive is None:  # "mobilized its army for an offensive against X": the army is moved
        obj = next((c for c in verb.children if c.dep_ == "dobj"), None)
        moved = actor_in(obj, token_actor) if obj is not None else None
        if moved is not None and moved == target and moved.startswith("group:") and other:
            return source, (other if other != source else None)
        return source, target
    if any(c.dep_ == "agent" for c in verb.children):
        return source, target
    moved = actor_in(passive, token_actor)
    if moved is None or moved != target:
        return source, target
    return moved, (other if other != moved else None)


def _territory_left(verb: Token, token_actor: dict[int, str], territories: set[int],
                    target: str | None) -> str | None:
    """'withdraw its troops from Lebanon': the country left is the target, not the forces
    withdrawn (the object, an unnamed group), as in 'withdrew from Lebanon'."""
    obj = next((c for c in verb.children if c.dep_ == "dobj"), None)
    if target is not None and (obj is None or not target.startswith("group:")
                               or actor_in(obj, token_actor) != target):
        return target
    for prep in (c for c in verb.children if c.dep_ == "prep" and c.lower_ in {"from", "out"}):
        objects = [g for g in prep.children if g.dep_ == "pobj"] + [
            g for o in prep.children if o.dep_ == "prep" and o.lower_ == "of"
            for g in o.children if g.dep_ == "pobj"]  # 'out of Iraq'
        for g in objects:
            if any(t.i in territories for t in g.subtree):
                return actor_in(g, token_actor) or target
    return target


def _object_of_prep(prep: Token, token_actor: dict[int, str]) -> str | None:
    return next((actor_in(g, token_actor) for g in prep.children if g.dep_ == "pobj"), None)


def _light_objects(verb: Token) -> list[Token]:
    """A light verb's nouns: its object or passive subject, and the object of 'on' after 'go'
    ('went on strike') or of 'into' ('opened fire into')."""
    out = [c for c in verb.children if c.dep_ in {"dobj", "nsubjpass"}]
    out += [g for c in out if c.pos_ == "NUM" for g in c.children  # "$20 million"
            if g.dep_ in {"quantmod", "nmod", "compound"} and g.pos_ == "SYM"]
    out += [g for c in out if c.pos_ == "NOUN" for g in c.children  # "extend the curfew order"
            if g.dep_ == "compound" and g.pos_ == "NOUN"]  # (after the object's own entry)
    if verb.lemma_.lower() in {"go", "join"}:
        out += [g for c in verb.children if c.dep_ == "prep" and c.lower_ in {"on", "in"}
                for g in c.children if g.dep_ == "pobj"]
    if verb.lemma_.lower() == "agree":  # "agreed on a deal", "agreed to a treaty"
        out += [g for c in verb.children if c.dep_ == "prep" and c.lower_ in {"on", "to", "upon"}
                for g in c.children if g.dep_ == "pobj"]
    return out


def _object_verbs(entry: Trigger) -> set[str]:
    """Verbs named in an entry's 'with:' note ('with:give send'): they take this object noun
    as light verbs do ('gave medicine to X')."""
    return {w for n in entry.notes if n.startswith("with:") for w in n[5:].split()}


def _labour_strike(noun: Token) -> bool:
    """'went on strike', 'a strike for better pay', 'stopped work in a strike', 'a general
    strike': not an air or drone strike, and no 'on'/'against' target of an attack."""
    lefts = {c.lemma_.lower() for c in noun.children if c.dep_ in {"compound", "amod", "nmod"}}
    if lefts & _WEAPON_WORDS:
        return False
    preps = {c.lower_ for c in noun.children if c.dep_ == "prep"}
    if lefts & _STRIKE_WORDS or preps & {"for", "over"}:
        return True
    head = noun.head
    if noun.dep_ == "pobj" and head.lower_ in {"on", "in"} and head.head.lemma_.lower() in {
            "go", "stop", "remain", "be", "stay", "join", "participate", "take"}:
        return True
    return noun.dep_ == "dobj" and head.lemma_.lower() in {"stage", "call", "hold", "begin",
                                                            "start", "end", "declare"} \
        and not preps & {"on", "against"}


def _in_context(token: Token, trigger: Trigger, token_actor: dict[int, str],
                noun: Token | None = None) -> Trigger:
    """Types the words around a trigger decide: MOBILIZE of peacekeepers is AID peacekeeping;
    joint exercises (or exercises by two parties) are COOPERATE military; a protest its
    protesters will not end is a REJECT (CAMEO 12), one they end a RETREAT (CAMEO 08)."""
    if trigger.type == "PROTEST" and noun is None and token.pos_ == "NOUN" and token.dep_ == "dobj" \
            and token.head.lemma_.lower() in _ENDING_VERBS:
        if any(c.dep_ == "neg" for c in token.head.children):
            return replace(trigger, type="REJECT", mode=None, cameo="12")
        return replace(trigger, type="RETREAT", mode=None, cameo="08")
    aid = noun if noun is not None else token if token.pos_ == "NOUN" else None
    if trigger.type == "AID" and aid is not None and _stopped(aid):
        return replace(trigger, type="SANCTION", mode="discontinue", cameo="16")
    if trigger.type == "RETREAT" and token.pos_ == "VERB" and token.lemma_.lower() in LEAVE_VERBS \
            and any(t.lemma_.lower() in _INTERNATIONAL_PRESENCE for c in token.children
                    if c.dep_ in {"dobj", "nsubjpass"} for t in c.subtree):
        return replace(trigger, type="SANCTION", mode="expel", cameo="16")
    if trigger.type in {"AGREE", "CONSULT"} and token.pos_ == "VERB" \
            and token.lemma_.lower() in _ACCEDING_VERBS and any(
                c.dep_ == "dobj" and c.lemma_.lower() in _DEMAND_NOUNS for c in token.children):
        return replace(trigger, type="CONCEDE", mode=None, cameo="08")  # CAMEO 083
    if trigger.type == "COERCE" and token.lemma_.lower() == "order" and any(
            c.dep_ in {"xcomp", "ccomp"} and c.lemma_.lower() in _ANSWERING_VERBS
            for c in token.children):
        return replace(trigger, type="REQUEST", mode=None, cameo="10")
    if trigger.type == "MOBILIZE":
        words = [c for c in token.children if c.dep_ in {"dobj", "nsubjpass", "nsubj", "prep",
                                                          "compound", "amod", "advcl", "npadvmod"}]
        near = {t.lemma_.lower() for c in words for t in c.subtree} | {
            t.lemma_.lower() for t in token.head.children if token.dep_ in {"xcomp", "acl", "amod"}}
        if near & _PEACEKEEPING or (token.dep_ in {"xcomp"} and token.head.lemma_.lower() in {
                "begin", "start"} and any(t.lemma_.lower() in _PEACEKEEPING
                                          for t in token.head.subtree)):
            return replace(trigger, type="AID", mode="peacekeeping", cameo="07")
        noun = noun if noun is not None else token if token.pos_ == "NOUN" else None
        if noun is not None and ("joint" in {c.lower_ for c in noun.children}
                                 or _reciprocal_subject(noun, token_actor)):
            return replace(trigger, type="COOPERATE", mode=None, cameo="06")  # CAMEO 062
    return trigger


# 'accepted the demands of the protesters', 'met their demands': CAMEO 083 'accede to requests
# or demands' is CONCEDE, not the AGREE of accepting a proposal
# 'suspended aid to X', 'a suspension of aid', 'cut off military aid': CAMEO 162 'reduce or stop
# aid' is SANCTION discontinue (PLV train: 10 of 12 such sentences)
_STOPPING = {"suspend", "suspension", "cut", "halt", "freeze", "stop", "end", "withhold",
             "cancel", "cancellation", "cutoff", "termination", "terminate", "reduce", "reduction"}


def _stopped(noun: Token) -> bool:
    head = noun.head
    if noun.dep_ == "pobj" and head.lower_ == "of":
        head = head.head
    elif noun.dep_ not in {"dobj", "nsubjpass"}:
        return False
    return head.lemma_.lower() in _STOPPING


# withdrawn, these end an international involvement: CAMEO 166 'expel or withdraw' (1661
# peacekeepers, 1662 inspectors, observers) is SANCTION, not the RETREAT of forces that fought
_INTERNATIONAL_PRESENCE = _PEACEKEEPING | {"inspector", "peacekeeping", "mission"}
# 'ordered X to appear for questioning', 'to hand over $650 million': a demand that X do
# something for the one ordering (CAMEO 10), not a restriction of X (CAMEO 17: 'ordered the
# newspaper to suspend publication')
_ANSWERING_VERBS = {"appear", "testify", "pay", "hand", "return", "explain", "answer", "attend",
                    "submit", "compensate", "disclose", "report", "repay", "refund"}
_ACCEDING_VERBS = {"accept", "meet", "heed", "satisfy", "grant"}
_DEMAND_NOUNS = {"demand", "request", "call", "condition", "ultimatum"}


def _reciprocal_subject(noun: Token, token_actor: dict[int, str]) -> bool:
    """'X and Y began exercises': the noun's verb has two conjoined actor subjects."""
    verb = noun.head if noun.dep_ in {"dobj", "nsubjpass"} else None
    subject = next((c for c in verb.children if c.dep_ in {"nsubj", "agent"}), None) \
        if verb is not None else None
    if subject is None:
        return False
    parties = {token_actor.get(t.i) for t in subject.subtree if t.i in token_actor}
    return len(parties) >= 2


def _pattern_holds(entry: Trigger, second: Token, token_actor: dict[int, str],
                   territories: set[int]) -> bool:
    """A 'prep:X' pattern on a verb+preposition entry needs an actor as the object of X:
    'withdrew from the alliance' is SANCTION, 'withdrew from Syria' is no such thing (a
    country left is a territory, in `territories`, though it is the event's target)."""
    if not entry.pattern or not entry.pattern.startswith("prep:") or second.dep_ != "prep":
        return True
    actors = {i: a for i, a in token_actor.items() if i not in territories}
    return any(g.i not in territories and actor_in(g, actors)  # not 'from Syria, Minister X said'
               for g in second.children if g.dep_ == "pobj")



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
        if any(c.dep_ == "aux" and c.lower_ == "would" for c in children) \
                and node.dep_ == "ccomp" and node.head.lemma_.lower() in _REPORTING \
                and not any(c.dep_ == "advcl" and any(m.dep_ == "mark" and m.lower_ in
                                                      _CONDITIONAL_MARKS for m in c.children)
                            for c in children):
            return "future"  # "said they would boycott": the future of reported speech
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


def _quote_of(token: Token, quotes: list[Quote]) -> Quote | None:
    """The quote or reported clause the token is in that has a speaker."""
    return next((q for q in quotes if q.span[0] <= token.idx < q.span[1]
                 and q.speaker is not None), None)


def _reporter(token: Token, quotes: list[Quote]) -> str | None:
    quote = _quote_of(token, quotes)
    return quote.speaker.actor if quote is not None else None
