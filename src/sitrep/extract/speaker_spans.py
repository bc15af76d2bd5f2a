"""The noun phrase of a speaker span, read on its own: its name, its affiliation, its article.

What the resolver (extract/speakers.py) reads in one phrase before it looks across the
document: the proper-noun run around a name's head, names in apposition, the relative clause's
antecedent ('Mattis, who added'), the actor a description belongs to ('an HTS official' → HTS),
the body met before under the same head noun ('Police said' after 'police arrested'), whether
it is definite or plural, and the phrase cut to an actor's name.
"""

from __future__ import annotations

from functools import lru_cache

from spacy.tokens import Doc, Span, Token

from sitrep.data import read_table
from sitrep.extract.entities import lemma_texts, pos_tags
from sitrep.extract.roles import descriptor_noun, is_opposed_name

_SUBJECT_DEPS = {"nsubj", "nsubjpass"}


def name_run(head: Token) -> Span:
    """The proper-noun words around a name's head: 'Defense Secretary Jim Mattis'."""
    doc = head.doc
    start, end = head.i, head.i + 1
    while start > 0 and doc[start - 1].pos_ == "PROPN":
        start -= 1
    while end < len(doc) and doc[end].pos_ == "PROPN":
        end += 1
    return doc[start:end]


def description_affiliation(span: Span, head: Token, token_actor: dict[int, str]) -> str | None:
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


def earlier_mention(span: Span, head: Token, affiliation: str | None,
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


def apposed_names(span: Span, head: Token) -> list[Token]:
    """Names in apposition to the speaker's head noun: its own appos children, and a name the
    parser hung on the description's last noun ('The head of the department at the Hospital
    de Caracas, Maria Landaeta')."""
    deeper = [t for t in span if t.dep_ == "appos" and t.head.i != head.i
              and t.pos_ == "PROPN" and descriptor_noun(t) == head]
    return [t for t in head.children if t.dep_ == "appos"] + deeper + _second_subject(span, head)


def names_itself(span: Span, head: Token) -> bool:
    """Does the description give its own name in apposition ('the top Democrat on the House
    Intelligence Committee, Rep. Dutch Ruppersberger of Maryland', which the parser may read
    as a conjunct with no 'and')? Then it is that person, no one titled before."""
    unjoined = [t for t in head.children if t.dep_ == "conj" and t.i in range(span.start, span.end)
                and not any(c.dep_ == "cc" for c in head.children)]
    return any(t.pos_ == "PROPN" for t in apposed_names(span, head) + unjoined)


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


def relative_antecedent(token: Token) -> Token | None:
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


def plural_form(head: Token) -> bool:
    """'officials' is the plural of 'official'; 'police', whatever its tag, has one form."""
    return head.lower_ != head.lemma_.lower() and head.tag_ in {"NNS", "NNPS"}


def is_definite(span: Span) -> bool:
    first = span[0].lower_
    return first in {"the", "this", "that", "these", "those"} or span[0].dep_ == "poss"


def core_phrase(span: Span) -> str:
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
