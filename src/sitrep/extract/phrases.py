"""Resolve a short actor phrase ("Pakistani Army", "ordinary Kazakhs", "the DEA") to what it
names: the actor, its kind, country and CAMEO/PLOVER agent code. Used for actor arguments that
come as phrases (events, eval sets), with the same lexicon and rules as the actors stage.
"""

from __future__ import annotations

from dataclasses import dataclass

from spacy.tokens import Doc, Token

from sitrep.extract.actors import ActorExtractor
from sitrep.records import Actor, Document, Mention

# The agent code a kind implies when no actor noun says more ("Kazakhstan" is a state: no code).
KIND_AGENT_CODE = {
    "state": "", "government": "GOV", "military": "MIL", "armed_group": "REB", "igo": "IGO",
    "ngo": "NGO", "media": "MED", "person": None, "other": None,
}


@dataclass(frozen=True)
class ActorGuess:
    actor_id: str | None
    name: str | None
    kind: str | None
    country: str | None
    agent_code: str | None


class PhraseResolver:
    def __init__(self, nlp, extractor: ActorExtractor | None = None):
        self.nlp = nlp
        self.extractor = extractor or ActorExtractor(nlp)

    def __call__(self, text: str) -> ActorGuess | None:
        doc = self.nlp(text)
        actors, mentions = self.extractor(doc, Document.from_text(text))
        return self.describe(doc, actors, mentions)

    def describe(self, doc: Doc, actors: list[Actor], mentions: list[Mention]) -> ActorGuess | None:
        by_id = {a.id: a for a in actors}
        head = _phrase_head(doc)
        noun = self._actor_noun(head) or self._title_noun(doc, head)
        main = _main_actor(head, mentions, by_id) or self._named_place(mentions)
        if main is None and noun is None:
            return None
        country = main.country if main else None
        if country is None:
            country = next((by_id[m.actor].country for m in mentions
                            if m.actor and by_id[m.actor].country), None)
        kind = noun.kind if noun is not None else main.kind
        code = noun.agent_code if noun is not None else KIND_AGENT_CODE.get(main.kind)
        if main is not None and main.kind not in {"state", "person"} and noun is None:
            kind = main.kind
        if code is None and main is not None and main.kind == "person":
            code = _affiliation_code(main.affiliation)
        return ActorGuess(main.id if main else None, main.name if main else None, kind,
                          country, code)

    def _named_place(self, mentions: list[Mention]) -> Actor | None:
        """A phrase that is only a country's name ('Saudi Arabia') names that state: alone,
        with no sentence around it, it cannot be a location."""
        for m in mentions:
            known = self.extractor.lexicon.lookup(m.text)
            if m.actor is None and known is not None:
                return Actor(doc_id="", id=known.id, name=known.name, kind=known.kind,
                             country=known.country, span=m.span, known=True)
        return None

    def _title_noun(self, doc: Doc, head: Token | None):
        """A title before a name: 'Armenian Prime Minister Nikol Pashinyan' → prime minister."""
        if head is None or head.pos_ != "PROPN":
            return None
        lexicon = self.extractor.lexicon
        for token in reversed(list(head.lefts)):
            if token.i > 0:
                pair = lexicon.noun(f"{doc[token.i - 1].lower_} {token.lower_}")
                if pair is not None:
                    return pair
            noun = lexicon.noun(token.lower_)
            if noun is not None:
                return noun
        return None

    def _actor_noun(self, head: Token | None):
        """The actor noun heading the phrase, two-word nouns first ('defense minister')."""
        if head is None or head.pos_ not in {"NOUN", "PROPN"}:
            return None
        lexicon = self.extractor.lexicon
        if head.i > 0:
            pair = lexicon.noun(f"{head.doc[head.i - 1].lemma_} {head.lemma_}")
            if pair is not None:
                return pair
        return lexicon.noun(head.lemma_) or lexicon.noun(head.text)


# A state's branch ids end in these suffixes ('RUS-GOV'); their agent codes are the suffixes.
_BRANCH_CODES = frozenset({"GOV", "MIL", "REB"})


def _affiliation_code(affiliation: str | None) -> str | None:
    """A person the dictionary files under a state's branch ('Vladimir Putin': RUS-GOV) acts
    for it: the branch's agent code, where the phrase has no actor noun of its own."""
    suffix = affiliation.rpartition("-")[2] if affiliation and "-" in affiliation else None
    return suffix if suffix in _BRANCH_CODES else None


def _phrase_head(doc: Doc) -> Token | None:
    roots = [t for t in doc if t.dep_ == "ROOT"]
    return roots[0] if roots else None


def _main_actor(head: Token | None, mentions: list[Mention], by_id: dict[str, Actor]):
    """The actor whose mention holds the head word, else the last actor mentioned."""
    named = [m for m in mentions if m.actor]
    if not named:
        return None
    if head is not None:
        for m in named:
            if m.span[0] <= head.idx < m.span[1]:
                return by_id[m.actor]
    return by_id[named[-1].actor]
