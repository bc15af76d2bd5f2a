"""Claims and contradictions between the mentions of one KB event.

Two kinds, each between different voices (the quoted speaker, else the outlet that reports it)
and never between a document and its own syndicated copy:
- polarity: one voice asserts the event, another denies it ("were not withdrawing");
- count: the death tolls stated for the event cannot both hold ("killed 12" vs "at least 40").
"""

from __future__ import annotations

import re
from datetime import date

from sitrep.kb.settings import KBSettings

_NUMBER_WORDS = {
    "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8,
    "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13, "fourteen": 14,
    "fifteen": 15, "sixteen": 16, "seventeen": 17, "eighteen": 18, "nineteen": 19, "twenty": 20,
    "thirty": 30, "forty": 40, "fifty": 50, "dozen": 12, "dozens": 20, "hundred": 100,
    "hundreds": 200,
}
_KILLED = r"(?:killed|killing|kills|dead|died|deaths?|death toll|lives|bodies|massacred|slain)"
_WOUNDED = r"(?:wounded|injured|injuring|wounding|hurt)"
_TOKEN = re.compile(r"[\w,]+")
_KILL_WORD = re.compile(_KILLED.replace("death toll", "toll"), re.IGNORECASE)
_WOUND_WORD = re.compile(_WOUNDED, re.IGNORECASE)
_HEDGES = ("at least", "more than", "over", "nearly", "almost", "about", "around", "some",
           "up to", "roughly")
_VAGUE = {"dozens": (20, None), "hundreds": (200, None)}


def death_count(text: str) -> tuple[int, int | None] | None:
    """The death toll a clause states, as a range: 'at least 40' → (40, None), 'about 50' →
    (45, 55), '12' → (12, 12); the largest when several ('13 civilians, among them seven
    children, were killed' → 13). None when no number stands next to a word of killing (within
    eight words before it or four after, with no word of wounding between)."""
    tokens = [(m.group(), m.start()) for m in _TOKEN.finditer(text)]
    words = [t.lower() for t, _ in tokens]
    kills = [i for i, w in enumerate(words) if _KILL_WORD.fullmatch(w)]
    best = None
    for i, word in enumerate(words):
        number = _to_int(word)
        if number is None or 1900 <= number <= 2100 or number == 0:
            continue
        near = [k for k in kills if 0 < k - i <= 8 or 0 < i - k <= 4]
        if not any(not any(_WOUND_WORD.fullmatch(w) for w in words[min(i, k):max(i, k)])
                   for k in near):
            continue
        hedge = next((h for h in _HEDGES if " ".join(words[max(0, i - 2):i]).endswith(h)), "")
        found = _VAGUE.get(word) or _range(number, hedge)
        if best is None or found[0] > best[0]:
            best = found
    return best


def _to_int(token: str) -> int | None:
    token = token.lower().replace(",", "")
    if token.isdigit():
        return int(token)
    return _NUMBER_WORDS.get(token)


def _range(number: int, hedge: str) -> tuple[int, int | None]:
    if hedge in ("at least", "more than", "over"):
        return number, None
    if hedge in ("nearly", "almost", "up to"):
        return int(number * 0.8), number
    if hedge in ("about", "around", "some", "roughly"):
        return int(number * 0.9), int(round(number * 1.1))
    return number, number


def counts_conflict(a: tuple[int, int | None], b: tuple[int, int | None],
                    settings: KBSettings) -> bool:
    """Two toll ranges that do not overlap even allowing count_tolerance."""
    tol = settings.count_tolerance
    for (low, _), (_, high) in ((a, b), (b, a)):
        if high is not None and high < low * (1 - tol):
            return True
    return False


def voice(mention: dict) -> str:
    """Who makes the claim: the quoted speaker, else the outlet (or document) reporting it."""
    if mention.get("reported_by"):
        return f"speaker:{mention['reported_by']}"
    return f"outlet:{mention.get('outlet') or mention['doc_id']}"


def _same_text(a: dict, b: dict) -> bool:
    root = lambda m: m.get("duplicate_of") or m["doc_id"]  # noqa: E731
    return a["doc_id"] != b["doc_id"] and root(a) == root(b)


def contradictions(kb_event_id: str, mentions: list[dict], new_doc: str,
                   settings: KBSettings, known: set[tuple], limit: int = 5) -> list[dict]:
    """Contradictions between the new document's mentions and the others, skipping `known`
    (kind, a_doc, a_start, b_doc, b_start) pairs. At most `limit` per event and document."""
    found: list[dict] = []
    fresh = [m for m in mentions if m["doc_id"] == new_doc]
    for a in fresh:
        for b in mentions:
            if b is a or (b["doc_id"] == new_doc and b["span_start"] <= a["span_start"]):
                continue
            if voice(a) == voice(b) or _same_text(a, b):
                continue
            for kind, claim_a, claim_b in _conflicts(a, b, settings):
                first, second = sorted((a, b), key=_order)
                ca, cb = (claim_a, claim_b) if first is a else (claim_b, claim_a)
                key = (kind, first["doc_id"], first["span_start"], second["doc_id"],
                       second["span_start"])
                if key in known:
                    continue
                known.add(key)
                found.append(_record(kb_event_id, kind, first, ca, second, cb))
                if len(found) >= limit:
                    return found
    return found


def _order(m: dict) -> tuple:
    return (m.get("published") or date.min, m["doc_id"], m["span_start"])


def _conflicts(a: dict, b: dict, settings: KBSettings) -> list[tuple[str, str, str]]:
    out = []
    if a["polarity"] != b["polarity"]:
        out.append(("polarity", _polarity_claim(a), _polarity_claim(b)))
    ca, cb = _count(a), _count(b)
    if ca and cb and counts_conflict(ca, cb, settings):
        out.append(("count", _count_claim(ca), _count_claim(cb)))
    return out


def _count(m: dict) -> tuple[int, int | None] | None:
    return (m["count_low"], m["count_high"]) if m.get("count_low") is not None else None


def _polarity_claim(m: dict) -> str:
    return "denied" if m["polarity"] == "negative" else "asserted"


def _count_claim(count: tuple[int, int | None]) -> str:
    low, high = count
    if high is None:
        return f"at least {low} dead"
    return f"{low} dead" if low == high else f"{low}-{high} dead"


def _record(kb_event_id, kind, a, claim_a, b, claim_b) -> dict:
    return {
        "kb_event_id": kb_event_id, "kind": kind,
        "a_doc_id": a["doc_id"], "a_span_start": a["span_start"], "a_text": a["text"],
        "a_claim": claim_a, "a_reported_by": a.get("reported_by"),
        "b_doc_id": b["doc_id"], "b_span_start": b["span_start"], "b_text": b["text"],
        "b_claim": claim_b, "b_reported_by": b.get("reported_by"),
    }
