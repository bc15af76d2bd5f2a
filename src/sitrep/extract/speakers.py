"""Who is speaking: a speaker span resolved to an actor across the document.

Names resolve through the actors layer ("Kaja Kallas"). Descriptions become actors of their own
("an HTS official familiar with the talks": an unnamed person, affiliation HTS) and later definite
descriptions with the same head noun point back to them ("the HTS official", "the official").
Pronouns ("he", "they") take a compatible subject before them (extract/antecedents.py), else the
most recent compatible speaker, else the nearest mention. The source type follows: a named
person, an anonymous one (a description with no name), or an institution.

The resolver keeps the document's state (actors, descriptions, genders, speakers so far); the
parts it reads with are modules of their own: one phrase's shape (speaker_spans.py), what a
pronoun may stand for (speaker_pronouns.py), which institution a body's description means
(speaker_institutions.py), titles (speaker_titles.py) and speakers joined by 'and'
(speaker_groups.py).
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache

from spacy.tokens import Doc, Span, Token

from sitrep.data import read_table
from sitrep.extract.actor_mentions import actor_tokens
from sitrep.extract.antecedents import ClaimContents, is_expletive, subject_antecedents
from sitrep.extract.entities import doc_text
from sitrep.extract.lexicon import ActorLexicon, fold
from sitrep.extract.names import name_tokens, slug, word_genders
from sitrep.extract.party_tags import party_heads, party_named
from sitrep.extract.speaker_groups import group_actor, joined_phrases, names_someone
from sitrep.extract.speaker_institutions import INSTITUTION_KINDS, Institutions, body_head_kinds
from sitrep.extract.speaker_pronouns import (
    GROUP_PRONOUNS, PERSON_PRONOUNS, PRONOUN_GENDER, THING_PRONOUNS, joined_by_and,
    names_a_group_of_people, people_in_object_position, stated_genders, unheld_text,
    unknown_body_name)
from sitrep.extract.speaker_spans import (
    apposed_names, core_phrase, description_affiliation, earlier_mention, is_definite, name_run,
    names_itself, plural_form, relative_antecedent)
from sitrep.extract.speaker_titles import TitledPeople
from sitrep.records import Actor, Mention

_COUNTRY_BODY_KINDS = {"state", "government", "military"}
_DASHES = {"—", "–", "--", "-"}
_CONJUNCTIONS = {"and", "or", "&"}
# a group's source type is its weightiest member's: 'Netanyahu and his advisers' is a named source
_SOURCE_TYPE_WEIGHT = ("named", "institutional", "anonymous", "unknown")


@lru_cache(maxsize=1)
def speaker_nouns() -> dict[str, str]:
    """Head nouns that can name a speaker → 'person' or 'body' (data/source_nouns.tsv)."""
    return {row["noun"]: row["kind"] for row in read_table("source_nouns.tsv")}


@dataclass
class Description:
    actor_id: str
    head: str
    affiliation: str | None
    plural: bool = False  # the head word is a plural form ('officials', not 'police')


class SpeakerResolver:
    """Resolves speakers of one document in text order; holds the growing actor list."""

    def __init__(self, doc: Doc, doc_id: str, actors: list[Actor], mentions: list[Mention],
                 lexicon: ActorLexicon, org_heads: frozenset[str],
                 contents: list[tuple[int, int]] = ()):
        self.doc = doc
        self.doc_id = doc_id
        self.lexicon = lexicon
        self.org_heads = org_heads
        self.actors = {a.id: a for a in actors}
        self.mentions = list(mentions)
        self.token_actor = actor_tokens(doc, mentions)
        self.descriptions: list[Description] = []
        self.history: list[tuple[int, int, str]] = []  # (start, head, actor id) of speakers so far
        self.speaker_heads: dict[int, str] = {}  # head token → actor of each resolved speaker
        self.contents = ClaimContents(list(contents))
        self.gender = stated_genders(doc, self.actors, mentions)
        self.plural: set[str] = set()  # descriptions with a plural head: "they", never "he"
        self.tokens_of: dict[str, list[int]] = {}  # actor id → the tokens of its mentions
        for i, actor_id in self.token_actor.items():
            self.tokens_of.setdefault(actor_id, []).append(i)
        self.titled = TitledPeople(doc, self.actors, self.token_actor, self.tokens_of,
                                   self.contents)
        self.institutions = Institutions(doc, self.actors, self.token_actor, lexicon)

    def resolve(self, span: Span) -> tuple[str | None, str]:
        """The actor a speaker span refers to, and the source type."""
        actor_id = self._resolve(span)
        if actor_id is not None:
            self.history.append((span.start, span.root.i, actor_id))
            self.speaker_heads[span.root.i] = actor_id
        return actor_id, self.source_type(actor_id, span)

    def source_type(self, actor_id: str | None, span: Span | None = None) -> str:
        actor = self.actors.get(actor_id) if actor_id else None
        if actor is None:
            return "unknown"
        if actor.members:
            types = {self.source_type(member) for member in actor.members}
            return next(t for t in _SOURCE_TYPE_WEIGHT if t in types or t == "unknown")
        head = span.root if span is not None else None
        if head is not None and actor.kind != "person" and (
                head.pos_ == "NOUN" and speaker_nouns().get(head.lemma_.lower()) == "person"
                or head.tag_ in {"NNS", "NNPS"} and self.lexicon.demonym_country(head.text)):
            # "U.S. officials said", "many Venezuelans say": unnamed people of a country or body
            return "anonymous"
        if actor.kind == "person":
            return "anonymous" if actor.id.startswith("desc:") else "named"
        if actor.id.startswith("desc:"):
            return "institutional"  # "police said", "authorities say"
        return "institutional" if actor.kind in INSTITUTION_KINDS else "unknown"

    def _resolve(self, span: Span, joined: bool = True) -> str | None:
        head = span.root
        if joined and (joint := self._joint_speaker(span)) is not None:  # 'Obama and Clinton'
            return joint
        # The name wins, also over a title met before ('The spokesman for Iran's nuclear
        # department, Behrouz Kamalvandi' is not the government spokesman named earlier), and
        # for bodies too ('An Al Qaeda-linked group, the Abdullah Azzam Brigades').
        for token in apposed_names(span, head):  # "The EU foreign affairs chief, Kaja Kallas"
            actor_id = self.token_actor.get(token.i)
            if actor_id and (self.actors[actor_id].kind == "person"
                             or head.lemma_.lower() in self.org_heads):
                return actor_id
        if (named := self._name_before_aside(span, head)) is not None:
            self.note_mention(span, named, "DESC")
            return named
        titled = self._titled_person(span, head)
        if titled is not None:  # "President Donald Trump … the president said"
            self.note_mention(span, titled, "DESC")
            return titled
        if (titled_name := self.titled.name_after_title(span, head)) is not None:
            return titled_name
        if head.i in self.token_actor:
            actor_id = self.token_actor[head.i]
            if self._person_of_body(head, actor_id):
                return self._description(span, head)

            self._remember_description(head, actor_id)
            return actor_id
        lower = head.lower_
        antecedent = relative_antecedent(head)
        if antecedent is not None:  # "Mattis, who added that …": who is Mattis
            return self._resolve(self.doc[antecedent.left_edge.i:antecedent.i + 1])
        if head.pos_ == "PRON":
            if is_expletive(head):  # 'It is difficult to predict…'
                return None
            actor_id = self._pronoun(lower, span.start)
            if actor_id is not None:
                self.note_mention(span, actor_id, "PRON")
                if lower in PRONOUN_GENDER:  # "she said": from here on she is no "he"
                    self.gender.setdefault(actor_id, PRONOUN_GENDER[lower])
            return actor_id
        if head.pos_ == "PROPN":
            # The name the head belongs to, not one inside a relative clause or an aside
            # ('Mattis, who added that the North Korean launch…' is Mattis, not North Korea).
            names = [self.token_actor[t.i] for t in name_run(head) if t.i in self.token_actor]
            if names:
                return names[0]
            actor_id = self._surname(head)
            if actor_id is None and is_definite(span):  # "The Observatory added"
                actor_id = self.institutions.named_by_head(span.start, head)
                if actor_id is not None:
                    self.note_mention(span, actor_id, "DESC")
            if actor_id is None and head.is_lower and head.lower_ in speaker_nouns():
                return self._description(span, head)  # 'the jihadist group', tagged NNP
            return actor_id
        if head.is_title:
            actor_id = self._surname(head)  # '“We were lucky,” Wilkins added': tagged NOUN
            if actor_id is not None:
                self.note_mention(span, actor_id, "PERSON")
                return actor_id
        if head.pos_ == "NOUN":
            return self._description(span, head)
        return None

    def _joint_speaker(self, span: Span) -> str | None:
        """'Obama and Clinton said', 'Netanyahu and his advisers believe': the claim is theirs
        together, so the speaker is a group whose members are the actors each joined phrase
        resolves to (extract/speaker_groups.py); one group for one set of members. None when
        the speaker is one phrase or no joined phrase names someone ('officials and analysts'
        stays one description); one member alone ('McCain and others') is that member."""
        phrases = joined_phrases(span)
        if not any(names_someone(phrase, self.token_actor.keys()) for phrase in phrases):
            return None
        members: list[str] = []
        for phrase in phrases:  # each phrase is one speaker: no group inside it
            actor_id = self._resolve(phrase, joined=False)
            if actor_id is not None and actor_id not in members:
                members.append(actor_id)
        if len(members) < 2:
            return members[0] if members else None
        return self._group(span, members)

    def _group(self, span: Span, members: list[str]) -> str:
        """The group actor of these members, named by the span, made once."""
        group = group_actor(self.doc_id, span, core_phrase(span),
                            [self.actors[member] for member in members])
        self.actors.setdefault(group.id, group)
        self.plural.add(group.id)
        # no mention of its own: the words stay their members' mentions, so the later stages
        # still read 'Jordan and Britain agreed' as Jordan with Britain, not with the group
        return group.id

    def _joined_subject(self, head: Token) -> list[Span]:
        """The phrases of a subject joined by 'and' ('Gen. Dempsey and Defense Secretary Chuck
        Hagel'), [] for a subject of one phrase (extract/speaker_groups.py)."""
        return joined_phrases(self.doc[head.left_edge.i:head.right_edge.i + 1])

    def _held_whole(self, head: Token) -> bool:
        """Is a joined phrase held as one actor ('The Obama administration and its
        supporters'): resolved as one speaker, or its conjuncts the head's actor's words?"""
        actor_id = self.token_actor.get(head.i)
        if (spoken := self.speaker_heads.get(head.i)) is not None:
            # a named person is one of the phrases: 'Ed and Paula Kassig said' → Paula Kassig
            return not self.actors[spoken].members and spoken not in {
                a.id for a in self._named_people()}
        return actor_id is not None and any(
            self.token_actor.get(child.i) == actor_id
            for child in head.children if child.dep_ == "conj")

    def _joined_subject_group(self, head: Token) -> str | None:
        """The group a 'they' after a subject joined by 'and' stands for ('Comey and Brennan
        exploited the dossier. They used it…'): the group of the actors each phrase names,
        when the actors layer holds every one; None when it does not ('Comey and his
        confederates'), for the pronoun is still theirs and no one else's."""
        phrases = self._joined_subject(head)
        if phrases:
            span = self.doc[phrases[0].start:phrases[-1].end]
            members = [self._actor_at(phrase.root.i) for phrase in phrases]
        else:  # the parser hung the first on the last: the people named up to the head
            # (not 'Defense' of 'Defense Secretary Chuck Hagel', a title)
            span = self.doc[head.left_edge.i:head.i + 1]
            members = list(dict.fromkeys(
                self.token_actor[t.i] for t in span if t.i in self.token_actor
                and self.actors[self.token_actor[t.i]].kind == "person"))
        if None in members or len(set(members)) < max(2, len(members)):
            return None
        return self._group(span, members)

    def _name_before_aside(self, span: Span, head: Token) -> str | None:
        """'Maduro — the anointed successor of Hugo Chávez, who died in 2013 — strongly
        defends…': the parser makes the description between dashes the subject and hangs the
        name before it on the verb; the description is an aside about that person."""
        if head.pos_ != "NOUN" or span.start < 2 or self.doc[span.start - 1].text not in _DASHES:
            return None
        name = self.doc[span.start - 2]
        actor_id = self.token_actor.get(name.i)
        if actor_id is None and name.pos_ == "PROPN" and name.text[:1].isupper():
            actor_id = self._surname(name)  # the surname alone, untagged
        if actor_id is None or self.actors[actor_id].kind != "person":
            return None
        # the parser hangs either on the other or both on the verb
        linked = name.head.i in {head.i, head.head.i} or head.head.i == name.i
        return actor_id if linked else None

    def _remember_description(self, head: Token, actor_id: str) -> None:
        """'A Lebanese security official said' — a noun phrase the actors layer already read as
        the body it speaks for — is what a later 'the official' points back to."""
        if head.pos_ == "NOUN" and self.actors[actor_id].kind != "person":
            self.descriptions.append(Description(actor_id, head.lemma_.lower(), actor_id,
                                                 plural_form(head)))

    def _surname(self, head: Token) -> str | None:
        """The named person of the document whose surname this word is; of several, the one
        mentioned last before it (as the actors layer reads a bare surname)."""
        # a surname that is also a title word ('King') is still a surname when alone
        surname = name_tokens(head.text) or [fold(head.text)]
        people = {a.id for a in self._named_people() if surname
                  and name_tokens(a.name)[-1:] == surname}
        if len(people) > 1:
            before = [self.token_actor[i] for i in range(head.i - 1, -1, -1)
                      if self.token_actor.get(i) in people]
            return before[0] if before else None
        if people:
            return people.pop()
        # the first name alone, when it fits one person: 'Ri told the AP' after 'Ri Su Yong'
        # (the family name first), 'Bilal said' after 'Bilal Mohammed', as the actors layer reads it
        first = {a.id for a in self._named_people() if surname
                 and len(name_tokens(a.name)) > 1 and name_tokens(a.name)[:1] == surname}
        return first.pop() if len(first) == 1 else None

    def _named_people(self) -> list[Actor]:
        """The people the document names: no description ('a senior official'), no group of
        people ('Obama and Clinton', whose name holds two surnames)."""
        return [a for a in self.actors.values() if a.kind == "person" and not a.members
                and not a.id.startswith("desc:")]

    def _pronoun(self, pronoun: str, before: int) -> str | None:
        """The actor a pronoun stands for: a compatible subject before it in its sentence or
        the one before, else the most recent compatible speaker, else the nearest actor
        mention ('he' → a person, 'it' → an institution). 'They' beside a group no actor
        holds stands for no actor."""
        gender = PRONOUN_GENDER.get(pronoun)
        if pronoun in PERSON_PRONOUNS:
            wanted = {"person"}
        elif pronoun in THING_PRONOUNS:
            wanted = INSTITUTION_KINDS
        elif pronoun in GROUP_PRONOUNS:  # singular "they" is common for anonymous sources
            wanted = {"person"} | INSTITUTION_KINDS
        else:
            return None
        def fits(actor_id: str) -> bool:
            known, kind = self.gender.get(actor_id), self.actors[actor_id].kind
            if self.actors[actor_id].members:  # 'Obama and Clinton said… they added'
                return pronoun in GROUP_PRONOUNS
            if pronoun not in GROUP_PRONOUNS and (
                    actor_id in self.plural or self._plural_name(actor_id)):
                return False  # 'Democrats … it says' is no antecedent
            if pronoun in GROUP_PRONOUNS and kind == "person":
                # Singular "they" stands for an unnamed source of unknown gender ("an official
                # … they said"); a named person is "he" or "she" in news copy.
                return actor_id.startswith("desc:") and (known is None or actor_id in self.plural)
            return kind in wanted and (gender is None or known in (None, gender))

        unheld_bodies = []  # 'The Provisional IRA accepted responsibility… It claimed'

        def unheld(token: Token) -> bool:
            if pronoun in THING_PRONOUNS and (unknown_body_name(token) or unheld_text(token)):
                unheld_bodies.append(token)
                return True
            if pronoun in GROUP_PRONOUNS and joined_by_and(token):
                return True  # 'Ed and Paula Kassig said… They said': the two, held or not
            if pronoun in GROUP_PRONOUNS and names_a_group_of_people(token):
                return True  # 'Hardliners fear the plan, and they say': not the speaker before
            return self._unheld_speaker(token, pronoun)

        def actor_at(i: int) -> str | None:
            actor_id = self._actor_at(i)
            if actor_id and pronoun in GROUP_PRONOUNS and not self._people_of(actor_id, i):
                return None  # news copy calls a country 'it': 'China … they said' is others
            return actor_id

        def subject_actor_at(i: int) -> str | None:
            # a subject joined by 'and' is all its phrases to a 'they', not the first alone
            # ('the senators and congressman', held as one description, stays one)
            actor_id = actor_at(i)
            if pronoun not in GROUP_PRONOUNS or actor_id in self.plural \
                    or not joined_by_and(self.doc[i]) or self._held_whole(self.doc[i]):
                return actor_id
            return self._joined_subject_group(self.doc[i])

        candidates = []
        for actor_id in subject_antecedents(self.doc, self.doc[before], subject_actor_at,
                                            self.contents, unheld):
            if actor_id is None:
                if pronoun in GROUP_PRONOUNS or unheld_bodies:
                    return None  # 'Many rebels … because they say', 'The IRA … It': no actor
                break
            if fits(actor_id):
                candidates.append(actor_id)
            elif (namesake := self._namesake(actor_id, gender)) is not None and fits(namesake):
                candidates.append(namesake)  # 'Clinton … She said': not Bill but Hillary
        if pronoun in GROUP_PRONOUNS and not candidates and (people := people_in_object_position(
                self.doc[before], self.contents, self._names_people)) is not None:
            # 'Jeh Johnson informed state election officials… they told him': no subject fits,
            # so the people the sentence turned to, held or not, not the speaker before
            actor_id = actor_at(people.i)
            return actor_id if actor_id is not None and fits(actor_id) else None
        candidates += [actor_id for start, head, actor_id in reversed(self.history)
                      if start < before and before - start < 400 and fits(actor_id)
                      and (pronoun not in GROUP_PRONOUNS or self._people_of(actor_id, head))]
        # only a token the actors layer holds is a nearest mention: ask that before
        # `actor_at`, which also reads surnames and descriptions (a scan of the actors)
        candidates += [actor_id for i in range(before - 1, max(-1, before - 200), -1)
                       if i in self.token_actor and (actor_id := actor_at(i)) is not None
                       and fits(actor_id)]
        return candidates[0] if candidates else None

    def _names_people(self, token: Token) -> bool:
        """Is a plural noun one of people: a person's noun (data/source_nouns.tsv) or a
        group's (data/group_nouns.tsv)?"""
        return token.pos_ == "NOUN" and (speaker_nouns().get(token.lemma_.lower()) == "person"
                                         or names_a_group_of_people(token))

    def _people_of(self, actor_id: str, i: int) -> bool:
        """Can a mention of this actor at token i be 'they'? Not a country by its name: news
        copy calls China 'it', while its people ('many Venezuelans', a plural word the actors
        layer gives the country) are 'they', and so are countries named together ('Britain,
        France and Germany… They urged')."""
        token = self.doc[i]
        return self.actors[actor_id].kind != "state" or bool(self.actors[actor_id].members) \
            or token.tag_ in {"NNS", "NNPS"} \
            or token.dep_ == "conj" or any(child.dep_ == "conj" for child in token.children)

    def _namesake(self, actor_id: str, gender: str | None) -> str | None:
        """The one other named person of the document who shares this person's surname and
        whose gender is the pronoun's, where the person is of the other gender: a bare
        'Clinton' the actors layer gave to Bill Clinton, named last, is Hillary Clinton to a
        'she' after it."""
        actor = self.actors[actor_id]
        if gender is None or actor.kind != "person" or self.gender.get(actor_id) in (None, gender):
            return None
        surname = name_tokens(actor.name)[-1:]
        namesakes = [other for other in self._named_people()
                     if other.id != actor_id and surname
                     and name_tokens(other.name)[-1:] == surname
                     and self.gender.get(other.id) == gender]
        return namesakes[0].id if len(namesakes) == 1 else None

    def _unheld_speaker(self, token: Token, pronoun: str) -> bool:
        """A noun phrase that could speak and that the pronoun could stand for, held by no
        actor: 'Many rebels' for 'they', 'a witness' for 'he' (not 'Thomas' sister' for 'he')."""
        lemma, plural = token.lemma_.lower(), token.tag_ in {"NNS", "NNPS"}
        gender = word_genders().get(lemma)
        return token.pos_ == "NOUN" and plural == (pronoun in GROUP_PRONOUNS) and (
            lemma in speaker_nouns() or self.lexicon.noun(lemma) is not None) and (
            gender is None or PRONOUN_GENDER.get(pronoun, gender) == gender)

    def _actor_at(self, i: int) -> str | None:
        """The actor a token names, the one it was resolved to as a speaker ('he said'), the
        person whose surname it is, or the one described before with this noun ('Rebels said
        … Many rebels … they say')."""
        actor_id = self.token_actor.get(i) or self.speaker_heads.get(i)
        token = self.doc[i]
        if actor_id is None and token.pos_ == "PROPN" and token.text[:1].isupper():
            # 'McVeigh sat stone-faced… He did not acknowledge': a surname the model left
            # untagged is still the person met under it
            actor_id = self._surname(token)
        if actor_id is None and token.pos_ == "NOUN":
            actor_id = next((d.actor_id for d in reversed(self.descriptions)
                             if d.head == token.lemma_.lower()
                             and d.plural == plural_form(token)), None)
        return actor_id

    def _titled_person(self, span: Span, head: Token) -> str | None:
        """'the Turkish president' → the last person named with that title, unless an unnamed
        one ('a senior official') was described later (extract/speaker_titles.py)."""
        lemma = head.lemma_.lower()
        if head.pos_ not in {"NOUN", "PROPN"} or speaker_nouns().get(lemma) != "person" \
                or not is_definite(span) or plural_form(head):
            return None  # 'the UDA leaders' are no one leader
        if names_itself(span, head):
            return None  # 'the top Democrat on the panel, Rep. Dutch Ruppersberger': its own name
        last_description = max((self.actors[d.actor_id].span[0] for d in self.descriptions
                                if d.head == lemma), default=-1)
        party_member = self._party_description(lemma)
        if party_member is not None:  # 'One GOP senator … the Republican said'
            last_description = max(last_description, self.actors[party_member].span[0])
        wanted = word_genders().get(lemma)  # 'the congresswoman' is no man
        # the subjects themselves: 'Assad's gas attack on the anniversary of President
        # Trump's strike was an invitation…, and the president is promising' is not Assad
        in_focus = list(subject_antecedents(self.doc, self.doc[span.start], self._actor_at,
                                            self.contents, lambda token: False, owners=False))
        titled = self.titled.titled_person(
            span, head, last_description,
            lambda actor_id: wanted is None or self.gender.get(actor_id) in (None, wanted),
            in_focus)
        if party_member is None or titled is not None and self._named_outside_claims(
                titled, self.actors[party_member].span[0], span.start):
            return titled
        # the one named since the unnamed member only inside what someone said ('One GOP
        # senator… said he expected Democrats to vote for McConnell's amendment') is no speaker
        return party_member

    def _named_outside_claims(self, actor_id: str, since_char: int, before: int) -> bool:
        """Is the actor named between character `since_char` and token `before` outside
        every other claim's content?"""
        return any(self.doc[i].idx >= since_char
                   and not self.contents.apart(self.doc[i], self.doc[before])
                   for i in self.tokens_of.get(actor_id, []) if i < before)

    def _party_description(self, lemma: str) -> str | None:
        """'the Republican' after 'One GOP senator, speaking on the condition of anonymity':
        the last unnamed person described with that party's word, whom a party description
        points back to unless someone of the party is named after it. Only for a party head
        ('republican', 'democrat'; extract/party_tags.py)."""
        if lemma not in party_heads():
            return None
        for description in reversed(self.descriptions):
            actor = self.actors[description.actor_id]
            if description.plural or actor.kind != "person" \
                    or not actor.id.startswith("desc:"):
                continue
            words = doc_text(self.doc)[actor.span[0]:actor.span[1]].split()
            if any(party_named(word.strip(",.")) == lemma for word in words):
                return actor.id
        return None

    def _plural_name(self, actor_id: str) -> bool:
        """A named group whose name is one plural noun: 'Democrats' ('the Taliban' is not).
        Longer names ending in a plural are bodies that news copy calls 'it': 'the Syrian
        Democratic Forces said it', 'the Syrian Observatory for Human Rights', 'United Nations'."""
        words = self.actors[actor_id].name.split()
        if actor_id.startswith("desc:") or len(words) > 1:
            return False
        last = words[0].lower()
        return any(self.doc[i].tag_ == "NNPS" and self.doc[i].lower_ == last
                   for i in self.tokens_of.get(actor_id, []))

    def _description(self, span: Span, head: Token) -> str | None:
        """A speaker named by a common noun. The subject of a speech verb is someone (or some
        body) who speaks, so every such noun phrase becomes an actor unless it points back."""
        lemma = head.lemma_.lower()
        affiliation = description_affiliation(span, head, self.token_actor)
        singular = head.tag_ in {"NN", "NNP"}
        if is_definite(span) and affiliation is None and not self._unknown_name_in(head):
            named = self.institutions.named_by_head(span.start, head)
            if named is not None:  # "Ethiopian Airlines … the airline said"
                self.note_mention(span, named, "DESC")
                return named
        if lemma in self.org_heads and singular and (affiliation or is_definite(span)) and \
                not self._unknown_name_in(head) and not self._person_reading(head) and \
                (affiliation or not self._met_unheld(span, head)):
            # "the Russian ministry" → the institution named in it; "the group" → the last
            # institution mentioned before it.
            institution = affiliation or self.institutions.recent_institution(span.start, head)
            if institution is not None and self.actors[institution].kind == "person":
                institution = self.institutions.body_led_by(institution, lemma)
            if institution is not None:
                return institution
            # "The army said" with no army named before: an unnamed body of its own
        if lemma not in speaker_nouns() and self.lexicon.noun(lemma) is None:
            return None  # "the primary aim of HTS appears…": a claim without a speaker
        if is_definite(span):
            for description in reversed(self.descriptions):
                if self._points_back_to(description, head, affiliation):
                    self.note_mention(span, description.actor_id, "DESC")
                    return description.actor_id
            if (focused := self._person_in_focus(span, head, affiliation)) is not None:
                self.note_mention(span, focused, "DESC")
                return focused
        return self._new_description(span, head, lemma, affiliation)

    def _person_in_focus(self, span: Span, head: Token, affiliation: str | None) -> str | None:
        """'What is Mr Putin proposing? The Russian leader said', 'Trump said… The New York
        billionaire also said', 'said the former top diplomat' after Pickering: a
        definite description of one person that points back to no description and no title is
        the named person the text is about — the subject of its sentence or the one before
        (extract/antecedents.py) — when nothing in it rules that person out (gender, country,
        body, party, state). Not a noun that brings in another, unnamed source ('the
        official', 'the aide': data/other_source_nouns.tsv), nor one with a name or an
        of-phrase of its own ('the head of the observatory')."""
        lemma = head.lemma_.lower()
        # nor a noun of many ('the American people', tagged plural though 'people' is its lemma)
        if speaker_nouns().get(lemma) != "person" or lemma in _other_source_nouns() \
                or head.tag_ in {"NNS", "NNPS"} or self._unknown_name_in(head) \
                or names_itself(span, head) \
                or any(child.dep_ in {"prep", "relcl", "acl", "poss"} for child in head.children):
            return None
        # only a description that tells something new of the person ('the Syrian leader',
        # 'the former top diplomat'): a bare 'the driver', 'the ambassador' is someone else the
        # story has in mind, and 'his energy secretary', "China's UN ambassador" another's
        if not any(child.dep_ in {"amod", "compound", "nmod"} and child.i < head.i
                   for child in head.children):
            return None
        person = next(iter(subject_antecedents(self.doc, self.doc[span.start], self._actor_at,
                                               self.contents, lambda token: False,
                                               owners=False)), None)
        actor = self.actors.get(person or "")
        if actor is None or actor.kind != "person" or actor.id.startswith("desc:") \
                or actor.members or self._coordinated_near(actor.id, span.start):
            return None
        wanted = word_genders().get(lemma)
        if wanted is not None and self.gender.get(actor.id) not in (None, wanted):
            return None
        owner = self.actors.get(affiliation) if affiliation else None
        if owner is not None and not self._may_belong(actor, owner):
            return None
        return actor.id if self.titled.fits_party_state(span, head, actor.id) else None

    def _coordinated_near(self, actor_id: str, before: int) -> bool:
        """Was the person last named, in this sentence or the one before, beside another
        ('Modly and Gilday called a press conference… the acting secretary said')? Then
        which of them a description means is the description's to say, not the focus's."""
        sentence = self.doc[before].sent
        start = self.doc[sentence.start - 1].sent.start if sentence.start > 0 else 0
        def joined(i: int) -> bool:  # the parser may miss the conjunction: look at 'and'
            token = self.doc[i]
            return token.dep_ == "conj" or any(c.dep_ == "conj" for c in token.children) \
                or any(0 <= j < len(self.doc) and self.doc[j].lower_ in _CONJUNCTIONS
                       for j in (i - 1, i + 1))

        return any(start <= i < before and joined(i) for i in self.tokens_of.get(actor_id, []))

    def _may_belong(self, person: Actor, owner: Actor) -> bool:
        """May a description of `owner`'s ('the Syrian leader', 'the Fox News host') be this
        person: of that country or of none the text gives, or, for a body, one the text ties
        to it."""
        if owner.kind in {"state", "government", "military"} and owner.country is not None:
            return person.country in (None, owner.country)
        return person.affiliation == owner.id or self.titled.of_body(person, owner)

    def _points_back_to(self, description: Description, head: Token,
                        affiliation: str | None) -> bool:
        """Does a definite description with this head name the one described before? Same
        head noun, same number ('The officials said' after 'A White House official said' is
        another group), no other affiliation, and no name of its own the earlier one lacks
        ('the ILNA news agency' is not 'the Mehr news agency')."""
        if description.head != head.lemma_.lower() or description.plural != plural_form(head):
            return False
        if affiliation is not None and description.affiliation not in (None, affiliation):
            return False
        return not description.actor_id.startswith("desc:") or self._unknown_names(head) <= set(
            self.actors[description.actor_id].name.split())

    def _met_unheld(self, span: Span, head: Token) -> bool:
        """Was the body met before under a noun phrase with this head that no actor holds
        ('The Nobel committee's announcement … the committee said')? Then 'the committee' is
        that body, not the last institution named (the Pakistani government). Not when a
        body of the kind the head names came after that phrase ('Doctors Without Borders, an
        international aid group … The Syrian Observatory… The group said' is the
        Observatory), nor for 'his office' (his). A phrase apposed to a name or said of one
        ('Hamas, the militant group') is that name's; a capitalised one is a name ('The State
        Department')."""
        lemma = head.lemma_.lower()
        if span[0].lower_ != "the" or (lemma not in speaker_nouns()
                                        and self.lexicon.noun(lemma) is None):
            return False  # a head no description is made of ('the center') keeps the body
        earlier = earlier_mention(span, head, None, self.token_actor)
        # a capitalised head is a name the actors layer missed ('The State Department'), whose
        # body is likelier the last institution named than a new one
        if earlier is None or earlier.root.dep_ in {"appos", "attr"} or not earlier.root.is_lower:
            return False
        return lemma not in body_head_kinds() or \
            self.institutions.recent_institution(span.start, head, since=earlier.end - 1) is None

    def _person_reading(self, head: Token) -> bool:
        """'the guard said' is a man on guard, 'the Guard said' a body (data/source_nouns.tsv
        lists the noun as a person's, data/grammar_cues.tsv as a body's head)."""
        return head.is_lower and speaker_nouns().get(head.lemma_.lower()) == "person"

    def _person_of_body(self, head: Token, actor_id: str) -> bool:
        """'a U.S. official said', 'The Iraqi legislator said': the actors layer reads the
        phrase as the country's government (right for events: the official acts for it), but
        the speaker is an unnamed person of that body, not the body itself. A lower-case head
        that data/source_nouns.tsv lists as a person's, on a phrase held by a country's body
        (not 'The Tory rebels and the DUP', a group the actors layer named)."""
        return self._person_reading(head) and head.pos_ == "NOUN" and \
            self.actors[actor_id].kind in _COUNTRY_BODY_KINDS

    def _unknown_name_in(self, head: Token) -> bool:
        """'the M5S party', 'the semi-official ILNA news agency': the body carries a name of
        its own that no actor holds, so it is no earlier institution, whatever was mentioned
        last (not the Central Intelligence Agency)."""
        return bool(self._unknown_names(head))

    def _unknown_names(self, head: Token) -> set[str]:
        """The capitalised words of a description's own name that no actor holds ('ILNA')."""
        return {word.text for word in head.subtree
                if word.dep_ == "compound" and word.pos_ == "PROPN" and word.i < head.i
                and word.text[:1].isupper() and word.i not in self.token_actor
                and self.lexicon.demonym_country(word.text) is None
                and self.lexicon.lookup(word.text) is None}

    def _new_description(self, span: Span, head: Token, lemma: str, affiliation: str | None) -> str:
        owner = self.actors.get(affiliation) if affiliation else None
        actor_id = (f"desc:{slug(owner.name if owner else 'unaffiliated')}:{lemma}:"
                    f"{sum(d.actor_id.startswith('desc:') for d in self.descriptions) + 1}")
        kind = self._description_kind(lemma)
        plural = head.tag_ in {"NNS", "NNPS"}
        earlier = (earlier_mention(span, head, affiliation, self.token_actor)
                   if kind != "person" or plural else None)
        if earlier is not None and not self._unknown_names(head) <= {t.text for t in earlier}:
            earlier = None  # 'the ILNA news agency' was not met as 'the Mehr news agency'
        if earlier is not None:  # 'authorities said' twice: the group met before, both times
            met = (earlier.start_char, earlier.end_char)
            same = next((d.actor_id for d in self.descriptions if d.head == lemma
                         and self.actors[d.actor_id].span == met), None)
            if same is not None:
                self.note_mention(span, same, "DESC")
                return same
        first = earlier or span
        self.actors[actor_id] = Actor(
            doc_id=self.doc_id, id=actor_id, name=core_phrase(span), kind=kind,
            country=owner.country if owner else None, role=lemma, affiliation=affiliation,
            span=(first.start_char, first.end_char), known=False,
        )
        for mention in (earlier, span) if earlier is not None else (span,):
            self.mentions.append(Mention(doc_id=self.doc_id, text=mention.text, label="DESC",
                                         span=(mention.start_char, mention.end_char),
                                         actor=actor_id, role="actor"))
        self.descriptions.append(Description(actor_id, lemma, affiliation, plural_form(head)))
        if plural:
            self.plural.add(actor_id)
        if lemma in word_genders():
            self.gender[actor_id] = word_genders()[lemma]
        return actor_id

    def _description_kind(self, lemma: str) -> str:
        """'police', 'authorities', 'the ministry' are bodies; 'a source', 'residents',
        'the friend' are people."""
        noun = self.lexicon.noun(lemma)
        institutional = lemma in self.org_heads or (noun is not None and noun.plural_only)
        if speaker_nouns().get(lemma) == "body" or (
                institutional and speaker_nouns().get(lemma) != "person"):
            return noun.kind if noun is not None and noun.kind != "person" else "other"
        return "person"

    def note_mention(self, span: Span, actor_id: str, label: str) -> None:
        """A description or pronoun resolved to an actor is a mention of it: evidence for the
        resolution, shown like any other mention."""
        self.mentions.append(Mention(doc_id=self.doc_id, span=(span.start_char, span.end_char),
                                     text=span.text, label=label, actor=actor_id, role="actor"))


@lru_cache(maxsize=1)
def _other_source_nouns() -> frozenset[str]:
    return frozenset(row["noun"] for row in read_table("other_source_nouns.tsv"))
