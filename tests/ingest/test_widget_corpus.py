"""No widget string of the allsides crawl reaches an entity label (a built sample of the corpus).

The sample is, for each widget kind, the first articles of `../shared/corpus/allsides-intl-politics.jsonl`
whose crawled text holds it (CNN's video player and galleries, NPR's captions, The
Hill's hover cards closed by "MORE"); the test skips when the corpus is not beside the project.
"""
from __future__ import annotations

import json
import re

import pytest
from rdflib import Literal
from rdflib.namespace import RDFS, SKOS

from tests.conftest import SHARED

CORPUS = SHARED / "corpus" / "allsides-intl-politics.jsonl"
WIDGETS = ("Replay More Videos", "Hide Caption", "Enlarge this image", "toggle caption")
HOVER_CARD = re.compile(r"[a-z][A-Z][^\n]{0,600} MORE\b")
PER_KIND = 8  # articles per widget kind, the first in the file


def _kinds(text: str) -> set[str]:
    kinds = {w for w in WIDGETS if w in text}
    return kinds | ({"MORE"} if HOVER_CARD.search(text) else set())


def _widget_records() -> list[dict]:
    if not CORPUS.exists():
        pytest.skip(f"the allsides corpus is not beside the project ({CORPUS})")
    records, taken = [], dict.fromkeys((*WIDGETS, "MORE"), 0)
    with CORPUS.open(encoding="utf-8") as handle:
        for line in handle:
            record = json.loads(line)
            kinds = _kinds(record.get("content_original") or "")
            if any(taken[k] < PER_KIND for k in kinds):
                records.append(record)
                for k in kinds:
                    taken[k] += 1
            if all(n >= PER_KIND for n in taken.values()):
                break
    return records


@pytest.mark.slow
def test_no_entity_label_carries_a_widget_string(tmp_path):
    from kg.pipeline import build

    records = _widget_records()
    # Each widget kind is in the sample, so each rule is exercised.
    assert all(sum(k in _kinds(r["content_original"]) for r in records) >= PER_KIND for k in (*WIDGETS, "MORE"))
    path = tmp_path / "sample.jsonl"
    path.write_text("".join(json.dumps(r) + "\n" for r in records), encoding="utf-8")
    result = build([path])
    assert result.summary.articles == len(records)
    labels = {str(o) for p in (RDFS.label, SKOS.altLabel, SKOS.prefLabel)
              for o in result.graph.objects(None, p) if isinstance(o, Literal)}
    assert len(labels) > 100
    bad = sorted(label for label in labels
                 if any(w.lower() in label.lower() for w in WIDGETS) or re.search(r"MORE$", label))
    assert bad == []
    for extraction in result.extractions:
        assert not any(w in extraction.article.text for w in WIDGETS), extraction.article.id
        assert not HOVER_CARD.search(extraction.article.text), extraction.article.id
