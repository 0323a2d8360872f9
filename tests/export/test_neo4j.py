"""Neo4j CSVs: the documented header rules, every endpoint exists, counts match the RDF graph, and they
load into an embedded graph database (kuzu) as they are, multi-line evidence fields included."""
from __future__ import annotations

import csv
import datetime
import re

import pytest

from kg.export import export
from kg.vocab import KG, RDF, SCHEMA

LABELS = ("Article", "Organization", "Person", "Place", "Quotation", "Treaty")


@pytest.fixture(scope="module")
def folder(sample_build, tmp_path_factory):
    out = tmp_path_factory.mktemp("neo4j")
    export(sample_build.graph, "neo4j", out)
    return out / "neo4j"


def _read(path):
    with path.open(newline="", encoding="utf-8") as handle:
        return list(csv.reader(handle))


def _rel_key(path):
    """rels_HOLDS_POSITION_Person_Place.csv -> (HOLDS_POSITION, Person, Place)."""
    rtype, start, end = path.stem[len("rels_"):].rsplit("_", 2)
    return rtype, start, end


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
                if column.endswith(":date") and row[i]:
                    datetime.date.fromisoformat(row[i])


def test_every_relationship_endpoint_has_the_label_its_file_says_and_counts_match(sample_build, folder):
    label_of = {row[0]: p.stem[len("nodes_"):] for p in folder.glob("nodes_*.csv") for row in _read(p)[1:]}
    assert len(label_of) == sum(len(_read(p)) - 1 for p in folder.glob("nodes_*.csv"))  # unique across files
    counts = {}
    for path in folder.glob("rels_*.csv"):
        rtype, start, end = _rel_key(path)
        assert start in LABELS and end in LABELS, path.name
        for row in _read(path)[1:]:
            assert (label_of[row[0]], label_of[row[1]], row[2]) == (start, end, rtype), (path.name, row[:3])
            counts[rtype] = counts.get(rtype, 0) + 1
    g = sample_build.graph
    assert sum(1 for v in label_of.values() if v == "Article") == len(set(g.subjects(RDF.type, SCHEMA.NewsArticle)))
    quotations = set(g.subjects(RDF.type, KG.Quotation))
    assert quotations and sum(1 for v in label_of.values() if v == "Quotation") == len(quotations)
    assert counts["SAID"] == len(quotations)
    assert counts["MENTIONS"] == len(list(g.subject_objects(SCHEMA.mentions)))
    statements = len(set(g.subjects(RDF.type, RDF.Statement)))
    metadata = ("MENTIONS", "PUBLISHED_BY", "WRITTEN_BY", "DATELINED_IN", "SAID", "IN_ARTICLE", "REPORTED_BY", "ABOUT")
    assert sum(n for t, n in counts.items() if t not in metadata) == statements


def test_import_cypher_matches_labelled_ends_and_readme_has_the_neo4j_5_command(folder):
    text = (folder / "import.cypher").read_text(encoding="utf-8")
    loaded = set(re.findall(r"file:///([\w.]+\.csv)", text))
    assert loaded == {p.name for p in folder.glob("*.csv")}
    assert "CREATE (" not in text and text.count("MERGE") >= len(loaded)
    assert text.count("{") == text.count("}") and text.count("(") == text.count(")")
    for path in folder.glob("rels_*.csv"):
        rtype, start, end = _rel_key(path)
        block = text[text.index(f"file:///{path.name}"):].split("IN TRANSACTIONS", 1)[0]
        assert f"(a:{start} {{id: row[\":START_ID\"]}})" in block and f"(b:{end} {{id: row[\":END_ID\"]}})" in block
        assert f"[r:{rtype}]" in block and 'date(row["firstDate:date"])' in block
    readme = (folder / "README.txt").read_text(encoding="utf-8")
    assert "neo4j-admin database import full neo4j " in readme and "--multiline-fields=true" in readme
    named = set(re.findall(r"--(?:nodes|relationships)=([\w.]+\.csv)", readme))
    assert named == {p.name for p in folder.glob("*.csv")}


def test_the_csvs_load_into_kuzu_as_they_are(sample_build, folder, tmp_path):
    """kuzu reads the files themselves (COPY FROM, quoted multi-line fields, typed dates) with the same counts."""
    kuzu = pytest.importorskip("kuzu", reason="install kuzu to load the CSVs into an embedded graph database")
    conn = kuzu.Connection(kuzu.Database(str(tmp_path / "db")))
    types = {"int": "INT64", "float": "DOUBLE", "date": "DATE"}

    def columns(header):
        out = []
        for column in header:
            name, _, kind = column.partition(":")
            out.append(f"{name or kind.strip('_').lower()}_ {types.get(kind, 'STRING')}")
        return out

    rows_in_files = 0
    for path in sorted(folder.glob("nodes_*.csv")):
        label = path.stem[len("nodes_"):]
        header = _read(path)[0]
        conn.execute(f"CREATE NODE TABLE {label}({', '.join(columns(header))}, PRIMARY KEY(id_))")
        conn.execute(f"COPY {label} FROM '{path}' (header=true, parallel=false)")
        rows_in_files += len(_read(path)) - 1
    by_type = {}
    for path in sorted(folder.glob("rels_*.csv")):
        rtype, start, end = _rel_key(path)
        by_type.setdefault(rtype, []).append((start, end, path))
    relationships = 0
    for rtype, files in sorted(by_type.items()):
        header = _read(files[0][2])[0]
        pairs = ", ".join(f"FROM {s} TO {e}" for s, e, _ in files)
        conn.execute(f"CREATE REL TABLE {rtype}({pairs}, {', '.join(columns(header[2:]))})")
        for start, end, path in files:
            conn.execute(f"COPY {rtype} FROM '{path}' (from='{start}', to='{end}', header=true, parallel=false)")
            relationships += len(_read(path)) - 1

    def value(query):
        return conn.execute(query).get_next()[0]

    assert value("MATCH (n) RETURN count(n)") == rows_in_files
    assert value("MATCH ()-[r]->() RETURN count(r)") == relationships
    g = sample_build.graph
    assert value("MATCH (:Article)-[r:MENTIONS]->() RETURN count(r)") == len(list(g.subject_objects(SCHEMA.mentions)))
    assert value("MATCH (:Person)-[r:MET]->(:Person) RETURN count(r)") == \
        len([s for s in g.subjects(RDF.predicate, KG.met)])
    # Multi-line evidence arrives whole: the same text as in the file, line breaks included.
    multi = [r for p in folder.glob("rels_MENTIONED_WITH_*.csv") for r in _read(p)[1:] if "\n" in r[10]]
    assert multi
    result = conn.execute("MATCH (a)-[r:MENTIONED_WITH]->(b) WHERE a.id_ = $s AND b.id_ = $e RETURN r.evidence_",
                          {"s": multi[0][0], "e": multi[0][1]})
    assert result.get_next()[0] == multi[0][10]
    first = value("MATCH ()-[r:MET]->() WHERE r.firstDate_ IS NOT NULL RETURN r.firstDate_ LIMIT 1")
    assert isinstance(first, datetime.date)
    said = conn.execute("MATCH (p:Person)-[:SAID]->(q:Quotation)-[:IN_ARTICLE]->(a:Article) "
                        "RETURN p.name_, q.quote_ LIMIT 5")
    assert said.has_next() and all(said.get_next())
