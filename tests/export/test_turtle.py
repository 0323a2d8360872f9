"""The Turtle writer: any text survives a round trip through independent readers, byte-stable."""
from __future__ import annotations

import pyoxigraph
from hypothesis import given, settings
from hypothesis import strategies as st
from rdflib import Graph, Literal, URIRef
from rdflib.compare import isomorphic

from kg.export.turtle import serialize_turtle
from kg.vocab import ID, KG, KG_NAMESPACE, RDFS, SCHEMA, XSD

texts = st.text(alphabet=st.characters(blacklist_categories=("Cs",)), max_size=80)


def _graph(label: str, sentence: str) -> Graph:
    g = Graph()
    g.bind("kg", KG_NAMESPACE)
    g.bind("schema", SCHEMA)
    g.bind("rdfs", RDFS)
    node = ID["person/x"]
    g.add((node, RDFS.label, Literal(label)))
    g.add((ID["sentence/a/1"], KG.text, Literal(sentence)))
    g.add((ID["sentence/a/1"], KG.startOffset, Literal(3)))
    # Canonical lexical form: Oxigraph, which writes the N-Triples, keeps typed literals by value.
    g.add((ID["sentence/a/1"], KG.confidence, Literal("0.5", datatype=XSD.decimal)))
    g.add((node, SCHEMA.url, URIRef("https://example.org/a?b=c&d=%20")))
    return g


@settings(max_examples=60, deadline=None)
@given(texts, texts)
def test_any_text_round_trips_through_rdflib_and_oxigraph(label, sentence):
    g = _graph(label, sentence)
    text = serialize_turtle(g)
    back = Graph().parse(data=text, format="turtle")
    assert isomorphic(g, back)
    store = pyoxigraph.Store()
    store.load(text.encode("utf-8"), format=pyoxigraph.RdfFormat.TURTLE)
    assert len(store) == len(g)


def test_same_triples_in_any_insertion_order_give_the_same_bytes():
    g1 = _graph("Sergey Lavrov", "He said <script>x</script>.")
    g2 = Graph()
    for prefix, ns in g1.namespaces():
        g2.bind(prefix, ns)
    for triple in sorted(g1, reverse=True):
        g2.add(triple)
    assert serialize_turtle(g1) == serialize_turtle(g2)


def test_an_oxigraph_backed_graph_gives_the_same_bytes_as_rdflib_memory(tmp_path):
    from rdflib import BNode

    from kg.store import new_disk_graph
    from kg.vocab import bind_prefixes

    memory = _graph("Sergey Lavrov", "one\ntwo")
    for node in (ID["sentence/a/10"], ID["sentence/a/2"], ID["sentence/a1"], BNode("b1")):
        memory.add((node, KG.text, Literal("x")))
    bind_prefixes(memory)
    disk = new_disk_graph(tmp_path / "g.oxigraph")
    disk.addN([t + (disk,) for t in memory])
    text = serialize_turtle(memory)
    assert serialize_turtle(disk) == text
    subjects = [line.split(" ", 1)[0] for line in text.splitlines() if line.startswith(("<", "_:"))]
    # Subjects in the code-point order of their N-Triples lines; blank nodes (`_:`) after IRIs.
    assert subjects[-1].startswith("_:") and subjects == sorted(subjects, key=lambda s: s + " ")
    assert len(subjects) == len(set(subjects))  # one block per subject


def test_large_graphs_sorted_in_runs_on_disk_give_the_same_bytes(monkeypatch):
    from kg.export import turtle

    g = _graph("Sergey Lavrov", "one\ntwo")
    for i in range(30):
        g.add((ID[f"sentence/a/{i}"], KG.text, Literal(f"sentence {i}")))
    whole = serialize_turtle(g)
    monkeypatch.setattr(turtle, "RUN_LINES", 4)  # 36 triples: nine sorted runs merged from disk
    assert serialize_turtle(g) == whole
