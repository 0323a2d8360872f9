"""SPARQL over a built graph with Oxigraph (fast to load and to join), results as plain rows."""
from __future__ import annotations

import re
from dataclasses import dataclass
from pathlib import Path

from kg.errors import QueryError
from kg.store import load_store

PREFIXES = """PREFIX rdf: <http://www.w3.org/1999/02/22-rdf-syntax-ns#>
PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>
PREFIX skos: <http://www.w3.org/2004/02/skos/core#>
PREFIX owl: <http://www.w3.org/2002/07/owl#>
PREFIX xsd: <http://www.w3.org/2001/XMLSchema#>
PREFIX prov: <http://www.w3.org/ns/prov#>
PREFIX schema: <https://schema.org/>
PREFIX kg: <https://w3id.org/kg-news/ontology#>
PREFIX id: <https://w3id.org/kg-news/id/>
"""


@dataclass(frozen=True, slots=True)
class QueryResult:
    """Column names and rows of plain strings (None where a variable is unbound)."""

    columns: tuple[str, ...]
    rows: tuple[tuple[str | None, ...], ...]


QUERY_DIR = Path(__file__).resolve().parent / "queries"


def query_names() -> list[str]:
    """Names of the saved queries in the query pack (kg/queries/*.rq)."""
    return sorted(p.stem for p in QUERY_DIR.glob("*.rq"))


def _literal(value: str) -> str:
    escaped = value.replace("\\", "\\\\").replace('"', '\\"').replace("\n", "\\n").replace("\r", "\\r")
    return f'"{escaped}"'


def saved_query(name: str, bindings: dict[str, str] | None = None) -> str:
    """The text of a saved query with its `$param` placeholders bound to string literals."""
    path = QUERY_DIR / f"{name}.rq"
    if not path.is_file():
        raise QueryError(f"no saved query {name!r}; choose one of: {', '.join(query_names())}")
    text = path.read_text(encoding="utf-8")
    from kg.lang import label_language

    for key, value in (bindings or {}).items():
        # A name in another script is also a label tagged with its language ("Сергей Лавров"@ru).
        lang = label_language(value)
        text = text.replace(f"${key}", _literal(value) + (f" {_literal(value)}@{lang}" if lang else ""))
    missing = sorted(set(re.findall(r"\$([A-Za-z_]\w*)", text)))
    if missing:
        raise QueryError(f"query {name!r} needs " + ", ".join(f"--bind {m}=..." for m in missing))
    return text


def _plain(term) -> str | None:
    if term is None:
        return None
    return term.value


def run_query(graph_path: Path, sparql: str) -> QueryResult:
    """Run a SELECT or ASK query (the common prefixes are predeclared) against a Turtle graph."""
    store = load_store(graph_path)
    text = sparql if "PREFIX kg:" in sparql else PREFIXES + sparql
    try:
        result = store.query(text)
    except SyntaxError as err:
        raise QueryError(f"the SPARQL query is not valid: {err}") from err
    if isinstance(result, bool) or type(result).__name__ == "QueryBoolean":
        return QueryResult(("result",), ((str(bool(result)).lower(),),))
    if not hasattr(result, "variables"):
        raise QueryError("only SELECT and ASK queries print as tables; use SELECT")
    columns = tuple(v.value for v in result.variables)
    rows = tuple(tuple(_plain(sol[c]) for c in columns) for sol in result)
    return QueryResult(columns, rows)


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
