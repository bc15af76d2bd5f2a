"""Words around a place mention that tell which kind of place it names: a county ("Boone
County"), a state ("Washington state"), a town's people or government ("a Lebanon woman", "the
Paris Police Department"), a definite article ("the Atlantic"). Pure functions over the text."""

from __future__ import annotations

import re
from dataclasses import dataclass

from sitrep.extract.place_words import place_words

# the words after a name that make it a first-level division ("the Punjab province"), and
# after a list, in the plural, every listed name ("the Donetsk and Luhansk regions")
_DIVISION_WORDS = ("state", "province", "governorate", "oblast", "region")

# the division word right after the name, or a plural one after a list of names ("Anderson and
# Cherokee counties", "Dakota, Otoe and Washington counties"; in "Paris and Henry County" only
# Henry is a county). What
#   " (?:County|Parish|Borough|county|parish)\b|"
#   "(?:(?:,|,? and|,? or) [A-Z][\w'.-]*(?: [A-Z][\w'.-]*)?)* (?:counties|parishes|Counties|Parishes)\b"
# matches, with the list's run followed step by step and each position's answer kept for the
# text (`_ListRuns`): that one pattern, matched after every name of a list of thousands of
# names, read the rest of the list each time (quadratic).
_DIVISION_AFTER = re.compile(r" (?:County|Parish|Borough|county|parish)\b")
_PLURAL_DIVISION_AFTER = re.compile(r" (?:counties|parishes|Counties|Parishes)\b")
# a plural first-level division word after a list ("the Donetsk and Luhansk regions", "Idlib
# and Hama provinces"): every listed name is such a division, as "the Donetsk region" says of
# one. Only after a list: after one name ("the Gulf states", "the Baltic states") the word
# names the states of a region, not the name itself
_PLURAL_STATE_AFTER = re.compile(r" (?:" + "|".join(w + "s" for w in _DIVISION_WORDS) + r")\b")
# the end of a list's earlier name and its separator, right before the list's last name
_LISTED_BEFORE = re.compile(r"[A-Z][\w'.-]*(?:,|,? and|,? or) $")
_LIST_SEPARATORS = (",", ", and", " and", ", or", " or")  # each then a space
_LIST_WORD = re.compile(r"[A-Z][\w'.-]*")
# a first-level division is meant: "Washington state", "the state of Washington", "the Punjab
# province" (lower case: "Washington State University" is no such word)
_STATE_AFTER = re.compile(r" (?:" + "|".join(_DIVISION_WORDS) + r")\b")
_STATE_BEFORE = re.compile(r"\b(?:state|province|governorate) of (?:the )?$|"
                           r"\b[DRI]-$")  # a legislator's party and state: "D-Pa.", "R-W. Va."
# "a Lebanon woman", "the Jordan resident", "Palestine police": a town's people, not a country's
# (whose demonym would be used: "a Lebanese woman")
_LOCAL_AFTER = re.compile(
    r" (?:man|woman|men|women|boy|girl|teen|teenager|resident|residents|couple|family|police|"
    r"mayor|firefighters?|motorcyclist|driver|school|schools|city council|town council|"
    r"township)\b")
# a town government's or a townsman's words in American and British local news: "the Paris
# Police Department", "City of Oxford residents", "Joyce Glover, 22, Palestine", "Gary Wilson,
# 54, of Palestine" (a world city or a country is not written so)
_LOCAL_BODY_AFTER = re.compile(
    r" (?:Police Department|Police Dept|Fire Department|Fire Dept|City Council|City Hall|"
    r"City Manager|Board of Education|Board of Selectmen|Township|City Schools)\b")
_LOCAL_BEFORE = re.compile(
    r"(?:\b(?:City|Town|Village|Borough) of |\b[A-Z][a-z]+, \d{1,3}, (?:of )?)$")
# the words that end a street's name ("Memphis St.", "Cumberland Street")
STREET_WORDS = place_words("street_word")
# a street address before the name: "of 2517 Memphis St., Alexandria", "508 Cumberland St.,
# Lebanon", "a crash on Rest Acres Road in Paris" — what follows a street is its town, not a
# country or a world city of that name
# (before "in", only the words that end nothing but a street's name: "the Supreme Court in
# Washington" is no address)
_ADDRESS_BEFORE = re.compile(
    r"\b[A-Z][\w'-]*\.? (?:(?i:" + "|".join(sorted(STREET_WORDS)) + r")\.?, |(?i:"
    + "|".join(sorted(STREET_WORDS - place_words("street_word_ambiguous"))) + r")\.? in )$")
# a dateline: an upper-case name opening the text or a line, perhaps in brackets, then a
# comma, a bracket or a dash ("NEW YORK (AP) —", "CARTHAGE, N.C. —", "(NEW YORK) —"): the town
# the story was filed from, never a state or a country
_DATELINE_BEFORE = re.compile(r"(?:^|\n)[ \t]*\(?$")
_DATELINE_AFTER = re.compile(r"\)?[ \t]*(?:,|\(|—|–|--|-)")
# a peer's or a royal's title and "of" right before the name ("the Duchess of Cornwall", "the
# Duke of York"): the name is the title's, which the story's own country does not hold
_TITLE_OF_BEFORE = re.compile(
    r"\b(?:" + "|".join(sorted(w.capitalize() for w in place_words("peerage_title"))) + r") of $")
# "the" (and at most one lowercase word) right before the name
_DEFINITE_BEFORE = re.compile(r"\b[Tt]he (?:[a-z]+ )?$")
# a lower-case place noun and "of" right before the name ("the city of Aleppo", "the
# Mediterranean island of Crete"): the kind of place the text says the name is ('City of
# Oxford', capitalised, is a town government's: `_LOCAL_BEFORE`)
_KIND_OF_BEFORE = {kind: re.compile(r"\b(?:" + "|".join(sorted(words)) + r") of $")
                   for kind, words in (("town", place_words("town_noun_of")),
                                       ("island", place_words("island_noun_of")))}
# "the capital Tripoli", "the Libyan capital, Tripoli": the name is a nation's capital (not
# after "the state capital", "the provincial capital")
_CAPITAL_BEFORE = re.compile(r"(?<!state )(?<!provincial )(?<!regional )(?<!county )\bcapital,? $")


@dataclass(frozen=True)
class MentionCues:
    division_word: bool  # "County" follows: "Henderson County Crimestoppers"
    state_word: bool  # "Washington state", "the state of Washington"
    local_word: bool  # a townsman's or a town government's word: "a Lebanon woman"
    definite: bool  # "the Middle East", "the tropical Atlantic"
    dateline: bool = False  # "NEW YORK (AP) —": a town
    title_of: bool = False  # "the Duchess of Cornwall": a title's place
    kind_of: str | None = None  # "the city of Aleppo": 'town'; "the island of Crete": 'island'
    capital_word: bool = False  # "the capital Tripoli": a nation's capital


def mention_cues(text: str, start: int, end: int) -> MentionCues:
    """The cues around the mention text[start:end]."""
    before = max(0, start - 30)
    return MentionCues(
        division_word=bool(_DIVISION_AFTER.match(text, end)) or _list_runs(text).reach_division(end),
        state_word=bool(_STATE_AFTER.match(text, end) or _STATE_BEFORE.search(text, before, start))
        or _listed_before_a_plural_state_word(text, start, end),
        local_word=bool(_LOCAL_AFTER.match(text, end) or _LOCAL_BODY_AFTER.match(text, end)
                        or _LOCAL_BEFORE.search(text, before, start)
                        or _ADDRESS_BEFORE.search(text, before, start)),
        definite=text[start:start + 4].lower() == "the " or bool(
            _DEFINITE_BEFORE.search(text, max(0, start - 20), start)),
        dateline=_is_dateline(text, start, end),
        title_of=bool(_TITLE_OF_BEFORE.search(text, before, start)),
        kind_of=next((kind for kind, pattern in _KIND_OF_BEFORE.items()
                      if pattern.search(text, before, start)), None),
        capital_word=bool(_CAPITAL_BEFORE.search(text, before, start)),
    )


def _listed_before_a_plural_state_word(text: str, start: int, end: int) -> bool:
    """The name text[start:end] is one of a list followed by 'regions', 'provinces' or the like
    ("the Donetsk and Luhansk regions")."""
    if _PLURAL_STATE_AFTER.match(text, end):  # the list's last name, or a name alone
        return bool(_LISTED_BEFORE.search(text, max(0, start - 40), start))
    return _list_runs(text, _PLURAL_STATE_AFTER).reach_division(end)


class _ListRuns:
    """Where in one text a list of names runs on to a plural division word: at position p,
    either the word follows (" counties") or one step of the list (a separator, a space, one
    or two capitalised words) leads to a position from which it does. A regex engine tries
    every such path; the answer at each position is kept, so the whole text costs one pass
    however many names ask. A step that ends inside a word is never taken: what could follow
    it (a separator, a space) cannot continue a word of [\\w'.-]."""

    def __init__(self, text: str, plural_word: re.Pattern = _PLURAL_DIVISION_AFTER):
        self.text, self.plural_word = text, plural_word
        self._reaches: dict[int, bool] = {}

    def reach_division(self, start: int) -> bool:
        reaches, pending = self._reaches, [start]
        while pending:  # depth-first without recursion: a list may hold thousands of names
            at = pending[-1]
            if at in reaches:
                pending.pop()
            elif self.plural_word.match(self.text, at):
                reaches[at] = True
                pending.pop()
            else:
                steps = self._steps(at)
                unknown = [step for step in steps if step not in reaches]
                if unknown:
                    pending.extend(unknown)
                else:
                    reaches[at] = any(reaches[step] for step in steps)
                    pending.pop()
        return reaches[start]

    def _steps(self, at: int) -> list[int]:
        """Where one list step from `at` can end: after its first word, or its second."""
        text, ends = self.text, []
        for separator in _LIST_SEPARATORS:
            if not text.startswith(separator + " ", at):
                continue
            first = _LIST_WORD.match(text, at + len(separator) + 1)
            if first is None:
                continue
            ends.append(first.end())
            if text.startswith(" ", first.end()) and (
                    second := _LIST_WORD.match(text, first.end() + 1)) is not None:
                ends.append(second.end())
        return ends


_last_list_runs: dict[re.Pattern, _ListRuns] = {}


def _list_runs(text: str, plural_word: re.Pattern = _PLURAL_DIVISION_AFTER) -> _ListRuns:
    """The list runs of `text` to `plural_word`, kept for the text last asked about (a
    document's mentions are read one after another)."""
    runs = _last_list_runs.get(plural_word)
    if runs is None or runs.text is not text:
        runs = _last_list_runs[plural_word] = _ListRuns(text, plural_word)
    return runs


def _is_dateline(text: str, start: int, end: int) -> bool:
    name = text[start:end]
    return name.isupper() and sum(ch.isalpha() for ch in name) > 2 and bool(
        _DATELINE_BEFORE.search(text, max(0, start - 8), start)
        and _DATELINE_AFTER.match(text, end))
