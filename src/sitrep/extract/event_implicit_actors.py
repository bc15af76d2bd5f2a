"""Actors the actors layer does not give but events need: unnamed participants named by an
actor noun ('rebel groups', 'the protesters', 'police'), and countries the actors layer files
as places where a transfer goes ('sent aid to Syria'), a force leaves ('withdrew from
Lebanon') or an act happens ('demonstrated in Serbia') — for the event, the state stands for
its territory. Each is an actor only if an event takes it.
"""

from __future__ import annotations

from functools import lru_cache

from spacy.tokens import Doc, Token

from sitrep.data import read_table

from sitrep.extract.entities import expanded_span, tokens_tagged
from sitrep.extract.event_cues import argument_cue_words
from sitrep.extract.event_arguments import ARGUMENT_DEPS, LEAVE_NOUNS, LEAVE_VERBS, TRANSFER_VERBS
from sitrep.extract.lexicon import ActorNoun, load_lexicon
from sitrep.extract.names import slug
from sitrep.extract.speakers import speaker_nouns
from sitrep.records import Actor, Mention


_NOUN_TAGS = frozenset({"NOUN", "PROPN"})


def generic_participants(doc: Doc, doc_id: str, token_actor: dict[int, str],
                         actors: dict[str, Actor]) -> list[Mention]:
    """'rebel groups', 'the protesters', 'police': unnamed participants named by an actor
    noun become actors of their own (kind from the noun), so events keep who did what to
    whom. Only those an event uses are kept in the output."""
    lexicon = load_lexicon()
    added: list[Mention] = []
    for token in tokens_tagged(doc, _NOUN_TAGS):
        if token.i in token_actor or token.dep_ not in ARGUMENT_DEPS or not (
                token.pos_ == "NOUN" or token.pos_ == "PROPN" and not token.ent_type_):
            continue  # "Police said…", "The NGO has denounced…": capitalised, still a noun
        noun = lexicon.noun(token.lemma_) or _participant_noun(token) \
            or _multiword_noun(token, lexicon)
        if noun is None or noun.kind == "state":
            continue
        named = _named_organisation(token, token_actor, actors) \
            or _named_in_apposition(token, token_actor, actors) \
            or _leaders_government(token, noun.kind, token_actor, actors)
        if named is not None:  # 'Hezbollah guerrillas', 'HTS fighters': that organisation's
            token_actor[token.i] = named
            continue
        if token.tag_ != "NNS" and (speaker_nouns().get(token.lemma_.lower()) == "person"
                                    or noun.kind in {"person", "other"}) \
                and not _described(token, token_actor):
            continue  # "the soldier offered it to him": one person, not a party to events
        words = [t for t in token.lefts if t.dep_ in {"amod", "compound", "det"}
                 and t.i not in token_actor and t.i == token.i - (token.i - t.i)] + [token]
        start = min(t.i for t in words)
        if doc[start].dep_ == "det":
            start += 1
        backer = min([start, *(_backer_start(t) for t in words if t.dep_ == "amod")])
        span = doc[backer:token.i + 1]
        actor_id = f"group:{slug(span.text)}"
        if actor_id not in actors:
            actors[actor_id] = Actor(doc_id=doc_id, id=actor_id, name=span.text,
                                     kind=noun.kind if noun.kind != "person" else "other",
                                     span=(span.start_char, span.end_char))
        for t in span:
            if t.i >= start:
                token_actor[t.i] = actor_id
            else:  # 'Iranian-backed militias': the backer, if an actor, stays its own
                token_actor.setdefault(t.i, actor_id)
        added.append(Mention(doc_id=doc_id, span=(span.start_char, span.end_char),
                             text=span.text, label="NOUN", actor=actor_id, role="actor"))
    return added


def _backer_start(modifier: Token) -> int:
    """'Iran-backed militias', 'Syrian government-backed troops', "Myanmar's military-run
    companies": a participle joined by a hyphen to the word before it (its `npadvmod` or
    `amod`) is one word as written; the phrase starts where that word's own phrase does, so
    the group is not 'backed militias'. The modifier's own index otherwise."""
    hyphen = modifier.doc[modifier.i - 1] if modifier.i > 0 else None
    if hyphen is None or hyphen.tag_ != "HYPH" or hyphen.head.i != modifier.i:
        return modifier.i
    for lead in modifier.lefts:
        if lead.i == hyphen.i - 1:
            return lead.left_edge.i
    return modifier.i


@lru_cache(maxsize=1)
def _participant_nouns() -> dict[str, ActorNoun]:
    return {r["noun"]: ActorNoun(r["noun"], r["kind"], r["agent_code"], plural_only=True)
            for r in read_table("event_participant_nouns.tsv")}


@lru_cache(maxsize=1)
def _counted_only() -> frozenset[str]:
    return frozenset(r["noun"] for r in read_table("event_participant_nouns.tsv")
                     if r["when"] == "counted")


def _participant_noun(token: Token) -> ActorNoun | None:
    """A noun of data/event_participant_nouns.tsv, in the plural only ('several suspects';
    'the suspect' is one person); one marked 'counted' only with a count of its own ('killed
    19 people': 'the people', 'people are coming' name no party)."""
    if token.tag_ != "NNS":
        return None
    lemma = token.lemma_.lower()
    if lemma in _counted_only() and not _counted(token):
        return None
    return _participant_nouns().get(lemma)


def _multiword_noun(token: Token, lexicon) -> ActorNoun | None:
    """'attacked rebel groups', 'aid to armed groups', 'rights groups said': an actor noun
    of several words (data/actor_nouns.tsv: 'rebel group', 'human rights group', 'aid
    worker') whose head alone is no actor noun ('group', 'worker' of a trade); its modifiers
    as written, the head as its lemma, the longest that the lexicon knows."""
    modifiers: list[Token] = []
    doc = token.doc
    for i in range(token.i - 1, max(token.i - _LONGEST_MODIFIERS, 0) - 1, -1):
        word = doc[i]  # the words before, nearest first (no slice: most stop at the first)
        if word.dep_ not in {"amod", "compound"} or word.head.i not in {token.i, *[m.i for m in modifiers]}:
            break
        modifiers.insert(0, word)
    for start in range(len(modifiers)):
        key = " ".join([*(m.lower_ for m in modifiers[start:]), token.lemma_.lower()])
        noun = lexicon.noun(key)
        if noun is not None:
            return noun
    return None


_LONGEST_MODIFIERS = 3


def _counted(token: Token) -> bool:
    """'18 people', 'several people', 'dozens of people', 'tens of thousands of people'."""
    counts = argument_cue_words("count_word")
    if any(c.dep_ == "nummod" or c.dep_ in {"amod", "det"} and c.lower_ in counts
           for c in token.children):
        return True
    prep = token.head
    return token.dep_ == "pobj" and prep.lower_ == "of" \
        and (prep.head.lower_ in counts or prep.head.tag_ == "CD")


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
        span = expanded_span(doc, *mention.span)
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
    """The named organisation a compound before an actor noun or its 'of' phrase gives
    ('Hezbollah guerrillas', 'Taliban fighters', 'inspectors of the IAEA'); not a state's
    name or demonym ('Kurdish fighters' are a group of their own, 'Syrian troops' the actors
    layer already files as the military)."""
    of_phrase = [g for p in noun.rights if p.dep_ == "prep" and p.lower_ == "of"
                 for g in p.children if g.dep_ == "pobj"]  # 'inspectors of the IAEA'
    for word in [w for w in noun.lefts if w.dep_ == "compound"] + of_phrase:
        actor = actors.get(token_actor.get(word.i, ""))
        if actor is not None and actor.kind in _ORGANISATION_KINDS \
                and word.ent_type_ != "NORP" and not actor.id.startswith("group:"):
            return actor.id
    return _sent_from(noun, token_actor, actors)


def _sent_from(noun: Token, token_actor: dict[int, str], actors: dict[str, Actor]) -> str | None:
    """'will meet with leaders from France and Israel', 'officials from the Justice
    Department': people named by where they come from act for that state or body, as coders
    name them (CAMEO: FRA, not an unnamed group of leaders)."""
    for word in (g for p in noun.rights if p.dep_ == "prep" and p.lower_ == "from"
                 for g in p.children if g.dep_ == "pobj"):
        actor = actors.get(token_actor.get(word.i, ""))
        if actor is not None and (actor.kind in _ORGANISATION_KINDS or actor.kind == "state") \
                and not actor.id.startswith("group:"):
            return actor.id
    return None



def _described(noun: Token, token_actor: dict[int, str]) -> bool:
    """'A rebel leader surrendered', 'a female rebel commander': one person the text
    describes by side or trade is a party as coders name it ('the soldier' is not); one
    whose phrase names an actor ('Ithilen's new minister') is that actor's, and one an act
    lands on named by a nationality ('released the German journalist') stands for that
    state, as before."""
    undergoes = noun.dep_ in {"dobj", "nsubjpass"}
    return any(t.dep_ in {"amod", "compound"} and t.pos_ in {"ADJ", "NOUN", "PROPN"}
               for t in noun.lefts) \
        and not any(t.i in token_actor or undergoes and t.ent_type_ in {"NORP", "GPE"}
                    for t in noun.subtree if t.i != noun.i)


def _named_in_apposition(noun: Token, token_actor: dict[int, str],
                         actors: dict[str, Actor]) -> str | None:
    """'ordered the opposition newspaper La Prensa to…': the noun and the name beside it are
    one party, the named one (an unnamed group of its own would hide the name). Not a
    person's title ('minister Calimehtar'): whose minister he is still counts."""
    if speaker_nouns().get(noun.lemma_.lower()) == "person":
        return None
    for word in noun.rights:
        actor = actors.get(token_actor.get(word.i, ""))
        if word.dep_ == "appos" and actor is not None and not actor.id.startswith("group:"):
            return actor.id
    return None


def _leaders_government(noun: Token, kind: str, token_actor: dict[int, str],
                        actors: dict[str, Actor]) -> str | None:
    """'reforms by President Suharto's government': a government named by its leader is, for
    who-did-what-to-whom, that leader's (as CAMEO and PLOVER coders name it), not an unnamed
    'government' of its own."""
    if kind != "government" or speaker_nouns().get(noun.lemma_.lower()) == "person":
        return None  # 'Ithilen's minister' is a minister, not Ithilen
    for word in noun.lefts:
        actor = actors.get(token_actor.get(word.i, ""))
        if word.dep_ == "poss" and actor is not None and actor.kind == "person":
            return actor.id
    return None
