"""General English news patterns of posts, meetings, places and treaties (sentences written for these
tests, none from the corpus), including wordings that must NOT give a relation; a case may span two
sentences ("The two leaders met")."""
from __future__ import annotations

import json
from pathlib import Path

import pytest

CASES = [json.loads(line) for line in (Path(__file__).parent / "relation_patterns.jsonl").read_text().splitlines()]


@pytest.mark.parametrize("case", CASES, ids=[c["text"][:40] for c in CASES])
def test_news_patterns(extract, case):  # noqa: F811
    found = extract(case["text"])
    triples = {(s, p, o) for s, p, o, _ in found}
    for s, p, o, role in case["expect"]:
        assert (s, p, o) in triples or (p == "met" and (o, p, s) in triples), (case["text"], found)
        if role:
            assert role in {r.role for fs, fp, fo, r in found if (fs, fp, fo) == (s, p, o)}, (case["text"], found)
    for s, p, o in case.get("forbid", []):
        assert (s, p, o) not in triples and (o, p, s) not in triples, (case["text"], found)
