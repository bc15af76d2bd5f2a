"""One trigger's source and target: the parse's general patterns (`event_arguments.arguments`)
and then the rules particular to an event type or verb, each where the general pattern gives
no actor or the wrong one — the forces moved are the source of a passive MOBILIZE, the country
left the target of a withdrawal, the one judged the target of a verdict, who is asked or
accused the subject of the clause, who is helped the target of aid.
"""

from __future__ import annotations

from spacy.tokens import Token

from sitrep.extract.event_arguments import (
    LAST_TARGET_PREPS, LEAVE_VERBS, RECIPROCAL_TYPES, TARGET_PREPS, actor_in, arguments,
    governing_verb, helped, joint_partner, raised_object, subject_token, verb_arguments,
)
from sitrep.extract.event_cues import argument_cue_words, event_words
from sitrep.extract.event_missions import mission_served
from sitrep.extract.event_object_targets import (
    aim_of_object, author_of_claim, author_of_object, inquired_into, office_left,
    one_contacted, one_defied, origin_of_people, own_forces,
)
from sitrep.extract.event_participants import Participants
from sitrep.extract.event_place_targets import place_target
from sitrep.extract.event_triggers import Trigger
from sitrep.extract.lexicon import load_lexicon
from sitrep.records import Actor

_JUDGING_TYPES = {"ACCUSE", "COERCE"}
# 'demanded that the US cancel the sale', 'alleged that the NPFL had taken the town': who is
# asked or accused is the subject of the clause
_CLAUSE_TARGET_TYPES = {"REQUEST", "ACCUSE"}
# a refusal or threat with a condition ('until X provides…', 'unless X releases…') is aimed at
# whoever must meet it
CONDITIONAL_TYPES = {"REJECT", "THREATEN"}
_SECONDARY_PREDICATE_DEPS = {"ccomp", "oprd", "acomp", "xcomp"}
_FORCE_KINDS = {"military", "armed_group"}
# types whose act two joint subjects may do to each other ('clashed', 'fought'), beside the
# reciprocal ones
_FOUGHT_BETWEEN = {"ASSAULT"}
_RELEASE_ORDER_VERBS = argument_cue_words("release_order_verb")
# moving one's own forces out (not 'expel', whose object is someone else's)
_WITHDRAWING_VERBS = event_words("withdrawing_verb")
_MOVED_VERBS = event_words("moved_verb")


def _victim_named_before(noun: Token, parts: Participants, source: str | None) -> str | None:
    """'the Khashoggi murder', 'the Skripal poisoning': a person's name before an ASSAULT noun
    is whom it struck (`find_participants` keeps it from being the attacker and notes it in
    `victims`; not a venue the NER calls a person, 'the Manchester Arena bombing'); the target."""
    if noun.pos_ != "NOUN":
        return None
    for child in noun.children:
        if child.dep_ not in {"compound", "nmod"} or child.i not in parts.victims:
            continue
        actor_id = parts.all_actor_tokens.get(child.i)
        if actor_id is not None and actor_id != source:
            return actor_id
    return None


def source_and_target(token: Token, trigger: Trigger, parts: Participants,
                      reporter: str | None, noun: Token | None = None
                      ) -> tuple[str | None, str | None]:
    """(source, target) actor ids of a trigger already typed in context; `reporter`: who said
    it, whose side unnamed troops in the statement are; `noun`: a light verb's object noun."""
    token_actor, actors = parts.token_actor, parts.actors
    source, target = arguments(token, token_actor, trigger.type in RECIPROCAL_TYPES)
    every = parts.all_actor_tokens
    if target is None and trigger.mode == "resign":  # 'resigned as president of Indonesia'
        target = office_left(token, token_actor, source) or _own_office(source, actors)
    if noun is not None and target is not None:
        target = _past_the_nouns_own_side(noun, token_actor, target)
    if token.pos_ == "NOUN":
        source, target = _mediated(token, token_actor, source, target)
    if source is None and trigger.type == "COERCE" and _agentless_passive(token):
        source = _arresting_state(token, noun, parts, target)
    if source is None and trigger.type == "RETREAT" and _agentless_passive(token):
        source = _releaser(token, token_actor, target)
    if target is None and len(every) > len(token_actor):
        # a name kept from being a source ('the Quetta attack') may still be a target:
        # 'condemned the Quetta attack'
        _, target = arguments(token, every, trigger.type in RECIPROCAL_TYPES)
        target = target if target != source else None
    if target is None and token.pos_ == "VERB" and trigger.pattern in {"dobj", None} \
            and trigger.type != "MOBILIZE":  # a MOBILIZE verb's object is the forces moved
        target = raised_object(token, token_actor)  # 'condemned and sanctioned the PA'
        target = target if target != source else None
    if target is None and trigger.type == "ASSAULT":  # 'the Khashoggi murder': the victim
        target = _victim_named_before(noun if noun is not None else token, parts, source)
    if trigger.type in {"MOBILIZE", "AID"} and token.pos_ == "VERB" and noun is None \
            and token.lemma_.lower() in _MOVED_VERBS:
        source, target = _moved_forces(token, token_actor, source, target)
    if token.pos_ == "VERB" and token.lemma_.lower() in LEAVE_VERBS:
        target = _territory_left(token, token_actor, parts.territory_tokens, target)
    if (source is None or source.startswith("group:")) and reporter is not None:
        source = _speakers_own_side(token, actors.get(reporter), actors) or source
    if target is None and trigger.type in _JUDGING_TYPES and token.pos_ == "VERB":
        target = _predicate_subject(token, token_actor, source)
    if target is None and trigger.type in _CLAUSE_TARGET_TYPES:
        target = _clause_subject(noun if noun is not None else token, token_actor, source)
        if target is None and noun is not None:  # 'reiterated its demand today that Israel
            target = _clause_subject(token, token_actor, source)  # ease…': on the verb
    if target is None and trigger.type in {"AID", "AGREE"}:  # 'sent aid to help X cope'
        head = noun.head if noun is not None else token
        target = helped(token, token_actor) or helped(head, token_actor)
        target = target if target != source else None
    mission = mission_served(token, parts, source)
    if mission is not None:  # 'sending troops to the UN peacekeeping force in South Sudan'
        target = mission
    if source is not None and target is not None and _forces_moved(token, target, parts):
        target = None  # 'refused to deploy peacekeepers in Iraq': aimed at Iraq, not them
    if target is None and trigger.type == "ACCUSE" and (noun is not None or token.pos_ == "NOUN"):
        target = inquired_into(noun if noun is not None else token, token_actor, source)
    if target is None and parts.countries_in:
        target = _country_where(token, parts, source)
    if target is not None and own_forces(token, target, token_actor):
        target = None  # 'withdraw its troops from Abyei': aimed at the place, not the troops
    if trigger.type == "CONSULT" and token.pos_ == "VERB":
        target = _consulted(token, token_actor, source) or target
    if source is not None and _between_two(token, trigger.type) \
            and not _named_partner(token, token_actor, source):
        # 'Trump and Putin agreed to share information on North Korea', 'the UK and the US
        # signed an agreement to give agencies…', 'signed by Sudan and South Sudan in Juba':
        # an act between two joint parties is aimed at the other one, not at what it is about
        # or where it happens (unless it names its own partner)
        target = _partner_in_act(token, source, token_actor, trigger.type) or target
    if token.pos_ == "VERB":  # 'will not accept refugees from Afghanistan'
        target = origin_of_people(token, target, token_actor) or target
    if trigger.type == "REJECT" and token.pos_ == "VERB":
        target = author_of_claim(token, token_actor, source) or target
        if target is None:
            target = one_defied(token, token_actor, source)
    if target is None and token.pos_ == "VERB":
        target = author_of_object(token, token_actor, source) \
            or aim_of_object(token, token_actor, source) \
            or one_contacted(token, token_actor, source)
    if target is None and source is not None:
        # 'X struck Gaza', 'X declared a state of siege in Katanga': where X's act lands; an
        # act with no one doing it is no event for a place alone
        target = _place_aimed_at(token, noun, parts, source)
    if target is None and source is not None and _done_to_each_other(token, trigger.type):
        # 'X and Y clashed', 'X and Y failed to reach agreement': with nothing else to aim
        # at, the act of two joint subjects is between them; not a demand or a condemnation
        # they make together ('The UK, France and Germany have demanded an investigation')
        target = _partner_in_act(token, source, token_actor, trigger.type)
    return source, target


def _past_the_nouns_own_side(noun: Token, token_actor: dict[int, str], target: str) -> str | None:
    """'Erdogan reiterated Turkey's support for the GNA', 'China expressed Beijing's opposition
    to the arms sale to Taiwan': a light verb's noun names whose act it is before it (the
    source's side, not whom the act is aimed at); the target is the one its own 'for/to/
    against…' phrase names. Not when the verb has a second object ('offered Syria's
    government aid', which the parse may read as one phrase)."""
    if any(c.dep_ in {"dative", "iobj"} for c in noun.head.children):
        return target
    own_side = {actor_in(c, token_actor) for c in noun.children
                if c.dep_ in {"poss", "amod", "compound", "nmod"}}
    if target not in own_side:
        return target
    return next((actor for c in noun.children if c.dep_ == "prep"
                 and c.lower_ in TARGET_PREPS | LAST_TARGET_PREPS
                 for g in c.children if g.dep_ in {"pobj", "pcomp"}
                 if (actor := _aimed_at(g, token_actor)) not in {None, *own_side}), target)


def _aimed_at(phrase: Token, token_actor: dict[int, str]) -> str | None:
    """Whom a preposition's object names: the noun's actor, or a gerund's target ('its
    commitment to supporting Lebanon')."""
    return verb_arguments(phrase, token_actor)[1] if phrase.dep_ == "pcomp" \
        else actor_in(phrase, token_actor)


def _partner_in_act(token: Token, source: str, token_actor: dict[int, str],
                   plover: str) -> str | None:
    """The second party conjoined with the source among the act's parties ('Jordan and the
    US began joint exercises', 'the pact was signed by X and Y'); a nominal trigger's only for
    an act between two ('X and Y condemned the attack' is no attack of X's on Y), and a party
    named as a modifier ('US and Iranian officials') only for an act between two."""
    if token.pos_ == "NOUN" and plover not in RECIPROCAL_TYPES:
        return None
    return joint_partner(token, source, token_actor, modifiers=_between_two(token, plover))


def _named_partner(token: Token, token_actor: dict[int, str], source: str) -> bool:
    """The act names its own partner: 'met Brahimi', 'will not speak to Hamas', 'agreed with
    X', 'held talks in Jordan with King Abdullah' (a 'with' on the trigger or its object);
    not one inside its object or topic ('a meeting of ASEAN', 'information on North Korea')."""
    objects = [c for c in token.children if c.dep_ in {"dobj", "dative"}]
    if any(token_actor.get(o.i) not in {None, source} for o in objects):
        return True
    spoken_to = (token_actor.get(g.i) for c in token.children
                 if c.dep_ == "prep" and c.lower_ == "to" for g in c.children if g.dep_ == "pobj")
    if any(actor not in {None, source} for actor in spoken_to):
        return True
    return any(_consulted(head, token_actor, source) is not None for head in [token, *objects])


def _done_to_each_other(token: Token, plover: str) -> bool:
    """Whether two joint subjects may do the act to each other: an act between two, a fight,
    or a verb whose to-infinitive is an act between two ('failed to reach agreement')."""
    return _between_two(token, plover) or plover in _FOUGHT_BETWEEN or any(
        c.dep_ == "xcomp" and _between_two(c, "") for c in token.children)


def _between_two(token: Token, plover: str) -> bool:
    """An act between two parties: its type ('met', 'cooperated') or its verb ('signed')."""
    return plover in RECIPROCAL_TYPES \
        or token.lemma_.lower() in argument_cue_words("reciprocal_verb")


def _consulted(verb: Token, token_actor: dict[int, str], source: str | None) -> str | None:
    """'Erdogan discussed Libya with Trump': a consultation's partner is its 'with', the
    object only its topic."""
    found = next((actor_in(g, token_actor) for c in verb.children
                  if c.dep_ == "prep" and c.lower_ == "with"
                  for g in c.children if g.dep_ == "pobj"), None)
    return found if found != source else None


def _mediation_nouns() -> frozenset[str]:
    return argument_cue_words("mediation_noun")


def _mediated(noun: Token, token_actor: dict[int, str], source: str | None,
              target: str | None) -> tuple[str | None, str | None]:
    """'X ended mediation efforts between rival militias': a mediation is the mediator's act
    (the subject of the verb it hangs from) aimed at the parties, not one party's act on the
    other."""
    head = noun.head if noun.dep_ == "compound" and noun.head.pos_ == "NOUN" else noun
    between = next((c for c in head.children if c.dep_ == "prep" and c.lower_ == "between"),
                   None)
    verb = governing_verb(head)
    if noun.lemma_.lower() not in _mediation_nouns() or between is None or verb is None:
        return source, target
    mediator = next((actor_in(c, token_actor) for c in verb.children if c.dep_ == "nsubj"),
                    None)
    party = next((actor_in(g, token_actor) for g in between.children if g.dep_ == "pobj"), None)
    if mediator is None or mediator == party:
        return source, target
    return mediator, party if party is not None else target


def _forces_moved(token: Token, target: str, parts: Participants) -> bool:
    """Unnamed forces that the trigger (or the verb it controls) deploys, stations, sends or
    withdraws are the force moved, the source's own, not whom the act is aimed at ('withdrew
    peacekeepers from the Golan Heights' is aimed at where they were)."""
    group = parts.actors.get(target)
    if group is None or not target.startswith("group:") or token.pos_ != "VERB" \
            or group.kind not in _FORCE_KINDS:
        return False
    verbs = [token] + [c for c in token.children if c.dep_ == "xcomp"]
    return any(v.lemma_.lower() in _MOVED_VERBS | _WITHDRAWING_VERBS
               and actor_in(o, parts.token_actor) == target
               for v in verbs for o in v.children if o.dep_ == "dobj")


def _agentless_passive(verb: Token) -> bool:
    return verb.pos_ == "VERB" and any(c.dep_ == "nsubjpass" for c in verb.children) \
        and not any(c.dep_ == "agent" for c in verb.children)


def _releaser(verb: Token, token_actor: dict[int, str], target: str | None) -> str | None:
    """'Ajak was released after President Salva Kiir pardoned him', 'were freed after the
    Cabinet approved a pardon': who set them free is who made the decision the 'after' clause
    names."""
    for clause in (c for c in verb.children if c.dep_ == "advcl"
                   and c.lemma_.lower() in _RELEASE_ORDER_VERBS
                   and any(m.dep_ == "mark" and m.lower_ in {"after", "when", "as", "once"}
                           for m in c.children)):
        found = next((actor_in(s, token_actor) for s in clause.children if s.dep_ == "nsubj"),
                     None)
        if found is not None and found != target:
            return found
    return None


def _arresting_state(verb: Token, noun: Token | None, parts: Participants,
                     target: str | None) -> str | None:
    """'Ingabire was arrested in Rwanda': an arrest, detention or expulsion with no one named
    to have made it was made by the state it happened in (CAMEO codes the country)."""
    found = place_target(verb, noun, parts.places, target)
    if found is None or found[0].kind != "state":
        return None
    place, word = found
    parts.taken_places.add(word.i)
    if place.id not in parts.actors:
        parts.actors[place.id] = place
        parts.aimed_at_only.add(place.id)
    return place.id


def _place_aimed_at(token: Token, noun: Token | None, parts: Participants,
                    source: str | None) -> str | None:
    found = place_target(token, noun, parts.places, source)
    if found is None:
        return None
    place, word = found
    parts.taken_places.add(word.i)
    if place.id not in parts.actors:
        parts.actors[place.id] = place
        parts.aimed_at_only.add(place.id)  # kept only if an event takes it
    return place.id


def _country_where(token: Token, parts: Participants, source: str | None) -> str | None:
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
        parts.taken_places.update(g.i for g in prep.children if g.dep_ == "pobj")
        return state.id
    return None


def _own_office(source: str | None, actors: dict[str, Actor]) -> str | None:
    """'Kyrgyz President Jeenbekov resigned': with no office named ('as', 'from'), a person
    resigns from the body the actors layer ties them to, as PLV and CAMEO NER code the
    office left."""
    person = actors.get(source) if source is not None else None
    if person is None or person.kind != "person" or person.affiliation in {None, source}:
        return None
    return person.affiliation if person.affiliation in actors else None


def _speakers_own_side(token: Token, speaker: Actor | None,
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


def _clause_subject(verb: Token, token_actor: dict[int, str], source: str | None) -> str | None:
    """The subject of the verb's (or demand noun's: 'its demand that the US ease…') clause."""
    deps = {"ccomp"} if verb.pos_ == "VERB" else {"ccomp", "acl"}
    for clause in (c for c in verb.children if c.dep_ in deps):
        subject = next((c for c in clause.children if c.dep_ in {"nsubj", "nsubjpass"}), None)
        actor = actor_in(subject, token_actor) if subject is not None else None
        if actor is not None and actor != source:
            return actor
    return None


def condition_party(token: Token, noun: Token | None, token_actor: dict[int, str],
                    source: str | None) -> str | None:
    """'will not end the strike until the government provides resources', 'threatened to
    resume attacks unless the government releases the prisoners', 'until their demands are
    met by the authorities': the doer of the condition's clause, on the trigger, the verb its
    noun hangs from, or the act it threatens or refuses."""
    verbs = [token] + ([noun] if noun is not None else [])
    if token.pos_ == "NOUN" and governing_verb(token) is not None:
        verbs.append(governing_verb(token))
    verbs += [c for v in verbs for c in v.children if c.dep_ in {"xcomp", "ccomp"}]
    marks = argument_cue_words("condition_mark")
    for clause in (c for v in verbs for c in v.children if c.dep_ == "advcl"):
        if not any(m.dep_ == "mark" and m.lower_ in marks for m in clause.children):
            continue
        for child in clause.children:
            doer = None
            if child.dep_ == "nsubj":
                doer = actor_in(child, token_actor)
            elif child.dep_ == "agent":
                doer = next((actor_in(g, token_actor) for g in child.children
                             if g.dep_ == "pobj"), None)
            if doer is not None and doer != source:
                return doer
    return None


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


def _moved_forces(verb: Token, token_actor: dict[int, str], source, target):
    """'Troops were deployed to the border', 'US troops stationed in Iraq': with no agent, the
    forces moved are the source of a passive MOBILIZE (as PLOVER codes it), not its target."""
    preps = {"to", "in", "into", "against", "along", "near", "on", "for"}
    other = next((o for o in (_object_of_prep(c, token_actor) for c in verb.children
                              if c.dep_ == "prep" and c.lower_ in preps) if o is not None), None)
    passive = next((c for c in verb.children if c.dep_ == "nsubjpass"), None)
    if passive is None and verb.dep_ == "acl" and verb.tag_ == "VBN":
        passive = verb.head  # the participle's noun undergoes it (`_antecedent_roles`)
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
