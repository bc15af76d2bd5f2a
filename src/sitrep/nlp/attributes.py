"""en_core_web_sm's attribute_ruler + lemmatizer, memoised: the same annotations at a tenth of the cost.

The model's attribute_ruler (179 Matcher patterns mapping the tagger's TAG to POS, MORPH and
some LEMMAs) and its rule lemmatizer cost ~14 % of a parse, almost all of it per-token Python:
every token matches a pattern whose attributes are then set one by one. Yet what they assign to a
token depends only on the token's word, tag and dependency label, except where a two-token
pattern ("there is", "gon na") matches. So this component runs the real components once per
distinct (word, tag, dep) on a small synthetic document, remembers the outcome, and writes it to
each document in one `Doc.from_array`; the rare multi-token matches are re-run through the real
components on a window around them. tests/test_attributes.py checks the output is identical.

Finding those matches is what the memo mostly cost (the patterns' regular expressions ran on
every token), so the memo also remembers whether a token can start one (matches the first token
of a multi-token pattern: that depends on the token alone), and the matcher runs only on the
few tokens that can.

The lemmatizer's own cache is keyed by (word, POS) and never cleared, so a lemma remembered here
is the one the lemmatizer would return again.

What the memo still pays is learning: a fresh process meets ~28k new (word, tag, dep) in its
first 150 articles. Most of that was the rule lemmatizer asking whether a candidate lemma is a
known word, `form in index`, where spaCy's lookups hold each part of speech's known words as a
list (57,528 nouns): a scan per question. `index_as_sets` turns those lists into sets, the same
question answered by a hash look-up. And the words are learnt side by side, without a
separator token between each two (half the tokens through the real components); the few that
form a multi-token match there are learnt again apart.
"""

from __future__ import annotations

import numpy
from spacy.attrs import DEP, LEMMA, MORPH, ORTH, POS, TAG
from spacy.language import Language
from spacy.matcher import Matcher
from spacy.tokens import Doc

# Between the words of a synthetic document, so no multi-token pattern can match across two
# of them (checked: a word caught in such a match is learnt alone).
_SEPARATOR = "\u2063"  # invisible separator
# Distinct (word, tag, dep) grow slowly with the corpus (~28k after 150 articles); past this many
# (~25 MB) the memo starts afresh, so memory stays flat over millions of articles.
MAX_MEMO = 100_000


@Language.factory("sitrep_memo_attributes",
                  default_config={"ruler": "attribute_ruler", "lemmatizer": "lemmatizer"})
def make_memo_attributes(nlp, name, ruler, lemmatizer):  # untyped: spaCy's config validation
    return MemoAttributes(nlp.get_pipe(ruler), nlp.get_pipe(lemmatizer))


def use_memo_attributes(nlp: Language) -> Language:
    """Swap the model's attribute_ruler + lemmatizer for the memoised pair (kept, disabled:
    the memo calls them)."""
    if "attribute_ruler" in nlp.pipe_names and "lemmatizer" in nlp.pipe_names:
        index_as_sets(nlp.get_pipe("lemmatizer"))
        nlp.add_pipe("sitrep_memo_attributes", after="lemmatizer")
        nlp.disable_pipe("attribute_ruler")
        nlp.disable_pipe("lemmatizer")
    return nlp


def index_as_sets(lemmatizer) -> None:
    """The rule lemmatizer's known words per part of speech (`lemma_index`, lists in the
    model's lookups) as frozensets. The lemmatizer only asks `form in index` of them and their
    truth (empty or not), which a set answers the same as the list, in constant time instead of
    a scan of up to 57,528 words. (The table no longer serialises with the model's own
    `to_disk`, which sitrep never calls.)"""
    lookups = getattr(lemmatizer, "lookups", None)
    if lookups is None or "lemma_index" not in lookups.tables:
        return
    table = lookups.get_table("lemma_index")
    for key, words in list(table.items()):
        if isinstance(words, list):
            table[key] = frozenset(words)


class MemoAttributes:
    def __init__(self, ruler, lemmatizer):
        self.ruler, self.lemmatizer = ruler, lemmatizer
        # (word, tag, dep) -> (tag, pos, morph, lemma, dep, can start a multi-token match)
        self.memo: dict[tuple[int, int, int], tuple[int, int, int, int, int, int]] = {}
        multi = [p for rule in ruler.patterns for p in rule["patterns"] if len(p) > 1]
        self.longest = max((len(p) for p in multi), default=1)
        self.context = self.longest - 1  # tokens of reach
        self.multi_token = Matcher(ruler.vocab)
        self.first_token = Matcher(ruler.vocab)
        if multi:
            self.multi_token.add("multi", multi)
            self.first_token.add("first", [p[0:1] for p in multi])
        # With an operator ('+', '?'…) a match's length is open: then the whole document is
        # matched, as the attribute_ruler does.
        self.fixed_length = not any("OP" in token for p in multi for token in p)
        self.separator_inert = self.fixed_length and not self._matches_separator(multi)

    def __call__(self, doc: Doc) -> Doc:
        if not len(doc):
            return doc
        before = doc.to_array([ORTH, TAG, DEP])
        if not before[:, 2].all():  # a token without a dependency label: not parsed, no memo
            return self._real(doc)
        keys = list(map(tuple, before.tolist()))
        known = list(map(self.memo.get, keys))  # one look-up a word; None: not learnt yet
        if None in known:
            unknown = [i for i, outcome in enumerate(known) if outcome is None]
            missing = {keys[i] for i in unknown}
            if len(self.memo) + len(missing) > MAX_MEMO:
                self.memo.clear()
                unknown, missing = range(len(keys)), set(keys)
            self._learn(doc, sorted(missing))
            for i in unknown:
                known[i] = self.memo[keys[i]]
        after = numpy.array(known, dtype="uint64")
        doc.from_array([TAG, POS, MORPH, LEMMA], after[:, :4])
        for i in numpy.flatnonzero(after[:, 4] != before[:, 2]):
            doc[int(i)].dep = int(after[i, 4])  # whitespace relabelled 'dep': rare
        for start, end in self._multi_token_matches(doc, numpy.flatnonzero(after[:, 5])):
            self._rerun_window(doc, before, start, end)
        return doc

    def _multi_token_matches(self, doc: Doc, starts) -> list[tuple[int, int]]:
        """(start, end) of every multi-token match, looked for only at `starts`, the tokens
        that can begin one: a fixed-length pattern matches a window of its own length."""
        if not self.fixed_length:
            return [(start, end) for _, start, end in self.multi_token(doc)]
        matches = []
        for start in starts.tolist():
            window = doc[start:start + self.longest]
            matches += [(start + s, start + e) for _, s, e in self.multi_token(window) if s == 0]
        return matches

    def pipe(self, docs, batch_size: int = 128):
        for doc in docs:
            yield self(doc)

    def _real(self, doc: Doc) -> Doc:
        return self.lemmatizer(self.ruler(doc))

    def _learn(self, doc: Doc, keys: list[tuple[int, int, int]]) -> None:
        """Run the real components over every unseen (word, tag, dep), side by side. A word
        only takes part in a multi-token pattern's match with its neighbours (the ruler's
        single-token patterns and the lemmatizer read the token alone), so the words that do
        here, next to words they never stood beside, are learnt apart (`_learn_separated`)."""
        strings = doc.vocab.strings
        words = [strings[orth] for orth, _, _ in keys]
        synthetic = self._synthetic(doc, words, [strings[tag] for _, tag, _ in keys],
                                    [strings[dep] for _, _, dep in keys])
        entangled = {i for _, start, end in self.multi_token(synthetic) for i in range(start, end)}
        self._real(synthetic)
        # as annotated, which is how the document's tokens are matched (after the memo wrote them)
        starts = {start for _, start, _ in self.first_token(synthetic)}
        for n, key in enumerate(keys):
            if n not in entangled:
                self.memo[key] = (*_outcome(synthetic[n]), int(n in starts))
        if entangled:
            self._learn_separated(doc, [keys[n] for n in sorted(entangled)])

    def _learn_separated(self, doc: Doc, keys: list[tuple[int, int, int]]) -> None:
        """Learn `keys` with a separator between words, so no multi-token match spans two."""
        strings = doc.vocab.strings
        words, tags, deps = [], [], []
        for orth, tag, dep in keys:
            words += [strings[orth], _SEPARATOR]
            tags += [strings[tag], "NFP"]
            deps += [strings[dep], "punct"]
        synthetic = self._synthetic(doc, words, tags, deps)
        if not self.separator_inert and self.multi_token(synthetic):  # learn one by one
            for n, key in enumerate(keys):
                one = self._real(self._synthetic(doc, [words[2 * n]], [tags[2 * n]], [deps[2 * n]]))
                self.memo[key] = (*_outcome(one[0]), int(bool(self.first_token(one))))
            return
        self._real(synthetic)
        starts = {start for _, start, _ in self.first_token(synthetic)}
        for n, key in enumerate(keys):
            self.memo[key] = (*_outcome(synthetic[2 * n]), int(2 * n in starts))

    def _matches_separator(self, multi) -> bool:
        """Whether the separator matches any token of a multi-token pattern. When none does,
        no match can span two words of a synthetic document, so they need not be looked for."""
        if not multi:
            return False
        any_token = Matcher(self.ruler.vocab)
        any_token.add("any", [[token] for p in multi for token in p])
        return bool(any_token(Doc(self.ruler.vocab, words=[_SEPARATOR], tags=["NFP"],
                                  deps=["punct"], heads=[0])))

    def _rerun_window(self, doc: Doc, before, start: int, end: int) -> None:
        """Tokens start..end-1 take part in a multi-token match: re-run the real components on
        them with `context` tokens either side, which holds every match that touches them."""
        lo, hi = max(0, start - self.context), min(len(doc), end + self.context)
        strings = doc.vocab.strings
        window = self._synthetic(
            doc, [t.text for t in doc[lo:hi]],
            [strings[int(before[i, 1])] for i in range(lo, hi)],
            [strings[int(before[i, 2])] for i in range(lo, hi)],
            spaces=[bool(t.whitespace_) for t in doc[lo:hi]])
        self._real(window)
        for i in range(start, end):
            token, learnt = doc[i], window[i - lo]
            token.tag, token.pos, token.lemma, token.dep = (learnt.tag, learnt.pos, learnt.lemma,
                                                            learnt.dep)
            token.morph = learnt.morph

    @staticmethod
    def _synthetic(doc: Doc, words, tags, deps, spaces=None) -> Doc:
        return Doc(doc.vocab, words=words, spaces=spaces or [True] * len(words), tags=tags,
                   deps=deps, heads=list(range(len(words))))


def _outcome(token) -> tuple[int, int, int, int, int]:
    return (token.tag, token.pos, token.morph.key, token.lemma, token.dep)
