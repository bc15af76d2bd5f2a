"""Events of one clause that are one event: duplicates of one type merge ('shelling hits the
town', 'attacked and killed'), and a protest's demand is the protest's, not an event of its own
('demonstrated in Kirkuk calling for independence', 'blocked roads to press their demands')."""

from __future__ import annotations

from collections.abc import Callable

from spacy.attrs import IDX
from spacy.tokens import Doc, Token

from sitrep.extract.event_arguments import _CIRCUMSTANCE_PREPS
from sitrep.records import Event

# dependents that stay inside their head's clause: a noun trigger's phrase, a verb's auxiliaries
_PHRASE_DEPS = {"nsubj", "nsubjpass", "dobj", "pobj", "prep", "compound", "amod", "nmod", "poss",
                "attr", "agent", "dative", "appos", "aux", "auxpass", "oprd", "acomp", "xcomp"}


def _clause_root(token: Token) -> tuple[Token, int]:
    """The head of the clause a trigger sits in, and how many steps up it is: a noun trigger
    climbs its phrase to its verb ('[shelling] hits'), a verb conjoined without a subject of
    its own shares its head's clause ('attacked and [killed]'); a clause of its own (ccomp,
    advcl, relcl, a conjunct with its own subject) or a preposition of time or circumstance
    ('after the attack, X shelled…') stops the climb."""
    node, steps = token, 0
    for _ in range(10):
        if node.head.i == node.i:
            break
        dep = node.dep_
        if dep == "prep" and node.lower_ in _CIRCUMSTANCE_PREPS:
            break
        if dep == "conj":
            if node.pos_ in {"VERB", "AUX"} and any(
                    c.dep_ in {"nsubj", "nsubjpass", "csubj"} for c in node.children):
                break
        elif dep not in _PHRASE_DEPS:
            break
        node, steps = node.head, steps + 1
    return node, steps


def _compatible(a: Event, b: Event) -> bool:
    """Arguments that do not conflict, and whose union is no act of a party on itself (one
    event's doer the other's target: 'extremists overran and set on fire the compound')."""
    source, target = a.source or b.source, a.target or b.target
    return all(x is None or y is None or x == y
               for x, y in ((a.source, b.source), (a.target, b.target))) \
        and (source is None or source != target)


class TokensByStart:
    """Token by start offset, to find an event's trigger token. The offsets are read once per
    document from its array; a Token is made only for the offsets asked for (each doc[i] makes
    a new Token object, and an article asks for a few dozen of its ~1,000)."""

    def __init__(self, doc: Doc):
        self._doc = doc
        self._index = dict(zip(doc.to_array(IDX).tolist(), range(len(doc))))

    def get(self, start: int) -> Token | None:
        i = self._index.get(start)
        return None if i is None else self._doc[i]

    def __getitem__(self, start: int) -> Token:
        return self._doc[self._index[start]]


def trigger_tokens(doc: Doc) -> TokensByStart:
    """Token by start offset (`TokensByStart`), built once per document."""
    return TokensByStart(doc)


def merge_clause_duplicates(doc: Doc, events: list[Event],
                            at: TokensByStart | None = None) -> list[Event]:
    """One clause, one event per type: 'shelling hits the town', 'attacked and killed' are
    one ASSAULT, not two with the same evidence. Events of one clause with the same type,
    polarity, modality and reporter whose sources and targets do not conflict collapse into
    the one whose trigger is closest to the clause root, with the more specific mode and the
    union of arguments. Different types in one clause stay (an offer refused: AID + REJECT)."""
    at = trigger_tokens(doc) if at is None else at
    text = ""  # doc.text, read once and only if two events merge (spaCy rebuilds it per access)
    keyed = []
    for n, event in enumerate(events):
        token = at.get(event.trigger.span[0])
        if token is None:
            keyed.append((None, (0, 0, n), event))
            continue
        root, steps = _clause_root(token)
        key = (root.i, event.type, event.polarity, event.modality, event.reported_by)
        keyed.append((key, (steps, token.pos_ != "VERB", n), event))
    merged: dict[int, Event] = {}  # position in `events` → the event kept there
    groups: dict[tuple, list[int]] = {}
    for key, rank, event in sorted(keyed, key=lambda k: k[1]):
        n = rank[2]
        if key is None:
            merged[n] = event
            continue
        home = next((m for m in groups.get(key, []) if _compatible(merged[m], event)), None)
        if home is None:
            groups.setdefault(key, []).append(n)
            merged[n] = event
            continue
        kept = merged[home]
        start, end = min(kept.span[0], event.span[0]), max(kept.span[1], event.span[1])
        text = text or doc.text
        merged[home] = kept.model_copy(update={
            "source": kept.source or event.source, "target": kept.target or event.target,
            "mode": kept.mode or event.mode, "place": kept.place or event.place,
            "span": (start, end), "text": text[start:end],
            "confidence": max(kept.confidence, event.confidence)})
    return [merged[n] for n in sorted(merged)]


# how a demand hangs from the protest it states the aim of: 'rallied, demanding…', 'staged a
# strike to demand…', 'demonstrators calling for…'
_PURPOSE_DEPS = {"advcl", "xcomp", "acl", "conj", "relcl"}


def fold_protest_demands(doc: Doc, events: list[Event], is_protest: Callable[[Token], bool],
                         at: TokensByStart | None = None) -> list[Event]:
    """A REQUEST whose trigger states the aim of a protest ('thousands demonstrated in Kirkuk
    calling for independence from Iraq', 'continued their hunger strike to demand the
    resignation of X') is part of the protest: CAMEO codes such a protest by what it demands
    (1411 'demonstrate for leadership change' …). The request is dropped and its target, when
    the protest has none, becomes the protest's; a protest word that made no event of its own
    (its protesters no actor: 'thousands of Kurds') becomes one, from the request's arguments.
    `is_protest`: whether a token is a PROTEST trigger."""
    if not any(e.type == "REQUEST" for e in events):
        return events
    at = trigger_tokens(doc) if at is None else at
    anchors: dict[int, Event | None] = {}
    for event in events:
        token = at.get(event.trigger.span[0])
        if event.type == "PROTEST" and token is not None:
            anchors[token.i] = event
    out: dict[int, Event] = {}  # position → event kept or changed there
    protest_home: dict[int, int] = {}  # protest token → position of its event
    for n, event in enumerate(events):
        out[n] = event
        if event.type == "PROTEST":
            protest_home[at[event.trigger.span[0]].i] = n
    for n, event in enumerate(events):
        token = at.get(event.trigger.span[0]) if event.type == "REQUEST" else None
        word = _protest_above(token, anchors, is_protest) if token is not None else None
        if word is None:
            continue
        home = protest_home.get(word.i)
        if home is None:  # the protest had no actors: it takes the demand's
            out[n] = event.model_copy(update={
                "type": "PROTEST", "cameo": "14", "mode": None,
                "trigger": event.trigger.model_copy(update={
                    "span": (word.idx, word.idx + len(word.text)), "text": word.text})})
            protest_home[word.i] = n
            continue
        protest = out[home]
        if protest.source not in (None, event.source) and event.source is not None:
            continue  # someone else's demand
        del out[n]
        if protest.target is None and event.target is not None \
                and event.target != protest.source:
            out[home] = protest.model_copy(update={"target": event.target})
    return [out[n] for n in sorted(out)]


def _protest_above(token: Token, anchors: dict, is_protest: Callable[[Token], bool]) -> Token | None:
    """The protest word (a trigger, or a light verb's protest object) the request's clause
    hangs from, within three steps."""
    node = token
    for _ in range(3):
        if node.dep_ not in _PURPOSE_DEPS or node.head.i == node.i:
            return None
        node = node.head
        for word in [node] + [c for c in node.children if c.dep_ in {"dobj", "pobj", "nsubj"}]:
            if word.i in anchors or word.i != token.i and is_protest(word):
                return word
    return None
