"""Old-to-new entity IRIs between two builds of the same articles (for graphs built before kg 0.x's
type-free IRIs, or after corrections): `python scripts/iri_migration.py OLD.ttl NEW.ttl > map.tsv`.

An old entity maps to the new entity whose rdfs:label equals its label, else to the new entity
that has its label among its names (rdfs:label or skos:altLabel); an old entity with no such
new entity is written with an empty second column. Tab-separated: old IRI, new IRI, label.
"""
from __future__ import annotations

import sys
from collections import defaultdict

from rdflib import Graph, URIRef
from rdflib.namespace import RDF, RDFS, SKOS

ENTITY_CLASSES = {URIRef("https://schema.org/" + c) for c in ("Person", "Organization", "Place")} | {
    URIRef("https://w3id.org/kg-news/ontology#Treaty")}


def entities(g: Graph) -> dict:
    """Entity IRI -> (label, every name), for nodes typed with one of the four entity classes."""
    found = {}
    for cls in ENTITY_CLASSES:
        for node in g.subjects(RDF.type, cls):
            label = str(g.value(node, RDFS.label) or "")
            names = {label} | {str(a) for a in g.objects(node, SKOS.altLabel)}
            found[node] = (label, names)
    return found


def mapping(old: Graph, new: Graph) -> list[tuple[str, str, str]]:
    """(old IRI, new IRI or "", old label) for every entity of `old`, sorted by old IRI."""
    new_entities = entities(new)
    by_label, by_name = {}, defaultdict(set)
    for node, (label, names) in new_entities.items():
        by_label.setdefault(label, set()).add(node)
        for name in names:
            by_name[name].add(node)
    rows = []
    for node, (label, _) in sorted(entities(old).items()):
        hits = by_label.get(label) or by_name.get(label) or set()
        rows.append((str(node), str(min(hits)) if hits else "", label))
    return rows


def main(argv: list[str]) -> int:
    if len(argv) != 2:
        print(__doc__, file=sys.stderr)
        return 2
    old, new = Graph().parse(argv[0]), Graph().parse(argv[1])
    print("old_iri\tnew_iri\tlabel")
    for row in mapping(old, new):
        print("\t".join(row))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
