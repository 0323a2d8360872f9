"""Slices of a built graph (--focus/--depth, --since/--until, --type, --min-weight) for every format."""
from __future__ import annotations

import networkx as nx
import pytest
from click.testing import CliRunner
from rdflib import Graph

from kg.cli import main
from kg.errors import ExportError
from kg.export import ExportOptions, export
from kg.export.subgraph import Slice, slice_graph
from kg.export.view import read_articles, read_edges, read_entities, statement_ends
from kg.vocab import KG, PROV, RDF


@pytest.fixture(scope="module")
def whole(sample_build):
    return sample_build.graph


def _entities(g):
    return {e.iri: e for e in read_entities(g)}


def test_focus_keeps_the_entity_and_what_is_within_reach(whole):
    lavrov = next(e for e in read_entities(whole) if e.label in ("Sergei Lavrov", "Sergey Lavrov"))
    part = slice_graph(whole, Slice(focus="Sergey Lavrov", depth=1))
    kept = _entities(part)
    neighbours = {o for s, o in statement_ends(whole) if s == lavrov.iri} | \
        {s for s, o in statement_ends(whole) if o == lavrov.iri}
    people_places = {iri for iri in kept if iri != lavrov.iri}
    assert lavrov.iri in kept and neighbours <= set(kept)
    # Beyond the neighbours, only the metadata entities of the articles kept (publishers, authors, datelines).
    from kg.vocab import SCHEMA

    metadata = {str(o) for p in (SCHEMA.publisher, SCHEMA.author, SCHEMA.locationCreated)
                for _, o in part.subject_objects(p)}
    assert people_places - neighbours <= metadata
    for edge in read_edges(part, read_articles(part)):
        assert edge.subject in kept and edge.object in kept
        assert edge.evidence  # evidence travels with every edge kept
    # Direct relation triples only where a statement says so.
    direct = {(str(s), str(o)) for s, o in part.subject_objects(KG.met)}
    assert direct == {(e.subject, e.object) for e in read_edges(part, read_articles(part)) if e.predicate == "met"}
    with pytest.raises(ExportError, match="no entity is named"):
        slice_graph(whole, Slice(focus="Nobody at all"))


def test_dates_types_and_weights(whole):
    part = slice_graph(whole, Slice(since="2021-01-01"))
    articles = read_articles(part)
    assert articles and all(a.date >= "2021-01-01" for a in articles.values())
    assert len(articles) < len(read_articles(whole))
    for _, art in part.subject_objects(PROV.wasDerivedFrom):
        assert str(art) in articles
    people = slice_graph(whole, Slice(types=("Person",)))
    assert {e.type for e in read_entities(people)} == {"Person"}
    assert len(list(people.subjects(RDF.type, RDF.Statement))) > 0
    strong = slice_graph(whole, Slice(min_weight=2))
    edges = read_edges(strong, read_articles(strong))
    assert all(e.weight >= 2 for e in edges if e.predicate == "mentionedWith")
    assert {e.predicate for e in edges} - {"mentionedWith"}  # typed relations are kept whatever their weight
    weak = [e for e in read_edges(whole, read_articles(whole)) if e.predicate == "mentionedWith" and e.weight < 2]
    assert weak  # so the test above can fail


def test_every_format_writes_the_slice(sample_turtle, tmp_path):
    result = CliRunner().invoke(main, ["export", str(sample_turtle), "-f", "gexf", "-f", "neo4j", "-f", "turtle",
                                       "-f", "html", "-o", str(tmp_path), "--focus", "Sergey Lavrov", "--depth", "1",
                                       "--type", "Person", "--type", "Place"])
    assert result.exit_code == 0, result.output
    turtle = Graph().parse(tmp_path / "graph.ttl", format="turtle")
    kept = _entities(turtle)
    assert kept and {e.type for e in kept.values()} <= {"Person", "Place"}
    gexf = nx.read_gexf(tmp_path / "graph.gexf", version="1.3")
    assert gexf.number_of_nodes() == len(kept)
    assert {d["type"] for _, d in gexf.nodes(data=True)} <= {"Person", "Place"}
    rows = sum(1 for p in (tmp_path / "neo4j").glob("nodes_Person.csv") for _ in p.open()) - 1
    assert rows == sum(1 for e in kept.values() if e.type == "Person")
    bad = CliRunner().invoke(main, ["export", str(sample_turtle), "-f", "gexf", "-o", str(tmp_path / "x"),
                                    "--since", "20 October"])
    assert bad.exit_code == 2 and "--since" in bad.output
