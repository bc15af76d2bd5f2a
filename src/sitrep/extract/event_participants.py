"""Who can take part in one document's events: the actors layer's actors, plus the unnamed
groups, resolved pronouns and countries named as places that the events stage adds, minus the
names that only name an attack ('the Boston Marathon bombing'). Worked out once per document
and passed along explicitly, so one extractor serves documents on several threads at once.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from functools import lru_cache

from spacy.tokens import Doc, Token

from sitrep.data import read_table
from sitrep.extract.actor_mentions import actor_tokens
from sitrep.extract.entities import expanded_span
from sitrep.extract.event_arguments import conjoined_modifier, named_in_object
from sitrep.extract.event_cues import argument_cue_words, event_words
from sitrep.extract.event_implicit_actors import (
    countries_aimed_at, countries_in, generic_participants,
)
from sitrep.extract.event_place_targets import place_actors
from sitrep.extract.event_pronouns import resolve_pronouns
from sitrep.extract.event_triggers import noun_entry
from sitrep.extract.names import given_names
from sitrep.records import Actor, Document, Mention

# who can carry out an attack: actor kinds with agency ('other' is a thing or an unnamed crowd)
_AGENT_KINDS = {"state", "government", "military", "armed_group", "igo", "ngo", "media", "person"}
_LED_WORDS = event_words("led_word")
_NON_AGENT_ENTS = {"EVENT", "FAC", "LOC", "DATE", "TIME", "PRODUCT", "WORK_OF_ART", "LAW"}
# names of events, venues and things that the parse or the actors layer may take for an actor
# before an attack noun: 'the Boston Marathon bombing', 'the Manchester Arena attack'
_NON_AGENT_WORDS = event_words("non_agent_word")
_MODIFIER_DEPS = {"poss", "amod", "compound", "nmod"}


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
    places: dict[int, Actor]  # token of a place name → what it stands for as a target
    taken_places: set[int] = field(default_factory=set)  # words of the places events took
    # a person's name before an ASSAULT noun, whom it struck ('the Charlie Hebdo massacre')
    victims: set[int] = field(default_factory=set)


def find_participants(doc: Doc, document: Document, layers: dict, lexicon: dict) -> Participants:
    """The actors layer's actors (names, not places or descriptors) plus unnamed
    participants ('rebel groups'), resolved pronouns, and countries named as places that
    an act goes to or happens in."""
    actors = {a.id: a for a in layers.get("actors", [])}
    mentions = list(layers.get("mentions", []))
    token_actor = {i: a for i, a in actor_tokens(doc, mentions, roles={"actor"}).items()
                   if a in actors}
    mentions += generic_participants(doc, document.id, token_actor, actors)
    places = place_actors(doc, document.id, mentions, token_actor, actors)
    aimed_at_only, territory_tokens = countries_aimed_at(
        doc, document.id, mentions, token_actor, actors)
    places_in = countries_in(doc, mentions, token_actor)
    mentions += resolve_pronouns(doc, document.id, token_actor, actors, mentions)
    for i, actor_id in actor_tokens(doc, mentions, roles={"descriptor"}).items():
        if i not in token_actor and actor_id in actors \
                and _descriptor_takes_part(doc[i], lexicon, token_actor):
            token_actor[i] = actor_id
    token_actor.update(_coordinated_modifiers(doc, mentions, token_actor, actors))
    token_actor.update(_person_names_read_as_states(doc, token_actor, actors))
    all_actor_tokens = dict(token_actor)
    non_agents, victims = _non_agent_modifiers(doc, token_actor, actors, lexicon)
    for i in non_agents:
        del token_actor[i]
    return Participants(actors, mentions, token_actor, all_actor_tokens, aimed_at_only,
                        territory_tokens, places_in, places, victims=victims)


def _coordinated_modifiers(doc: Doc, mentions: list[Mention], token_actor: dict[int, str],
                           actors: dict[str, Actor]) -> dict[int, str]:
    """'UK and EU negotiators', 'US and Iranian officials', 'British and French diplomats': the
    actors layer files the whole phrase as the first party's, but the second modifier names a
    party of its own (its own mention, an actor or a descriptor). Its words get that party,
    so that the phrase's conjoined parties can be told apart ('… met', '… agreed a deal':
    the second is the partner); the phrase's head keeps the first."""
    out: dict[int, str] = {}
    for mention in mentions:
        if mention.actor not in actors or mention.role not in {"actor", "descriptor"}:
            continue
        span = expanded_span(doc, *mention.span)
        if span is None:
            continue
        if conjoined_modifier(span.root):
            indices = range(span.start, span.end)  # no Token a word
        elif span[0].dep_ == "conj" and conjoined_modifier(span[0]) \
                and span[0].head.i < span.start:
            # 'Nigerian and British armed forces': the layer's second mention, 'British armed
            # forces', takes in the shared head; only its modifier is the second party's
            indices = range(span.start, span.start + 1)
        else:
            continue
        if any(token_actor.get(i) not in {None, mention.actor} for i in indices):
            out.update({i: mention.actor for i in indices})
    return out


def _person_names_read_as_states(doc: Doc, token_actor: dict[int, str],
                                 actors: dict[str, Actor]) -> dict[int, str]:
    """'Jim Jordan asked…', then 'Jordan said…': a state's name that is a person's surname in
    this document (the last word of a person actor's name) or a word of a name the NER reads
    as a person is that person, not the state (JOR). A name with 'of' ('Abdullah of Jordan')
    is a title that names the state, and is left alone; so is a 'person' that is no one's
    name ('Trashing Israel' in a headline, 'Iran analysts… like Syria')."""
    surnames = {a.name.split()[-1]: a.id for a in actors.values() if _a_persons_name(a)}
    out: dict[int, str] = {}
    for i, actor_id in token_actor.items():
        actor, token = actors.get(actor_id), doc[i]
        if actor is None or actor.kind != "state" or token.pos_ != "PROPN" \
                or (i > 0 and doc[i - 1].lower_ == "of"):
            continue
        if token.text in surnames and not _conjoined_with_a_state(token, token_actor, actors):
            out[i] = surnames[token.text]
    return out


def _a_persons_name(actor: Actor) -> bool:
    """A named person ('P-…' known, or 'person:…'), written as a given name and a surname:
    'Jim Jordan', not a phrase the NER took for a person ('Trashing Israel') nor a
    descriptor ('desc:…')."""
    words = actor.name.split()
    if actor.kind != "person" or not 2 <= len(words) <= 4 \
            or not all(w[:1].isupper() for w in words):
        return False
    return actor.known and actor.id.startswith("P-") or (
        actor.id.startswith("person:") and words[0].lower() in given_names())


def _conjoined_with_a_state(token: Token, token_actor: dict[int, str],
                            actors: dict[str, Actor]) -> bool:
    """'Jordan and Egypt signed…': a name coordinated with a state is a state too."""
    others = [c for c in token.children if c.dep_ == "conj"]
    if token.dep_ == "conj":
        others.append(token.head)
    return any(getattr(actors.get(token_actor.get(o.i, "")), "kind", None) == "state"
               for o in others)


def _descriptor_takes_part(word: Token, lexicon: dict, token_actor: dict[int, str]) -> bool:
    """A state's name or demonym the actors layer files as a descriptor that still names a
    party to an act: who did it ("Russia's attack", "the Israeli strike", "a Saudi-led
    strike"), or who the act on an object is aimed at ("praised Haiti's efforts", "rejected a
    Senegalese peace plan", "lifted its blockade of Yemen")."""
    if word.dep_ == "npadvmod" and word.head.lower_ in _LED_WORDS and word.head.dep_ == "amod":
        word = word.head  # "a Saudi-led strike": the demonym leads it
    if word.head.pos_ == "NOUN" and word.dep_ in _MODIFIER_DEPS:
        if (word.head.lemma_.lower(), "NOUN") in lexicon:
            return True  # a nominal trigger's modifier names who did it
        if word.head.dep_ in {"dobj", "pobj", "nsubjpass"}:
            return True  # whose efforts, plan or raids they are is who the act is aimed at
    return named_in_object(word) or _names_acting_subject(word, token_actor)


def _names_acting_subject(word: Token, token_actor: dict[int, str]) -> bool:
    """'Chinese regulators have launched an investigation', 'Sri Lanka's police chief refused',
    'Japan PM's office refused to meet': a subject that is a body, office or unit acting for
    someone (`acting_body` in data/event_argument_cues.tsv) stands for the state or
    organisation its modifiers name, when it names no participant of its own ('the Haitian
    group Veye Yo' does). Things stay out: 'Japan's Nikkei index declined' is no act of
    Japan's."""
    head = word
    while head.dep_ in _MODIFIER_DEPS and head.head.i != head.i \
            and head.head.pos_ in {"NOUN", "PROPN"}:
        head = head.head  # "Japan" → "PM" → "office": the phrase's own noun
    return head is not word and head.pos_ == "NOUN" and head.dep_ == "nsubj" \
        and head.lemma_.lower() in argument_cue_words("acting_body") \
        and not any(t.i in token_actor for t in head.subtree)


def _non_agent_modifiers(doc: Doc, token_actor: dict[int, str], actors: dict[str, Actor],
                         lexicon: dict) -> tuple[set[int], set[int]]:
    """'the Boston Marathon bombing', 'the Manchester Arena attack': a name modifying an
    ASSAULT noun names the event, its place, date or target, not who did it — unless it is
    an actor that can act (a state, a government, a military, an armed group, an
    organisation, a person) and no event, venue or thing: 'the Hamas attack', 'the Israeli
    strike' (a demonym filed as the state). Those tokens are no actor for the events stage;
    returned with the words of the persons among them, whom the act struck."""
    out: set[int] = set()
    victims: set[int] = set()
    for token in (doc[i] for i in sorted(token_actor)):  # a Token only for the actors' words
        if token.dep_ not in {"compound", "nmod", "amod"}:
            continue
        word = token
        while word.dep_ in {"compound", "nmod"} and word.head.i != word.i \
                and word.head.i in token_actor and word.head.pos_ == "PROPN":
            word = word.head  # "Boston" → "Marathon": the name's last word
        noun = word.head
        if word.dep_ not in {"compound", "nmod", "amod"} or noun.pos_ != "NOUN" \
                or noun.i in token_actor:
            continue
        entry = noun_entry(lexicon, noun)
        if entry is None or entry.type != "ASSAULT":
            continue
        actor = actors.get(token_actor[token.i])
        name = [t for t in doc[min(t.i for t in word.subtree):word.i + 1]
                if t.i in token_actor]
        if actor is None or actor.kind not in _AGENT_KINDS or word.lower_ in _NON_AGENT_WORDS \
                or any(t.ent_type_ in _NON_AGENT_ENTS for t in name):
            out.update(t.i for t in name)  # an event, venue or thing: 'the Manchester Arena'
        elif _names_the_scene_or_victim(name, actor):
            out.update(t.i for t in name)
            if actor.kind == "person":
                victims.update(t.i for t in name)
    return out, victims


def _names_the_scene_or_victim(name: list[Token], actor: Actor) -> bool:
    """'the Berlin truck attack', 'the Paris attacks': a capital before an ASSAULT noun is
    where it happened (the actors layer reads a capital as its government, 'Moscow said');
    'the Khashoggi murder', 'the Charlie Hebdo attack': a person's name before it is whom it
    struck. A state's own name or demonym ('the Hamas attack', 'the Israeli strike') stays."""
    if actor.kind == "person":
        return name[-1].dep_ in {"compound", "nmod"}
    return " ".join(t.text for t in name).lower() in _capitals()


@lru_cache(maxsize=1)
def _capitals() -> frozenset[str]:
    """National capitals and seats of government (data/capitals.tsv), lower case."""
    return frozenset(row["capital"].lower() for row in read_table("capitals.tsv"))
