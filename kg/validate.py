"""Check a built graph against the SHACL shapes in ontology/shapes.ttl.

pyshacl runs with RDFS inference over the class and property hierarchy of
ontology/kg.ttl, so a node typed only schema:Country counts as a schema:Place.
Only rdfs:subClassOf and rdfs:subPropertyOf triples of the ontology reach the
reasoner: its rdfs:domain and rdfs:range would type the object of every kg:met
as a Person, and the shapes are there to catch exactly that kind of error.
"""
from __future__ import annotations

import logging
import re
from dataclasses import dataclass
from pathlib import Path

from pyshacl import validate as shacl_validate
from pyshacl.errors import ReportableRuntimeError
from rdflib import BNode, Graph, URIRef
from rdflib.collection import Collection
from rdflib.exceptions import ParserError
from rdflib.namespace import RDF, RDFS, SH

from kg import data
from kg.errors import OntologyError
from kg.vocab import NAMESPACES

log = logging.getLogger(__name__)

DEFAULT_SHAPES = data.shapes_path()
DEFAULT_ONTOLOGY = data.ontology_path()

# Prefixes used only to make the text summary readable.
_PREFIXES = tuple((f"{p}:", NAMESPACES[p]) for p in ("kg", "id", "schema", "prov", "skos", "rdfs", "rdf", "owl", "wd"))
# An IRI, bare or in <...>, not taking the comma or full stop of the sentence around it.
_IRI_IN_TEXT = re.compile(r"<?(https?://[^\s<>,]*[^\s<>,.])>?")
_HIERARCHY = (RDFS.subClassOf, RDFS.subPropertyOf)
_SHAPE_TYPES = (SH.NodeShape, SH.PropertyShape)


@dataclass(frozen=True, slots=True)
class Violation:
    """One SHACL result: the node it is about, the property path, what is wrong and how bad."""

    focus_node: str
    path: str | None
    message: str
    severity: str  # "Violation", "Warning" or "Info"
    value: str | None = None


@dataclass(frozen=True, slots=True)
class ValidationReport:
    """Whether a graph conforms to the shapes, and every result that says why not."""

    conforms: bool
    violations: tuple[Violation, ...] = ()

    @property
    def text(self) -> str:
        """A readable summary: one line per result, or a single line when the graph conforms."""
        if self.conforms and not self.violations:
            return "The graph conforms to the shapes."
        lines = [f"The graph does not conform: {len(self.violations)} result(s)."]
        for v in self.violations:
            where = _compact(v.focus_node) + (f" {_compact(v.path)}" if v.path else "")
            value = f" (value: {_compact(v.value)})" if v.value is not None else ""
            lines.append(f"- {v.severity}: {where}: {_compact(v.message)}{value}")
        return "\n".join(lines)


def validate_graph(
    graph: Graph, shapes_path: Path | None = None, ontology_path: Path | None = None
) -> ValidationReport:
    """Validate `graph` against the SHACL shapes, with the ontology's class and property hierarchy."""
    from kg.shacl_sparql import store_of

    return validate_store(store_of(graph), shapes_path, ontology_path)


def validate_store(store, shapes_path: Path | None = None, ontology_path: Path | None = None) -> ValidationReport:
    """Validate the graph in a pyoxigraph Store (the one beside a built graph.ttl), one SPARQL query
    per constraint (kg.shacl_sparql): minutes become seconds on a large graph."""
    from kg.shacl_sparql import Checker, Hierarchy

    shapes_path = Path(shapes_path) if shapes_path is not None else DEFAULT_SHAPES
    ontology_path = Path(ontology_path) if ontology_path is not None else DEFAULT_ONTOLOGY
    shapes = load_turtle(shapes_path)
    if not any((None, RDF.type, kind) in shapes for kind in _SHAPE_TYPES):
        raise OntologyError(f"Shapes file {shapes_path} declares no sh:NodeShape or sh:PropertyShape; "
                            "restore ontology/shapes.ttl.")
    hierarchy = Hierarchy(load_turtle(ontology_path))
    try:
        results = Checker(shapes, hierarchy).run(store)
    except SyntaxError as err:
        raise OntologyError(f"The SHACL shapes in {shapes_path} cannot be applied: {err}") from err
    violations = tuple(sorted({Violation(r.focus_node, r.path, r.message, r.severity, r.value) for r in results},
                              key=_sort_key))
    conforms = not any(v.severity == "Violation" for v in violations)
    return ValidationReport(conforms=conforms, violations=violations)


def validate_with_pyshacl(graph: Graph, shapes_path: Path | None = None,
                          ontology_path: Path | None = None) -> ValidationReport:
    """The same check by pyshacl with RDFS inference: the reference the SPARQL checks are tested
    against (too slow for a corpus: hours on a few hundred thousand triples)."""
    shapes = load_turtle(Path(shapes_path) if shapes_path is not None else DEFAULT_SHAPES)
    hierarchy = _hierarchy(load_turtle(Path(ontology_path) if ontology_path is not None else DEFAULT_ONTOLOGY))
    try:
        conforms, results, _ = shacl_validate(graph, shacl_graph=shapes, ont_graph=hierarchy, inference="rdfs",
                                              abort_on_first=False)
    except ReportableRuntimeError as err:
        raise OntologyError(f"The SHACL shapes cannot be applied: {err}") from err
    return ValidationReport(conforms=bool(conforms), violations=tuple(sorted(_violations(results), key=_sort_key)))


def load_turtle(path: Path) -> Graph:
    """Parse a Turtle file of ontology/, raising OntologyError that names the file."""
    path = Path(path)
    if not path.is_file():
        raise OntologyError(f"Ontology file {path} is missing; restore it from the repository's ontology/.")
    graph = Graph()
    try:
        graph.parse(path, format="turtle")
    except (SyntaxError, ParserError, ValueError, OSError) as err:
        # rdflib's Turtle parser raises BadSyntax, a SyntaxError, for malformed input.
        raise OntologyError(f"Ontology file {path} is not valid Turtle: {err}") from err
    return graph


def _hierarchy(ontology: Graph) -> Graph:
    """The subclass and subproperty triples between named terms, the only ones inference should see."""
    hierarchy = Graph()
    for prop in _HIERARCHY:
        for sub, sup in ontology.subject_objects(prop):
            if isinstance(sub, URIRef) and isinstance(sup, URIRef):
                hierarchy.add((sub, prop, sup))
    return hierarchy


def _violations(results: Graph):
    """Turn pyshacl's results graph into Violation records."""
    for result in results.subjects(RDF.type, SH.ValidationResult):
        focus = results.value(result, SH.focusNode)
        path = results.value(result, SH.resultPath)
        value = results.value(result, SH.value)
        severity = results.value(result, SH.resultSeverity)
        messages = sorted(str(m) for m in results.objects(result, SH.resultMessage))
        yield Violation(
            focus_node=_term(focus) or "",
            path=_path(results, path) if path is not None else None,
            message=" ".join(messages) or "(no message)",
            severity=_local(severity) if severity is not None else "Violation",
            value=_term(value),
        )


def _path(graph: Graph, node) -> str:
    """Render a SHACL property path: a plain IRI, or SPARQL path syntax for a composite one."""
    return str(node) if isinstance(node, URIRef) else _path_expr(graph, node)


def _path_expr(graph: Graph, node) -> str:
    """A SHACL property path in SPARQL path syntax, IRIs written in full."""
    if isinstance(node, URIRef):
        return f"<{node}>"
    inverse = graph.value(node, SH.inversePath)
    if inverse is not None:
        return "^" + _path_expr(graph, inverse)
    alternatives = graph.value(node, SH.alternativePath)
    if alternatives is not None:
        return "(" + "|".join(_path_expr(graph, p) for p in Collection(graph, alternatives)) + ")"
    for prop, suffix in ((SH.zeroOrMorePath, "*"), (SH.oneOrMorePath, "+"), (SH.zeroOrOnePath, "?")):
        inner = graph.value(node, prop)
        if inner is not None:
            return "(" + _path_expr(graph, inner) + ")" + suffix
    if graph.value(node, RDF.first) is not None:
        return "(" + "/".join(_path_expr(graph, p) for p in Collection(graph, node)) + ")"
    return str(node)


def _term(term) -> str | None:
    """A node as a plain string: the IRI, the literal's lexical form, or _:id for a blank node."""
    if term is None:
        return None
    if isinstance(term, BNode):
        return f"_:{term}"
    return str(term)


def _local(iri) -> str:
    """The local name of an IRI, e.g. 'Violation' for sh:Violation."""
    return str(iri).rsplit("#", 1)[-1].rsplit("/", 1)[-1]


def _compact(text: str) -> str:
    """Shorten IRIs of known namespaces in `text` to prefixed names, for display."""
    return _IRI_IN_TEXT.sub(lambda m: _shorten(m.group(1)) or m.group(0), text)


def _shorten(iri: str) -> str | None:
    """The prefixed name of an IRI in a known namespace, else None."""
    for prefix, namespace in _PREFIXES:
        if iri.startswith(namespace):
            return prefix + iri[len(namespace):]
    return None


def _sort_key(v: Violation) -> tuple:
    """Order results by node, then path, then message, so reports are stable."""
    return (v.focus_node, v.path or "", v.message, v.value or "")
