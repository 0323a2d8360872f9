"""A built graph read back into plain records: the one place exporters walk RDF statements.

The HTML page, the Gephi files and the Neo4j tables all need the same things: each article's
metadata, each entity's type, and each relation with its weight and evidence (article,
sentence, method, confidence, role). They read them here instead of each querying the graph.
"""
from __future__ import annotations

from dataclasses import dataclass

from rdflib import Graph, URIRef

from kg.vocab import ID, KG, OWL, PROV, RDF, RDFS, SCHEMA, WD

ENTITY_CLASSES = {SCHEMA.Person: "Person", SCHEMA.Organization: "Organization", SCHEMA.Place: "Place",
                  KG.Treaty: "Treaty"}


def node_id(iri) -> str:
    """The IRI's path after /id/ (`sergey-lavrov`, `article/...`): a short opaque id, unique across nodes.

    Only the prefix is cut: nothing is read from the rest (an entity's type is its rdf:type).
    """
    return str(iri)[len(str(ID)):] if str(iri).startswith(str(ID)) else str(iri)


def wikidata_id(g: Graph, node) -> str:
    """The Q-id among the node's owl:sameAs links ("" when it has none); other links are GeoNames."""
    for iri in sorted(str(o) for o in g.objects(node, OWL.sameAs)):
        if iri.startswith(str(WD)):
            return iri[len(str(WD)):]
    return ""


@dataclass(frozen=True, slots=True)
class ArticleView:
    """An article's metadata as strings ("" when absent); `date` is the day part of `published`."""

    iri: URIRef
    id: str
    headline: str
    published: str
    url: str
    publisher: str
    language: str

    @property
    def date(self) -> str:
        return self.published[:10]


@dataclass(frozen=True, slots=True)
class EvidenceView:
    """One supporting sentence of a relation."""

    article: ArticleView | None
    sentence: str
    method: str
    confidence: float
    role: str


@dataclass(frozen=True, slots=True)
class EdgeView:
    """A relation triple with its statement's weight and its evidence, most confident first."""

    statement: URIRef
    subject: URIRef
    predicate: str  # local name: "met", "mentionedWith", ...
    object: URIRef
    weight: int
    evidence: tuple[EvidenceView, ...]

    @property
    def articles(self) -> list[ArticleView]:
        """The distinct supporting articles, by id."""
        found = {e.article.id: e.article for e in self.evidence if e.article is not None}
        return [found[k] for k in sorted(found)]

    @property
    def dates(self) -> list[str]:
        """The supporting articles' publication days, sorted (undated articles left out)."""
        return sorted(a.date for a in self.articles if a.date)

    @property
    def roles(self) -> list[str]:
        return sorted({e.role for e in self.evidence if e.role})

    @property
    def confidence(self) -> float:
        return max((e.confidence for e in self.evidence), default=0.0)


def read_articles(g: Graph) -> dict[URIRef, ArticleView]:
    """Every schema:NewsArticle of the graph by IRI."""
    found = {}
    for art in g.subjects(RDF.type, SCHEMA.NewsArticle):
        publisher = g.value(art, SCHEMA.publisher)
        found[art] = ArticleView(
            iri=art, id=str(g.value(art, SCHEMA.identifier) or node_id(art)),
            headline=str(g.value(art, SCHEMA.headline) or ""),
            published=str(g.value(art, SCHEMA.datePublished) or ""), url=str(g.value(art, SCHEMA.url) or ""),
            publisher=str(g.value(publisher, RDFS.label) or "") if publisher else "",
            language=str(g.value(art, SCHEMA.inLanguage) or ""))
    return found


def statement_ends(g: Graph) -> list[tuple[URIRef, URIRef]]:
    """(subject, object) of every rdf:Statement: the graph's adjacency, without any evidence."""
    return [(g.value(st, RDF.subject), g.value(st, RDF.object)) for st in g.subjects(RDF.type, RDF.Statement)]


def read_edges(g: Graph, articles: dict[URIRef, ArticleView], between: set | None = None) -> list[EdgeView]:
    """Every rdf:Statement with its evidence, sorted by subject, predicate and object.

    With `between` (entity IRIs), only the statements whose both ends are in it: a page that
    shows 400 entities of 25,000 reads the evidence of their edges only.
    """
    edges = []
    for st in g.subjects(RDF.type, RDF.Statement):
        if between is not None and not (g.value(st, RDF.subject) in between and g.value(st, RDF.object) in between):
            continue
        evidence = []
        for ev in g.objects(st, KG.evidence):
            evidence.append(EvidenceView(
                article=articles.get(g.value(ev, PROV.wasDerivedFrom)),
                sentence=str(g.value(g.value(ev, KG.sentence), KG.text) or ""),
                method=str(g.value(ev, KG.method) or ""), confidence=float(g.value(ev, KG.confidence) or 0),
                role=str(g.value(ev, KG.role) or "")))
        evidence.sort(key=lambda v: (-v.confidence, v.article.id if v.article else "", v.sentence))
        edges.append(EdgeView(statement=st, subject=g.value(st, RDF.subject),
                              predicate=str(g.value(st, RDF.predicate)).rsplit("#", 1)[-1],
                              object=g.value(st, RDF.object), weight=int(g.value(st, KG.weight) or len(evidence)),
                              evidence=tuple(evidence)))
    edges.sort(key=lambda e: (str(e.subject), e.predicate, str(e.object)))
    return edges
