"""GraphML and GEXF read back with networkx, with the counts the RDF graph says."""
from __future__ import annotations

import networkx as nx
import pytest
from lxml import etree

from kg.export import export
from kg.vocab import KG, RDF, SCHEMA


@pytest.fixture(scope="module")
def expected(sample_build):
    g = sample_build.graph
    entities = {e for cls in (SCHEMA.Person, SCHEMA.Organization, SCHEMA.Place, KG.Treaty)
                for e in g.subjects(RDF.type, cls)}
    return len(entities), len(set(g.subjects(RDF.type, RDF.Statement)))


def test_graphml_round_trip(sample_build, expected, tmp_path):
    path = export(sample_build.graph, "graphml", tmp_path)[0]
    back = nx.read_graphml(path)
    assert (back.number_of_nodes(), back.number_of_edges()) == expected
    lavrov = next(d for _, d in back.nodes(data=True) if d["label"] == "Sergei Lavrov")
    assert lavrov["type"] == "Person" and "Sergey Lavrov" in lavrov["altLabels"]
    preds = {d["predicate"] for *_, d in back.edges(data=True)}
    assert {"mentionedWith", "met", "holdsPosition"} <= preds


def test_gexf_round_trip_and_time(sample_build, expected, tmp_path):
    path = export(sample_build.graph, "gexf", tmp_path)[0]
    back = nx.read_gexf(path)
    assert (back.number_of_nodes(), back.number_of_edges()) == expected
    root = etree.parse(str(path)).getroot()
    graph = root.find("{*}graph")
    assert graph.get("mode") == "dynamic"
    node_ids = {n.get("id") for n in root.iter("{*}node")}
    assert all(e.get("source") in node_ids and e.get("target") in node_ids for e in root.iter("{*}edge"))
    dated = [e for e in root.iter("{*}edge") if e.get("start")]
    assert dated and all(e.get("start") <= e.get("end") for e in dated)
