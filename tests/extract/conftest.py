"""Fixtures shared by the extraction tests."""
from __future__ import annotations

import json
from pathlib import Path

import pytest

from kg.model import Article


@pytest.fixture(scope="module")
def mentions():
    from kg.extract import extract_article
    from kg.gazetteer import load_gazetteer
    from kg.nlp import load_pipeline

    nlp, gazetteer = load_pipeline(), load_gazetteer()

    def run(text: str) -> list[tuple[str, str]]:
        ex = extract_article(nlp(text), Article(id="t", text=text), gazetteer)
        return [(m.text, m.type) for m in ex.mentions]

    return run


# The names the relation tests expect (relation_gold.jsonl): a resolved entity is reported under
# one of them when it is its label or an alias, else under its own label.
_GOLD = [json.loads(line) for line in (Path(__file__).parent / "relation_gold.jsonl").read_text().splitlines()]
expected_names = {name for case in _GOLD for rel in case["expect"] + case.get("forbid", []) for name in (rel[0], rel[2])}


@pytest.fixture(scope="module")
def extract():
    from kg.extract import extract_article
    from kg.gazetteer import load_gazetteer
    from kg.nlp import load_pipeline
    from kg.resolve import resolve_entities

    nlp, gazetteer = load_pipeline(), load_gazetteer()

    def run(text: str):
        ex = extract_article(nlp(text), Article(id="t", text=text), gazetteer)
        res = resolve_entities([ex], gazetteer)
        names = {e.key: e for e in res.entities}
        keys = res.mention_keys["t"]

        def name(key):
            # The expected names are common names: accept the canonical label or any alias.
            entity = names.get(key)
            forms = {entity.label, *entity.alt_labels} if entity else set()
            entry = gazetteer.lookup_name(entity.label) if entity else None
            forms |= {*entry.aliases, *entry.acronyms} if entry else set()
            return next((case_name for case_name in expected_names if case_name in forms), entity and entity.label)

        return [(name(keys[r.subject]), r.predicate, name(keys[r.object]), r) for r in ex.relations]

    return run
