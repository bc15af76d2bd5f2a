"""Who did it and to whom: an event trigger's source and target actors on the dependency parse.

The subject is the source (the agent of a passive), the object or the object of 'with/against/
on/to' the target — an actor from the actors layer, never a bare place name, because place
names in location roles carry no actor. Unnamed participants named by an actor noun ('rebel
groups', 'police') become actors of their own, and pronouns in argument positions ('Farc said
it will release…') stand for the actor they refer to.

Patterns, each measured on PLV train (see the README's Events section):
- control and raising: 'HTS agreed to lift…', 'Russia is willing to withdraw…' take the subject
  of the governing verb; the controlled verb's object is the target when the trigger has none
  ('agreed to lend $1 billion to Indonesia');
- 'a report accusing X', 'a resolution criticising X': the participle's source is whoever
  made the report;
- transfer verbs ('sent troops to X', 'provided aid to X'): the recipient, not the thing sent;
- reciprocal events ('Jordan and Britain agreed…', 'talks between X and Y'): the second party is
  the target;
- nominal triggers: 'Russia's attack on Ukraine', 'the Taliban attack', 'criticism from the UN',
  'a mediation effort between X and Y'; with no source of their own, the subject of the verb
  they hang from ('Germany announced an increase in funding'), or that verb's object after
  'accused X of…'; after 'receive', 'face', 'draw' the subject is the target.
"""

from __future__ import annotations

from spacy.tokens import Doc, Token

from sitrep.extract.lexicon import load_lexicon
from sitrep.extract.names import slug
from sitrep.extract.speakers import _genders, speaker_nouns
from sitrep.records import Actor, Mention

TARGET_PREPS = {"with", "against", "on", "to", "toward", "towards", "at", "upon", "into"}
# 'called for sanctions against X', 'support for X': taken when no other target is found
LAST_TARGET_PREPS = {"for"}
SOURCE_PREPS = {"by", "from"}  # of a nominal trigger: 'an attack by X', 'criticism from X'
ARGUMENT_DEPS = {"nsubj", "nsubjpass", "dobj", "pobj", "dative", "conj", "appos"}
# verbs whose object is the thing handed over and whose 'to' names who gets it
TRANSFER_VERBS = {"send", "provide", "give", "deliver", "supply", "lend", "offer", "grant",
                  "donate", "return", "hand", "extend", "deploy", "dispatch", "transfer", "sell",
                  "ship", "pledge", "contribute", "release", "airlift", "channel", "allocate"}
# verbs whose subject undergoes the nominal trigger they take: 'X drew condemnation from Y'
UNDERGO_VERBS = {"receive", "face", "draw", "suffer", "endure", "attract", "undergo"}
# nominal triggers whose possessor undergoes the act: 'their arrest', 'Assad's extradition'
PATIENT_NOUNS = {"arrest", "detention", "release", "capture", "killing", "execution", "trial",
                 "conviction", "deportation", "expulsion", "extradition", "abduction",
                 "kidnapping", "murder", "assassination", "imprisonment", "torture"}
# events with two parties on an equal footing: 'X and Y met', 'talks between X and Y'
RECIPROCAL_TYPES = {"AGREE", "CONSULT", "COOPERATE"}
# prepositions that only place a nominal trigger in time or circumstance: 'after the attacks,
# the government said…' does not make the government the attacker
_CIRCUMSTANCE_PREPS = {"after", "before", "during", "following", "since", "until", "despite",
                       "amid", "amidst", "over", "because", "like", "unlike", "as", "than"}


def generic_participants(doc: Doc, doc_id: str, token_actor: dict[int, str],
                         actors: dict[str, Actor]) -> list[Mention]:
    """'rebel groups', 'the protesters', 'police': unnamed participants named by an actor
    noun become actors of their own (kind from the noun), so events keep who did what to
    whom. Only those an event uses are kept in the output."""
    lexicon = load_lexicon()
    added: list[Mention] = []
    for token in doc:
        if token.i in token_actor or token.dep_ not in ARGUMENT_DEPS or not (
                token.pos_ == "NOUN" or token.pos_ == "PROPN" and not token.ent_type_):
            continue  # "Police said…", "The NGO has denounced…": capitalised, still a noun
        noun = lexicon.noun(token.lemma_)
        if noun is None or noun.kind == "state":
            continue
        named = _named_organisation(token, token_actor, actors)
        if named is not None:  # 'Hezbollah guerrillas', 'HTS fighters': that organisation's
            token_actor[token.i] = named
            continue
        if token.tag_ != "NNS" and (speaker_nouns().get(token.lemma_.lower()) == "person"
                                    or noun.kind in {"person", "other"}):
            continue  # "the soldier offered it to him": one person, not a party to events
        words = [t for t in token.lefts if t.dep_ in {"amod", "compound", "det"}
                 and t.i not in token_actor and t.i == token.i - (token.i - t.i)] + [token]
        start = min(t.i for t in words)
        if doc[start].dep_ == "det":
            start += 1
        span = doc[start:token.i + 1]
        actor_id = f"group:{slug(span.text)}"
        if actor_id not in actors:
            actors[actor_id] = Actor(doc_id=doc_id, id=actor_id, name=span.text,
                                     kind=noun.kind if noun.kind != "person" else "other",
                                     span=(span.start_char, span.end_char))
        for t in span:
            token_actor[t.i] = actor_id
        added.append(Mention(doc_id=doc_id, span=(span.start_char, span.end_char),
                             text=span.text, label="NOUN", actor=actor_id, role="actor"))
    return added


# 'withdraw its troops from Lebanon', 'pulled out of Iraq': the country left is the target
LEAVE_VERBS = {"withdraw", "pull", "evacuate", "retreat", "expel", "remove", "leave"}
# the same for a noun: 'its withdrawal of troops from Iraq' (not 'criticism from X', a source)
LEAVE_NOUNS = {"withdrawal", "pullout", "pull-out", "evacuation", "departure", "exit", "retreat"}


def countries_aimed_at(doc: Doc, doc_id: str, mentions: list[Mention], token_actor: dict[int, str],
                       actors: dict[str, Actor]) -> tuple[set[str], set[int]]:
    """A country named as a place that an act is aimed at stands for the state: the recipient
    of a transfer ('sent aid to Syria', 'deployed troops to Liberia') or the country a force
    leaves ('withdraw its troops from Lebanon'). The actors layer files these as locations
    (they are where things go), and so they stay in the mentions; for the event they are its
    target. Cities stay places. Returns the ids of the state actors added to `actors` and the
    tokens of the names so made actors."""
    added: set[str] = set()
    tokens: set[int] = set()
    for mention, known, span in _country_places(doc, mentions, token_actor):
        if not _aimed_at(span.root):
            continue
        if known.id not in actors:
            actors[known.id] = Actor(doc_id=doc_id, id=known.id, name=known.name, kind="state",
                                     country=known.country, span=mention.span, known=True)
            added.add(known.id)
        token_actor.update((t.i, known.id) for t in span)
        tokens.update(t.i for t in span)
    return added, tokens


_IN_PREPS = {"in", "into", "inside", "throughout", "across"}


def countries_in(doc: Doc, mentions: list[Mention], token_actor: dict[int, str]) -> dict[int, Actor]:
    """A country named as where an act happens ('demonstrated in Serbia', 'arrived in Bosnia'):
    PLOVER coders (and the PLV and GSR gold) take it as the target of an act that has no other,
    the state standing for its territory. Keyed by the token of its preposition; the state is
    an actor only if an event takes it (no source, never a city)."""
    out: dict[int, Actor] = {}
    for mention, known, span in _country_places(doc, mentions, token_actor):
        if span.root.dep_ != "pobj" or span.root.head.lower_ not in _IN_PREPS:
            continue
        out[span.root.head.i] = Actor(doc_id=mention.doc_id, id=known.id, name=known.name,
                                      kind="state", country=known.country, span=mention.span,
                                      known=True)
    return out


def _country_places(doc: Doc, mentions: list[Mention], token_actor: dict[int, str]):
    """(mention, known state, span) for every country the actors layer filed as a place and
    no actor covers."""
    lexicon = load_lexicon()
    for mention in mentions:
        if mention.role != "location" or mention.actor is not None:
            continue
        known = lexicon.lookup(mention.text)
        if known is None or known.kind != "state":
            continue
        span = doc.char_span(*mention.span, alignment_mode="expand")
        if span is not None and not any(t.i in token_actor for t in span):
            yield mention, known, span


def _aimed_at(token: Token) -> bool:
    if token.dep_ != "pobj":
        return False
    prep, verb = token.head, token.head.head
    if prep.lower_ == "of" and verb.lower_ == "out":  # 'pulled out of Iraq'
        verb = verb.head
    lemma = verb.lemma_.lower()
    return (prep.lower_ == "to" and lemma in TRANSFER_VERBS) or (
        prep.lower_ in {"from", "of"} and lemma in LEAVE_VERBS) or (
        prep.lower_ == "from" and lemma in LEAVE_NOUNS)


_ORGANISATION_KINDS = {"armed_group", "military", "government", "igo", "ngo", "other"}


def _named_organisation(noun: Token, token_actor: dict[int, str],
                        actors: dict[str, Actor]) -> str | None:
    """The named organisation a compound before an actor noun gives ('Hezbollah guerrillas',
    'Taliban fighters'); not a state's name or demonym ('Kurdish fighters' are a group of
    their own, 'Syrian troops' the actors layer already files as the military)."""
    for word in noun.lefts:
        actor = actors.get(token_actor.get(word.i, ""))
        if word.dep_ == "compound" and actor is not None and actor.kind in _ORGANISATION_KINDS \
                and word.ent_type_ != "NORP" and not actor.id.startswith("group:"):
            return actor.id
    return None


def actor_in(head: Token, token_actor: dict[int, str]) -> str | None:
    """The actor a phrase names: its head's actor, else the nearest actor below it — not a
    possessive pronoun below it ('its ban on TikTok' names TikTok, not the banner)."""
    frontier = [head]
    while frontier:
        for token in frontier:
            if token.i in token_actor:
                return token_actor[token.i]
        frontier = [c for t in frontier for c in t.children if c.dep_ not in {"relcl", "acl"}
                    and not (c.dep_ == "poss" and c.pos_ == "PRON")]
    return None


def arguments(token: Token, token_actor: dict[int, str],
              reciprocal: bool = False) -> tuple[str | None, str | None]:
    """(source, target) actor ids of a trigger; `reciprocal`: an event between equals, whose
    second party ('X and Y met') is the target."""
    if token.pos_ == "NOUN":
        source, target = _noun_arguments(token, token_actor, reciprocal)
    else:
        source, target = _verb_arguments(token, token_actor)
        if target is None:
            target = _controlled_target(token, token_actor)
    if reciprocal and target is None and source is not None:
        target = _partner(subject_token(token), source, token_actor)
    if reciprocal and target is None and token.dep_ in {"xcomp", "advcl"}:
        # "called Lavrov to discuss…", "met the Emir to sign…": who was called or met
        target = next((actor_in(c, token_actor) for c in token.head.children
                       if c.dep_ == "dobj"), None)
    return source, (target if target != source else None)


def _verb_arguments(verb: Token, token_actor: dict[int, str]) -> tuple[str | None, str | None]:
    source = target = recipient = None
    for child in verb.children:
        if child.dep_ == "nsubj":
            source = actor_in(child, token_actor)
        elif child.dep_ == "nsubjpass":
            target = actor_in(child, token_actor)
        elif child.dep_ == "agent":
            source = next((actor_in(g, token_actor) for g in child.children if g.dep_ == "pobj"), source)
        elif child.dep_ in {"dobj", "dative", "iobj"} and target is None:
            target = actor_in(child, token_actor)
        elif child.dep_ == "prep" and child.lower_ in TARGET_PREPS and target is None:
            target = _object_of(child, token_actor)
        if child.dep_ == "dative" or (child.dep_ == "prep" and child.lower_ == "to"):
            recipient = recipient or (_object_of(child, token_actor) if child.dep_ == "prep"
                                      or child.tag_ == "IN" else actor_in(child, token_actor))
    if target is None:
        target = _last_resort_target(verb, token_actor) \
            or _object_participle_target(verb, token_actor) or _causee(verb, token_actor)
    if recipient is not None and verb.lemma_.lower() in TRANSFER_VERBS:
        target = recipient  # "sent troops to Liberia": Liberia receives them
    if source is None:
        source = inherited_subject(verb, token_actor)
    return source, target


# a measure's own preposition names who it is aimed at: 'its blockade of Yemen', 'the ban on
# the LTTE', 'sanctions against Iran'
_OBJECT_AIM_PREPS = {"of", "on", "against"}


def named_in_object(word: Token) -> bool:
    """'lifted its blockade of Yemen', 'eased the ban on Iran': a state the actors layer files
    as a descriptor of the verb's object names who the measure (and the act on it) is aimed
    at."""
    prep = word.head
    return word.dep_ == "pobj" and prep.lower_ in _OBJECT_AIM_PREPS \
        and prep.head.pos_ == "NOUN" and prep.head.dep_ == "dobj"


def _object_participle_target(verb: Token, token_actor: dict[int, str]) -> str | None:
    """'lifted sanctions imposed on Eritrea', 'eased the restrictions placed on Gaza': the
    object's participle names who the measure acted on is aimed at."""
    for obj in (c for c in verb.children if c.dep_ == "dobj"):
        for participle in (c for c in obj.children if c.dep_ == "acl" and c.tag_ == "VBN"):
            found = next((_object_of(p, token_actor) for p in participle.children
                          if p.dep_ == "prep" and p.lower_ in {"on", "against", "upon"}), None)
            if found is not None:
                return found
    return None


# verbs whose object the parse may hang as the subject of a bare infinitive: 'help Haiti cope'
_CAUSATIVE_VERBS = {"help", "assist", "enable", "allow", "let", "make", "force"}
_HELPING_VERBS = {"help", "assist", "support", "enable"}


def _causee(verb: Token, token_actor: dict[int, str]) -> str | None:
    """'help North Korea cope', 'forced the rebels (to) retreat': the one made or helped to do
    something, which the parse makes the subject of the infinitive."""
    if verb.lemma_.lower() not in _CAUSATIVE_VERBS:
        return None
    return next((actor_in(g, token_actor) for c in verb.children
                 if c.dep_ in {"ccomp", "xcomp"} and c.tag_ == "VB"
                 for g in c.children if g.dep_ == "nsubj"), None)


def helped(head: Token, token_actor: dict[int, str]) -> str | None:
    """'sent aid to help North Korea cope with the floods', 'earmarked funds to help Haiti':
    the purpose clause names who the aid is for."""
    for clause in (c for c in head.children if c.dep_ in {"advcl", "xcomp", "acl"}
                   and c.lemma_.lower() in _HELPING_VERBS):
        found = next((actor_in(c, token_actor) for c in clause.children if c.dep_ == "dobj"),
                     None) or _causee(clause, token_actor)
        if found is not None:
            return found
    return None


def _last_resort_target(head: Token, token_actor: dict[int, str]) -> str | None:
    return next((_object_of(c, token_actor) for c in head.children
                 if c.dep_ == "prep" and c.lower_ in LAST_TARGET_PREPS), None)


def _object_of(prep: Token, token_actor: dict[int, str]) -> str | None:
    return next((actor_in(g, token_actor) for g in prep.children if g.dep_ == "pobj"), None)


def _controlled_target(verb: Token, token_actor: dict[int, str], depth: int = 2) -> str | None:
    """'Australia agreed to lend $1 billion to Indonesia', 'pledged to work with China': a
    control verb's target is the target of the verb it controls."""
    for child in verb.children:
        if child.dep_ == "xcomp" and child.pos_ in {"VERB", "AUX"}:
            _, target = _verb_arguments(child, token_actor)
            if target is None and depth > 1:
                target = _controlled_target(child, token_actor, depth - 1)
            if target is not None:
                return target
    return None


def _infinitive_target(noun: Token, token_actor: dict[int, str]) -> str | None:
    """'Cuba's refusal to engage with the Colombian government', 'its offer to help Haiti': a
    nominal trigger's infinitive names whom it is aimed at."""
    for clause in (c for c in noun.children if c.dep_ == "acl" and c.tag_ == "VB"
                   and any(a.dep_ == "aux" and a.lower_ == "to" for a in c.children)):
        _, target = _verb_arguments(clause, token_actor)
        if target is not None:
            return target
    return None


def _partner(subject: Token | None, source: str, token_actor: dict[int, str]) -> str | None:
    """'Jordan and Britain agreed…': the first actor conjoined in the subject that is not the
    source."""
    if subject is None:
        return None
    for token in subject.subtree:
        if token.dep_ == "conj":
            actor = actor_in(token, token_actor)
            if actor is not None and actor != source:
                return actor
    return None


# verbs whose object does what their infinitive says: 'urged Israel to withdraw', 'asked
# Syria to allow…', 'forced the rebels to retreat' (not 'called X to discuss', a purpose)
OBJECT_CONTROL_VERBS = {"urge", "ask", "persuade", "force", "order", "tell", "invite", "allow",
                        "permit", "encourage", "pressure", "press", "require", "instruct",
                        "compel", "oblige", "advise", "authorize", "authorise", "convince",
                        "push", "enable", "help", "let"}


def inherited_subject(verb: Token, token_actor: dict[int, str]) -> str | None:
    """'HTS agreed to lift…', 'jets were heading north to drop bombs', 'Russia is willing to
    withdraw…', 'Amnesty put out a report accusing X': the subject of the verb this one
    depends on."""
    node = verb
    for _ in range(3):
        if node.dep_ == "acl" and node.tag_ == "VBG" and node.head.dep_ in {"dobj", "attr"}:
            node = node.head  # "a report accusing X": whoever made the report
        elif node.dep_ not in {"xcomp", "advcl", "conj", "pcomp", "acomp"} or node.head.i == node.i:
            return None
        if node.dep_ == "pcomp" and node.head.head.pos_ == "VERB":
            accused = _accused(node, node.head.head, token_actor)
            if accused is not None:
                return accused
        controlled = node.dep_ == "xcomp"
        node = node.head
        if controlled and node.lemma_.lower() in OBJECT_CONTROL_VERBS:
            told = next((actor_in(c, token_actor) for c in node.children if c.dep_ == "dobj"), None)
            if told is not None:  # "urged Israel to withdraw": Israel would withdraw
                return told
        for child in node.children:
            if child.dep_ == "nsubj":
                return actor_in(child, token_actor)
            if child.dep_ == "csubj":  # "jets taking off … were heading north to drop bombs"
                subject = next((g for g in child.children if g.dep_ == "nsubj"), None)
                if subject is not None:
                    return actor_in(subject, token_actor)
    return None


def _noun_arguments(noun: Token, token_actor: dict[int, str],
                    reciprocal: bool) -> tuple[str | None, str | None]:
    """'Russian airstrikes on rebel towns', 'talks with HTS', 'Moscow's offer', 'criticism
    from the UN', 'a mediation effort between X and Y'."""
    if noun.dep_ == "compound" and noun.head.pos_ == "NOUN":
        noun = noun.head  # "a mediation effort", "the peacekeeping force": the phrase's head
    source, target = _noun_own_arguments(noun, token_actor, reciprocal)
    return (_claimant(noun, token_actor) or source), target


def _claimant(noun: Token, token_actor: dict[int, str]) -> str | None:
    """'Houthi rebels claimed responsibility for the drone attack', 'IS took credit for the
    bombing': who claims an act did it (not the drone, nor a name before the noun)."""
    prep = noun.head
    if noun.dep_ != "pobj" or prep.lower_ != "for" or prep.head.lemma_.lower() not in {
            "responsibility", "credit"}:
        return None
    verb = prep.head.head
    if verb.pos_ != "VERB" or verb.lemma_.lower() not in {"claim", "take", "accept", "assume"}:
        return None
    return next((actor_in(c, token_actor) for c in verb.children if c.dep_ == "nsubj"), None) \
        or inherited_subject(verb, token_actor)


def _noun_own_arguments(noun: Token, token_actor: dict[int, str],
                        reciprocal: bool) -> tuple[str | None, str | None]:
    source = target = None
    for child in noun.children:
        if child.dep_ == "poss" and noun.lemma_.lower() in PATIENT_NOUNS:
            target = target or actor_in(child, token_actor)
        elif child.dep_ in {"poss", "amod", "compound", "nmod"} and source is None:
            source = actor_in(child, token_actor)
        elif child.dep_ == "prep" and child.lower_ == "from" \
                and noun.lemma_.lower() in LEAVE_NOUNS:
            target = target or _object_of(child, token_actor)
        elif child.dep_ == "prep" and child.lower_ in SOURCE_PREPS:
            source = source or _object_of(child, token_actor)
        elif child.dep_ == "prep" and child.lower_ == "between":
            first = next((g for g in child.children if g.dep_ == "pobj"), None)
            actor = actor_in(first, token_actor) if first is not None else None
            if reciprocal and source is None and actor is not None:
                source, target = actor, _partner(first, actor, token_actor)
            else:
                target = target or actor
        elif child.dep_ == "prep" and child.lower_ in TARGET_PREPS:
            target = target or _object_of(child, token_actor)
    if target is None:
        target = _last_resort_target(noun, token_actor) or _infinitive_target(noun, token_actor)
    verb = _governing_verb(noun)
    if target is None and verb is not None:
        target = _recipient(verb, token_actor)  # 'gave the Ivory Coast $5 million of aid'
    if source is None:
        if verb is not None and verb.lemma_.lower() in UNDERGO_VERBS:
            target = target or next((actor_in(c, token_actor) for c in verb.children
                                     if c.dep_ == "nsubj"), None)
            source = next((_object_of(c, token_actor) for c in verb.children
                           if c.dep_ == "prep" and c.lower_ in SOURCE_PREPS), None)
        elif verb is not None:
            source = _accused(noun, verb, token_actor) or next(
                (actor_in(c, token_actor) for c in verb.children if c.dep_ == "nsubj"),
                None) or inherited_subject(verb, token_actor)
    return source, (target if target != source else None)


def _recipient(verb: Token, token_actor: dict[int, str]) -> str | None:
    """Who a transfer verb gives to: its indirect object or the object of its 'to'."""
    if verb.lemma_.lower() not in TRANSFER_VERBS:
        return None
    for child in verb.children:
        if child.dep_ in {"dative", "iobj"} and child.tag_ != "IN":
            return actor_in(child, token_actor)
        if child.dep_ in {"dative", "prep"} and child.lower_ == "to":
            return _object_of(child, token_actor)
    return None


def _accused(word: Token, verb: Token, token_actor: dict[int, str]) -> str | None:
    """'accused X of torture', 'convicted X of attacking Y': what follows 'of' is done by the
    verb's object, not its subject."""
    prep = word.head
    if prep.lower_ != "of":
        return None
    if prep.head.dep_ == "dobj" and prep.head.head.i == verb.i:  # the parse may hang 'of' there
        return token_actor.get(prep.head.i)
    if prep.head.i != verb.i:
        return None
    return next((actor_in(c, token_actor) for c in verb.children if c.dep_ == "dobj"), None)


def _governing_verb(noun: Token) -> Token | None:
    """The verb a nominal trigger hangs from: 'launched [an attack]', 'called for [sanctions]',
    'declared a state of [siege]', 'in [a meeting] with X, Reagan agreed'; not through a
    preposition of time or circumstance ('after the attacks, the government said')."""
    node = noun
    for _ in range(4):
        if node.dep_ == "pobj":
            if node.head.lower_ in _CIRCUMSTANCE_PREPS:
                return None
        elif node.dep_ not in {"dobj", "prep", "conj", "attr", "appos", "compound"}:
            return None
        node = node.head
        if node.pos_ in {"VERB", "AUX"}:
            return node
    return None


def subject_token(verb: Token) -> Token | None:
    node = verb
    for _ in range(3):
        subject = next((c for c in node.children if c.dep_ == "nsubj"), None)
        if subject is not None:
            return subject
        if node.dep_ not in {"xcomp", "conj", "advcl", "acomp"} or node.head.i == node.i:
            return None
        node = node.head
    return None


_PERSON_PRONOUNS = {"he", "him", "his", "she", "her"}
_BODY_PRONOUNS = {"it", "its", "they", "them", "their"}  # a state, an organisation, a group
_GROUP_PRONOUNS = {"they", "them", "their"}  # also people in the plural
_GENDER = {"he": "m", "him": "m", "his": "m", "she": "f", "her": "f"}


def known_genders(doc: Doc, actors: dict[str, Actor], mentions: list[Mention]) -> dict[str, str]:
    """Actor id → 'm'/'f' where the text says: the speakers layer's honorifics and roles, and
    the pronouns it already resolved ('she said' makes her a she)."""
    found = dict(_genders(doc, actors, mentions))
    for mention in mentions:
        gender = _GENDER.get(mention.text.lower()) if mention.label == "PRON" else None
        if gender and mention.actor:
            found.setdefault(mention.actor, gender)
    return found
_PRONOUN_DEPS = {"nsubj", "nsubjpass", "dobj", "pobj", "dative", "poss"}


def resolve_pronouns(doc: Doc, doc_id: str, token_actor: dict[int, str],
                     actors: dict[str, Actor], mentions: list[Mention]) -> list[Mention]:
    """'The Israeli military says it has opened an investigation', 'Farc said they will
    release…': a pronoun in an argument position stands for an actor — the subject of the
    verb whose clause it is in ('X said it…'), else the nearest actor before it in the
    sentence, else in the sentence before; 'he/she' only a person of that gender (where the
    text gives it) and only by the clause rule, 'it/they' a body ('they' also people)."""
    added = []
    genders = known_genders(doc, actors, mentions)
    for token in doc:
        lower = token.lower_
        if token.pos_ != "PRON" or token.i in token_actor or token.dep_ not in _PRONOUN_DEPS:
            continue
        if lower not in _PERSON_PRONOUNS | _BODY_PRONOUNS:
            continue
        own = _own_subject(token, token_actor)  # "Trump accused him": him is not Trump
        def fits(word: Token, own=own, lower=lower) -> bool:
            actor_id = token_actor[word.i]
            kind = actors[actor_id].kind
            if actor_id == own:
                return False
            if lower in _PERSON_PRONOUNS:
                return (kind == "person" and word.tag_ not in {"NNS", "NNPS"}
                        and genders.get(actor_id, _GENDER[lower]) == _GENDER[lower])
            if lower in _GROUP_PRONOUNS and word.tag_ in {"NNS", "NNPS"}:
                return True  # "the rebels said they…"
            return kind != "person"

        actor_id = _clause_subject(token, token_actor, fits)
        if actor_id is None and lower in _BODY_PRONOUNS:
            # "he" only by the clause rule: news copy names many people, and the nearest one
            # before a "he" is as often the wrong one
            actor_id = _nearest_before(token, token_actor, fits)
        if actor_id is None:
            continue
        token_actor[token.i] = actor_id
        added.append(Mention(doc_id=doc_id, span=(token.idx, token.idx + len(token.text)),
                             text=token.text, label="PRON", actor=actor_id, role="actor"))
    return added


def _own_subject(pronoun: Token, token_actor: dict[int, str]) -> str | None:
    if pronoun.dep_ not in {"dobj", "pobj", "dative"}:
        return None
    verb = pronoun.head.head if pronoun.dep_ == "pobj" else pronoun.head
    subject = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    return token_actor.get(subject.i) if subject is not None else None


def _clause_subject(pronoun: Token, token_actor: dict[int, str], fits) -> str | None:
    """'X says it has…', 'X announced they will…', 'X said its forces…': the actor subject of
    the verb that governs the pronoun's clause."""
    node = pronoun.head
    while node.dep_ in {"prep", "pobj", "dobj", "poss"} and node.head.i != node.i:
        node = node.head  # "its forces", "in their attack": up to the clause's verb
    for _ in range(3):
        if node.dep_ not in {"ccomp", "conj", "advcl", "xcomp"} or node.head.i == node.i:
            return None
        node = node.head
        subject = next((c for c in node.children if c.dep_ == "nsubj"), None)
        if subject is not None and subject.i in token_actor and fits(subject):
            return token_actor[subject.i]
        if subject is not None:
            return None
    return None


def _nearest_before(pronoun: Token, token_actor: dict[int, str], fits) -> str | None:
    sent = pronoun.sent
    start = sent.start
    if pronoun.i - start < 3 and start > 0:  # "It said…" opening a sentence: the one before
        start = pronoun.doc[start - 1].sent.start
    for i in range(pronoun.i - 1, start - 1, -1):
        if i in token_actor and fits(pronoun.doc[i]):
            return token_actor[i]
    return None


_NOT_EVENT_VERBS = {"be", "have", "do", "become", "seem", "include", "remain", "get"}


def fallback_triggers(doc: Doc, token_actor: dict[int, str], covered: set[int]) -> list[Token]:
    """Per sentence not in `covered` (sentence starts): the verb highest in the parse whose
    subject and object (or object of 'with/against/on/to…') are two different actors — a
    'who did what to whom' the lexicon has no word for ('X faulted Y', 'X searched Y')."""
    found = []
    for sent in doc.sents:
        if sent.start in covered:
            continue
        best = None
        for token in sent:
            if token.pos_ != "VERB" or token.lemma_.lower() in _NOT_EVENT_VERBS:
                continue
            source, target = arguments(token, token_actor)
            if source is None or target is None:
                continue
            depth = sum(1 for _ in token.ancestors)
            if best is None or depth < best[0]:
                best = (depth, token)
        if best is not None:
            found.append(best[1])
    return found
