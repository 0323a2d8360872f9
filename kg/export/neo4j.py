"""Neo4j: CSV files in the `neo4j-admin database import full` layout, plus an import.cypher.

One node file per label (`nodes_Person.csv`, ..., `nodes_Article.csv`) with `id:ID`,
`:LABEL` and typed property columns; one relationship file per type (`rels_MET.csv`,
`rels_MENTIONS.csv`, ...) with `:START_ID`, `:END_ID`, `:TYPE` and provenance properties:
weight, the supporting article identifiers (an array), their count, first and last date,
roles, and the best evidence sentence. Arrays use `;` as separator, so a `;` inside an
element is replaced by `,`. Node ids are the IRI paths after /id/ (unique across files).
"""
from __future__ import annotations

import csv
import re
from collections import defaultdict
from pathlib import Path

from rdflib import Graph

from kg.export.atomic import atomic_open
from kg.export.view import ENTITY_CLASSES, node_id, read_articles, read_edges, wikidata_id
from kg.vocab import KG, RDF, RDFS, SCHEMA, SKOS

NODE_HEADER = ["id:ID", ":LABEL", "name", "altNames:string[]", "articleCount:int", "wikidata", "iri"]
ARTICLE_HEADER = ["id:ID", ":LABEL", "identifier", "headline", "url", "datePublished", "language", "iri"]
REL_HEADER = [":START_ID", ":END_ID", ":TYPE", "weight:int", "articles:string[]", "articleCount:int",
              "firstDate", "lastDate", "roles:string[]", "confidence:float", "evidence"]


def rel_type(predicate: str) -> str:
    """kg:holdsPosition -> HOLDS_POSITION."""
    return re.sub(r"(?<!^)(?=[A-Z])", "_", predicate).upper()


def _array(values) -> str:
    return ";".join(sorted(str(v).replace(";", ",") for v in values))


def _write_csv(path: Path, header: list[str], rows: list[list]) -> Path:
    with atomic_open(path, newline="") as handle:
        writer = csv.writer(handle, quoting=csv.QUOTE_MINIMAL, lineterminator="\n")
        writer.writerow(header)
        writer.writerows(sorted(rows))
    return path


def neo4j_tables(g: Graph) -> tuple[dict, dict]:
    """({label: rows}, {type: rows}) of the graph, in the CSV column order above."""
    nodes, rels = defaultdict(list), defaultdict(list)
    for cls, label in ENTITY_CLASSES.items():
        for n in set(g.subjects(RDF.type, cls)):
            nodes[label].append([node_id(n), label, str(g.value(n, RDFS.label) or ""),
                                 _array(g.objects(n, SKOS.altLabel)), int(g.value(n, KG.articleCount) or 0),
                                 wikidata_id(g, n), str(n)])
    articles = read_articles(g)
    for a, art in articles.items():
        nodes["Article"].append([node_id(a), "Article", art.id, art.headline, art.url, art.published,
                                 art.language, str(a)])
        article_rel = [_array([art.id]), 1, art.date, art.date, "", 1.0, ""]
        for e in g.objects(a, SCHEMA.mentions):
            rels["MENTIONS"].append([node_id(a), node_id(e), "MENTIONS", 1] + article_rel)
        for prop, rtype in ((SCHEMA.publisher, "PUBLISHED_BY"), (SCHEMA.author, "WRITTEN_BY"),
                            (SCHEMA.locationCreated, "DATELINED_IN")):
            for e in g.objects(a, prop):
                rels[rtype].append([node_id(a), node_id(e), rtype, 1] + article_rel)
    for edge in read_edges(g, articles):
        # The best evidence: the most confident, then the shortest sentence.
        best = max(edge.evidence, key=lambda v: (v.confidence, -len(v.sentence)), default=None)
        dates = edge.dates
        rtype = rel_type(edge.predicate)
        rels[rtype].append([
            node_id(edge.subject), node_id(edge.object), rtype, edge.weight,
            _array(a.id for a in edge.articles), len(edge.articles),
            dates[0] if dates else "", dates[-1] if dates else "", _array(edge.roles),
            best.confidence if best else 0.0, best.sentence if best else ""])
    return nodes, rels


def _cypher(nodes: dict, rels: dict) -> str:
    lines = ["// Load the CSV files of this folder with LOAD CSV (copy them to Neo4j's import/ folder first).",
             "// Idempotent: MERGE on the id, so running it twice changes nothing."]
    for label in sorted(nodes):
        lines.append(f"CREATE CONSTRAINT {label.lower()}_id IF NOT EXISTS FOR (n:{label}) REQUIRE n.id IS UNIQUE;")
    for label in sorted(nodes):
        props = ("n.identifier = row.identifier, n.headline = row.headline, n.url = row.url, "
                 "n.datePublished = row.datePublished, n.language = row.language, n.iri = row.iri"
                 if label == "Article" else
                 "n.name = row.name, n.altNames = CASE row[\"altNames:string[]\"] WHEN '' THEN [] "
                 "ELSE split(row[\"altNames:string[]\"], ';') END, "
                 "n.articleCount = toInteger(row[\"articleCount:int\"]), n.wikidata = row.wikidata, n.iri = row.iri")
        lines.append(f"LOAD CSV WITH HEADERS FROM 'file:///nodes_{label}.csv' AS row\n"
                     f"CALL {{ WITH row MERGE (n:{label} {{id: row[\"id:ID\"]}}) SET {props} }} IN TRANSACTIONS OF 1000 ROWS;")
    for rtype in sorted(rels):
        lines.append(
            f"LOAD CSV WITH HEADERS FROM 'file:///rels_{rtype}.csv' AS row\n"
            f"CALL {{ WITH row MATCH (a {{id: row[\":START_ID\"]}}), (b {{id: row[\":END_ID\"]}})\n"
            f"  MERGE (a)-[r:{rtype}]->(b)\n"
            f"  SET r.weight = toInteger(row[\"weight:int\"]), r.articles = split(row[\"articles:string[]\"], ';'),\n"
            f"      r.articleCount = toInteger(row[\"articleCount:int\"]), r.firstDate = row.firstDate,\n"
            f"      r.lastDate = row.lastDate, r.roles = CASE row[\"roles:string[]\"] WHEN '' THEN [] "
            f"ELSE split(row[\"roles:string[]\"], ';') END,\n"
            f"      r.confidence = toFloat(row[\"confidence:float\"]), r.evidence = row.evidence\n"
            f"}} IN TRANSACTIONS OF 1000 ROWS;")
    return "\n\n".join(lines) + "\n"


def write(graph: Graph, out_dir: Path, options) -> list[Path]:
    """out_dir/neo4j/: node and relationship CSVs, import.cypher and README.txt."""
    folder = Path(out_dir) / "neo4j"
    nodes, rels = neo4j_tables(graph)
    paths = [_write_csv(folder / f"nodes_{label}.csv", ARTICLE_HEADER if label == "Article" else NODE_HEADER, rows)
             for label, rows in sorted(nodes.items())]
    paths += [_write_csv(folder / f"rels_{rtype}.csv", REL_HEADER, rows) for rtype, rows in sorted(rels.items())]
    with atomic_open(folder / "import.cypher") as handle:
        handle.write(_cypher(nodes, rels))
    args = " ".join([f"--nodes={p.name}" for p in paths if p.name.startswith("nodes_")]
                    + [f"--relationships={p.name}" for p in paths if p.name.startswith("rels_")])
    with atomic_open(folder / "README.txt") as handle:
        handle.write("Bulk import into an empty database (run in this folder, Neo4j stopped):\n\n"
                     f"  neo4j-admin database import full --array-delimiter=';' {args} neo4j\n\n"
                     "Or into a running database: copy the CSV files to Neo4j's import/ folder and run\n"
                     "import.cypher (cypher-shell -f import.cypher); it MERGEs, so it is safe to re-run.\n")
    return paths + [folder / "import.cypher", folder / "README.txt"]
