"""SHACL shapes checked as SPARQL queries on an Oxigraph store: fast on graphs of millions of triples.

pyshacl checks each focus node in Python and, with RDFS inference, first copies and closes the
whole data graph: it did not finish in 8 minutes on a 300-article graph (470,000 triples). Here
each constraint of each shape becomes one SPARQL query over all its focus nodes at once, and the
ontology's class and property hierarchy is applied by expanding the classes and properties in
the queries (what RDFS inference over rdfs:subClassOf and rdfs:subPropertyOf would add).

Supported (the SHACL Core subset kg's shapes use, plus SPARQL-based constraints): targets
sh:targetClass, sh:targetNode, sh:targetSubjectsOf, sh:targetObjectsOf; paths that are an IRI or
sh:inversePath of one; sh:class, sh:datatype, sh:nodeKind, sh:in, sh:pattern (with sh:flags),
sh:minLength, sh:maxLength, sh:minInclusive, sh:maxInclusive, sh:minExclusive, sh:maxExclusive,
sh:minCount, sh:maxCount, sh:lessThanOrEquals, sh:or, sh:xone, sh:and, sh:not (of value
constraints), and sh:sparql SELECT constraints. Anything else in a shape is an OntologyError,
never silently skipped.
"""
from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass

from rdflib import Graph, Literal, URIRef
from rdflib.collection import Collection
from rdflib.namespace import RDF, RDFS, SH, XSD

from kg.errors import OntologyError
from kg.export.syntax import quoted, term

_IGNORED = {RDF.type, SH.message, SH.severity, SH.name, SH.description, SH.order, SH.group, SH.deactivated,
            SH.targetClass, SH.targetNode, SH.targetSubjectsOf, SH.targetObjectsOf, SH.property, SH.path,
            SH.sparql, RDFS.label, RDFS.comment, SH.flags}
_NODE_KINDS = {SH.IRI: "isIRI(?v)", SH.BlankNode: "isBlank(?v)", SH.Literal: "isLiteral(?v)",
               SH.BlankNodeOrIRI: "!isLiteral(?v)", SH.IRIOrLiteral: "!isBlank(?v)",
               SH.BlankNodeOrLiteral: "!isIRI(?v)"}
_CASTABLE = {XSD.date, XSD.dateTime, XSD.integer, XSD.decimal, XSD.boolean, XSD.double, XSD.float}
_COMPARE = {SH.minInclusive: ">=", SH.maxInclusive: "<=", SH.minExclusive: ">", SH.maxExclusive: "<"}


@dataclass(frozen=True, slots=True)
class Result:
    """One SHACL result, as plain strings."""

    focus_node: str
    path: str | None
    message: str
    severity: str
    value: str | None = None


class Hierarchy:
    """Every subclass and subproperty of a term, from the ontology's rdfs:subClassOf and rdfs:subPropertyOf."""

    def __init__(self, ontology: Graph):
        self._below = {prop: self._closure(ontology, prop) for prop in (RDFS.subClassOf, RDFS.subPropertyOf)}

    @staticmethod
    def _closure(ontology: Graph, prop) -> dict:
        below: dict = {}
        for sub, sup in ontology.subject_objects(prop):
            if isinstance(sub, URIRef) and isinstance(sup, URIRef):
                below.setdefault(sup, set()).add(sub)
        changed = True
        while changed:
            changed = False
            for sup, subs in below.items():
                more = set().union(*(below.get(s, set()) for s in subs)) - subs - {sup}
                if more:
                    subs |= more
                    changed = True
        return below

    def classes(self, cls) -> list:
        return sorted({cls} | self._below[RDFS.subClassOf].get(cls, set()))

    def properties(self, prop) -> list:
        return sorted({prop} | self._below[RDFS.subPropertyOf].get(prop, set()))


class Checker:
    """The queries of a shapes graph, run on a pyoxigraph Store."""

    def __init__(self, shapes: Graph, hierarchy: Hierarchy):
        self.shapes, self.hierarchy = shapes, hierarchy
        self.prefixes = {str(p): str(ns) for decl in shapes.objects(None, SH.declare)
                         for p in shapes.objects(decl, SH.prefix) for ns in shapes.objects(decl, SH.namespace)}

    def run(self, store) -> list[Result]:
        results = []
        node_shapes = set(self.shapes.subjects(RDF.type, SH.NodeShape))
        node_shapes |= {s for s in self.shapes.subjects() if any(True for _ in self.shapes.objects(s, SH.targetClass))}
        for shape in sorted(node_shapes, key=str):
            if self.shapes.value(shape, SH.deactivated) == Literal(True):
                continue
            targets = self._targets(shape)
            if targets is None:
                continue
            results += self._check(store, shape, targets, None, shape)
            for prop in sorted(self.shapes.objects(shape, SH.property), key=str):
                path = self.shapes.value(prop, SH.path)
                results += self._check(store, prop, targets, path, shape)
            for constraint in sorted(self.shapes.objects(shape, SH.sparql), key=str):
                results += self._sparql(store, shape, constraint, targets)
        return results

    # --- building blocks -------------------------------------------------------------------

    def _targets(self, shape) -> str | None:
        parts = []
        for cls in self.shapes.objects(shape, SH.targetClass):
            parts.append(f"{{ ?this a ?tc . VALUES ?tc {{ {' '.join(term(c) for c in self.hierarchy.classes(cls))} }} }}")
        for node in self.shapes.objects(shape, SH.targetNode):
            parts.append(f"{{ VALUES ?this {{ {term(node)} }} }}")
        for prop in self.shapes.objects(shape, SH.targetSubjectsOf):
            parts.append(f"{{ ?this {self._predicate(prop)} ?ts }}")
        for prop in self.shapes.objects(shape, SH.targetObjectsOf):
            parts.append(f"{{ ?to {self._predicate(prop)} ?this }}")
        # A subquery of distinct focus nodes: a subject of 500 kg:mentionedWith edges is one focus node,
        # not 500 rows joined again with its 500 values.
        return f"SELECT DISTINCT ?this WHERE {{ {' UNION '.join(sorted(parts))} }}" if parts else None

    def _predicate(self, prop) -> str:
        props = self.hierarchy.properties(prop)
        return term(prop) if len(props) == 1 else "(" + "|".join(term(p) for p in props) + ")"

    def _path(self, path) -> str:
        if isinstance(path, URIRef):
            return self._predicate(path)
        inverse = self.shapes.value(path, SH.inversePath)
        if isinstance(inverse, URIRef):
            return "^" + self._predicate(inverse)
        raise OntologyError(f"the shapes use a property path kg cannot check yet ({path}); use an IRI or sh:inversePath")

    def _ok(self, node, parameter, value) -> str | None:
        """A SPARQL expression true when ?v satisfies one value constraint, or None for a non-value one."""
        if parameter == SH["class"]:
            return f"EXISTS {{ ?v a ?vc . VALUES ?vc {{ {' '.join(term(c) for c in self.hierarchy.classes(value))} }} }}"
        if parameter == SH.datatype:
            ok = f"(isLiteral(?v) && sameTerm(datatype(?v), {term(value)}))"
            if value in _CASTABLE:  # a well-formed lexical form too, as SHACL requires
                ok = f"({ok} && COALESCE(isLiteral({term(value)}(STR(?v))), false))"
            return ok
        if parameter == SH.nodeKind:
            return _NODE_KINDS[value]
        if parameter == SH["in"]:
            members = list(Collection(self.shapes, value))
            return "(" + (" || ".join(f"sameTerm(?v, {term(m)})" for m in members) or "false") + ")"
        if parameter == SH.pattern:
            flags = self.shapes.value(node, SH.flags)
            extra = f", {quoted(str(flags))}" if flags is not None else ""
            return f"COALESCE(!isBlank(?v) && regex(STR(?v), {quoted(str(value))}{extra}), false)"
        if parameter == SH.minLength:
            return f"COALESCE(!isBlank(?v) && STRLEN(STR(?v)) >= {int(value)}, false)"
        if parameter == SH.maxLength:
            return f"COALESCE(!isBlank(?v) && STRLEN(STR(?v)) <= {int(value)}, false)"
        if parameter in _COMPARE:
            return f"COALESCE(?v {_COMPARE[parameter]} {term(value)}, false)"
        if parameter in (SH["or"], SH.xone, SH["and"]):
            members = [self._member(m) for m in Collection(self.shapes, value)]
            if parameter == SH["or"]:
                return "(" + " || ".join(members) + ")"
            if parameter == SH["and"]:
                return "(" + " && ".join(members) + ")"
            return "((" + " + ".join(f"IF({m}, 1, 0)" for m in members) + ") = 1)"
        if parameter == SH["not"]:
            return f"!({self._member(value)})"
        return None

    def _member(self, shape) -> str:
        parts = []
        for parameter, value in self.shapes.predicate_objects(shape):
            if parameter in _IGNORED:
                continue
            ok = self._ok(shape, parameter, value)
            if ok is None:
                raise OntologyError(f"the shapes use {parameter} inside sh:or/sh:xone/sh:and/sh:not; "
                                    "kg checks only value constraints there")
            parts.append(ok)
        return "(" + (" && ".join(sorted(parts)) or "true") + ")"

    def _check(self, store, node, targets: str, path, shape) -> list[Result]:
        values = f"?this {self._path(path)} ?v ." if path is not None else "BIND(?this AS ?v)"
        meta = (self._message(node, shape), self._severity(node, shape), self._path_text(path))
        results = []
        for parameter, value in sorted(self.shapes.predicate_objects(node)):
            if parameter in _IGNORED:
                continue
            ok = self._ok(node, parameter, value)
            if ok is not None:
                query = f"SELECT DISTINCT ?this ?v WHERE {{ {{ {targets} }} {values} FILTER(!({ok})) }}"
                results += self._results(store, query, meta, with_value=True)
            elif parameter in (SH.minCount, SH.maxCount) and path is not None:
                having = f"< {int(value)}" if parameter == SH.minCount else f"> {int(value)}"
                query = (f"SELECT ?this WHERE {{ {{ {targets} }} OPTIONAL {{ {values} }} }} "
                         f"GROUP BY ?this HAVING (COUNT(DISTINCT ?v) {having})")
                results += self._results(store, query, meta, with_value=False)
            elif parameter == SH.lessThanOrEquals and path is not None:
                query = (f"SELECT DISTINCT ?this ?v WHERE {{ {{ {targets} }} {values} "
                         f"?this {self._predicate(value)} ?w . FILTER(!COALESCE(?v <= ?w, false)) }}")
                results += self._results(store, query, meta, with_value=True)
            else:
                raise OntologyError(f"the shapes use {parameter}, which kg's validator does not check; "
                                    "see kg/shacl_sparql.py for the supported constraints")
        return results

    def _sparql(self, store, shape, constraint, targets: str) -> list[Result]:
        import pyoxigraph

        from kg.query import with_values

        select = str(self.shapes.value(constraint, SH.select))
        focus = [row["this"] for row in store.query(targets)]
        template = self._message(constraint, shape)
        severity = self._severity(constraint, shape)
        prefixes = dict(self.prefixes)
        results = []
        for node in focus:
            try:  # SEP-0007 substitution puts the node into the query's patterns: fast joins
                solutions = store.query(select, prefixes=prefixes, substitutions={pyoxigraph.Variable("this"): node})
            except (SyntaxError, ValueError, RuntimeError):  # $this not projected: a VALUES block instead
                text = with_values(select, (("this", term_text(node)),), raw=True)
                solutions = store.query(text, prefixes=prefixes)
            names = [v.value for v in solutions.variables]
            for row in solutions:
                bound = {name: row[name] for name in names}
                message = re.sub(r"\{[?$](\w+)\}", lambda m: _text(bound.get(m.group(1))) or m.group(0), template)
                path = bound.get("path")
                results.append(Result(node.value, path.value if path is not None else None, message, severity,
                                      _text(bound.get("value"))))
        return results

    # --- results ---------------------------------------------------------------------------

    def _results(self, store, query: str, meta: tuple, with_value: bool) -> Iterator[Result]:
        message, severity, path = meta
        for row in store.query(query):
            focus = row["this"]
            value = _text(row["v"]) if with_value else None
            yield Result(_text(focus), path, message, severity, value)

    def _message(self, node, shape) -> str:
        for candidate in (node, shape):
            messages = sorted(str(m) for m in self.shapes.objects(candidate, SH.message))
            if messages:
                return " ".join(messages)
        return "(no message)"

    def _severity(self, node, shape) -> str:
        for candidate in (node, shape):
            severity = self.shapes.value(candidate, SH.severity)
            if severity is not None:
                return str(severity).rsplit("#", 1)[-1]
        return "Violation"

    def _path_text(self, path) -> str | None:
        if path is None:
            return None
        if isinstance(path, URIRef):
            return str(path)
        return "^<" + str(self.shapes.value(path, SH.inversePath)) + ">"


def term_text(node) -> str:
    """A pyoxigraph term in SPARQL syntax."""
    return str(node)


def _text(node) -> str | None:
    """A pyoxigraph term as text: the IRI, the literal's lexical form, or _:id."""
    if node is None:
        return None
    kind = type(node).__name__
    return f"_:{node.value}" if kind == "BlankNode" else node.value


def store_of(graph: Graph):
    """A pyoxigraph Store holding `graph`: its own when it is on-disk, else an in-memory copy."""
    import pyoxigraph

    from kg.store import oxigraph_of

    store = oxigraph_of(graph)
    if store is not None:
        return store
    store = pyoxigraph.Store()
    data = graph.serialize(format="nt", encoding="utf-8")
    store.load(data, format=pyoxigraph.RdfFormat.N_TRIPLES)
    return store


__all__ = ["Checker", "Hierarchy", "Result", "store_of"]
