"""Where a pronoun's antecedent is likeliest to be: the order in which a speaker pronoun
('he said', 'they added') looks at the actors mentioned before it.

News copy keeps its centre of attention in subject position (centering theory: Grosz, Joshi and
Weinstein 1995; Hobbs 1978 searches the pronoun's own sentence and then the one before, subjects
first). So a subject earlier in the pronoun's sentence comes first ('Even though Mr Díaz-Canel
was born after the revolution, he is…'), then the subject of the sentence before ('Page … has
never met Trump. He has denied…'), and only then the speakers quoted before and the nearest
mentions. Words inside another claim's content do not count: in '“…Rouhani…,” he said' the
name belongs to what was said, not to who said it.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from functools import lru_cache

from spacy.tokens import Doc, Token

from sitrep.data import read_table

_SUBJECTS = {"nsubj", "nsubjpass"}
_CLAUSES = {"ccomp", "conj"}  # clauses of the main verb whose subjects are also in focus


class ClaimContents:
    """The character spans of the claims' contents: what was said, as opposed to who said it."""

    def __init__(self, contents: list[tuple[int, int]]):
        self.contents = sorted(contents)

    def around(self, token: Token) -> tuple[int, int] | None:
        return next((c for c in self.contents if c[0] <= token.idx < c[1]), None)

    def apart(self, candidate: Token, pronoun: Token) -> bool:
        """Is `candidate` inside a content that does not also hold the pronoun?"""
        content = self.around(candidate)
        return content is not None and content != self.around(pronoun)


def subject_antecedents(doc: Doc, pronoun: Token, actor_at: Callable[[int], str | None],
                        contents: ClaimContents, unheld: Callable[[Token], bool],
                        owners: bool = True) -> Iterator[str | None]:
    """The actors in subject position before `pronoun`: in its own sentence, the nearest
    first, then the main subject of the sentence before. A subject no actor holds that the
    pronoun may stand for (`unheld`: 'Many rebels … do not trust the YPG because they say')
    ends the search with None: the likeliest antecedent is not among the actors. With
    `owners`, the owner of a subject counts ('If Obama's goal was…, he')."""
    for token in _subjects_before(doc, pronoun, contents, owners):
        actor = _subject_actor(token, actor_at)
        if actor is None and not _in_adverbial_clause_before(token, pronoun) and unheld(token):
            yield None
            return
        if actor is not None:
            yield actor


def _subjects_before(doc: Doc, pronoun: Token, contents: ClaimContents,
                     owners: bool) -> Iterator[Token]:
    """The subjects `subject_antecedents` weighs, in its order: those before the pronoun in its
    own sentence, nearest first, then those of the main verb of the sentence before, then
    those of its complement and coordinated clauses."""
    sentence = pronoun.sent
    for token in reversed(doc[sentence.start:pronoun.i]):
        if (token.dep_ in _SUBJECTS or owners and _is_subject(token)) \
                and not contents.apart(token, pronoun):
            yield token
    if sentence.start == 0:
        return
    root = doc[sentence.start - 1].sent.root
    if contents.apart(root, pronoun):  # a sentence wholly inside a quote says nothing of who
        return
    yield from (token for token in root.children if token.dep_ in _SUBJECTS)
    # then the subjects of the clauses the main verb governs ('Prosecutors claim McVeigh
    # arrived in Junction City… He allegedly walked…'), in text order
    for clause in root.children:
        if clause.dep_ in _CLAUSES and not contents.apart(clause, pronoun):
            yield from (token for token in clause.children if token.dep_ in _SUBJECTS)
    # last, those of its adverbial clauses ('…, as Zaheda Rahman underscored after reading
    # names. She called her uncle…'): in focus, if less so
    for clause in root.children:
        if clause.dep_ == "advcl" and not contents.apart(clause, pronoun):
            yield from (token for token in clause.children if token.dep_ in _SUBJECTS)


def _in_adverbial_clause_before(subject: Token, pronoun: Token) -> bool:
    """Is a subject that of an adverbial clause of the sentence before ('And as the Benghazi
    investigations continue, that presents…')? Less in focus than its main clause's, so one no
    actor holds does not end the search there."""
    return subject.sent != pronoun.sent and subject.head.dep_ == "advcl"


def _subject_actor(token: Token, actor_at: Callable[[int], str | None]) -> str | None:
    """The actor a subject names, or the name in apposition to it: 'an IRA leader at the time,
    Sean MacStiofain, said' is MacStiofain."""
    actor = actor_at(token.i)
    if actor is None:
        actor = next((actor_at(child.i) for child in token.children
                      if child.dep_ == "appos" and child.pos_ == "PROPN"), None)
    return actor


def _is_subject(token: Token) -> bool:
    """A clause's subject, or the owner of one ('If Obama's goal was to reassure people')."""
    return token.dep_ in _SUBJECTS or token.dep_ == "poss" and token.head.dep_ in _SUBJECTS


@lru_cache(maxsize=1)
def _extraposing_verbs() -> frozenset[str]:
    """Verbs whose subject 'it' may hold the place of a clause after them ('it seems…', 'it
    has emerged that…'): data/grammar_cues.tsv, cue `extraposing_verb`."""
    return frozenset(r["word"] for r in read_table("grammar_cues.tsv")
                     if r["cue"] == "extraposing_verb")


def is_expletive(pronoun: Token) -> bool:
    """'It is difficult to predict…', 'it's clear that…', 'it seems the world…', 'it has
    emerged that…', 'it turned out that…', 'it's confirmed that…', '…, it appears, …': an
    'it' that holds the place of a clause stands for no one, so it is no speaker to resolve."""
    if pronoun.lower_ != "it":
        return False
    if pronoun.dep_ == "expl":
        return True
    verb = pronoun.head
    if _small_clause_subject(pronoun):
        return True
    if pronoun.dep_ != "nsubj":
        return False
    # "it's clear": the clitic is the verb; 'it turned out that…': the verb with its particle
    lemma = " ".join([verb.lemma_.lower()] + [c.lower_ for c in verb.children if c.dep_ == "prt"])
    extraposed = lemma in _extraposing_verbs() or verb.lower_ in {"'s", "’s"}
    complements = [child for child in verb.children if child.dep_ in _COMPLEMENTS]
    if any(child.dep_ == "auxpass" for child in verb.children):  # 'it's confirmed that the…'
        return any(child.dep_ == "ccomp" and child.i > verb.i for child in complements)
    # the extraposing verbs take no object, so a 'dobj' after one is the subject of a clause
    # with no 'that' the parse broke up ('after it emerged the ringleader … was known')
    return extraposed and (any(child.dep_ in {"ccomp", "xcomp", "csubj", "dobj"}
                               and child.i > pronoun.i for child in complements)
                           or not complements and _parenthetical(pronoun, verb))


_COMPLEMENTS = {"ccomp", "xcomp", "csubj", "dobj", "attr", "acomp", "oprd"}


def _parenthetical(pronoun: Token, verb: Token) -> bool:
    """'That investigation, it appears, is still ongoing', 'But to Obama, it seems, it
    was…': an 'it seems' set off by commas, with no complement of its own, holds the place of
    the clause it sits in."""
    doc = pronoun.doc
    return verb.dep_ in {"parataxis", "relcl", "advcl"} and pronoun.i > 0 \
        and doc[pronoun.i - 1].text == "," \
        and any(t.text == "," for t in doc[verb.i + 1:verb.i + 4])


def _small_clause_subject(pronoun: Token) -> bool:
    """'This makes it difficult to say whether…', 'the fog made it impossible to tell…': the
    parser reads 'it' as the subject of the adjective after 'make', and the infinitive after
    the adjective is what 'it' holds the place of."""
    adjective = pronoun.head
    return pronoun.dep_ == "nsubj" and adjective.pos_ == "ADJ" and adjective.i > pronoun.i \
        and any(child.dep_ in {"advcl", "xcomp", "ccomp"} and child.i > adjective.i
                and any(aux.lower_ == "to" for aux in child.children if aux.dep_ == "aux")
                for child in adjective.children)
