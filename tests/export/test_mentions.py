"""mentions.jsonl: the main text is on each line, offsets point into it, entity IRIs exist in the graph."""
from __future__ import annotations

import json

import pytest
from rdflib import URIRef

from kg.graph import TYPE_CLASSES
from kg.vocab import RDF

from kg.errors import ExportError
from kg.export import ExportOptions, export


def test_every_mention_points_at_its_text_and_entity(sample_build, tmp_path):
    options = ExportOptions(extractions=sample_build.extractions,
                            mention_keys=tuple(sorted(sample_build.mention_keys.items())))
    path = export(sample_build.graph, "mentions", tmp_path, options)[0]
    lines = [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines()]
    assert [r["id"] for r in lines] == sorted(r["id"] for r in lines) and len(lines) == 5
    texts = {ex.article.id: ex.article.text for ex in sample_build.extractions}
    subjects = set(sample_build.graph.subjects())
    for record in lines:
        # The line carries the main text itself, so a reader needs nothing else to check offsets.
        assert record["text"] == texts[record["id"]] and record["text_length"] == len(record["text"])
        for m in record["mentions"]:
            assert record["text"][m["start"]:m["end"]] == m["text"]
            assert m["entity"] is None or URIRef(m["entity"]) in subjects
            node = URIRef(m["entity"]) if m["entity"] else None
            if node is not None:  # the entity's type, decided over the corpus
                assert (node, RDF.type, TYPE_CLASSES[m["type"]]) in sample_build.graph
    assert any(r["predicate"] == "met" for record in lines for r in record["relations"])


def test_mentions_need_a_build(sample_build, tmp_path):
    with pytest.raises(ExportError, match="kg build"):
        export(sample_build.graph, "mentions", tmp_path)
