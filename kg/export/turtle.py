"""Turtle, written by kg itself: sorted, grouped by subject, deterministic and fast.

rdflib's Turtle serializer takes ~30 s per million triples; this writer takes the subjects in
IRI order and writes each one's sorted predicates and objects with rdflib's own N-Triples term syntax,
which Turtle accepts, so the same triples always give the same bytes. Prefixed names are
used only for vocabulary terms whose local part is a plain word; data IRIs (which contain
`/`) are written in full. Any Turtle reader (rdflib, Oxigraph, Raptor) reads it; the tests
check that they agree on the triple count.
"""
from __future__ import annotations

import io
import re
from pathlib import Path
from typing import IO

from rdflib import Graph, Literal, URIRef
from rdflib.namespace import RDF

from kg.export.atomic import atomic_open
from kg.export.syntax import literal
from kg.store import sorted_subjects

_PLAIN = re.compile(r"^[A-Za-z][A-Za-z0-9_]*$")
_VOCAB_PREFIXES = ("rdf", "rdfs", "owl", "xsd", "skos", "prov", "schema", "kg", "wd")


class _Terms:
    def __init__(self, graph: Graph):
        bound = dict(graph.namespaces())
        self.prefixes = sorted((p, str(ns)) for p, ns in bound.items() if p in _VOCAB_PREFIXES)
        # Longest namespace first, so that a namespace inside another wins.
        self._by_length = sorted(self.prefixes, key=lambda pn: -len(pn[1]))
        self._prefixed: dict = {}  # vocabulary terms only: data IRIs are many and written once or twice

    def iri(self, term: URIRef) -> str:
        text = self._prefixed.get(term)
        if text is not None:
            return text
        for prefix, ns in self._by_length:
            if term.startswith(ns) and _PLAIN.match(term[len(ns):]):
                text = self._prefixed[term] = f"{prefix}:{term[len(ns):]}"
                return text
        return term.n3()

    def node(self, term) -> str:
        if isinstance(term, URIRef):
            return self.iri(term)
        if isinstance(term, Literal):
            # One quoted line, every risky character escaped (kg.export.syntax); an xsd:string
            # is written plain (RDF 1.1: the same literal; Oxigraph reads plain ones back typed).
            return literal(term, self.iri(term.datatype) if term.datatype is not None else None)
        return term.n3()


def write_turtle(graph: Graph, handle: IO[str]) -> None:
    """Write the graph as deterministic Turtle, one subject at a time (only the subjects are held)."""
    terms = _Terms(graph)
    for prefix, ns in terms.prefixes:
        handle.write(f"@prefix {prefix}: <{ns}> .\n")
    for subject in sorted_subjects(graph):
        text = terms.node(subject)
        rows = sorted((0 if p == RDF.type else 1, terms.iri(p), terms.node(o))
                      for p, o in graph.predicate_objects(subject))
        lines = []
        predicate = None
        for _, p, o in rows:
            verb = "a" if p == "rdf:type" else p
            if predicate is None:
                lines.append(f"{text} {verb} {o}")
            elif p != predicate:
                lines[-1] += " ;"
                lines.append(f"    {verb} {o}")
            else:
                lines[-1] += f" ,\n        {o}"
            predicate = p
        handle.write("\n" + "\n".join(lines) + " .\n")


def serialize_turtle(graph: Graph) -> str:
    """The graph as deterministic Turtle text."""
    buffer = io.StringIO()
    write_turtle(graph, buffer)
    return buffer.getvalue()


def write(graph: Graph, out_dir: Path, options) -> list[Path]:
    """Write `graph` to out_dir/<stem>.ttl atomically."""
    path = Path(out_dir) / f"{options.stem}.ttl"
    with atomic_open(path) as handle:
        write_turtle(graph, handle)
    return [path]
