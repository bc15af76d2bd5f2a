"""Which institution a body's description points back to: 'the airline' → Ethiopian Airlines,
'the group' → the last armed group met, 'the government' → the government of the country the
story is about, 'the government of President Assad' → his country's government.

The resolver (extract/speakers.py) asks this when a description names no actor of its own.
"""

from __future__ import annotations

from functools import lru_cache

from spacy.tokens import Doc, Token

from sitrep.data import read_table, split_multi
from sitrep.extract.entities import doc_text
from sitrep.extract.lexicon import ActorLexicon
from sitrep.records import Actor

INSTITUTION_KINDS = {"state", "government", "military", "armed_group", "igo", "ngo", "media", "other"}


@lru_cache(maxsize=1)
def body_head_kinds() -> dict[str, frozenset[str]]:
    """Head nouns of a body → the actor kinds it can point back to (data/body_head_kinds.tsv):
    'the group' is the last armed group or organisation, 'the police' none."""
    return {row["head"]: frozenset(split_multi(row["kinds"]))
            for row in read_table("body_head_kinds.tsv")}


class Institutions:
    """The institutions one document has met, read for a description of a body. Holds the
    resolver's growing actor table, not a copy: descriptions made since are met too."""

    def __init__(self, doc: Doc, actors: dict[str, Actor], token_actor: dict[int, str],
                 lexicon: ActorLexicon):
        self.doc = doc
        self.actors = actors
        self.token_actor = token_actor
        self.lexicon = lexicon

    def named_by_head(self, before: int, head: Token) -> str | None:
        """The last named institution before `before` whose name has this head noun: 'the
        airline' → Ethiopian Airlines, 'the observatory' → the Syrian Observatory for Human
        Rights. A plural form counts only as part of a name ('Ethiopian Airlines'): 'Kurdish
        officials' are no body 'the official' names, 'Venezuelan government' is 'the government'."""
        forms = {head.lower_, head.lemma_.lower()}
        forms |= {form + "s" for form in forms} | {form + "es" for form in forms}
        for i in range(before - 1, max(-1, before - 600), -1):
            actor_id = self.token_actor.get(i)
            actor = self.actors.get(actor_id) if actor_id else None
            if (actor is not None and actor.kind != "person" and not actor_id.startswith("desc:")
                    and self._of_country_named(actor_id, head) and len(actor.name.split()) > 1
                    and any(word.lower() in forms and (word[:1].isupper() or word == head.lower_)
                            for word in actor.name.split()[1:])):
                return self._of_topic_country(actor_id, head, before)
        return None

    def recent_institution(self, before: int, head: Token, since: int = -1) -> str | None:
        """'the group' → the last armed group or organisation mentioned (after token `since`);
        'the ministry' → the last government body; 'the army' → the last military. Words
        before the head that name a kind narrow it: 'the militant group' is an armed group,
        'the humanitarian aid group' no armed group."""
        kinds = body_head_kinds().get(head.lemma_.lower(), INSTITUTION_KINDS - {"state"})
        named = {noun.kind for child in head.children if child.dep_ in {"amod", "compound"}
                 and (noun := self.lexicon.noun(child.lemma_.lower())) is not None
                 and noun.kind != "person"}
        kinds = kinds & named if named else kinds
        for i in range(before - 1, max(since, before - 300), -1):
            actor_id = self.token_actor.get(i)
            if actor_id and self.actors[actor_id].kind in kinds \
                    and self._of_country_named(actor_id, head):
                return self._of_topic_country(actor_id, head, before)
        return None

    def _of_topic_country(self, nearest: str, head: Token, before: int) -> str:
        """'the government' in a story about Venezuela is Venezuela's, also when the last
        government named was another country's ('the Trump administration targeted 13 more
        Venezuelan officials … the government on Thursday issued a ban'): of the governments
        met before whose name holds the head word ('Venezuelan government', not the CIA), the
        one of the country the text so far names most, when that country outnumbers the
        nearest one's."""
        country = self.actors[nearest].country
        if self.actors[nearest].kind != "government" or country is None \
                or self._country_named(head) is not None:
            return nearest
        counts = self._country_mentions(before)
        topic = max(counts, key=counts.get, default=None)
        if topic is None or topic == country or counts[topic] <= counts.get(country, 0):
            return nearest
        start = self.doc[before].idx if before < len(self.doc) else len(doc_text(self.doc))
        forms = {head.lower_, head.lemma_.lower()}
        met = (actor_id for actor_id, actor in self.actors.items()
               if actor.kind == "government" and actor.country == topic and not actor.members
               and forms & {word.lower() for word in actor.name.split()}
               and actor.span[0] < start and not actor_id.startswith("desc:"))
        return next(met, nearest)

    def _of_country_named(self, actor_id: str, head: Token) -> bool:
        """Is the body of the country the description names, if it names one? 'The
        Bangladeshi government' is no earlier government body of another country (the Port
        Authority, the US government), 'the government in Ukraine' not the one in Washington."""
        country = self._country_named(head)
        return country is None or self.actors[actor_id].country == country

    def _country_named(self, head: Token) -> str | None:
        """The country a description's own words name, whether or not the actors layer made
        an actor of it: a demonym before its head ('the Bangladeshi government') or a country's
        name after a preposition on it ('the government in Ukraine', 'of Ukraine')."""
        for child in head.children:
            if child.dep_ in {"amod", "compound"} and child.i < head.i:
                if (country := self.lexicon.demonym_country(child.text)) is not None:
                    return country
            if child.dep_ == "prep" and child.lower_ in {"in", "of"}:
                place = next((c for c in child.children if c.dep_ == "pobj"), None)
                known = (self.lexicon.lookup(head.doc[place.left_edge.i:place.i + 1].text)
                         if place is not None else None)
                if known is not None and known.kind == "state":
                    return known.country
        return None

    def _country_mentions(self, before: int) -> dict[str, int]:
        """How many mentions before token `before` name each country (its state, people,
        government, places the actors layer read as its actors)."""
        counts: dict[str, int] = {}
        for i in range(before):
            actor_id = self.token_actor.get(i)
            if actor_id is None or self.token_actor.get(i - 1) == actor_id:
                continue
            country = self.actors[actor_id].country
            if country is not None:
                counts[country] = counts.get(country, 0) + 1
        return counts

    def body_led_by(self, person_id: str, lemma: str) -> str | None:
        """'The government of President Bashar al-Assad' is no person: it is the government of
        his country the text has met, else a body of its own affiliated to him (None here)."""
        noun, country = self.lexicon.noun(lemma), self.actors[person_id].country
        if noun is None or country is None:
            return None
        return next((actor_id for actor_id, actor in self.actors.items()
                     if actor.kind == noun.kind and actor.country == country
                     and not actor.members), None)
