"""Find the stretches of text that name actors, and decide what each one does in its sentence.

Two sources of candidates: the actor dictionary (phrase matches, which catch what the statistical
NER misses or mislabels, e.g. "Hayat Tahrir al-Sham" tagged PERSON) and spaCy's PERSON, ORG, NORP
and GPE entities. Where they overlap the longer span wins, and the dictionary wins ties.

A place name is an actor only when the sentence makes it one: "Moscow offered aid" and "talks with
Russia" name governments; "in Syria" and "fled to Moscow" name locations. Coding place names as
actors is the classic failure of machine event data, so the default for a place is location.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache

from spacy.attrs import ENT_TYPE, IS_LOWER
from spacy.matcher import PhraseMatcher
from spacy.tokens import Doc, Span, Token

from sitrep.data import read_table
from sitrep.extract.entities import (entities, expanded_bounds, span_text, token_span,
                                     token_texts)
from sitrep.extract.lexicon import ActorLexicon, KnownActor, _is_case_sensitive, load_lexicon
from sitrep.extract.names import given_name_genders

NER_LABELS = {"PERSON", "ORG", "NORP", "GPE"}
_SUBJECT_OBJECT_DEPS = {"nsubj", "nsubjpass", "dobj", "iobj", "dative", "agent", "csubj"}
_MODIFIER_DEPS = {"amod", "compound", "poss", "nmod"}


@dataclass
class Candidate:
    span: Span
    label: str  # NER label, or the dictionary kind's nearest NER label
    known: KnownActor | None


@dataclass(frozen=True)
class Cues:
    location_preps: frozenset[str]
    actor_preps: frozenset[str]
    motion: frozenset[str]
    destination_preps: frozenset[str]  # 'to', 'from': after a motion word, where it goes
    org_heads: frozenset[str]
    titles: frozenset[str]
    place_nouns: frozenset[str]
    abroad: frozenset[str]  # 'embassy', 'foreign': a body in a capital that is not its own
    outlet_heads: frozenset[str]  # 'News', 'Times': a name ending in one is a news outlet
    weekdays: frozenset[str]  # 'Bloody Friday': a name ending in one is a day
    opposing_sides: frozenset[str]  # 'Syrian opposition forces': the country's rebels
    civil_craft: frozenset[str]  # 'a Ukrainian passenger jet': a craft no force flies
    kin: frozenset[str]  # 'first lady Michelle Obama': a relative of the 'Obama' met before
    time_zones: frozenset[str]  # '8:46 a.m. ET': a zone after a clock is no actor
    day_halves: frozenset[str]  # 'a.m.', 'pm': after one, a time zone follows a clock
    name_particles: frozenset[str]  # 'Al Jazeera': an article, not the given name it spells
    compound_endings: frozenset[str]  # 'a Trump-era policy': a compound, no given name
    non_actor_names: frozenset[str] = frozenset()  # 'Brexit', 'Ramadan': tagged ORG, no actor
    area_features: frozenset[str] = frozenset()  # 'admin1', 'region': gazetteer kinds of area


@lru_cache(maxsize=1)
def load_cues() -> Cues:
    by_cue: dict[str, set[str]] = {}
    for row in read_table("grammar_cues.tsv"):
        by_cue.setdefault(row["cue"], set()).add(row["word"])
    return Cues(
        location_preps=frozenset(by_cue.get("location_prep", ())),
        actor_preps=frozenset(by_cue.get("actor_prep", ())),
        motion=frozenset(by_cue.get("motion", ())),
        destination_preps=frozenset(by_cue.get("destination_prep", ())),
        org_heads=frozenset(by_cue.get("org_head", ())),
        titles=frozenset(by_cue.get("title", ())),
        place_nouns=frozenset(by_cue.get("place_noun", ())),
        abroad=frozenset(by_cue.get("abroad", ())),
        outlet_heads=frozenset(by_cue.get("outlet_head", ())),
        weekdays=frozenset(by_cue.get("weekday", ())),
        opposing_sides=frozenset(by_cue.get("opposing_side", ())),
        civil_craft=frozenset(by_cue.get("civil_craft", ())),
        kin=frozenset(by_cue.get("kin", ())),
        time_zones=frozenset(by_cue.get("time_zone", ())),
        day_halves=frozenset(by_cue.get("day_half", ())),
        name_particles=frozenset(by_cue.get("name_particle", ())),
        compound_endings=frozenset(by_cue.get("compound_ending", ())),
        area_features=frozenset(by_cue.get("area_feature", ())),
        non_actor_names=frozenset(by_cue.get("non_actor_name", ())),
    )


_KIND_LABEL = {"person": "PERSON", "state": "GPE"}


class DictionaryMatcher:
    """Phrase matches of every known actor's name and aliases, built once per vocabulary."""

    def __init__(self, nlp, lexicon: ActorLexicon):
        self.lexicon = lexicon
        self.exact = PhraseMatcher(nlp.vocab, attr="ORTH")
        self.folded = PhraseMatcher(nlp.vocab, attr="LOWER")
        exact_patterns, folded_patterns = [], []
        for surface in lexicon.exact_aliases:
            target = exact_patterns if _is_case_sensitive(surface) else folded_patterns
            target.append(nlp.make_doc(surface))
        self.exact.add("ACTOR", exact_patterns)
        self.folded.add("ACTOR", folded_patterns)

    def __call__(self, doc: Doc) -> list[Candidate]:
        found = []
        for matcher in (self.exact, self.folded):
            for _, start, end in matcher(doc):
                span = doc[start:end]
                known = self.lexicon.lookup(span_text(span))
                if known is None or not _looks_like_a_name(span):
                    continue
                found.append(Candidate(span, _KIND_LABEL.get(known.kind, "ORG"), known))
        found.extend(self._demonyms(doc))
        return found

    def _demonyms(self, doc: Doc) -> list[Candidate]:
        """Capitalised demonyms the NER left untagged ('ordinary Kazakhs', 'Syrian forces')."""
        # the text and entity type columns: a Token only for a demonym kept (0: no entity)
        ent_types = doc.to_array(ENT_TYPE).tolist()
        return [Candidate(doc[i:i + 1], "NORP", None) for i, text in enumerate(token_texts(doc))
                if text[:1].isupper() and not ent_types[i] and
                self.lexicon.demonym_country(text)]


def _looks_like_a_name(span: Span) -> bool:
    """A case-insensitive alias must still be written as a name: 'the bloc' or 'hamas' in
    running lower-case text is not a match, 'Hamas' and 'HAMAS' are."""
    return any(token.text[:1].isupper() for token in span)


def find_candidates(doc: Doc, matcher: DictionaryMatcher) -> list[Candidate]:
    """Non-overlapping candidate spans in text order: longer first, dictionary on ties."""
    ner = []
    for ent in _whole_person_names(doc):
        span = trim_name(ent) if ent.label_ in NER_LABELS else None
        if span is not None:
            ner.append(Candidate(span, ent.label_, matcher.lexicon.lookup(span.text)))
    ranked = sorted(
        [(c, 1) for c in matcher(doc)] + [(c, 0) for c in _relabel_by_majority(ner)],
        key=lambda pair: (-(pair[0].span.end - pair[0].span.start), -pair[1], pair[0].span.start),
    )
    taken: set[int] = set()
    kept = []
    for candidate, _ in ranked:
        positions = set(range(candidate.span.start, candidate.span.end))
        if positions & taken:
            continue
        taken |= positions
        kept.append(candidate)
    return sorted(kept, key=lambda c: c.span.start)


def _whole_person_names(doc: Doc) -> list[Span]:
    """The entities, with a person's name the model cut in two made whole: 'Myanmar leader
    Aung San Suu Kyi' came out as 'Aung San' + 'Kyi' or 'Aung San' + 'Suu Kyi', and one woman
    was two people. Two PERSON names parted only by single spaces and capitalised words are
    one name when every word could be a name (`_name_words`); and a PERSON name goes on
    over the capitalised words after it when the text tags the whole elsewhere."""
    whole_names = {span_text(e) for e in entities(doc) if e.label_ == "PERSON" and len(e) > 2}
    lower_words = {text for text, lower in zip(token_texts(doc), doc.to_array(IS_LOWER).tolist())
                   if lower}
    joined: list[Span] = []
    for ent in entities(doc):
        last = joined[-1] if joined else None
        if last is not None and ent.label_ == last.label_ == "PERSON" \
                and ent.start - last.end <= 2 and not _two_full_names(last, ent) \
                and _name_words(doc[last.start:ent.end], lower_words):
            joined[-1] = Span(doc, last.start, ent.end, label="PERSON")
        else:
            joined.append(ent)
    return [_extended_to(ent, whole_names) if ent.label_ == "PERSON" else ent for ent in joined]


def _two_full_names(first: Span, second: Span) -> bool:
    """'Arwa Damon Errol Barnett' (a credit line missing its comma): a name of two words or
    more, then one opening with a given name (data/first_names.tsv), is two people."""
    return len(first) > 1 and len(second) > 1 and second[0].lower_ in given_name_genders()


def _name_words(span: Span, lower_words: set[str]) -> bool:
    """Could `span` be one person's name? Capitalised words only, single spaces between, no
    word twice (The Hill's 'President Trump Donald John Trump' link text), no title
    ('Brexit Secretary Stephen Barclay'), no demonym or name of a known actor ('Mayotte Mexico
    Micronesia'), and none the text also writes in lower case ('Netanyahu Says Israel Would
    Be')."""
    words = [t.lower_ for t in span]
    cues, lexicon = load_cues(), load_lexicon()
    return all(t.is_alpha and t.is_title and t.whitespace_ == " " for t in span[:-1]) \
        and span[-1].is_alpha and span[-1].is_title and len(set(words)) == len(words) \
        and not any(t.lower_ in cues.titles or t.lower_ in lower_words
                    or lexicon.demonym_country(t.text) or lexicon.lookup(t.text)
                    for t in span)


def _extended_to(ent: Span, whole_names: set[str]) -> Span:
    """'Aung San' followed by untagged 'Suu Kyi', when 'Aung San Suu Kyi' is tagged elsewhere."""
    doc, end = ent.doc, ent.end
    while end < len(doc) and end - ent.end < 2 and not doc[end].ent_type_ \
            and doc[end].is_title and doc[end - 1].whitespace_ == " ":
        end += 1
        if doc[ent.start:end].text in whole_names:
            return Span(doc, ent.start, end, label="PERSON")
    return ent


def trim_name(span: Span) -> Span | None:
    """The name inside an entity span: without a caption prefix ('FILE - Salman Abedi'),
    a possessive ending ("Tsarnaev's") or stray punctuation."""
    start, end = span.start, span.end
    doc = span.doc
    texts = token_texts(doc)  # the ORTH column: a Token only beside a dash
    for i in range(span.start, span.end):
        if texts[i] in {"-", "–", "—"} and i > start and doc[i - 1].whitespace_:
            start = i + 1  # a spaced dash separates a caption from the name
        # a token's trailing whitespace is one space or none: a line break is a token
        if "\n" in texts[i]:
            end = i
            break  # a name never runs across a line break; page furniture does
    # "World Health Organisation (WHO)", or "(WHO" when the model stops before the bracket
    # closes: the acronym is an alias, not part of the name
    opening = next((i for i in range(end - 1, start, -1) if texts[i] == "("), None)
    if opening is not None and ")" not in texts[opening:end - 1]:
        end = opening
    while end > start and (doc[end - 1].tag_ == "POS" or doc[end - 1].is_punct):
        end -= 1
    if end - start >= 2 and _given_name_syllable_after(doc, end):
        end += 2  # 'Moon Jae-in', 'Yoon Suk-yeol': the model stops at the given name's hyphen
    elif end - start >= 3 and doc[end - 2].text == "-" and doc[end - 1].is_lower and \
            not _given_name_syllable_after(doc, end - 2):
        end -= 2  # 'the Donald Trump-backed candidate': the name, not the compound adjective
    while start < end and (doc[start].is_punct or _article_before_quote_mark(doc, start, end)):
        start += 1  # 'the “White House and …': the name starts inside the quotation
    return token_span(doc, start, end) if end > start else None


def _article_before_quote_mark(doc: Doc, i: int, end: int) -> bool:
    return doc[i].lower_ in {"the", "a", "an"} and i + 1 < end and doc[i + 1].is_quote


def _given_name_syllable_after(doc, end: int) -> bool:
    """A hyphen glued to the last word of a name and to a short lower-case syllable. Short
    words that make a compound adjective of the name ('a Donald Trump-era policy') are no
    given name: data/grammar_cues.tsv, cue `compound_ending` ('-backed', '-led' end in -ed)."""
    if end + 1 >= len(doc) or doc[end].text != "-" or doc[end - 1].whitespace_ or \
            doc[end].whitespace_ or not doc[end - 1].is_title:
        return False
    syllable = doc[end + 1]
    return syllable.is_lower and syllable.is_alpha and len(syllable) <= 5 and \
        not syllable.text.endswith(("ed", "ing")) and \
        syllable.text not in load_cues().compound_endings


def name_phrase_of(span: Span, cues: Cues) -> Span | None | bool:
    """An ORG the model cut out of a longer name: 'Defense' in 'Department of Defense' gives
    the whole name; 'State' in 'Secretary of State' is part of a title, not an actor (False).
    None when the span stands on its own."""
    root = span.root
    if not (root.dep_ == "pobj" and root.head.lower_ == "of"):
        return None
    governor = root.head.head
    if not governor.text[:1].isupper() or governor.i >= span.start:
        return None
    if governor.lemma_.lower() in cues.org_heads:
        return span.doc[governor.i:span.end]
    return False


def is_place_of(span: Span, cues: Cues) -> bool:
    """'the town of Khmeimim', 'the district of Barking', 'her hometown of Mingora', and a
    name a place noun is apposed to ('Mingora, the main town in the Swat valley'): a place,
    whatever the label."""
    root = span.root
    return (root.dep_ == "pobj" and root.head.lower_ == "of"
            and root.head.head.lemma_.lower() in cues.place_nouns) or any(
        child.dep_ == "appos" and child.pos_ == "NOUN"
        and child.lemma_.lower() in cues.place_nouns for child in root.children)


def _relabel_by_majority(candidates: list[Candidate]) -> list[Candidate]:
    """The small model labels one string differently across a document ('Khmeimim' is NORP six
    times and PERSON twice); single-token strings take the label they get most often."""
    texts = [span_text(c.span) for c in candidates]
    votes: dict[str, dict[str, int]] = {}
    for c, text in zip(candidates, texts):
        votes.setdefault(text, {}).setdefault(c.label, 0)
        votes[text][c.label] += 1
    out = []
    for c, text in zip(candidates, texts):
        counts = votes[text]
        best = max(counts, key=lambda label: (counts[label], label == c.label))
        label = best if len(c.span) == 1 else c.label
        out.append(Candidate(c.span, label, c.known))
    return out


def head_noun_of_modifier(token: Token) -> Token | None:
    """The noun a modifier attaches to: 'Russian' → 'forces' in 'Russian forces', and
    'Russia' → 'military' in 'Russia's military' or 'the military of Russia'."""
    if token.dep_ in _MODIFIER_DEPS and token.head.pos_ in {"NOUN", "PROPN"}:
        return token.head
    if token.dep_ == "pobj" and token.head.lower_ == "of" and token.head.head.pos_ == "NOUN":
        return token.head.head
    return None


def place_role(span: Span, cues: Cues) -> str:
    """'actor', 'location' or 'descriptor' for a place name, from its syntactic role."""
    token = _first_conjunct(span.root)
    if token.dep_ in {"dobj", "pobj"} and token.head.lemma_.lower() in cues.motion:
        return "location"  # "fled Damascus", "entered Syria"
    if token.dep_ in _SUBJECT_OBJECT_DEPS:
        return "actor"
    if head_noun_of_modifier(token) is not None:
        return "descriptor"
    if token.dep_ == "pobj":
        prep = token.head.lower_
        if prep in cues.location_preps:
            return "location"
        if prep in cues.actor_preps:
            return "actor"
        if prep in cues.destination_preps:
            governor = token.head.head
            return "location" if governor.lemma_.lower() in cues.motion else "actor"
    return "location"


def _first_conjunct(token: Token) -> Token:
    """'HTS and Russia': the role of 'Russia' is the role of 'HTS'; likewise for the items of
    a list the parser hangs as appositions ('The United States, India, Israel … have sent')."""
    while token.head.i != token.i and (
            token.dep_ == "conj" or (token.dep_ == "appos" and token.head.pos_ == "PROPN")):
        token = token.head
    return token


def actor_tokens(doc: Doc, mentions, roles: set[str] | None = None) -> dict[int, str]:
    """Token index → actor id, from the mentions that name an actor (optionally only those in
    the given roles); the first mention over a token wins."""
    found: dict[int, str] = {}
    for mention in mentions:
        if not mention.actor or (roles is not None and mention.role not in roles):
            continue
        bounds = expanded_bounds(doc, *mention.span)
        if bounds is not None:
            for i in range(*bounds):  # the indices, no Token a word
                found.setdefault(i, mention.actor)
    return found
