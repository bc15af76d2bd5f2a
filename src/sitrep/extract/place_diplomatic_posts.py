"""A diplomatic post's modifier is read at its state ('the U.S. Embassy in Baghdad', 'the
Italian Embassy', 'the Embassy of Ukraine'); data/diplomatic_posts.tsv lists the posts' heads.
"""

from __future__ import annotations

from collections.abc import Callable
from functools import lru_cache

from spacy.tokens import Doc

from sitrep.data import read_table
from sitrep.extract.entities import span_text, token_span
from sitrep.extract.place_demonyms import demonym_countries
from sitrep.extract.place_spans import PlaceMention

def state_of_post(doc: Doc, m: PlaceMention,
                   polity: Callable[..., str | None] | None) -> PlaceMention | None:
    """'the U.S. Embassy in Baghdad', 'the Italian Embassy', 'the US consulate': a diplomatic
    post (data/diplomatic_posts.tsv) is the state's its modifier names, and the modifier is read
    at that state, as GeoWebNews reads it (a non-literal modifier at the country): a
    nationality word as a demonym of its country, a country's name in the actor role, as the
    polity a body belongs to ('the US Justice Department', `polity_modifiers`). A name the NER
    runs over the head ('the U.S. Embassy', which it leaves with no country or puts in the town
    named after it) gives way to its modifier; the post's own place is that town, read on its
    own. A country read as a location right before the head ('the US consulate') or after its
    'of' ('the Embassy of Ukraine') takes the modifier's role; one read as a demonym or an actor
    keeps it. A town's name before the head ('the Houston consulate') is where the post is:
    None."""
    span = doc.char_span(m.start, m.end, alignment_mode="expand")
    if span is not None and span[0].lower_ == "the":
        span = span[1:]
    if not span:
        return None
    posts = _diplomatic_posts()
    # the head inside the name ('the U.S. Embassy'), else right after it ('the US consulate')
    inside = next((j for j in range(max(1, len(span) - _MAX_POST_TOKENS), len(span))
                   if span_text(span[j:]).lower() in posts), None)
    if inside is not None:
        modifier = span[:inside]
    elif m.role == "location" and (_after_post_of(doc, span.start, posts) or any(
            span_text(token_span(doc, span.end, span.end + w)).lower() in posts
            for w in range(1, _MAX_POST_TOKENS + 1))):
        modifier = span  # a location only: a demonym or an actor there reads the state already
    else:
        return None
    if len(modifier) > _MAX_POST_MODIFIER or not modifier[0].text[:1].isupper():
        return None
    start, end, name = modifier.start_char, modifier.end_char, span_text(modifier)
    country = demonym_countries().get(name.lower())
    if country is not None:
        return PlaceMention(start, end, name, "demonym", country=country)
    if polity is not None and polity(name) == "country":
        return PlaceMention(start, end, name, "actor")
    return None


_MAX_POST_MODIFIER = 3  # words: 'U.S.', 'South Korean', "Saudi Arabia's"
_MAX_POST_TOKENS = 3  # the longest head in data/diplomatic_posts.tsv: 'consulate-general'


def _after_post_of(doc: Doc, start: int, posts: frozenset[str]) -> bool:
    """'the Embassy of Ukraine in Nigeria', 'the embassy of the Republic of Korea': the name
    follows a post's head and 'of' (and perhaps 'the')."""
    before = start - 1
    if before > 0 and doc[before].lower_ == "the":
        before -= 1
    return before > 0 and doc[before].lower_ == "of" and any(
        span_text(token_span(doc, before - width, before)).lower() in posts
        for width in range(1, _MAX_POST_TOKENS + 1) if before - width >= 0)


@lru_cache(maxsize=1)
def _diplomatic_posts() -> frozenset[str]:
    return frozenset(row["phrase"] for row in read_table("diplomatic_posts.tsv"))
