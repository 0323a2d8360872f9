"""Extraction quality on the hand-made gold of the samples: pinned floors a change may not lower.

Raise a floor when the scores improve; never lower one silently.
"""
from __future__ import annotations

import importlib.util

import pytest

from tests.conftest import ROOT, SHARED

FLOORS = {"entity_precision": 0.95, "entity_recall": 0.95, "relation_recall": 0.9}


def _scorer():
    path = SHARED / "tools" / "score_graph.py"
    if not path.exists():
        pytest.skip(f"the gold scorer is not beside the project ({path})")
    spec = importlib.util.spec_from_file_location("score_graph", path)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_sample_scores_stay_above_their_floors(sample_turtle):
    import json

    scorer = _scorer()
    gold = json.loads((SHARED / "gold" / "seeds.json").read_text(encoding="utf-8"))
    out = scorer.Output([str(sample_turtle)] + [str(p) for p in sorted((ROOT / "ontology").glob("*.ttl"))])
    result = scorer.score(gold, out)
    report = {k: result[k] for k in ("entity_precision", "entity_recall", "leaked", "splits", "merges",
                                     "relation_recall")}
    for key, floor in FLOORS.items():
        assert result[key] >= floor, report
    assert result["leaked"] == 0, report
    assert result["splits"] == [] and result["merges"] == [], report
    assert result["articles_found"] == 5, report
