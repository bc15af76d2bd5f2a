"""Event triggers: which word names an act, and which PLOVER lexicon entry it takes.

The lexicon (data/plover_verbs.tsv, curated; plover_verbs_learned.tsv, learned from PLV train
by scripts/build_plover_lexicon.py) maps a lemma, or 'lemma particle', to a PLOVER type. A
light verb takes its noun's entry ('offered humanitarian aid' is AID, 'launched an attack'
ASSAULT), a verb with a particle or preposition its two-word entry ('pull out', 'call for'),
a noun its compound's entry first ('hunger strike'). Kept apart from the events stage so the
trainer's cross-validation folds can look words up in a lexicon of their own.
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from functools import lru_cache

from spacy.tokens import Token

from sitrep.data import read_table
from sitrep.extract.event_arguments import actor_in
from sitrep.extract.event_cues import argument_cue_words, event_words
from sitrep.extract.lexicon import load_lexicon

_LIGHT_VERBS = event_words("light_verb")
# nouns that make a labour or hunger strike of 'strike' ('went on strike for better pay')
_STRIKE_WORDS = event_words("strike_word")
_WEAPON_WORDS = event_words("weapon_word")
_AID_MODES = event_words("aid_mode")
_SAID_NOUNS = event_words("said_noun")
# nouns that count or gather the noun of their 'of' ('hundreds of troops', 'a team of paratroopers')
_GROUP_NOUNS = event_words("group_noun")
# winning over a rival ('beat', 'unseat') and the words that make it a vote ('incumbent')
_DEFEATING_VERBS = event_words("defeating_verb")
_ELECTORAL_WORDS = event_words("electoral_word")
# verbs that break what stands: their object act is not done anew ('violated UN sanctions')
_BREAKING_VERBS = event_words("breaking_verb")
# prepositions of concession: their object is background, not a reported act ('despite sanctions')
_CONCESSIVE_PREPS = event_words("concessive_prep")
# what makes the subject of 'be to X' the one blamed ('is to blame'): `names_the_blamed`
_BLAME_WORDS = event_words("blame_word")
# word classes a lexicon note may name with '@' ('no_object:@published_noun' on 'release')
_NOTE_CLASSES = {"published_noun": event_words("published_noun")}
_PAPER_HANDING_VERBS = event_words("paper_handing_verb")
# 'spoke to AP on condition of anonymity', '… of not being identified': a reporter's sourcing
_ANONYMITY_WORDS = event_words("anonymity_word")
_UNNAMING_VERBS = event_words("unnaming_verb")
_AUTHORIZING_VERBS = event_words("authorizing_verb")
_PRESS_NOUNS = event_words("press_noun")
# parts of speech a title may leave in lower case ('Meet the Press', 'Fight for Freedom')
_TITLE_LOWER_POS = {"DET", "ADP", "CCONJ", "SCONJ", "PART"}
# papers and statements handed over; information is not among them (shared, it is cooperation)
_PAPERS = event_words("published_noun") - event_words("information_noun")
# what makes a warning a threat: the warner's reprisal ('warned of a reaction', 'warned it would
# retaliate') or a condition set on the one warned ('if', 'unless'); without them and without an
# addressee, a warning is a forecast ('experts warn prices will rise')
_REPRISAL_WORDS = event_words("reprisal_word") | event_words("revenge_word")
_FIRST_PERSON = {"i", "we", "us", "me"}
_PARTY_ENTITIES = {"PERSON", "ORG", "GPE", "NORP"}
_SAME_PREPOSITION = {"upon": "on"}  # "insist upon" is "insist on"
# pronouns that stand for people: "fired him" dismisses (not 'them', which may be the rockets)
_PERSONAL_OBJECTS = {"him", "her", "me", "us", "he", "she", "i", "we"}


@dataclass(frozen=True)
class Trigger:
    word: str
    pos: str
    type: str
    mode: str | None
    cameo: str | None
    pattern: str | None
    notes: frozenset[str]
    learned: bool = False


# an entry with no notes, for asking the modality of a word the lexicon does not have
NO_NOTES = Trigger("", "", "", None, None, None, frozenset())


@lru_cache(maxsize=1)
def load_event_lexicon() -> dict[tuple[str, str], Trigger]:
    """(lemma or 'lemma particle', VERB|NOUN) → trigger; curated entries win over learned."""
    lexicon: dict[tuple[str, str], Trigger] = {}
    for row in read_table("plover_verbs_learned.tsv"):
        key = (row["trigger"], row["pos"])
        lexicon[key] = Trigger(row["trigger"], row["pos"], row["type"], None, None, None,
                               frozenset(), learned=True)
    for row in read_table("plover_verbs.tsv"):
        key = (row["trigger"], row["pos"])
        notes = frozenset(n.strip() for n in (row.get("note") or "").split(";") if n.strip())
        lexicon[key] = Trigger(row["trigger"], row["pos"], row["type"], row.get("mode") or None,
                               row.get("cameo") or None, row.get("pattern") or None, notes)
    return lexicon


def find_trigger(lexicon: dict, token: Token, token_actor: dict[int, str],
                 territories: set[int]) -> tuple[Trigger | None, Token | None]:
    """The lexicon entry a token triggers; for a light verb ('offered aid'), the entry of
    its object noun, returned with that noun so it is not coded twice."""
    if not _may_trigger(lexicon, token):
        return None, None  # ~4 in 5 of an article's verbs and nouns: no entry to reach
    if in_a_title(token):
        return None, None
    if token.pos_ == "VERB":
        lemma = token.lemma_.lower()
        entry, noun = _verb_object_entry(lexicon, token)
        if entry is not None:
            return entry, noun  # "dropped the charges": a concession, no bombing, no charging
        for noun in _light_objects(token):
            entry = noun_entry(lexicon, noun)
            if entry is not None and noun.dep_ == "compound" and "object_only" in entry.notes:
                continue  # "ordered the intelligence community": the object is the community
            if entry is not None and "object_only" not in entry.notes \
                    and _is_measured(noun):
                continue  # "sent a convoy of aid": 'aid' is an event of its own
            if entry is not None and lemma in _LIGHT_VERBS | _object_verbs(entry):
                return _with_mode_of(entry, noun), noun
        noun = _relative_object(token)
        entry = noun_entry(lexicon, noun) if noun is not None else None
        if entry is not None and lemma in _object_verbs(entry):
            return entry, noun  # "the deal Trump struck with Mexico" is the deal, no strike
        if hands_over_papers(token):
            return None, None  # "sent his report to Barr": 'send to' would be AID
        for second in token.children:  # "pull out", "step down", "call for", "find guilty"
            if second.dep_ not in {"prt", "advmod", "prep", "acomp", "oprd", "ccomp"}:
                continue
            entry = lexicon.get((f"{lemma} {second.lower_}", "VERB"))
            if entry is not None and (_pattern_holds(entry, second, token_actor, territories)
                                      or _asks_for_an_act(lexicon, entry, second)):
                return entry, None
        entry = lexicon.get((lemma, "VERB"))
        if entry is not None and "intransitive" in entry.notes \
                and any(c.dep_ == "dobj" for c in token.children):
            return None, None  # "demonstrated its commitment" is no demonstration
        if entry is not None and not _object_fits(entry, token):
            return None, None  # "reinforced its commitment" mobilises no forces
        if entry is not None and not _transitive_fits(entry, token):
            return None, None  # "he returned to Washington" gives nothing back
        if entry is not None and not _partner_present(entry, token, token_actor):
            return None, None  # "Pelosi spoke during a briefing" consults no one
        if entry is not None and _no_act(entry, token, token_actor):
            return None, None  # "Flynn was fired", "offers a detailed account", "sign up"
        return entry, None
    if token.pos_ == "NOUN":
        if token.dep_ in {"dobj", "nsubjpass"} and token.head.pos_ == "VERB" \
                and _verb_object_entry(lexicon, token.head)[0] is not None:
            return None, None  # "the charges were dropped": the verb's act, no new charging
        if _broken_standing_act(token):
            return None, None  # "Iran violated UN sanctions": no sanctioning by the UN here
        if _concessive_background(token):
            return None, None  # "despite UN sanctions": what the act is set against
        if _names_a_kind_of_actor(token):
            return None, None  # "aid workers", "relief agencies": who they are, no act of aid
        entry = noun_entry(lexicon, token)
        if entry is not None and "object_only" in entry.notes:
            return None, None  # "medicine", "fire": an event only as a light verb's object
        if entry is not None and "alone_with_partner" in entry.notes \
                and not _names_its_parties(entry, token):
            return None, None  # "the Iran nuclear deal": a thing named, no signing
        return entry, None
    return None, None


def _may_trigger(lexicon: dict, token: Token) -> bool:
    """Whether `find_trigger` can return an entry for the token, by its lemma alone. A verb
    reaches one only through a VERB key that is its lemma or opens with it ('drop charge',
    'pull out'), or as a light verb (word class `light_verb`, or an entry's 'with:' verbs) of
    an object noun; a noun only through a NOUN key that is its lemma or ends with it ('hunger
    strike'). Every other lemma ends at (None, None) after reading its children four times,
    so it is answered here first: the same answers (the paths it skips return nothing else)."""
    pos = token.pos_
    if pos == "VERB":
        return token.lemma_.lower() in _trigger_lemmas(lexicon)[0]
    if pos == "NOUN":
        return token.lemma_.lower() in _trigger_lemmas(lexicon)[1]
    return False


# the lexicon last asked and its lemma sets: one lexicon a process (load_event_lexicon's),
# or one a fold of the typer's trainer; a lexicon is not changed once it is read
_LEMMAS_OF: list = [None, (frozenset(), frozenset())]


def _trigger_lemmas(lexicon: dict) -> tuple[frozenset[str], frozenset[str]]:
    """(verb lemmas, noun lemmas) that can reach an entry of `lexicon` (`_may_trigger`): every
    VERB key's space-separated opening words ('pull', 'pull out'), the light verbs and each
    entry's 'with:' verbs; every NOUN key's closing words ('strike', 'hunger strike')."""
    if _LEMMAS_OF[0] is not lexicon:
        verbs: set[str] = set(_LIGHT_VERBS)
        nouns: set[str] = set()
        for (key, pos), entry in lexicon.items():
            words = key.split(" ")
            if pos == "VERB":
                verbs.update(" ".join(words[:i]) for i in range(1, len(words) + 1))
            elif pos == "NOUN":
                nouns.update(" ".join(words[i:]) for i in range(len(words)))
            verbs |= _object_verbs(entry)
        _LEMMAS_OF[:] = [lexicon, (frozenset(verbs), frozenset(nouns))]
    return _LEMMAS_OF[1]


def _names_a_kind_of_actor(noun: Token) -> bool:
    """A noun that with the noun it modifies names a kind of actor (data/actor_nouns.tsv:
    'aid worker', 'relief agency', 'aid group'): the compound says who they are, not that
    they gave aid. Only those the lexicon lists: 'peacekeeping force' is no actor noun
    there, and coders take sending peacekeepers as the act itself (AID)."""
    head = noun.head
    return noun.dep_ == "compound" and head.pos_ == "NOUN" and head.i != noun.i \
        and load_lexicon().noun(f"{noun.lower_} {head.lemma_.lower()}") is not None


def judged_no_act(lexicon: dict, verb: Token, token_actor: dict[int, str]) -> bool:
    """A verb the lexicon knows and reads here as no act at all, by what it is done to:
    'Trump fired Comey' (a dismissal), 'offered condolences' (words). The typer's fallback
    must not make an event of it either."""
    entry = lexicon.get((verb.lemma_.lower(), "VERB"))
    if hands_over_papers(verb) or in_a_title(verb):
        return True
    if entry is None:
        return _electoral_win(verb, token_actor)  # _no_act asks it too, with an entry
    return _no_act(entry, verb, token_actor)


def in_a_title(token: Token) -> bool:
    """A word of a title the parser names as a work ('Obama said on NBC's "Meet the Press"',
    'told CBS's "Face the Nation"'): the show's name, no meeting nor confrontation. Only a
    span that reads as a title: the parser also names the start of quoted tweets works
    ('he "Will Close Southern Border If necessary"'), which are acts said."""
    if token.ent_type_ != "WORK_OF_ART":
        return False
    work = next((e for e in token.doc.ents if e.start <= token.i < e.end), None)
    return work is not None and _written_as_a_title(work) and _fills_its_quote(work)


def _written_as_a_title(span) -> bool:
    """Title case: every word but the short function words ('the', 'for', 'of') capitalized,
    and not all in capitals, which is shouting, not a title."""
    words = [t for t in span if t.is_alpha]
    content = [t for t in words if t.pos_ not in _TITLE_LOWER_POS]
    return bool(content) and all(t.text[0].isupper() for t in content) \
        and not all(t.is_upper for t in words if len(t) > 1)


def _fills_its_quote(span) -> bool:
    """A quoted title is the whole quotation ('"Meet the Press."'); a quotation that runs on
    past the span in more words ('"Will Close Southern Border If necessary"') is words said."""
    doc = span.doc
    if span.start == 0 or not doc[span.start - 1].is_quote:
        return True
    return span.end == len(doc) or not doc[span.end].is_alpha


def hands_over_papers(verb: Token) -> bool:
    """'Mueller sent his report to Barr', 'submitted its findings to Congress', 'gave a
    statement to police': a verb of handing over (word class `paper_handing_verb`) whose
    object is a paper or statement hands over words, which is no act of its own."""
    return verb.lemma_.lower() in _PAPER_HANDING_VERBS and any(
        c.dep_ == "dobj" and c.lemma_.lower() in _PAPERS for c in verb.children)


def _no_act(entry: Trigger, verb: Token, token_actor: dict[int, str]) -> bool:
    """The entry's act is not what the verb does here: it dismisses a person ('Trump fired
    Comey': not shot), offers words ('offered condolences'), is done to a thing that makes it
    another verb ('committed crimes', 'hit a record high'), tries or remembers ('sought to
    justify', 'recalled telling her') or takes a particle that makes it another verb ('sign up')."""
    return _acts_on_a_person(entry, verb, token_actor) or _electoral_win(verb, token_actor) \
        or _offers_words(entry, verb) \
        or _done_to_no_party(entry, verb) or _takes_a_clause(entry, verb) \
        or _other_verb_with_particle(entry, verb) or _puts_a_question(entry, verb) \
        or _only_forecasts(entry, verb, token_actor) or _only_asserts(entry, verb) \
        or _helps_an_act(entry, verb) or names_the_blamed(verb) \
        or _said_anonymously(entry, verb) or _only_a_state(entry, verb) \
        or not _infinitive_fits(entry, verb)  # 'failed to produce documentation'


def noun_entry(lexicon: dict, noun: Token) -> Trigger | None:
    """A noun's entry: the compound first ('hunger strike', 'war game'), then the noun; a
    'strike' by workers ('went on strike for better pay') is a labour strike, PROTEST."""
    lemma = noun.lemma_.lower()
    if noun.dep_ == "compound" and _names_words(noun.head):
        return None  # "a genocide declaration", "the torture report": what they are about
    for left in (c for c in noun.children if c.dep_ in {"compound", "amod"}):
        entry = lexicon.get((f"{left.lemma_.lower()} {lemma}", "NOUN"))
        if entry is not None:
            return entry
    entry = lexicon.get((lemma, "NOUN"))
    if entry is not None and "needs_pattern" in entry.notes and not _noun_pattern_holds(entry, noun):
        return None  # "Trump's call", "a close call": no call for anything
    if entry is not None and _published(entry, noun):
        return None  # "the release of the emails", "a press release": no one set free
    if entry is not None and lemma == "strike" and entry.type == "ASSAULT" \
            and _labour_strike(noun):
        return Trigger("strike", "NOUN", "PROTEST", "strike", "14", "prep:against",
                       frozenset())
    return entry


def _noun_pattern_holds(entry: Trigger, noun: Token) -> bool:
    """A noun noted 'needs_pattern' is this act only with its pattern's preposition ('calls
    for talks') or a to-infinitive ('calls to disperse')."""
    prep = (entry.pattern or "").removeprefix("prep:")
    return any(c.dep_ == "prep" and c.lower_ == prep or c.dep_ in {"acl", "advcl"} and any(
        a.dep_ in {"aux", "mark"} and a.lower_ in {"to", prep} for a in c.children)
        for c in noun.children)  # 'its calls for U.S. forces to leave': a clause with 'for'


def _names_its_parties(entry: Trigger, noun: Token) -> bool:
    """'a deal with Mexico', 'the agreement between X and Y': a noun noted
    'alone_with_partner' is an event of its own only when its phrase names the other party."""
    prep = (entry.pattern or "").removeprefix("prep:")
    return any(c.dep_ == "prep" and c.lower_ in {prep, "between"} for c in noun.children)


def _with_mode_of(entry: Trigger, noun: Token) -> Trigger:
    """'humanitarian aid', 'military assistance': the adjective names the PLOVER mode."""
    if entry.mode:
        return entry
    mode = next((c.lower_ for c in noun.children if c.dep_ == "amod" and c.lower_ in _AID_MODES), None)
    mode = {"financial": "economic", "medical": "humanitarian", "food": "humanitarian"}.get(mode, mode)
    return replace(entry, mode=mode) if mode else entry


def _measured(noun: Token) -> Token | None:
    """'a shipment of vaccines', '13 tons of medicine', '$4 million worth of equipment': what a
    noun of measure or consignment measures (its 'of' object); None for any other noun."""
    if noun.lemma_.lower() not in argument_cue_words("quantity_noun"):
        return None
    return next((g for c in noun.children if c.dep_ == "prep" and c.lower_ == "of"
                 for g in c.children if g.dep_ == "pobj"), None)


def _is_measured(noun: Token) -> bool:
    """Whether the noun is what a measure noun measures ('aid' in 'a convoy of aid')."""
    measured = _measured(noun.head.head) if noun.dep_ == "pobj" else None
    return measured is not None and measured.i == noun.i


def _names_words(noun: Token) -> bool:
    """Words said or published ('a genocide declaration', 'a war crimes report'): a noun
    before them is what they are about, not an act of the one who issues them."""
    lemma = noun.lemma_.lower()
    return lemma in _SAID_NOUNS or lemma in _NOTE_CLASSES["published_noun"]


def _light_objects(verb: Token) -> list[Token]:
    """A light verb's nouns: its object or passive subject, and the object of 'on' after 'go'
    ('went on strike') or of 'into' ('opened fire into')."""
    out = [c for c in verb.children if c.dep_ in {"dobj", "nsubjpass"}]
    out += [g for c in out if c.pos_ == "NUM" for g in c.children  # "$20 million"
            if g.dep_ in {"quantmod", "nmod", "compound"} and g.pos_ == "SYM"]
    out += [g for c in out if c.pos_ == "NOUN" and not _names_words(c)  # "extend the curfew
            for g in c.children if g.dep_ == "compound" and g.pos_ == "NOUN"]  # order" (after
    # the object's own entry); "issued a genocide declaration" declares, it kills no one
    out += [_measured(c) for c in out if _measured(c) is not None]  # "a shipment of vaccines"
    if verb.lemma_.lower() in {"go", "join"}:
        out += [g for c in verb.children if c.dep_ == "prep" and c.lower_ in {"on", "in"}
                for g in c.children if g.dep_ == "pobj"]
    if verb.lemma_.lower() == "agree":  # "agreed on a deal", "agreed to a treaty"
        out += [g for c in verb.children if c.dep_ == "prep" and c.lower_ in {"on", "to", "upon"}
                for g in c.children if g.dep_ == "pobj"]
    return out


def _verb_object_entry(lexicon: dict, verb: Token) -> tuple[Trigger | None, Token | None]:
    """The entry of a verb with its object ('drop charge': the lexicon's 'verb object' rows),
    for a verb whose object makes it another act than either word alone: 'prosecutors dropped
    the charges', 'the charges against him were dropped' ease a legal action (CAMEO 081,
    CONCEDE); 'drop' alone bombs, 'charges' alone accuse. Returned with the object noun, so it
    is not coded again."""
    lemma = verb.lemma_.lower()
    for noun in (c for c in verb.children if c.dep_ in {"dobj", "nsubjpass"}):
        entry = lexicon.get((f"{lemma} {noun.lemma_.lower()}", "VERB"))
        if entry is not None:
            return entry, noun
    return None, None


def _broken_standing_act(noun: Token) -> bool:
    """A nominal act that is what a verb of breaking breaks (word class `breaking_verb`):
    'Iran violated UN sanctions', 'ships evading the embargo', 'flouted the ceasefire'. The
    sanctions, embargo or truce stand already; whoever breaks them does not impose them, and
    the breaking is the verb's own event (or none), not a new act of the noun's."""
    verb = noun.head
    if noun.dep_ == "conj":  # "violated sanctions and the arms embargo"
        verb = noun.head.head if noun.head.dep_ in {"dobj", "nsubjpass"} else None
    elif noun.dep_ not in {"dobj", "nsubjpass"}:
        return False
    return verb is not None and verb.pos_ == "VERB" \
        and verb.lemma_.lower() in _BREAKING_VERBS


def _concessive_background(noun: Token) -> bool:
    """A nominal act named as what the sentence's act happens in spite of (word class
    `concessive_prep`): 'Iran kept selling oil despite UN sanctions', 'shelling continued in
    spite of the ceasefire'. The concession sets the reported act against a standing state of
    affairs; it reports no new act of its own (and its doer, 'UN', would be taken as the
    source of an asserted one). Also a conjunct: 'despite sanctions and an embargo'."""
    while noun.dep_ == "conj" and noun.head is not noun:
        noun = noun.head
    if noun.dep_ != "pobj":
        return False
    prep = noun.head
    if prep.lower_ == "of" and prep.head.lower_ == "spite":  # 'in spite of'
        prep = prep.head
    return prep.lower_ in _CONCESSIVE_PREPS


def _relative_object(verb: Token) -> Token | None:
    """The noun a relative clause with no object of its own hangs from, which it is done to:
    'deal' in 'the deal Trump struck with Mexico'."""
    if verb.dep_ != "relcl" or verb.head.pos_ != "NOUN" \
            or any(c.dep_ in {"dobj", "nsubjpass"} for c in verb.children):
        return None
    return verb.head


def _object_verbs(entry: Trigger) -> set[str]:
    """Verbs named in an entry's 'with:' note ('with:give send'): they take this object noun
    as light verbs do ('gave medicine to X')."""
    return {w for n in entry.notes if n.startswith("with:") for w in n[5:].split()}


def _object_fits(entry: Trigger, verb: Token) -> bool:
    """An entry with an 'object:' note ('object:troop force') is this act only with one of
    those nouns as the verb's direct object: 'reinforced its troops', not 'its commitment'."""
    nouns = {w for n in entry.notes if n.startswith("object:") for w in n[7:].split()}
    return not nouns or any(o.lemma_.lower() in nouns for o in _objects_named(verb))


def _infinitive_fits(entry: Trigger, verb: Token) -> bool:
    """An entry with an 'infinitive:' note ('infinitive:reach agree' on 'fail') is this act
    only when its to-infinitive is one of those verbs: 'failed to reach a deal' rejects a
    settlement, 'failed to produce documentation' or 'failed to protect civilians' refuse
    nothing. One with a 'no_infinitive:' note is not this act when its to-infinitive is one of
    those in the passive: 'an official who asked not to be named' keeps their own name out of
    print, asks no one; 'asked officers to identify themselves' asks."""
    verbs = {w for n in entry.notes if n.startswith("infinitive:") for w in n[11:].split()}
    barred = {w for n in entry.notes if n.startswith("no_infinitive:") for w in n[14:].split()}
    infinitives = [c for c in verb.children if c.dep_ == "xcomp"]
    return (not verbs or any(c.lemma_.lower() in verbs for c in infinitives)) \
        and not any(c.lemma_.lower() in barred and any(a.dep_ == "auxpass" for a in c.children)
                    for c in infinitives)


def _objects_named(verb: Token) -> list[Token]:
    """The nouns a verb's direct object (or passive subject, 'the ambassador was recalled')
    names: the object, its conjuncts ('sent tanks and troops') and what a counting or gathering noun counts ('sent hundreds of troops', 'a team
    of paratroopers')."""
    objects = [c for c in verb.children if c.dep_ in {"dobj", "nsubjpass"}]
    objects += [c for o in objects for c in o.conjuncts]
    return objects + [g for o in objects if o.lemma_.lower() in _GROUP_NOUNS or o.pos_ == "NUM"
                      for c in o.children if c.dep_ == "prep" and c.lower_ == "of"
                      for g in [*c.children, *(x for p in c.children for x in p.conjuncts)]
                      if g.dep_ in {"pobj", "conj"}]


def _transitive_fits(entry: Trigger, verb: Token) -> bool:
    """An entry noted 'transitive' is this act only when something undergoes it: a direct
    object ('returned the artifacts to Peru'), a passive subject ('the paintings were
    returned'), the noun a relative clause hangs from ('the land it returned'), or a 'to'
    object named in its 'to:' note ('returned to the talks'), or the to-infinitive of an xcomp
    entry ('declined to resign'). 'He returned to Washington', 'refugees are returning home'
    are journeys, 'the number of attacks declined' a fall, no act on anyone."""
    if "transitive" not in entry.notes:
        return True
    if verb.dep_ == "relcl" or any(c.dep_ in {"dobj", "dative", "nsubjpass", "auxpass"}
                                   for c in verb.children):
        return True
    if entry.pattern == "xcomp" and any(  # "declined on Monday to endorse": parsed advcl
            c.dep_ == "xcomp" or c.dep_ == "advcl" and any(a.lower_ == "to" for a in c.children)
            for c in verb.children):
        return True
    nouns = {w for n in entry.notes if n.startswith("to:") for w in n[3:].split()}
    return any(g.lemma_.lower() in nouns for c in verb.children
               if c.dep_ == "prep" and c.lower_ == "to" for g in c.children if g.dep_ == "pobj")


def _partner_present(entry: Trigger, verb: Token, token_actor: dict[int, str]) -> bool:
    """An entry noted 'partner' is this act only with an actor in its pattern's slot (its
    direct object, or the object of its preposition or of 'to'): 'spoke with Abe', 'spoke to
    EU leaders', 'received the Iranian delegation'; not 'spoke during a press briefing',
    'received criticism', 'received orders'."""
    if "partner" not in entry.notes or not entry.pattern:
        return True
    if entry.pattern == "dobj":
        slots = [c for c in verb.children if c.dep_ == "dobj"]
    else:
        preps = {entry.pattern.removeprefix("prep:"), "to"}
        slots = [g for c in verb.children if c.dep_ == "prep" and c.lower_ in preps
                 for g in c.children if g.dep_ == "pobj"]
    return any(_names_actor(g, token_actor) for g in slots)


def _acts_on_a_person(entry: Trigger, verb: Token, token_actor: dict[int, str]) -> bool:
    """An entry noted 'no_actor_object' is not this act when its direct object or passive
    subject is an actor or a personal pronoun: 'fired rockets at Israel' is an attack, 'fired
    the FBI director', 'Flynn was fired', 'fired him' are dismissals."""
    if "no_actor_object" not in entry.notes:
        return False
    undergoers = [c for c in verb.children if c.dep_ in {"dobj", "nsubjpass"}]
    return any(c.lower_ in _PERSONAL_OBJECTS or _names_actor(c, token_actor)
               for c in undergoers)


def _electoral_win(verb: Token, token_actor: dict[int, str]) -> bool:
    """'Curbelo managed to beat Democratic incumbent Joe Garcia', 'Capito won, defeating
    Democrat Natalie Tennant', 'a candidate to beat Trump': a verb of winning over someone
    (word class `defeating_verb`) in a sentence about a vote (word class `electoral_word`)
    beats a rival at the polls, no attack or coercion. Not when what it beats is a state or
    an armed group ('Iraqi forces defeated ISIS before the election')."""
    if verb.lemma_.lower() not in _DEFEATING_VERBS:
        return False
    beaten = [c for c in verb.children if c.dep_ in {"dobj", "nsubjpass"}]
    if not beaten or any(_is_state_or_force(token_actor.get(t.i)) for b in beaten
                         for t in b.subtree):
        return False
    return any(t.lemma_.lower() in _ELECTORAL_WORDS for t in verb.sent)


def _is_state_or_force(actor_id: str | None) -> bool:
    """A state, government, military or armed group's code ('ISIS', 'IRQ-MIL'), not a
    person ('P-…', 'person:…') nor an organisation or group named in the text ('org:…')."""
    return actor_id is not None and ":" not in actor_id and not actor_id.startswith("P-")


def _offers_words(entry: Trigger, verb: Token) -> bool:
    """An offer (note 'offer') whose object is words or a showing ('offers a detailed
    account', 'offered no details', 'offered condolences') offers nothing to be done."""
    return "offer" in entry.notes and any(
        c.dep_ == "dobj" and c.lemma_.lower() in _SAID_NOUNS for c in verb.children)


def _undergoer(verb: Token) -> Token | None:
    """What the verb is done to: its direct object, its passive subject, or the noun its
    relative clause or participle hangs from ('the crimes he committed', 'the massacre
    committed by the regime')."""
    found = next((c for c in verb.children if c.dep_ in {"dobj", "nsubjpass"}), None)
    if found is None and verb.dep_ in {"relcl", "acl"} and verb.head.pos_ in {"NOUN", "PROPN"}:
        return verb.head
    return found


def _done_to_no_party(entry: Trigger, verb: Token) -> bool:
    """An entry with a 'no_object:' note is not this act when what it is done to is one of
    those nouns (or its complement is one of those words): 'crimes he committed' pledges
    nothing, 'hit a record high' attacks no one, 'a deal was struck' is the deal's own event,
    'pleaded guilty' appeals to no one."""
    nouns = _no_object_nouns(entry)
    if not nouns:
        return False
    undergoer = _undergoer(verb)
    if undergoer is None:  # "hit a decade high": the parse makes 'high' an adverb
        undergoer = next((c for c in verb.children if c.dep_ == "advmod"), None)
    complements = [c for c in verb.children if c.dep_ in {"acomp", "oprd"}]  # "pleaded guilty"
    return any(t is not None and t.lemma_.lower() in nouns for t in [undergoer, *complements])


def _no_object_nouns(entry: Trigger) -> frozenset[str]:
    """The nouns of an entry's 'no_object:' note; '@class' stands for the words of that class
    of data/event_word_classes.tsv ('no_object:@published_noun', one of `_NOTE_CLASSES`)."""
    words = [w for n in entry.notes if n.startswith("no_object:") for w in n[10:].split()]
    return frozenset(w for w in words if not w.startswith("@")).union(
        *(_NOTE_CLASSES[w[1:]] for w in words if w.startswith("@")))


def _published(entry: Trigger, noun: Token) -> bool:
    """A nominal trigger whose 'no_object:' note names what it is done to: its 'of' object or
    a noun before it ('the release of the emails', 'a video release', 'a press release')."""
    nouns = _no_object_nouns(entry) if entry.notes else frozenset()
    if not nouns:
        return False
    done_to = [g for c in noun.children if c.dep_ == "prep" and c.lower_ == "of"
               for g in c.children if g.dep_ == "pobj"]
    done_to += [c for c in noun.children if c.dep_ == "compound" and c.pos_ == "NOUN"]
    return any(t.lemma_.lower() in nouns for t in done_to)


def _only_forecasts(entry: Trigger, verb: Token, token_actor: dict[int, str]) -> bool:
    """An entry noted 'no_forecast' ('warn') is no threat when it names no one warned and what
    it warns of (its clause, its 'of' or 'that' object) holds no act of the warner's: no
    reprisal_word, no condition ('if', 'unless'), no clause whose subject is the warner. 'Experts
    warn that prices will rise', 'warned of a humanitarian catastrophe' forecast; 'warned Iran',
    'warned that it would retaliate', 'warned of a reaction if Biden does not…' threaten."""
    if "no_forecast" not in entry.notes:
        return False
    if any(c.dep_ in {"dobj", "nsubjpass", "dative"} for c in verb.children):
        return False  # "warned Iran", "Iran was warned": someone is warned
    preps = [c for c in verb.children if c.dep_ == "prep" and not _when_or_where(c)]
    preps += _hung_on_the_date(verb)
    if any(p.lower_ not in {"of", "about"} for p in preps):
        return False  # "warned against any attack", "warned in a letter to Berlin"
    warned_of = [c for c in verb.children if c.dep_ in {"ccomp", "xcomp", "advcl"}]
    named = [g for p in preps for g in p.children if g.dep_ in {"pobj", "pcomp"}]
    if any(_names_a_party(g, token_actor) for g in named):
        return False  # "warned of the Prince of Dol Amroth", "warned about Russia": about a party
    warned_of += named
    if not warned_of:
        return False  # a bare "he warned": no content to judge
    return not any(_threatens(verb, content, token_actor) for content in warned_of)


def _when_or_where(prep: Token) -> bool:
    """'warned of famine on Tuesday', 'warned of famine in Gaza' (the parse hangs the place on
    the verb): a phrase that only dates or places the warning (its object a date, a time, or a
    place after 'in'/'at') says nothing of whom it is aimed at."""
    objects = [g for g in prep.children if g.dep_ == "pobj"]
    if not objects:
        return False
    return all(g.ent_type_ in _WHEN for g in objects) or prep.lower_ in {"in", "at"} \
        and all(g.ent_type_ in _WHERE for g in objects)


def _hung_on_the_date(verb: Token) -> list[Token]:
    """'warned on Monday of a cholera outbreak': the parse hangs what is warned of on the
    date; it is the warning's."""
    return [p for d in verb.children if d.dep_ == "prep" and _when_or_where(d)
            for g in d.children if g.dep_ == "pobj"
            for p in g.children if p.dep_ == "prep" and p.lower_ in {"of", "about"}]


_WHEN = {"DATE", "TIME"}
_WHERE = {"GPE", "LOC", "FAC"}


def _helps_an_act(entry: Trigger, verb: Token) -> bool:
    """An entry noted 'infinitive_decides' ('help') names no one helped when it takes an
    infinitive of its own and no object: the act is the infinitive's ('Egypt helped to broker
    the deal' mediates, 'helped train local forces' trains, 'helped unseat Netanyahu' or
    'helped build confidence' aid no one). 'Helped the victims', 'help Trump' stay AID."""
    return "infinitive_decides" in entry.notes \
        and not any(c.dep_ in {"dobj", "dative", "nsubjpass"} for c in verb.children) \
        and any(c.dep_ == "xcomp" for c in verb.children)


def names_the_blamed(verb: Token) -> bool:
    """'Russia is to blame for the attack': the subject of 'be to blame' is the one blamed,
    not one who blames; said by a party, `event_blame` codes the saying as its accusation
    ('Pompeo said Iran was to blame'), otherwise no one accuses anyone."""
    return verb.lemma_.lower() in _BLAME_WORDS and verb.dep_ == "xcomp" \
        and verb.head.lemma_.lower() == "be" \
        and any(c.dep_ == "aux" and c.lower_ == "to" for c in verb.children)


def _only_asserts(entry: Trigger, verb: Token) -> bool:
    """An entry noted 'mandate_only' ('insist') is a demand only with its pattern's preposition
    ('insisted on a withdrawal') or a mandative clause: a bare subjunctive or 'should'/'must'
    ('insisted that the president be interviewed', 'that the department stop using the term');
    'insisted the picture was unlikely to change', a bare 'Trump insisted' assert."""
    if "mandate_only" not in entry.notes:
        return False
    preposition = entry.pattern[5:] if entry.pattern and entry.pattern.startswith("prep:") else None
    if any(c.dep_ == "prep" and _SAME_PREPOSITION.get(c.lower_, c.lower_) == preposition
           for c in verb.children):
        return False
    return not any(_mandative(c) for c in verb.children if c.dep_ == "ccomp")


def _mandative(clause: Token) -> bool:
    """A clause that states what must be done: its verb a bare base form with no auxiliary
    ('that he be interviewed', 'that they stop'; after a past verb the parse may tag it as a
    present, 'insisted that her aides give a job', which the tense of the narrative rules
    out), or under 'should' or 'must'."""
    auxiliaries = [c for c in clause.children if c.dep_ in {"aux", "auxpass"}]
    if any(a.lower_ in {"should", "must"} for a in auxiliaries):
        return True
    verb = next((a for a in auxiliaries if a.dep_ == "auxpass"), clause) \
        if not any(a.dep_ == "aux" for a in auxiliaries) else None
    return verb is not None and (verb.tag_ == "VB" or verb.tag_ == "VBP"
                                 and clause.head.tag_ in {"VBD", "VBN"})


def _names_a_party(noun: Token, token_actor: dict[int, str]) -> bool:
    """A noun phrase that names a party: an actor, or a name (person, body, state) as the noun,
    its compound or its 'of' object ('the Prince of Dol Amroth'); not a place it is in."""
    if actor_in(noun, token_actor) is not None:
        return True
    near = [noun, *(c for c in noun.children if c.dep_ == "compound"),
            *(g for p in noun.children if p.dep_ == "prep" and p.lower_ == "of"
              for g in p.children if g.dep_ == "pobj")]
    return any(t.ent_type_ in _PARTY_ENTITIES or t.pos_ == "PROPN" for t in near)


def _threatens(verb: Token, content: Token, token_actor: dict[int, str]) -> bool:
    """What a warning warns of holds an act of the warner's: a reprisal word, a condition, or
    a clause with the warner (or 'we') as its subject."""
    if any(t.lemma_.lower() in _REPRISAL_WORDS or t.lower_ in {"if", "unless"}
           for t in content.subtree):
        return True
    warner = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    subject = next((c for c in content.children if c.dep_ in {"nsubj", "nsubjpass"}), None)
    if subject is None:
        return False
    if subject.lower_ in _FIRST_PERSON:
        return True
    warner_actor = actor_in(warner, token_actor) if warner is not None else None
    return warner_actor is not None and actor_in(subject, token_actor) == warner_actor


def _takes_a_clause(entry: Trigger, verb: Token) -> bool:
    """An entry noted 'no_clause' is not this act when the verb takes a clause and no direct
    object: 'Boko Haram has sought to justify its actions' tries (no request of anyone),
    'a co-worker recalled telling her' remembers (no envoy called home)."""
    return "no_clause" in entry.notes \
        and not any(c.dep_ == "dobj" for c in verb.children) \
        and any(c.dep_ in {"xcomp", "ccomp", "pcomp"} for c in verb.children)


def _puts_a_question(entry: Trigger, verb: Token) -> bool:
    """An entry noted 'question' is not this act when the verb puts a question: 'Esper was
    asked whether the shooting was terrorism', 'asked about any effect on relations', 'Now
    Americans are asking: How…'. 'Asked Israel to withdraw', 'asked for help' still request."""
    if "question" not in entry.notes:
        return False
    for child in verb.children:
        if child.dep_ == "prep" and child.lower_ == "about":
            return True
        if child.dep_ == "ccomp" and any(
                t.lower_ in {"whether", "if"} or t.tag_ in {"WDT", "WP", "WRB"}
                for t in child.subtree if t.i < child.i):
            return True
    after = verb.doc[verb.i + 1] if verb.i + 1 < len(verb.doc) else None
    return after is not None and after.text == ":"


def _said_anonymously(entry: Trigger, verb: Token) -> bool:
    """An entry noted 'not_anonymous' (speak, talk, discuss) is no consultation when said on
    condition of anonymity: 'officials who spoke to The Associated Press on condition of
    anonymity', 'speaking anonymously with The Times', 'spoke to CNN on condition of not being
    identified' tell how a reporter got the story, not that the outlet was consulted. Read in
    the verb's adverbs and prepositional phrases only, not in a clause it takes; or it is
    whether the source may speak at all (`_speaking_licence`)."""
    if "not_anonymous" not in entry.notes:
        return False
    if _speaking_licence(verb):
        return True
    phrases = [t for c in verb.children if c.dep_ in {"advmod", "prep"} for t in c.subtree]
    return any(t.lemma_.lower() in _ANONYMITY_WORDS for t in phrases) or any(
        t.lemma_.lower() == "condition" and any(w.lemma_.lower() in _UNNAMING_VERBS
                                                for w in t.subtree) for t in phrases)


def _speaking_licence(verb: Token) -> bool:
    """'because he was not authorized to discuss the matter publicly', 'officials not
    permitted to speak to the press': the other half of the sourcing formula, that the source
    may not speak; the verb is the to-infinitive of a negated authorizing_verb in the passive
    or as a participle, so nothing was discussed ('was authorized to discuss the sanctions
    with Zarif' keeps its act)."""
    licence = verb.head
    return verb.dep_ == "xcomp" and licence.lemma_.lower() in _AUTHORIZING_VERBS \
        and any(c.dep_ == "neg" for c in licence.children) \
        and (licence.tag_ == "VBN" or any(c.dep_ == "auxpass" for c in licence.children))


def _only_a_state(entry: Trigger, verb: Token) -> bool:
    """An entry noted 'no_bare_passive' names a state, not an act, in the passive with no one
    who did it, here or on a verb joined to it ('said the drones were armed'); 'the rebels
    were armed by Iran', 'are armed and funded by Tehran' keep their giver."""
    if "no_bare_passive" not in entry.notes:
        return False
    passive = any(c.dep_ == "auxpass" for c in verb.children)
    joined = [verb, *verb.conjuncts]
    return passive and not any(c.dep_ == "agent" for v in joined for c in v.children)


def talks_to_the_press(verb: Token) -> bool:
    """'officials who spoke to reporters', 'talked with journalists': the partner is the press
    at large (word class `press_noun`), whatever actor the phrase was folded into; a named
    outlet ('CNN reporters', 'the Post's reporters') is a partner one may consult."""
    partners = [p for c in verb.children if c.dep_ == "prep" and c.lower_ in {"to", "with"}
                for p in c.children if p.dep_ == "pobj"]
    return any(p.lemma_.lower() in _PRESS_NOUNS and not any(
        c.dep_ in {"compound", "poss"} and c.pos_ == "PROPN" for c in p.children)
        for p in partners)


def _other_verb_with_particle(entry: Trigger, verb: Token) -> bool:
    """An entry with a 'not_with:' note is another verb with that particle: 'sign up for our
    newsletter' subscribes, it signs no agreement; or with that preposition when no one is
    named it is done to nor by whom: 'an attacker armed with a knife' carries a knife."""
    particles = {w for n in entry.notes if n.startswith("not_with:") for w in n[9:].split()}
    if not particles:
        return False
    # "warships armed with cruise missiles": with nothing it is done to by anyone, the
    # preposition makes it another verb too (equipped); "armed the rebels with missiles" arms
    undone = not any(c.dep_ in {"dobj", "agent"} for c in verb.children)
    return any(c.lower_ in particles and (c.dep_ == "prt" or c.dep_ == "prep" and undone)
               for c in verb.children)


def _names_actor(head: Token, token_actor: dict[int, str]) -> bool:
    """The phrase names an actor itself, not in a phrase hung from it: 'the Iranian
    delegation', 'EU leaders'; not 'criticism from some Republicans'."""
    frontier = [head]
    while frontier:
        if any(t.i in token_actor for t in frontier):
            return True
        frontier = [c for t in frontier for c in t.children
                    if c.dep_ in {"compound", "amod", "nmod", "poss", "appos", "conj", "det"}]
    return False


def _labour_strike(noun: Token) -> bool:
    """'went on strike', 'a strike for better pay', 'stopped work in a strike', 'a general
    strike': not an air or drone strike, and no 'on'/'against' target of an attack."""
    lefts = {c.lemma_.lower() for c in noun.children if c.dep_ in {"compound", "amod", "nmod"}}
    if lefts & _WEAPON_WORDS:
        return False
    preps = {c.lower_ for c in noun.children if c.dep_ == "prep"}
    if lefts & _STRIKE_WORDS or preps & {"for", "over"}:
        return True
    head = noun.head
    if noun.dep_ == "pobj" and head.lower_ in {"on", "in"} and head.head.lemma_.lower() in {
            "go", "stop", "remain", "be", "stay", "join", "participate", "take"}:
        return True
    return noun.dep_ == "dobj" and head.lemma_.lower() in {"stage", "call", "hold", "begin",
                                                            "start", "end", "declare"} \
        and not preps & {"on", "against"}


def _asks_for_an_act(lexicon: dict, entry: Trigger, second: Token) -> bool:
    """'France called for a ceasefire in Lebanon', 'the EU called for sanctions against X':
    a request whose preposition names an act (a noun of the lexicon) rather than an actor is
    still a request, aimed where that act is."""
    return entry.type == "REQUEST" and second.dep_ == "prep" and any(
        noun_entry(lexicon, g) is not None for g in second.children if g.dep_ == "pobj")


def _pattern_holds(entry: Trigger, second: Token, token_actor: dict[int, str],
                   territories: set[int]) -> bool:
    """A 'prep:X' pattern on a verb+preposition entry needs an actor as the object of X:
    'withdrew from the alliance' is SANCTION, 'withdrew from Syria' is no such thing (a
    country left is a territory, in `territories`, though it is the event's target)."""
    if not entry.pattern or not entry.pattern.startswith("prep:") or second.dep_ != "prep":
        return True
    actors = {i: a for i, a in token_actor.items() if i not in territories}
    return any(g.i not in territories and actor_in(g, actors)  # not 'from Syria, Minister X said'
               for g in second.children if g.dep_ == "pobj")
