"""Exporters behind one small interface, looked up by name in a registry with aliases.

Each exporter module defines `write(graph, out_dir, options) -> list[Path]`; modules are
imported lazily so that pyvis or networkx load only when their format is asked for.
"""
from __future__ import annotations

import importlib
from dataclasses import dataclass
from pathlib import Path

from rdflib import Graph

from kg.errors import ExportError

# name -> "module:function"
_REGISTRY = {
    "turtle": "kg.export.turtle:write",
    "html": "kg.export.page:write",
    "graphml": "kg.export.gephi:write_graphml",
    "gexf": "kg.export.gephi:write_gexf",
    "neo4j": "kg.export.neo4j:write",
    "trig": "kg.export.quads:write_trig",
    "nquads": "kg.export.quads:write_nquads",
    "jsonld": "kg.export.quads:write_jsonld",
    "mentions": "kg.export.mentions:write",
}
_ALIASES = {"ttl": "turtle", "htm": "html", "pyvis": "html", "neo4j-csv": "neo4j", "csv": "neo4j", "gephi": "gexf", "nq": "nquads",
            "json-ld": "jsonld", "jsonl": "mentions"}


@dataclass(frozen=True, slots=True)
class ExportOptions:
    """Settings shared by the exporters; each reads only what it needs."""

    html_max_nodes: int = 400
    html_physics: bool = False
    stem: str = "graph"  # output file names: graph.ttl, graph.html, ...
    extractions: tuple = ()  # mentions: the per-article Extraction records of a build
    mention_keys: tuple = ()  # mentions: (article id, entity key per mention) pairs
    focus: str | None = None  # only the entities around the one with this name (the page opens on it)
    depth: int = 2  # how many relations away from `focus`
    since: str | None = None  # YYYY-MM-DD: only articles published on or after, and what they support
    until: str | None = None  # YYYY-MM-DD: ... on or before
    types: tuple[str, ...] = ()  # only entities of these types ("Person", ...)
    min_weight: int = 0  # only co-occurrence edges with at least this many sentences

    def slice(self):
        """The part of the graph these options select (kg.export.subgraph.Slice)."""
        from kg.export.subgraph import Slice

        return Slice(focus=self.focus, depth=self.depth, since=self.since, until=self.until, types=self.types,
                     min_weight=self.min_weight)


def format_names() -> list[str]:
    """Every format name and alias a user may give."""
    return sorted(set(_REGISTRY) | set(_ALIASES))


def canonical_format(name: str) -> str:
    """The registry name for a format name or alias; raises ExportError listing valid names."""
    key = name.strip().lower()
    key = _ALIASES.get(key, key)
    if key not in _REGISTRY:
        raise ExportError(f"unknown format {name!r}; choose one of: {', '.join(format_names())}")
    return key


_last_slice: list = []  # (graph, slice, sliced graph): several formats of one slice compute it once
_last_copy: list = []  # (weak reference to a graph, its in-memory copy)
# Graphs up to this many triples are copied from the on-disk store into memory once for the exports:
# Oxigraph decodes each term of an on-disk store with a RocksDB lookup (5-25 µs a triple read back),
# its memory store in well under a microsecond, and one dump and load costs about 8 µs a triple.
MEMORY_COPY_MAX_TRIPLES = 2_000_000


def readable(graph: Graph) -> Graph:
    """`graph`, or an in-memory copy of it when it lives in an on-disk Oxigraph store and is not too large."""
    import weakref

    from kg.store import oxigraph_of

    store = oxigraph_of(graph)
    if store is None or getattr(graph.store, "in_memory", False):
        return graph
    if _last_copy and (_last_copy[0]() is graph or _last_copy[1] is graph):
        return _last_copy[1]
    if len(store) > MEMORY_COPY_MAX_TRIPLES:
        return graph
    import pyoxigraph

    from kg.store import as_rdflib

    copy = pyoxigraph.Store()
    copy.bulk_load(store.dump(format=pyoxigraph.RdfFormat.N_TRIPLES, from_graph=pyoxigraph.DefaultGraph()),
                   format=pyoxigraph.RdfFormat.N_TRIPLES)
    copied = as_rdflib(copy)
    copied.store.in_memory = True
    _last_copy[:] = [weakref.ref(graph), copied]
    return copied


def export(graph: Graph, fmt: str, out_dir: Path, options: ExportOptions = ExportOptions()) -> list[Path]:
    """Write `graph` (or the slice of it that `options` select) in format `fmt` into `out_dir`."""
    from kg.gcpause import paused_gc

    module_name, func_name = _REGISTRY[canonical_format(fmt)].split(":")
    writer = getattr(importlib.import_module(module_name), func_name)
    graph = readable(graph)
    part = options.slice()
    if part.active:
        if not (_last_slice and _last_slice[0] is graph and _last_slice[1] == part):
            from kg.export.subgraph import slice_graph

            _last_slice[:] = [graph, part, slice_graph(graph, part)]
        graph = _last_slice[2]
    out_dir.mkdir(parents=True, exist_ok=True)
    with paused_gc():
        return writer(graph, out_dir, options)
