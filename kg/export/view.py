"""A built graph read back into plain records: the one place exporters walk RDF statements.

The HTML page, the Gephi files and the Neo4j tables all need the same things: each article's
metadata, each entity's type (from its rdf:type, never from its IRI), and each relation with
its weight and evidence (article, sentence, method, confidence, role). They read them here.

Everything is read as plain strings, never as rdflib terms: entity and article fields one
predicate at a time (a scan of Oxigraph's predicate index), statements and their evidence with
one SPARQL join each, run by Oxigraph in Rust. That is what keeps the exports of a large graph
from costing more than the build. Graphs in rdflib's memory (a notebook build, the tests) take
the same records through rdflib's triple patterns.
"""
from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterator
from dataclasses import dataclass

from rdflib import Graph

from kg.store import oxigraph_of
from kg.vocab import CLASS_TYPES, ID, KG, KG_NAMESPACE, OWL, PROV, RDF, RDFS, SCHEMA, SKOS, WD, sparql_prefixes

ENTITY_CLASSES = CLASS_TYPES  # class IRI -> entity type name
_KG_NS = str(KG_NAMESPACE)


def node_id(iri) -> str:
    """The IRI's path after /id/ (`sergey-lavrov`, `article/...`): a short opaque id, unique across nodes.

    Only the prefix is cut: nothing is read from the rest (an entity's type is its rdf:type).
    """
    return str(iri)[len(str(ID)):] if str(iri).startswith(str(ID)) else str(iri)



def pairs(g: Graph, predicate, obj=None) -> Iterator[tuple[str, str]]:
    """(subject, object) of every triple with `predicate` (and `obj`), as strings: IRIs and lexical forms."""
    store = oxigraph_of(g)
    if store is None:
        from rdflib import URIRef

        for s, _, o in g.triples((None, predicate, URIRef(obj) if obj is not None else None)):
            yield str(s), str(o)
        return
    import pyoxigraph

    pattern_obj = pyoxigraph.NamedNode(str(obj)) if obj is not None else None
    for q in store.quads_for_pattern(None, pyoxigraph.NamedNode(str(predicate)), pattern_obj,
                                     pyoxigraph.DefaultGraph()):
        yield q.subject.value, q.object.value


def first_values(g: Graph, predicate) -> dict[str, str]:
    """subject -> object for a predicate with one value per subject (if several: a fixed one of them)."""
    if oxigraph_of(g) is not None:
        return dict(pairs(g, predicate))  # Oxigraph's index order does not depend on insertion order
    found: dict[str, str] = {}
    for s, o in pairs(g, predicate):
        if s not in found or o < found[s]:
            found[s] = o
    return found


def all_values(g: Graph, predicate) -> dict[str, list[str]]:
    """subject -> sorted objects."""
    found: dict[str, list[str]] = defaultdict(list)
    for s, o in pairs(g, predicate):
        found[s].append(o)
    for values in found.values():
        values.sort()
    return found


@dataclass(frozen=True, slots=True)
class ArticleView:
    """An article's metadata as strings ("" when absent); `date` is the day part of `published`."""

    iri: str
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
class EntityView:
    """An entity with its type (the first of ENTITY_CLASSES among its rdf:types) and names."""

    iri: str
    type: str
    label: str
    alt: tuple[str, ...]
    count: int  # articles that mention it
    wikidata: str


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

    statement: str
    subject: str
    predicate: str  # local name: "met", "mentionedWith", ...
    object: str
    weight: int
    evidence: tuple[EvidenceView, ...]
    article_ids: tuple[str, ...] = ()  # every supporting article (evidence may be capped), by identifier

    @property
    def articles(self) -> list[ArticleView]:
        """The distinct supporting articles of the evidence kept, by id."""
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


def read_articles(g: Graph) -> dict[str, ArticleView]:
    """Every schema:NewsArticle of the graph by IRI."""
    iris = [s for s, _ in pairs(g, RDF.type, SCHEMA.NewsArticle)]
    ident, headline = first_values(g, SCHEMA.identifier), first_values(g, SCHEMA.headline)
    published, url = first_values(g, SCHEMA.datePublished), first_values(g, SCHEMA.url)
    publisher, language = first_values(g, SCHEMA.publisher), first_values(g, SCHEMA.inLanguage)
    labels = first_values(g, RDFS.label)
    return {a: ArticleView(iri=a, id=ident.get(a) or node_id(a), headline=headline.get(a, ""),
                           published=published.get(a, ""), url=url.get(a, ""),
                           publisher=labels.get(publisher.get(a, ""), ""), language=language.get(a, ""))
            for a in iris}


def read_entities(g: Graph) -> list[EntityView]:
    """Every entity of the graph, sorted by IRI."""
    types: dict[str, str] = {}
    for cls, name in ENTITY_CLASSES.items():
        for s, _ in pairs(g, RDF.type, cls):
            types.setdefault(s, name)
    labels, alts = first_values(g, RDFS.label), all_values(g, SKOS.altLabel)
    counts = first_values(g, KG.articleCount)
    # owl:sameAs holds GeoNames links too: the Wikidata id is the one in Wikidata's namespace.
    wikidata = {s: o[len(str(WD)):] for s, o in sorted(pairs(g, OWL.sameAs), reverse=True) if o.startswith(str(WD))}
    return [EntityView(iri=e, type=t, label=labels.get(e, e), alt=tuple(alts.get(e, ())),
                       count=int(counts.get(e, 0)), wikidata=wikidata.get(e, ""))
            for e, t in sorted(types.items())]


def read_mentions(g: Graph) -> dict[str, list[str]]:
    """entity IRI -> the IRIs of the articles that mention it, sorted."""
    found: dict[str, list[str]] = defaultdict(list)
    for art, ent in pairs(g, SCHEMA.mentions):
        found[ent].append(art)
    for arts in found.values():
        arts.sort()
    return found


def statement_ends(g: Graph) -> list[tuple[str, str]]:
    """(subject, object) of every rdf:Statement: the graph's adjacency, without any evidence."""
    return sorted((s, o) for _, s, _, o, _ in _statement_rows(g))


_STATEMENTS = """SELECT ?st ?s ?p ?o ?w WHERE {
  ?st a rdf:Statement ; rdf:subject ?s ; rdf:predicate ?p ; rdf:object ?o . OPTIONAL { ?st kg:weight ?w } }"""
_EVIDENCE = """SELECT ?st ?a ?t ?m ?c ?r WHERE {
  ?st kg:evidence ?ev . ?ev kg:sentence ?sn ; kg:method ?m ; kg:confidence ?c .
  OPTIONAL { ?ev prov:wasDerivedFrom ?a } OPTIONAL { ?sn kg:text ?t } OPTIONAL { ?ev kg:role ?r } }"""
_PREFIXES = sparql_prefixes("rdf", "kg", "prov")


def _rows(g: Graph, query: str) -> Iterator[tuple[str, ...]]:
    """Rows of a SELECT on kg's Oxigraph store, as strings ("" for unbound): the join runs in Rust."""
    for solution in oxigraph_of(g).query(_PREFIXES + query):
        yield tuple("" if term is None else term.value for term in solution)


def _statement_rows(g: Graph) -> Iterator[tuple[str, str, str, str, str]]:
    """(statement, subject, predicate, object, weight) of every rdf:Statement."""
    if oxigraph_of(g) is not None:
        yield from _rows(g, _STATEMENTS)
        return
    subjects, objects = first_values(g, RDF.subject), first_values(g, RDF.object)
    predicates, weights = first_values(g, RDF.predicate), first_values(g, KG.weight)
    for st, _ in pairs(g, RDF.type, RDF.Statement):
        yield st, subjects.get(st, ""), predicates.get(st, ""), objects.get(st, ""), weights.get(st, "")


def _evidence_rows(g: Graph, wanted: set) -> Iterator[tuple[str, str, str, str, str, str]]:
    """(statement, article, sentence text, method, confidence, role) of the evidence of `wanted` statements."""
    if oxigraph_of(g) is not None:
        yield from (row for row in _rows(g, _EVIDENCE) if row[0] in wanted)
        return
    derived, sentence = first_values(g, PROV.wasDerivedFrom), first_values(g, KG.sentence)
    method, confidence, role = first_values(g, KG.method), first_values(g, KG.confidence), first_values(g, KG.role)
    texts = first_values(g, KG.text)
    for st, ev in pairs(g, KG.evidence):
        if st in wanted:
            yield (st, derived.get(ev, ""), texts.get(sentence.get(ev, ""), ""), method.get(ev, ""),
                   confidence.get(ev, "0"), role.get(ev, ""))


def read_edges(g: Graph, articles: dict[str, ArticleView], between: set | None = None,
               max_evidence: dict[str, int] | None = None) -> list[EdgeView]:
    """Every rdf:Statement with its evidence, sorted by subject, predicate and object.

    With `between` (entity IRIs), only the statements whose both ends are in it. With
    `max_evidence` (predicate local name, or "*", -> n), at most n evidence per edge are kept,
    the most confident: a page reads what it shows, not every sentence of the graph.
    """
    statements = {row[0]: row for row in _statement_rows(g)
                  if between is None or (row[1] in between and row[3] in between)}
    evidence_of: dict[str, list[EvidenceView]] = defaultdict(list)
    for st, art, text, method, confidence, role in _evidence_rows(g, statements.keys()):
        evidence_of[st].append(EvidenceView(article=articles.get(art), sentence=text, method=method,
                                            confidence=float(confidence or 0), role=role))
    edges = []
    for st, subject, predicate, obj, weight in statements.values():
        evidence = sorted(evidence_of.get(st, ()), key=lambda v: (-v.confidence, v.article.id if v.article else "",
                                                                 v.sentence, v.method, v.role))
        local = predicate[len(_KG_NS):] if predicate.startswith(_KG_NS) else predicate.rsplit("#", 1)[-1]
        article_ids = tuple(sorted({v.article.id for v in evidence if v.article is not None}))
        if max_evidence:
            evidence = evidence[:max_evidence.get(local, max_evidence.get("*", len(evidence)))]
        edges.append(EdgeView(statement=st, subject=subject, predicate=local, object=obj,
                              weight=int(weight or 0) or len(evidence), evidence=tuple(evidence),
                              article_ids=article_ids))
    edges.sort(key=lambda e: (e.subject, e.predicate, e.object))
    return edges


@dataclass(frozen=True, slots=True)
class QuoteView:
    """A kg:Quotation: who said what, in which article, reported by which outlet."""

    speaker: str  # entity IRI
    quote: str
    verb: str
    article: ArticleView | None
    reporter: str  # the outlet's label, "" when unknown


def read_quotes(g: Graph, articles: dict[str, ArticleView]) -> list[QuoteView]:
    """Every kg:Quotation, sorted by speaker, date, article and words."""
    speakers, quotes, verbs = first_values(g, KG.speaker), first_values(g, KG.quote), first_values(g, KG.speechVerb)
    derived, reporters, labels = first_values(g, PROV.wasDerivedFrom), first_values(g, KG.reportedBy), None
    found = []
    for q, _ in pairs(g, RDF.type, KG.Quotation):
        if labels is None:
            labels = first_values(g, RDFS.label)
        found.append(QuoteView(speaker=speakers.get(q, ""), quote=quotes.get(q, ""), verb=verbs.get(q, "said"),
                               article=articles.get(derived.get(q, "")), reporter=labels.get(reporters.get(q, ""), "")))
    found.sort(key=lambda v: (v.speaker, v.article.date if v.article else "", v.article.id if v.article else "",
                              v.quote))
    return found
