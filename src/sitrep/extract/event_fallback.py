"""Fallback triggers: in a sentence the lexicon left without an event, the verb that links two
actors, for the event typer to type ('X faulted Y', 'X searched Y'). Split from event_arguments
(pass -ev16); the events stage and scripts/train_event_typer.py read it.
"""

from __future__ import annotations

from collections.abc import Callable
from functools import lru_cache

from spacy.tokens import Doc, Token

from sitrep.extract.event_arguments import arguments, noun_party
from sitrep.extract.event_cues import argument_cue_words, event_words
from sitrep.extract.supersenses import supersense_table

_NOT_EVENT_VERBS = {"be", "have", "do", "become", "seem", "include", "remain", "get"}


def _only_says(verb: Token) -> bool:
    """A verb of saying ('McCain told reporters') or citing ('Trump quoted Brandon Judd',
    'testifying to the Senate committee'): it tells its listener something, or names
    someone, and does nothing to them. (Not yet a verb whose object is words, 'expressed
    condolences to X': CAMEO NER codes such statements with a source and target, and it
    cost five dev sentences, though PLOVER has no root for them.)"""
    lemma = verb.lemma_.lower()
    return lemma in event_words("saying_verb") or lemma in event_words("citing_verb")


def _no_act_on_news(verb: Token) -> bool:
    """A verb the typer, trained on PLV's one-act sentences, would type but that does nothing to
    anyone (pass -ev18, from the fallback events of AllSides articles, read):
    - negated: 'Iraq doesn't need America's help' (REQUEST), 'should not overlook Pyongyang's
      gains' (REJECT); PLV's sentences state acts, so the classifier reads the verb, not the
      'not'. Not a verb of ending (`ending_verb`): 'will never stop its war on Al Shabaab'
      refuses to end it (REJECT, as `event_context` reads 'will not end the strike');
    - no verb sense in WordNet, a word the parse took for a verb ('photographer', a quote mark);
    - thinking, feeling or seeing in both its commonest senses (`mental_sense`): 'Pompeo views
      Iran as a threat', 'protestors despise Obama', 'prefers a diplomatic approach'; or being,
      the body, using up (`idle_sense`, pass -ev31): 'much of it involving militants', 'Merkel
      wants Weber as the next president'."""
    senses = supersense_table().get((verb.lemma_.lower(), "v"), ())
    return _negated(verb) and verb.lemma_.lower() not in event_words("ending_verb") \
        or not senses or all(s in _idle_senses() for s in senses[:2])


@lru_cache(maxsize=1)
def _idle_senses() -> frozenset[str]:
    """Being, the body, using up, weather, and the mental senses: a verb whose commonest two
    senses are all of these ('much of it involving militants', 'Merkel wants Weber as the next
    president') does nothing to anyone (pass -ev31, from the fallback events of 100 AllSides
    articles, read). Not having: 'finance', 'lend', 'rob' are acts with no lexicon entry."""
    return event_words("idle_sense") | event_words("mental_sense")


def _negated(verb: Token) -> bool:
    """'not', on the verb or on a verb whose complement it is: 'Mexico does not want to retain
    its own citizens', 'has not used its petrodollars to take in fellow Muslims'."""
    while True:
        if any(c.dep_ == "neg" for c in verb.children):
            return True
        if verb.dep_ != "xcomp" and not (verb.dep_ == "advcl" and _to_infinitive(verb)) \
                or verb.head is verb:
            return False
        verb = verb.head


def _to_infinitive(verb: Token) -> bool:
    return any(c.dep_ == "aux" and c.lower_ == "to" for c in verb.children)


def fallback_triggers(doc: Doc, token_actor: dict[int, str], covered: set[int],
                      declines: Callable[[Token], bool] = lambda verb: False) -> list[Token]:
    """Per sentence not in `covered` (sentence starts): the verb highest in the parse (not in a
    clause on a party's noun, `noun_party`) whose subject and object (or object of
    'with/against/on/to…') are two different actors — a 'who did what to whom' the lexicon has
    no word for ('X faulted Y', 'X searched Y').
    Not a verb the lexicon `declines`, judging its reading here no act ('Trump fired Comey':
    `event_triggers.judged_no_act`); asked only of a verb that links two actors."""
    found = []
    for sent in doc.sents:
        if sent.start in covered:
            continue
        best = None
        for token in sent:
            if token.pos_ != "VERB" or token.lemma_.lower() in _NOT_EVENT_VERBS \
                    or token.lemma_.lower() in argument_cue_words("observing_verb"):
                continue  # 'activists reported heavy bombardment': seeing is no act on them
            if noun_party(token, token_actor) is not None:
                continue  # 'Johnson, who led the campaign': says who the party is, no act
            if _only_says(token) or _no_act_on_news(token):
                continue  # 'McCain told reporters', 'Pompeo views Iran as a threat'
            source, target = arguments(token, token_actor)
            if source is None or target is None or declines(token):
                continue  # 'Putin offered condolences to X' (declined)
            depth = sum(1 for _ in token.ancestors)
            if best is None or depth < best[0]:
                best = (depth, token)
        if best is not None:
            found.append(best[1])
    return found
