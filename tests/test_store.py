"""`kg build` keeps its graph in an on-disk Oxigraph store that query, export and push reuse."""
from __future__ import annotations

import pyoxigraph
from click.testing import CliRunner
from rdflib import Graph

from kg.cli import main
from kg.query import run_query
from kg.store import STAMP, close_store, new_disk_graph, open_graph, store_dir
from kg.vocab import ID, RDFS
from tests.conftest import SAMPLES


def test_the_cli_build_writes_the_same_turtle_as_an_in_memory_build(sample_turtle, tmp_path):
    out = tmp_path / "out"
    result = CliRunner().invoke(main, ["build", str(SAMPLES), "-o", str(out), "-f", "ttl", "--no-cache"])
    assert result.exit_code == 0, result.output
    turtle = out / "graph.ttl"
    assert turtle.read_bytes() == sample_turtle.read_bytes()
    store = store_dir(turtle)
    stamp = (store / STAMP).read_text()
    assert len(pyoxigraph.Store.read_only(str(store))) == len(Graph().parse(turtle))
    run_query(turtle, "ASK { ?s ?p ?o }")
    assert (store / STAMP).read_text() == stamp, "kg query rebuilt a store that was current"


def test_a_changed_turtle_file_is_loaded_again(sample_turtle, tmp_path):
    turtle = tmp_path / "graph.ttl"
    turtle.write_bytes(sample_turtle.read_bytes())
    assert len(open_graph(turtle)) == len(Graph().parse(turtle))
    turtle.write_text(sample_turtle.read_text(encoding="utf-8")
                      + '\n<https://w3id.org/kg-news/id/person/x> <http://www.w3.org/2000/01/rdf-schema#label> "X" .\n',
                      encoding="utf-8")
    graph = open_graph(turtle)
    assert str(graph.value(ID["person/x"], RDFS.label)) == "X"


def test_a_disk_graph_is_replaced_not_appended(tmp_path):
    folder = tmp_path / "g.oxigraph"
    first = new_disk_graph(folder)
    first.add((ID["person/a"], RDFS.label, ID["person/b"]))
    assert len(first) == 1
    close_store(first)
    second = new_disk_graph(folder)
    assert len(second) == 0


def test_kg_export_reads_a_built_graph_through_its_store(sample_build, sample_turtle, tmp_path):
    import networkx as nx

    from kg.vocab import RDF

    turtle = tmp_path / "graph.ttl"
    turtle.write_bytes(sample_turtle.read_bytes())
    result = CliRunner().invoke(main, ["export", str(turtle), "-f", "graphml", "-o", str(tmp_path / "x")])
    assert result.exit_code == 0, result.output
    assert (store_dir(turtle) / STAMP).is_file()
    back = nx.read_graphml(tmp_path / "x" / "graph.graphml")
    statements = set(sample_build.graph.subjects(RDF.type, RDF.Statement))
    assert back.number_of_edges() == len(statements)


def test_kg_export_names_a_file_that_is_not_turtle(tmp_path):
    bad = tmp_path / "graph.ttl"
    bad.write_text("this is not turtle {", encoding="utf-8")
    result = CliRunner().invoke(main, ["export", str(bad), "-f", "graphml", "-o", str(tmp_path / "x")])
    assert result.exit_code == 11 and "not readable as Turtle" in result.output


def test_turtle_written_again_from_the_store_is_the_same_file(sample_turtle, tmp_path):
    turtle = tmp_path / "graph.ttl"
    turtle.write_bytes(sample_turtle.read_bytes())
    result = CliRunner().invoke(main, ["export", str(turtle), "-f", "ttl", "-o", str(tmp_path / "again")])
    assert result.exit_code == 0, result.output
    assert (tmp_path / "again" / "graph.ttl").read_bytes() == sample_turtle.read_bytes()


def test_a_store_that_fails_to_write_in_the_background_fails_the_build(tmp_path, monkeypatch):
    import kg.pipeline

    def full_disk(graph, folder):
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(kg.pipeline, "_save_store", full_disk)
    out = tmp_path / "out"
    result = CliRunner().invoke(main, ["build", str(SAMPLES), "-o", str(out), "--no-cache"])
    assert result.exit_code != 0
    assert "No space left on device" in result.output and "Traceback" not in result.output
    assert not (out / "graph.ttl").exists(), "a build whose store failed published its files"
