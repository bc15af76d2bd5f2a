"""Typed records: the interface between stages.

Every record that comes from text carries `doc_id` and `span` = (start, end), character offsets
into `Document.text` (end exclusive, Python slicing), so `text[start:end]` is the evidence.
"""

from __future__ import annotations

import hashlib
from datetime import date
from typing import Literal

from pydantic import BaseModel, ConfigDict, Field

Span = tuple[int, int]

ActorKind = Literal[
    "state", "government", "military", "armed_group", "igo", "ngo", "media", "person", "other"
]
ACTOR_KINDS: tuple[str, ...] = ActorKind.__args__  # type: ignore[attr-defined]


class Record(BaseModel):
    model_config = ConfigDict(frozen=True, extra="forbid")


def document_id(text: str) -> str:
    """Content hash: the same text is the same document, whatever file or feed it came from."""
    return hashlib.sha256(text.encode("utf-8")).hexdigest()[:16]


class Document(Record):
    id: str
    text: str
    title: str | None = None
    url: str | None = None
    source: str | None = None
    published: date | None = None
    origin: str | None = Field(default=None, description="file path, feed entry or 'stdin'")

    @classmethod
    def from_text(cls, text: str, **fields) -> Document:
        return cls(id=document_id(text), text=text, **fields)

    def header(self) -> dict:
        """The `document` object of the JSON contract (no text)."""
        return {
            "id": self.id,
            "title": self.title,
            "url": self.url,
            "source": self.source,
            "published": self.published.isoformat() if self.published else None,
        }


class Mention(Record):
    """A stretch of text naming an actor or entity."""

    doc_id: str
    span: Span
    text: str
    label: str  # spaCy entity label (PERSON, ORG, NORP, GPE, ...) or DICT for a dictionary hit
    actor: str | None = None  # Actor.id when the mention names an actor
    role: Literal["actor", "location", "descriptor"] = "actor"


class Actor(Record):
    """A document-level actor: every mention of one real-world actor within one document."""

    doc_id: str
    id: str
    name: str
    aliases: list[str] = Field(default_factory=list)
    kind: ActorKind = "other"
    country: str | None = None  # ISO 3166-1 alpha-3
    role: str | None = None  # "foreign affairs chief", "fighter"
    affiliation: str | None = None  # Actor.id of the organisation a person speaks for
    span: Span  # first mention: where the reader meets the actor
    known: bool = False  # True when the actor dictionary knows it
    # a group speaker's actors ('Obama and Clinton said': both); empty for a single actor
    members: list[str] = Field(default_factory=list)


class Place(Record):
    """A place name and the gazetteer entry it resolves to (all None when none was found).

    `role` is what the name does in its sentence, from the actors layer: `location` ("in
    Homs"), `actor` ("Moscow offered aid": a government by metonymy, still geocoded but no
    event place) or `demonym` ("Russian jets": the country). `candidates` counts the entries
    the name could refer to; `confidence` (0-1) is how clearly the chosen one won."""

    doc_id: str
    span: Span
    text: str
    role: Literal["location", "actor", "demonym"] = "location"
    name: str | None = None  # the entry's name: "Khmeimim Air Base" for "Hmeimim airbase"
    lat: float | None = None
    lon: float | None = None
    gazetteer_id: str | None = None  # geonames:ID, ourairports:ICAO, admin1:CC.CODE, sitrep:SLUG
    feature_type: str | None = None  # country, admin1, city, airport, airbase, naval_base, port, ...
    country: str | None = None  # ISO 3166-1 alpha-2
    admin1: str | None = None  # first-level division name
    candidates: int = 0
    confidence: float | None = None


class TimeExpr(Record):
    doc_id: str
    span: Span
    text: str
    type: Literal["DATE", "TIME", "DURATION", "SET"]
    value: str | None = None
    earliest: date | None = None
    latest: date | None = None
    mod: str | None = None


class SpanRef(Record):
    span: Span
    text: str


class Speaker(SpanRef):
    actor: str | None = None


class Quote(Record):
    """A claim and who made it. `span`/`text` is the content: for a direct quote the quoted
    words with their quotation marks, for reported speech the content clause."""

    doc_id: str
    span: Span
    text: str
    kind: Literal["direct", "indirect", "mixed"]
    cue: SpanRef | None = None  # "said", "told", "according to"
    speaker: Speaker | None = None  # the span in the text; `actor` is who it resolves to
    source_type: Literal["named", "anonymous", "institutional", "unknown"] = "unknown"
    truncated: bool = False  # a quotation mark that never closed: content capped, flagged
    parts: list[Span] = Field(default_factory=list)  # “A,” he said, “B.”: the quoted pieces


class Event(Record):
    """Who did what to whom (PLOVER). `span` is the evidence clause, `trigger` the word(s) that
    name the action; source and target are actor ids, never bare place names."""

    doc_id: str
    span: Span
    text: str
    trigger: SpanRef
    type: str  # PLOVER root type: AGREE, CONSULT, …, ASSAULT
    mode: str | None = None  # PLOVER mode where the text supports it (aerial, humanitarian…)
    cameo: str | None = None  # CAMEO root code, for users of older event data
    source: str | None = None  # Actor.id
    target: str | None = None  # Actor.id
    place: str | None = None  # the place name in the clause (geocoding: the places layer)
    time: dict | None = None  # {value, earliest, latest, source: text|publication_date}
    polarity: Literal["positive", "negative"] = "positive"  # negative: "were not withdrawing"
    modality: Literal["asserted", "future", "hypothetical"] = "asserted"
    reported_by: str | None = None  # Actor.id of the speaker when the event is inside a quote
    confidence: float = 0.5
    # how the type was found: a hand-written lexicon entry or grammar rule, an entry learned
    # from PLV train, the classifier overriding the lexicon's type, or the classifier alone on a
    # verb the lexicon does not know (the fallback: about 1 in 10 right on news)
    typed_by: Literal["lexicon", "learned_lexicon", "typer", "fallback"] = "lexicon"


class Extraction(Record):
    """What the pipeline found in one document. Layers a pipeline did not run are None."""

    document: Document
    pipeline_version: str
    actors: list[Actor] = Field(default_factory=list)
    mentions: list[Mention] = Field(default_factory=list)
    quotes: list[Quote] | None = None
    events: list[Event] | None = None
    places: list[Place] | None = None
    times: list[TimeExpr] | None = None
