"""Titles in speaker spans: the person a title description means, and the name after a title.

'The Turkish president said' is the person met as 'Turkish President Recep Tayyip Erdogan' (or
holding the title as a role); 'Sen. John McCain … the senator' through the title's abbreviated
forms (data/title_forms.tsv); a title narrowed to one office is no person titled otherwise
('the deputy foreign minister' is not Foreign Minister Zarif; data/title_narrowers.tsv), nor a
person of another rank ('Vice President Mike Pence' is not 'the president';
data/second_rank_titles.tsv).
'Minister of Foreign Affairs Sergei Lavrov said' is Lavrov, though the parser makes the title
the head. Used by extract/speakers.py, which decides when a speaker span is a title.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from functools import lru_cache

from spacy.tokens import Doc, Span, Token

from sitrep.data import read_table, split_multi
from sitrep.extract.antecedents import ClaimContents
from sitrep.extract.entities import doc_text
from sitrep.extract.lexicon import load_lexicon
from sitrep.extract.party_tags import party_heads, party_named, state_in_words, states_in, tag_words
from sitrep.records import Actor

_ARTICLES = {"the", "a", "an"}
_LIST_REACH = 24  # tokens from a plural title to the last name of its list
_LIST_LINKS = {",", "and", "(", ")", "-", "."}  # between the names of a titled list
_STATE_KINDS = {"state", "government", "military", "person"}  # a title of a country's office


class TitledPeople:
    """The people of one document as their titles name them. Shares the speaker resolver's
    actors (which grow as descriptions are met) and its token → actor index."""

    def __init__(self, doc: Doc, actors: dict[str, Actor], token_actor: dict[int, str],
                 tokens_of: dict[str, list[int]], contents: ClaimContents | None = None):
        self.doc = doc
        self.contents = contents or ClaimContents([])
        self.actors = actors
        self.token_actor = token_actor
        self.tokens_of = tokens_of
        self.title_words: dict[str, set[str]] = {}  # per actor, memoised: see titles

    def titled_person(self, span: Span, head: Token, since: int,
                      fits: Callable[[str], bool] = lambda actor_id: True,
                      in_focus: Sequence[str] = ()) -> str | None:
        """'the Turkish president' → the last person named with that title ('Turkish President
        Recep Tayyip Erdogan') or holding it as a role, of the same country where the phrase
        names one; not one met before character `since`, where an unnamed one with the title
        ('a senior official') was described; not one of another rank ('Vice President Mike
        Pence' is not 'the president'), nor one `fits` rules out (the speaker resolver: 'the
        congresswoman' is no man). Of several, a person `in_focus` (the subjects before the
        span, as a pronoun weighs them) comes before a nearer one: in 'Trump said he would wipe
        out Turkish President Erdogan's economy… The president added', Trump."""
        # the titles the text has given by the span first ('President Obama … Putin … the
        # president' is Obama, though 'Russian President Vladimir Putin' comes later), then
        # those it gives anywhere; the office the actor dictionary gives a person only
        # when no one fits by those ('Trump … the president said' where the article never
        # writes 'President Trump'; not Joe Biden, named as a candidate, in a 2019 article)
        so_far: dict[str, set[str]] = {}  # per actor: asked for each of its mentions

        def titles_so_far(actor_id: str) -> set[str]:
            if actor_id not in so_far:
                so_far[actor_id] = self.titles_before(actor_id, span.start)
            return so_far[actor_id]

        for titles in (titles_so_far, self.titles, self.titles_with_office):
            fitting = self._of_state(span, head, self._of_owner(
                span, head, self._titled(span, head, since, fits, titles)))
            if fitting:
                return next((actor_id for actor_id in in_focus if actor_id in fitting),
                            fitting[0])
        return None

    def _titled(self, span: Span, head: Token, since: int, fits: Callable[[str], bool],
                titles: Callable[[str], set[str]]) -> list[Actor]:
        """The people with the title of `head` before the span, the nearest first; those met
        only inside what another claim says after the rest: in 'Sen. Dianne Feinstein said
        legislation like what Gillibrand is pushing will be needed. "…," the California
        Democrat told POLITICO', Feinstein, though Sen. Gillibrand's name is nearer."""
        forms, modifiers = _title_forms(head.lemma_.lower()), self.title_modifiers(head)
        party = _party_of(span, head)
        titled: list[Actor] = []
        said_of: list[Actor] = []  # met only inside another claim's content so far
        for i in range(span.start - 1, -1, -1):
            actor = self.actors.get(self.token_actor.get(i, ""))
            if actor is None or actor.kind != "person" or actor.id.startswith("desc:") \
                    or not fits(actor.id):
                continue
            if self.doc[i].idx < since:
                break
            if forms & titles(actor.id) and actor not in titled \
                    and modifiers <= titles(actor.id) \
                    and titles(actor.id) & _second_ranks() <= modifiers \
                    and not _of_another_party(party, titles(actor.id)):
                if not self.contents.apart(self.doc[i], self.doc[span.start]):
                    if actor in said_of:
                        said_of.remove(actor)
                    titled.append(actor)
                elif actor not in said_of:
                    said_of.append(actor)
        return titled + said_of

    def fits_party_state(self, span: Span, head: Token, actor_id: str) -> bool:
        """Does nothing in the description rule the person out: no other party than the one
        the text tags the person with, no other state ('the Texas Republican' is no one tagged
        'D-Conn.' or 'R-Ohio')?"""
        titles = self.titles(actor_id)
        party = _party_of(span, head)
        if _of_another_party(party, titles):
            return False
        state = _state_of(span, head)
        return state is None or state in titles or not states_in(titles)

    def _of_state(self, span: Span, head: Token, titled: list[str]) -> list[str]:
        """'the South Carolina Republican', 'the Texas lawmaker': of the titled people, those
        the text places in that state ('Sen. Lindsey Graham (R-S.C.)'), else those it places in
        no state ('Sen. John McCain … the Arizona Republican'), never one of another state."""
        state = _state_of(span, head)
        if state is None:
            return titled
        return [a for a in titled if state in self.titles(a)] or [
            a for a in titled if not states_in(self.titles(a))]

    def _of_owner(self, span: Span, head: Token, titled: list[Actor]) -> list[str]:
        """The titled people, the nearest first, who can hold the title of the body or country
        the span names, if it names one."""
        owner = next((self.actors.get(self.token_actor[t.i]) for t in span
                      if t.i in self.token_actor), None)
        if owner is not None and owner.kind not in _STATE_KINDS and self._owns(span, head, owner):
            # 'the president of Ukraine International Airlines' is the airline's, not the
            # country's president: only a person of that body or titled with its name
            titled = [a for a in titled if self.of_body(a, owner)]
        if owner is not None and owner.kind == "person" and self._owns(span, head, owner) \
                and head.lemma_.lower() in _retained_nouns():
            # "Trump's attorney" works for Trump: not one titled with a country's office ('U.S.
            # Attorney John Durham'), while 'defense lawyer Chuchart Kanpai' may be Bilal's
            # (data/retained_nouns.tsv); "Trump's secretary of state" holds an office of his
            # government and stays any of the country's
            titled = [a for a in titled if a.id != owner.id and (
                self.of_body(a, owner) or not self._country_office(a))]
        if owner is None or owner.country is None:
            return [a.id for a in titled]
        # 'The U.S. president': the president of that country, else one whose country the
        # text does not give ('President Barack Obama'), never another country's.
        fitting = [a for a in titled if a.country == owner.country] or [
            a for a in titled if a.country is None]
        return [a.id for a in fitting]

    def _owns(self, span: Span, head: Token, body: Actor) -> bool:
        """Does `body` hold the title as its own office, in an of-phrase or a possessive ('the
        president of Ukraine International Airlines', 'the airline's chief')? A body before
        the title may be a party the holder belongs to ('the GOP senator')."""
        return any(self.actors.get(self.token_actor.get(t.i, "")) is body
                   and (t.i > head.i or t.dep_ == "poss") for t in span)

    def _country_office(self, person: Actor) -> bool:
        """Is the person titled with a country's name or its adjective ('U.S. Attorney John
        Durham', 'British Ambassador Kim Darroch')?"""
        lexicon = load_lexicon()
        # the title words are lower-cased: an abbreviation ('u.s.') is looked up in capitals
        return any(lexicon.demonym_country(word) or getattr(
            lexicon.lookup(word.upper() if "." in word else word), "kind", None) == "state"
            for word in self.titles(person.id))

    def of_body(self, person: Actor, body: Actor) -> bool:
        """Does `person` speak for `body`: affiliated with it, or titled with a word of its
        name ('Hamas leader Ismail Haniyeh' of Hamas)?"""
        # not a country's name in it: 'Ukraine' of 'Ukraine International Airlines' makes no
        # president of Ukraine the airline's
        lexicon = load_lexicon()
        words = {word.lower() for word in body.name.split() if not lexicon.demonym_country(word)
                 and getattr(lexicon.lookup(word), "kind", None) != "state"} | {
            alias.lower() for alias in body.aliases}
        return person.affiliation == body.id or bool(words & self.titles(person.id))

    def name_after_title(self, span: Span, head: Token) -> str | None:
        """'Minister of Foreign Affairs Sergei Lavrov', 'U.S. Ambassador to the United Nations
        Nikki Haley': a capitalised title with no article before it, ending in a person's name,
        is that person (the parser makes the title the head). 'A spokesman for Prime Minister
        Netanyahu' is not Netanyahu: a lower-case head after an article."""
        last = span[-1]
        while last.is_punct and last.i > span.start:
            last = last.nbor(-1)
        person = self.token_actor.get(last.i)
        if person is None or self.actors[person].kind != "person" or not head.is_title or \
                head.i >= last.i or head.i in self.token_actor or span[0].lower_ in _ARTICLES \
                or head.pos_ == "PRON" or any(t.pos_ == "VERB" for t in span):
            return None  # a head that is itself a name ('X, spokesman for … in Y') is the speaker
        return person

    def title_modifiers(self, head: Token) -> set[str]:
        """The words that narrow a title to one office ('Greece's Energy Minister', 'the
        deputy foreign minister', 'the education campaigner'): a person titled otherwise
        ('Prime Minister Alexis Tsipras') is not meant (data/title_narrowers.tsv)."""
        return {child.lower_ for child in head.children
                if child.dep_ in {"compound", "amod"} and child.lower_ in _title_narrowers()}

    def titles(self, actor_id: str) -> set[str]:
        """The title words a person carries in the text: the role, and the nouns right before
        any mention of the name ('White House spokesman Josh Earnest')."""
        if actor_id not in self.title_words:
            role = set((self.actors[actor_id].role or "").lower().split())
            self.title_words[actor_id] = role | self._mention_titles(
                self.tokens_of.get(actor_id, []))
        return self.title_words[actor_id]

    def titles_before(self, actor_id: str, before: int) -> set[str]:
        """`titles` from the mentions that start before token `before` only (not the role,
        which a later mention may have given)."""
        return self._mention_titles([i for i in self.tokens_of.get(actor_id, []) if i < before])

    def _mention_titles(self, tokens: list[int]) -> set[str]:
        """The nouns of the mentions these tokens make, and the titles right before each."""
        words: set[str] = set()
        for start, end in _runs(tokens):
            words.update(t.lower_ for t in self.doc[start:end + 1] if t.pos_ in {"NOUN", "PROPN"})
            words.update(self._title_before(start, end))
            words.update(self._list_title(start))
            last = self.doc[end]
            words.update(tag_words(doc_text(self.doc), self.doc[start].idx, last.idx + len(last)))
        return words

    def titles_with_office(self, actor_id: str) -> set[str]:
        """The titles the text gives, and for a person the actor dictionary knows, the words of
        the office it gives ('US President 2017-2021 and since January 2025')."""
        known = load_lexicon().actors.get(actor_id) if self.actors[actor_id].known else None
        office = set(known.role.lower().split()) if known is not None and known.role else set()
        return self.titles(actor_id) | office

    def _title_before(self, start: int, end: int) -> set[str]:
        """The nouns right before a mention that modify it: 'Turkish President' of 'Recep
        Tayyip Erdogan', 'North Korean leader' of 'Kim Jong-un'; not '…, denies X', nor 'the
        congresswoman objected when Whitaker…' (the title and the name are one run of nouns).
        A rank adjective right before them is part of the title: 'former New York Mayor Rudy
        Giuliani' is no mayor in office ('under President Obama' is no rank)."""
        words = set()
        j = start - 1
        while j > max(-1, start - 4) and self.doc[j].pos_ in {"NOUN", "PROPN"}:
            if j < self.doc[j].head.i <= end:
                words.add(self.doc[j].lower_)
            j -= 1
        rank = self.doc[j] if j >= 0 else None
        if words and rank is not None and rank.pos_ == "ADJ" and rank.lower_ in _second_ranks():
            words.add(rank.lower_)
        return words

    def _list_title(self, start: int) -> set[str]:
        """The title a plural title before a list of names gives every listed person: 'Sens. John
        McCain, Lindsey Graham and Kelly Ayotte' makes Graham and Ayotte senators too
        (data/plural_titles.tsv). Only names, commas, 'and' and party tags stand between the
        title and the name, within the sentence, and a name follows the title right away ('…
        told senators, Obama said' titles no one)."""
        j = start - 1
        while j >= max(0, start - _LIST_REACH):
            token = self.doc[j]
            # the parser often ends a sentence at the full stop of 'Reps.' (an abbreviation:
            # its singular form ends in one too), not at that of '… told senators.'
            if token.text == "." and j > 0 and (
                    self._plural_title(self.doc[j - 1]) or "").endswith("."):
                j -= 1
                token = self.doc[j]
            elif self.doc[j + 1].is_sent_start:
                return set()
            if (singular := self._plural_title(token)) is not None:
                titles_names = self._name_follows(j + 1) and (
                    j == 0 or self.doc[j - 1].pos_ != "DET")  # not 'met the Sens.' (a team)
                return {singular} if titles_names else set()
            if token.pos_ != "PROPN" and token.text not in _LIST_LINKS:
                return set()
            j -= 1
        return set()

    @staticmethod
    def _plural_title(token: Token) -> str | None:
        """The singular title form of a plural title ('Sens.' → 'sen.'), or None."""
        return _plural_titles().get(token.lower_.rstrip("."))

    def _name_follows(self, i: int) -> bool:
        """Does a name start at token i, after the full stop of an abbreviated title?"""
        if i < len(self.doc) and self.doc[i].text == ".":
            i += 1
        return i < len(self.doc) and self.doc[i].pos_ == "PROPN" and self.doc[i].is_title


def _party_of(span: Span, head: Token) -> str | None:
    """The party a description names ('the Ohio Republican', 'the GOP senator'): its people
    are no one the text tags with another party."""
    return next((party for t in span if t.i <= head.i
                 if (party := party_named(t.lower_)) is not None), None)


def _of_another_party(party: str | None, titles: set[str]) -> bool:
    """Does the text tag the person with a party other than the one a description names?"""
    return bool(party and titles & (party_heads() - {party}))


def _state_of(span: Span, head: Token) -> str | None:
    """The US state a description names before its head ('the South Carolina Republican')."""
    return state_in_words([t.text for t in span if t.i < head.i and t.is_title])


def _runs(indices: list[int]) -> list[tuple[int, int]]:
    """Consecutive token indices as (first, last) pairs: the mentions of one actor."""
    runs: list[tuple[int, int]] = []
    for i in sorted(indices):
        if runs and i <= runs[-1][1] + 1:
            runs[-1] = (runs[-1][0], i)
        else:
            runs.append((i, i))
    return runs


def _title_forms(title: str) -> set[str]:
    """The words that give a person the title `title` before a name ('Sen.' for 'the senator')."""
    return {title} | _title_form_table().get(title, set())


@lru_cache(maxsize=1)
def _title_form_table() -> dict[str, set[str]]:
    return {row["title"]: set(split_multi(row["forms"])) for row in read_table("title_forms.tsv")}


@lru_cache(maxsize=1)
def _plural_titles() -> dict[str, str]:
    return {row["plural"]: row["singular"] for row in read_table("plural_titles.tsv")}


@lru_cache(maxsize=1)
def _retained_nouns() -> frozenset[str]:
    return frozenset(row["noun"] for row in read_table("retained_nouns.tsv"))


@lru_cache(maxsize=1)
def _second_ranks() -> frozenset[str]:
    return frozenset(row["word"] for row in read_table("second_rank_titles.tsv"))


@lru_cache(maxsize=1)
def _title_narrowers() -> frozenset[str]:
    return frozenset(row["word"] for row in read_table("title_narrowers.tsv"))
