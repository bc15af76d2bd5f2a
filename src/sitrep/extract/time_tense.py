"""The tense of the clause a time expression sits in: -1 past, 0 present or untensed, +1
future. Relative rules read it to pick a direction ('on Sunday' in a past-tense clause is the
last Sunday up to the article's day; 'by August' is a deadline ahead).
"""

from __future__ import annotations

from spacy.tokens import Span, Token

from sitrep.extract.time_lexicon import time_words

_FUTURE_AUX = {"will", "'ll", "shall", "wo"}
_MODAL_AUX = {"would", "could", "might", "may", "should", "can", "must"}
_OBLIGATION_AUX = {"must", "should"}
_FUTURE_HEADS = frozenset(time_words()["future_head"])
# verbs whose time is ahead of the act: 'scheduled a news conference Thursday', 'extended to Nov. 20'
_FORWARD_VERBS = frozenset(time_words()["forward_verb"])


def direction(span: Span) -> int:
    """-1 past, 0 present, +1 future: the tense of the verb governing `span`."""
    lead_up = _lead_up(span)
    if lead_up is not None:
        return 0 if _tense(_governing_verb(lead_up)) < 0 else 1
    node = _governing_verb(span.root)
    direction = _tense(node)
    # inside a noun phrase ('the visit in September') or an untensed verb: nearest; a deadline
    # ('double its flights by August', 'until mid-November') is ahead
    participle = node.tag_ == "VBN" and node.dep_ == "acl"  # 'shares offered … through Nov. 17'
    if (direction == 0 or participle) and _deadline(span):
        return 1
    # 'has given the relatives until 9 a.m. Tuesday': a deadline still ahead; 'has fallen 2%
    # this year through Oct. 19' looks back
    if _present_perfect(node) and _deadline(span, bounds={"until", "till"}):
        return 1
    # 'The EU gave Cyprus until Monday to raise the money': time granted runs ahead of the grant,
    # which news reports as it is made; 'the shops stayed closed until Monday' looks back
    if _grants_time(node) and _deadline(span, bounds={"until", "till"}):
        return 1
    # 'Cyprus must raise the money by Monday': a deadline someone is held to is ahead, also for
    # a weekday after 'by' (which otherwise is often the one just gone)
    if direction == 0 and _obliged(node) and _deadline(span, bounds={"by", "until", "till"}):
        return 1
    return direction


def _grants_time(verb: Token) -> bool:
    """'gave Cyprus until Monday to raise', 'granting him until Friday to respond': a verb of
    granting with a task to do in the time ('to …'); 'gave interviews until Monday' grants none."""
    if verb.lemma_.lower() not in time_words()["grant_verb"]:
        return False
    return any(c.dep_ in {"advcl", "xcomp", "ccomp"}
               and any(a.dep_ == "aux" and a.lower_ == "to" for a in c.children)
               for c in verb.children)


_FINITE_TAGS = {"VBD", "VBZ", "VBP", "MD"}


def _headline_infinitive(verb: Token) -> bool:
    """'Obama to meet Friday with Afghan President Hamid Karzai', 'Pope to celebrate first Mass
    on Sunday': a headline or highlight with no finite verb, whose infinitive spaCy reads as
    the root or as a clause on the root noun."""
    head = verb.head
    on_root = verb.dep_ == "ROOT" or (verb.dep_ in {"relcl", "acl"} and head.dep_ == "ROOT"
                                      and head.pos_ in {"PROPN", "NOUN"})
    return on_root and not any(t.tag_ in _FINITE_TAGS for t in verb.sent)


def _obliged(verb: Token) -> bool:
    """'must raise', 'should decide', 'has to pay', 'needs to find'."""
    if verb.pos_ not in {"VERB", "AUX"}:
        return False
    if any(c.dep_ == "aux" and c.lower_ in _OBLIGATION_AUX for c in verb.children):
        return True
    return verb.dep_ == "xcomp" and verb.head.lemma_.lower() in {"have", "need"} \
        and any(c.dep_ == "aux" and c.lower_ == "to" for c in verb.children)


def _tense(node: Token) -> int:
    return _verb_direction(node, depth=0) if node.pos_ in {"VERB", "AUX"} else 0


def _lead_up(span: Span) -> Token | None:
    """'ahead of' / 'in advance of' the date or the noun it names ('ahead of November's
    election', 'just ahead of Thursday's OPEC meeting'): the word 'ahead', whose clause sets the
    direction. What a clause not in the past is ahead of lies ahead ('a campaign goal ahead of
    the November elections' in February is the coming November); after a past clause it may lie
    on either side of the publication date ('no concessions have been offered ahead of the June
    12 summit'), so the nearest, never the past by tense alone."""
    node = span.root
    if node.dep_ in {"compound", "poss", "nmod", "amod", "nummod"} and node.head.dep_ == "pobj":
        node = node.head
    preposition = node.head
    if node.dep_ != "pobj" or preposition.i == 0:
        return None
    signal = preposition.doc[preposition.i - 1]
    if time_words()["lead_up"].get(signal.lower_) == preposition.lower_:
        return signal
    return None


_UP_THROUGH = {"pobj", "prep", "agent", "npadvmod", "tmod", "advmod", "nummod", "acomp"}


def _governing_verb(node: Token) -> Token:
    """Up from the expression through 'on'/'in' and bare adverbial nouns to its verb, or as far
    as that goes: four steps, so a date in a phrase on a noun reaches the verb ('will head to
    Helsinki for a meeting on Monday'; on 1,500 AllSides articles 22 of 37 dates that a fourth
    step changed were right, 13 wrong), and two more for each 'of' phrase on the way ('stormed
    the hotel in the early hours of Sunday' is the Sunday gone)."""
    steps = 4
    while steps > 0:
        if node.pos_ in {"VERB", "AUX"} or node.head.i == node.i:
            break
        # 'will remain closed until Tuesday': through the adjective to its verb; 'was given by
        # early September': through the 'by' spaCy reads as a passive's agent
        if node.dep_ not in _UP_THROUGH:
            break
        if node.dep_ == "pobj" and node.head.lower_ == "of" and node.head.head.pos_ == "NOUN":
            steps += 2
        node = node.head
        steps -= 1
    return node


def _present_perfect(verb: Token) -> bool:
    return verb.pos_ in {"VERB", "AUX"} and any(
        c.dep_ == "aux" and c.lower_ in {"has", "have", "'ve"} for c in verb.children)


def _deadline(span: Span, bounds: set[str] | None = None) -> bool:
    """A month or date after 'by', 'until', 'till', 'through'; a weekday only after 'until' or
    'till' ('Cyprus has until Monday'): 'by the Tuesday deadline' is often the one just gone."""
    node = span.root
    weekday = node.lower_ in time_words()["weekday"]
    if node.dep_ in {"nummod", "compound", "amod"} and node.head.dep_ == "pobj":
        node = node.head
    if bounds is None:
        bounds = {"until", "till"} if weekday else {"by", "until", "till", "through"}
    return node.dep_ == "pobj" and node.head.lower_ in bounds


def _verb_direction(verb: Token, depth: int) -> int:
    auxes = [c for c in verb.children if c.dep_ in {"aux", "auxpass"}]
    words = {a.lower_ for a in auxes}
    if words & _FUTURE_AUX or ({"going"} <= words and verb.tag_ == "VB"):
        return 1
    if verb.lemma_.lower() in _FORWARD_VERBS:  # 'the record set on Aug. 6': nearest
        return 0 if verb.tag_ == "VBN" and verb.dep_ == "acl" and not auxes else 1
    if verb.dep_ == "xcomp" and verb.head.lemma_.lower() in _FUTURE_HEADS:
        return 1 if _verb_direction(verb.head, depth + 1) >= 0 else 0
    if verb.tag_ == "VBD" or any(a.tag_ == "VBD" for a in auxes) or words & {"has", "have", "had"}:
        return -1
    if "to" in words and _headline_infinitive(verb):
        return 1  # 'Obama to meet Friday with Karzai': a headline's infinitive is what will happen
    if "to" in words and verb.head.i != verb.i and verb.head.pos_ in {"VERB", "AUX"}:
        head = verb.head  # 'is scheduled to arrive on Thursday', 'is to resume Tuesday': ahead
        ahead = head.lemma_.lower() in _FORWARD_VERBS | _FUTURE_HEADS or \
            (head.lemma_.lower() == "be" and verb.dep_ == "xcomp") or \
            (depth < 3 and _verb_direction(head, depth + 1) > 0)
        return 1 if ahead else 0
    if words & _MODAL_AUX:
        return 0  # 'would', 'could': nearest
    if verb.tag_ in {"VBZ", "VBP"} or words & {"is", "are", "am"}:
        return 0
    if verb.tag_ == "VBN" and not auxes and verb.dep_ not in {"ccomp", "xcomp", "oprd"} \
            and any(c.dep_ == "nsubj" for c in verb.children):
        return -1  # '“…will always be friends,” Trump tweeted on April 8': a past tense tagged
        # as a participle (a participle has no active subject of its own), not the quote's
        # tense; 'get him extradited before August 17' is a participle with its object
    if verb.tag_ in {"VBG", "VBN"} and depth < 3 and verb.head.i != verb.i \
            and verb.head.pos_ in {"VERB", "AUX"}:
        return _verb_direction(verb.head, depth + 1)  # 'jets taking off … were heading'
    if verb.tag_ == "VBN" and verb.dep_ == "acl":
        return -1  # 'the year ended March 31', 'the troops deployed in March'
    if verb.tag_ == "VBG" and verb.dep_ == "acl":
        return 0  # 'an election looming in January': no tense of its own, the nearest
    return -1 if verb.tag_ in {"VBD", "VBG"} else 0  # 'a program to pay down debt by February'
