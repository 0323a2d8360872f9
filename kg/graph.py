"""Articles, entities and relations -> an rdflib Graph; the only module that mints IRIs.

The shape is documented in docs/graph-model.md and follows the contract: direct triples
between entities, one rdf:Statement per triple, one kg:Evidence per supporting sentence.
"""
from __future__ import annotations

import hashlib
import re
import zlib
from collections import defaultdict
from dataclasses import dataclass
from decimal import Decimal
from itertools import combinations, groupby
from operator import itemgetter
from typing import Callable

from rdflib import Graph, Literal, URIRef

from kg.gazetteer import Gazetteer
from kg.lang import label_language
from kg.model import Article, Entity, Extraction, Resolution
from kg.names import slugify
from kg.vocab import (ID, KG, OWL, PROV, RDF, RDFS, SCHEMA, SKOS, TYPE_CLASSES, WD, XSD, bind_prefixes,
                      predicate_types, symmetric_predicates)

SUBTYPE_CLASSES = {"Country": SCHEMA.Country, "City": SCHEMA.City, "Continent": SCHEMA.Continent,
                   "Region": SCHEMA.AdministrativeArea}
# How sure a mention is, by how it was found; co-occurrence evidence takes the weaker of two.
MENTION_CONFIDENCE = {"gazetteer": 0.95, "ner+gazetteer": 0.9, "ner": 0.75, "rule:dateline": 0.9,
                      "rule:description": 0.6}
DEFAULT_MENTION_CONFIDENCE = 0.7
# A co-occurrence edge keeps this many evidence sentences (the most confident); kg:weight still
# counts them all. Frequent pairs ("Russia", "United States") otherwise carry thousands.
MAX_COOCCURRENCE_EVIDENCE = 20
_DATE = re.compile(r"^\d{4}-\d{2}-\d{2}$")
_DATETIME = re.compile(r"^(\d{4}-\d{2}-\d{2}T\d{2}:\d{2})(:\d{2})?")
_URL = re.compile(r"^https?://[^\s<>\"{}|\\^`]+$")


@dataclass(frozen=True, slots=True)
class _Support:
    article: str
    sentence: int
    method: str
    confidence: float
    role: str | None = None
    qualifiers: tuple = ()
    date: str | None = None  # the article's publication date, YYYY-MM-DD
    content: int = 0  # a stable digest of the sentence's text: ties on confidence break on content


def _content_key(text: str) -> int:
    return zlib.crc32(text.encode("utf-8"))


def _fits(predicate: str, subject_type: str, object_type: str) -> bool:
    """Whether the resolved entities' types fit the predicate's domain and range (ontology/kg.ttl):
    resolution may retype a mention ("Trump spokesman": Trump is a person, not a body)."""
    domain, range_ = predicate_types().get(predicate, (None, None))
    if domain is None:
        return True
    return subject_type in domain and object_type in range_


def _hash(*parts: str) -> str:
    return hashlib.sha1("\x1f".join(parts).encode()).hexdigest()[:16]


def _decimal(x: float, places: int = 2) -> Literal:
    """`places` decimals in XSD's canonical form ("0.6", "1.0"), as other stores write it back."""
    text = f"{x:.{places}f}".rstrip("0")
    return Literal(Decimal(text + "0" if text.endswith(".") else text), datatype=XSD.decimal)


def article_slugs(articles: list[Article]) -> dict[str, str]:
    """A readable, unique IRI segment per article id (a hash is added where slugs collide)."""
    by_slug = defaultdict(list)
    for art in articles:
        by_slug[slugify(art.id)].append(art.id)
    slugs = {}
    for slug, ids in by_slug.items():
        for aid in ids:
            slugs[aid] = slug if len(ids) == 1 else f"{slug}-{_hash(aid)[:8]}"
    return slugs


def _mention_confidence(method: str) -> float:
    base = method.split("+rule:")[0] if "+rule:" in method else method
    return MENTION_CONFIDENCE.get(method, MENTION_CONFIDENCE.get(base, DEFAULT_MENTION_CONFIDENCE))


def _date_literal(date: str | None) -> Literal | None:
    if not date:
        return None
    if _DATE.match(date):
        return Literal(date, datatype=XSD.date)
    match = _DATETIME.match(date)
    if match:
        return Literal(match.group(1) + (match.group(2) or ":00"), datatype=XSD.dateTime)
    return None


class _GraphBuilder:
    """Adds triples in batches: one call per batch, not per triple, into rdflib or Oxigraph."""

    BATCH = 50_000

    def __init__(self, gazetteer: Gazetteer, graph: Graph | None = None):
        self.g = Graph() if graph is None else graph
        bind_prefixes(self.g)
        self.gazetteer = gazetteer
        self.entities: dict[str, Entity] = {}
        self._pending: list[tuple] = []

    def add(self, triple: tuple) -> None:
        self._pending.append(triple + (self.g,))
        if len(self._pending) >= self.BATCH:
            self.flush()

    def flush(self) -> None:
        if self._pending:
            self.g.addN(self._pending)
            self._pending = []

    def entity(self, e: Entity, article_count: int) -> None:
        node = ID[e.key]
        self.add((node, RDF.type, TYPE_CLASSES[e.type]))
        if e.subtype in SUBTYPE_CLASSES:
            self.add((node, RDF.type, SUBTYPE_CLASSES[e.subtype]))
        self.add((node, RDFS.label, Literal(e.label, lang=label_language(e.label))))
        for alt in e.alt_labels:
            self.add((node, SKOS.altLabel, Literal(alt, lang=label_language(alt))))
        if e.wikidata:
            self.add((node, OWL.sameAs, WD[e.wikidata]))
        for iri in e.same_as:
            self.add((node, OWL.sameAs, URIRef(iri)))
        if e.geo is not None:
            geo = ID[e.key + "/geo"]
            self.add((node, SCHEMA.geo, geo))
            self.add((geo, RDF.type, SCHEMA.GeoCoordinates))
            self.add((geo, SCHEMA.latitude, _decimal(e.geo[0], 4)))
            self.add((geo, SCHEMA.longitude, _decimal(e.geo[1], 4)))
        for text in e.corrections:
            # A user's correction is provenance too: say which one shaped this node.
            fix = ID[f"{e.key}/correction/{_hash(text)[:8]}"]
            self.add((node, PROV.wasInfluencedBy, fix))
            self.add((fix, RDF.type, KG.Correction))
            self.add((fix, KG.method, Literal("correction")))
            self.add((fix, RDFS.comment, Literal(text)))
        if article_count:
            self.add((node, KG.articleCount, Literal(article_count)))
        self.entities[e.key] = e

    def article(self, art: Article, node: URIRef, metadata: tuple = (None, (), None)) -> None:
        publisher, authors, dateline = metadata
        self.add((node, RDF.type, SCHEMA.NewsArticle))
        self.add((node, SCHEMA.identifier, Literal(art.id)))
        if art.url and _URL.match(art.url):
            self.add((node, SCHEMA.url, URIRef(art.url)))
        if art.headline:
            self.add((node, SCHEMA.headline, Literal(art.headline)))
        date = _date_literal(art.date)
        if date is not None:
            self.add((node, SCHEMA.datePublished, date))
        if publisher:
            self.add((node, SCHEMA.publisher, ID[publisher]))
        for author in authors:
            if author:
                self.add((node, SCHEMA.author, ID[author]))
        if art.language:
            self.add((node, SCHEMA.inLanguage, Literal(art.language)))
        if dateline:
            self.add((node, SCHEMA.locationCreated, ID[dateline]))

    def quotation(self, q, ex: Extraction, keys: tuple, article: URIRef, sentence: URIRef,
                  publisher: str | None) -> None:
        """Who said what, with the outlet that reports it (named in the sentence, else the publisher)."""
        speaker = keys[q.speaker]
        if not speaker:
            return
        node = ID["quotation/" + _hash(ex.article.id, str(q.sentence), str(q.speaker), q.text)]
        self.add((node, RDF.type, KG.Quotation))
        self.add((node, KG.speaker, ID[speaker]))
        self.add((node, KG.quote, Literal(q.text)))
        self.add((node, KG.speechVerb, Literal(q.verb)))
        self.add((node, PROV.wasDerivedFrom, article))
        self.add((node, KG.sentence, sentence))
        self.add((node, KG.method, Literal(q.method)))
        self.add((node, KG.confidence, _decimal(q.confidence)))
        reporter = keys[q.reporter] if q.reporter is not None else None
        if reporter and self.entities[reporter].type == "Organization":
            self.add((node, KG.reportedBy, ID[reporter]))
        elif publisher:
            self.add((node, KG.reportedBy, ID[publisher]))
        for i in sorted({keys[i] for i in q.about if keys[i] and keys[i] != speaker}):
            self.add((node, SCHEMA.about, ID[i]))

    def statement(self, s: str, predicate: URIRef, o: str, supports: list[_Support],
                  article_nodes: dict[str, URIRef], sentence_nodes) -> None:
        subj, obj = ID[s], ID[o]
        self.add((subj, predicate, obj))
        st = ID["statement/" + _hash(s, str(predicate), o)]
        self.add((st, RDF.type, RDF.Statement))
        self._reified(st, subj, predicate, obj, supports, article_nodes, sentence_nodes)

    def claim(self, claimant: str, s: str, predicate: URIRef, o: str, supports: list[_Support],
              article_nodes: dict[str, URIRef], sentence_nodes) -> None:
        """A relation reported only as someone's claim: no direct triple, a kg:Claim node instead."""
        node = ID["claim/" + _hash(claimant, s, str(predicate), o)]
        self.add((node, RDF.type, KG.Claim))
        if claimant:
            self.add((node, KG.claimant, ID[claimant]))
        self._reified(node, ID[s], predicate, ID[o], supports, article_nodes, sentence_nodes)

    def _reified(self, st: URIRef, subj: URIRef, predicate: URIRef, obj: URIRef, supports: list[_Support],
                 article_nodes: dict[str, URIRef], sentence_nodes) -> None:
        self.add((st, RDF.subject, subj))
        self.add((st, RDF.predicate, predicate))
        self.add((st, RDF.object, obj))
        self.add((st, KG.weight, Literal(len({(x.article, x.sentence) for x in supports}))))
        if predicate == KG.mentionedWith:
            if len(supports) > MAX_COOCCURRENCE_EVIDENCE:
                # The cap keeps the most confident evidence; ties go by the sentence's content, so which
                # sentences stay does not depend on the article ids (file names, crawl ids).
                supports = sorted(supports, key=lambda x: (-x.confidence, x.content, x.article, x.sentence))
                supports = supports[:MAX_COOCCURRENCE_EVIDENCE]
        else:
            dates = sorted(x.date for x in supports if x.date)
            if dates:  # when it was reported: "who held this post when" from the evidence articles
                self.add((st, KG.firstReported, Literal(dates[0], datatype=XSD.date)))
                self.add((st, KG.lastReported, Literal(dates[-1], datatype=XSD.date)))
        for sup in supports:
            art = article_nodes[sup.article]
            self.add((st, PROV.wasDerivedFrom, art))
            ev = ID["evidence/" + _hash(str(st), sup.article, str(sup.sentence), sup.method, sup.role or "")]
            self.add((st, KG.evidence, ev))
            self.add((ev, RDF.type, KG.Evidence))
            self.add((ev, PROV.wasDerivedFrom, art))
            self.add((ev, KG.sentence, sentence_nodes(sup.article, sup.sentence)))
            self.add((ev, KG.method, Literal(sup.method)))
            self.add((ev, KG.confidence, _decimal(sup.confidence)))
            if sup.role:
                self.add((ev, KG.role, Literal(sup.role)))
            for name, value in sup.qualifiers:
                if name == "past":
                    self.add((ev, KG.past, Literal(value == "true")))
                elif name == "mode":
                    self.add((ev, KG.mode, Literal(value)))


def build_graph(extractions: list[Extraction], resolution: Resolution, gazetteer: Gazetteer,
                graph: Graph | None = None, load: Callable[[str], Extraction] | None = None) -> Graph:
    """The RDF graph of a resolved corpus, added to `graph` (default: a new in-memory rdflib Graph).

    With `load`, `extractions` may be light records (article id and mentions, kg.spill) and
    `load(article_id)` returns the whole one; each is read once, and once more for its sentences.
    """
    builder = _GraphBuilder(gazetteer, graph)
    slugs = article_slugs([ex.article for ex in extractions])
    article_nodes = {aid: ID["article/" + slug] for aid, slug in slugs.items()}
    whole = load or {ex.article.id: ex for ex in extractions}.__getitem__

    mentioned_in: dict[str, set[str]] = defaultdict(set)
    for aid, keys in resolution.mention_keys.items():
        for k in keys:
            if k:
                mentioned_in[k].add(aid)
    for e in resolution.entities:
        builder.entity(e, len(mentioned_in.get(e.key, ())))
    types = {e.key: e.type for e in resolution.entities}

    used_sentences: set[tuple[str, int]] = set()

    def sentence_node(aid: str, idx: int) -> URIRef:
        used_sentences.add((aid, idx))
        return ID[f"sentence/{slugs[aid]}/{idx}"]

    supports: dict[tuple[str, URIRef, str], list[_Support]] = defaultdict(list)
    claims: dict[tuple[str, str, URIRef, str], list[_Support]] = defaultdict(list)
    for aid in sorted(ex.article.id for ex in extractions):
        ex = whole(aid)
        metadata = resolution.metadata_keys.get(aid, (None, (), None))
        builder.article(ex.article, article_nodes[aid], metadata)
        keys = resolution.mention_keys.get(aid, ())
        for k in sorted({k for k in keys if k}):
            builder.add((article_nodes[aid], SCHEMA.mentions, ID[k]))
        per_sentence: dict[int, dict[str, float]] = defaultdict(dict)
        for m, k in zip(ex.mentions, keys):
            if k:
                conf = _mention_confidence(m.method)
                per_sentence[m.sentence][k] = max(conf, per_sentence[m.sentence].get(k, 0.0))
        for idx, ents in per_sentence.items():
            for a, b in combinations(sorted(ents), 2):
                supports[(a, KG.mentionedWith, b)].append(
                    _Support(aid, idx, "cooccurrence", min(ents[a], ents[b]),
                             content=_content_key(ex.sentences[idx].text)))
        for q in ex.quotations:
            builder.quotation(q, ex, keys, article_nodes[aid], sentence_node(aid, q.sentence), metadata[0])
        date = ex.article.date[:10] if ex.article.date and _DATE.match(ex.article.date[:10]) else None
        for rel in ex.relations:
            s, o = keys[rel.subject], keys[rel.object]
            if not (s and o and s != o and _fits(rel.predicate, types[s], types[o])):
                continue
            if rel.predicate in symmetric_predicates() and o < s:
                s, o = o, s
            support = _Support(aid, rel.sentence, rel.method, rel.confidence, rel.role, rel.qualifiers, date)
            if rel.claimed:
                claimant = keys[rel.claimant] if rel.claimant is not None else None
                claims[(claimant or "", s, KG[rel.predicate], o)].append(support)
            else:
                supports[(s, KG[rel.predicate], o)].append(support)
    for (s, p, o), sups in sorted(supports.items(), key=lambda kv: (kv[0][0], str(kv[0][1]), kv[0][2])):
        builder.statement(s, p, o, sups, article_nodes, sentence_node)
    for (c, s, p, o), sups in sorted(claims.items(), key=lambda kv: (kv[0][0], kv[0][1], str(kv[0][2]), kv[0][3])):
        builder.claim(c, s, p, o, sups, article_nodes, sentence_node)
    for aid, used in groupby(sorted(used_sentences), key=itemgetter(0)):
        sentences = whole(aid).sentences
        for _, idx in used:
            sent = sentences[idx]
            node = ID[f"sentence/{slugs[aid]}/{idx}"]
            builder.add((node, RDF.type, KG.Sentence))
            builder.add((node, KG.text, Literal(sent.text)))
            builder.add((node, KG.startOffset, Literal(sent.start)))
            builder.add((node, KG.endOffset, Literal(sent.end)))
            builder.add((node, PROV.wasDerivedFrom, article_nodes[aid]))
    builder.flush()
    return builder.g
