"""Namespaces for the terms the graph uses; the project's own are closed, so a typo raises."""
from __future__ import annotations

from functools import lru_cache

from rdflib import Namespace
from rdflib.namespace import OWL, PROV, RDF, RDFS, SKOS, XSD, ClosedNamespace

SCHEMA = Namespace("https://schema.org/")
WD = Namespace("http://www.wikidata.org/entity/")
KG_BASE = "https://w3id.org/kg-news/"
ID = Namespace(KG_BASE + "id/")


KG_NS = KG_BASE + "ontology#"


@lru_cache(maxsize=1)
def _ontology():
    """ontology/kg.ttl, parsed once: the closed namespace, domain/range and symmetry all read it."""
    from rdflib import Graph

    from kg.data import ontology_path

    return Graph().parse(ontology_path(), format="turtle")


def _ontology_terms() -> list[str]:
    """Local names of every term ontology/kg.ttl declares in the project's namespace."""
    return sorted({str(s)[len(KG_NS):] for s in _ontology().subjects() if str(s).startswith(KG_NS)})


# The project's own terms, closed over what ontology/kg.ttl declares: a typo raises, and a new
# relation kind needs only its declaration in the ontology (data), not a line here.
KG = ClosedNamespace(KG_NS, _ontology_terms())
KG_NAMESPACE = Namespace(KG_NS)


PREFIXES = (("schema", SCHEMA), ("kg", KG_NAMESPACE), ("prov", PROV), ("skos", SKOS), ("owl", OWL), ("wd", WD),
            ("id", ID), ("xsd", XSD), ("rdfs", RDFS))
# Every prefix kg writes or reads, as plain strings, for SPARQL, JSON-LD and readable messages.
NAMESPACES = {"rdf": str(RDF), **{prefix: str(ns) for prefix, ns in PREFIXES}}

# The class of each entity type (kg.model.ENTITY_TYPES), the one place types meet the vocabularies.
TYPE_CLASSES = {"Person": SCHEMA.Person, "Organization": SCHEMA.Organization, "Place": SCHEMA.Place,
                "Treaty": KG.Treaty}
CLASS_TYPES = {cls: name for name, cls in TYPE_CLASSES.items()}


def sparql_prefixes(*prefixes: str) -> str:
    """PREFIX lines for `prefixes` (all of NAMESPACES when none is named)."""
    return "".join(f"PREFIX {p}: <{NAMESPACES[p]}>\n" for p in (prefixes or NAMESPACES))


@lru_cache(maxsize=1)
def symmetric_predicates() -> frozenset[str]:
    """Local names of the kg predicates the ontology declares owl:SymmetricProperty."""
    return frozenset(str(p)[len(str(KG_NAMESPACE)):] for p in _ontology().subjects(RDF.type, OWL.SymmetricProperty)
                     if str(p).startswith(str(KG_NAMESPACE)))


@lru_cache(maxsize=1)
def predicate_types() -> dict[str, tuple[frozenset, frozenset]]:
    """Domain and range of each kg predicate between entities, as entity type names, read from
    the ontology (ontology/kg.ttl), so that they are written down once."""
    from rdflib import BNode
    from rdflib.collection import Collection

    onto = _ontology()

    def names(node) -> frozenset:
        if isinstance(node, BNode):
            members = onto.value(node, OWL.unionOf)
            return frozenset(CLASS_TYPES[c] for c in Collection(onto, members) if c in CLASS_TYPES)
        return frozenset({CLASS_TYPES[node]}) if node in CLASS_TYPES else frozenset()

    found = {}
    for prop in onto.subjects(RDF.type, OWL.ObjectProperty):
        if not str(prop).startswith(str(KG_NAMESPACE)):
            continue
        domain, range_ = names(onto.value(prop, RDFS.domain)), names(onto.value(prop, RDFS.range))
        if domain and range_:
            found[str(prop)[len(str(KG_NAMESPACE)):]] = (domain, range_)
    return found


def bind_prefixes(graph) -> None:
    """Bind the graph's prefixes (an Oxigraph store keeps none, so a store read back needs this too)."""
    for prefix, ns in PREFIXES:
        graph.bind(prefix, ns, override=True, replace=True)


__all__ = ["CLASS_TYPES", "NAMESPACES", "PREFIXES", "TYPE_CLASSES", "bind_prefixes", "predicate_types", "sparql_prefixes", "symmetric_predicates", "KG", "KG_NAMESPACE", "SCHEMA", "WD", "ID", "OWL", "PROV", "RDF", "RDFS", "SKOS", "XSD"]
