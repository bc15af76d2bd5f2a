"""Blame stated: 'the Afghan government said Taliban militants were responsible', 'the US
believes the Syrian regime was behind the attack'. Saying
that another party is responsible for an act accuses it (CAMEO 112 'accuse', PLOVER ACCUSE
allege); no verb of the lexicon names it, the adjective or the preposition does. The blame word
is the trigger, the speaker the source, the party blamed the target (as `_obligations` makes
'X said Y must…' a demand). Split from events.py (pass -ev29).
"""

from __future__ import annotations

from spacy.tokens import Doc, Token

from sitrep.extract.entities import tokens_tagged
from sitrep.extract.event_arguments import actor_in
from sitrep.extract.event_cues import event_words
from sitrep.extract.event_evidence import place_in, publication_time, reporter_of
from sitrep.extract.event_modality import SAYING
from sitrep.extract.event_triggers import names_the_blamed
from sitrep.records import Document, Event, SpanRef

# 'responsible', 'culpable' (acomp), 'behind' (a preposition on 'be'), 'blame' ('is to blame',
# which the lexicon's verb leaves to this module: `event_triggers.names_the_blamed`)
_BLAME_WORDS = event_words("blame_word")
# verbs that state a finding as well as those that say it ('believes', 'concluded', 'alleged')
_STATING = SAYING | event_words("finding_verb")
_QUESTION_MARKS = {"whether", "if"}
_VERB_TAGS = frozenset({"VERB", "AUX"})


def blame_statements(doc: Doc, document: Document, token_actor: dict[int, str], quotes,
                     events: list[Event]) -> list[Event]:
    """The ACCUSE events of 'X said Y was responsible / behind it': X an actor, Y
    another; not a denial ('said Iran was not responsible'), a question ('did not say whether
    the group was behind it'), a saying negated or refused ('refused to say Russia was
    responsible'), nor a trigger an event already holds."""
    taken = {e.trigger.span[0] for e in events}
    out = []
    for verb in tokens_tagged(doc, _VERB_TAGS):
        if verb.lemma_.lower() not in _STATING or _unsaid(verb):
            continue
        speaker = next((actor_in(c, token_actor) for c in verb.children if c.dep_ == "nsubj"),
                       None)
        if speaker is None:
            continue
        for clause in (c for c in verb.children if c.dep_ == "ccomp"):
            blame = _blame_word(clause)
            subject = next((c for c in clause.children if c.dep_ == "nsubj"), None)
            if blame is None or subject is None or blame.idx in taken:
                continue
            blamed = _named_by(subject, token_actor)
            if blamed is None or blamed == speaker:
                continue
            out.append(_accusation(doc, document, token_actor, quotes, verb, clause, blame,
                                   speaker, blamed))
    return out


def _unsaid(verb: Token) -> bool:
    """'did not say', 'refused to say', 'too early to say': nothing is stated."""
    return any(c.dep_ == "neg" for c in verb.children) or verb.dep_ == "xcomp"


def _named_by(subject: Token, token_actor: dict[int, str]) -> str | None:
    """The actor the subject itself names ('Taliban militants', 'an Iranian-backed militia'),
    not one in a phrase below it: 'sanctions on Iran are responsible for…' blames the
    sanctions, not Iran."""
    frontier = [subject]
    while frontier:
        for token in frontier:
            if token.i in token_actor:
                return token_actor[token.i]
        frontier = [c for t in frontier for c in t.children
                    if c.dep_ not in {"prep", "relcl", "acl", "appos"}]
    return None


def _blame_word(clause: Token) -> Token | None:
    """The word of a clause that makes its subject the one to blame: 'was responsible for',
    'was behind the attack', 'is to blame'; None when the clause denies it or asks it."""
    children = list(clause.children)
    if any(c.dep_ == "neg" or c.dep_ == "mark" and c.lower_ in _QUESTION_MARKS
           for c in children):
        return None
    if clause.lemma_.lower() != "be":
        return None
    return next((c for c in children if c.lemma_.lower() in _BLAME_WORDS
                 and (c.dep_ == "acomp" and c.pos_ == "ADJ" and not _a_duty(c)
                      or c.dep_ == "prep" or names_the_blamed(c))), None)


def _a_duty(responsible: Token) -> bool:
    """'was responsible for securing the material': a task held, no blame (an act blamed is
    named by a noun: 'responsible for the attack', 'for genocide')."""
    return any(g.tag_ == "VBG" for p in responsible.children if p.dep_ == "prep"
               and p.lower_ == "for" for g in p.children if g.dep_ in {"pobj", "pcomp"})


def _accusation(doc, document, token_actor, quotes, verb, clause, blame, speaker, blamed
                ) -> Event:
    span = doc[min(t.i for t in clause.subtree):max(t.i for t in clause.subtree) + 1]
    return Event(
        doc_id=document.id, span=(span.start_char, span.end_char), text=span.text,
        trigger=SpanRef(span=(blame.idx, blame.idx + len(blame.text)), text=blame.text),
        type="ACCUSE", mode="allege", cameo="11", source=speaker, target=blamed,
        place=place_in(span, token_actor), time=publication_time(document),
        polarity="positive", modality="asserted", reported_by=reporter_of(verb, quotes),
        confidence=0.6)
