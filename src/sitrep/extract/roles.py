"""A person's role and affiliation, read from appositions and titles.

"Kaja Kallas, the EU foreign affairs chief" and "The EU foreign affairs chief, Kaja Kallas" both
give role "foreign affairs chief" and affiliation EU; "Abu Khaled, a 26-year-old HTS fighter"
gives role "fighter", affiliation HTS (the age is not part of the role).
"""

from __future__ import annotations

from functools import lru_cache
from typing import TYPE_CHECKING

from spacy.tokens import Doc, Token

from sitrep.data import read_table
from sitrep.extract.entities import expanded_span

if TYPE_CHECKING:
    from sitrep.extract.actor_mentions import Cues
    from sitrep.extract.actors import ActorSet
    from sitrep.extract.lexicon import ActorLexicon

_ROLE_MODIFIER_DEPS = {"amod", "compound", "nmod"}
_RELATIONAL_PREPS = {"of", "for"}


def descriptor_noun(name: Token) -> Token | None:
    """The common noun in apposition to a name, on either side of it."""
    for child in name.children:
        if child.dep_ == "appos" and child.pos_ == "NOUN":
            return child
    set_off = name.left_edge.i > 0 and name.doc[name.left_edge.i - 1].text == ","
    if name.dep_ == "appos" and name.head.pos_ == "NOUN" and set_off and \
            name.ent_type_ == "PERSON" and name.head.lemma_.lower() in _organisation_heads():
        # 'The head of the UN refugee agency, Filippo Grandi': a person is no agency; the
        # description is the noun the agency hangs from ('the leader of the militant group,
        # Hayat Tahrir al-Sham' keeps 'group': the name is the group's)
        top = _noun_phrase_top(name.head)
        return top if top.pos_ == "NOUN" and top.i < name.i else name.head
    if name.dep_ == "appos" and name.head.pos_ == "NOUN":
        return name.head
    if name.dep_ == "appos" and set_off:
        # 'The head of the department at the Hospital de Caracas, Maria Landaeta': the parser
        # hangs the name on the last noun of the description; the description is its top noun
        top = _noun_phrase_top(name.head)
        if top.pos_ == "NOUN" and top.i < name.i:
            return top
    return None


@lru_cache(maxsize=1)
def _organisation_heads() -> frozenset[str]:
    """Nouns that head an organisation's name (data/grammar_cues.tsv, cue `org_head`)."""
    return frozenset(row["word"] for row in read_table("grammar_cues.tsv")
                     if row["cue"] == "org_head")


def _noun_phrase_top(token: Token) -> Token:
    """The noun a chain of prepositional phrases hangs from ('Caracas' in 'the head of the
    department at the Hospital of Caracas' → 'head')."""
    for _ in range(8):
        if token.dep_ not in {"pobj", "prep", "compound"} or token.head.i == token.i:
            break
        token = token.head
    return token


def role_phrase(noun: Token, skip: set[int]) -> str:
    """The noun with its modifiers, minus names (the affiliation) and ages or counts."""
    keep = {noun.i}
    for child in noun.lefts:
        if child.dep_ in _ROLE_MODIFIER_DEPS:
            subtree = [t for t in child.subtree]
            if any(t.like_num or any(ch.isdigit() for ch in t.text) for t in subtree):
                continue
            keep |= {t.i for t in subtree if t.i not in skip and t.dep_ != "case"}
    for child in noun.rights:
        if child.dep_ == "prep" and child.lower_ in _RELATIONAL_PREPS:
            keep |= {t.i for t in child.subtree if not _in_clause(t, child)}
            break
    doc = noun.doc
    words = [doc[i] for i in sorted(keep)]
    return " ".join(t.text for t in words).replace(" - ", "-").strip()


def _in_clause(token: Token, top: Token) -> bool:
    """Inside a relative or participial clause below `top` ('…that borders the base')."""
    while token.i != top.i:
        if token.dep_ in {"relcl", "acl", "advcl", "punct"}:
            return True
        if token.head.i == token.i:  # reached the sentence root without meeting `top`
            return False
        token = token.head
    return False


def attach_roles(doc: Doc, found: ActorSet, lexicon: ActorLexicon, cues: Cues) -> None:
    """Fill role, affiliation and country of the people in `found` from their mentions."""
    for mention in found.mentions:
        draft = found.drafts.get(mention.actor) if mention.actor else None
        if draft is None or draft.kind != "person" or draft.role:
            continue
        span = expanded_span(doc, *mention.span)
        if span is None:
            continue
        noun = descriptor_noun(span.root)
        if noun is not None:
            draft.role = role_phrase(noun, skip=set(found.mention_tokens)) or None
            _affiliate(draft, noun, found, lexicon)
        else:
            _title_before(span, draft, found, lexicon, cues)


@lru_cache(maxsize=1)
def _opposing_prefixes() -> frozenset[str]:
    """'anti', 'counter' (data/grammar_cues.tsv, cue `opposing_prefix`)."""
    return frozenset(row["word"] for row in read_table("grammar_cues.tsv")
                     if row["cue"] == "opposing_prefix")


def is_opposed_name(token: Token) -> bool:
    """Is `token` part of a name an 'anti-' or 'counter-' prefix turns into what a phrase
    opposes ('an anti-ISIS activist network', 'a counter-Islamic State coalition')? Such a
    name is no affiliation."""
    doc, start = token.doc, token.i
    while start > 0 and doc[start - 1].pos_ == "PROPN":  # to the first word of the name
        start -= 1
    return start >= 2 and doc[start - 1].text == "-" and not doc[start - 2].whitespace_ \
        and doc[start - 2].lower_ in _opposing_prefixes()


def _affiliate(draft, noun: Token, found: ActorSet, lexicon: ActorLexicon) -> None:
    """The first non-person actor named inside the description is who the person works for
    (not one it is against: 'an anti-Assad activist')."""
    for token in noun.subtree:
        if _in_clause(token, noun) or is_opposed_name(token):
            continue  # "…the airport that borders the Russian airbase": not the employer
        actor_id = found.mention_tokens.get(token.i)
        other = found.drafts.get(actor_id) if actor_id else None
        if other is not None and other.kind != "person" and other.id != draft.id:
            draft.affiliation = draft.affiliation or other.id
            draft.country = draft.country or other.country
            return
        country = lexicon.demonym_country(token.text)
        if country and not draft.country:
            draft.country = country


def _title_before(span, draft, found: ActorSet, lexicon: ActorLexicon, cues: Cues) -> None:
    """'Prime Minister Theresa May' → role 'Prime Minister'; 'German Chancellor Angela
    Merkel' → role 'Chancellor', country DEU; 'U.S. Secretary of State Mike Pompeo' → role
    'Secretary of State', affiliation USA."""
    doc = span.doc
    words: list[Token] = []
    i = span.start - 1
    while i >= 0 and len(words) < 6:
        token = doc[i]
        owner = found.drafts.get(found.mention_tokens.get(i, ""))
        if owner is not None and owner.kind == "person":
            break
        linking = token.lower_ in {"of", "for"} and i > 0 and doc[i - 1].text[:1].isupper()
        if not linking and (token.pos_ not in {"PROPN", "NOUN", "ADJ"} or not token.text[:1].isupper()):
            break  # "Secretary of State", "Minister for Foreign Affairs" keep their "of"
        words.insert(0, token)
        i -= 1
    role = [t for t in words if t.i not in found.name_tokens and not lexicon.demonym_country(t.text)]
    while role and role[0].lower_ in {"of", "for"}:
        role.pop(0)
    if not any(t.lower_.rstrip(".") in cues.titles or lexicon.noun(t.lower_) for t in role):
        return
    draft.role = " ".join(t.text for t in role)
    for token in words:
        other = found.drafts.get(found.mention_tokens.get(token.i, ""))
        country = lexicon.demonym_country(token.text) or (other.country if other else None)
        draft.country = draft.country or country
        if other is not None and other.kind != "person":
            draft.affiliation = draft.affiliation or other.id
