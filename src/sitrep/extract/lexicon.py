"""The actor lexicon: the dictionary of known actors, demonyms, capitals and actor nouns.

Loaded once from the data files in `sitrep/data/` (see SOURCES.md there); lookups only, no NLP.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass, field
from functools import lru_cache

from sitrep.data import read_table, split_multi

# An all-caps alias this short ("IS", "EU", "HTS") is matched case-sensitively: lower-cased it
# is an English word or noise ("is", "hts").
CASE_SENSITIVE_MAX_LEN = 6
_LEADING_DETERMINER = re.compile(r"^(the|a|an)\s+", re.IGNORECASE)


@dataclass(frozen=True)
class KnownActor:
    id: str
    name: str
    kind: str
    country: str | None
    aliases: tuple[str, ...]
    affiliation: str | None = None
    role: str | None = None  # the office the dictionary gives: 'President of Egypt'


@dataclass(frozen=True)
class ActorNoun:
    noun: str
    kind: str
    agent_code: str
    plural_only: bool = False  # "authorities" names an actor, "authority" does not
    inherit: bool = False  # "HTS commander": the kind of the affiliation, not this one
    weapon: bool = False  # "Russian jets": a platform standing for the force flying it


@dataclass
class ActorLexicon:
    actors: dict[str, KnownActor]
    exact_aliases: dict[str, str]  # case-sensitive surface → actor id
    folded_aliases: dict[str, str]  # case-folded surface → actor id
    demonyms: dict[str, str]  # case-folded demonym → ISO3
    capitals: dict[str, str]  # capital name → ISO3
    nouns: dict[str, ActorNoun]  # lower-case lemma (may be multiword) → noun
    state_ids: dict[str, str] = field(default_factory=dict)  # ISO3 → id of the state actor
    adjectives: dict[str, str] = field(default_factory=dict)  # ISO3 → "Syrian"

    def lookup(self, surface: str) -> KnownActor | None:
        """The known actor a surface string names, ignoring a leading determiner."""
        text = _LEADING_DETERMINER.sub("", surface.strip())
        actor_id = self.exact_aliases.get(text)
        if actor_id is None and not _is_case_sensitive(text):
            actor_id = self.folded_aliases.get(fold(text))
        return self.actors.get(actor_id) if actor_id else None

    def demonym_country(self, word: str) -> str | None:
        return self.demonyms.get(fold(word))

    def adjective(self, iso3: str) -> str | None:
        """The adjectival demonym of a country ('Syrian'), for naming its branches."""
        return self.adjectives.get(iso3)

    def state(self, iso3: str) -> KnownActor | None:
        actor_id = self.state_ids.get(iso3)
        return self.actors.get(actor_id) if actor_id else None

    def branch(self, iso3: str, kind: str) -> KnownActor | None:
        """The known military or government of a state (`RUS-MIL`, `USA-GOV`), if listed."""
        suffix = {"military": "MIL", "government": "GOV"}.get(kind)
        return self.actors.get(f"{iso3}-{suffix}") if suffix else None

    def noun(self, lemma: str) -> ActorNoun | None:
        return self.nouns.get(lemma.lower())


# The actors and speakers stages fold ~320 strings an article, mostly seen before (4,400
# distinct over 100 articles: the same names and words): a memo answers a repeat at about a
# fifth of a fold's cost (0.25 -> 0.05 CPU ms an article). Bounded: past this many it evicts.
@lru_cache(maxsize=8192)
def fold(text: str) -> str:
    """Case- and accent-insensitive key with uniform apostrophes and hyphens."""
    if not text.isascii():  # ASCII has neither decompositions nor combining marks
        text = unicodedata.normalize("NFKD", text)
        text = "".join(ch for ch in text if not unicodedata.combining(ch))
    text = text.replace("’", "'").replace("‘", "'").replace("‐", "-").replace("–", "-")
    return re.sub(r"\s+", " ", text).casefold().strip()


def _is_case_sensitive(alias: str) -> bool:
    letters = alias.replace(".", "").replace("-", "")
    return letters.isupper() and len(letters) <= CASE_SENSITIVE_MAX_LEN


def _known_actor(row: dict[str, str]) -> KnownActor:
    note = row.get("note", "")
    affiliation = None
    match = re.search(r"affiliation=([A-Za-z0-9_-]+)", note)
    if match:
        affiliation = match.group(1)
    return KnownActor(
        id=row["id"],
        name=row["name"],
        kind=row["kind"],
        country=row.get("country") or None,
        aliases=tuple(split_multi(row.get("aliases", ""))),
        affiliation=affiliation,
        role=role.group(1).strip() if (role := re.search(r"role=([^;]+)", note)) else None,
    )


def _actor_noun(row: dict[str, str]) -> ActorNoun:
    tags = {tag.strip() for tag in row.get("note", "").split(";")}
    return ActorNoun(row["noun"].lower(), row["kind"], row.get("agent_code", ""),
                     plural_only="plural_only" in tags, inherit="inherit" in tags,
                     weapon="weapon" in tags)


@lru_cache(maxsize=1)
def load_lexicon() -> ActorLexicon:
    actors = {row["id"]: _known_actor(row) for row in read_table("actors.tsv")}
    exact: dict[str, str] = {}
    folded: dict[str, str] = {}
    for actor in actors.values():
        for surface in (actor.name, *actor.aliases):
            if _is_case_sensitive(surface):
                exact.setdefault(surface, actor.id)
            else:
                exact.setdefault(surface, actor.id)
                folded.setdefault(fold(surface), actor.id)
    nouns = {row["noun"].lower(): _actor_noun(row) for row in read_table("actor_nouns.tsv")}
    demonym_rows = read_table("demonyms.tsv")
    return ActorLexicon(
        actors=actors,
        exact_aliases=exact,
        folded_aliases=folded,
        demonyms={fold(row["demonym"]): row["country"] for row in demonym_rows},
        capitals={row["capital"]: row["country"] for row in read_table("capitals.tsv")},
        nouns=nouns,
        state_ids={a.country: a.id for a in actors.values() if a.kind == "state" and a.country},
        adjectives=_adjectives(demonym_rows),
    )


_ADJECTIVE_ENDINGS = ("ian", "an", "ese", "ish", "i", "ic", "ch")


def _adjectives(rows) -> dict[str, str]:
    """Pick each country's adjective among its demonyms: 'British' over 'Briton', 'Syrian'
    over 'Syrians' (typical adjective endings first, then the shortest)."""
    best: dict[str, str] = {}
    for row in rows:
        word, country = row["demonym"], row["country"]
        rank = (not word.endswith(_ADJECTIVE_ENDINGS), len(word))
        current = best.get(country)
        if current is None or rank < (not current.endswith(_ADJECTIVE_ENDINGS), len(current)):
            best[country] = word
    return best
