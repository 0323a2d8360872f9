"""Each relation family on general English sentences written for these tests (not from the samples),
including sentences that must NOT yield a relation (negation, future, reported speech)."""
from __future__ import annotations

import json
from pathlib import Path

import pytest

from kg.model import Article

GOLD = [json.loads(line) for line in (Path(__file__).parent / "relation_gold.jsonl").read_text().splitlines()]
expected_names = {name for case in GOLD for rel in case["expect"] + case.get("forbid", []) for name in (rel[0], rel[2])}


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


@pytest.mark.parametrize("case", GOLD, ids=[c["text"][:40] for c in GOLD])
def test_relation_families(extract, case):
    found = extract(case["text"])
    triples = {(s, p, o) for s, p, o, _ in found}
    for s, p, o, role in case["expect"]:
        assert (s, p, o) in triples or (p == "met" and (o, p, s) in triples), (case["text"], found)
        if role:
            roles = {r.role for fs, fp, fo, r in found if (fs, fp, fo) == (s, p, o)}
            assert role in roles, (case["text"], roles)
    for s, p, o in case.get("forbid", []):
        assert (s, p, o) not in triples and (o, p, s) not in triples, (case["text"], found)
    for person in case.get("past", []):
        assert any(fs == person and ("past", "true") in r.qualifiers for fs, _, _, r in found), found


def test_every_relation_carries_its_sentence_and_method(extract):
    for case in GOLD:
        for _, _, _, rel in extract(case["text"]):
            assert rel.method.startswith(("rule:", "model:")) and 0 < rel.confidence <= 1
            assert rel.sentence == 0
