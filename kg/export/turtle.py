"""Turtle: the graph as rdflib writes it, deterministic for the same triples, written atomically.

rdflib sorts subjects and predicates when it writes Turtle, and the graph uses no blank
nodes, so the same input set gives the same bytes in any order.
"""
from __future__ import annotations

from pathlib import Path

from rdflib import Graph

from kg.export.atomic import atomic_open


def write(graph: Graph, out_dir: Path, options) -> list[Path]:
    """Write `graph` to out_dir/<stem>.ttl."""
    path = Path(out_dir) / f"{options.stem}.ttl"
    with atomic_open(path, "wb") as handle:
        graph.serialize(destination=handle, format="turtle", encoding="utf-8")
    return [path]
