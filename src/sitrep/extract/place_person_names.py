"""Names that are a person's, not a place's: a courtesy or an abbreviated title before the name
('Ms Raggi', 'Sens. Rand Paul'), a leader's word after it ('the Obama administration'), a name
the actors layer or the NER gives a person ('Assad' after 'Bashar al-Assad', 'Paris' of 'Paris
Hilton'). `place_mentions` drops the place mentions these say are persons.
"""

from __future__ import annotations

from collections.abc import Callable
from functools import lru_cache

from spacy.lang.en.stop_words import STOP_WORDS
from spacy.tokens import Doc

from sitrep.data import read_table
from sitrep.extract.entities import entities, lower_texts, span_text
from sitrep.extract.place_spans import PLACE_LABELS, PlaceMention
from sitrep.extract.place_words import place_words
from sitrep.extract.span_index import SpanIndex
from sitrep.gazetteer.names import name_key

# A town this populous before a leader's word is its government ('the Tripoli administration');
# a smaller one is a leader's surname: 'the Bush administration' (197 times in the AllSides
# corpus) is no Būsh, Egypt (136,441 people), where no 'President Bush' beside it tells so
_LEADER_NAME_PROMINENCE = 1_000_000
# what `prominence` answers for a country, a province or a region (places._LARGE_SIZE)
_POLITY_PROMINENCE = 10_000_000
# the prepositions that put a name in place whatever else the article calls it
_PLACE_PREPOSITIONS = place_words("place_preposition")

def after_honorific(text: str, m: PlaceMention) -> bool:
    """'Ms Raggi', 'Mrs. Gasparri': a courtesy title opens a person's name, in the span or just
    before it. Written as a title, not in capitals ('DR Congo', 'MS' for Mississippi)."""
    words = text[max(0, m.start - 8):m.start].split()[-1:] + m.text.split()[:1]
    return any((w := word.rstrip(".")).lower() in _honorifics() and w[:1].isupper()
               and not w.isupper() for word in words)


def abbreviated_title(text: str, m: PlaceMention) -> bool:
    """'Sens. Rand Paul', 'Gen. Mark Milley': the word is a title abbreviated with its full stop
    before a capitalised name, not the town so called (Sens, France); not at a sentence's end
    ('the cathedral of Sens. It stands…'). Titles from data/title_forms.tsv and
    data/plural_titles.tsv."""
    if " " in m.text or m.text.lower() not in _abbreviated_titles() or \
            text[m.end:m.end + 2] != ". ":
        return False
    name = text[m.end + 2:m.end + 40].split(maxsplit=1)[:1]
    return bool(name) and name[0][:1].isupper() and name[0].lower() not in STOP_WORDS


@lru_cache(maxsize=1)
def _abbreviated_titles() -> frozenset[str]:
    """'sen', 'gen', 'sens', 'gens': the titles written abbreviated with a full stop."""
    forms = {form for row in read_table("title_forms.tsv") for form in row["forms"].split("|")}
    forms |= {row["plural"] + "." for row in read_table("plural_titles.tsv")
              if row["singular"].endswith(".")}
    return frozenset(form[:-1] for form in forms if form.endswith("."))


@lru_cache(maxsize=1)
def _honorifics() -> frozenset[str]:
    return frozenset(row["word"] for row in read_table("honorifics.tsv"))


def person_name_keys(names: set[str]) -> frozenset[str]:
    """Keys of a person's names and of their last word ("Bashar al-Assad" → also "Assad"); not
    the last word of a description the quotes layer made a speaker ("Officials in Dresden" says
    nothing of a person Dresden)."""
    keys = set()
    for name in names:
        keys.add(name_key(name))
        words = name.replace("-", " ").split()
        if len(words) > 1 and words[-1][:1].isupper() and not _DESCRIPTION_WORDS & set(words):
            keys.add(name_key(words[-1]))
    keys.discard("")
    return frozenset(keys)


_DESCRIPTION_WORDS = frozenset({"in", "of", "from", "at", "near", "for", "on"})


def is_person(m: PlaceMention, spans: SpanIndex, keys: frozenset[str]) -> bool:
    if m.role == "demonym":
        return False
    if spans.holds(m.start, m.end):
        return True
    return name_key(m.text) in keys


def leaders_of_administrations(doc: Doc, prominence: Callable[[str], int] | None,
                                person_keys: frozenset[str] = frozenset()) -> frozenset[str]:
    """Keys of the names a leader's word follows ('the Obama administration', 'the Bush
    presidency': data/place_word_classes.tsv, class leader_office): a person's surname, never a
    place anywhere in the article ('Obama didn't respond' is no town in Japan, 'Bush' none in
    Louisiana, 'the Bush administration' none in Egypt), though the NER labels it GPE. Not a
    name a country, a province or a city of a million bears: 'the US administration', 'the
    Tripoli administration' (one of Libya's rival governments) are a place's; such a city's
    name only when the actors layer also reads it as a person's in the article
    (`person_keys`)."""
    if prominence is None:
        return frozenset()
    offices = place_words("leader_office")
    keys = set()
    lower = lower_texts(doc)
    for i in range(len(lower) - 1):  # the office word read off the array: a Token only before one
        if lower[i + 1] not in offices:
            continue
        token = doc[i]
        if token.text[:1].isupper() and token.pos_ == "PROPN" and \
                not token.text.isupper() and _leaders_name(token.text, prominence, person_keys):
            keys.add(name_key(token.text))
    keys.discard("")
    return frozenset(keys)


def _leaders_name(name: str, prominence: Callable[[str], int],
                  person_keys: frozenset[str]) -> bool:
    """The name before a leader's word may be a leader's: no town of 100,000 bears it, or no
    country or province does and the article names a person by it."""
    known = prominence(name)
    return known < _LEADER_NAME_PROMINENCE or \
        known < _POLITY_PROMINENCE and name_key(name) in person_keys


def names_only_persons_bear(doc: Doc, polity) -> frozenset[str]:
    """Keys of the names a title or a courtesy title puts before a person elsewhere in the
    article ('President Obama', 'Mr. Castro', 'Sen. Warren'; data/place_word_classes.tsv, class
    person_title, and data/honorifics.tsv) and that the NER never labels a place: 'his and
    Obama's knowledge' is then no town in Japan, 'the Castro regime' none in Brazil. The NER's
    PERSON label alone says little (the small model calls 'Winona', 'Berea', 'Kiel' persons in
    local news); a name the NER labels GPE or LOC somewhere ('In Matamoros, a city of …') or a
    country's or a province's name stays."""
    titles = place_words("person_title") | _honorifics()
    titled = set()
    lower = lower_texts(doc)
    for i in range(len(lower) - 1):  # the title read off the array: Tokens only after one
        if lower[i].rstrip(".") not in titles:
            continue
        name = []
        for t in doc[i + 1:i + 4]:
            if t.pos_ != "PROPN" or not t.text[:1].isupper():
                break
            name.append(t)
        if name:
            titled.add(name_key(name[-1].text))
    placed = {name_key(span_text(e)) for e in entities(doc) if e.label_ in PLACE_LABELS}
    return frozenset(k for k in titled - placed
                     if k and (polity is None or polity(k) not in {"country", "division"}))


def persons_name(m: PlaceMention, persons_only: frozenset[str],
                  prominence: Callable[[str], int] | None, text: str) -> bool:
    """A name the NER did not label a place, which a title gives a person elsewhere in the
    article (`names_only_persons_bear`), is the person's, unless a preposition of place stands
    right before it ('born in Ayodhya', 'from Janakpur'): 'and', 'to', 'of' and a possessive,
    which the recovery also reads as places' cues, say nothing here ('his and Obama's
    knowledge', 'used to Obama's weakness', 'clashes between Obama and Netanyahu')."""
    if prominence is None or name_key(m.text) not in persons_only:
        return False
    before = text[max(0, m.start - 12):m.start].split()[-1:]
    return not (before and before[0].lower() in _PLACE_PREPOSITIONS)


def full_name_keys(doc: Doc, person_names: set[str]) -> frozenset[str]:
    """Keys of the words of multi-word person names ('Paris' of 'Paris Hilton', 'Jackson' of
    'Jesse Jackson'): such a word is a person, whatever the context."""
    keys = set()
    names = [*person_names, *(span_text(e) for e in entities(doc) if e.label_ == "PERSON")]
    for name in names:
        words = name.replace("-", " ").split()
        # a personal name, not a description ("Residents of Riverdale")
        if len(words) > 1 and all(w[:1].isupper() for w in words):
            # the NER's span keeps a possessive ('Barack Obama’s'): its key is the name's
            keys.update(name_key(_without_possessive(w)) for w in words)
    keys.discard("")
    return frozenset(keys)


def _without_possessive(word: str) -> str:
    for suffix in ("'s", "’s"):
        if word.endswith(suffix):
            return word[: -len(suffix)]
    return word
