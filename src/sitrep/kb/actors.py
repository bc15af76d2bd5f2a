"""Actor resolution across documents: one canonical actor per real-world actor.

Rules, in order (each member row records which one fired, `how`):
1. the user's alias file: `merge X Y` sends X to Y, `split X` keeps every document's X apart;
2. dictionary actors (`known`) and composed codes (`SYR-REB`) are their own canonical id;
3. descriptions ("an HTS official", "fighters") and group speakers ("Obama and Clinton") stay per
   document, linked to their affiliation;
4. persons merge only on a full name (two words or more) and a compatible country — never on
   a shared surname alone;
5. other names merge by normalised name or alias when kind and country are compatible, and a
   name the actor dictionary lists ("Isis") joins that dictionary actor.
"""

from __future__ import annotations

import csv
import re
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path

from sitrep.data import read_table, split_multi
from sitrep.errors import SitrepError
from sitrep.kb.names import is_full_name, is_proper_name, name_key

_CODE_ID = re.compile(r"^[A-Z]{3}(?:-[A-Z]+)+$")  # SYR-REB, KAZ-GOV: built from a country code


@dataclass(frozen=True)
class AliasRules:
    """The user's alias file: `merge<TAB>X<TAB>Y` and `split<TAB>X`, X and Y an actor id or a
    name (matched by its normalised key)."""

    merges: dict[str, str] = field(default_factory=dict)
    splits: frozenset[str] = frozenset()

    def merge_target(self, actor_id: str, keys: list[str]) -> str | None:
        for item in (actor_id, *keys):
            if item in self.merges:
                return self.merges[item]
        return None

    def is_split(self, actor_id: str, keys: list[str]) -> bool:
        return any(item in self.splits for item in (actor_id, *keys))


def load_alias_rules(path: str | Path | None) -> AliasRules:
    if path is None or not Path(path).exists():
        return AliasRules()
    merges, splits = {}, set()
    with open(path, encoding="utf-8") as handle:
        for number, row in enumerate(csv.reader(handle, delimiter="\t"), start=1):
            cells = [cell.strip() for cell in row]
            if not cells or not cells[0] or cells[0].startswith("#"):
                continue
            action = cells[0].lower()
            if action == "merge" and len(cells) >= 3 and cells[1] and cells[2]:
                merges[_rule_key(cells[1])] = cells[2]
            elif action == "split" and len(cells) >= 2 and cells[1]:
                splits.add(_rule_key(cells[1]))
            else:
                raise SitrepError(f"{path}:{number}: expected 'merge<TAB>X<TAB>Y' or "
                                  f"'split<TAB>X'; fix or delete the line")
    return AliasRules(merges, frozenset(splits))


def _rule_key(item: str) -> str:
    """Ids stay as written (they contain ':' or are upper-case codes); names become keys."""
    return item if (":" in item or item.isupper()) else name_key(item)


@lru_cache(maxsize=1)
def dictionary_keys() -> dict[str, str]:
    """Name key → dictionary id, for every unambiguous name or alias of 3+ characters."""
    found: dict[str, set[str]] = {}
    for row in read_table("actors.tsv"):
        for name in (row["name"], *split_multi(row["aliases"])):
            key = name_key(name)
            if len(key) >= 3:
                found.setdefault(key, set()).add(row["id"])
    return {key: next(iter(ids)) for key, ids in found.items() if len(ids) == 1}


@lru_cache(maxsize=1)
def dictionary_entries() -> dict[str, dict]:
    """Dictionary id → the name, kind and country a new canonical actor takes from it."""
    return {row["id"]: {"name": row["name"], "kind": row["kind"], "country": row["country"] or None,
                        "known": True}
            for row in read_table("actors.tsv")}


@dataclass
class Resolution:
    kb_actor_id: str
    how: str
    new_actor: dict | None = None  # a kb_actors row to create
    keys: list[str] = field(default_factory=list)  # names to register for later look-ups


def actor_keys(row: dict) -> list[str]:
    names = [row["name"], *(row.get("aliases") or [])]
    keys = []
    for name in names:
        key = name_key(name)
        if key and key not in keys:
            keys.append(key)
    if row["kind"] == "person":
        keys = [key for key in keys if is_full_name(key)]
    return keys


def is_description(row: dict) -> bool:
    actor_id = row["actor_id"]
    if actor_id.startswith(("desc:", "joint:")):  # 'Obama and Clinton': a group of one text
        return True
    if actor_id.startswith("group:") and not is_proper_name(row["name"]):
        return True
    return row["kind"] == "person" and not actor_keys(row)


def compatible(row: dict, candidate: dict) -> bool:
    """Kind and country do not rule out that `row` is the canonical actor `candidate`."""
    if candidate["scope"] != "global":
        return False
    kind, other = row["kind"], candidate["kind"]
    if (kind == "person") != (other == "person"):
        return False
    if kind != other and "other" not in (kind, other):
        return False
    return not (row["country"] and candidate["country"] and row["country"] != candidate["country"])


def resolve_actor(row: dict, doc_id: str, candidates: list[dict], rules: AliasRules,
                  affiliation: str | None) -> Resolution:
    """The canonical actor of one document-level actor row. `candidates` are the KB actors
    found under this row's keys (see actor_keys); `affiliation` its organisation, resolved."""
    keys = actor_keys(row)
    actor_id = row["actor_id"]
    target = rules.merge_target(actor_id, keys)
    if target is not None:
        return Resolution(target, "alias_file", _new_row(target, row, "global", affiliation))
    if rules.is_split(actor_id, keys) or is_description(row):
        local = f"{actor_id}@{doc_id[:8]}"
        how = "alias_file" if rules.is_split(actor_id, keys) else "document"
        return Resolution(local, how, _new_row(local, row, "document", affiliation))
    if row["known"] or _CODE_ID.match(actor_id):
        return Resolution(actor_id, "dictionary", _new_row(actor_id, row, "global", affiliation),
                          keys)
    for candidate in candidates:
        if compatible(row, candidate):
            return Resolution(candidate["kb_actor_id"], "name", None, keys)
    if row["kind"] != "person":
        for key in keys:
            known_id = dictionary_keys().get(key)
            if known_id is not None:
                entry = dictionary_entries()[known_id]
                return Resolution(known_id, "dictionary_name",
                                  _new_row(known_id, {**row, **entry}, "global", affiliation),
                                  keys)
    return Resolution(actor_id, "new", _new_row(actor_id, row, "global", affiliation), keys)


def _new_row(kb_actor_id: str, row: dict, scope: str, affiliation: str | None) -> dict:
    return {
        "kb_actor_id": kb_actor_id, "name": row["name"], "kind": row["kind"],
        "country": row["country"], "known": bool(row["known"]), "scope": scope,
        "affiliation": affiliation, "role": row["role"],
    }
