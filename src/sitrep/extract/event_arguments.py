"""Who did it and to whom: an event trigger's source and target actors on the dependency parse.

The subject is the source (the agent of a passive), the object or the object of 'with/against/
on/to' the target — an actor from the actors layer, never a bare place name, because place
names in location roles carry no actor. The actors events add (unnamed groups, countries as
places) are in event_implicit_actors, resolved pronouns in event_pronouns, the rules of one
event type in event_type_arguments.

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

import re

from spacy.tokens import Token

from sitrep.extract.event_cues import argument_cue_words, event_words
from sitrep.extract.event_onlookers import observed, requested


TARGET_PREPS = {"with", "against", "on", "to", "toward", "towards", "at", "upon", "into"}
# 'called for sanctions against X', 'support for X': taken when no other target is found
LAST_TARGET_PREPS = {"for"}
SOURCE_PREPS = {"by", "from"}  # of a nominal trigger: 'an attack by X', 'criticism from X'
ARGUMENT_DEPS = {"nsubj", "nsubjpass", "dobj", "pobj", "dative", "conj", "appos"}
# verbs whose object is the thing handed over and whose 'to' names who gets it
TRANSFER_VERBS = event_words("transfer_verb")
# verbs whose subject undergoes the nominal trigger they take: 'X drew condemnation from Y'
UNDERGO_VERBS = event_words("undergo_verb")
# a relative clause of one of these names who did the act its noun names: 'the attack, which
# was claimed by the Houthis', 'the raid that was carried out by US commandos'
_AUTHORING_VERBS = event_words("authoring_verb")
# its subject disowns the act its object leads to ('Iran denies involvement in the attack'), or
# would keep it from happening or fears it ('vowed to prevent attacks', 'warned of attacks')
_DISOWNING_VERBS = event_words("disowning_verb") | event_words("averting_verb")
# its subject answers an act named by its 'to' or 'for' ('respond to the killing')
_ANSWERING_VERBS = event_words("answering_verb")
# an object that is information handed over, not whom the act is done to: 'shared
# intelligence with Saudi Arabia' (the actors layer may read 'intelligence' as the services)
_INFORMATION_NOUNS = event_words("information_noun")
_INSTRUMENT_WORDS = event_words("instrument_word")
# nominal triggers whose possessor undergoes the act: 'their arrest', 'Assad's extradition'
PATIENT_NOUNS = event_words("patient_noun")
# a state named by its name before one of these is the state sanctioned: 'Russia sanctions'
_SANCTION_NOUNS = event_words("sanction_noun")
# the subject of 'is the target/victim of' undergoes the act the 'of' names
_AIMED_AT_NOUNS = event_words("aimed_at_noun")
_RELATIVE_PRONOUNS = {"which", "that", "who", "whom"}
_COPULAS = {"be", "become", "remain", "get"}
# joined passives share a subject across these, an agent only across the first
_AND_BUT, _AND = frozenset({"and", "but"}), frozenset({"and"})
# events with two parties on an equal footing: 'X and Y met', 'talks between X and Y'
RECIPROCAL_TYPES = {"AGREE", "CONSULT", "COOPERATE"}
# prepositions that only place a nominal trigger in time or circumstance: 'after the attacks,
# the government said…' does not make the government the attacker
_CIRCUMSTANCE_PREPS = {"after", "before", "during", "following", "since", "until", "despite",
                       "amid", "amidst", "over", "because", "like", "unlike", "as", "than"}
# 'withdraw its troops from Lebanon', 'pulled out of Iraq': the country left is the target
LEAVE_VERBS = event_words("leave_verb")
# the same for a noun: 'its withdrawal of troops from Iraq' (not 'criticism from X', a source)
LEAVE_NOUNS = event_words("leave_noun")


def actor_in(head: Token, token_actor: dict[int, str]) -> str | None:
    """The actor a phrase names: its head's actor, else the nearest actor below it — not a
    possessive pronoun below it ('its ban on TikTok' names TikTok, not the banner). A
    person's agent named in apposition comes before the person ('Ms. Abedin's lawyer, Miguel
    Rodriguez' is Rodriguez); a state's stays the state ('Iran's foreign minister, Zarif')."""
    frontier = [head]
    while frontier:
        for token in frontier:
            if token.i in token_actor:
                return token_actor[token.i]
        below = [c for t in frontier for c in t.children if c.dep_ not in {"relcl", "acl"}
                 and not (c.dep_ == "poss" and c.pos_ == "PRON")]
        if any(c.dep_ == "poss" and _is_person(token_actor.get(c.i)) for c in below):
            below.sort(key=lambda c: c.dep_ != "appos")  # stable: else text order
        frontier = below
    return None


def _is_person(actor: str | None) -> bool:
    return actor is not None and actor.startswith(("P-", "person:"))


def arguments(token: Token, token_actor: dict[int, str],
              reciprocal: bool = False) -> tuple[str | None, str | None]:
    """(source, target) actor ids of a trigger; `reciprocal`: an event between equals, whose
    second party ('X and Y met') is the target."""
    if token.pos_ == "NOUN":
        source, target = _noun_arguments(token, token_actor, reciprocal)
    else:
        source, target = verb_arguments(token, token_actor)
        if target is None:
            target = _controlled_target(token, token_actor)
    if reciprocal and target is None and source is not None:
        target = joint_partner(token, source, token_actor)
    if reciprocal and target is None and token.dep_ in {"xcomp", "advcl"}:
        # "called Lavrov to discuss…", "met the Emir to sign…": who was called or met
        target = next((actor_in(c, token_actor) for c in token.head.children
                       if c.dep_ == "dobj"), None)
    return source, (target if target != source else None)


def verb_arguments(verb: Token, token_actor: dict[int, str]) -> tuple[str | None, str | None]:
    source = target = recipient = None
    for child in verb_dependents(verb):
        if child.dep_ == "nsubj":
            source = actor_in(child, token_actor)
        elif child.dep_ == "nsubjpass":
            target = actor_in(child, token_actor)
        elif child.dep_ == "agent":
            source = next((actor_in(g, token_actor) for g in child.children if g.dep_ == "pobj"), source)
        elif child.dep_ in {"dobj", "dative", "iobj"} and target is None:
            target = _shared_with(child, token_actor) if _information_read_as_actor(
                child, token_actor) else actor_in(child, token_actor)
        elif child.dep_ == "prep" and child.lower_ in TARGET_PREPS and target is None \
                and not _instrument(child):
            target = _object_of(child, token_actor)
            if target is None and any(c.dep_ == "nsubj" for c in verb.children):
                # an act someone does; 'e-mails sent to and from Ms. Clinton' is no act on her
                target = _shared_object(child, token_actor)
        if child.dep_ == "dative" or (child.dep_ == "prep" and child.lower_ == "to"):
            recipient = recipient or (_object_of(child, token_actor) if child.dep_ == "prep"
                                      or child.tag_ == "IN" else actor_in(child, token_actor))
    if target is None:
        target = _shared_passive_subject(verb, token_actor)
    if source is None:
        source = _shared_agent(verb, token_actor)
    if verb.dep_ in {"relcl", "acl"}:
        source, target = _antecedent_roles(verb, token_actor, source, target)
    if target is None:
        target = _last_resort_target(verb, token_actor) \
            or _object_participle_target(verb, token_actor) or _causee(verb, token_actor) \
            or _list_opponent(verb, token_actor)
    if verb.lemma_.lower() in TRANSFER_VERBS:
        recipient = recipient or _recipient_after_object_clause(verb, token_actor) \
            or _recipient_on_object(verb, token_actor)
        if recipient is not None:
            target = recipient  # "sent troops to Liberia": Liberia receives them
    if source is None:
        source = inherited_subject(verb, token_actor) or _subject_of_fragment(verb, token_actor) \
            or _maker_of_subject(verb, token_actor)
    return source, target


def _passive(verb: Token) -> bool:
    """A passive verb, or a participle clause of a noun ('rebels armed by Iran')."""
    return any(c.dep_ == "auxpass" for c in verb.children) \
        or verb.dep_ == "acl" and verb.tag_ == "VBN"


def _copular_participle(word: Token) -> bool:
    """'are armed', 'is well equipped': a participle the parse reads as an adjective after
    'be' (acomp), a passive state whose subject is the copula's."""
    return word.dep_ == "acomp" and word.head.lemma_.lower() in _COPULAS


def _joined_passive(verb: Token, conjunctions: frozenset[str] = _AND_BUT) -> bool:
    """A participle joined to a passive verb that shares its subject and auxiliary: 'are
    armed and *funded* by Iran', 'was convicted of spying but *released* in a swap' — no
    subject, object or auxiliary of its own ('whose attack was halted when he crashed … and
    was shot by an officer': a clause of its own, which the parse may hang on the wrong verb).
    'Or' joins acts that need not share a voice: 'have been fired or resigned' (they
    resigned)."""
    return verb.dep_ == "conj" and verb.tag_ == "VBN" \
        and (_passive(verb.head) or _copular_participle(verb.head)) \
        and not any(c.dep_ in {"nsubj", "nsubjpass", "dobj", "aux", "auxpass"}
                    for c in verb.children) \
        and all(t.lower_ in conjunctions for t in verb.doc[verb.head.i + 1:verb.i]
                if t.dep_ == "cc")


def _shared_passive_subject(verb: Token, token_actor: dict[int, str]) -> str | None:
    """'The Houthi militias are armed and funded by Iran', 'Hamas was condemned and sanctioned
    by the EU': joined passives share one subject, which the parse hangs on the first (or on
    its 'be'); the second underwent its act too — or the noun the first's relative or
    participle clause hangs from ('militias that are armed and funded by Iran')."""
    if not _joined_passive(verb):
        return None
    first = verb.head
    clause, role = (first.head, "nsubj") if _copular_participle(first) else (first, "nsubjpass")
    subject = next((c for c in verb_dependents(clause) if c.dep_ == role), None)
    if subject is not None and subject.lower_ not in _RELATIVE_PRONOUNS:
        return actor_in(subject, token_actor)
    if subject is None and any(c.dep_ == "auxpass" for c in clause.children):
        return None  # 'civilians are hurt and killed' hung on a noun: its subject lost
    return noun_party(clause, token_actor)


def _shared_agent(verb: Token, token_actor: dict[int, str]) -> str | None:
    """'are armed and funded by Iran', 'had been ordered and directed by Kim': participles
    joined with nothing between them share one 'by' agent, which the parse hangs on the last.
    Not when the first has words of its own ('a statement provided to and translated by
    CNN', 'delivered to congressional staff and obtained by ABC News': two acts, two doers),
    nor across 'but' ('was discussed but vetoed by Merkel': others discussed it)."""
    if not _passive(verb) or any(c.dep_ == "agent" for c in verb.children):
        return None
    return next((_object_of(a, token_actor) for c in verb.children
                 if _joined_passive(c, _AND) and _nothing_between(verb, c)
                 for a in c.children if a.dep_ == "agent"), None)


def _nothing_between(first: Token, second: Token) -> bool:
    """Only the conjunction, commas and adverbs between two joined words."""
    return all(t.dep_ in {"cc", "punct", "advmod", "preconj"}
               for t in first.doc[first.i + 1:second.i])


def noun_party(clause: Token, token_actor: dict[int, str]) -> str | None:
    """The actor a relative or participle clause hangs from: the noun itself ('a fire in
    Dhaka that killed…' names no party), not a fragment's root noun, whose clause may be its
    predicate (`_subject_of_fragment`)."""
    if clause.dep_ not in {"relcl", "acl"} or clause.head.dep_ == "ROOT":
        return None
    return token_actor.get(clause.head.i)


def _antecedent_roles(clause: Token, token_actor: dict[int, str], source: str | None,
                      target: str | None) -> tuple[str | None, str | None]:
    """The noun a relative or participle clause hangs from fills the role its gap leaves:
    'the Saudi-led coalition fighting Houthi rebels', 'Turkey, which has threatened Syria' do
    the act; 'troops backed by Russia', 'rebels who were armed by Iran', 'the rebels that the
    army attacked' undergo it."""
    head = noun_party(clause, token_actor)
    if head is None:
        return source, target
    gap = next((c.dep_ for c in clause.children if c.lower_ in _RELATIVE_PRONOUNS), None)
    if clause.dep_ == "acl" and not any(c.dep_ in {"nsubj", "nsubjpass"}
                                        for c in clause.children):
        gap = {"VBG": "nsubj", "VBN": "nsubjpass"}.get(clause.tag_)
    if gap == "nsubj" and source is None:
        return head, target
    if gap in {"nsubjpass", "dobj"} and target is None:
        return source, head
    return source, target


# what follows a verb when its object is spelled out after the next conjunct instead
_OWN_COMPLEMENTS = {"dobj", "dative", "iobj", "prep", "ccomp", "xcomp", "attr", "acomp", "oprd",
                    "auxpass", "nsubjpass"}


def raised_object(verb: Token, token_actor: dict[int, str]) -> str | None:
    """'Israel condemned and sanctioned the Palestinian Authority', 'police arrested and later
    released dozens of protesters': a verb followed by nothing but 'and' (an adverb) and the
    next verb shares that verb's object (the parse hangs it on the second verb only). For an
    entry that takes its target as the object: 'he retreated and called the police' does not
    aim the retreat at the police."""
    if any(c.dep_ in _OWN_COMPLEMENTS for c in verb.children):
        return None
    second = next((c for c in verb.children if c.dep_ == "conj" and c.pos_ == "VERB"), None)
    if second is None or not all(t.dep_ in {"cc", "punct"} or (t.dep_ == "advmod"
                                                            and t.head == second)
                                 for t in verb.doc[verb.i + 1:second.i]):
        return None  # an adverb of the first verb's own ends it: 'convene immediately and…'
    if any(c.dep_ in {"nsubj", "nsubjpass"} for c in second.children):
        return None  # a clause of its own: 'the rebels retreated and the army took the town'
    return next((actor_in(c, token_actor) for c in second.children if c.dep_ == "dobj"), None)


def _list_opponent(verb: Token, token_actor: dict[int, str]) -> str | None:
    """'Turkey launched airstrikes, fired artillery and began a ground offensive against
    Kurdish fighters', 'Russia imposed sanctions, expelled diplomats and massed troops against
    Ukraine': an 'against' phrase closing a list of acts by one subject names whom every act
    in it is aimed at (the parse hangs it on the last act only)."""
    last = verb
    while True:
        nxt = next((c for c in last.children if c.dep_ == "conj" and c.pos_ == "VERB"), None)
        if nxt is None:
            break
        if any(c.dep_ in {"nsubj", "nsubjpass"} for c in nxt.children):
            return None  # a clause of its own, with its own subject
        last = nxt
    if last is verb:
        return None
    phrases = [c for c in last.children if c.dep_ == "prep"]
    phrases += [p for c in last.children if c.dep_ == "dobj"
                for p in c.children if p.dep_ == "prep"]
    return next((_object_of(p, token_actor) for p in phrases if p.lower_ == "against"), None)


def _maker_of_subject(verb: Token, token_actor: dict[int, str]) -> str | None:
    """'The missiles fired by the Israeli military struck an arms depot', 'a bomb planted by
    militants killed five': a subject that names no actor, made by one its participle's 'by'
    names, strikes for that one."""
    return next((_object_of(a, token_actor) for c in verb.children if c.dep_ == "nsubj"
                 for p in c.children if p.dep_ == "acl" and p.tag_ == "VBN"
                 for a in p.children if a.dep_ == "agent"), None)


def verb_dependents(verb: Token):
    """The verb's dependents, and a subject the parse hung on its auxiliary after an adverb
    ('Britain and France however have opposed…': nsubj ← have)."""
    yield from verb.children
    for aux in (c for c in verb.children if c.dep_ in {"aux", "auxpass"}):
        yield from (c for c in aux.children if c.dep_ in {"nsubj", "nsubjpass"})


def _subject_of_fragment(verb: Token, token_actor: dict[int, str]) -> str | None:
    """'Mikhail Khodorkovsky, a former oil tycoon, called for sanctions': a finite past verb
    the parse hangs as a clause on the sentence's root noun (no verb governs that noun) is
    the noun's predicate; a participle is not ('Three soldiers killed in attack', a headline
    whose soldiers are killed) — unless it has a direct object, which no passive participle
    has ('The Iraqi air force carried out air strikes', tagged as a participle)."""
    head = verb.head
    active = verb.tag_ == "VBD" or (verb.tag_ == "VBN" and any(c.dep_ == "dobj"
                                                              for c in verb.children))
    if verb.dep_ != "acl" or not active or head.dep_ != "ROOT" \
            or head.pos_ not in {"NOUN", "PROPN"}:
        return None
    return actor_in(head, token_actor)


def _recipient_on_object(verb: Token, token_actor: dict[int, str]) -> str | None:
    """'has sent a team of paratroopers to Lebanon to help the country': the parse may hang
    the transfer's 'to' on the object (or on its 'of' noun) rather than on the verb; or on the
    last of several objects ('sent 100 armoured vehicles and a team of paratroopers to
    Lebanon', 'sent supplies and personnel such as doctors to Nepal')."""
    for obj in (c for c in verb.children if c.dep_ == "dobj"):
        # people handed over are what the act is done to: 'will release a Cuban physician
        # and nurse to U.S. diplomats' is aimed at Cuba's citizens, not at the diplomats
        named = obj.i in token_actor or any(c.dep_ in _NOUN_MODIFIERS and c.i in token_actor
                                            for c in obj.children)
        nouns = _object_nouns(obj, 0 if named else 3)
        found = next((_object_of(p, token_actor) for n in nouns for p in n.children
                      if p.dep_ == "prep" and p.lower_ == "to"
                      and _object_of(p, token_actor) is not None), None)
        if found is not None:
            return found
    return None


def _object_nouns(obj: Token, depth: int = 3) -> list[Token]:
    """The object, its conjuncts, and the nouns of their 'of' and 'such as' phrases."""
    nouns = [obj]
    if depth == 0:
        return nouns
    for child in obj.children:
        if child.dep_ == "conj" and child.pos_ in {"NOUN", "PROPN"}:
            nouns += _object_nouns(child, depth - 1)
        elif child.dep_ == "prep" and child.lower_ in {"of", "as"}:
            nouns += [g for g in child.children if g.dep_ == "pobj"]
    return nouns


def _recipient_after_object_clause(verb: Token, token_actor: dict[int, str]) -> str | None:
    """'returned a painting that was stolen in 1989 from a gallery to the Art Loss Register',
    'returned 12 skulls that date back to A.D. 640 to Peru': after a long object the parse
    hangs the transfer's 'to' on the object's relative clause; its last 'to' is the recipient's."""
    for obj in (c for c in verb.children if c.dep_ == "dobj"):
        for clause in (c for c in obj.children if c.dep_ in {"relcl", "acl"}
                       and _to_is_spare(c)):
            preps = [c for c in clause.children if c.dep_ == "prep" and c.lower_ == "to"]
            # the recipient names an actor itself: 'led to the capture of X' names an act
            found = next((token_actor.get(g.i) for p in preps[-1:] if p.i > clause.i
                          for g in p.children if g.dep_ == "pobj"), None)
            if found is not None:
                return found
    return None


def _to_is_spare(clause: Token) -> bool:
    """A clause with no room for its own 'to' hands it to the verb above: a passive ('that was
    stolen … to X') or one that already has a 'to' ('that date back to A.D. 640 to Peru'); an
    active verb's 'to' is its own ('a eulogy that compared Mandela to Gandhi')."""
    passive = any(c.dep_ in {"auxpass", "nsubjpass"} for c in clause.children) \
        or (clause.dep_ == "acl" and clause.tag_ == "VBN")
    return passive or sum(t.lower_ == "to" and t.dep_ == "prep" for t in clause.subtree) > 1


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
_CAUSATIVE_VERBS = event_words("causative_verb")
_HELPING_VERBS = event_words("helping_verb")


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


def _instrument(prep: Token) -> bool:
    """'attacked the cities with rockets and drones': a weapon after 'with' is what the act is
    done with, not whom it lands on (the actors layer may read 'drones' as a force)."""
    return prep.lower_ == "with" and any(
        g.dep_ == "pobj" and g.lemma_.lower() in _INSTRUMENT_WORDS for g in prep.children)


def _information_read_as_actor(noun: Token, token_actor: dict[int, str]) -> bool:
    """'shared intelligence with X': an information noun the actors layer took for an actor
    itself (the intelligence services); 'discussing the details of Iranian nuclear activity'
    still names Iran below it."""
    return noun.lemma_.lower() in _INFORMATION_NOUNS and noun.i in token_actor


def _shared_with(information: Token, token_actor: dict[int, str]) -> str | None:
    """'shared intelligence with Saudi Arabia': whom information goes to, where the parse
    hangs the 'with' or 'to' on the information noun."""
    return next((_object_of(c, token_actor) for c in information.children
                 if c.dep_ == "prep" and c.lower_ in {"with", "to"}), None)


def _object_of(prep: Token, token_actor: dict[int, str]) -> str | None:
    return next((actor_in(g, token_actor) for g in prep.children if g.dep_ == "pobj"), None)


def _shared_object(prep: Token, token_actor: dict[int, str]) -> str | None:
    """'lifted travel curbs to and from North Korea': conjoined prepositions share the last
    one's object."""
    return next((_object_of(c, token_actor) for c in prep.children
                 if c.dep_ == "conj" and c.pos_ == "ADP"), None)


def _controlled_target(verb: Token, token_actor: dict[int, str], depth: int = 2) -> str | None:
    """'Australia agreed to lend $1 billion to Indonesia', 'pledged to work with China': a
    control verb's target is the target of the verb it controls."""
    for child in verb.children:
        if child.dep_ == "xcomp" and child.pos_ in {"VERB", "AUX"}:
            _, target = verb_arguments(child, token_actor)
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
        _, target = verb_arguments(clause, token_actor)
        if target is not None:
            return target
    return None


_NOUN_MODIFIERS = {"compound", "nmod", "amod"}


def conjoined_modifier(token: Token) -> bool:
    """The second of two parties named as modifiers of one noun: 'US and *Iranian* officials'
    (the parse's conj of the first modifier), 'UK and *EU* negotiators' (the parse hangs both
    names on the noun and the 'and' on the first)."""
    if token.dep_ == "conj":
        return token.head.dep_ in _NOUN_MODIFIERS and token.head.head.pos_ == "NOUN"
    return token.dep_ in _NOUN_MODIFIERS and token.head.pos_ == "NOUN" and any(
        m.i < token.i and m.dep_ in _NOUN_MODIFIERS
        and any(c.dep_ == "cc" for c in m.children) for m in token.head.children)


def partner(subject: Token | None, source: str, token_actor: dict[int, str],
            modifiers: bool = True) -> str | None:
    """'Jordan and Britain agreed…': the first actor conjoined in the subject that is not the
    source; with `modifiers`, also one conjoined among the subject noun's modifiers ('US and
    Iranian officials met'), which names the partner only of an act between the two (not of
    'Russian and Egyptian officials dismissed the claim')."""
    if subject is None:
        return None
    for token in subject.subtree:
        if token.dep_ == "conj" and not conjoined_modifier(token) \
                or modifiers and conjoined_modifier(token):
            if any(c.lower_ == "other" for c in token.children):
                continue  # 'Pelosi and other members of Congress': one side, not two
            if token.pos_ in {"VERB", "AUX"} or _in_clause_below(token, subject):
                continue  # 'Trump, who wanted ties with Moscow and had opposed…, signed'
            actor = actor_in(token, token_actor)
            if actor is not None and actor != source:
                return actor
    return None


def _in_clause_below(token: Token, phrase: Token) -> bool:
    """A token in a clause the phrase's head governs (a relative or participle clause)."""
    node = token
    while node.i != phrase.i and node.head.i != node.i:
        if node.dep_ in {"relcl", "acl", "advcl", "ccomp"}:
            return True
        node = node.head
    return False


# verbs whose object does what their infinitive says: 'urged Israel to withdraw', 'asked
# Syria to allow…', 'forced the rebels to retreat' (not 'called X to discuss', a purpose)
OBJECT_CONTROL_VERBS = event_words("object_control_verb")


def inherited_subject(verb: Token, token_actor: dict[int, str]) -> str | None:
    """'HTS agreed to lift…', 'jets were heading north to drop bombs', 'Russia is willing to
    withdraw…', 'Amnesty put out a report accusing X': the subject of the verb this one
    depends on — not when it has a subject of its own, a pronoun the resolver could not tie
    to that subject ('police arrested him after he attacked the minister'), nor a subordinate
    passive with a subject of its own, who underwent it ('Israel struck Gaza after two
    soldiers were killed', 'since I've been kidnapped'): its doer is its 'by' phrase or no
    one named. A conjoined passive keeps the first clause's doer ('Hezbollah ambushed the
    convoy, and three soldiers were wounded') — unless that clause's subject underwent
    something too ('20 people died and 130 were wounded': the dead wounded no one)."""
    if any(c.dep_ == "nsubj" and c.tag_ == "PRP" and c.i not in token_actor
           or c.dep_ == "nsubjpass" and verb.dep_ != "conj" for c in verb.children):
        return None
    if verb.dep_ == "conj" and _undergoes(verb.head) \
            and any(c.dep_ in {"nsubjpass", "auxpass"} for c in verb.children):
        return None
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
        reported = _reported_clause(node)
        if reported is not None:  # 'X attacked Y, officials said, killing three': X kills
            return next((actor_in(c, token_actor) for c in reported.children
                         if c.dep_ == "nsubj"), None)
        controlled = node.dep_ == "xcomp"
        # 'continues its efforts by donating…', 'after meeting X, Y said': the gerund's doer is
        # the subject of the verb its preposition hangs from
        gerund = node.dep_ == "pcomp" and node.head.dep_ == "prep" and node.tag_ == "VBG"
        node = node.head.head if gerund else node.head
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
        fragment = _subject_of_fragment(node, token_actor)
        if fragment is not None:
            # 'The Iraqi air force carried out air strikes, killing dozens of IS fighters': the
            # parse makes the subject the root and 'carried' its clause; the participle's doer
            # is that root's actor, as for the clause's own trigger
            return fragment
    return None


def _reported_clause(participle: Token) -> Token | None:
    """'Taliban fighters overran a base, officials said, killing 17 soldiers': the parse
    hangs a participle of harm on the parenthetical 'said', but the harm is the reported act's
    (the clause before 'said'), not the reporter's; that clause, else None. Other participles
    there are the reporter's own ('the AP said, citing state TV')."""
    verb = participle.head
    if participle.dep_ != "advcl" or participle.tag_ != "VBG" or participle.i < verb.i \
            or participle.lemma_.lower() not in argument_cue_words("harm_participle"):
        return None
    return next((c for c in verb.children if c.dep_ == "ccomp" and c.i < verb.i), None)


def _noun_arguments(noun: Token, token_actor: dict[int, str],
                    reciprocal: bool) -> tuple[str | None, str | None]:
    """'Russian airstrikes on rebel towns', 'talks with HTS', 'Moscow's offer', 'criticism
    from the UN', 'a mediation effort between X and Y'."""
    sanctioned = _sanctioned_by_name(noun, token_actor) or _named_its_target(noun, token_actor)
    if noun.dep_ == "compound" and noun.head.pos_ == "NOUN":
        noun = noun.head  # "a mediation effort", "the peacekeeping force": the phrase's head
    source, target = _noun_own_arguments(noun, token_actor, reciprocal)
    source = _claimant(noun, token_actor) or source
    if sanctioned is not None:
        return (None if source == sanctioned else source), sanctioned
    return source, target


def _named_its_target(noun: Token, token_actor: dict[int, str]) -> str | None:
    """'The embassy was the target of the two blasts', 'Iraqi Kurds were victims of a chemical
    attack', 'the embassy, which was the target of an attack by the Taliban': the copula's
    subject is whom the act was aimed at, not (as the subject of the verb the noun hangs from)
    its doer."""
    prep = noun.head
    if noun.dep_ != "pobj" or prep.lower_ != "of" \
            or prep.head.lemma_.lower() not in _AIMED_AT_NOUNS:
        return None
    aimed_at = prep.head
    if aimed_at.dep_ not in {"attr", "oprd"}:
        return None
    verb = aimed_at.head
    subject = next((c for c in verb.children if c.dep_ in {"nsubj", "nsubjpass"}), None)
    if subject is not None and subject.lower_ in _RELATIVE_PRONOUNS and verb.dep_ == "relcl":
        subject = verb.head  # 'the embassy, which was the target of…'
    return actor_in(subject, token_actor) if subject is not None else None


def _sanctioned_by_name(noun: Token, token_actor: dict[int, str]) -> str | None:
    """'new Russia sanctions', 'the North Korea sanctions bill', 'the Cuba embargo': a state
    named by its name in a compound before a sanctions noun is the state sanctioned (as in
    'Iran policy', 'the Russia probe'); the sanctioner is named by an abbreviation or an
    adjective ('U.S. sanctions', 'UN sanctions', 'American sanctions'), left to the general
    rule that a name before an act did it."""
    if noun.lemma_.lower() not in _SANCTION_NOUNS:
        return None
    for child in noun.children:
        if child.dep_ != "compound" or child.pos_ != "PROPN" or any(
                t.text.isupper() or "." in t.text for t in child.subtree):
            continue
        actor = actor_in(child, token_actor)
        if actor is not None and re.fullmatch(r"[A-Z]{3}(-GOV)?", actor):
            return actor
    return None


def _claimant(noun: Token, token_actor: dict[int, str]) -> str | None:
    """'Houthi rebels claimed responsibility for the drone attack', 'IS took credit for the
    bombing', 'the cartel is responsible for mass killings': who claims (or is held to
    answer for) an act did it (not the drone, nor a name before the noun)."""
    prep = noun.head
    if noun.dep_ != "pobj" or prep.lower_ != "for" or prep.head.lemma_.lower() not in {
            "responsibility", "credit", "responsible"}:
        return None
    verb = prep.head.head
    if prep.head.lemma_.lower() == "responsible":  # 'X is responsible for mass killings'
        return next((actor_in(c, token_actor) for c in verb.children if c.dep_ == "nsubj"),
                    None) if prep.head.dep_ == "acomp" else None
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
        elif source is None and (child.dep_ == "acl" and child.tag_ == "VBN" or (
                child.dep_ == "relcl" and child.lemma_.lower() in _AUTHORING_VERBS)):
            # 'the threats made by the Houthis', 'the attack carried out by X', 'the attack,
            # which was claimed by the Houthis': the clause's agent made the act, not the
            # subject of the verb the noun hangs from
            source = next((_object_of(a, token_actor) for a in child.children
                           if a.dep_ == "agent"), None)
            if source is None and child.dep_ == "relcl":
                # 'the missile strike that Iran launched against Iraqi bases': the active
                # clause's subject launched it, not the subject of the verb the noun hangs from
                source = next((actor_in(a, token_actor) for a in child.children
                               if a.dep_ == "nsubj"), None)
        elif child.dep_ == "prep" and child.lower_ == "between":
            first = next((g for g in child.children if g.dep_ == "pobj"), None)
            actor = actor_in(first, token_actor) if first is not None else None
            if reciprocal and source is None and actor is not None:
                source, target = actor, partner(first, actor, token_actor)
            else:
                target = target or actor
        elif child.dep_ == "prep" and child.lower_ in TARGET_PREPS:
            target = target or _object_of(child, token_actor)
    if target is None:
        target = _last_resort_target(noun, token_actor) or _infinitive_target(noun, token_actor)
    verb = governing_verb(noun)
    if target is None and verb is not None:
        target = _recipient(verb, token_actor)  # 'gave the Ivory Coast $5 million of aid'
    if verb is not None and _undergoes(verb):
        # 'Iran faces criticism from the UN': Iran undergoes it, whoever the noun names
        target = target or next((actor_in(c, token_actor) for c in verb.children
                                 if c.dep_ == "nsubj"), None)
        source = source or next((_object_of(c, token_actor) for c in verb.children
                                 if c.dep_ == "prep" and c.lower_ in SOURCE_PREPS), None)
    elif source is None and verb is not None and not requested(verb) \
            and verb.lemma_.lower() not in _DISOWNING_VERBS and not _answered(noun, verb) \
            and (not observed(noun, verb) or _owned_by_the_subject(noun, verb, token_actor)):
        # 'Iran denies involvement in the attack', 'vowed to prevent attacks on its soldiers':
        # the denier, or who would avert it, is not taken for the attacker
        source = _accused(noun, verb, token_actor) or next(
            (actor_in(c, token_actor) for c in verb.children if c.dep_ == "nsubj"),
            None) or inherited_subject(verb, token_actor)
    return source, (target if target != source else None)


def _answered(noun: Token, verb: Token) -> bool:
    """'Iran had been promising to respond forcefully to Soleimani's killing', 'vowed to
    retaliate for the attack': the act a verb of answering (word class `answering_verb`)
    answers, by 'to' or 'for', is someone else's; its subject is not taken for the doer.
    'Iran responded with missile strikes' is Iran's own (by 'with')."""
    return verb.lemma_.lower() in _ANSWERING_VERBS and noun.dep_ == "pobj" \
        and noun.head.lower_ in {"to", "for"} and noun.head.head.i == verb.i


# a possessive pronoun and the kind of actor it can stand for ('P-…' and 'person:…' are people)
_POSSESSIVE_OF = {"his": "person", "her": "person", "its": "body", "their": "body"}


def _owned_by_the_subject(noun: Token, verb: Token, token_actor: dict[int, str]) -> bool:
    """'Cameron described his talks with Putin', 'Iran's foreign ministry recounted its
    negotiations': the act seen or told is the teller's own, when its possessive pronoun
    (no actor of its own) fits the verb's subject."""
    pronoun = next((c.lower_ for c in noun.children if c.dep_ == "poss"
                    and c.pos_ == "PRON" and c.i not in token_actor), None)
    subject = next((actor_in(c, token_actor) for c in verb.children if c.dep_ == "nsubj"), None)
    if pronoun not in _POSSESSIVE_OF or subject is None:
        return False
    person = subject.startswith(("P-", "person:"))
    return person == (_POSSESSIVE_OF[pronoun] == "person")


def _undergoes(verb: Token) -> bool:
    """'Iran faces criticism', 'Maduro survived a drone attack': the subject undergoes the act."""
    lemma = verb.lemma_.lower()
    return lemma in UNDERGO_VERBS or lemma in argument_cue_words("undergoing_verb")


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
    """'accused X of torture', 'convicted X of attacking Y', 'criticized X for the offensive':
    what follows 'of' (or a judging verb's 'for') is done by the verb's object, not its
    subject."""
    prep = word.head
    if prep.lower_ != "of" and not (
            prep.lower_ == "for" and verb.lemma_.lower() in argument_cue_words("judging_verb")):
        return None
    if prep.head.dep_ == "dobj" and prep.head.head.i == verb.i:  # the parse may hang 'of' there
        return token_actor.get(prep.head.i)
    if prep.head.i != verb.i:
        return None
    return next((actor_in(c, token_actor) for c in verb.children if c.dep_ == "dobj"), None)


def governing_verb(noun: Token) -> Token | None:
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
        subject = next((c for c in verb_dependents(node) if c.dep_ == "nsubj"), None)
        if subject is not None:
            return subject
        if node.dep_ not in {"xcomp", "conj", "advcl", "acomp"} or node.head.i == node.i:
            return None
        node = node.head
    return None


def parties_phrase(token: Token, agent: bool = True) -> Token | None:
    """The phrase that names who does an act, where a second party conjoined in it is the
    partner: the subject ('Jordan and Britain agreed'), else (with `agent`) a passive's agent
    ('the war game was staged by US marines and Jordanian forces'); a nominal trigger's are
    those of the verb it hangs from ('Jordan and the US began joint exercises')."""
    verb = governing_verb(token) if token.pos_ == "NOUN" else token
    if verb is None:
        return None
    subject = subject_token(verb)
    if subject is not None or not agent:
        return subject
    by_phrase = next((c for c in verb.children if c.dep_ == "agent"), None)
    return next((g for g in by_phrase.children if g.dep_ == "pobj"), None) \
        if by_phrase is not None else None


def joint_partner(token: Token, source: str, token_actor: dict[int, str],
                  modifiers: bool = True) -> str | None:
    """The partner named beside the source in the act's parties (`parties_phrase`; its agent
    and modifiers only for an act between two: 'sanctions imposed by the UN, the US and the
    EU' are no act of the UN's on the US); a nominal trigger's only when its own source is one
    of them: 'Wang and Ri met at the ASEAN meeting' is no ASEAN meeting with Ri."""
    phrase = parties_phrase(token, agent=modifiers)
    if phrase is None or token.pos_ == "NOUN" and source not in {
            token_actor.get(t.i) for t in phrase.subtree}:
        return None
    return partner(phrase, source, token_actor, modifiers)
