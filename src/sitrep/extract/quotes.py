"""The quotes stage: direct quotes, reported speech and mixed quotes, each with its cue and its
speaker resolved to an actor.

Direct quotes come from quotation marks (`quote_marks`) and are attributed to the nearest cue
verb outside them in the same or the adjacent sentence ("…,” the official said"; "Kallas said:
“…”"); a quote with no cue of its own continues the previous speaker. Reported speech is the
clausal complement of a cue verb ("said communications with HTS started a week ago") or the
clause around "according to X"; when that clause holds quoted words it is a mixed quote. The cue
lexicon is data (`data/cue_verbs.tsv`). When an attribution tagger is built — the fine-tuned
MiniLM (`make model-bert`, `attribution_bert`) or the CRF (`make model`, `attribution_model`) —
its spans refine the claims (`attribution_model.refine_claims`); without one the rules stand
alone.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass
from functools import lru_cache

from spacy.tokens import Doc, Span, Token

from sitrep.data import read_table
from sitrep.extract.actor_mentions import load_cues
from sitrep.extract.claim_spans import (
    LISTENER_OBJECT,
    SUBJECT_DEPS,
    as_clause_attribution,
    clause_span,
    cue_phrase,
    passive_agent,
    preposition_object,
    speaker_span,
    stretch_span,
    strip_punct,
    trailing_attribution,
    with_words_after_verb,
    without_conjoined_saying,
    without_conjunct_of_cue,
    without_leading_wh_word,
    without_setting_of_saying,
    without_trailing_relative,
)
from sitrep.extract.content_edges import (
    from_relative_word,
    relative_gap,
    through_open_quotation,
    through_passive_complement,
    through_parenthetical_attribution,
    without_leading_connective,
)
from sitrep.extract.cue_nouns import noun_claims
from sitrep.extract.entities import expanded_span, pos_tags, tokens_tagged
from sitrep.extract.force_readings import is_act_of_force
from sitrep.extract.layout_attribution import LayoutClaim, dash_byline, speaker_labels
from sitrep.extract.lexicon import load_lexicon
from sitrep.extract.poll_claims import poll_claims
from sitrep.extract.quote_marks import QUOTATION_MARKS, QuotedSpan, find_quoted_spans, is_title
from sitrep.extract.speaker_phrases import CLAUSE_DEPS, noun_phrase, time_after
from sitrep.extract.speakers import SpeakerResolver
from sitrep.records import Document, Quote, Speaker, SpanRef



@dataclass(frozen=True)
class CueLexicon:
    """Which verbs introduce a claim, and through which construction: the curated reporting
    verbs (any clausal complement; objects and infinitives where marked) plus the (lemma,
    construction) pairs learned from PolNeAR train (scripts/build_cue_lexicon.py)."""

    verbs: dict[str, bool]  # curated lemma → may a noun-phrase object be the content
    infinitive: frozenset[str]  # curated lemmas whose to-infinitive can be the content
    learned: frozenset[tuple[str, str]] = frozenset()  # (lemma, ccomp|dobj|xcomp)
    learned_lemmas: frozenset[str] = frozenset()
    # (lemma, preposition) learned from PolNeAR train: the preposition's object is the content
    # ('railed against the deal'); a file of its own, since the CRF's features read the above
    prepositions: frozenset[tuple[str, str]] = frozenset()
    preposition_lemmas: frozenset[str] = frozenset()
    # the rarer (lemma, construction) pairs learned from train at a higher bar ('bemoaned the
    # deal', 'lamented that…'; scripts/build_rare_cues.py): kept apart from `learned` and
    # `learned_lemmas`, which the CRF's features read, so the model stays as trained
    rare: frozenset[tuple[str, str]] = frozenset()
    rare_lemmas: frozenset[str] = frozenset()

    def allows(self, lemma: str, construction: str) -> bool:
        if (lemma, construction) in self.learned or (lemma, construction) in self.rare:
            return True
        if construction == "ccomp":
            return lemma in self.verbs
        if construction == "dobj":
            return bool(self.verbs.get(lemma))
        return lemma in self.infinitive

    def is_cue(self, token: Token) -> bool:
        lemma = token.lemma_.lower()
        if token.pos_ not in {"VERB", "AUX"} or (lemma not in self.verbs
                                                 and lemma not in self.learned_lemmas
                                                 and lemma not in self.rare_lemmas):
            return False
        if token.lemma_.lower() == "point":  # only "point out"
            return any(c.dep_ == "prt" and c.lower_ == "out" for c in token.children)
        return True

    def takes_preposition(self, token: Token) -> bool:
        return token.pos_ == "VERB" and token.lemma_.lower() in self.preposition_lemmas


# the only tags `is_cue` takes: reported speech looks at no other word
_CUE_TAGS = frozenset({"VERB", "AUX"})


@lru_cache(maxsize=1)
def load_cue_lexicon() -> CueLexicon:
    rows = read_table("cue_verbs.tsv")
    verbs = [r for r in rows if r["class"] != "phrase"]
    learned = frozenset((r["cue"], r["construction"]) for r in read_table("cue_verbs_learned.tsv"))
    prepositions = frozenset((r["cue"], r["preposition"])
                             for r in read_table("cue_verb_preps_learned.tsv"))
    rare = frozenset((r["cue"], r["construction"])
                     for r in read_table("cue_verbs_learned_rare.tsv"))
    return CueLexicon({r["cue"]: r["object"] == "yes" for r in verbs},
                      frozenset(r["cue"] for r in verbs if r.get("xcomp") == "yes"), learned,
                      frozenset(lemma for lemma, _ in learned), prepositions,
                      frozenset(lemma for lemma, _ in prepositions), rare,
                      frozenset(lemma for lemma, _ in rare))


@dataclass
class Claim:
    """A quote before its speaker is resolved: token spans into the parsed document."""

    content: tuple[int, int]  # character offsets
    kind: str
    cue: Span | None
    speaker: Span | None
    truncated: bool = False
    inherit_speaker: bool = False
    parts: list[tuple[int, int]] | None = None
    topic: bool = False  # the content is what the cue is about ('referring to X'), no saying


class QuoteExtractor:
    def __init__(self, nlp=None):
        self.cues = load_cue_lexicon()
        self.lexicon = load_lexicon()
        self.org_heads = load_cues().org_heads
        # (imported here: both import this module) The fine-tuned MiniLM when it is built,
        # else the CRF, else None: the rules stand alone.
        from sitrep.extract.attribution_bert import BertAttributionTagger
        from sitrep.extract.attribution_model import AttributionTagger

        self.tagger = BertAttributionTagger.load() or AttributionTagger.load()
        self.version_tag = self.tagger.version_tag if self.tagger is not None else None

    def __call__(self, doc: Doc, document: Document, layers: dict) -> dict:
        # document.text is doc.text, without spaCy rebuilding it from every token on each access
        quoted = find_quoted_spans(document.text)
        claims = self.rule_claims(doc, quoted, document.text)
        if self.tagger is not None:
            from sitrep.extract.attribution_model import refine_claims
            claims = refine_claims(doc, claims, self.tagger.tag(doc, quoted), quoted,
                                   trust_inner=self.tagger.trust_inner, text=document.text)
        claims = _with_noun_claims(doc, claims, quoted)
        claims = _with_poll_claims(doc, claims, quoted)
        claims = [_with_caused_speaker(_with_raised_subject(c, self.cues)) for c in claims
                  if not _act_of_force(doc, c) and not _relative_speaker_after_content(c)]
        claims = _with_labelled_lines(doc, claims, speaker_labels(doc, document.text), quoted)
        for claim in claims:  # before the merge: two claims of one cue may come to one content
            claim.content = _before_conjunct_of_cue(doc, claim)
        claims = _merge_same_content(claims)
        # the tagger cuts a reported clause down to the quote it holds ('As for X, ''I write
        # them off,'' said Mr. Pike. ''…''): a direct quote now, broken like any other
        claims = _join_broken_quotes(document.text, claims)
        for claim in claims:  # after the merge: one content, however its claims drew it
            claim.content = _after_setting_of_saying(doc, claim)
            claim.content = _before_conjoined_saying(doc, claim, self.cues)
            claim.content = _before_trailing_relative(doc, claim, self.cues)
            claim.content = _from_relative_word(doc, claim)
            claim.content = _through_passive_complement(doc, claim)
            claim.content = _after_leading_connective(document.text, claim)
            claim.content = _through_open_quotation(document.text, claim, quoted)
        for claim in claims:  # with every claim's final content: the rest may hold another's
            claim.content, claim.kind = _through_parenthetical_attribution(doc, claim, claims,
                                                                           quoted)
            claim.cue = _cue_as_annotated(claim)
        said = [part for claim in claims for part in claim.parts or [claim.content]]
        resolver = SpeakerResolver(doc, document.id, layers.get("actors", []),
                                   layers.get("mentions", []), self.lexicon, self.org_heads, said)
        quotes = self._resolve(doc, document, claims, resolver)
        return {"quotes": quotes, "actors": list(resolver.actors.values()),
                "mentions": sorted(resolver.mentions, key=lambda m: m.span)}

    def rule_claims(self, doc: Doc, quoted: list[QuotedSpan], text: str) -> list[Claim]:
        """The claims the rules find (reported speech, 'according to', direct quotes), before
        any tagger refines them. `text` is `doc.text`, passed in so it is built once."""
        in_quotes = _quoted_tokens(doc, quoted)
        used_cues: set[int] = set(in_quotes)  # a cue inside a quote is the speaker's own words
        claims = self._reported(doc, quoted, used_cues) + self._according_to(doc, quoted, text)
        for quote in quoted:
            if is_title(text, quote):
                continue  # 'told MSNBC’s “Morning Joe”': a programme's name, not words said
            if not any(c.content[0] <= quote.start and quote.end <= c.content[1] for c in claims):
                claims.append(self._direct(doc, quote, used_cues, in_quotes, text))
        claims.sort(key=lambda c: c.content)
        return _join_broken_quotes(text, claims)

    # --- direct quotes -------------------------------------------------------------------

    def _direct(self, doc: Doc, quote: QuotedSpan, used: set[int], in_quotes: set[int],
                text: str) -> Claim:
        inside = doc.char_span(quote.start, quote.end, alignment_mode="expand")
        claim = Claim((quote.start, quote.end), "direct", None, None, quote.truncated)
        if inside is None:
            return claim
        byline = dash_byline(doc, text, quote.end)
        if byline is not None:  # “…” ― Name: signed on its line
            claim.cue, claim.speaker = byline
            return claim
        for cue in self._cue_candidates(doc, inside):
            if cue.i in used or _has_own_content(cue, in_quotes):
                continue
            speaker = speaker_span(cue, inside, in_quotes)
            if speaker is None and not _reports_inside(cue, inside):
                continue
            used.add(cue.i)
            claim.cue, claim.speaker = cue_phrase(cue), speaker
            return claim
        introducer = _colon_introducer(doc, inside, in_quotes)
        if introducer is not None:  # 'Limbaugh continued: “…”': any verb, by its colon
            claim.cue, claim.speaker = introducer, speaker_span(introducer.root, inside, in_quotes)
            return claim
        claim.inherit_speaker = True
        return claim

    def _cue_candidates(self, doc: Doc, inside: Span) -> list[Token]:
        """Cue verbs outside the quote, in its sentences and the sentence around it, nearest
        first; a cue right after the quote comes before one right before it."""
        first, last = inside[0].sent, inside[-1].sent
        start, end = first.start, last.end
        if end < len(doc) and (_starts_lowercase_attribution(doc, end, inside.end)
                               or self._bare_attribution(doc, end, inside.end)):
            end = doc[end].sent.end  # “…,” \n the official said.  split by the segmenter
        colon = start - 1  # 'Kallas said: “…”', also with the quote in the next paragraph
        while colon >= 0 and doc[colon].is_space:
            colon -= 1
        if colon >= 0 and doc[colon].text == ":":
            start = doc[colon].sent.start
        elif start > 0 and inside.start == start and doc[start - 1].is_punct:
            start = doc[start - 1].sent.start
        tags = pos_tags(doc)  # only a verb can be a cue: a Token for no other word
        tokens = [doc[i] for i in range(start, end) if not (inside.start <= i < inside.end)
                  and tags[i] in _CUE_TAGS and self.cues.is_cue(doc[i])]
        return sorted(tokens, key=lambda t: (t.i - inside.end if t.i >= inside.end
                                             else 3 * (inside.start - t.i)))

    def _bare_attribution(self, doc: Doc, next_start: int, quote_end: int) -> bool:
        """'“…?” Graham asked.': after a quote closing on '?' or '!' the segmenter starts a
        sentence that is only the attribution — a speaker and a cue verb with nothing to say
        of its own."""
        closing = doc[max(0, quote_end - 3):quote_end]
        if next_start - quote_end > 1 or not any(t.text in {"?", "!"} for t in closing):
            return False
        sent = doc[next_start].sent
        cues = [t for t in sent if self.cues.is_cue(t) and t.dep_ == "ROOT"]
        return len(sent) <= 12 and bool(cues) and not any(
            c.dep_ in CLAUSE_DEPS | {"dobj"} for c in cues[0].children)

    # --- reported speech -----------------------------------------------------------------

    def _reported(self, doc: Doc, quoted: list[QuotedSpan], used: set[int]) -> list[Claim]:
        claims = []
        for token in tokens_tagged(doc, _CUE_TAGS):
            if token.i in used or not (self.cues.is_cue(token) or self.cues.takes_preposition(token)) \
                    or is_reduced_passive(token):
                continue
            content, speaker = self._content(token) if self.cues.is_cue(token) else None, None
            if content is not None and not any(c.dep_ in SUBJECT_DEPS for c in token.children):
                content, speaker = _appositive_speaker(token, content) or (content, None)
            if content is None and self.cues.is_cue(token):
                # 'As X reported, …': only a verb that reports a clause ('as the crowd
                # cheered' is no saying)
                content = as_clause_attribution(token) \
                    if self.cues.allows(token.lemma_.lower(), "ccomp") else None
                if content is None:
                    content, speaker = trailing_attribution(token)
                speaker = speaker or (speaker_span(token, None) if content is not None else None)
            if content is None:
                claim = self._with_preposition(token, quoted)
                if claim is not None:
                    used.add(token.i)
                    claims.append(claim)
                continue
            start, end = content.start_char, content.end_char
            if speaker is None and start <= token.idx < end and (
                    relative_gap(token, content) is None or content.start != token.left_edge.i):
                continue  # "the group wanted to avoid": the cue inside its own content
            holding = [q for q in quoted if q.start <= start and end <= q.end]
            if holding:
                continue  # inside a direct quote: the speaker's words, not a new claim
            partly = any(start <= q.start < end for q in quoted)
            used.add(token.i)
            claims.append(Claim((start, end), "mixed" if partly else "indirect",
                                cue_phrase(token), speaker or speaker_span(token, None)))
        return claims

    def _with_preposition(self, verb: Token, quoted: list[QuotedSpan]) -> Claim | None:
        """'Trump railed against the deal', 'she talked about her record': a verb + preposition
        cue learned from train, whose content is the preposition's object; the cue runs to the
        preposition ('railed against'), as annotators mark it."""
        if not self.cues.takes_preposition(verb):
            return None
        obj = preposition_object(verb)
        if obj is None or (verb.lemma_.lower(), obj.head.lower_) not in self.cues.prepositions \
                or _inside_clause_of_cue(verb, self.cues):
            return None
        content, speaker = _topic_span(obj), speaker_span(verb, None)
        if content is None or speaker is None or any(
                q.start <= content.start_char and content.end_char <= q.end for q in quoted):
            return None
        cue, preposition = cue_phrase(verb), obj.head
        if cue.end <= preposition.i and all(  # 'is doubling down on': particles to the preposition
                t.dep_ == "prt" for t in verb.doc[cue.end:preposition.i]):
            cue = verb.doc[cue.start:preposition.i + 1]
        partly = any(content.start_char <= q.start < content.end_char for q in quoted)
        return Claim((content.start_char, content.end_char), "mixed" if partly else "indirect",
                     cue, speaker, topic=True)

    def _content(self, cue: Token) -> Span | None:
        """The content clause of a cue verb: its clausal complement; for stance verbs also a
        noun-phrase object or a to-infinitive, but not inside someone else's claim ('the
        official said the government would seek X or ask Y': 'ask' is no new source)."""
        for child in cue.children:
            if child.dep_ in CLAUSE_DEPS and self.cues.allows(cue.lemma_.lower(), "ccomp"):
                return clause_span(child)
        if _inside_clause_of_cue(cue, self.cues):
            return None
        lemma = cue.lemma_.lower()
        for construction in ("dobj", "xcomp"):
            if self.cues.allows(lemma, construction):
                for child in cue.children:
                    if child.dep_ == construction:
                        return (_object_with_complement(cue, _object_before(cue, child), self.cues)
                                or clause_span(child))
        return None

    def _according_to(self, doc: Doc, quoted: list[QuotedSpan], text: str) -> list[Claim]:
        claims = []
        # The word found in the text, not by visiting every token (each visit builds a Token)
        for match in _ACCORDING.finditer(text):
            word = doc.char_span(match.start(), match.end())
            if word is None or len(word) != 1:
                continue
            token = word[0]
            if token.i + 1 >= len(doc) or doc[token.i + 1].lower_ != "to":
                continue
            objects = [c for c in doc[token.i + 1].children if c.dep_ == "pobj"]
            if not objects:
                continue
            speaker = noun_phrase(objects[0], exclude=None)
            if speaker is None:
                continue
            sent = token.sent
            phrase_end = time_after(objects[0], speaker.end)
            if token.i - sent.start <= 1:  # "According to X, …"
                content = strip_punct(doc[phrase_end:sent.end])
            else:  # "…, according to X."
                content = strip_punct(doc[sent.start:token.i])
            if content is None:
                continue
            start, end = content.start_char, content.end_char
            partly = any(start <= q.start < end for q in quoted)
            claims.append(Claim((start, end), "mixed" if partly else "indirect",
                                doc[token.i:token.i + 2], speaker))
        return claims

    # --- speakers ------------------------------------------------------------------------

    def _resolve(self, doc: Doc, document: Document, claims: list[Claim],
                 resolver: SpeakerResolver) -> list[Quote]:
        """Each claim's quote with its speaker resolved. A claim whose cue is a to-infinitive
        is read like the rest (its speaker stays an actor of the text and the last speaker
        for the next claim) but not reported (`_infinitive_cue`); so is a speakerless claim
        whose cue is an imperative (`_imperative_cue`)."""
        quotes: list[Quote] = []
        previous: Quote | None = None
        last_speaker: tuple[Speaker | None, str] = (None, "unknown")
        for claim in claims:
            speaker, source_type = None, "unknown"
            if claim.speaker is not None:
                actor_id, source_type = resolver.resolve(claim.speaker)
                start = _after_list_bullet(claim.speaker)
                speaker = Speaker(span=(start, claim.speaker.end_char),
                                  text=document.text[start:claim.speaker.end_char], actor=actor_id)
            elif claim.inherit_speaker and previous is not None \
                    and _adjacent(document.text, previous, claim) \
                    and not _inside_sentence(doc, document.text, claim, claims):
                speaker, source_type = last_speaker
            if speaker is None and _scare_quote(document.text, claim):
                continue
            if speaker is not None:
                last_speaker = (speaker, source_type)
            start, end = claim.content
            previous = Quote(
                doc_id=document.id, span=(start, end), text=document.text[start:end], kind=claim.kind,
                cue=SpanRef(span=(claim.cue.start_char, claim.cue.end_char), text=claim.cue.text)
                if claim.cue is not None else None,
                speaker=speaker, source_type=source_type, truncated=claim.truncated,
                parts=claim.parts or [],
            )
            if not _infinitive_cue(claim) and not (speaker is None and _imperative_cue(claim)):
                quotes.append(previous)
        return quotes


_ACCORDING = re.compile("according", re.IGNORECASE)
_BULLET = re.compile(r"[-–—―•*]+(?=\w)")


def _after_list_bullet(speaker: Span) -> int:
    """Where the speaker starts, past a list bullet the tokenizer glued to its first word
    ('-Nate Cohn explains why…' in a round-up of links): the bullet is layout, not the name."""
    bullet = _BULLET.match(speaker.text)
    return speaker.start_char + (bullet.end() if bullet and bullet.end() < len(speaker.text) else 0)


_SET_OFF = {"appos", "relcl", "acl"}


def _topic_span(obj: Token) -> Span | None:
    """What a verb + preposition cue is about: the preposition's object, up to a comma that
    sets off an apposition or a relative clause ('railed against the Trans-Pacific Partnership,
    the 12-country trade deal…' is about the partnership, as annotators mark it)."""
    doc = obj.doc
    end = obj.right_edge.i + 1
    comma = next((t.i for t in doc[obj.i + 1:end - 1] if t.text == "," and any(
        d.left_edge.i == t.i + 1 and d.dep_ in _SET_OFF for d in doc[t.i + 1:end])), end)
    return stretch_span(doc[obj.left_edge.i:comma])


def _inside_clause_of_cue(token: Token, cues: CueLexicon) -> bool:
    """Is `token` inside the content clause of another cue verb?"""
    node = token
    while node.head.i != node.i:
        if node.dep_ in CLAUSE_DEPS and cues.is_cue(node.head):
            return True
        node = node.head
    return False


def _object_with_complement(cue: Token, obj: Token, cues: CueLexicon) -> Span | None:
    """'would call them messianic impulses', 'urging them to reconsider': an object followed by
    its own predicate (an object complement, or the infinitive of a verb that takes one) is no
    content alone; the content runs from the object to the end of that predicate, without a
    verb conjoined to it ('called it “shameful” and called on leaders…') unless that is a
    second infinitive ('urged residents to leave and to stay…'). A predicate set off
    by a comma ('shrugged off the comments, telling reporters…') or an infinitive of purpose
    ('endorsed him to help spread the word') is not the object's. None when the object stands
    alone."""
    doc = cue.doc
    predicates = [c for c in cue.children if c.i > obj.i and not _set_off(doc, obj, c)
                  and (c.dep_ in _OBJECT_PREDICATE_DEPS or c.dep_ == "xcomp"
                       and cues.allows(cue.lemma_.lower(), "xcomp"))]
    if obj.dep_ != "dobj" or obj.i < cue.i or not predicates:
        return None  # 'what they called “financial supermarkets”': the object is not after it
    predicate = predicates[0]
    cut = {t.i for c in predicate.children if c.dep_ == "conj" and c.pos_ in _VERB_TAGS
           and not _infinitive(c) for t in c.subtree}
    end = max(t.i for t in predicate.subtree if t.i not in cut)
    return stretch_span(doc[obj.left_edge.i:end + 1])


def _object_before(cue: Token, content: Token) -> Token:
    """The object between a cue and its to-infinitive ('encouraged European nations to
    bolster…'; of the gold contents of such cues on PolNeAR train 148 start at the object, 53
    at 'to'), else the content's own head."""
    if content.dep_ != "xcomp" or not _infinitive(content):
        return content
    return next((c for c in cue.children if c.dep_ == "dobj" and cue.i < c.i < content.i), content)


_VERB_TAGS = {"VERB", "AUX"}


def _infinitive(verb: Token) -> bool:
    return any(c.dep_ == "aux" and c.lower_ == "to" for c in verb.children)


_OBJECT_PREDICATE_DEPS = {"oprd", "ccomp", "acomp"}


def _set_off(doc: Doc, obj: Token, predicate: Token) -> bool:
    """Punctuation other than a quotation mark between the object and the predicate."""
    return any(t.is_punct and not t.is_quote for t in doc[obj.right_edge.i + 1:predicate.left_edge.i])


def _quoted_tokens(doc: Doc, quoted: list[QuotedSpan]) -> set[int]:
    tokens: set[int] = set()
    for quote in quoted:
        span = doc.char_span(quote.start, quote.end, alignment_mode="expand")
        if span is not None:
            tokens.update(range(span.start, span.end))
    return tokens


def _has_own_content(cue: Token, in_quotes: set[int]) -> bool:
    """A cue with a clause or object of its own outside every quote reports something else
    ('Russia will maintain its military bases' is no attribution of a nearby quote)."""
    for child in cue.children:
        outside = child.i not in in_quotes
        if outside and child.dep_ in CLAUSE_DEPS:
            return True
        if outside and child.dep_ == "dobj" and cue.lemma_.lower() not in LISTENER_OBJECT \
                and not _inverted_after_quote(cue, child, in_quotes):
            return True
    return False


def _inverted_after_quote(cue: Token, obj: Token, in_quotes: set[int]) -> bool:
    """'“…,” replied the moderator': right after the quote, the 'object' is the speaker."""
    return obj.i > cue.i and cue.i - 1 in in_quotes and \
        not any(c.dep_ in {"nsubj", "nsubjpass"} for c in cue.children)


def _appositive_speaker(cue: Token, content: Span) -> tuple[Span, Span] | None:
    """'The strikes killed 42 soldiers, the Syrian Observatory for Human Rights said.': with
    no subject of its own the cue's speaker is the noun phrase after the last comma of its
    clause, which the parser made an apposition to the clause's object; the content ends at
    that comma."""
    doc = cue.doc
    before = cue.i - 1
    while before >= 0 and (doc[before].is_space or doc[before].dep_ in {"aux", "advmod"}):
        before -= 1
    if before < 0 or not content.start <= before < content.end:
        return None
    root = doc[before]
    while root.dep_ != "appos" and root.head.i != root.i and root.head.i <= before \
            and root.head.i > content.start:
        root = root.head
    comma = root.left_edge.i - 1
    if root.dep_ != "appos" or root.right_edge.i != before or comma <= content.start \
            or doc[comma].text != ",":
        return None
    said = strip_punct(doc[content.start:comma])
    return (said, doc[root.left_edge.i:before + 1]) if said is not None else None


def is_reduced_passive(cue: Token) -> bool:
    """'after reported airstrikes', 'following alleged abuses': a past participle with neither
    subject nor auxiliary, opened by a preposition or modifying a noun, says that something
    was reported, not who reported it; the parser still may make the noun its object."""
    if cue.tag_ != "VBN" or any(c.dep_ in SUBJECT_DEPS | {"aux", "auxpass"}
                                for c in cue.children):
        return False
    opened = any(c.dep_ == "mark" and c.i == cue.i - 1 for c in cue.children) or (
        cue.i > 0 and cue.doc[cue.i - 1].dep_ == "prep" and cue.doc[cue.i - 1].head.i != cue.i)
    return opened or cue.dep_ == "amod"


def _reported_content(doc: Doc, claim: Claim) -> Span | None:
    """The content of a cued claim of reported speech, as a span of `doc`; None for direct
    quotes and split contents, which keep their bounds (the marks and the parts draw them)."""
    if claim.cue is None or claim.kind == "direct" or claim.parts:
        return None
    return expanded_span(doc, *claim.content)


def _after_setting_of_saying(doc: Doc, claim: Claim) -> tuple[int, int]:
    """The content without a date or 'in a statement' that belongs to its cue
    (`claim_spans.without_setting_of_saying`); direct quotes and split contents stay."""
    content = _reported_content(doc, claim)
    if content is None:
        return claim.content
    trimmed = without_setting_of_saying(content, claim.cue)
    return (trimmed.start_char, claim.content[1]) if trimmed is not content else claim.content


def _from_relative_word(doc: Doc, claim: Claim) -> tuple[int, int]:
    """The content from the relative word that opens its cue's clause ('which X says he is
    doing…'), or a bare relative word run on to the cue's complement ('what X called “Y”';
    `content_edges.from_relative_word`); direct quotes and split contents stay."""
    content = _reported_content(doc, claim)
    if content is None:
        return claim.content
    widened = from_relative_word(content, claim.cue)
    if widened is content:
        return claim.content
    return widened.start_char, claim.content[1] if widened.end == content.end else widened.end_char


def _through_passive_complement(doc: Doc, claim: Claim) -> tuple[int, int]:
    """A content that is only a passive cue's subject, run on over what the passive says of
    it (`content_edges.through_passive_complement`)."""
    return _with_end_of(doc, claim, through_passive_complement)


def _with_end_of(doc: Doc, claim: Claim, edge: Callable[[Span, Span], Span]) -> tuple[int, int]:
    """The content from its own start to the end `edge` (a function of the content and its
    cue) gives it; direct quotes and split contents stay."""
    content = _reported_content(doc, claim)
    if content is None:
        return claim.content
    moved = edge(content, claim.cue)
    return (claim.content[0], moved.end_char) if moved is not content else claim.content


def _after_leading_connective(text: str, claim: Claim) -> tuple[int, int]:
    """A content reported before its cue without the connective that opens it ('Still, …, he
    said': `content_edges.without_leading_connective`); direct quotes stay. A split content
    loses it from its first part ('Meanwhile, the committee is using the issue to raise money,
    the Post reported. “…”': the claim joined with the quotation after its attribution)."""
    if claim.cue is None or claim.kind == "direct":
        return claim.content
    first = claim.parts[0] if claim.parts else claim.content
    start, end = without_leading_connective(text, first, (claim.cue.start_char, claim.cue.end_char))
    if claim.parts:
        claim.parts[0] = (start, end)
    return start, claim.content[1]


def _through_open_quotation(text: str, claim: Claim, quoted: list[QuotedSpan]) -> tuple[int, int]:
    """A reported content that opens a quotation, run on to its closing mark ('…as
    “muscular.”': `content_edges.through_open_quotation`); direct quotes and split contents
    stay."""
    if claim.kind == "direct" or claim.parts:
        return claim.content
    return through_open_quotation(text, claim.content, quoted)


def _through_parenthetical_attribution(doc: Doc, claim: Claim, claims: list[Claim],
                                       quoted: list[QuotedSpan]) -> tuple[tuple[int, int], str]:
    """A verbless content before ', according to X,' or ', X said,' with the rest of its
    sentence (`content_edges.through_parenthetical_attribution`), and its kind again: the rest
    may quote. Direct quotes and split contents stay."""
    content = _reported_content(doc, claim)
    if content is None:
        return claim.content, claim.kind
    taken = [span for other in claims if other is not claim for span in (
        [other.content] + ([(other.cue.start_char, other.cue.end_char)] if other.cue else []))]
    longer = through_parenthetical_attribution(content, claim.cue, claim.speaker, taken)
    if longer is content:
        return claim.content, claim.kind
    start, end = claim.content[0], longer.end_char
    partly = any(start <= q.start < end for q in quoted)
    return (start, end), "mixed" if partly else claim.kind


def _cue_as_annotated(claim: Claim) -> Span | None:
    """The final cue, however the rules or the tagger drew it: with the particle or adverb
    right after its verb, without a leading 'when' / 'where'."""
    if claim.cue is None:
        return None
    taken = list(claim.parts or [claim.content])
    if claim.speaker is not None:
        taken.append((claim.speaker.start_char, claim.speaker.end_char))
    return without_leading_wh_word(with_words_after_verb(claim.cue, taken))


def _infinitive_cue(claim: Claim) -> bool:
    """'was expected to discuss clean energy', 'dragged before a subcommittee to defend his
    adulation of…', 'require companies to report offshore profits': a cue in the to-infinitive
    ('to discuss', 'not to recommend') is mostly speech to come, asked for or meant, which
    PolNeAR leaves unannotated. Of the 328 final claims with such a cue on PolNeAR train, 81
    had the annotated cue exactly (0.25, under half the cue F1 of 0.72: below that share a
    claim costs more precision than it brings recall) and 99 the annotated content (0.30, about
    half the content F1: even). An infinitive under a verb that makes the speech happen ('led
    Graham to urge', 'prompting May to say': `data/speech_causing_verbs.tsv`) is a claim made
    and stays (11 of such 14 have the annotated cue on train)."""
    first = _cue_opening(claim)
    if first is None or not (first.lower_ == "to" and first.dep_ == "aux"
                             and first.i < claim.cue.end - 1):
        return False
    return _speech_causing_governor(claim) is None


def _imperative_cue(claim: Claim) -> bool:
    """'Just ask former NFL star Herschel Walker', 'Don't forget that your college-age child is
    capable of earning $6,000', 'Now tell us this isn't a witch hunt': a cue in the imperative
    (a bare verb heading its sentence, or joined by 'and' to one that does, with no subject and
    no auxiliary but 'do') bids the reader say or think something; nobody in the text says it,
    and PolNeAR mostly leaves it unannotated. Of the 25 such claims without a speaker on
    PolNeAR train, 3 had the annotated cue and 3 the annotated content (dev: 1 of 6 each, 'But
    don't expect a new Donald Trump'), far under the share (cue F1 / 2, 0.36) at which a claim
    pays for itself."""
    if claim.cue is None or claim.kind == "direct":
        return False
    verb = claim.cue.root
    if verb.dep_ == "conj":
        verb = verb.head
    return verb.dep_ == "ROOT" and _bare(verb) and _bare(claim.cue.root)


def _bare(verb: Token) -> bool:
    """A verb in its bare form with no subject and no auxiliary but 'do' ('Don't blame Bush')."""
    return verb.tag_ == "VB" and not any(
        c.dep_ in SUBJECT_DEPS | {"expl", "csubj"} or
        (c.dep_ in {"aux", "auxpass"} and c.lemma_.lower() != "do") for c in verb.children)


def _cue_opening(claim: Claim) -> Token | None:
    """The word a cue of two words or more opens with, past a leading 'not' ('to' of 'not to
    recommend'); None for a one-word cue or none."""
    if claim.cue is None or len(claim.cue) < 2:
        return None
    return claim.cue[1] if claim.cue[0].lower_ == "not" else claim.cue[0]


def _speech_causing_governor(claim: Claim) -> Token | None:
    """The verb governing a cue's to-infinitive when it makes the speech happen ('led' in 'led
    Graham to urge'), else None."""
    first = _cue_opening(claim)
    if first is None:
        return None
    verb, governor = first.head, first.head.head
    if first.lower_ != "to" or governor is verb or \
            governor.lemma_.lower() not in _speech_causing_verbs():
        return None
    return governor


def _with_caused_speaker(claim: Claim) -> Claim:
    """'The decisive victory led Republican National Committee Chairman Reince Priebus to
    declare him the presumptive nominee': under a verb that makes the speech happen the speaker
    is its object, not its subject (on PolNeAR train the tagger had the cause, 'The decisive
    victory', 'This', 'It', as source in 13 of the 14 such claims; the gold source is the
    object; so too for a quote: 'This led President Trump to tweet on Easter Sunday that … "cash
    cow"'). Where the parse gives the infinitive a subject of its own, that one stays."""
    governor = _speech_causing_governor(claim)
    if governor is None:
        return claim
    verb = _cue_opening(claim).head
    if any(c.dep_ in {"nsubj", "nsubjpass"} for c in verb.children):
        return claim
    objects = [c for c in governor.children if c.dep_ == "dobj" and c.i < verb.i]
    if not objects:
        return claim
    speaker = strip_punct(governor.doc[objects[0].left_edge.i:objects[0].right_edge.i + 1])
    if speaker is not None:
        claim.speaker = speaker
    return claim


@lru_cache(maxsize=1)
def _speech_causing_verbs() -> frozenset[str]:
    return frozenset(row["verb"] for row in read_table("speech_causing_verbs.tsv"))


def _before_conjunct_of_cue(doc: Doc, claim: Claim) -> tuple[int, int]:
    """The content without a verb conjoined to its cue (`claim_spans.without_conjunct_of_cue`);
    direct quotes and split contents stay."""
    content = _reported_content(doc, claim)
    if content is None:
        return claim.content
    cut = without_conjunct_of_cue(content, claim.cue)
    return (cut.start_char, cut.end_char) if cut is not content else claim.content


def _before_conjoined_saying(doc: Doc, claim: Claim, cues: CueLexicon) -> tuple[int, int]:
    """The content without a saying verb conjoined to its own verb
    (`claim_spans.without_conjoined_saying`)."""
    return _with_end_of(doc, claim, lambda content, cue: without_conjoined_saying(
        content, cue, cues.is_cue))


def _before_trailing_relative(doc: Doc, claim: Claim, cues: CueLexicon) -> tuple[int, int]:
    """The content without a comma-led relative clause at its end, after a noun phrase or an
    infinitive or when it attributes a claim of its own (`claim_spans.without_trailing_relative`)."""
    return _with_end_of(doc, claim, lambda content, cue: without_trailing_relative(
        content, cue, cues.is_cue))


def _with_raised_subject(claim: Claim, cues: CueLexicon) -> Claim:
    """'Melania seems to have vanished from the campaign trail', 'Obama's veto is expected to
    come before the deadline': the subject of a raising verb (`data/raising_verbs.tsv`) is no
    speaker but part of what is claimed, so the content runs from it over the cue to the end of
    the complement, and the speaker is the passive's 'by' agent or nobody. 'It seems that…'
    and a quote stay as they were, and so does a claim whose complement is a saying of its own
    ('he appeared to suggest that veterans…': he suggests it; PolNeAR gives a cue 'seemed to
    blame' its subject as source 30 times in 32 on train)."""
    if claim.cue is None or claim.kind == "direct" or claim.parts:
        return claim
    verb = claim.cue.root
    voice = _raising_verbs().get(verb.lemma_.lower())
    subject_deps = {"active": {"nsubj"}, "passive": {"nsubjpass"}}.get(voice, set())
    complement_deps = {"xcomp", "acomp"} if voice == "active" else {"xcomp"}
    subjects = [c for c in verb.children if c.dep_ in subject_deps]
    complements = [c for c in verb.children if c.dep_ in complement_deps and c.i > verb.i]
    if not subjects or not complements or subjects[0].lower_ in _EXPLETIVES or \
            (voice == "passive" and complements[0].pos_ != "VERB") or \
            (voice == "active" and cues.is_cue(complements[0])
             and claim.content[0] > complements[0].idx):
        return claim
    doc = verb.doc
    content = strip_punct(doc[subjects[0].left_edge.i:complements[0].right_edge.i + 1])
    if content is None:
        return claim
    claim.content = (content.start_char, content.end_char)
    claim.speaker = passive_agent(verb, content, set()) if voice == "passive" else None
    return claim


_EXPLETIVES = {"it", "there"}


@lru_cache(maxsize=1)
def _raising_verbs() -> dict[str, str]:
    return {row["verb"]: row["voice"] for row in read_table("raising_verbs.tsv")}


def _relative_speaker_after_content(claim: Claim) -> bool:
    """'The Provisional IRA accepted responsibility for the bombings, which seemed to be aimed
    at civilians': a relative pronoun speaks in its own clause, after its antecedent, so a
    content before it is the clause it hangs on, not what it said (the tagger had made 'which
    seemed to be' the speaker of the sentence before it)."""
    speaker = claim.speaker
    return speaker is not None and speaker[0].lower_ in _RELATIVE_PRONOUNS \
        and claim.content[1] <= speaker.start_char


_RELATIVE_PRONOUNS = {"which", "who", "that"}


def _act_of_force(doc: Doc, claim: Claim) -> bool:
    """'Terrorists attacked the neighborhood with rockets': a strike, not a claim."""
    if claim.cue is None:
        return False
    content = expanded_span(doc, *claim.content)
    return content is not None and is_act_of_force(claim.cue.root, content)


def _join_broken_quotes(text: str, claims: list[Claim]) -> list[Claim]:
    """“We came first,” he said, “and we stay.” (or '…,” he said. “We stay.”') is one quote
    broken by its attribution: the second piece has no cue of its own and only the
    attribution, in the same paragraph, stands between them. So is a reported claim before its
    attribution and the quotation that opens the next sentence (`_quote_goes_on`)."""
    joined: list[Claim] = []
    for claim in claims:
        previous = _last_direct(joined)
        if (previous is not None and claim.kind == "direct"
                and claim.cue is None and previous.cue is not None
                and previous.content[1] <= previous.cue.start_char < claim.content[0]
                and _attribution_only(text[previous.content[1]:claim.content[0]])
                and (previous.kind == "direct" or _quote_goes_on(text, previous, claim))):
            previous.parts = (previous.parts or [previous.content]) + [claim.content]
            previous.content = (previous.content[0], claim.content[1])
            previous.truncated = previous.truncated or claim.truncated
            continue
        joined.append(claim)
    return joined


def _quote_goes_on(text: str, previous: Claim, claim: Claim) -> bool:
    """'The answers to veteran suicides are "not meeting the demand," says Paul Rieckhoff, …
    of America. "We often compare it to…"', '…negotiates with Russia over Syria, Schiff said.
    "The other factor…"': a reported claim set off from its attribution by a comma or a closing
    quotation mark, an attribution that ends its sentence, and a quotation opening the next
    sentence with no cue of its own are one claim broken by the attribution, as a quote is.
    Not a quotation inside the attribution's sentence ('Mr. Trump said of the episode, "I don't
    like it"': the cue's own), nor one after a colon or a clause of its own ('…no real
    disagreement; he and Brafman had basically said the same thing. “…”')."""
    if previous.speaker is None:
        return False  # the quotation keeps the speaker it inherits
    gap = text[previous.content[1]:claim.content[0]]
    set_off = gap.lstrip().startswith(",") or text[previous.content[1] - 1] in QUOTATION_MARKS
    return set_off and gap.rstrip().endswith(".") and text[claim.content[0]] in QUOTATION_MARKS \
        and not _closes_unopened(text[previous.content[0]:previous.content[1]])


def _closes_unopened(content: str) -> bool:
    """Does `content` close a quotation it did not open ('At each point, we just had hurdles
    we had to get over,” said one lobbyist…, who': a claim the parser cut out of a quote and
    its attribution, no claim of its own to join)?"""
    closing, opening = content.find("”"), content.find("“")
    return closing >= 0 and (opening < 0 or closing < opening)


# a sentence that ends inside the gap: a lower-case word, its full stop, the next capital
# ('…another company. John is running'; not 'said Rep. Elijah Cummings' nor 'U.S. Senator')
_SENTENCE_END_INSIDE = re.compile(r"\b[a-z]{2,}[.!?][\"”’']*\s+[\"“‘']*[A-Z]")


def _attribution_only(gap: str) -> bool:
    """Is the stretch between two quotes of a paragraph their attribution alone? Short ('…,”
    he said, “…'), or one sentence however long the speaker's description ('…,'' said Douglas
    Holtz-Eakin, an economist who served as director of the Congressional Budget Office and is
    now president of the American Action Forum, a conservative, pro-growth advocacy group.
    ''It's anti-reform…'': PolNeAR train joins such quotes 12 times in 15), with no
    narration after it."""
    if "\n" in gap:
        return False
    return len(gap) < 150 or (len(gap) < 400 and not _SENTENCE_END_INSIDE.search(gap))


def _last_direct(claims: list[Claim]) -> Claim | None:
    """The last claim, past the topics right after it ('“…,” said Sherman, speaking of
    politicians, “and…”': 'speaking of' has a claim of its own, but says nothing that would
    end the quote)."""
    return next((c for c in reversed(claims) if not c.topic), None)


def _merge_same_content(claims: list[Claim]) -> list[Claim]:
    """Two claims that came to the same content (a reported clause the tagger cut down to the
    quote it holds, and that quote found on its own) are one claim when at most one has a cue
    (or both the same): the one with a cue, else the one with a speaker, keeps it. Two cues
    of their own for one content ('X, she said and wrote') stay two claims."""
    def cue(claim: Claim):
        return (claim.cue.start_char, claim.cue.end_char) if claim.cue is not None else None

    claims = [c for c in claims if not _cue_inside_anothers_content(c, claims)]
    claims = [c for c in (_without_conjunct_over_anothers_content(c, claims) for c in claims)
              if c is not None]
    kept: list[Claim] = []
    for claim in claims:
        same = next((k for k in kept if k.content == claim.content
                     and (cue(k) is None or cue(claim) is None or cue(k) == cue(claim))), None)
        if same is None:
            kept.append(claim)
        elif (cue(claim) is not None, claim.speaker is not None) > (
                cue(same) is not None, same.speaker is not None):
            kept[kept.index(same)] = claim
    return kept


def _cue_inside_anothers_content(claim: Claim, claims: list[Claim]) -> bool:
    """X said that Y claimed Z: a claim whose cue lies inside its own content, where another
    claim with the same content has its cue outside it."""
    return _cue_inside(claim) and any(other.content == claim.content and other.cue is not None
                                      and not _cue_inside(other) for other in claims)


def _cue_inside(claim: Claim) -> bool:
    """The claim's cue lies inside its own content: a content read over its own cue."""
    return claim.cue is not None and claim.content[0] <= claim.cue.start_char < claim.content[1]


def _without_conjunct_over_anothers_content(claim: Claim, claims: list[Claim]) -> Claim | None:
    """A claim whose cue is a verb conjoined to another claim's cue and lies inside its own
    content, whose part before the cue overlaps the other's: the tagger read the whole
    conjunction as one content, and that part is the other claim's ('Cohen has pleaded guilty
    to several federal crimes and formally agreed…', where `_before_conjunct_of_cue` has cut
    the first claim before the 'and'). What the conjunct itself reports is what follows its
    cue as its complement (`_own_complement`: 'recognized the men in the footage and told
    authorities he'd driven them to the airport'); with none, the claim is the other's and
    goes. A quotation stays: its words were said, however far a join ran it ('called the
    agreement a “…” and warned: “…”'), and so does a content that holds its cue's own subject
    (`_with_raised_subject`: 'but the shift was expected to happen after 2018')."""
    if claim.kind == "direct" or not _cue_inside(claim) or _holds_subject_of_cue(claim) \
            or not any(_reads_over(claim, other) for other in claims):
        return claim
    own = _own_complement(claim)
    if own is None:
        return None
    claim.content = (own.start_char, own.end_char)
    return claim


def _holds_subject_of_cue(claim: Claim) -> bool:
    return any(c.dep_ in SUBJECT_DEPS and claim.content[0] <= c.idx < claim.content[1]
               for c in claim.cue.root.children)


def _own_complement(claim: Claim) -> Span | None:
    """What a cue inside its claim's content reports after it, inside that content: its clausal
    complement, its to-infinitive where the cue lexicon allows one ('promised to build a wall',
    'offered to debate'), or a quotation right after it ('and joked, “But I’mma…”')."""
    doc, verb = claim.cue.doc, claim.cue.root
    lexicon = load_cue_lexicon()
    complements = [c for c in verb.children if c.i >= claim.cue.end and (
        c.dep_ == "ccomp" or c.dep_ == "xcomp" and lexicon.allows(verb.lemma_.lower(), "xcomp"))]
    spans = [doc[c.left_edge.i:c.right_edge.i + 1] for c in complements]
    rest = doc.char_span(claim.cue.end_char, claim.content[1], alignment_mode="contract")
    rest = strip_punct(rest) if rest is not None else None
    if rest is not None and rest[0].is_quote:
        spans.append(rest)
    for span in (strip_punct(s) for s in spans):
        if span is not None and claim.content[0] <= span.start_char \
                and span.end_char <= claim.content[1]:
            return span
    return None


def _reads_over(claim: Claim, other: Claim) -> bool:
    """`claim`'s content before its cue overlaps `other`'s content, whose cue stands outside
    it and has `claim`'s cue conjoined to it."""
    return (other.cue is not None and not _cue_inside(other)
            and other.content[0] < claim.cue.start_char and claim.content[0] < other.content[1]
            and _conjoined_to(claim.cue, other.cue))


def _conjoined_to(cue: Span, other: Span) -> bool:
    """`cue`'s verb is a conjunct of `other`'s verb, directly or down a chain of conjuncts
    ('pleaded guilty … and formally agreed')."""
    verb = cue.root
    while verb.dep_ == "conj" and verb.head is not verb:
        verb = verb.head
        if other.start <= verb.i < other.end:
            return True
    return False


def _with_noun_claims(doc: Doc, claims: list[Claim], quoted: list[QuotedSpan]) -> list[Claim]:
    """The claims of cue nouns ('Trump's claim that…', `cue_nouns`) where neither the rules nor
    the tagger made one: no claim's cue overlaps the noun, and the clause is no other claim's
    content (a claim whose content holds the whole noun phrase, 'said Trump's claim that… was
    false', is an outer claim and stays beside it). Not inside a quotation: the speaker's words."""
    added = []
    for found in noun_claims(doc):
        cue = (found.cue.start_char, found.cue.end_char)
        start, end = found.content.start_char, found.content.end_char
        if any(q.start <= start and end <= q.end or q.start <= cue[0] < q.end for q in quoted):
            continue
        if any(c.cue is not None and c.cue.start_char < cue[1] and cue[0] < c.cue.end_char
               or c.content[0] < end and start < c.content[1]
               and not (c.content[0] <= found.source.start_char and end <= c.content[1])
               for c in claims + added):
            continue
        partly = any(start <= q.start < end for q in quoted)
        added.append(Claim((start, end), "mixed" if partly else "indirect", found.cue,
                           found.source))
    return sorted(claims + added, key=lambda c: c.content) if added else claims


def _with_poll_claims(doc: Doc, claims: list[Claim], quoted: list[QuotedSpan]) -> list[Claim]:
    """The claims of polls ('In a CNN/ORC poll released Monday, 31% of Republicans said…',
    `poll_claims`): beside the claims nested in the poll's content ('said' above: a claim of
    its own, inside), but not where a claim's cue overlaps the poll or a claim's content
    crosses the poll's content or holds it. Not inside a quotation."""
    added = []
    for found in poll_claims(doc):
        phrase = (found.cue.start_char, found.source.end_char)
        start, end = found.content.start_char, found.content.end_char
        if any(q.start < phrase[1] and phrase[0] < q.end for q in quoted):
            continue
        if any(c.cue is not None and c.cue.start_char < phrase[1] and phrase[0] < c.cue.end_char
               or c.content[0] < end and start < c.content[1]
               and not (start <= c.content[0] and c.content[1] <= end)
               for c in claims):
            continue
        partly = any(start <= q.start < end for q in quoted)
        added.append(Claim((start, end), "mixed" if partly else "indirect", found.cue,
                           found.source))
    return sorted(claims + added, key=lambda c: c.content) if added else claims


def _with_labelled_lines(doc: Doc, claims: list[Claim], labelled: list[LayoutClaim],
                         quoted: list[QuotedSpan]) -> list[Claim]:
    """A 'NAME: …' line is NAME's claim: it replaces the claims that overlap its content
    and have no cue inside it (a cue verb within the line keeps its own, nested claim)."""
    for line in labelled:
        start, end = line.content
        claims = [c for c in claims if not (
            c.content[0] < end and start < c.content[1]
            and (c.cue is None or not start <= c.cue.start_char < end))]
        kind = "direct" if any(q.start <= start and end <= q.end for q in quoted) else "indirect"
        claims.append(Claim(line.content, kind, doc.char_span(*line.cue),
                            doc.char_span(*line.speaker, alignment_mode="expand")))
    return sorted(claims, key=lambda c: c.content)


def _scare_quote(text: str, claim: Claim) -> bool:
    """“Z”, a ‘so-called’ name: a short quoted stretch nobody is said to have said."""
    if claim.kind != "direct" or claim.cue is not None or not claim.inherit_speaker:
        return False
    return len(text[claim.content[0]:claim.content[1]].split()) <= 3


def _inside_sentence(doc: Doc, text: str, claim: Claim, claims: list[Claim]) -> bool:
    """A short quote with no cue that opens inside a sentence of narration or of another
    claim ('A police spokesman said “a number” of people had been detained') marks a phrase
    as someone's words, not a new stretch of the last speaker's: the previous quote's speaker
    does not pass to it (then, speakerless, it is a scare quote and dropped)."""
    if not _scare_quote(text, claim):
        return False
    start, end = claim.content
    if any(other is not claim and other.content[0] < end and start < other.content[1]
           for other in claims):
        return True
    opening = doc.char_span(start, end, alignment_mode="expand")
    if opening is None:
        return False
    before = doc[opening.sent.start:opening.start]
    return any(t.is_alpha for t in before) and not any(t.text == ":" for t in before[-2:])


def _colon_introducer(doc: Doc, inside: Span, in_quotes: set[int]) -> Span | None:
    """'Limbaugh continued: “…”', 'Sanders made the following comment: “…”', 'McCaskill
    scolded him: “…”': a quote right after a colon that ends a sentence of its own is what
    that sentence's verb introduces, whatever the verb; its subject is the speaker, and the
    cue runs from the verb through the colon, as PolNeAR train marks 208 of 266 quotes after
    a colon ('released the following statement:', 'called them on it:'). Only a
    content verb with a subject outside every quote (not 'is', not 'it'), no other verb
    between it and the colon, and no clause of its own before the colon."""
    colon = inside.start - 1
    while colon >= 0 and doc[colon].is_space:
        colon -= 1
    if colon < 0 or doc[colon].text != ":" or doc[colon].i in in_quotes:
        return None
    start = doc[colon].sent.start
    heads = [t for t in doc[start:colon] if not start <= t.head.i < colon or t.head.i == t.i]
    verb = heads[0] if len(heads) == 1 else None  # the clause before the colon, one head
    if verb is None or verb.i in in_quotes or verb.pos_ != "VERB" or any(
            t.pos_ in {"VERB", "AUX"} for t in doc[verb.i + 1:colon]):
        return None  # 'said she has the quality for the job:': the colon ends another clause
    subjects = [c for c in verb.children if c.dep_ == "nsubj" and c.i not in in_quotes
                and c.lower_ not in {"it", "this", "that", "there"}]
    clauses = [c for c in verb.children if c.dep_ in CLAUSE_DEPS and c.i < colon]
    return doc[cue_phrase(verb).start:colon + 1] if subjects and not clauses else None


def _reports_inside(cue: Token, inside: Span) -> bool:
    """A subject-less cue whose complement is the quote itself ('…,” added the statement')."""
    return any(inside.start <= c.i < inside.end for c in cue.children if c.dep_ in CLAUSE_DEPS)


def _starts_lowercase_attribution(doc: Doc, next_start: int, quote_end: int) -> bool:
    """The segmenter often ends a sentence at '…,”' and starts 'the official said.' anew."""
    first = doc[next_start]
    return next_start - quote_end <= 1 and (first.is_lower or first.lower_ in {"the", "he", "she", "they"})


def _adjacent(text: str, previous: Quote, claim: Claim) -> bool:
    """An unattributed quote continues the previous speaker when nothing but a short stretch
    of narration (at most a paragraph break and a sentence) separates them."""
    gap = text[previous.span[1]:claim.content[0]]
    return len(gap) < 250 and gap.count("\n") <= 2
