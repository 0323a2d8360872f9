"""Each relation family on general English sentences written for these tests (not from the samples),
including sentences that must NOT yield a relation (negation, future, reported speech)."""
from __future__ import annotations

import json
from pathlib import Path

import pytest

GOLD = [json.loads(line) for line in (Path(__file__).parent / "relation_gold.jsonl").read_text().splitlines()]


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
