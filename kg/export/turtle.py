"""Turtle, written by kg itself: sorted, grouped by subject, deterministic and fast.

rdflib's Turtle serializer takes ~30 s per million triples; this writer sorts the triples
and prints each subject's predicates and objects with rdflib's own N-Triples term syntax,
which Turtle accepts, so the same triples always give the same bytes. Prefixed names are
used only for vocabulary terms whose local part is a plain word; data IRIs (which contain
`/`) are written in full. Any Turtle reader (rdflib, Oxigraph, Raptor) reads it; the tests
check that they agree on the triple count.
"""
from __future__ import annotations

import re
from pathlib import Path

from rdflib import Graph, Literal, URIRef
from rdflib.namespace import RDF

from kg.export.atomic import atomic_open

_PLAIN = re.compile(r"^[A-Za-z][A-Za-z0-9_]*$")
_VOCAB_PREFIXES = ("rdf", "rdfs", "owl", "xsd", "skos", "prov", "schema", "kg", "wd")


class _Terms:
    def __init__(self, graph: Graph):
        bound = dict(graph.namespaces())
        self.prefixes = sorted((p, str(ns)) for p, ns in bound.items() if p in _VOCAB_PREFIXES)
        # Longest namespace first, so that a namespace inside another wins.
        self._by_length = sorted(self.prefixes, key=lambda pn: -len(pn[1]))
        self._cache: dict = {}

    def iri(self, term: URIRef) -> str:
        text = self._cache.get(term)
        if text is None:
            text = term.n3()
            for prefix, ns in self._by_length:
                if term.startswith(ns) and _PLAIN.match(term[len(ns):]):
                    text = f"{prefix}:{term[len(ns):]}"
                    break
            self._cache[term] = text
        return text

    def node(self, term) -> str:
        if isinstance(term, URIRef):
            return self.iri(term)
        if isinstance(term, Literal) and term.datatype is not None:
            return term.n3().split("^^", 1)[0] + "^^" + self.iri(term.datatype)
        return term.n3()


def serialize_turtle(graph: Graph) -> str:
    """The graph as deterministic Turtle text."""
    terms = _Terms(graph)
    lines = [f"@prefix {p}: <{ns}> ." for p, ns in terms.prefixes] + [""]
    rows = sorted((terms.node(s), 0 if p == RDF.type else 1, terms.iri(p), terms.node(o)) for s, p, o in graph)
    subject = predicate = None
    for s, _, p, o in rows:
        if s != subject:
            if subject is not None:
                lines[-1] += " ."
                lines.append("")
            lines.append(f"{s} {'a' if p == 'rdf:type' else p} {o}")
            subject, predicate = s, p
        elif p != predicate:
            lines[-1] += " ;"
            lines.append(f"    {'a' if p == 'rdf:type' else p} {o}")
            predicate = p
        else:
            lines[-1] += f" ,\n        {o}"
    if subject is not None:
        lines[-1] += " ."
    return "\n".join(lines) + "\n"


def write(graph: Graph, out_dir: Path, options) -> list[Path]:
    """Write `graph` to out_dir/<stem>.ttl atomically."""
    path = Path(out_dir) / f"{options.stem}.ttl"
    with atomic_open(path) as handle:
        handle.write(serialize_turtle(graph))
    return [path]
