"""Articles, entities and relations -> an rdflib Graph; the only module that mints IRIs.

The shape is documented in docs/graph-model.md and follows the contract: direct triples
between entities, one rdf:Statement per triple, one kg:Evidence per supporting sentence.

Triples are written as N-Triples lines and loaded in batches (kg.store.add_ntriples): a
build makes hundreds of thousands of them, and rdflib terms cost microseconds each to make
and again to convert for Oxigraph, while Oxigraph parses N-Triples at a million a second.
"""
from __future__ import annotations

import hashlib
import re
import zlib
from collections import defaultdict
from dataclasses import dataclass
from itertools import combinations, groupby
from operator import itemgetter
from types import SimpleNamespace
from typing import Callable

from rdflib import Graph

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
_URL = re.compile(r"^https?://[^\s<>\"{}|\\^`\x00-\x1f\x7f]+$")
_ID = str(ID)
_MENTIONED_WITH = str(KG.mentionedWith)


def _iri(iri: str) -> str:
    """An IRI in N-Triples syntax."""
    return f"<{iri}>"


def _node(key: str) -> str:
    """The N-Triples IRI of a data node (an entity key, "article/...", "statement/...")."""
    return f"<{_ID}{key}>"


_ESCAPES = str.maketrans({"\\": "\\\\", '"': '\\"', "\n": "\\n", "\r": "\\r"})


def _text(value: str, lang: str | None = None) -> str:
    """A plain (or language-tagged) string literal in N-Triples syntax."""
    quoted = f'"{value.translate(_ESCAPES)}"'
    return f"{quoted}@{lang}" if lang else quoted


# Every vocabulary term the builder writes, in N-Triples syntax, made once.
V = SimpleNamespace(
    type=_iri(RDF.type), label=_iri(RDFS.label), comment=_iri(RDFS.comment), alt=_iri(SKOS.altLabel),
    same_as=_iri(OWL.sameAs), statement=_iri(RDF.Statement), subject=_iri(RDF.subject),
    predicate=_iri(RDF.predicate), object=_iri(RDF.object), derived=_iri(PROV.wasDerivedFrom),
    influenced=_iri(PROV.wasInfluencedBy), geo=_iri(SCHEMA.geo), geo_class=_iri(SCHEMA.GeoCoordinates),
    latitude=_iri(SCHEMA.latitude), longitude=_iri(SCHEMA.longitude), news=_iri(SCHEMA.NewsArticle),
    identifier=_iri(SCHEMA.identifier), url=_iri(SCHEMA.url), headline=_iri(SCHEMA.headline),
    published=_iri(SCHEMA.datePublished), publisher=_iri(SCHEMA.publisher), author=_iri(SCHEMA.author),
    language=_iri(SCHEMA.inLanguage), created=_iri(SCHEMA.locationCreated), mentions=_iri(SCHEMA.mentions),
    about=_iri(SCHEMA.about), correction=_iri(KG.Correction), method=_iri(KG.method),
    article_count=_iri(KG.articleCount), quotation=_iri(KG.Quotation), speaker=_iri(KG.speaker),
    quote=_iri(KG.quote), speech_verb=_iri(KG.speechVerb), sentence=_iri(KG.sentence),
    confidence=_iri(KG.confidence), reported_by=_iri(KG.reportedBy), claim=_iri(KG.Claim),
    claimant=_iri(KG.claimant), weight=_iri(KG.weight), first=_iri(KG.firstReported),
    last=_iri(KG.lastReported), evidence=_iri(KG.evidence), evidence_class=_iri(KG.Evidence),
    role=_iri(KG.role), past=_iri(KG.past), mode=_iri(KG.mode), sentence_class=_iri(KG.Sentence),
    text=_iri(KG.text), start=_iri(KG.startOffset), end=_iri(KG.endOffset),
    integer=_iri(XSD.integer), decimal=_iri(XSD.decimal), boolean=_iri(XSD.boolean), date=_iri(XSD.date),
    datetime=_iri(XSD.dateTime),
)
_TYPE_CLASSES = {name: _iri(cls) for name, cls in TYPE_CLASSES.items()}
_SUBTYPE_CLASSES = {name: _iri(cls) for name, cls in SUBTYPE_CLASSES.items()}


def _integer(n: int) -> str:
    return f'"{n}"^^{V.integer}'


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


def _decimal(x: float, places: int = 2) -> str:
    """`places` decimals in XSD's canonical form ("0.6", "1.0"), as other stores write it back."""
    text = f"{x:.{places}f}".rstrip("0")
    return f'"{text}0"^^{V.decimal}' if text.endswith(".") else f'"{text}"^^{V.decimal}'


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


def _date_literal(date: str | None) -> str | None:
    if not date:
        return None
    if _DATE.match(date):
        return f'"{date}"^^{V.date}'
    match = _DATETIME.match(date)
    if match:
        return f'"{match.group(1) + (match.group(2) or ":00")}"^^{V.datetime}'
    return None


class _GraphBuilder:
    """Collects N-Triples lines and loads them in batches into rdflib or Oxigraph (kg.store.add_ntriples)."""

    BATCH = 50_000

    def __init__(self, gazetteer: Gazetteer, graph: Graph | None = None):
        self.g = Graph() if graph is None else graph
        bind_prefixes(self.g)
        self.gazetteer = gazetteer
        self.entities: dict[str, Entity] = {}
        self._pending: list[str] = []

    def add(self, s: str, p: str, o: str) -> None:
        """Add the triple (s, p, o), each term in N-Triples syntax."""
        self._pending.append(f"{s} {p} {o} .\n")
        if len(self._pending) >= self.BATCH:
            self.flush()

    def flush(self) -> None:
        if self._pending:
            from kg.store import add_ntriples

            add_ntriples(self.g, "".join(self._pending))
            self._pending = []

    def entity(self, e: Entity, article_count: int) -> None:
        add, node = self.add, _node(e.key)
        add(node, V.type, _TYPE_CLASSES[e.type])
        if e.subtype in SUBTYPE_CLASSES:
            add(node, V.type, _SUBTYPE_CLASSES[e.subtype])
        add(node, V.label, _text(e.label, label_language(e.label)))
        for alt in e.alt_labels:
            add(node, V.alt, _text(alt, label_language(alt)))
        if e.wikidata:
            add(node, V.same_as, _iri(WD[e.wikidata]))
        for iri in e.same_as:
            add(node, V.same_as, _iri(iri))
        if e.geo is not None:
            geo = _node(e.key + "/geo")
            add(node, V.geo, geo)
            add(geo, V.type, V.geo_class)
            add(geo, V.latitude, _decimal(e.geo[0], 4))
            add(geo, V.longitude, _decimal(e.geo[1], 4))
        for text in e.corrections:
            # A user's correction is provenance too: say which one shaped this node.
            fix = _node(f"{e.key}/correction/{_hash(text)[:8]}")
            add(node, V.influenced, fix)
            add(fix, V.type, V.correction)
            add(fix, V.method, _text("correction"))
            add(fix, V.comment, _text(text))
        if article_count:
            add(node, V.article_count, _integer(article_count))
        self.entities[e.key] = e

    def article(self, art: Article, node: str, metadata: tuple = (None, (), None)) -> None:
        add = self.add
        publisher, authors, dateline = metadata
        add(node, V.type, V.news)
        add(node, V.identifier, _text(art.id))
        if art.url and _URL.match(art.url):
            add(node, V.url, _iri(art.url))
        if art.headline:
            add(node, V.headline, _text(art.headline))
        date = _date_literal(art.date)
        if date is not None:
            add(node, V.published, date)
        if publisher:
            add(node, V.publisher, _node(publisher))
        for author in authors:
            if author:
                add(node, V.author, _node(author))
        if art.language:
            add(node, V.language, _text(art.language))
        if dateline:
            add(node, V.created, _node(dateline))

    def quotation(self, q, ex: Extraction, keys: tuple, article: str, sentence: str, publisher: str | None) -> None:
        """Who said what, with the outlet that reports it (named in the sentence, else the publisher)."""
        speaker = keys[q.speaker]
        if not speaker:
            return
        add = self.add
        node = _node("quotation/" + _hash(ex.article.id, str(q.sentence), str(q.speaker), q.text))
        add(node, V.type, V.quotation)
        add(node, V.speaker, _node(speaker))
        add(node, V.quote, _text(q.text))
        add(node, V.speech_verb, _text(q.verb))
        add(node, V.derived, article)
        add(node, V.sentence, sentence)
        add(node, V.method, _text(q.method))
        add(node, V.confidence, _decimal(q.confidence))
        reporter = keys[q.reporter] if q.reporter is not None else None
        if reporter and self.entities[reporter].type == "Organization":
            add(node, V.reported_by, _node(reporter))
        elif publisher:
            add(node, V.reported_by, _node(publisher))
        for i in sorted({keys[i] for i in q.about if keys[i] and keys[i] != speaker}):
            add(node, V.about, _node(i))

    def statement(self, s: str, predicate: str, o: str, supports: list[_Support],
                  article_nodes: dict[str, str], sentence_nodes) -> None:
        """The direct triple s -predicate-> o (keys and a full predicate IRI) and its rdf:Statement."""
        subj, pred, obj = _node(s), _iri(predicate), _node(o)
        self.add(subj, pred, obj)
        st = _ID + "statement/" + _hash(s, predicate, o)
        self.add(_iri(st), V.type, V.statement)
        self._reified(st, subj, predicate, obj, supports, article_nodes, sentence_nodes)

    def claim(self, claimant: str, s: str, predicate: str, o: str, supports: list[_Support],
              article_nodes: dict[str, str], sentence_nodes) -> None:
        """A relation reported only as someone's claim: no direct triple, a kg:Claim node instead."""
        node = _ID + "claim/" + _hash(claimant, s, predicate, o)
        self.add(_iri(node), V.type, V.claim)
        if claimant:
            self.add(_iri(node), V.claimant, _node(claimant))
        self._reified(node, _node(s), predicate, _node(o), supports, article_nodes, sentence_nodes)

    def _reified(self, st_iri: str, subj: str, predicate: str, obj: str, supports: list[_Support],
                 article_nodes: dict[str, str], sentence_nodes) -> None:
        add, st = self.add, _iri(st_iri)
        add(st, V.subject, subj)
        add(st, V.predicate, _iri(predicate))
        add(st, V.object, obj)
        add(st, V.weight, _integer(len({(x.article, x.sentence) for x in supports})))
        if predicate == _MENTIONED_WITH:
            if len(supports) > MAX_COOCCURRENCE_EVIDENCE:
                # The cap keeps the most confident evidence; ties go by the sentence's content, so which
                # sentences stay does not depend on the article ids (file names, crawl ids).
                supports = sorted(supports, key=lambda x: (-x.confidence, x.content, x.article, x.sentence))
                supports = supports[:MAX_COOCCURRENCE_EVIDENCE]
        else:
            dates = sorted(x.date for x in supports if x.date)
            if dates:  # when it was reported: "who held this post when" from the evidence articles
                add(st, V.first, f'"{dates[0]}"^^{V.date}')
                add(st, V.last, f'"{dates[-1]}"^^{V.date}')
        for sup in supports:
            art = article_nodes[sup.article]
            add(st, V.derived, art)
            ev = _node("evidence/" + _hash(st_iri, sup.article, str(sup.sentence), sup.method, sup.role or ""))
            add(st, V.evidence, ev)
            add(ev, V.type, V.evidence_class)
            add(ev, V.derived, art)
            add(ev, V.sentence, sentence_nodes(sup.article, sup.sentence))
            add(ev, V.method, _text(sup.method))
            add(ev, V.confidence, _decimal(sup.confidence))
            if sup.role:
                add(ev, V.role, _text(sup.role))
            for name, value in sup.qualifiers:
                if name == "past":
                    add(ev, V.past, f'"{"true" if value == "true" else "false"}"^^{V.boolean}')
                elif name == "mode":
                    add(ev, V.mode, _text(value))


def build_graph(extractions: list[Extraction], resolution: Resolution, gazetteer: Gazetteer,
                graph: Graph | None = None, load: Callable[[str], Extraction] | None = None) -> Graph:
    """The RDF graph of a resolved corpus, added to `graph` (default: a new in-memory rdflib Graph).

    With `load`, `extractions` may be light records (article id and mentions, kg.spill) and
    `load(article_id)` returns the whole one; each is read once, and once more for its sentences.
    """
    builder = _GraphBuilder(gazetteer, graph)
    add = builder.add
    slugs = article_slugs([ex.article for ex in extractions])
    article_nodes = {aid: _node("article/" + slug) for aid, slug in slugs.items()}
    whole = load or {ex.article.id: ex for ex in extractions}.__getitem__

    mentioned_in: dict[str, set[str]] = defaultdict(set)
    for aid, keys in resolution.mention_keys.items():
        for k in keys:
            if k:
                mentioned_in[k].add(aid)
    for e in resolution.entities:
        builder.entity(e, len(mentioned_in.get(e.key, ())))
    types = {e.key: e.type for e in resolution.entities}
    predicates: dict[str, str] = {}  # local name -> full IRI; KG[name] raises on a name the ontology lacks

    def predicate_iri(name: str) -> str:
        iri = predicates.get(name)
        if iri is None:
            iri = predicates[name] = str(KG[name])
        return iri

    used_sentences: set[tuple[str, int]] = set()

    def sentence_node(aid: str, idx: int) -> str:
        used_sentences.add((aid, idx))
        return _node(f"sentence/{slugs[aid]}/{idx}")

    supports: dict[tuple[str, str, str], list[_Support]] = defaultdict(list)
    claims: dict[tuple[str, str, str, str], list[_Support]] = defaultdict(list)
    for aid in sorted(ex.article.id for ex in extractions):
        ex = whole(aid)
        metadata = resolution.metadata_keys.get(aid, (None, (), None))
        builder.article(ex.article, article_nodes[aid], metadata)
        keys = resolution.mention_keys.get(aid, ())
        for k in sorted({k for k in keys if k}):
            add(article_nodes[aid], V.mentions, _node(k))
        per_sentence: dict[int, dict[str, float]] = defaultdict(dict)
        for m, k in zip(ex.mentions, keys):
            if k:
                conf = _mention_confidence(m.method)
                per_sentence[m.sentence][k] = max(conf, per_sentence[m.sentence].get(k, 0.0))
        for idx, ents in per_sentence.items():
            content = None
            for a, b in combinations(sorted(ents), 2):
                if content is None:
                    content = _content_key(ex.sentences[idx].text)
                supports[(a, _MENTIONED_WITH, b)].append(
                    _Support(aid, idx, "cooccurrence", min(ents[a], ents[b]), content=content))
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
                claims[(claimant or "", s, predicate_iri(rel.predicate), o)].append(support)
            else:
                supports[(s, predicate_iri(rel.predicate), o)].append(support)
    for (s, p, o), sups in sorted(supports.items()):
        builder.statement(s, p, o, sups, article_nodes, sentence_node)
    for (c, s, p, o), sups in sorted(claims.items()):
        builder.claim(c, s, p, o, sups, article_nodes, sentence_node)
    for aid, used in groupby(sorted(used_sentences), key=itemgetter(0)):
        sentences = whole(aid).sentences
        for _, idx in used:
            sent = sentences[idx]
            node = _node(f"sentence/{slugs[aid]}/{idx}")
            add(node, V.type, V.sentence_class)
            add(node, V.text, _text(sent.text))
            add(node, V.start, _integer(sent.start))
            add(node, V.end, _integer(sent.end))
            add(node, V.derived, article_nodes[aid])
    builder.flush()
    return builder.g
