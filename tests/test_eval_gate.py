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


# Relations on the first 50 sentences of CoNLL04 dev (Work_For, OrgBased_In, Located_In), scored
# as ../shared/tools/benchmarks/rel_score.py does: arguments match when their spans overlap and
# one normalised text contains the other. Measured 2026-11-29: P 0.90 (19/21), R 0.41 (19/46).
CONLL04_FLOORS = {"precision": 0.7, "recall": 0.28}  # measured 0.79 (15/19) and 0.33 (15/46), 2026-11-29 afternoon
CONLL04_TYPES = {"holdsPosition": "Work_For", "affiliatedWith": "Work_For", "headquarteredIn": "OrgBased_In"}


def _norm(text: str) -> str:
    import re

    text = re.sub(r"^the\s+", "", text.lower())
    return " ".join(re.sub(r"[^a-z0-9 ]+", " ", text).split())


def _same(start: int, end: int, text: str, gold: tuple[int, int, str]) -> bool:
    a, b = f" {_norm(text)} ", f" {_norm(gold[2])} "
    return start < gold[1] and gold[0] < end and bool(a.strip() and b.strip()) and (a in b or b in a)


def test_conll04_dev_subset_relations_stay_above_their_floors():
    import json

    from kg.extract import extract_article
    from kg.gazetteer import load_gazetteer
    from kg.model import Article
    from kg.nlp import load_pipeline

    path = SHARED / "data" / "conll04" / "conll04_dev.json"
    if not path.exists():
        pytest.skip(f"the CoNLL04 dev split is not beside the project ({path})")
    items = json.loads(path.read_text(encoding="utf-8"))[:50]
    nlp, gazetteer = load_pipeline(), load_gazetteer()
    texts = [" ".join(item["tokens"]) for item in items]
    tp = fp = n_gold = 0
    for doc, item, text in zip(nlp.pipe(texts), items, texts):
        starts = [0]
        for tok in item["tokens"]:
            starts.append(starts[-1] + len(tok) + 1)
        ents = [(starts[e["start"]], starts[e["end"]] - 1, " ".join(item["tokens"][e["start"]:e["end"]]))
                for e in item["entities"]]
        gold = [(r["type"], ents[r["head"]], ents[r["tail"]]) for r in item["relations"]
                if r["type"] in ("Work_For", "OrgBased_In", "Located_In")]
        n_gold += len(gold)
        ex = extract_article(doc, Article(id="d", text=text), gazetteer)
        predicted = set()
        for r in ex.relations:
            s, o = ex.mentions[r.subject], ex.mentions[r.object]
            kind = "Located_In" if r.predicate == "partOf" and s.type == o.type == "Place" \
                else CONLL04_TYPES.get(r.predicate)
            if kind:
                predicted.add((kind, s.start, s.end, s.text, o.start, o.end, o.text))
        used = set()
        for kind, *args in sorted(predicted):
            hit = next((i for i, g in enumerate(gold) if i not in used and g[0] == kind
                        and _same(*args[:3], g[1]) and _same(*args[3:], g[2])), None)
            if hit is None:
                fp += 1
            else:
                used.add(hit)
                tp += 1
    scores = {"precision": tp / max(1, tp + fp), "recall": tp / max(1, n_gold)}
    for key, floor in CONLL04_FLOORS.items():
        assert scores[key] >= floor, (scores, tp, fp, n_gold)
