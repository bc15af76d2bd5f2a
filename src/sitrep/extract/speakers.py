"""Who is speaking: a speaker span resolved to an actor across the document.

Names resolve through the actors layer ("Kaja Kallas"). Descriptions become actors of their own
("an HTS official familiar with the talks": an unnamed person, affiliation HTS) and later definite
descriptions with the same head noun point back to them ("the HTS official", "the official").
Pronouns ("he", "they") take a compatible subject before them (extract/antecedents.py), else the
most recent compatible speaker, else the nearest mention. The source type follows: a named
person, an anonymous one (a description with no name), or an institution.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache

from spacy.tokens import Doc, Span, Token

from sitrep.data import read_table, split_multi
from sitrep.extract.actor_mentions import actor_tokens
from sitrep.extract.antecedents import ClaimContents, is_expletive, subject_antecedents
from sitrep.extract.entities import doc_text, expanded_bounds, lemma_texts, pos_tags
from sitrep.extract.lexicon import ActorLexicon, fold
from sitrep.extract.names import given_name_gender, name_tokens, slug, word_genders
from sitrep.extract.party_tags import party_heads, party_named
from sitrep.extract.roles import descriptor_noun, is_opposed_name
from sitrep.extract.speaker_groups import group_actor, joined_phrases, names_someone
from sitrep.extract.speaker_titles import TitledPeople
from sitrep.extract.supersenses import first_sense
from sitrep.records import Actor, Mention

_PERSON_PRONOUNS = {"he", "she", "him", "her"}
_GROUP_PRONOUNS = {"they", "them"}
_THING_PRONOUNS = {"it"}
_SUBJECT_DEPS = {"nsubj", "nsubjpass"}
_COUNTRY_BODY_KINDS = {"state", "government", "military"}
_INSTITUTION_KINDS = {"state", "government", "military", "armed_group", "igo", "ngo", "media", "other"}
# a group's source type is its weightiest member's: 'Netanyahu and his advisers' is a named source
_SOURCE_TYPE_WEIGHT = ("named", "institutional", "anonymous", "unknown")
@lru_cache(maxsize=1)
def speaker_nouns() -> dict[str, str]:
    """Head nouns that can name a speaker → 'person' or 'body' (data/source_nouns.tsv)."""
    return {row["noun"]: row["kind"] for row in read_table("source_nouns.tsv")}


@lru_cache(maxsize=1)
def body_head_kinds() -> dict[str, frozenset[str]]:
    """Head nouns of a body → the actor kinds it can point back to (data/body_head_kinds.tsv):
    'the group' is the last armed group or organisation, 'the police' none."""
    return {row["head"]: frozenset(split_multi(row["kinds"]))
            for row in read_table("body_head_kinds.tsv")}


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
        self.gender = _genders(doc, self.actors, mentions)
        self.plural: set[str] = set()  # descriptions with a plural head: "they", never "he"
        self.tokens_of: dict[str, list[int]] = {}  # actor id → the tokens of its mentions
        for i, actor_id in self.token_actor.items():
            self.tokens_of.setdefault(actor_id, []).append(i)
        self.titled = TitledPeople(doc, self.actors, self.token_actor, self.tokens_of,
                                   self.contents)

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
        return "institutional" if actor.kind in _INSTITUTION_KINDS else "unknown"

    def _resolve(self, span: Span, joined: bool = True) -> str | None:
        head = span.root
        if joined and (joint := self._joint_speaker(span)) is not None:  # 'Obama and Clinton'
            return joint
        # The name wins, also over a title met before ('The spokesman for Iran's nuclear
        # department, Behrouz Kamalvandi' is not the government spokesman named earlier), and
        # for bodies too ('An Al Qaeda-linked group, the Abdullah Azzam Brigades').
        for token in _apposed_names(span, head):  # "The EU foreign affairs chief, Kaja Kallas"
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
        antecedent = _relative_antecedent(head)
        if antecedent is not None:  # "Mattis, who added that …": who is Mattis
            return self._resolve(self.doc[antecedent.left_edge.i:antecedent.i + 1])
        if head.pos_ == "PRON":
            if is_expletive(head):  # 'It is difficult to predict…'
                return None
            actor_id = self._pronoun(lower, span.start)
            if actor_id is not None:
                self.note_mention(span, actor_id, "PRON")
                if lower in _PRONOUN_GENDER:  # "she said": from here on she is no "he"
                    self.gender.setdefault(actor_id, _PRONOUN_GENDER[lower])
            return actor_id
        if head.pos_ == "PROPN":
            # The name the head belongs to, not one inside a relative clause or an aside
            # ('Mattis, who added that the North Korean launch…' is Mattis, not North Korea).
            names = [self.token_actor[t.i] for t in _name_run(head) if t.i in self.token_actor]
            if names:
                return names[0]
            actor_id = self._surname(head)
            if actor_id is None and _is_definite(span):  # "The Observatory added"
                actor_id = self._named_by_head(span.start, head)
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
        group = group_actor(self.doc_id, span, _core_phrase(span),
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
                                                 _plural_form(head)))

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
        gender = _PRONOUN_GENDER.get(pronoun)
        if pronoun in _PERSON_PRONOUNS:
            wanted = {"person"}
        elif pronoun in _THING_PRONOUNS:
            wanted = _INSTITUTION_KINDS
        elif pronoun in _GROUP_PRONOUNS:  # singular "they" is common for anonymous sources
            wanted = {"person"} | _INSTITUTION_KINDS
        else:
            return None
        def fits(actor_id: str) -> bool:
            known, kind = self.gender.get(actor_id), self.actors[actor_id].kind
            if self.actors[actor_id].members:  # 'Obama and Clinton said… they added'
                return pronoun in _GROUP_PRONOUNS
            if pronoun not in _GROUP_PRONOUNS and (
                    actor_id in self.plural or self._plural_name(actor_id)):
                return False  # 'Democrats … it says' is no antecedent
            if pronoun in _GROUP_PRONOUNS and kind == "person":
                # Singular "they" stands for an unnamed source of unknown gender ("an official
                # … they said"); a named person is "he" or "she" in news copy.
                return actor_id.startswith("desc:") and (known is None or actor_id in self.plural)
            return kind in wanted and (gender is None or known in (None, gender))

        unheld_bodies = []  # 'The Provisional IRA accepted responsibility… It claimed'

        def unheld(token: Token) -> bool:
            if pronoun in _THING_PRONOUNS and (_unknown_body_name(token) or _unheld_text(token)):
                unheld_bodies.append(token)
                return True
            if pronoun in _GROUP_PRONOUNS and _joined_by_and(token):
                return True  # 'Ed and Paula Kassig said… They said': the two, held or not
            if pronoun in _GROUP_PRONOUNS and _names_a_group_of_people(token):
                return True  # 'Hardliners fear the plan, and they say': not the speaker before
            return self._unheld_speaker(token, pronoun)

        def actor_at(i: int) -> str | None:
            actor_id = self._actor_at(i)
            if actor_id and pronoun in _GROUP_PRONOUNS and not self._people_of(actor_id, i):
                return None  # news copy calls a country 'it': 'China … they said' is others
            return actor_id

        def subject_actor_at(i: int) -> str | None:
            # a subject joined by 'and' is all its phrases to a 'they', not the first alone
            # ('the senators and congressman', held as one description, stays one)
            actor_id = actor_at(i)
            if pronoun not in _GROUP_PRONOUNS or actor_id in self.plural \
                    or not _joined_by_and(self.doc[i]) or self._held_whole(self.doc[i]):
                return actor_id
            return self._joined_subject_group(self.doc[i])

        candidates = []
        for actor_id in subject_antecedents(self.doc, self.doc[before], subject_actor_at,
                                            self.contents, unheld):
            if actor_id is None:
                if pronoun in _GROUP_PRONOUNS or unheld_bodies:
                    return None  # 'Many rebels … because they say', 'The IRA … It': no actor
                break
            if fits(actor_id):
                candidates.append(actor_id)
            elif (namesake := self._namesake(actor_id, gender)) is not None and fits(namesake):
                candidates.append(namesake)  # 'Clinton … She said': not Bill but Hillary
        candidates += [actor_id for start, head, actor_id in reversed(self.history)
                      if start < before and before - start < 400 and fits(actor_id)
                      and (pronoun not in _GROUP_PRONOUNS or self._people_of(actor_id, head))]
        # only a token the actors layer holds is a nearest mention: ask that before
        # `actor_at`, which also reads surnames and descriptions (a scan of the actors)
        candidates += [actor_id for i in range(before - 1, max(-1, before - 200), -1)
                       if i in self.token_actor and (actor_id := actor_at(i)) is not None
                       and fits(actor_id)]
        return candidates[0] if candidates else None

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
        return token.pos_ == "NOUN" and plural == (pronoun in _GROUP_PRONOUNS) and (
            lemma in speaker_nouns() or self.lexicon.noun(lemma) is not None) and (
            gender is None or _PRONOUN_GENDER.get(pronoun, gender) == gender)

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
                             and d.plural == _plural_form(token)), None)
        return actor_id

    def _titled_person(self, span: Span, head: Token) -> str | None:
        """'the Turkish president' → the last person named with that title, unless an unnamed
        one ('a senior official') was described later (extract/speaker_titles.py)."""
        lemma = head.lemma_.lower()
        if head.pos_ not in {"NOUN", "PROPN"} or speaker_nouns().get(lemma) != "person" \
                or not _is_definite(span) or _plural_form(head):
            return None  # 'the UDA leaders' are no one leader
        if _names_itself(span, head):
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

    def _named_by_head(self, before: int, head: Token) -> str | None:
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

    def _recent_institution(self, before: int, head: Token, since: int = -1) -> str | None:
        """'the group' → the last armed group or organisation mentioned (after token `since`);
        'the ministry' → the last government body; 'the army' → the last military. Words
        before the head that name a kind narrow it: 'the militant group' is an armed group,
        'the humanitarian aid group' no armed group."""
        kinds = body_head_kinds().get(head.lemma_.lower(), _INSTITUTION_KINDS - {"state"})
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

    def _description(self, span: Span, head: Token) -> str | None:
        """A speaker named by a common noun. The subject of a speech verb is someone (or some
        body) who speaks, so every such noun phrase becomes an actor unless it points back."""
        lemma = head.lemma_.lower()
        affiliation = _affiliation(span, head, self.token_actor)
        singular = head.tag_ in {"NN", "NNP"}
        if _is_definite(span) and affiliation is None and not self._unknown_name_in(head):
            named = self._named_by_head(span.start, head)
            if named is not None:  # "Ethiopian Airlines … the airline said"
                self.note_mention(span, named, "DESC")
                return named
        if lemma in self.org_heads and singular and (affiliation or _is_definite(span)) and \
                not self._unknown_name_in(head) and not self._person_reading(head) and \
                (affiliation or not self._met_unheld(span, head)):
            # "the Russian ministry" → the institution named in it; "the group" → the last
            # institution mentioned before it.
            institution = affiliation or self._recent_institution(span.start, head)
            if institution is not None and self.actors[institution].kind == "person":
                institution = self._body_led_by(institution, lemma)
            if institution is not None:
                return institution
            # "The army said" with no army named before: an unnamed body of its own
        if lemma not in speaker_nouns() and self.lexicon.noun(lemma) is None:
            return None  # "the primary aim of HTS appears…": a claim without a speaker
        if _is_definite(span):
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
                or _names_itself(span, head) \
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
        if description.head != head.lemma_.lower() or description.plural != _plural_form(head):
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
        earlier = _earlier_mention(span, head, None, self.token_actor)
        # a capitalised head is a name the actors layer missed ('The State Department'), whose
        # body is likelier the last institution named than a new one
        if earlier is None or earlier.root.dep_ in {"appos", "attr"} or not earlier.root.is_lower:
            return False
        return lemma not in body_head_kinds() or \
            self._recent_institution(span.start, head, since=earlier.end - 1) is None

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

    def _body_led_by(self, person_id: str, lemma: str) -> str | None:
        """'The government of President Bashar al-Assad' is no person: it is the government of
        his country the text has met, else a body of its own affiliated to him (None here)."""
        noun, country = self.lexicon.noun(lemma), self.actors[person_id].country
        if noun is None or country is None:
            return None
        return next((actor_id for actor_id, actor in self.actors.items()
                     if actor.kind == noun.kind and actor.country == country
                     and not actor.members), None)

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
        earlier = (_earlier_mention(span, head, affiliation, self.token_actor)
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
            doc_id=self.doc_id, id=actor_id, name=_core_phrase(span), kind=kind,
            country=owner.country if owner else None, role=lemma, affiliation=affiliation,
            span=(first.start_char, first.end_char), known=False,
        )
        for mention in (earlier, span) if earlier is not None else (span,):
            self.mentions.append(Mention(doc_id=self.doc_id, text=mention.text, label="DESC",
                                         span=(mention.start_char, mention.end_char),
                                         actor=actor_id, role="actor"))
        self.descriptions.append(Description(actor_id, lemma, affiliation, _plural_form(head)))
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


_PRONOUN_GENDER = {"he": "m", "him": "m", "she": "f", "her": "f"}
_DASHES = {"—", "–", "--", "-"}
_CONJUNCTIONS = {"and", "or", "&"}


def _genders(doc: Doc, actors: dict[str, Actor], mentions: list[Mention]) -> dict[str, str]:
    """A person's gender where the text states it: an honorific right before a mention
    ('Mrs. Gasparri') or a gendered word in the role ('a mother of three', 'spokeswoman');
    failing those, a given name nearly all of whose bearers share one ('Nick Moreau')."""
    words = word_genders()
    found: dict[str, str] = {}
    for actor in actors.values():
        if actor.kind == "person" and actor.role:
            gender = next((words[w] for w in actor.role.lower().split() if w in words), None)
            if gender:
                found[actor.id] = gender
    for mention in mentions:
        actor = actors.get(mention.actor) if mention.actor else None
        if actor is None or actor.kind != "person" or actor.id in found:
            continue
        bounds = expanded_bounds(doc, *mention.span)
        if bounds is not None and bounds[0] > 0:
            gender = words.get(doc[bounds[0] - 1].lower_.rstrip("."))
            if gender:
                found[actor.id] = gender
    for actor in actors.values():
        if actor.kind == "person" and actor.id not in found and not actor.id.startswith("desc:"):
            gender = given_name_gender(name_tokens(actor.name))
            if gender:
                found[actor.id] = gender
    return found


def _joined_by_and(head: Token) -> bool:
    """Does a noun phrase join two or more by 'and', also where the parser hangs the first
    on the last ('Ed and Paula Kassig', 'Gen. Dempsey and Defense Secretary Chuck Hagel':
    'and' before the head)? Read more loosely than a joint speaker
    (extract/speaker_groups.py): only to tell that a 'they' after it is its."""
    # before any other noun, 'and' joins its modifiers: 'many Tory and Labour MPs' are one group
    words = list(head.children) + (list(head.doc[head.left_edge.i:head.i])
                                   if head.ent_type_ == "PERSON" else [])
    return any(word.dep_ == "cc" and word.lower_ in {"and", "&"} for word in words)


def _names_a_group_of_people(head: Token) -> bool:
    """Is a subject a group of people a 'they' may stand for, though no speaker noun heads it:
    a plural of a person of a side ('Hardliners', 'Brexiteers'), a side's collective noun ('The
    Sanders camp') (data/group_nouns.tsv), or 'those who…'?"""
    if head.lower_ == "those":
        return any(child.dep_ == "relcl" and any(
            word.dep_ in {"nsubj", "nsubjpass"} and word.lower_ == "who" for word in child.children)
            for child in head.children)
    if head.pos_ not in {"NOUN", "PROPN"}:
        return False
    form = _group_nouns().get(head.lemma_.lower())
    if form is None and head.tag_ == "NNPS" and head.lower_.endswith("s"):
        form = _group_nouns().get(head.lower_[:-1])  # the model leaves 'Brexiteers' its lemma
    plural = head.tag_ in {"NNS", "NNPS"}
    return form == "plural" and plural or form == "collective" and not plural


def _name_run(head: Token) -> Span:
    """The proper-noun words around a name's head: 'Defense Secretary Jim Mattis'."""
    doc = head.doc
    start, end = head.i, head.i + 1
    while start > 0 and doc[start - 1].pos_ == "PROPN":
        start -= 1
    while end < len(doc) and doc[end].pos_ == "PROPN":
        end += 1
    return doc[start:end]


def _affiliation(span: Span, head: Token, token_actor: dict[int, str]) -> str | None:
    """The actor a description belongs to: the name nearest before its head ("Russia's
    state-run Tass news agency" → Tass, "an HTS official" → HTS), else the first after it ("a
    representative of the Russian military"); never a name inside a relative clause ('the aid
    group that employed Mr Haines'), one it opposes ('an anti-ISIS activist network') or one
    it is denied ties to ('a militant group with no ties to the Brotherhood')."""
    before = [token_actor[i] for i in range(head.i - 1, span.start - 1, -1)
              if i in token_actor and not is_opposed_name(span.doc[i])]
    modifiers = {t.i for child in head.children if child.dep_ in {"prep", "appos"}
                 and not _negated(child) for t in child.subtree}
    after = [token_actor[i] for i in range(head.i + 1, span.end)
             if i in token_actor and i in modifiers]
    return (before or after or [None])[0]


def _negated(phrase: Token) -> bool:
    """Does a modifier deny what it names ('with no ties to X', 'without links to X', 'not
    affiliated with X')? Its words of negation: data/grammar_cues.tsv, cue `negation`."""
    return any(t.lower_ in _negations() for t in phrase.subtree)


@lru_cache(maxsize=1)
def _negations() -> frozenset[str]:
    return frozenset(row["word"] for row in read_table("grammar_cues.tsv")
                     if row["cue"] == "negation")


@lru_cache(maxsize=1)  # the document being read: the stages take one document at a time
def _nouns_by_lemma(doc: Doc) -> dict[str, list[int]]:
    """The index of every NOUN under its lower-cased lemma, in order, read from the document's
    POS and LEMMA columns as the other stages' memos hold them (no second read of either), and
    the lemma of none but the nouns."""
    nouns: dict[str, list[int]] = {}
    lemmas = lemma_texts(doc)
    for i in [i for i, tag in enumerate(pos_tags(doc)) if tag == "NOUN"]:
        nouns.setdefault(lemmas[i].lower(), []).append(i)
    return nouns


def _earlier_mention(span: Span, head: Token, affiliation: str | None,
                     token_actor: dict[int, str]) -> Span | None:
    """A body or a group met before it spoke ('police arrested a man … Police said', 'Prosecutors
    charged him … prosecutors say'): the first noun phrase before the speaker with the same
    head noun, in the same number, naming no actor but the speaker's own when it has one
    ('Turkish police' are not 'the Syrian police'). Single people are left alone: 'a police
    officer' and 'one police officer' need not be one man."""
    doc, lemma = span.doc, head.lemma_.lower()
    kinds = _kind_words(head)
    for i in _nouns_by_lemma(doc).get(lemma, ()):  # a Token only for the nouns of that lemma
        if i >= span.start:
            break
        token = doc[i]
        if token.tag_ == head.tag_ and token.dep_ not in {"compound", "amod"} and not (
                kinds and _kind_words(token) and kinds.isdisjoint(_kind_words(token))):
            # ('local television' is not 'state television'; 'police' is 'Turkish police')
            phrase = doc[token.left_edge.i:token.i + 1]
            named = {token_actor[t.i] for t in phrase if t.i in token_actor}
            if affiliation is None or named <= {affiliation}:
                return phrase
    return None


def _kind_words(head: Token) -> set[str]:
    """The common words that say which kind of body a noun is ('state', 'local', 'riot')."""
    return {c.lemma_.lower() for c in head.children
            if c.dep_ in {"amod", "compound"} and c.pos_ in {"ADJ", "NOUN"}}


def _apposed_names(span: Span, head: Token) -> list[Token]:
    """Names in apposition to the speaker's head noun: its own appos children, and a name the
    parser hung on the description's last noun ('The head of the department at the Hospital
    de Caracas, Maria Landaeta')."""
    deeper = [t for t in span if t.dep_ == "appos" and t.head.i != head.i
              and t.pos_ == "PROPN" and descriptor_noun(t) == head]
    return [t for t in head.children if t.dep_ == "appos"] + deeper + _second_subject(span, head)


def _names_itself(span: Span, head: Token) -> bool:
    """Does the description give its own name in apposition ('the top Democrat on the House
    Intelligence Committee, Rep. Dutch Ruppersberger of Maryland', which the parser may read
    as a conjunct with no 'and')? Then it is that person, no one titled before."""
    unjoined = [t for t in head.children if t.dep_ == "conj" and t.i in range(span.start, span.end)
                and not any(c.dep_ == "cc" for c in head.children)]
    return any(t.pos_ == "PROPN" for t in _apposed_names(span, head) + unjoined)


def _second_subject(span: Span, head: Token) -> list[Token]:
    """A name right after a description that the parser made a second subject of the same
    verb: in '…, the official news agency IRNA reported' both 'agency' and 'IRNA' are
    subjects of 'reported', and the speaker span stops before the name. So after 'who' ('the
    demographic, who Grenier says also have…' is Grenier's claim); not after 'that' ('We proved
    that Trump withheld…'). The span may hold the name ('Vatican spokesman the Rev. Federico
    Lombardi told', `claim_spans` joins the two): the name is still who speaks."""
    if head.dep_ not in _SUBJECT_DEPS:
        return []
    inside = [t for t in span[head.i - span.start + 1:] if t.pos_ == "PROPN"
              and t.dep_ == head.dep_ and t.head.i == head.head.i]
    if inside or span.end >= len(span.doc) or head.i != span.end - 1 \
            or not (head.pos_ == "NOUN" or head.tag_ == "WP"):
        return inside[:1]
    after = span.doc[span.end]
    if after.pos_ != "PROPN" or after.dep_ != head.dep_ or after.head.i != head.head.i:
        return []
    return [after]


def _relative_antecedent(token: Token) -> Token | None:
    """The noun a relative pronoun stands for: 'Mattis, who added' → Mattis."""
    if token.tag_ not in {"WP", "WDT"} or token.head.dep_ != "relcl":
        return None
    antecedent = token.head.head
    # 'between Mattis and Trump, who blasted the deal': the parser hangs the clause on the
    # coordination's head; the pronoun stands for the conjunct right before it
    last = next((c for c in reversed(list(antecedent.children)) if c.dep_ == "conj"), None)
    if last is not None and last.right_edge.i + 2 == token.i and token.nbor(-1).text == ",":
        antecedent = last
    # 'John R. Bolton, now Mr. Trump’s national security adviser, who has argued': the name
    if antecedent.dep_ == "appos" and antecedent.head.pos_ == "PROPN":
        antecedent = antecedent.head
    return antecedent if antecedent.pos_ in {"NOUN", "PROPN"} else None


def _plural_form(head: Token) -> bool:
    """'officials' is the plural of 'official'; 'police', whatever its tag, has one form."""
    return head.lower_ != head.lemma_.lower() and head.tag_ in {"NNS", "NNPS"}


def _unknown_body_name(token: Token) -> bool:
    """'The Provisional IRA accepted responsibility… It claimed': a name (after 'the', or in
    capitals) the model tagged as no person, place or date, and that no actor holds, is a
    body 'it' may stand for."""
    return token.pos_ == "PROPN" and token.ent_type_ in {"", "ORG"} and (
        token.is_upper and len(token) > 1
        or any(child.dep_ == "det" and child.lower_ == "the" for child in token.children))


def _unheld_text(token: Token) -> bool:
    """'The video is titled… It shows', 'The memo… It says': a text or recording (a singular
    noun whose commonest WordNet sense is communication) is what 'it' stands for, not the body
    named before it. A news outlet's noun ('the newspaper', 'the network') is a body that
    speaks (data/grammar_cues.tsv, cue `outlet_noun`)."""
    lemma = token.lemma_.lower()
    return token.pos_ == "NOUN" and token.tag_ == "NN" and lemma not in _outlet_nouns() \
        and first_sense(lemma, "n") == "communication"


@lru_cache(maxsize=1)
def _group_nouns() -> dict[str, str]:
    return {row["noun"]: row["form"] for row in read_table("group_nouns.tsv")}


@lru_cache(maxsize=1)
def _other_source_nouns() -> frozenset[str]:
    return frozenset(row["noun"] for row in read_table("other_source_nouns.tsv"))


@lru_cache(maxsize=1)
def _outlet_nouns() -> frozenset[str]:
    return frozenset(r["word"] for r in read_table("grammar_cues.tsv") if r["cue"] == "outlet_noun")


def _is_definite(span: Span) -> bool:
    first = span[0].lower_
    return first in {"the", "this", "that", "these", "those"} or span[0].dep_ == "poss"


def _core_phrase(span: Span) -> str:
    """The description without relative clauses or asides, as an actor's name: 'a
    representative of the Russian military, who allowed…' → 'a representative of the Russian
    military'."""
    doc = span.doc
    cut = {t.i for token in span if token.dep_ in {"relcl", "acl", "advcl"} and token.i > span.root.i
           and doc[token.left_edge.i - 1].text == "," for t in token.subtree}
    end = next((i for i in range(span.root.i, span.end) if i in cut), span.end)
    while end - 1 > span.root.i and doc[end - 1].is_punct:
        end -= 1
    return doc[span.start:end].text
