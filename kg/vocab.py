"""Namespaces for the terms the graph uses; the project's own are closed, so a typo raises."""
from __future__ import annotations

from rdflib import Namespace
from rdflib.namespace import OWL, PROV, RDF, RDFS, SKOS, XSD, DefinedNamespace

SCHEMA = Namespace("https://schema.org/")
WD = Namespace("http://www.wikidata.org/entity/")
KG_BASE = "https://w3id.org/kg-news/"
ID = Namespace(KG_BASE + "id/")


class KG(DefinedNamespace):
    """The project's own ontology terms (declared in ontology/kg.ttl)."""

    _NS = Namespace(KG_BASE + "ontology#")
    _fail = True

    # classes
    Treaty: object
    Evidence: object
    Sentence: object
    Quotation: object
    Correction: object  # a user's correction that shaped an entity (kg.corrections)
    Claim: object  # a relation reported as someone's accusation or claim, not asserted
    # relation predicates between entities
    holdsPosition: object
    affiliatedWith: object
    met: object
    headquarteredIn: object
    partOf: object
    partyTo: object
    mentionedWith: object
    # provenance
    evidence: object  # rdf:Statement -> kg:Evidence
    sentence: object  # kg:Evidence -> kg:Sentence
    text: object  # kg:Sentence -> literal
    startOffset: object
    endOffset: object
    method: object
    confidence: object
    weight: object  # rdf:Statement -> number of supporting sentences
    role: object  # kg:Evidence -> role title or treaty action
    past: object  # kg:Evidence -> boolean: the role was held in the past
    articleCount: object  # entity -> number of articles that mention it
    mode: object  # kg:Evidence -> how a meeting took place ("phone")
    firstReported: object  # rdf:Statement or kg:Claim -> earliest date of its dated evidence articles
    lastReported: object  # rdf:Statement or kg:Claim -> latest date of its dated evidence articles
    claimant: object  # kg:Claim -> who claims it
    # statements: who said what
    speaker: object  # kg:Quotation -> Person or Organization
    quote: object  # kg:Quotation -> the quoted or reported words
    speechVerb: object  # kg:Quotation -> "said", "told reporters", ...
    reportedBy: object  # kg:Quotation -> the news outlet that reports it


PREFIXES = (("schema", SCHEMA), ("kg", KG._NS), ("prov", PROV), ("skos", SKOS), ("owl", OWL), ("wd", WD),
            ("id", ID), ("xsd", XSD), ("rdfs", RDFS))


def bind_prefixes(graph) -> None:
    """Bind the graph's prefixes (an Oxigraph store keeps none, so a store read back needs this too)."""
    for prefix, ns in PREFIXES:
        graph.bind(prefix, ns, override=True, replace=True)


__all__ = ["PREFIXES", "bind_prefixes", "KG", "SCHEMA", "WD", "ID", "OWL", "PROV", "RDF", "RDFS", "SKOS", "XSD"]
