"""Turtle, written by kg itself: sorted, grouped by subject, deterministic and fast.

Oxigraph writes the graph as N-Triples (in Rust, about a million triples a second); this
module sorts those lines, which puts each subject's triples together in a fixed order, and
rewrites them as Turtle: one block per subject, `a` first, vocabulary terms as prefixed
names (`schema:Person`, `^^xsd:date`) where the local part is a plain word, data IRIs in
full. N-Triples term syntax is Turtle term syntax, so every literal keeps Oxigraph's
escaping, and the same triples always give the same bytes, whether the graph lives in
rdflib's memory (copied to an in-memory Oxigraph store first) or in kg's on-disk store.
Large graphs are sorted in runs on disk and merged, so memory stays bounded.
"""
from __future__ import annotations

import heapq
import io
import os
import re
import tempfile
from collections.abc import Iterator
from pathlib import Path
from typing import IO

from rdflib import Graph

from kg.export.atomic import atomic_open
from kg.store import oxigraph_of, oxigraph_quads
from kg.vocab import NAMESPACES, RDF

_PLAIN = re.compile(r"^[A-Za-z][A-Za-z0-9_]*$")
# Vocabulary prefixes only: data IRIs (id:) are written in full, as before.
_VOCAB_PREFIXES = tuple(p for p in NAMESPACES if p != "id")
_RDF_TYPE = f"<{RDF.type}>"
RUN_LINES = 1_000_000  # N-Triples lines sorted in memory at once (~150 MB of text)


class _Terms:
    """N-Triples terms to Turtle: prefixed names for vocabulary IRIs, everything else as is."""

    def __init__(self, graph: Graph):
        bound = dict(graph.namespaces())
        self.prefixes = sorted((p, str(ns)) for p, ns in bound.items() if p in _VOCAB_PREFIXES)
        # Longest namespace first, so that a namespace inside another wins.
        self._by_length = [(f"<{ns}", p) for p, ns in sorted(self.prefixes, key=lambda pn: -len(pn[1]))]
        self._starts = tuple(start for start, _ in self._by_length)  # one C call turns a data IRI away
        self._cache: dict[str, str] = {_RDF_TYPE: "a"}  # vocabulary terms are few and repeat

    def iri(self, token: str) -> str:
        text = self._cache.get(token)
        if text is not None:
            return text
        if not token.startswith(self._starts):
            return token  # a data IRI: written once or twice, not worth caching
        for start, prefix in self._by_length:
            if token.startswith(start):
                local = token[len(start):-1]
                if _PLAIN.match(local):
                    self._cache[token] = text = f"{prefix}:{local}"
                    return text
                break
        return token  # a data IRI: written once or twice, not worth caching

    def object(self, token: str) -> str:
        if token[0] == "<":
            return self.iri(token)
        if token[-1] == ">" and token[0] == '"':
            lexical, _, datatype = token.rpartition("^^")
            return f"{lexical}^^{self.iri(datatype)}"
        return token


def _ntriples(graph: Graph, folder: Path) -> Path:
    """The graph's triples as an N-Triples file written by Oxigraph."""
    import pyoxigraph

    store = oxigraph_of(graph)
    if store is None:
        store = pyoxigraph.Store()
        store.bulk_extend(list(oxigraph_quads(graph)))
    path = folder / "graph.nt"
    store.dump(str(path), format=pyoxigraph.RdfFormat.N_TRIPLES, from_graph=pyoxigraph.DefaultGraph())
    return path


def _sorted_lines(path: Path, folder: Path) -> Iterator[str]:
    """The file's lines in code-point order: runs sorted in memory, merged from disk when there are several."""
    runs: list[Path] = []
    with open(path, encoding="utf-8") as handle:
        while True:
            run = [line for _, line in zip(range(RUN_LINES), handle)]
            if not run:
                break
            run.sort()
            if not runs and len(run) < RUN_LINES:
                yield from run  # the usual case: one run, no merge
                return
            runs.append(folder / f"run{len(runs)}.nt")
            with open(runs[-1], "w", encoding="utf-8") as out:
                out.writelines(run)
            del run
    handles = [open(p, encoding="utf-8") for p in runs]
    try:
        yield from heapq.merge(*handles)
    finally:
        for h in handles:
            h.close()


def _turtle_blocks(lines: Iterator[str], terms: _Terms) -> Iterator[str]:
    """One Turtle block per subject from sorted N-Triples lines (`<s> <p> <o> .\\n`)."""
    subject, rows = None, []
    for line in lines:
        s, p, o = line[:-3].split(" ", 2)  # subjects and predicates hold no spaces in N-Triples
        if s != subject:
            if rows:
                yield _block(subject, rows)
            subject, rows = s, []
        rows.append((p != _RDF_TYPE, terms.iri(p), terms.object(o)))
    if rows:
        yield _block(subject, rows)


def _block(subject: str, rows: list) -> str:
    rows.sort()
    parts = [subject]
    predicate = None
    for _, p, o in rows:
        if predicate is None:
            parts.append(f" {p} {o}")
        elif p != predicate:
            parts.append(f" ;\n    {p} {o}")
        else:
            parts.append(f" ,\n        {o}")
        predicate = p
    parts.append(" .\n")
    return "\n" + "".join(parts)


def write_turtle(graph: Graph, handle: IO[str]) -> None:
    """Write the graph as deterministic Turtle: prefixes, then one block per subject in sorted order."""
    terms = _Terms(graph)
    handle.write("".join(f"@prefix {prefix}: <{ns}> .\n" for prefix, ns in terms.prefixes))
    with tempfile.TemporaryDirectory(prefix="kg-turtle-") as tmp:
        folder = Path(tmp)
        nt = _ntriples(graph, folder)
        chunk: list[str] = []
        for block in _turtle_blocks(_sorted_lines(nt, folder), terms):
            chunk.append(block)
            if len(chunk) >= 4096:
                handle.write("".join(chunk))
                chunk = []
        handle.write("".join(chunk))
        os.remove(nt)


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
