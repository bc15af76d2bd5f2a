"""A linear-chain CRF that tags attribution roles token by token, BIO over source (SRC), cue
(CUE) and content (CON); the quotes stage refines its rule-based claims with it when the model
file exists (scripts/train_attribution_crf.py trains it on PolNeAR train).

Training (pycrfsuite) reads the feature strings of `sequence_features`; tagging adds up the same
features' weights without building the strings (`attribution_features.token_scores`, decoded by
`crfsuite_model.viterbi`: pycrfsuite's tags at a third of its cost). Encoding (`bio_tags`):
CUE and SRC sit on top of CON, and a content that holds another attribution ('X said that Y
claimed Z', or a quote broken by 'he said') goes on as I-CON after it, so `decode` reads the
content as one stretch over the interruption — its hull, as the eval scores it.
"""

from __future__ import annotations

import hashlib
from bisect import bisect_left, bisect_right
import os
from pathlib import Path

from spacy.attrs import IS_SPACE
from spacy.tokens import Doc, Span

from sitrep.extract import attribution_features as features_of
from sitrep.extract.crfsuite_model import CrfModel, read_model, viterbi
from sitrep.extract.quote_marks import QuotedSpan, find_quoted_spans
from sitrep.extract.quotes import Claim, is_reduced_passive, load_cue_lexicon, speaker_span
from sitrep.extract.claim_spans import strip_punct

ROLES = ("SRC", "CUE", "CON")
MODEL_ENV = "SITREP_ATTRIBUTION_MODEL"
DEFAULT_MODEL = Path(__file__).resolve().parents[3] / "build" / "attribution-crf.crfsuite"
CharSpan = tuple[int, int]


def model_path() -> Path | None:
    """$SITREP_ATTRIBUTION_MODEL (set but empty: no model), else the repository's build/ one."""
    path = os.environ.get(MODEL_ENV, str(DEFAULT_MODEL))
    return Path(path) if path else None


# --- sequences and features (attribution_features) -------------------------------------------

def sequences(doc: Doc) -> list[list[int]]:
    """The token indices of each sequence the CRF sees: a paragraph, whitespace left out."""
    return features_of.sequences(features_of.Columns.of(doc))


def quoted_tokens(doc: Doc, quoted: list[QuotedSpan]) -> set[int]:
    spans = (doc.char_span(q.start, q.end, alignment_mode="expand") for q in quoted)
    return {i for span in spans if span is not None for i in range(span.start, span.end)}


def sequence_features(doc: Doc, quoted: list[QuotedSpan] | None = None,
                      ) -> tuple[list[list[int]], list[list[str]]]:
    """(sequences, features per token): its own (word, lemma, tags, head, shape, quotation
    marks, cue lexicon, place in its sentence), its children's dependency labels and its ±1/±2
    neighbours' main ones within the sequence (`attribution_features.token_features`)."""
    quoted = find_quoted_spans(doc.text) if quoted is None else quoted
    return features_of.token_features(doc, quoted_tokens(doc, quoted), load_cue_lexicon())


def bio_tags(doc: Doc, spans: dict[str, list[CharSpan]]) -> list[str]:
    """Gold BIO tags from character spans per role. Of contents that nest or overlap the
    outermost is kept (earliest start, then longest); SRC and CUE overwrite CON."""
    tags = ["O"] * len(doc)
    contents: list[CharSpan] = []
    for span in sorted(spans.get("CON", []), key=lambda s: (s[0], -s[1])):
        if not any(_overlap(span, kept) for kept in contents):
            contents.append(span)
    for role, role_spans in (("CON", contents), ("SRC", spans.get("SRC", [])),
                             ("CUE", spans.get("CUE", []))):
        for start, end in role_spans:
            tokens = [t for t in doc.char_span(start, end, alignment_mode="expand") or []
                      if not t.is_space]
            for n, token in enumerate(tokens):
                tags[token.i] = f"{'I' if n else 'B'}-{role}"
    return tags


def decode(doc: Doc, tags: list[str]) -> dict[str, list[CharSpan]]:
    """Character spans per role. Whitespace neither opens nor closes a span; a content stays
    open under SRC/CUE tags, so an I-CON after them continues it."""
    found: dict[str, list[list[int]]] = {role: [] for role in ROLES}
    current: dict[str, list[int] | None] = {role: None for role in ROLES}
    is_space = doc.to_array(IS_SPACE).tolist() if len(doc) else []
    any_open = False
    for i, tag in enumerate(tags):
        if tag == "O":  # most tokens: closes every open span (a no-op when none is open)
            if any_open and not is_space[i]:
                current, any_open = {role: None for role in ROLES}, False
            continue
        if is_space[i]:
            continue
        prefix, _, role = tag.partition("-")
        for other in ROLES:
            if other != role and other != "CON":
                current[other] = None
        if prefix == "B" or current[role] is None:
            current[role] = [i, i]
            found[role].append(current[role])
        current[role][1] = i
        any_open = True
    return {role: [(doc[a].idx, doc[b].idx + len(doc[b])) for a, b in runs]
            for role, runs in found.items()}


class AttributionTagger:
    """The trained CRF: `tag(doc)` → character spans per role (SRC, CUE, CON)."""

    trust_inner = False  # see refine_claims

    def __init__(self, model: CrfModel, path: Path):
        self._model, self.path = model, path
        # Which model produced a store's rows: the first bytes of the file's hash.
        self.version_tag = "crf-" + hashlib.sha256(path.read_bytes()).hexdigest()[:8]

    @classmethod
    def load(cls, path: Path | str | None = None) -> AttributionTagger | None:
        """The model at `path` (default: `model_path()`), or None when there is no file."""
        path = Path(path) if path is not None else model_path()
        if path is None or not path.is_file():
            return None
        return cls(read_model(path), path)

    def tags(self, doc: Doc, quoted: list[QuotedSpan] | None = None) -> list[str]:
        """The BIO tag of every token ('O' for whitespace). The model's own arithmetic on
        arrays (`crfsuite_model`): the tags pycrfsuite gives, at a third of its cost."""
        quoted = find_quoted_spans(doc.text) if quoted is None else quoted
        seqs, scores = features_of.token_scores(doc, quoted_tokens(doc, quoted),
                                                load_cue_lexicon(), self._model)
        paths = viterbi([scores[seq] for seq in seqs], self._model.transitions)
        labels = self._model.labels
        tags = ["O"] * len(doc)
        for seq, path in zip(seqs, paths):
            for i, label in zip(seq, path.tolist()):
                tags[i] = labels[label]
        return tags

    def tag(self, doc: Doc, quoted: list[QuotedSpan] | None = None) -> dict[str, list[CharSpan]]:
        """Character spans per role (SRC, CUE, CON) into `doc.text`."""
        return decode(doc, self.tags(doc, quoted))


# --- refining the rule-based claims ------------------------------------------------------------

def refine_claims(doc: Doc, claims: list[Claim], spans: dict[str, list[CharSpan]],
                  quoted: list[QuotedSpan], trust_inner: bool = False,
                  text: str | None = None) -> list[Claim]:
    """Apply the CRF's spans (`tag`) to the rule-based claims; each step raised F1 on PolNeAR
    dev. A content takes the boundaries of the CRF content it overlaps most, unless that one
    lies inside it (for the CRF more often a fragment than a correction; the MiniLM tagger's
    inner contents are trusted, `trust_inner`: +0.9 content F1 on dev); a cue those of the CRF cue it
    overlaps. A CRF cue no claim has takes the nearest CRF content in its sentence: a new claim
    when no claim holds that content, else the cue of the one cue-less claim holding it; a new
    claim too when every claim holding it has its cue inside it, within the cue's sentence (a
    cue reporting a clause that holds another's claim: 'I know your returns are being audited,
    and you don't want to…'). A tagged content taken by a new cue stops at the end of the cue's
    sentence, as a claim's own does (`_takes_in_another_sentence`)."""
    spans = {**spans, "CON": [s for s in (_trim(doc, c) for c in spans["CON"]) if s]}
    # `text` is doc.text, passed in where the caller has it: spaCy rebuilds doc.text from
    # every token on each access (7 ms an article, a quarter of the quotes stage)
    text = doc.text if text is None else text
    contents, cues = _SpansInOrder(spans["CON"]), _SpansInOrder(spans["CUE"])
    for claim in claims:
        content = contents.most_overlapping(claim.content)
        if content is not None and not claim.parts and (trust_inner or not (
                claim.content[0] <= content[0] and content[1] <= claim.content[1])) and not (
                _swallows(claim, content, claims) or _runs_over_own_cue(claim, content)
                or _takes_in_another_sentence(doc, claim.content, content, quoted)):
            claim.content, claim.kind = content, _kind(text, content, quoted)
        if claim.cue is not None:
            cue = cues.most_overlapping((claim.cue.start_char, claim.cue.end_char))
            cue = _without_speaker(text, cue, claim.speaker) if cue is not None else None
            claim.cue = doc.char_span(*cue) if cue is not None else claim.cue
    in_quotes = quoted_tokens(doc, quoted)
    for start, end in spans["CUE"]:
        if any(c.cue is not None and _overlap((c.cue.start_char, c.cue.end_char), (start, end))
               for c in claims):
            continue
        cue = doc.char_span(start, end)
        if cue is None or len(cue) == 1 and is_reduced_passive(cue.root):
            continue
        sentence = (cue.root.sent.start_char, cue.root.sent.end_char)
        near = [s for s in spans["CON"] if _overlap(s, sentence)]
        content = min(near, key=lambda s: _distance(s, (start, end)), default=None)
        if content is not None and sentence[0] <= content[0] < sentence[1] < content[1] \
                and _ends_a_sentence(text, sentence[1], quoted) \
                and _takes_in_another_sentence(doc, sentence, content, quoted):
            content = _trim(doc, (content[0], sentence[1]))
        holders = [c for c in claims if content is not None and _overlap(c.content, content)]
        if content is not None and holders and _reports_nested(holders, content, (start, end)) \
                and not _takes_in_another_sentence(doc, sentence, content, quoted):
            holders = []  # the claims it holds are reported by this cue: a claim of its own
        if content is None or holders and (len(holders) > 1 or holders[0].cue is not None):
            continue
        clause = doc.char_span(*content, alignment_mode="expand")
        speaker = (speaker_span(cue.root, clause, in_quotes)
                   or _parenthetical_speaker(cue, clause, in_quotes)
                   or _nearest_source(doc, spans["SRC"], sentence, content, (start, end)))
        if holders:
            holders[0].cue, holders[0].speaker, holders[0].inherit_speaker = cue, speaker, False
        else:
            claims.append(Claim(content, _kind(text, content, quoted), cue, speaker))
    for claim in claims:
        if claim.speaker is None and claim.cue is not None:
            sentence = (claim.cue.sent.start_char, claim.cue.sent.end_char)
            claim.speaker = _nearest_source(doc, spans["SRC"], sentence, claim.content,
                                            (claim.cue.start_char, claim.cue.end_char))
    return sorted(claims, key=lambda c: c.content)


def _parenthetical_speaker(cue: Span, content: Span | None, in_quotes: set[int]) -> Span | None:
    """'Though that transition was relatively seamless, he said, the next one may not be': the
    tagged content is the hull around an attribution set off by commas (as annotators mark a
    content in two pieces), so the cue's subject lies inside it; it is the speaker all the
    same. Only for a cue and subject between two commas inside the content."""
    if content is None or not (content.start < cue.start and cue.end < content.end):
        return None
    doc = cue.doc
    subjects = [c for c in cue.root.children if c.dep_ == "nsubj" and c.i < cue.root.i]
    if not subjects:
        return None
    before, after = subjects[0].left_edge.i - 1, cue.end
    while after < content.end and doc[after].is_space:
        after += 1
    if before <= content.start or after >= content.end or doc[before].text != "," \
            or doc[after].text != ",":
        return None
    return speaker_span(cue.root, None, in_quotes)


def _ends_a_sentence(text: str, end: int, quoted: list[QuotedSpan]) -> bool:
    """Does the parser's sentence end on a full stop, question or exclamation mark (a closing
    quotation mark aside), outside a quotation? It also ends some inside a sentence ('Everyone
    knew that 1.3-billion-person | China was…'), and inside quoted speech, which goes on."""
    return text[:end].rstrip().rstrip("\"”’'").endswith((".", "?", "!")) and not any(
        q.start < end < q.end for q in quoted)


def _reports_nested(holders: list[Claim], content: CharSpan, cue: CharSpan) -> bool:
    """Does a tagged cue report a tagged content that holds other claims, each with its cue
    inside that content ('Angelique Brunner … said many of the examples that critics point to
    … failed to note that…': the rules' claim of 'to note' holds the content of 'said')?"""
    if content[0] <= cue[0] < content[1]:
        return False
    return all(h.cue is not None and content[0] <= h.cue.start_char
               and h.cue.end_char <= content[1] for h in holders)


def _one_phrase(span: Span | None) -> bool:
    """A tagged source that is one noun phrase: headed by a noun, no colon inside ('Photos:
    Turkey-Syria border: Russian warplane crashes Turkey's semi-official Anadolu Agency', a CNN
    gallery caption run into the copy, is none; 'Two analysts found in 2014' neither)."""
    return span is not None and span.root.pos_ in _PHRASE_HEADS \
        and not any(t.text == ":" for t in span)


# what heads a source's noun phrase: 'the ad', 'Obama', 'they', 'About 9 in 10', 'Many', 'Some'
_PHRASE_HEADS = {"NOUN", "PROPN", "PRON", "NUM", "ADJ", "DET"}


def _without_speaker(text: str, cue: CharSpan, speaker) -> CharSpan | None:
    """A tagged cue that holds the whole speaker ('Modly said', the surname tagged as an
    adverb) without it; None when nothing is left."""
    if speaker is None or not (cue[0] <= speaker.start_char and speaker.end_char <= cue[1]):
        return cue
    start, end = (speaker.end_char, cue[1]) if speaker.start_char == cue[0] else \
        (cue[0], speaker.start_char)
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    return (start, end) if end > start else None


def _trim(doc: Doc, content: CharSpan) -> CharSpan | None:
    """A tagged content without the punctuation at its edges (', is the greatest…',
    '…at Ground Zero,'); quotation marks stay."""
    span = doc.char_span(*content, alignment_mode="expand")
    span = strip_punct(span) if span is not None else None
    return (span.start_char, span.end_char) if span is not None else None


def _swallows(claim: Claim, content: CharSpan, claims: list[Claim]) -> bool:
    """A tagged content that would take in another claim with a cue of its own ('…said X.
    “Y,” she added'): two cues, two claims."""
    return any(other is not claim and other.cue is not None and claim.cue is not None
               and other.cue.start_char != claim.cue.start_char
               and not _overlap(other.content, claim.content) and _overlap(other.content, content)
               for other in claims)


def _runs_over_own_cue(claim: Claim, content: CharSpan) -> bool:
    """A tagged content that runs on from a direct quote over the attribution after it
    ('“…,” Melanie said to the Republican nominee, who began…', '“…”― Carla Sanchez'): the
    quote is the content, its cue and speaker are not. (Reported speech is left to the tagger:
    PolNeAR's content of 'The test, North Korea said, was its biggest' is the whole sentence.)"""
    cue = claim.cue
    return claim.kind == "direct" and cue is not None and \
        claim.content[1] <= cue.start_char and cue.end_char <= content[1]


def _takes_in_another_sentence(doc: Doc, own: CharSpan, tagged: CharSpan,
                               quoted: list[QuotedSpan]) -> bool:
    """A tagged content that reaches into a sentence the claim's own content does not touch
    ('he expected to sell its coal for at least $50 a ton. Recent shipments have sold for…',
    'environmentalists. "It's all I can afford,"'): the tagger reads a paragraph at a time and
    runs neighbouring claims together; each keeps its own. A sentence break inside a quotation
    does not count (the parser splits quoted speech where the speaker did not stop), nor one
    that only a closing mark follows."""
    span = doc.char_span(*tagged, alignment_mode="expand")
    for n, token in enumerate(span or []):
        if n == 0 or own[0] < token.idx < own[1] or not token.is_sent_start or any(
                q.start < token.idx < q.end for q in quoted):
            continue
        if any(not (t.is_punct or t.is_space) for t in span[n:]):
            return True
    return False


def _overlap(a: CharSpan, b: CharSpan) -> int:
    return max(0, min(a[1], b[1]) - max(a[0], b[0]))


def _distance(a: CharSpan, b: CharSpan) -> int:  # characters between two spans
    return max(a[0] - b[1], b[0] - a[1], 0)


def _most_overlapping(spans: list[CharSpan], target: CharSpan) -> CharSpan | None:
    best = max(spans, key=lambda s: _overlap(s, target), default=None)
    return best if best is not None and _overlap(best, target) else None


class _SpansInOrder:
    """`_most_overlapping` over one role's tagged spans, asked once a claim. `decode` gives
    them in text order, each ending before the next begins; then the spans that can overlap a
    target are a run found by bisection, and the first of them that overlaps it most is the
    first of all the spans (every other overlaps it by 0). Spans in any other order are
    searched in full."""

    def __init__(self, spans: list[CharSpan]):
        self.spans = spans
        self.in_order = all(start <= end for start, end in spans) and all(
            a[1] <= b[0] for a, b in zip(spans, spans[1:]))
        self.starts = [start for start, _ in spans]
        self.ends = [end for _, end in spans]

    def most_overlapping(self, target: CharSpan) -> CharSpan | None:
        if not self.in_order:
            return _most_overlapping(self.spans, target)
        first = bisect_right(self.ends, target[0])  # the first span ending past its start
        last = bisect_left(self.starts, target[1], first)  # the first starting at its end
        return _most_overlapping(self.spans[first:last], target)


def _kind(text: str, content: CharSpan, quoted: list[QuotedSpan]) -> str:
    """direct: one whole quoted stretch (trailing punctuation aside); mixed: holds a quote."""
    start, end = content
    if any(q.start == start and q.end <= end and not text[q.end:end].strip(" ,.;:")
           for q in quoted):
        return "direct"
    return "mixed" if any(start <= q.start < end for q in quoted) else "indirect"


def _nearest_source(doc: Doc, sources: list[CharSpan], sentence: CharSpan, content: CharSpan,
                    cue: CharSpan) -> Span | None:
    """The CRF source nearest the cue in its sentence, outside the content."""
    near = [s for s in sources if _overlap(s, sentence) and not _overlap(s, content)]
    best = min(near, key=lambda s: _distance(s, cue), default=None)
    source = _noun_phrase_only(doc.char_span(*best)) if best is not None else None
    return source if _one_phrase(source) else None


def _noun_phrase_only(span: Span | None) -> Span | None:
    """A tagged source without the verb before it or the preposition after it ('quoted
    government spokesman Mohammad Baqer Nobakht as' → the spokesman): the tagger's span
    runs into the quoting construction when the parser could not read it."""
    if span is None:
        return None
    start, end = span.start, span.end
    while start < end and span.doc[start].pos_ in {"VERB", "AUX", "ADP", "PUNCT", "SPACE"}:
        start += 1
    while end > start and span.doc[end - 1].pos_ in {"ADP", "CCONJ", "SCONJ", "SPACE"}:
        end -= 1
    return span.doc[start:end] if end > start else None
