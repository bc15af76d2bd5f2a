"""What a pronoun speaker may stand for: the pronouns' kinds and genders, the genders the text
states of its people, and the noun phrases no actor holds that still end a pronoun's search.

'he' and 'she' are people of that gender (a stated one: 'Mrs. Gasparri', 'spokeswoman', a given
name); 'it' is a body, or a text ('The memo… It says') or an unnamed body's name ('The
Provisional IRA… It claimed'); 'they' may be a phrase joined by 'and' or a group of people no
actor holds ('Hardliners fear the plan, and they say'). The resolver (extract/speakers.py)
searches the antecedents (extract/antecedents.py) with these.
"""

from __future__ import annotations

from collections.abc import Callable
from functools import lru_cache

from spacy.tokens import Doc, Token

from sitrep.data import read_table
from sitrep.extract.antecedents import ClaimContents
from sitrep.extract.entities import expanded_bounds
from sitrep.extract.names import given_name_gender, name_tokens, word_genders
from sitrep.extract.supersenses import first_sense
from sitrep.records import Actor, Mention

PERSON_PRONOUNS = {"he", "she", "him", "her"}
GROUP_PRONOUNS = {"they", "them"}
THING_PRONOUNS = {"it"}
PRONOUN_GENDER = {"he": "m", "him": "m", "she": "f", "her": "f"}
_OBJECTS = {"dobj", "pobj", "dative"}  # of a verb or a preposition
_SUBJECTS = {"nsubj", "nsubjpass"}


def stated_genders(doc: Doc, actors: dict[str, Actor], mentions: list[Mention]) -> dict[str, str]:
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


def joined_by_and(head: Token) -> bool:
    """Does a noun phrase join two or more by 'and', also where the parser hangs the first
    on the last ('Ed and Paula Kassig', 'Gen. Dempsey and Defense Secretary Chuck Hagel':
    'and' before the head)? Read more loosely than a joint speaker
    (extract/speaker_groups.py): only to tell that a 'they' after it is its. In a list the
    'and' hangs on the last conjunct but one ('Britain, France and Germany': on 'France')."""
    # before any other noun, 'and' joins its modifiers: 'many Tory and Labour MPs' are one group
    words = [word for conjunct in _conjuncts_below(head) for word in conjunct.children] + (
        list(head.doc[head.left_edge.i:head.i]) if head.ent_type_ == "PERSON" else [])
    return any(word.dep_ == "cc" and word.lower_ in {"and", "&"} for word in words)


def _conjuncts_below(head: Token) -> list[Token]:
    """The head and the conjuncts hung below it, each on the one before ('Britain' →
    'France' → 'Germany') or all on the first."""
    conjuncts, i = [head], 0
    while i < len(conjuncts):
        conjuncts += [child for child in conjuncts[i].children if child.dep_ == "conj"]
        i += 1
    return conjuncts


def names_a_group_of_people(head: Token) -> bool:
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


def people_in_object_position(pronoun: Token, contents: ClaimContents,
                               names_people: Callable[[Token], bool]) -> Token | None:
    """'Jeh Johnson held a conference call with state election officials… they told him': the
    nearest plural noun of people (`names_people`) that is the object of a verb or preposition
    before the pronoun, in its sentence or the one before, outside other claims' contents and
    outside a subject ('One of its top prosecutors told a judge' is one, and a subject: the
    subject search weighed it). A 'they' no subject before fits stands for those people sooner
    than for a speaker quoted paragraphs earlier."""
    doc, sentence = pronoun.doc, pronoun.sent
    start = doc[sentence.start - 1].sent.start if sentence.start > 0 else 0
    return next((token for token in reversed(doc[start:pronoun.i])
                 if token.dep_ in _OBJECTS and token.tag_ in {"NNS", "NNPS"}
                 and not any(above.dep_ in _SUBJECTS for above in token.ancestors)
                 and not contents.apart(token, pronoun) and names_people(token)), None)


def unknown_body_name(token: Token) -> bool:
    """'The Provisional IRA accepted responsibility… It claimed': a name (after 'the', or in
    capitals) the model tagged as no person, place or date, and that no actor holds, is a
    body 'it' may stand for."""
    return token.pos_ == "PROPN" and token.ent_type_ in {"", "ORG"} and (
        token.is_upper and len(token) > 1
        or any(child.dep_ == "det" and child.lower_ == "the" for child in token.children))


def unheld_text(token: Token) -> bool:
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
def _outlet_nouns() -> frozenset[str]:
    return frozenset(r["word"] for r in read_table("grammar_cues.tsv") if r["cue"] == "outlet_noun")
