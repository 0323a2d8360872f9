"""Issue 10, row 18: `kg validate` runs the shapes as SPARQL on Oxigraph; pyshacl (with RDFS
inference) is the reference it must agree with, on the good graph and on every broken one."""
from __future__ import annotations

import pytest

from kg.validate import validate_graph, validate_with_pyshacl
from tests.test_ontology import BROKEN, good_graph


def _summary(report):
    return report.conforms, sorted({(v.focus_node, v.severity) for v in report.violations})


@pytest.mark.parametrize("name", [None, *BROKEN])
def test_sparql_checks_agree_with_pyshacl(name):
    graph = good_graph()
    if name is not None:
        change = BROKEN[name][0]
        change(graph) if callable(change) else graph.update(change)
    assert _summary(validate_graph(graph)) == _summary(validate_with_pyshacl(graph))


def test_the_sample_graph_agrees(sample_build):
    assert _summary(validate_graph(sample_build.graph)) == _summary(validate_with_pyshacl(sample_build.graph))
