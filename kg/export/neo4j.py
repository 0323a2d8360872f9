"""Neo4j: CSV files for `neo4j-admin database import full` (Neo4j 5), plus an import.cypher.

One node file per label (`nodes_Person.csv`, ..., `nodes_Article.csv`, `nodes_Quotation.csv`)
with `id:ID`, `:LABEL` and typed property columns; one relationship file per type and pair
of endpoint labels (`rels_MET_Person_Person.csv`, `rels_MENTIONS_Article_Place.csv`, ...) with
`:START_ID`, `:END_ID`, `:TYPE` and provenance: weight, the supporting article identifiers (an
array), their count, first and last date (`date` columns), roles, the best confidence and up to
EVIDENCE_SENTENCES evidence sentences, most confident first, one per line (so the field may span
lines: the import needs `--multiline-fields=true`). Splitting by endpoint labels lets
import.cypher match both ends by label, which uses the per-label id constraints. Quotations are
nodes with their words and verb: (speaker)-[:SAID]->(quotation)-[:IN_ARTICLE]->(article),
-[:REPORTED_BY]->(outlet) and -[:ABOUT]->(entity). Arrays use `;` as separator, so a `;` inside
an element is replaced by `,`. Node ids are the IRI paths after /id/ (unique across files).
"""
from __future__ import annotations

import csv
import re
from collections import defaultdict
from pathlib import Path

from rdflib import Graph

from kg.export.atomic import atomic_open
from kg.export.view import first_values, node_id, pairs, read_articles, read_edges, read_entities
from kg.vocab import KG, PROV, RDF, RDFS, SCHEMA

NODE_HEADER = ["id:ID", ":LABEL", "name", "altNames:string[]", "articleCount:int", "wikidata", "iri"]
ARTICLE_HEADER = ["id:ID", ":LABEL", "identifier", "headline", "url", "datePublished:date", "published", "language",
                  "iri"]
QUOTATION_HEADER = ["id:ID", ":LABEL", "quote", "verb", "datePublished:date", "article", "reporter", "iri"]
REL_HEADER = [":START_ID", ":END_ID", ":TYPE", "weight:int", "articles:string[]", "articleCount:int",
              "firstDate:date", "lastDate:date", "roles:string[]", "confidence:float", "evidence"]
HEADERS = {"Article": ARTICLE_HEADER, "Quotation": QUOTATION_HEADER}
EVIDENCE_SENTENCES = 5
_NUMBER = {"int": "toInteger", "float": "toFloat", "date": "date"}


def header_of(label: str) -> list[str]:
    """The CSV header of a node label."""
    return HEADERS.get(label, NODE_HEADER)


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
    """({label: rows}, {type: rows}) of the graph, in the CSV column orders above."""
    nodes, rels = defaultdict(list), defaultdict(list)
    for e in read_entities(g):
        nodes[e.type].append([node_id(e.iri), e.type, e.label, _array(e.alt), e.count, e.wikidata, e.iri])
    articles = read_articles(g)
    for a, art in articles.items():
        nodes["Article"].append([node_id(a), "Article", art.id, art.headline, art.url, art.date, art.published,
                                 art.language, a])
    for prop, rtype in ((SCHEMA.mentions, "MENTIONS"), (SCHEMA.publisher, "PUBLISHED_BY"),
                        (SCHEMA.author, "WRITTEN_BY"), (SCHEMA.locationCreated, "DATELINED_IN")):
        for a, e in pairs(g, prop):
            if a in articles:
                art = articles[a]
                rels[rtype].append([node_id(a), node_id(e), rtype, 1, _array([art.id]), 1, art.date, art.date, "",
                                    1.0, ""])
    for edge in read_edges(g, articles):
        dates = edge.dates
        rtype = rel_type(edge.predicate)
        # The best evidence: the most confident, then the shortest sentences, each once.
        best = sorted(edge.evidence, key=lambda v: (-v.confidence, len(v.sentence), v.sentence))
        sentences = list(dict.fromkeys(v.sentence for v in best if v.sentence))[:EVIDENCE_SENTENCES]
        rels[rtype].append([
            node_id(edge.subject), node_id(edge.object), rtype, edge.weight,
            _array(edge.article_ids), len(edge.article_ids),
            dates[0] if dates else "", dates[-1] if dates else "", _array(edge.roles),
            edge.confidence, "\n".join(sentences)])
    _quotations(g, articles, nodes, rels)
    return nodes, rels


def _quotations(g: Graph, articles: dict, nodes: dict, rels: dict) -> None:
    speakers, reporters = first_values(g, KG.speaker), first_values(g, KG.reportedBy)
    derived = first_values(g, PROV.wasDerivedFrom)
    quotes = {q for q, _ in pairs(g, RDF.type, KG.Quotation)}
    words, verbs, labels = first_values(g, KG.quote), first_values(g, KG.speechVerb), first_values(g, RDFS.label)
    for q in quotes:
        art = articles.get(derived.get(q, ""))
        qid = node_id(q)
        nodes["Quotation"].append([qid, "Quotation", words.get(q, ""), verbs.get(q, "said"), art.date if art else "",
                                   art.id if art else "", labels.get(reporters.get(q, ""), ""), q])
        base = [1, _array([art.id]) if art else "", 1 if art else 0, art.date if art else "",
                art.date if art else "", "", 1.0, ""]
        if q in speakers:
            rels["SAID"].append([node_id(speakers[q]), qid, "SAID"] + base)
        if art:
            rels["IN_ARTICLE"].append([qid, node_id(art.iri), "IN_ARTICLE"] + base)
        if q in reporters:
            rels["REPORTED_BY"].append([qid, node_id(reporters[q]), "REPORTED_BY"] + base)
    for q, about in pairs(g, SCHEMA.about):
        if q in quotes:
            art = articles.get(derived.get(q, ""))
            rels["ABOUT"].append([node_id(q), node_id(about), "ABOUT", 1, _array([art.id]) if art else "",
                                  1 if art else 0, art.date if art else "", art.date if art else "", "", 1.0, ""])


def split_by_endpoints(nodes: dict, rels: dict) -> dict[tuple[str, str, str], list]:
    """(type, start label, end label) -> rows, for the relationships whose both ends are nodes."""
    label_of = {row[0]: label for label, rows in nodes.items() for row in rows}
    split = defaultdict(list)
    for rtype, rows in rels.items():
        for row in rows:
            if row[0] in label_of and row[1] in label_of:
                split[(rtype, label_of[row[0]], label_of[row[1]])].append(row)
    return split


def _value(column: str) -> str:
    """Cypher for one CSV cell: typed by its header (`weight:int`), arrays split on `;`."""
    name, _, kind = column.partition(":")
    cell = f'row["{column}"]'
    if kind.endswith("[]"):
        return f"CASE {cell} WHEN '' THEN [] ELSE split({cell}, ';') END"
    if kind in _NUMBER:
        return f"CASE {cell} WHEN '' THEN null ELSE {_NUMBER[kind]}({cell}) END"
    return cell


def _props(var: str, header: list[str]) -> str:
    return ", ".join(f"{var}.{c.partition(':')[0]} = {_value(c)}" for c in header
                     if not c.startswith(":") and c != "id:ID")


def _cypher(nodes: dict, split: dict) -> str:
    lines = ["// Load the CSV files of this folder with LOAD CSV (copy them to Neo4j's import/ folder first).",
             "// Idempotent: MERGE on the id, so running it twice changes nothing. Both ends of every",
             "// relationship are matched by label, so the id constraints below serve the lookups."]
    for label in sorted(nodes):
        lines.append(f"CREATE CONSTRAINT {label.lower()}_id IF NOT EXISTS FOR (n:{label}) REQUIRE n.id IS UNIQUE;")
    for label in sorted(nodes):
        lines.append(f"LOAD CSV WITH HEADERS FROM 'file:///nodes_{label}.csv' AS row\n"
                     f"CALL {{ WITH row MERGE (n:{label} {{id: row[\"id:ID\"]}}) SET {_props('n', header_of(label))} }}"
                     f" IN TRANSACTIONS OF 1000 ROWS;")
    for (rtype, start, end) in sorted(split):
        lines.append(
            f"LOAD CSV WITH HEADERS FROM 'file:///{_rel_file(rtype, start, end)}' AS row\n"
            f"CALL {{ WITH row MATCH (a:{start} {{id: row[\":START_ID\"]}}), (b:{end} {{id: row[\":END_ID\"]}})\n"
            f"  MERGE (a)-[r:{rtype}]->(b)\n"
            f"  SET {_props('r', REL_HEADER)}\n"
            f"}} IN TRANSACTIONS OF 1000 ROWS;")
    return "\n\n".join(lines) + "\n"


def _rel_file(rtype: str, start: str, end: str) -> str:
    return f"rels_{rtype}_{start}_{end}.csv"


def admin_command(paths: list[Path]) -> str:
    """The Neo4j 5 bulk import command for the files written (database name first, as Neo4j 5 documents it)."""
    args = [f"--nodes={p.name}" for p in paths if p.name.startswith("nodes_")]
    args += [f"--relationships={p.name}" for p in paths if p.name.startswith("rels_")]
    return ("neo4j-admin database import full neo4j --overwrite-destination --multiline-fields=true "
            "--array-delimiter=';' \\\n    " + " \\\n    ".join(args))


def write(graph: Graph, out_dir: Path, options) -> list[Path]:
    """out_dir/neo4j/: node and relationship CSVs, import.cypher and README.txt."""
    folder = Path(out_dir) / "neo4j"
    nodes, rels = neo4j_tables(graph)
    split = split_by_endpoints(nodes, rels)
    paths = [_write_csv(folder / f"nodes_{label}.csv", header_of(label), rows) for label, rows in sorted(nodes.items())]
    paths += [_write_csv(folder / _rel_file(*key), REL_HEADER, rows) for key, rows in sorted(split.items())]
    with atomic_open(folder / "import.cypher") as handle:
        handle.write(_cypher(nodes, split))
    with atomic_open(folder / "README.txt") as handle:
        handle.write("Bulk import into an empty database (Neo4j 5; run in this folder, the database stopped):\n\n"
                     f"  {admin_command(paths)}\n\n"
                     "Evidence fields hold one sentence per line, hence --multiline-fields=true; date columns\n"
                     "(firstDate, lastDate, datePublished) are Neo4j dates.\n\n"
                     "Or into a running database: copy the CSV files to Neo4j's import/ folder and run\n"
                     "import.cypher (cypher-shell -f import.cypher); it MERGEs, so it is safe to re-run.\n")
    return paths + [folder / "import.cypher", folder / "README.txt"]
