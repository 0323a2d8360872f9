"""TriG and N-Quads with one named graph per article (NewsReader style), and JSON-LD.

An article's named graph (`<article IRI>/graph`) holds the article's own triples: its
metadata and mentions, the evidence and sentence nodes derived from it, and every relation
triple and rdf:Statement it supports (a relation supported by two articles appears in both
graphs). Entity descriptions (types, labels, sameAs) and quotations' speakers live in the
default graph. The union of all graphs is exactly the Turtle graph.
JSON-LD is the same graph as one document with a context file (context.jsonld) embedded by
value, so readers need no network.
"""
from __future__ import annotations

import json
from collections import defaultdict
from itertools import groupby
from operator import itemgetter
from pathlib import Path

from rdflib import Graph

from kg.export.atomic import atomic_open
from kg.export.syntax import term
from kg.vocab import KG, NAMESPACES, PROV, RDF, SCHEMA

CONTEXT = {p: NAMESPACES[p] for p in ("schema", "kg", "prov", "skos", "rdfs", "owl", "xsd", "id")}


def article_graphs(g: Graph) -> dict:
    """{article IRI: set of triples} for the article's named graph, and None: the default graph."""
    owner: dict = defaultdict(set)  # node -> articles it belongs to
    for art in g.subjects(RDF.type, SCHEMA.NewsArticle):
        owner[art].add(art)
    for node, art in g.subject_objects(PROV.wasDerivedFrom):
        if (art, RDF.type, SCHEMA.NewsArticle) in g and (node, RDF.type, RDF.Statement) not in g:
            owner[node].add(art)  # evidence, sentences, quotations
    statement_of = {}
    for st in g.subjects(RDF.type, RDF.Statement):
        arts = {a for ev in g.objects(st, KG.evidence) for a in g.objects(ev, PROV.wasDerivedFrom)}
        owner[st] |= arts
        statement_of[(g.value(st, RDF.subject), g.value(st, RDF.predicate), g.value(st, RDF.object))] = arts
    graphs: dict = defaultdict(set)
    for triple in g:
        arts = owner.get(triple[0]) or statement_of.get(triple)
        for art in arts or (None,):
            graphs[art].add(triple)
    return graphs


def _quads(g: Graph) -> list[tuple[str, str]]:
    """(graph name or "", triple in N-Triples syntax), sorted: the dataset as text, deterministic."""
    rows = []
    for art, triples in article_graphs(g).items():
        name = "" if art is None else f"<{art}/graph>"
        rows += [(name, f"{term(s)} {term(p)} {term(o)}") for s, p, o in triples]
    rows.sort()
    return rows


def write_trig(graph: Graph, out_dir: Path, options) -> list[Path]:
    """out_dir/<stem>.trig: the default graph first, then one block per article's graph."""
    path = Path(out_dir) / f"{options.stem}.trig"
    with atomic_open(path) as handle:
        for name, rows in groupby(_quads(graph), key=itemgetter(0)):
            handle.write(f"{name} {{\n" if name else "{\n")
            handle.writelines(f"  {triple} .\n" for _, triple in rows)
            handle.write("}\n")
    return [path]


def write_nquads(graph: Graph, out_dir: Path, options) -> list[Path]:
    """out_dir/<stem>.nq, sorted lines."""
    path = Path(out_dir) / f"{options.stem}.nq"
    lines = sorted(f"{triple} {name} .\n" if name else f"{triple} .\n" for name, triple in _quads(graph))
    with atomic_open(path) as handle:
        handle.writelines(lines)
    return [path]


def write_jsonld(graph: Graph, out_dir: Path, options) -> list[Path]:
    """out_dir/<stem>.jsonld and out_dir/context.jsonld (the context is embedded as well)."""
    folder = Path(out_dir)
    # Serialised before anything is written, so a failure leaves no orphan context file.
    text = graph.serialize(format="json-ld", context=CONTEXT, sort_keys=True, indent=1)
    path = folder / f"{options.stem}.jsonld"
    with atomic_open(path) as handle:
        handle.write(text)
    with atomic_open(folder / "context.jsonld") as handle:
        json.dump({"@context": CONTEXT}, handle, indent=1, sort_keys=True)
    return [path, folder / "context.jsonld"]
