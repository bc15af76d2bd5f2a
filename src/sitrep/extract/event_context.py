"""Event types the words around a trigger decide, where the lexicon's one type per word is not
enough: peacekeepers deployed are AID, not a show of force; joint exercises are COOPERATE;
aid suspended is a SANCTION; a protest its protesters will not end is a REJECT; roads blocked
by protesters are a PROTEST, by a government a blockade (COERCE). Each rule names the CAMEO
code it follows.
"""

from __future__ import annotations

from dataclasses import replace
from functools import lru_cache

from spacy.tokens import Token

from sitrep.data import read_table
from sitrep.extract.event_arguments import LEAVE_VERBS, actor_in, inherited_subject
from sitrep.extract.event_cues import argument_cue_words, event_words
from sitrep.extract.event_triggers import Trigger
from sitrep.records import Actor

# verbs ending what their object names: 'will not end the strike until…' refuses (REJECT),
# 'ended the strike' gives way (RETREAT, as 'call off')
_ENDING_VERBS = event_words("ending_verb")
# an armed or blockading act that an ending verb ends: 'ended their blockade of Qatar', 'halted
# its offensive' de-escalate (CAMEO 087, 0872: RETREAT), not the blockade, attack or aid cut
_HOSTILITIES = event_words("hostility_noun")
_HOSTILE_TYPES = {"ASSAULT", "COERCE", "SANCTION"}
# peacekeeping forces: sent or deployed, they are AID peacekeeping (CAMEO 0743, 'provide
# military protection or peacekeeping'), not a show of force
_PEACEKEEPING = event_words("peacekeeping_word")
# 'suspended aid to X', 'a suspension of aid', 'cut off military aid': CAMEO 162 'reduce or stop
# aid' is SANCTION discontinue (PLV train: 10 of 12 such sentences)
_STOPPING = event_words("stopping_word")
# talks halted by one side: CAMEO 164/165 (SANCTION), as aid stopped is 162
_NEGOTIATION_NOUNS = event_words("negotiation_noun")
# withdrawn, these end an international involvement: CAMEO 166 'expel or withdraw' (1661
# peacekeepers, 1662 inspectors, observers) is SANCTION, not the RETREAT of forces that fought
_INTERNATIONAL_PRESENCE = _PEACEKEEPING | {"inspector", "peacekeeping", "mission"}
# 'ordered X to appear for questioning', 'to hand over $650 million': a demand that X do
# something for the one ordering (CAMEO 10), not a restriction of X (CAMEO 17: 'ordered the
# newspaper to suspend publication')
_ANSWERING_VERBS = event_words("answering_verb")
# 'accepted the demands of the protesters', 'met their demands': CAMEO 083 'accede to requests
# or demands' is CONCEDE, not the AGREE of accepting a proposal
_ACCEDING_VERBS = event_words("acceding_verb")
_DEMAND_NOUNS = event_words("demand_noun")
# CAMEO 144 'obstruct passage, block' is PROTEST obstruct; a government or its forces closing
# the same road is CAMEO 191 'impose blockade, restrict movement' (COERCE)
_OBSTRUCTING_VERBS = event_words("obstructing_verb")
_PASSAGES = event_words("passage_noun")
_AUTHORITY_KINDS = {"government", "military"}
# a vow of revenge threatens force (CAMEO 138), it promises nothing (CAMEO 03)
_REVENGE_WORDS = event_words("revenge_word")
# forces sent into or against a place or party are deployed there (CAMEO 15), unless the
# purpose is to help ('sending troops into Iraq to help train local forces' stays AID)
_DEPLOYING_PREPS = event_words("deploying_prep")
_AIDING_PURPOSES = event_words("aiding_purpose_verb")
# an attack made in words ('targeted by Trump in a string of tweets', 'fired back at the
# comment', 'attacked Clinton on Twitter') is CAMEO 111 'criticize or denounce' (ACCUSE)
_SPEECH_NOUNS = event_words("speech_noun")
_SPEECH_PREPS = event_words("speech_prep")
_PLATFORM_NOUNS = event_words("platform_noun")
_GROUP_NOUNS = event_words("group_noun")
# a fight over a text, a policy or a decision is fought in words, votes or courts ('attacked the
# bill', 'a legal battle'): CAMEO 111, not force
_CONTEST_TRIGGERS = event_words("contest_trigger")
_POLITICAL_OBJECTS = event_words("political_object")
_POLITICAL_ARENAS = event_words("political_arena")
# 'calling them "nutters"': a verb that names what its object is (data/event_argument_cues.tsv)
_NAMING_VERBS = argument_cue_words("naming_verb")
# a punishment called for against someone ('called for sanctions against Moscow') accuses them
_PUNITIVE_NOUNS = event_words("punitive_noun")
_PUNISHED_PREPS = {"against", "into", "on", "of"}


def _hostility_ended(token: Token, trigger: Trigger, noun: Token | None,
                     token_actor: dict[int, str]) -> Token | None:
    """The ending verb of an armed or blockading act it ends ('ended their blockade of Qatar',
    'halted its offensive', 'suspended its airstrikes'), whether the trigger is the act's noun
    or the verb itself ('halt' is SANCTION discontinue with aid as its object); None when the
    act is not ended, or is someone else's stopped ('police stopped an attack': no 'a(n)';
    'vowed to end Palestinian rocket attacks': another named doer)."""
    if trigger.type not in _HOSTILE_TYPES:
        return None
    if token.pos_ == "NOUN" and noun is None and token.dep_ == "dobj":
        verb, acts = token.head, [token]
    elif token.pos_ == "VERB":
        verb = token
        acts = [noun] if noun is not None else [c for c in token.children if c.dep_ == "dobj"]
    else:
        return None
    if verb.lemma_.lower() not in _ENDING_VERBS:
        return None
    ended = [a for a in acts if a.lemma_.lower() in _HOSTILITIES
             and not any(d.dep_ == "det" and d.lower_ in {"a", "an"} for d in a.children)
             and not _anothers_act(a, verb, token_actor)]
    return verb if ended else None


def _anothers_act(act: Token, verb: Token, token_actor: dict[int, str]) -> bool:
    """'Israel vowed to end Palestinian rocket attacks', 'to stop Hamas's attacks': the act
    names a doer ('Palestinian', 'Hamas's', 'attacks by Hamas') who is not the one ending it;
    a possessive pronoun ('ended their blockade') names no other doer."""
    doers = {token_actor.get(c.i) for c in act.children if c.dep_ in {"amod", "compound"}}
    doers |= {actor_in(c, token_actor) for c in act.children
              if c.dep_ in {"poss", "nmod"} and c.pos_ != "PRON"}
    doers |= {actor_in(g, token_actor) for c in act.children if c.dep_ == "prep"
              and c.lower_ == "by" for g in c.children if g.dep_ == "pobj"}
    doers.discard(None)
    if not doers:
        return False
    subject = next((actor_in(c, token_actor) for c in verb.children if c.dep_ == "nsubj"),
                   None) or inherited_subject(verb, token_actor)
    return subject not in doers


def type_in_context(token: Token, trigger: Trigger, token_actor: dict[int, str],
                    noun: Token | None = None) -> Trigger:
    """Types the words around a trigger decide: MOBILIZE of peacekeepers is AID peacekeeping;
    joint exercises (or exercises by two parties) are COOPERATE military; a protest its
    protesters will not end is a REJECT (CAMEO 12), one they end a RETREAT (CAMEO 08)."""
    ending = _hostility_ended(token, trigger, noun, token_actor)
    if ending is not None:
        if any(c.dep_ == "neg" for c in ending.children):
            return replace(trigger, type="REJECT", mode=None, cameo="12")
        return replace(trigger, type="RETREAT", mode=None, cameo="08")
    if trigger.type == "PROTEST" and noun is None and token.pos_ == "NOUN" and token.dep_ == "dobj" \
            and token.head.lemma_.lower() in _ENDING_VERBS:
        if any(c.dep_ == "neg" for c in token.head.children):
            return replace(trigger, type="REJECT", mode=None, cameo="12")
        return replace(trigger, type="RETREAT", mode=None, cameo="08")
    aid = noun if noun is not None else token if token.pos_ == "NOUN" else None
    if trigger.type == "AID" and aid is not None and _stopped(aid):
        return replace(trigger, type="SANCTION", mode="discontinue", cameo="16")
    if trigger.type == "CONSULT" and aid is not None and _talks_halted(aid):
        return replace(trigger, type="SANCTION", mode=None, cameo="16")  # CAMEO 164/165
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
    if trigger.type == "RETREAT" and _person_permitted(token, token_actor):
        return replace(trigger, type="CONCEDE", mode=None, cameo="08")  # CAMEO 0811/0812/082
    if trigger.type == "AID" and trigger.mode == "military" and noun is None \
            and token.pos_ == "VERB" and _deployed_against(token):
        prep = _deploying_prep(token)
        pattern = f"prep:{prep.lower_}" if prep is not None else trigger.pattern
        return replace(trigger, type="MOBILIZE", mode="troops", cameo="15", pattern=pattern)
    if trigger.type == "MOBILIZE":
        return _mobilized_in_context(token, trigger, token_actor, noun)
    if trigger.type == "AGREE" and "future" in trigger.notes and _vows_revenge(token):
        return replace(trigger, type="THREATEN", mode=None, cameo="13")
    if trigger.type == "ASSAULT" and noun is None and _made_in_words(token):
        return replace(trigger, type="ACCUSE", mode=None, cameo="11")
    if trigger.type == "ASSAULT" and _fought_in_politics(noun if noun is not None else token):
        return replace(trigger, type="ACCUSE", mode=None, cameo="11")
    if trigger.type == "ASSAULT" and _names_what_it_attacks(token, noun):
        return replace(trigger, type="ACCUSE", mode=None, cameo="11")
    if trigger.type == "REQUEST" and _calls_for_punishment(token, token_actor):
        return replace(trigger, type="ACCUSE", mode=None, cameo="11")
    if trigger.type == "SUPPORT" and aid is not None and _material_kind(aid) is not None:
        kind = _material_kind(aid)
        return replace(trigger, type="AID", mode=None if kind == "material" else kind,
                       cameo="07")
    return trigger


def _made_in_words(token: Token) -> bool:
    """An attack whose means is words: a preposition on the trigger (or on its particle, 'fired
    back at') whose object is a speech_noun ('in a speech', 'with a barrage of tweets', 'at the
    comment'), or for a verb 'on' a platform_noun ('on Twitter'). 'at' and 'on' only on a verb:
    'an attack at a speech' may be a shooting there, 'an attack on Twitter' a hacking of it."""
    heads = [token, *(c for c in token.children if c.dep_ == "prt")]
    for prep in (c for h in heads for c in h.children if c.dep_ == "prep"):
        word = prep.lower_
        if word not in _SPEECH_PREPS or token.pos_ != "VERB" and word in {"at", "on"}:
            continue
        for obj in (c for c in prep.children if c.dep_ == "pobj"):
            said = [obj, *(g for p in obj.children if p.dep_ == "prep" and p.lower_ == "of"
                           for g in p.children if g.dep_ == "pobj")
                    ] if obj.lemma_.lower() in _GROUP_NOUNS else [obj]
            lemmas = {t.lemma_.lower() for t in said}
            if lemmas & _SPEECH_NOUNS or word == "on" and lemmas & _PLATFORM_NOUNS:
                return True
    return False


def _fought_in_politics(word: Token) -> bool:
    """A contest_trigger aimed at a political_object ('attacked the bill', 'attacks on his
    record', 'fight the travel ban', 'the battle over the budget') or, for a noun, made
    political by a political_arena modifier ('a legal battle', 'the budget fight'): no force is
    used, it is criticism or a challenge (CAMEO 111). A person or a state attacked stays force."""
    if word.lemma_.lower() not in _CONTEST_TRIGGERS:
        return False
    if word.pos_ == "NOUN" and any(c.dep_ in {"amod", "compound"} and c.lemma_.lower()
                                   in _POLITICAL_ARENAS | _POLITICAL_OBJECTS
                                   for c in word.children):
        return True
    preps = {"on", "against", "over"} if word.pos_ == "NOUN" else {"against", "over"}
    aimed_at = [c for c in word.children if c.dep_ in {"dobj", "nsubjpass"}] \
        if word.pos_ == "VERB" else []
    aimed_at += [g for p in word.children if p.dep_ == "prep" and p.lower_ in preps
                 for g in p.children if g.dep_ == "pobj"]
    # one attack on several things, one of them a text or a policy ('the attacks on Blackburn,
    # the DEA law and her campaign contributions'), is made in words on them all
    aimed_at += [c for t in aimed_at for c in t.conjuncts]
    return any(t.lemma_.lower() in _POLITICAL_OBJECTS for t in aimed_at)


def _names_what_it_attacks(token: Token, noun: Token | None) -> bool:
    """A contest_trigger whose doer, in the same breath, calls someone or something a name
    ('launched a scathing attack on the TMC government, calling it anti-people', 'Le Pen renewed
    her attacks on Macron, calling him a weakling', 'attacked them, calling them harder to deal
    with than China'): the attack is made in words, CAMEO 111 (PLV train: 3 of 3 such attacks
    ACCUSE). The participle hangs on the trigger (or on the light verb of an attack noun) and
    takes an object and a name for it; 'calling for', 'calling on' ask, they name nothing."""
    attack = noun if noun is not None else token
    if attack.lemma_.lower() not in _CONTEST_TRIGGERS:
        return False
    heads = [token] if attack.i == token.i else [token, attack]
    return any(c.dep_ in {"advcl", "conj", "xcomp"} and c.tag_ == "VBG" and _gives_a_name(c)
               for h in heads for c in h.children)


def _gives_a_name(verb: Token) -> bool:
    """'calling them "nutters"', 'branding the move unconstitutional': a naming_verb with an
    object and no particle or preposition of asking ('calling on', 'calling for')."""
    children = list(verb.children)
    return verb.lemma_.lower() in _NAMING_VERBS \
        and any(c.dep_ == "dobj" for c in children) \
        and not any(c.dep_ == "prt" or c.dep_ == "prep" and c.lower_ in {"for", "on", "off"}
                    for c in children)


def _calls_for_punishment(token: Token, token_actor: dict[int, str]) -> bool:
    """A request whose object is a punitive_noun aimed at someone named ('called for sanctions
    against Moscow', 'demanded an investigation into the Trump campaign', 'calls for an inquiry
    into the death of X'): PLV codes such calls as accusations of the one to be punished
    (ACCUSE 5, THREATEN 3, REQUEST none on PLV train). A request of someone to act stays a
    request, and so does one whose phrase names grounds, not a party ('seeking Browder's arrest
    on charges of tax evasion')."""
    heads = [token, *(c for c in token.children if c.dep_ == "prt")]
    asked = [g for h in heads for p in h.children if p.dep_ == "prep" and p.lower_ == "for"
             for g in p.children if g.dep_ == "pobj"]
    if token.pos_ == "VERB":
        asked += [c for c in token.children if c.dep_ == "dobj"]
    return any(noun.lemma_.lower() in _PUNITIVE_NOUNS and any(
        actor_in(g, token_actor) is not None for p in noun.children
        if p.dep_ == "prep" and p.lower_ in _PUNISHED_PREPS
        for g in p.children if g.dep_ == "pobj")
        for noun in asked)


def _deploying_prep(verb: Token) -> Token | None:
    """The 'into' or 'against' that sends forces somewhere ('sent troops into Gaza', 'sent
    hundreds of troops into a border village'), on the verb or on its object."""
    heads = [verb] + [c for c in verb.children if c.dep_ == "dobj"]
    return next((c for h in heads for c in h.children
                 if c.dep_ == "prep" and c.lower_ in _DEPLOYING_PREPS - {"in"}), None)


def _deployed_against(verb: Token) -> bool:
    """Military aid sent into or against a place or party ('Russia sent troops into eastern
    Ukraine', 'send in ground troops against ISIS'), with no purpose of helping, is a
    deployment (PLOVER MOBILIZE: 'all military moves, deployments … short of the actual use
    of force'). Troops sent to a country stay AID (PLV's convention)."""
    sent_in = any(c.dep_ == "prt" and c.lower_ in _DEPLOYING_PREPS for c in verb.children)
    if not sent_in and _deploying_prep(verb) is None:
        return False
    return not any(t.lemma_.lower() in _AIDING_PURPOSES for c in verb.children
                   if c.dep_ in {"advcl", "xcomp"} for t in [c, *c.children]
                   if t.pos_ == "VERB")


def _vows_revenge(token: Token) -> bool:
    """'vowing to exact a thousand-fold revenge on the US', 'vowed revenge', 'promised to
    retaliate': what is vowed (its object or infinitive) is revenge."""
    return token.pos_ == "VERB" and any(
        t.lemma_.lower() in _REVENGE_WORDS for c in token.children
        if c.dep_ in {"dobj", "xcomp"} for t in c.subtree)


def _permitting_verbs() -> frozenset[str]:
    return argument_cue_words("permitting_verb")


def _person_permitted(token: Token, token_actor: dict[int, str]) -> bool:
    """'allowed opposition leader X to hold a rally', 'decided to allow candidate X to run':
    a person let take part in political life is an easing of political restrictions (CAMEO
    0811/0812/082, PLOVER CONCEDE); letting in aid, inspectors or a foreign force stays
    RETREAT access (CAMEO 086)."""
    if token.pos_ != "VERB" or token.lemma_.lower() not in _permitting_verbs():
        return False
    allowed = [c for c in token.children if c.dep_ == "dobj"] + [
        g for c in token.children if c.dep_ == "ccomp" for g in c.children
        if g.dep_ == "nsubj"]  # 'allowed [X to run]'
    return any((actor_in(c, token_actor) or "").startswith("person:") for c in allowed)


def _material_kind(support: Token) -> str | None:
    """'financial support', 'logistical and military support', '€45m support': support
    given in money or means is AID (PLOVER: verbal or diplomatic support is SUPPORT); the
    kind is the adjective's (data/event_argument_cues.tsv, aid_kind)."""
    if support.lemma_.lower() != "support":
        return None
    kinds = _aid_kinds()
    for word in support.children:
        for t in [word] + [c for c in word.children if c.dep_ == "conj"]:
            if t.dep_ in {"amod", "compound", "conj"} and t.lower_ in kinds:
                return kinds[t.lower_] or "material"
            if t.ent_type_ == "MONEY" and t.dep_ in {"nummod", "compound", "amod", "quantmod"}:
                return "economic"
    return None


@lru_cache(maxsize=1)
def _aid_kinds() -> dict[str, str]:
    return {r["word"]: r["cue"].split(":")[1] or None
            for r in read_table("event_argument_cues.tsv") if r["cue"].startswith("aid_kind:")}


def _mobilized_in_context(token: Token, trigger: Trigger, token_actor: dict[int, str],
                          noun: Token | None) -> Trigger:
    """MOBILIZE of peacekeepers is AID peacekeeping (CAMEO 0743); joint exercises, or
    exercises two parties begin, are COOPERATE (CAMEO 062)."""
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


def blocking_by_whom(token: Token, trigger: Trigger, source: Actor | None) -> Trigger:
    """'blocked roads': a COERCE of obstruction is a PROTEST (CAMEO 144) unless a government or
    military (CAMEO 191, a blockade) does it."""
    if trigger.type == "COERCE" and _obstructs_passage(token) \
            and getattr(source, "kind", None) not in _AUTHORITY_KINDS:
        return replace(trigger, type="PROTEST", mode="obstruct", cameo="14")
    return trigger


def _obstructs_passage(token: Token) -> bool:
    """'blocked roads', 'blocked transport into Abidjan', 'barricaded the main street'."""
    if token.lemma_.lower() not in _OBSTRUCTING_VERBS or token.pos_ != "VERB":
        return False
    return any(c.dep_ == "dobj" and c.lemma_.lower() in _PASSAGES
               or c.dep_ == "dobj" and any(g.dep_ == "compound" and g.lemma_.lower() in _PASSAGES
                                           for g in c.children)
               for c in token.children)


def _stopped(noun: Token) -> bool:
    """'suspended aid', 'a suspension of aid': the aid noun is what a stopping word stops."""
    head = noun.head
    if noun.dep_ == "pobj" and head.lower_ == "of":
        head = head.head
    elif noun.dep_ not in {"dobj", "nsubjpass"}:
        return False
    return head.lemma_.lower() in _STOPPING


def _talks_halted(noun: Token) -> bool:
    """'suspended UN-brokered military talks', 'halted negotiations', 'ended mediation efforts':
    talks a party halts (CAMEO 164 'halt negotiations', 165 'halt mediation': SANCTION; PLV
    train 4 of 4). 'end' and 'stop' only mediation: 'the leaders ended their talks on Friday'
    may close a round held, no breach."""
    if noun.lemma_.lower() not in _NEGOTIATION_NOUNS:
        return False
    head = noun.head if noun.dep_ == "compound" else noun  # 'mediation efforts'
    if not _stopped(head):
        return False
    stopper = head.head.head if head.dep_ == "pobj" else head.head
    return noun.lemma_.lower() == "mediation" or stopper.lemma_.lower() not in {"end", "stop"}


def _reciprocal_subject(noun: Token, token_actor: dict[int, str]) -> bool:
    """'X and Y began exercises': the noun's verb has two conjoined actor subjects."""
    verb = noun.head if noun.dep_ in {"dobj", "nsubjpass"} else None
    subject = next((c for c in verb.children if c.dep_ in {"nsubj", "agent"}), None) \
        if verb is not None else None
    if subject is None:
        return False
    parties = {token_actor.get(t.i) for t in subject.subtree if t.i in token_actor}
    return len(parties) >= 2
