"""TriG, N-Quads and JSON-LD read back by Oxigraph: the union of the graphs is the Turtle graph."""
from __future__ import annotations

import pyoxigraph
import pytest
from rdflib import Graph
from rdflib.compare import isomorphic

from kg.export import export

FORMATS = {"trig": pyoxigraph.RdfFormat.TRIG, "nquads": pyoxigraph.RdfFormat.N_QUADS,
           "jsonld": pyoxigraph.RdfFormat.JSON_LD}


@pytest.mark.parametrize("fmt", sorted(FORMATS))
def test_union_of_graphs_equals_the_graph(sample_build, tmp_path, fmt):
    path = export(sample_build.graph, fmt, tmp_path)[0]
    store = pyoxigraph.Store()
    store.load(path=str(path), format=FORMATS[fmt])
    union = store.query("CONSTRUCT { ?s ?p ?o } WHERE { { ?s ?p ?o } UNION { GRAPH ?g { ?s ?p ?o } } }")
    ntriples = union.serialize(format=pyoxigraph.RdfFormat.N_TRIPLES).decode("utf-8")
    back = Graph().parse(data=ntriples, format="nt")
    assert len(back) == len(sample_build.graph)
    assert isomorphic(back, sample_build.graph)


def test_one_named_graph_per_article(sample_build, tmp_path):
    path = export(sample_build.graph, "trig", tmp_path)[0]
    store = pyoxigraph.Store()
    store.load(path=str(path), format=pyoxigraph.RdfFormat.TRIG)
    names = {str(g) for g in store.named_graphs()}
    assert len(names) == 5 and all(n.endswith("/graph>") for n in names)
