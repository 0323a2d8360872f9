"""Neo4j CSVs: the documented header rules, every endpoint exists, counts match the RDF graph."""
from __future__ import annotations

import csv
import re

import pytest

from kg.export import export
from kg.vocab import RDF, SCHEMA


@pytest.fixture(scope="module")
def folder(sample_build, tmp_path_factory):
    out = tmp_path_factory.mktemp("neo4j")
    export(sample_build.graph, "neo4j", out)
    return out / "neo4j"


def _read(path):
    with path.open(newline="", encoding="utf-8") as handle:
        return list(csv.reader(handle))


def test_header_rules(folder):
    for path in folder.glob("nodes_*.csv"):
        header = _read(path)[0]
        assert sum(h.endswith(":ID") for h in header) == 1 and ":LABEL" in header, path.name
    for path in folder.glob("rels_*.csv"):
        header = _read(path)[0]
        assert {":START_ID", ":END_ID", ":TYPE"} <= set(header), path.name
    for path in folder.glob("*.csv"):
        rows = _read(path)
        header, body = rows[0], rows[1:]
        for i, column in enumerate(header):
            for row in body:
                if column.endswith(":int"):
                    int(row[i])
                if column.endswith(":float"):
                    float(row[i])


def test_every_relationship_endpoint_is_a_node_and_counts_match(sample_build, folder):
    ids = {row[0] for p in folder.glob("nodes_*.csv") for row in _read(p)[1:]}
    assert len(ids) == sum(len(_read(p)) - 1 for p in folder.glob("nodes_*.csv"))  # unique across files
    for path in folder.glob("rels_*.csv"):
        for row in _read(path)[1:]:
            assert row[0] in ids and row[1] in ids, (path.name, row[:3])
    g = sample_build.graph
    assert len(_read(folder / "nodes_Article.csv")) - 1 == len(set(g.subjects(RDF.type, SCHEMA.NewsArticle)))
    assert len(_read(folder / "rels_MENTIONS.csv")) - 1 == len(list(g.subject_objects(SCHEMA.mentions)))
    statements = len(set(g.subjects(RDF.type, RDF.Statement)))
    typed = sum(len(_read(p)) - 1 for p in folder.glob("rels_*.csv")
                if p.name not in ("rels_MENTIONS.csv", "rels_PUBLISHED_BY.csv", "rels_WRITTEN_BY.csv",
                                  "rels_DATELINED_IN.csv"))
    assert typed == statements
    met = _read(folder / "rels_MET.csv")
    assert any("Makei" in row[10] for row in met[1:])


def test_import_cypher_loads_only_files_that_exist_and_merges(folder):
    text = (folder / "import.cypher").read_text(encoding="utf-8")
    loaded = set(re.findall(r"file:///([\w.]+\.csv)", text))
    assert loaded == {p.name for p in folder.glob("*.csv")}
    assert "CREATE (" not in text and text.count("MERGE") >= len(loaded)
    assert text.count("{") == text.count("}") and text.count("(") == text.count(")")
    assert "neo4j-admin database import full" in (folder / "README.txt").read_text(encoding="utf-8")


def test_the_csvs_load_into_an_embedded_graph_database(sample_build, folder, tmp_path):
    """kuzu (embedded, reads the same rows) holds the same nodes and relationships, and answers Cypher."""
    kuzu = pytest.importorskip("kuzu", reason="install kuzu to load the CSVs into an embedded graph database")
    conn = kuzu.Connection(kuzu.Database(str(tmp_path / "db")))
    labels = {}
    for path in sorted(folder.glob("nodes_*.csv")):
        label = path.stem[len("nodes_"):]
        conn.execute(f"CREATE NODE TABLE {label}(id STRING, name STRING, PRIMARY KEY(id))")
        header, *rows = _read(path)
        name = header.index("name") if "name" in header else header.index("headline")
        for row in rows:
            conn.execute(f"CREATE (:{label} {{id: $id, name: $name}})", {"id": row[0], "name": row[name]})
            labels[row[0]] = label
    relationships = 0
    for path in sorted(folder.glob("rels_*.csv")):
        rtype = path.stem[len("rels_"):]
        header, *rows = _read(path)
        pairs = sorted({(labels[r[0]], labels[r[1]]) for r in rows})
        conn.execute(f"CREATE REL TABLE {rtype}(" + ", ".join(f"FROM {a} TO {b}" for a, b in pairs)
                     + ", weight INT64)")
        for r in rows:
            conn.execute(f"MATCH (x:{labels[r[0]]} {{id: $s}}), (y:{labels[r[1]]} {{id: $e}}) "
                         f"CREATE (x)-[:{rtype} {{weight: $w}}]->(y)", {"s": r[0], "e": r[1], "w": int(r[3])})
        relationships += len(rows)

    def count(query):
        return conn.execute(query).get_next()[0]

    assert count("MATCH (n) RETURN count(n)") == len(labels)
    assert count("MATCH ()-[r]->() RETURN count(r)") == relationships
    g = sample_build.graph
    assert count("MATCH (:Article)-[r:MENTIONS]->() RETURN count(r)") == len(list(g.subject_objects(SCHEMA.mentions)))
    met = conn.execute("MATCH (a:Person)-[:MET]->(b:Person) RETURN a.name, b.name")
    pairs = []
    while met.has_next():
        pairs.append(tuple(met.get_next()))
    assert any("Lavrov" in a and "Makei" in b for a, b in pairs)
