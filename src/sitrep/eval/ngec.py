"""Actor phrases → country and agent type, against NGEC's actor-resolution expectations.

`events/ngec_actor_resolution_tests/ngec_actor_resolution_expectations.jsonl` holds the unit-test
expectations of the POLECAT/NGEC actor resolver: a phrase ("Pakistani Army") and the country
(PAK) and agent code (MIL) it should resolve to. NGEC consults Wikipedia; sitrep resolves offline
from its lexicon, so people known only from Wikipedia ("Diego Molano" → COL) are hard cases on
purpose. Expectations about Wikipedia page titles (`query_wiki`) are not applicable and skipped.
"""

from __future__ import annotations

import json
from pathlib import Path

from sitrep.eval.metrics import Accuracy
from sitrep.eval.result import EvalResult

FILE = Path("events") / "ngec_actor_resolution_tests" / "ngec_actor_resolution_expectations.jsonl"
_SCORED_METHODS = {"agent_to_code", "short_text_to_agent", "search_nat", "trf_agent_match"}
# NGEC's pseudo-countries for bodies above states.
_TRANSNATIONAL = {"IGO", "UNO", "EUR"}
_UNSCORED_CODES = {"UNK", "????"}


def score(data_dir: Path, split: str, limit: int | None = None) -> EvalResult:
    from sitrep.extract.phrases import PhraseResolver
    from sitrep.nlp import load_nlp

    items = [json.loads(line) for line in (data_dir / FILE).read_text("utf-8").splitlines()
             if line.strip()]
    items = [i for i in items if i["method"] in _SCORED_METHODS][: limit or None]
    resolve = PhraseResolver(load_nlp())
    country, code, nonsense = Accuracy(), Accuracy(), Accuracy()
    misses = []
    for item in items:
        text = item["args"][0]
        guess = resolve(text)
        expect = item["expect"]
        if item.get("expect_none"):
            nonsense.add(guess is None)
            continue
        wanted_country = expect.get("country", expect.get("ret[0]"))
        if wanted_country is not None:
            ok = _country_ok(wanted_country, guess)
            country.add(ok)
            if not ok:
                misses.append({"text": text, "want_country": wanted_country,
                               "got": guess.__dict__ if guess else None})
        wanted_codes = _wanted_codes(expect)
        if wanted_codes is not None:
            got = (guess.agent_code if guess else None) or ""
            ok = got in wanted_codes
            code.add(ok)
            if not ok:
                misses.append({"text": text, "want_code": sorted(wanted_codes), "got_code": got})
    return EvalResult(
        dataset="ngec-actors", split=split, items=len(items),
        metrics={"country": country.to_json(), "agent code": code.to_json(),
                 "nonsense → no actor": nonsense.to_json()},
        notes=["query_wiki expectations skipped (they test Wikipedia page lookup)",
               "IGO/UNO/EUR pseudo-countries count as correct when sitrep finds an IGO actor"],
        errors=misses,
    )


def _country_ok(wanted: str, guess) -> bool:
    if wanted in _TRANSNATIONAL:
        return guess is not None and guess.kind == "igo"
    got = (guess.country if guess else None) or ""
    return got == wanted


def _wanted_codes(expect: dict) -> set[str] | None:
    if "in" in expect and "code_1" in expect["in"]:
        return set(expect["in"]["code_1"])
    if "code_1" not in expect or expect["code_1"] in _UNSCORED_CODES:
        return None
    return {expect["code_1"]}
