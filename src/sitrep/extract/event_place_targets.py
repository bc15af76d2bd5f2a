"""Places as targets: where an act lands when the sentence names no actor for it to land on.

'Israeli jets struck Gaza', 'launched airstrikes on a camp in Pakistan', 'declared a state of
siege in Katanga', 'suspended aid to Gaza': PLOVER coders (and the PLV, GSR and CAMEO NER
gold) code the place the act is aimed at, or happens to, as its target when no actor is — the
place standing for the people and the authority there. The actors layer files these names as
locations; here a country stands for its state (the known actor), any other place for itself
(an actor of kind 'other' named as the text names it). Used only as a last resort, after
every actor pattern, and only from the trigger's own objects and phrases (never its subject,
nor a phrase of time or circumstance: 'after the attack in Kabul').
"""

from __future__ import annotations

from collections.abc import Iterator

from spacy.tokens import Doc, Token

from sitrep.extract.event_arguments import governing_verb
from sitrep.extract.entities import entities, expanded_bounds, expanded_span
from sitrep.extract.event_cues import argument_cue_words
from sitrep.extract.lexicon import load_lexicon
from sitrep.extract.names import slug
from sitrep.extract.speakers import speaker_nouns
from sitrep.records import Actor, Mention

_PHRASE_DEPS = {"dobj", "dative", "nsubjpass", "prep", "pobj", "attr", "oprd"}
# clauses below an object say something else about it: 'a base that was built in Iraq'
_CLOSED_DEPS = {"relcl", "advcl", "ccomp", "parataxis", "nsubj", "csubj"}


def place_actors(doc: Doc, doc_id: str, mentions: list[Mention], token_actor: dict[int, str],
                 actors: dict[str, Actor]) -> dict[int, Actor]:
    """Token index → the actor each place name the actors layer filed as a location (and no
    actor covers) stands for as a target: a country its state, another place itself; and a
    state named as a descriptor ('the Iranian tanker', 'the websites of Georgia'), that
    state — whose thing or people an act lands on."""
    lexicon = load_lexicon()
    out: dict[int, Actor] = {}
    for mention in mentions:
        bounds = expanded_bounds(doc, *mention.span)  # token indices: no Span, no Token a word
        if bounds is None or any(i in token_actor for i in range(*bounds)):
            continue
        if mention.role == "descriptor" and mention.actor in actors:
            out.update((i, actors[mention.actor]) for i in range(*bounds))
        if mention.role != "location" or mention.actor is not None:
            continue
        known = lexicon.lookup(mention.text)
        if known is not None and known.kind == "state":
            actor = Actor(doc_id=doc_id, id=known.id, name=known.name, kind="state",
                          country=known.country, span=mention.span, known=True)
        else:
            actor = Actor(doc_id=doc_id, id=f"place:{slug(mention.text)}", name=mention.text,
                          kind="other", span=mention.span)
        out.update((i, actor) for i in range(*bounds))
    out.update(_natural_regions(doc, doc_id, mentions, token_actor, out))
    return out


def _natural_regions(doc: Doc, doc_id: str, mentions: list[Mention], token_actor: dict[int, str],
                     places: dict[int, Actor]) -> dict[int, Actor]:
    """Token index → the place actor of each region the NER tags LOC ('Kashmir', 'the Golan
    Heights', 'Eastern Ghouta', 'Europe', 'the Gulf') that no mention covers: the actors layer
    takes no LOC name (a region is no party), so 'withdraw from the disputed territory of
    Kashmir' or 'imposed a curfew in parts of Kashmir' had no place to land on, where a
    country or a town named there would have been the target."""
    covered = set(token_actor) | set(places)
    for mention in mentions:
        bounds = expanded_bounds(doc, *mention.span)
        if bounds is not None:
            covered.update(range(*bounds))
    out: dict[int, Actor] = {}
    for ent in entities(doc):
        if ent.label_ != "LOC" or any(i in covered for i in range(ent.start, ent.end)) \
                or _modifies_a_noun(ent.root):
            continue  # a region modifying a noun describes it ('the Arctic island')
        name = ent.text[4:] if ent.text.lower().startswith("the ") else ent.text
        actor = Actor(doc_id=doc_id, id=f"place:{slug(name)}", name=name, kind="other",
                      span=(ent.start_char, ent.end_char))
        out.update((i, actor) for i in range(ent.start, ent.end))
    return out


def place_target(token: Token, noun: Token | None, places: dict[int, Actor],
                 source: str | None) -> tuple[Actor, Token] | None:
    """The first place named in the trigger's objects and phrases (with its word) (or those of the verb it
    controls, of a light verb's noun, or of the verb a nominal trigger hangs from), searched phrase by phrase in text order."""
    if not places:
        return None
    skipped = argument_cue_words("circumstance_prep")
    for phrase in _landing_phrases(token, noun, skipped):
        for word in _phrase_words(phrase, skipped):
            actor = places.get(word.i)
            if actor is not None and actor.id != source:
                return actor, word
    return None


def _landing_phrases(token: Token, noun: Token | None, skipped: frozenset[str]) -> Iterator[Token]:
    heads = [_phrase_head(token)]
    heads += [c for c in heads[0].children if c.dep_ == "xcomp"]
    heads += [g for c in heads[1:] for g in c.children if g.dep_ == "xcomp"]
    if noun is not None:
        heads.append(noun)
    elif token.pos_ == "NOUN" and _verb_over(token) is not None:
        heads.append(_verb_over(token))  # 'remained on alert in Paris'
    elif token.pos_ == "NOUN" and _arrival_of_subject(token) is not None:
        heads.append(_arrival_of_subject(token))  # 'peacekeeping troops arrived in Bosnia'
    for head in heads:
        for child in head.children:
            if child.dep_ in _PHRASE_DEPS and not (child.dep_ == "prep"
                                                    and child.lower_ in skipped):
                yield child
    for head in heads:  # last, its purpose: 'gave 350 million euros to promote … in Ethiopia'
        for clause in (c for c in head.children if c.dep_ in {"advcl", "acl"} and _purpose(c)):
            yield from (c for c in clause.children if c.dep_ in _PHRASE_DEPS
                        and not (c.dep_ == "prep" and c.lower_ in skipped))


def _purpose(clause: Token) -> bool:
    return clause.tag_ == "VB" and any(c.dep_ == "aux" and c.lower_ == "to"
                                       for c in clause.children)


def _verb_over(noun: Token) -> Token | None:
    """The verb a nominal trigger hangs from, unless through a person ('questioned the parents
    of the bombing suspects in Dagestan': the questioning is in Dagestan, not the bombing)."""
    verb = governing_verb(noun)
    if verb is None:
        return None
    node = noun.head
    while node.i != verb.i:
        if node.pos_ == "NOUN" and speaker_nouns().get(node.lemma_.lower()) == "person":
            return None
        node = node.head
    return verb


def _arrival_of_subject(noun: Token) -> Token | None:
    """'The first NATO peacekeeping troops have arrived in Bosnia': a nominal trigger in the
    subject of a verb of arrival lands where its subject arrives."""
    node, seen_subject = noun, False
    for _ in range(4):
        if node.dep_ not in {"compound", "amod", "pobj", "prep", "nsubj"}:
            return None
        seen_subject = seen_subject or node.dep_ == "nsubj"
        node = node.head
        if node.pos_ == "VERB":
            arrives = node.lemma_.lower() in argument_cue_words("arrival_verb")
            return node if seen_subject and arrives else None
    return None


def _phrase_head(token: Token) -> Token:
    """'peacekeeping operations in Afghanistan': a nominal trigger's phrase is its head's, but
    not a person's ('the bombing suspects in Dagestan' were there, the bombing was not)."""
    head = token.head
    if token.dep_ != "compound" or token.pos_ != "NOUN" or head.pos_ != "NOUN" \
            or speaker_nouns().get(head.lemma_.lower()) == "person":
        return token
    return head


def _phrase_words(phrase: Token, skipped: frozenset[str]) -> Iterator[Token]:
    """The phrase's words, nearest the head first, not entering a clause of its own or a
    phrase of time or circumstance."""
    frontier = [phrase]
    while frontier:
        yield from frontier
        frontier = [c for t in frontier for c in t.children if c.dep_ not in _CLOSED_DEPS
                    and not (c.dep_ == "prep" and c.lower_ in skipped)]


def _modifies_a_noun(token: Token) -> bool:
    return token.dep_ in {"amod", "compound", "nmod", "poss"} and token.head.pos_ in {"NOUN", "PROPN"}


def tag_place_mentions(doc: Doc, mentions: list[Mention], places: dict[int, Actor],
                       taken: set[int], used: set[str]) -> list[Mention]:
    """The place name an event took (`taken`: its words) points to its actor; its role stays
    'location', so the places layer still geocodes it as a place. Other mentions of the same
    place are left as they are."""
    out = []
    for mention in mentions:
        if mention.role == "location" and mention.actor is None:
            span = expanded_span(doc, *mention.span)
            actor = places.get(span.start) if span is not None else None
            if actor is not None and actor.id in used and any(t.i in taken for t in span):
                mention = mention.model_copy(update={"actor": actor.id})
        out.append(mention)
    return out + _region_mentions(doc, out, places, taken, used)


def _region_mentions(doc: Doc, mentions: list[Mention], places: dict[int, Actor],
                     taken: set[int], used: set[str]) -> list[Mention]:
    """A mention for each region (`_natural_regions`) an event took, which no mention of the
    actors layer names: its actor needs a mention to be found in the text."""
    spans = [m.span for m in mentions]
    out: dict[tuple[int, int], Mention] = {}
    for i in sorted(taken):
        actor = places.get(i)
        if actor is None or actor.id not in used or actor.span in out or any(
                s < actor.span[1] and actor.span[0] < e for s, e in spans):
            continue
        start, end = actor.span
        out[actor.span] = Mention(doc_id=actor.doc_id, span=actor.span, text=doc.text[start:end],
                                  label="LOC", role="location", actor=actor.id)
    return list(out.values())
