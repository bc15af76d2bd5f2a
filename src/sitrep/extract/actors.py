"""The actors stage: named-entity mentions grouped into document-level actors.

Mentions come from `actor_mentions` (dictionary + NER, with the role each plays in its sentence).
Here they are resolved to actors: known actors from the dictionary; states and their militaries
and governments from demonyms and place names ("Russian forces" → Russian military); people
clustered by name ("Bashar al-Assad" … "Assad"); organisations by name and by the acronym given
in brackets. Appositions give a person's role and affiliation ("Kaja Kallas, the EU foreign
affairs chief" → role "foreign affairs chief", affiliation EU).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from functools import lru_cache

import numpy as np
from spacy.attrs import IS_LOWER, IS_TITLE, LOWER, ORTH
from spacy.tokens import Doc, Span, Token

from sitrep.data import read_table
from sitrep.extract import roles
from sitrep.extract.actor_mentions import (
    Candidate,
    DictionaryMatcher,
    find_candidates,
    head_noun_of_modifier,
    is_place_of,
    name_phrase_of,
    load_cues,
    place_role,
)
from sitrep.extract.entities import entities, span_text, token_texts
from sitrep.extract.lexicon import ActorLexicon, KnownActor, fold, load_lexicon
from sitrep.extract.names import (given_name_gender, given_name_genders, initials, is_acronym,
                                  name_key, name_tokens, same_given_name, slug, word_gender)
from sitrep.gazetteer.names import name_key as gazetteer_key
from sitrep.nlp.boundaries import SEARCH_CHARS, dateline_ends
from sitrep.records import Actor, Document, Mention

_BRANCH_SUFFIX = {"military": "MIL", "government": "GOV", "armed_group": "REB"}
_UNOPENED = object()
# A city this large read as a place where a PERSON/ORG name stands in a place's position
# ('in Deraa'); smaller towns share too many surnames ('Mason', 'Obama') to be trusted there.
_LARGE_CITY = 50_000


@dataclass
class ActorDraft:
    id: str
    name: str
    kind: str
    country: str | None
    known: bool
    first_span: tuple[int, int]
    surfaces: list[str] = field(default_factory=list)
    role: str | None = None
    affiliation: str | None = None
    name_tokens: list[str] = field(default_factory=list)

    def add_surface(self, text: str) -> None:
        if text not in self.surfaces:
            self.surfaces.append(text)


@dataclass
class ActorSet:
    """The actors of one document as they are being built."""

    doc_id: str
    text: str = ""  # the document's text: spaCy rebuilds doc.text from every token on each access
    drafts: dict[str, ActorDraft] = field(default_factory=dict)
    mentions: list[Mention] = field(default_factory=list)
    mention_tokens: dict[int, str] = field(default_factory=dict)  # token index → actor id
    name_tokens: set[int] = field(default_factory=set)  # tokens of mentions that are names
    acronyms: dict[str, str] = field(default_factory=dict)  # acronym → actor id
    titled: dict[str, str] = field(default_factory=dict)  # 'mrs. thatcher' → actor id
    # The words (ORTH ids) the document writes at least once other than right before a
    # weekday: read from its arrays when first asked (`ActorExtractor._named_day`), not from a
    # pass over its tokens per name.
    not_before_weekday: set[int] | None = None

    def draft(self, actor_id: str, **fields) -> ActorDraft:
        if actor_id not in self.drafts:
            self.drafts[actor_id] = ActorDraft(id=actor_id, **fields)
        return self.drafts[actor_id]

    def mention(self, span: Span, label: str, draft: ActorDraft | None, role: str,
                alias: bool = True) -> None:
        """Record a mention; `alias` when its text is a name of the actor ('HTS'), not a
        phrase that only refers to it ('Russian soldiers', 'Russian')."""
        text = span_text(span)
        self.mentions.append(Mention(
            doc_id=self.doc_id, span=(span.start_char, span.end_char), text=text,
            label=label, actor=draft.id if draft else None, role=role,
        ))
        if draft is not None:
            if alias:
                draft.add_surface(text)
                self.name_tokens.update(t.i for t in span)
            for token in span:
                self.mention_tokens[token.i] = draft.id


class ActorExtractor:
    """Holds what is costly to build (the phrase matcher); call it on parsed documents."""

    def __init__(self, nlp, lexicon: ActorLexicon | None = None):
        self.lexicon = lexicon or load_lexicon()
        self.cues = load_cues()
        self.matcher = DictionaryMatcher(nlp, self.lexicon)
        self._gazetteer = _UNOPENED  # opened when a name is first looked up (`_places`)
        self._iso3: dict[str, str] | None = None
        self._countries: frozenset[str] | None = None  # `_country_keys`

    def __call__(self, doc: Doc, document: Document) -> tuple[list[Actor], list[Mention]]:
        found = ActorSet(doc_id=document.id, text=document.text)
        for candidate in find_candidates(doc, self.matcher):
            self._resolve(candidate, found)
        self._add_acronym_mentions(doc, found)
        _add_halves(doc, found, self.cues)
        roles.attach_roles(doc, found, self.lexicon, self.cues)
        mentions = sorted(found.mentions, key=lambda m: m.span)
        return [_to_actor(d, document.id) for d in found.drafts.values()], mentions

    # --- one candidate -------------------------------------------------------------------

    def _resolve(self, candidate: Candidate, found: ActorSet) -> None:
        span, label, known = candidate.span, candidate.label, candidate.known
        if known is not None and known.kind != "state":
            self._known(span, label, known, found)
        elif label == "GPE" and known is None and self.lexicon.demonym_country(span.text):
            self._demonym(span, found)  # "Kazakhs" tagged GPE: a people, not a place
        elif known is not None or label == "GPE":
            self._place(span, label, known, found)
        elif label == "NORP" or (label in {"PERSON", "ORG"}
                                 and self.lexicon.demonym_country(span.text)):
            self._demonym(span, found)  # 'Guatemalan authorities', 'Guatemalan' tagged ORG
        elif label in {"PERSON", "ORG"} and (state := self._country_spelled(span, found)):
            self._place(span, "GPE", state, found)
        elif label in {"PERSON", "ORG"} and (is_place_of(span, self.cues) or _in_dateline(span)
                                             or self._known_area_placed(span, found)):
            found.mention(span, "GPE", None, "location")
        elif label in {"PERSON", "ORG"} and (self._named_day(span, found)
                                             or self._time_zone(span)
                                             or self._non_actor_name(span)):
            return
        elif label == "PERSON" and not self._named_institution(span):
            self._person(span, found)
        elif label == "PERSON":
            self._organisation(span, found)
        elif label == "ORG":
            self._organisation(span, found)

    def _known(self, span: Span, label: str, known: KnownActor, found: ActorSet) -> None:
        courtesy = _courtesy_gender(span)
        if known.kind == "person" and courtesy and given_name_gender(
                name_tokens(known.name)) not in (None, courtesy):
            self._person(span, found, courtesy)  # 'Mrs. Trump' is not Donald Trump
            return
        draft = found.draft(known.id, name=known.name, kind=known.kind, country=known.country,
                            known=True, first_span=(span.start_char, span.end_char))
        if known.affiliation and not draft.affiliation:
            draft.affiliation = known.affiliation
        if known.kind == "person" and not draft.name_tokens:
            draft.name_tokens = name_tokens(known.name)
        found.mention(span, label, draft, "actor")
        self._register_acronym(span, draft, found)

    def _place(self, span: Span, label: str, known: KnownActor | None, found: ActorSet) -> None:
        """A country or capital name: its government or people where it acts, else a place."""
        country = known.country if known else self.lexicon.capitals.get(span.text)
        if known is None and country is not None and self._government_in(span, country, found):
            return
        role = place_role(span, self.cues)
        if country is None or role == "location":
            found.mention(span, "GPE", None, "location")
            return
        if self._branch_mention(span, country, found):
            return
        if known is None:  # a capital acting: "Moscow offered aid" is Russia's government
            found.mention(span, "GPE", self._branch(country, "government", span, found), role,
                          alias=False)
            return
        found.mention(span, "GPE", self._state(country, span, found), role)

    def _government_in(self, span: Span, country: str, found: ActorSet) -> bool:
        """'The government in Tripoli said', 'officials in Moscow': a governing body in a
        capital is that state's government, as 'Moscow officials' is. Not when the body is
        someone else's ('American officials in Baghdad', 'the group's leadership in Doha', 'a
        foreign leader in Washington', 'an embassy in Pyongyang': data/grammar_cues.tsv, cue
        `abroad`)."""
        prep = span.root.head
        if span.root.dep_ != "pobj" or prep.lower_ != "in" or prep.head.pos_ != "NOUN":
            return False
        body = prep.head
        noun = self.lexicon.noun(body.lemma_)
        abroad = self.cues.abroad
        if noun is None or noun.kind != "government" or body.i > span.start \
                or body.lemma_.lower() in abroad or any(
                    c.dep_ == "poss" or c.ent_type_ or c.pos_ == "PROPN" or c.lower_ in abroad
                    for c in body.children if c.i < body.i):
            return False
        whole = span.doc[body.i:span.end]
        found.mention(whole, "GPE", self._branch(country, "government", whole, found), "actor",
                      alias=False)
        return True

    def _demonym(self, span: Span, found: ActorSet) -> None:
        country = self.lexicon.demonym_country(span.text) or next(
            (c for t in span if (c := self.lexicon.demonym_country(t.text))), None)
        plural_noun = span.root.tag_ in {"NNS", "NNPS"} and head_noun_of_modifier(span.root) is None
        if country is None:
            if plural_noun:  # "Kurds", "Alawites": a people, not a state
                draft = found.draft(f"group:{slug(span.text)}", name=span.text, kind="other",
                                    country=None, known=False,
                                    first_span=(span.start_char, span.end_char))
                found.mention(span, "NORP", draft, "actor")
            else:
                self._group_mention(span, found)
            return
        if self._branch_mention(span, country, found):
            return
        state = self._state(country, span, found)
        found.mention(span, "NORP", state, "actor" if plural_noun else "descriptor", alias=False)

    def _branch_mention(self, span: Span, country: str, found: ActorSet) -> bool:
        """'Russian forces', 'Syrian government', 'Syrian rebels': the branch, not the state."""
        head = self._compound_head(head_noun_of_modifier(span.root))
        noun = self._head_noun(head) if head is not None else None
        if noun is None or noun.kind not in _BRANCH_SUFFIX:
            return False
        if noun.plural_only and head.tag_ not in {"NNS", "NNPS"}:
            return False
        if noun.weapon and self._civil_craft(span.doc[span.end:head.i]):
            return False
        start, end = min(span.start, head.i), max(span.end, head.i + 1)
        if end - start > 5:
            return False
        whole = span.doc[start:end]
        kind = noun.kind
        if kind == "military" and self._on_opposing_side(span.doc[span.end:head.i]):
            kind = "armed_group"  # 'Syrian opposition forces' are the rebels, not the army
        draft = self._branch(country, kind, whole, found)
        found.mention(whole, span.label_ or "NORP", draft, "actor", alias=False)
        return True

    def _compound_head(self, head: Token | None) -> Token | None:
        """'the Venezuelan defence ministry': the demonym modifies 'defence', the first half of
        the compound 'defence ministry'; the body it names is the compound's last noun. Not past
        an actor noun: in 'Russian President Vladimir Putin' the body is the president."""
        while head is not None and head.dep_ == "compound" and head.head.i > head.i \
                and head.head.pos_ in {"NOUN", "PROPN"} and self._head_noun(head) is None:
            head = head.head
        return head

    def _head_noun(self, head: Token):
        """The actor noun a phrase's head word makes, with the word before it first where the
        two name a state's branch ('defence ministry', 'police officer', 'suicide bomber'),
        then alone ('ministry'). A pair of another kind ('opposition leader') leaves the head
        word's reading as it was."""
        if head.i > 0:
            before = head.doc[head.i - 1]
            pair = self.lexicon.noun(f"{before.lemma_} {head.lemma_}") \
                or self.lexicon.noun(f"{before.lower_} {head.lower_}")
            if pair is not None and pair.kind in _BRANCH_SUFFIX:
                return pair
        return self.lexicon.noun(head.lemma_)

    def _on_opposing_side(self, modifiers: Span) -> bool:
        """Does a word between a demonym and its forces put them against the state
        ('Syrian opposition forces', 'Syrian rebel forces')? data/grammar_cues.tsv,
        cue `opposing_side`."""
        return any(t.lower_ in self.cues.opposing_sides for t in modifiers)

    def _civil_craft(self, modifiers: Span) -> bool:
        """Does a word between a demonym and a craft make it one no force flies ('a Ukrainian
        passenger jet', 'a Russian cargo aircraft')? Then the demonym is the country, not its
        military. data/grammar_cues.tsv, cue `civil_craft`."""
        return any(t.lower_ in self.cues.civil_craft for t in modifiers)

    def _group_mention(self, span: Span, found: ActorSet) -> None:
        """'Kurdish fighters', 'Rohingya Muslim insurgents': a group named by who its members
        are, not by a state. Forces of a people are armed groups, not a state's military."""
        head = head_noun_of_modifier(span.root)
        noun = self.lexicon.noun(head.lemma_) if head is not None else None
        if noun is None or head.tag_ not in {"NNS", "NNPS"} or head.i < span.start:
            return
        whole = span.doc[span.start:head.i + 1]
        if len(whole) > 5:
            return
        kind = {"military": "armed_group", "government": "other"}.get(noun.kind, noun.kind)
        name = f"{span.text} {head.text}"
        draft = found.draft(f"group:{slug(name)}", name=name, kind=kind, country=None,
                            known=False, first_span=(whole.start_char, whole.end_char))
        found.mention(whole, "NORP", draft, "actor")

    def _branch(self, country: str, kind: str, span: Span, found: ActorSet) -> ActorDraft:
        """A state's military, government or rebels: the dictionary's entry, else a new one
        named from the country's adjective ('Thai government')."""
        first = (span.start_char, span.end_char)
        known = self.lexicon.branch(country, kind)
        if known is not None:
            return found.draft(known.id, name=known.name, kind=known.kind, country=country,
                               known=True, first_span=first)
        suffix = _BRANCH_SUFFIX[kind]
        state = self.lexicon.state(country)
        owner = self.lexicon.adjective(country) or (state.name if state else country)
        name = f"{owner} {'rebels' if suffix == 'REB' else kind.replace('_', ' ')}"
        return found.draft(f"{country}-{suffix}", name=name, kind=kind, country=country,
                           known=False, first_span=first)

    def _state(self, country: str, span: Span, found: ActorSet) -> ActorDraft:
        known = self.lexicon.state(country)
        first = (span.start_char, span.end_char)
        if known is None:
            return found.draft(country, name=country, kind="state", country=country,
                               known=False, first_span=first)
        return found.draft(known.id, name=known.name, kind=known.kind, country=country,
                           known=True, first_span=first)

    def _person(self, span: Span, found: ActorSet, gender: str | None = None) -> None:
        span = _without_headline_verb(_without_hashtag(span), found.text or span.doc.text)
        gender = gender or _courtesy_gender(span)
        if (len(span) == 1 and span.root.dep_ in {"compound", "nmod", "amod"}
                and span.root.head.pos_ == "NOUN"):
            return  # "Mrap vehicles": a product name the model took for a person
        tokens = name_tokens(span.text)
        if not tokens:  # 'King' / 'Mr. King' after 'Larry King': a surname that is a title word
            surname = fold(span[-1].text).strip(".")
            draft = _match_person([surname], found) if span[-1].is_title else None
            if draft is not None and draft.name_tokens[-1] == surname:
                found.mention(span, "PERSON", draft, "actor")
            return
        # a surname alone under a courtesy title is named with it: 'Mrs. Trump', not 'Trump'
        named = span.doc[span.start - 1:span.end] if gender and len(tokens) == 1 \
            and span.start > 0 and span.doc[span.start - 1].text[:1].isupper() else span
        # 'President Obama … first lady Michelle Obama': a full name after a kinship noun is a
        # relative of the one met by the surname alone, not that person
        relative = span.start > 0 and span.doc[span.start - 1].lower_ in self.cues.kin
        # 'Mrs. Thatcher' names whom it named before, not the latest woman of the family
        # ('… twins Mark and Carol Thatcher … Mrs. Thatcher'): a titled surname keeps its person
        titled = found.drafts.get(found.titled.get(named.text.lower(), "")) \
            if named is not span else None
        draft = titled or _match_person(tokens, found, gender, relative) or found.draft(
            f"person:{slug(named.text if named is not span else ' '.join(tokens))}",
            name=named.text, kind="person", country=None,
            known=False, first_span=(span.start_char, span.end_char), name_tokens=tokens)
        if len(tokens) > len(draft.name_tokens):
            draft.name, draft.name_tokens = span.text, tokens
        if named is not span:
            found.titled.setdefault(named.text.lower(), draft.id)
        found.mention(span, "PERSON", draft, "actor")

    def _organisation(self, span: Span, found: ActorSet) -> None:
        whole = name_phrase_of(span, self.cues)
        if whole is False:
            return  # "Secretary of State": a title, the person follows
        if whole is not None and not any(t.i in found.mention_tokens for t in whole):
            span = whole
        if self._looks_like_person(span, found):
            self._person(span, found)
            return
        if (person := self._person_after_demonym(span)) is not None:
            self._person(person, found)
            return
        text = span.text[4:] if span.text.lower().startswith("the ") else span.text
        actor_id = found.acronyms.get(text)
        draft = found.drafts.get(actor_id) if actor_id else self._short_name_of(text, found)
        if draft is None:
            kind, country = self._organisation_kind(span)
            draft = found.draft(f"org:{slug(text)}", name=text, kind=kind, country=country,
                                known=False, first_span=(span.start_char, span.end_char))
        found.mention(span, "ORG", draft, "actor")
        self._register_acronym(span, draft, found)

    def _short_name_of(self, text: str, found: ActorSet) -> ActorDraft | None:
        """'the Coalition' after 'the Syrian Coalition', 'the Observatory' after 'the Syrian
        Observatory for Human Rights', 'the Institute' after 'the Syrian Institute of
        Justice': an organisation word alone, capitalised, is the body met before whose name
        holds it after its first word; of several, the one mentioned last."""
        word = text.lower()
        if " " in text or not text[:1].isupper() or word not in self.cues.org_heads:
            return None
        for mention in reversed(found.mentions):
            draft = found.drafts.get(mention.actor) if mention.actor else None
            # its name, not an alias: 'the Council' is not the Chinese government, whose
            # alias 'State Council' is another country's body of that name
            if draft is not None and draft.kind != "person" and \
                    word in draft.name.lower().split()[1:]:
                return draft
        return None

    def _known_area_placed(self, span: Span, found: ActorSet) -> bool:
        """'the many people in need in Tigray' (Tigray tagged PERSON), 'withdrew peacekeepers
        from Sinai', 'militants in South Waziristan Agency', 'the Deraa countryside' (ORG): a
        name in a place's position (a location's phrase, or before a place noun) that the
        gazetteer knows as an area (a country, a division, a region: data/grammar_cues.tsv, cue
        `area_feature`) or a large city is that place, not a person or a body, so the events
        stage can land an act on it. Not a person met in the article ('in Bolton' after 'John
        Bolton'), nor an acronym ('the GOP'), nor a name holding an organisation's word ('at the
        University of Texas'), nor one opening with a given name or after a title."""
        before_place_noun = span.root.dep_ == "compound" and \
            span.root.head.lemma_.lower() in self.cues.place_nouns
        if not before_place_noun and not self._in_place_phrase(span):
            return False
        tokens = name_tokens(span.text)
        if not tokens or not span.text[:1].isupper() or is_acronym(span.text) \
                or any(t.lemma_.lower() in self.cues.org_heads for t in span) \
                or _match_person(tokens, found) is not None \
                or span[0].lower_ in given_name_genders() or _courtesy_gender(span) \
                or (span.start > 0 and span.doc[span.start - 1].lower_ in self.cues.titles):
            return False
        return any(c.feature in self.cues.area_features or (
            c.feature == "city" and c.population >= _LARGE_CITY) for c in self._places(span.text))

    def _country_spelled(self, span: Span, found: ActorSet) -> KnownActor | None:
        """'sanctions in relation to Guinea Bissau', tagged PERSON: a spelling of a country's
        name the actor dictionary lacks but the gazetteer holds is that state, wherever it
        stands. Not a person met in the article, nor a name opening with a given name."""
        if gazetteer_key(span.text) not in self._country_keys():
            return None  # no country bears the name: most PERSON/ORG names, no SQL asked
        tokens = name_tokens(span.text)
        if not tokens or _match_person(tokens, found) is not None \
                or span[0].lower_ in given_name_genders():
            return None
        country = next((c.country for c in self._places(span.text) if c.feature == "country"),
                       None)
        iso3 = self._gazetteer_iso3().get(country) if country else None
        return self.lexicon.state(iso3) if iso3 else None

    def _gazetteer_iso3(self) -> dict[str, str]:
        """ISO alpha-2 → alpha-3, from the gazetteer (opened by `_places` before this)."""
        if self._iso3 is None:
            self._iso3 = {a2: a3 for a3, a2 in self._gazetteer.alpha2.items()} \
                if self._gazetteer not in (None, _UNOPENED) else {}
        return self._iso3

    def _in_place_phrase(self, span: Span) -> bool:
        """Is the name where a place is said to be: after a preposition of place ('in', 'near'),
        or where a motion goes ('withdrew from Sinai', 'entered Crimea')? Not any other phrase
        a name may end ('including Ahrar al-Sham'), which `place_role` also calls a location."""
        root = span.root
        if place_role(span, self.cues) != "location" or root.dep_ not in {"pobj", "dobj"}:
            return False
        return root.dep_ == "dobj" or root.head.lower_ in self.cues.location_preps or \
            root.head.lower_ in self.cues.destination_preps

    def _places(self, text: str) -> tuple:
        """The gazetteer's entries for a name (none when there is no gazetteer)."""
        gazetteer = self._opened_gazetteer()
        return gazetteer.lookup(gazetteer_key(text)) if gazetteer is not None else ()

    def _country_keys(self) -> frozenset[str]:
        """The name keys the gazetteer files a country under (none without a gazetteer)."""
        if self._countries is None:
            gazetteer = self._opened_gazetteer()
            self._countries = gazetteer.country_keys() if gazetteer is not None else frozenset()
        return self._countries

    def _opened_gazetteer(self):
        """The gazetteer, opened when a name is first looked up: the one the places stage
        reads (`open_or_build` shares it), or None when there is none."""
        if self._gazetteer is _UNOPENED:
            from sitrep.gazetteer import open_or_build
            self._gazetteer = open_or_build()
        return self._gazetteer

    def _named_institution(self, span: Span) -> bool:
        """'the Robert F. Kennedy Center', 'Danwon High School', 'the Bush Project', tagged
        PERSON: a name that ends in a capitalised organisation word is the organisation named
        after someone; so is a name ending in a news outlet's word ('Al Masdar News', 'The
        Jordan Times'). A given name and that word alone is still a person ('Carl Court',
        'Emily Post')."""
        if not self._ends_in(span, self.cues.org_heads | self.cues.outlet_heads):
            return False
        return not (len(span) == 2 and span[0].lower_ in given_name_genders())

    def _named_day(self, span: Span, found: ActorSet) -> bool:
        """'Bloody Friday', 'Bloody Sunday', tagged PERSON or ORG: a name that ends in a
        weekday names a day, no actor; a name opening with a given name is a person ('Billy
        Sunday'). The model often tags the weekday apart ('Bloody' PERSON, 'Friday' DATE): a
        name whose last word the article writes only right before a weekday is part of the
        day's name, where 'Governor John Smith Friday said…' meets Smith elsewhere too."""
        if span[0].lower_ in given_name_genders():
            return False
        if len(span) > 1 and self._ends_in(span, self.cues.weekdays):
            return True
        if found.not_before_weekday is None:
            found.not_before_weekday = self._words_not_before_weekday(span.doc)
        return span[-1].orth not in found.not_before_weekday

    def _non_actor_name(self, span: Span) -> bool:
        """'Brexit would hurt the economy', 'during Ramadan', tagged ORG or PERSON: a name of a
        process, a programme, a season or an epidemic (data/grammar_cues.tsv, cue
        `non_actor_name`) is no party to an event."""
        text = fold(span.text)
        return (text[4:] if text.startswith("the ") else text) in self.cues.non_actor_names

    def _time_zone(self, span: Span) -> bool:
        """'8:46 a.m. ET', 'at 1041 BST', tagged PERSON or ORG: an abbreviated time zone right
        after a clock time or an a.m./p.m. names no one ('ET' had become a person who took the
        article's 'he')."""
        if len(span) != 1 or span.start == 0 or span[0].lower_ not in self.cues.time_zones:
            return False
        before = span.doc[span.start - 1]
        return before.like_num or ":" in before.text or \
            before.lower_.rstrip(".") in self.cues.day_halves

    def _words_not_before_weekday(self, doc: Doc) -> set[int]:
        """The ORTH id of every token that is not right before a capitalised weekday."""
        rows = doc.to_array([ORTH, LOWER, IS_TITLE])
        weekdays = np.array([doc.vocab.strings[w] for w in self.cues.weekdays], dtype=np.uint64)
        before = np.zeros(len(rows), dtype=bool)
        before[:-1] = np.isin(rows[1:, 1], weekdays) & (rows[1:, 2] == 1)
        return set(rows[~before, 0].tolist())

    @staticmethod
    def _ends_in(span: Span, words: frozenset[str]) -> bool:
        """Does `span` end in a capitalised word of `words` (its lemma or its own form:
        'Times' is lemmatised 'time')?"""
        last = span[-1]
        return last.is_title and (last.lemma_.lower() in words or last.lower_ in words)

    def _looks_like_person(self, span: Span, found: ActorSet) -> bool:
        """The small model tags some Arabic names ORG ('Ziad Taweel'). A name with no
        organisation word that is described as a person ('…, the head of…'), or that repeats
        the surname of a person already met, is a person; not one ending in a news outlet's
        word ('The pro-regime website Al Masdar News')."""
        if any(t.lemma_.lower() in self.cues.org_heads for t in span) or \
                self._ends_in(span, self.cues.outlet_heads):
            return False
        tokens = name_tokens(span.text)
        if len(span) == 1 and span[0].is_title and tokens and _match_person(tokens, found):
            return True  # 'Wilkins said…' after 'Kristen Wilkins', whatever tag the word got
        if not all(t.pos_ == "PROPN" for t in span):
            return False
        if tokens and _match_person(tokens, found) is not None:
            return True
        # the surname look-up over the people met first: it is cheap, and it rules out most
        # names before the article's lower-case words are gathered
        if _shares_surname(tokens, found) and self._given_name_of_known_family(span):
            return True

        if self._given_name_after_title(span):
            return True
        descriptor = roles.descriptor_noun(span.root)
        return descriptor is not None and descriptor.lemma_.lower() not in self.cues.org_heads

    def _given_name_of_known_family(self, span: Span) -> bool:
        """Could `span` be a given name and a surname ('Naghmeh Abedini')? Two capitalised
        words, the first a given name (data/first_names.tsv) or at least a word the article
        never writes in lower case and the lexicon does not know, and a surname the article
        never writes in lower case: not 'Fox News Kerry', 'Syria Replay' or 'Getty Images'."""
        if len(span) != 2 or not all(t.is_alpha and t.is_title for t in span):
            return False
        given, surname = span[0], span[1]
        lower_case = _lower_case_words(span.doc)
        if surname.lower_ in lower_case:
            return False  # 'Homeland Security', 'Getty Images'
        return given.lower_ in given_name_genders() or (
            self.lexicon.lookup(given.text) is None and given.lower_ not in lower_case)

    def _given_name_after_title(self, span: Span) -> bool:
        """'U.S. Ambassador to the United Nations Nikki Haley', the name tagged ORG: a given name
        nearly all of whose bearers are of one gender (data/first_names.tsv) and a surname,
        right after a capitalised word of the title before it ('Dallas Mavericks' after 'the',
        'Tyson Foods' after 'a' are no such names)."""
        if len(span) != 2 or span.start == 0 or not all(t.is_alpha and t.is_title for t in span):
            return False
        before, given, surname = span.doc[span.start - 1], span[0].lower_, span[1].lower_
        return not before.is_sent_start and before.text[:1].isupper() and not before.is_punct \
            and given in given_name_genders() and given not in self.cues.name_particles \
            and surname not in self.cues.org_heads and self.lexicon.lookup(span.text) is None

    def _person_after_demonym(self, span: Span) -> Span | None:
        """'American Alan Gross', tagged ORG by the small model: a demonym, then a given name
        (data/first_names.tsv) and a surname is a person; the person is the name."""
        if len(span) < 3 or not all(t.pos_ == "PROPN" or t.is_title for t in span) or \
                self.lexicon.demonym_country(span[0].text) is None or \
                span[1].lower_ not in given_name_genders() or \
                any(t.lemma_.lower() in self.cues.org_heads for t in span[1:]):
            return None
        return span[1:]

    def _organisation_kind(self, span: Span) -> tuple[str, str | None]:
        kind = "other"
        for token in reversed(span):
            noun = self.lexicon.noun(token.lemma_)
            if noun is not None and noun.kind != "person":
                kind = noun.kind
                break
        return kind, self._organisation_country(span)

    def _organisation_country(self, span: Span) -> str | None:
        """'Syrian Observatory…', "Chile's Defense Ministry": a demonym or a state name in the
        name or modifying it."""
        words = list(span) + [t for t in span.root.children if t.dep_ in {"poss", "compound", "amod"}]
        for token in words:
            country = self.lexicon.demonym_country(token.text)
            known = self.lexicon.lookup(token.text) if country is None else None
            if country or (known is not None and known.kind == "state"):
                return country or known.country
        return None

    # --- acronyms ------------------------------------------------------------------------

    def _register_acronym(self, span: Span, draft: ActorDraft, found: ActorSet) -> None:
        """'Hayat Tahrir al-Sham (HTS)': the bracketed acronym is an alias from here on."""
        doc = span.doc
        if span.end + 2 < len(doc) and doc[span.end].text == "(" and doc[span.end + 2].text == ")":
            acronym = doc[span.end + 1].text
            if is_acronym(acronym) and (acronym == initials(span.text) or span.label_ != "GPE"):
                found.acronyms.setdefault(acronym, draft.id)

    def _add_acronym_mentions(self, doc: Doc, found: ActorSet) -> None:
        if not found.acronyms:
            return
        for i, text in enumerate(token_texts(doc)):  # a Token only for the words kept
            actor_id = found.acronyms.get(text)
            if actor_id and i not in found.mention_tokens:
                found.mention(doc[i:i + 1], "ORG", found.drafts[actor_id], "actor")


_HALVES = ("North", "South")


def _add_halves(doc: Doc, found: ActorSet, cues) -> None:
    """'the North', 'the South' in an article that names both halves of a divided country
    (North and South Korea): the half of that name, as the reporting shortens it; an actor
    where it acts ('the North said'), a place where things happen in it ('voters in the
    South')."""
    states = {d.name.split(" ", 1)[0]: d for d in found.drafts.values()
              if d.kind == "state" and d.name.split(" ", 1)[0] in _HALVES}
    if len(states) != 2 or len({d.name.split(" ", 1)[1] for d in states.values()}) != 1:
        return
    for token in doc:
        if token.text in states and token.i > 0 and doc[token.i - 1].lower_ == "the" \
                and token.i not in found.mention_tokens and not (
                    token.i + 1 < len(doc) and doc[token.i + 1].pos_ in {"PROPN", "NOUN"}):
            span = doc[token.i:token.i + 1]
            role = place_role(span, cues)
            found.mention(span, "GPE", states[token.text] if role != "location" else None, role,
                          alias=False)


def _in_dateline(span: Span) -> bool:
    """'CAMP DAVID, Md. (Reuters) -': the place a wire story was filed from, in capitals,
    which the model may tag PERSON or ORG."""
    if not span.text.isupper() or span.start_char >= SEARCH_CHARS:
        return False
    text = span.doc[:SEARCH_CHARS].text  # the opening is enough (see nlp.boundaries)
    return any(span.end_char < end and "\n" not in text[span.end_char:end]
               for end in dateline_ends(text))


def _match_person(tokens: list[str], found: ActorSet, gender: str | None = None,
                  relative: bool = False) -> ActorDraft | None:
    """The person already met that these name tokens refer to: same name, or a surname alone
    ('Assad' after 'Bashar al-Assad'), or a nickname for the given name ('Jim Mattis' after
    'James Mattis'); the most recent one when several share the surname. A courtesy title's
    `gender` ('Mrs. Trump') passes over a person whose given name is of the other; a
    `relative` ('first lady Michelle Obama') is no one met by the surname alone."""
    key = " ".join(tokens)
    # without a courtesy title's gender every person passes (a given name's gender is always
    # in (None, itself)), so it is looked up only with one: this runs for every person name
    people = [d for d in found.drafts.values() if d.kind == "person" and d.name_tokens
              and (not gender or given_name_gender(d.name_tokens) in (None, gender))]
    for draft in reversed(people):
        if " ".join(draft.name_tokens) == key:
            return draft
    if len(tokens) == 1:
        matches = [d for d in people if d.name_tokens[-1] == key]
        if matches:
            return matches[-1]
        # A given name alone ('Bilal' after 'Bilal Mohammed'), only when it fits one person.
        given = [d for d in people if len(d.name_tokens) > 1 and d.name_tokens[0] == key]
        return given[0] if len(given) == 1 else None
    for draft in reversed(people):  # the short form came first, the full name now
        if not relative and len(draft.name_tokens) == 1 \
                and draft.name_tokens[0] in (tokens[-1], tokens[0]):
            return draft
    for draft in reversed(people):  # 'Jim Mattis' after 'James Mattis'
        if (len(tokens) == len(draft.name_tokens) == 2 and draft.name_tokens[1] == tokens[1]
                and same_given_name(draft.name_tokens[0], tokens[0])):
            return draft
    for draft in reversed(people):  # 'Musa Jibril' after 'Ahmad Musa Jibril', either order
        shorter, longer = (tokens, draft.name_tokens) if len(tokens) <= len(draft.name_tokens) \
            else (draft.name_tokens, tokens)
        if len(shorter) > 1 and longer[-len(shorter):] == shorter:
            return draft
    return None


def _courtesy_gender(span: Span) -> str | None:
    """The gender of a courtesy title right before a name or opening it ('Mrs. Trump')."""
    doc = span.doc
    for token in (doc[span.start - 1] if span.start > 0 else None, span[0] if len(span) > 1
                  else None):
        if token is not None and token.text[:1].isupper() and \
                token.lower_.rstrip(".") in _courtesy_titles():
            return word_gender(token.text)  # 'Mr.' m, 'Mrs.' f; 'Dr.' has none
    return None


@lru_cache(maxsize=1)
def _courtesy_titles() -> frozenset[str]:
    return frozenset(row["word"] for row in read_table("honorifics.tsv"))


def _without_hashtag(span: Span) -> Span:
    """'#Breaking David Cameron officially tenders resignation' (a tweet quoted in a live
    blog): the model runs the hashtag's word into the name after it; a word glued to a '#' is
    a tag, not part of a name."""
    if len(span) < 2 or span.start == 0:
        return span
    before = span.doc[span.start - 1]
    return span[1:] if before.text == "#" and not before.whitespace_ else span


def _without_headline_verb(span: Span, text: str) -> Span:
    """'Arriving In Israel, Obama Reaffirms An ‘Unbreakable Bond’': in a Title Case headline
    the model runs a name into the verb after it ('Obama Reaffirms'). The last word goes when
    the article writes it in lower case elsewhere ('to reaffirm') and names the person without
    it ('President Obama'), so the later mentions do not join a person called 'Obama Reaffirms'."""
    if len(span) < 2 or not _in_title_case_line(span, text):
        return span
    word = span[-1].lower_
    lower_case = _lower_case_words(span.doc)
    if not any(form in lower_case for form in (word, word[:-1], word[:-2]) if len(form) > 2):
        return span
    rest = span[:-1]
    named_without = any(
        e.label_ == "PERSON" and e.start != span.start and e[-1].lower_ == rest[-1].lower_
        and word not in {t.lower_ for t in e} for e in entities(span.doc))
    return rest if named_without else span


@lru_cache(maxsize=1)  # the document being read (as `entities`)
def _lower_case_words(doc: Doc) -> frozenset[str]:
    """The texts of the document's lower-case words, read once a document, not once a name
    (a list of thousands of capitalised names on one line made that quadratic), off the text
    and IS_LOWER columns: no Token a word."""
    return frozenset(text for text, lower in zip(token_texts(doc), doc.to_array(IS_LOWER).tolist())
                     if lower)


def _in_title_case_line(span: Span, text: str) -> bool:
    """Is the span on a line of `text` (its document's) whose words are mostly capitalised (a
    headline)?"""
    start = text.rfind("\n", 0, span.start_char) + 1
    end = text.find("\n", span.end_char)
    return _title_case_line(text, start, end if end >= 0 else len(text))


@lru_cache(maxsize=64)  # a document's lines, read once each, not once a name on them
def _title_case_line(text: str, start: int, end: int) -> bool:
    words = [w for w in text[start:end].split() if w[:1].isalpha()]
    return len(words) >= 4 and sum(w[0].isupper() for w in words) >= 0.8 * len(words)


def _shares_surname(tokens: list[str], found: ActorSet) -> bool:
    """'Naghmeh Abedini' after 'Saeed Abedini': a given name and the surname of a person
    already met is a relative, a person of their own (not the same one: `_match_person`)."""
    return len(tokens) == 2 and any(
        d.kind == "person" and len(d.name_tokens) > 1 and d.name_tokens[-1] == tokens[-1]
        for d in found.drafts.values())


def _to_actor(draft: ActorDraft, doc_id: str) -> Actor:
    aliases = [s for s in draft.surfaces if s != draft.name]
    return Actor(
        doc_id=doc_id, id=draft.id, name=draft.name, aliases=aliases, kind=draft.kind,
        country=draft.country, role=draft.role, affiliation=draft.affiliation,
        span=draft.first_span, known=draft.known,
    )


__all__ = ["ActorExtractor", "name_key"]
