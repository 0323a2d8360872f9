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
    focus: str | None = None  # html: only the entities around the one with this name
    depth: int = 2  # html: how many steps around `focus`


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


def export(graph: Graph, fmt: str, out_dir: Path, options: ExportOptions = ExportOptions()) -> list[Path]:
    """Write `graph` in format `fmt` into `out_dir`; returns the files written."""
    module_name, func_name = _REGISTRY[canonical_format(fmt)].split(":")
    writer = getattr(importlib.import_module(module_name), func_name)
    out_dir.mkdir(parents=True, exist_ok=True)
    return writer(graph, out_dir, options)
