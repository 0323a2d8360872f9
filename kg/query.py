"""SPARQL over a built graph with Oxigraph (fast to load and to join), results as plain rows.

Queries stay offline: a query that uses SERVICE (a request to another endpoint) is refused
unless the caller allows the network. Values given with --bind become RDF terms, serialised
with every quote, backslash and control character escaped, in one VALUES block placed once at
the start of the query's WHERE group (found by tokens, outside strings, IRIs and comments); the
values are never searched or substituted again, so a value is a value whatever it holds.
(Oxigraph's own substitution, SEP-0007, only binds variables the SELECT projects.) A saved
query's parameters are the variables it writes with `$` (`$name`); any query can have any of
its variables bound.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from pathlib import Path

from kg.errors import QueryError
from kg.store import discard_store, load_store
from kg.vocab import NAMESPACES

PREFIX_MAP = {p: NAMESPACES[p] for p in ("rdf", "rdfs", "skos", "owl", "xsd", "prov", "schema", "kg", "id")}
PREFIXES = "".join(f"PREFIX {p}: <{ns}>\n" for p, ns in PREFIX_MAP.items())

# SPARQL's tokens, enough to tell keywords and variables from strings, IRIs and comments.
_TOKEN = re.compile(r'''"""(?:[^"\\]|\\.|"(?!""))*"""|\'\'\'(?:[^'\\]|\\.|'(?!''))*\'\'\''''
                    r'''|"(?:[^"\\\n]|\\.)*"|'(?:[^'\\\n]|\\.)*'|<[^<>"{}|^`\\\s]*>|\#[^\n]*'''
                    r'''|(?P<var>[?$][A-Za-z0-9_\u00b7\u00c0-\uffff]+)|(?P<word>[A-Za-z_][\w.-]*(?::[\w.-]*)?|:[\w.-]*)'''
                    r'''|\S''', re.S)


@dataclass(frozen=True, slots=True)
class QueryResult:
    """Column names and rows of plain strings (None where a variable is unbound)."""

    columns: tuple[str, ...]
    rows: tuple[tuple[str | None, ...], ...]


@dataclass(frozen=True, slots=True)
class Query:
    """A SPARQL query and the values (name -> text) bound to its variables."""

    text: str
    bindings: tuple[tuple[str, str], ...] = ()


def _query_dir():
    from kg.data import queries_dir

    return queries_dir()


def query_names() -> list[str]:
    """Names of the saved queries in the query pack."""
    return sorted(p.name[:-3] for p in _query_dir().iterdir() if p.name.endswith(".rq"))


def saved_query_text(name: str) -> str:
    """The text of a saved query; an unknown name says so and lists the saved ones."""
    if name not in query_names():
        raise QueryError(f"no saved query {name!r}; saved queries: {', '.join(query_names())} "
                         "(or give a SPARQL query)")
    return _query_dir().joinpath(f"{name}.rq").read_text(encoding="utf-8")


def _tokens(text: str):
    for match in _TOKEN.finditer(text):
        yield match.lastgroup, match.group()


def variables(text: str) -> set[str]:
    """The names of the variables a query uses (?x or $x), outside strings, IRIs and comments."""
    return {tok[1:] for kind, tok in _tokens(text) if kind == "var"}


def parameters(text: str) -> set[str]:
    """The variables a saved query writes with `$`: the values it needs from --bind."""
    return {tok[1:] for kind, tok in _tokens(text) if kind == "var" and tok.startswith("$")}


def uses_service(text: str) -> bool:
    """Whether the query has a SERVICE clause (a request to another SPARQL endpoint)."""
    return any(kind == "word" and tok.upper() == "SERVICE" for kind, tok in _tokens(text))


def saved_query(name: str, bindings: dict[str, str] | None = None) -> Query:
    """A saved query with values for its `$` parameters; every parameter must be bound."""
    text = saved_query_text(name)
    wanted = parameters(text)
    bindings = dict(bindings or {})
    unknown = sorted(set(bindings) - variables(text))
    if unknown:
        raise QueryError(f"query {name!r} has no variable {unknown[0]!r}; it takes "
                         + (", ".join(f"--bind {m}=..." for m in sorted(wanted)) or "no --bind"))
    missing = sorted(wanted - set(bindings))
    if missing:
        raise QueryError(f"query {name!r} needs " + ", ".join(f"--bind {m}=..." for m in missing))
    return Query(text, tuple(sorted(bindings.items())))


def adhoc_query(text: str, bindings: dict[str, str] | None = None) -> Query:
    """A query the user wrote, with values for any of its variables."""
    bindings = dict(bindings or {})
    unknown = sorted(set(bindings) - variables(text))
    if unknown:
        names = ", ".join(f"?{v}" for v in sorted(variables(text))) or "none"
        raise QueryError(f"--bind {unknown[0]}=...: the query has no variable ?{unknown[0]} (its variables: {names})")
    return Query(text, tuple(sorted(bindings.items())))


_IRI_ILLEGAL = re.compile(r'[\x00-\x20<>"{}|^`\\]')


def _term(value: str) -> str:
    """A bound value in SPARQL syntax: <IRI> when written in angle brackets, else an escaped string."""
    import pyoxigraph

    from kg.export.syntax import quoted

    value = value.encode("utf-8", "replace").decode("utf-8")  # a command line may carry lone surrogates
    if len(value) > 2 and value.startswith("<") and value.endswith(">"):
        iri = value[1:-1]
        try:
            if _IRI_ILLEGAL.search(iri):
                raise ValueError("a character IRIs cannot hold")
            return f"<{pyoxigraph.NamedNode(iri).value}>"
        except ValueError as err:
            raise QueryError(f"--bind value {value!r} is not a valid IRI ({err})") from err
    return quoted(value)


def with_values(text: str, bindings: tuple[tuple[str, str], ...], raw: bool = False) -> str:
    """The query with one VALUES block binding its variables, at the start of its WHERE group
    (`raw`: the values are SPARQL terms already, e.g. `<IRI>`, not user text)."""
    if not bindings:
        return text
    depth, after_where, where = 0, False, None
    for match in _TOKEN.finditer(text):
        token = match.group()
        if match.lastgroup == "word" and token.upper() == "WHERE" and depth == 0:
            after_where = True
        elif token == "{":
            if depth == 0 and (after_where or where is None):
                where = match.end()
                if after_where:
                    break
            depth += 1
        elif token == "}":
            depth -= 1
    if where is None:
        raise QueryError("--bind needs a query with a WHERE { ... } group")
    from itertools import product

    from kg.lang import label_language

    names = " ".join(f"?{k}" for k, _ in bindings)
    # A name in another script also matches the label tagged with its language ("Сергей Лавров"@ru).
    choices = [[v] if raw else [_term(v)] + ([f"{_term(v)}@{lang}"] if (lang := label_language(v)) and not v.startswith("<") else [])
               for _, v in bindings]
    rows = " ".join(f"({' '.join(row)})" for row in product(*choices))
    return f"{text[:where]} VALUES ({names}) {{ {rows} }}{text[where:]}"


def _plain(term) -> str | None:
    return None if term is None else term.value


def run_query(graph_path: Path, query: Query | str, allow_network: bool = False) -> QueryResult:
    """Run a SELECT or ASK query (the common prefixes are predeclared) against a Turtle graph."""
    if isinstance(query, str):
        query = Query(query)
    if not allow_network and uses_service(query.text):
        raise QueryError("the query uses SERVICE, which sends requests over the network; "
                         "add --allow-network to allow it")
    text = with_values(query.text, query.bindings)
    for attempt in (1, 2):
        store = load_store(graph_path)
        try:
            return _run(store, text)
        except SyntaxError as err:
            raise QueryError(f"the SPARQL query is not valid: {' '.join(str(err).split())}") from err
        except (OSError, RuntimeError) as err:
            if attempt == 1 and "orrupt" in str(err).lower():
                del store
                discard_store(graph_path)  # a damaged store: rebuilt from the Turtle file, once
                continue
            raise QueryError(f"the query failed: {' '.join(str(err).split())}") from err
    raise AssertionError("unreachable")


def _run(store, text: str) -> QueryResult:
    result = store.query(text, prefixes=PREFIX_MAP)
    if isinstance(result, bool) or type(result).__name__ == "QueryBoolean":
        return QueryResult(("result",), ((str(bool(result)).lower(),),))
    if not hasattr(result, "variables"):
        raise QueryError("only SELECT and ASK queries print as tables; use SELECT")
    columns = tuple(v.value for v in result.variables)
    return QueryResult(columns, tuple(tuple(_plain(sol[c]) for c in columns) for sol in result))


STATS_QUERY = """
SELECT ?what (COUNT(DISTINCT ?x) AS ?n) WHERE {
  { ?x a schema:NewsArticle . BIND("articles" AS ?what) }
  UNION { ?x a schema:Person . BIND("Person" AS ?what) }
  UNION { ?x a schema:Organization . BIND("Organization" AS ?what) }
  UNION { ?x a schema:Place . BIND("Place" AS ?what) }
  UNION { ?x a kg:Treaty . BIND("Treaty" AS ?what) }
  UNION { ?x a rdf:Statement ; rdf:predicate ?p . BIND(CONCAT("edges ", STRAFTER(STR(?p), "#")) AS ?what) }
  UNION { ?x a kg:Evidence . BIND("evidence" AS ?what) }
} GROUP BY ?what ORDER BY ?what
"""


def graph_stats(graph_path: Path) -> QueryResult:
    """Counts of articles, entities by type, edges by predicate and evidence."""
    return run_query(graph_path, STATS_QUERY)
