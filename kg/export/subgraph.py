"""A slice of a built graph for any exporter: around one entity, within dates, of some types, strong ties.

The slice is a graph in the same shape as the whole (the RDF contract holds for it): the
entities kept, the relation statements between them with the evidence from articles kept,
those articles with their metadata, sentences and quotations. A triple is copied when its
subject is kept and its object, if it is one of the graph's own nodes, is kept too; a direct
relation triple (`a kg:met b`) only when its statement is kept. The weight of a statement is
the one of the whole graph (how many sentences support it in all articles).
"""
from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass

from rdflib import Graph

from kg.errors import ExportError
from kg.export.view import ENTITY_CLASSES, all_values, first_values, pairs, read_articles, read_entities, read_mentions
from kg.vocab import ID, KG, PROV, RDF, SCHEMA


@dataclass(frozen=True, slots=True)
class Slice:
    """Which part of the graph to export; the defaults keep everything."""

    focus: str | None = None  # any name of an entity: keep what is within `depth` relations of it
    depth: int = 2
    since: str | None = None  # YYYY-MM-DD: keep articles published on or after (undated ones drop out)
    until: str | None = None  # YYYY-MM-DD: ... on or before
    types: tuple[str, ...] = ()  # entity types to keep ("Person", ...); empty: all
    min_weight: int = 0  # co-occurrence edges supported by fewer sentences are left out

    @property
    def active(self) -> bool:
        return bool(self.focus or self.since or self.until or self.types or self.min_weight > 1)


def _in_range(date: str, since: str | None, until: str | None) -> bool:
    if not (since or until):
        return True
    return bool(date) and (not since or date >= since) and (not until or date <= until)


def slice_graph(g: Graph, part: Slice) -> Graph:
    """The part of `g` that `part` selects, as a new in-memory graph (Oxigraph, read through rdflib)."""
    import pyoxigraph

    from kg.store import as_rdflib

    wrong = set(part.types) - set(ENTITY_CLASSES.values())
    if wrong:
        raise ExportError(f"unknown entity type(s) {', '.join(sorted(wrong))}; choose from "
                          f"{', '.join(ENTITY_CLASSES.values())}")
    articles = {a: v for a, v in read_articles(g).items() if _in_range(v.date, part.since, part.until)}
    entities = read_entities(g)
    dated = part.since or part.until
    mentions = read_mentions(g)
    kept = {e.iri for e in entities if (not part.types or e.type in part.types)
            and (not dated or any(a in articles for a in mentions.get(e.iri, ())))}

    subjects, objects = first_values(g, RDF.subject), first_values(g, RDF.object)
    predicates, weights = first_values(g, RDF.predicate), first_values(g, KG.weight)
    supported = all_values(g, PROV.wasDerivedFrom)  # statement -> articles (and evidence -> article)
    cooccurrence = str(KG.mentionedWith)
    statements = {st for st, s in subjects.items()
                  if s in kept and objects.get(st) in kept
                  and (predicates.get(st) != cooccurrence or int(weights.get(st, 0)) >= part.min_weight)
                  and (not dated or any(a in articles for a in supported.get(st, ())))}
    if part.focus:
        kept, statements = _around(part, entities, kept, statements, subjects, objects)

    evidence = {ev for st, ev in pairs(g, KG.evidence)
                if st in statements and any(a in articles for a in supported.get(ev, ()))}
    sentence = first_values(g, KG.sentence)
    mentioned = defaultdict(set)
    for e in kept:
        for a in mentions.get(e, ()):
            mentioned[a].add(e)
    keep_articles = {a for a in articles if mentioned.get(a) or not (part.focus or part.types)}
    if part.focus or part.types:
        keep_articles |= {a for ev in evidence for a in supported.get(ev, ()) if a in articles}
    # Publishers, authors and datelines of the articles kept stay (if of a type kept), so that the
    # metadata reads the same.
    type_of = {e.iri: e.type for e in entities}
    for prop in (SCHEMA.publisher, SCHEMA.author, SCHEMA.locationCreated):
        kept |= {o for a, o in pairs(g, prop)
                 if a in keep_articles and (not part.types or type_of.get(o) in part.types)}
    quotes = {q for q, who in pairs(g, KG.speaker) if who in kept
              and any(a in keep_articles for a in supported.get(q, ()))}
    keep = kept | statements | evidence | keep_articles | quotes
    keep |= {sentence[x] for x in evidence | quotes if x in sentence}
    relation_triples = {(subjects[st], predicates.get(st), objects[st]) for st in statements}
    sliced = as_rdflib(_copy(g, keep, kept, relation_triples, pyoxigraph))
    sliced.store.in_memory = True
    return sliced


def _around(part: Slice, entities, kept: set, statements: set, subjects: dict, objects: dict) -> tuple[set, set]:
    from kg.export.page import find_entity

    start = find_entity([e for e in entities if e.iri in kept], part.focus)
    if start is None:
        raise ExportError(f"no entity is named {part.focus!r} in the slice; "
                          "try `kg query GRAPH entity --bind name=...` to check")
    neighbours = defaultdict(set)
    for st in statements:
        neighbours[subjects[st]].add(objects[st])
        neighbours[objects[st]].add(subjects[st])
    seen, frontier = {start.iri}, {start.iri}
    for _ in range(part.depth):
        frontier = {n for f in frontier for n in neighbours[f]} - seen
        seen |= frontier
    return seen, {st for st in statements if subjects[st] in seen and objects[st] in seen}


def _copy(g: Graph, keep: set, entities: set, relation_triples: set, pyoxigraph):
    """The triples of `g` whose subject is in `keep` and whose own-node object is too, in a new store."""
    from kg.store import oxigraph_quads

    ours = str(ID)
    store = pyoxigraph.Store()
    quads = oxigraph_quads(g)
    chosen = []
    for q in quads:
        s = q.subject.value
        if s not in keep:
            continue
        obj = q.object
        if isinstance(obj, pyoxigraph.NamedNode) and obj.value.startswith(ours):
            if obj.value not in keep:
                continue
            if s in entities and obj.value in entities and (s, q.predicate.value, obj.value) not in relation_triples:
                continue
        chosen.append(pyoxigraph.Quad(q.subject, q.predicate, obj))
    store.bulk_extend(chosen)
    return store
