"""`kg push neo4j`: the graph into a running Neo4j with the official driver, idempotently.

The same tables as the CSV export (kg.export.neo4j), sent in UNWIND batches of MERGE + SET:
running it twice changes nothing.
"""
from __future__ import annotations

from dataclasses import dataclass

from rdflib import Graph

from kg.errors import ExportError
from kg.export.neo4j import REL_HEADER, header_of, neo4j_tables


@dataclass(frozen=True, slots=True)
class PushSummary:
    """How many nodes and relationships were sent, per label and type."""

    nodes: dict
    relationships: dict


def _records(header: list[str], rows: list[list]) -> list[dict]:
    keys = [h.split(":")[0] or h.strip(":").lower() for h in header]
    out = []
    for row in rows:
        record = {}
        for key, column, value in zip(keys, header, row):
            if column.endswith("[]"):
                value = [v for v in str(value).split(";") if v]
            record[key] = value
        out.append(record)
    return out


def node_statements(label: str) -> str:
    """Cypher that MERGEs a batch of nodes of one label by id."""
    return f"UNWIND $rows AS row MERGE (n:{label} {{id: row.id}}) SET n += row"


def rel_statement(rtype: str) -> str:
    """Cypher that MERGEs a batch of relationships of one type between existing nodes."""
    return (f"UNWIND $rows AS row MATCH (a {{id: row.start}}), (b {{id: row.end}}) "
            f"MERGE (a)-[r:{rtype}]->(b) SET r += row.props")


def push_to_neo4j(graph: Graph, uri: str, user: str, password: str, database: str | None = None,
                  batch_size: int = 1000, driver_factory=None) -> PushSummary:
    """Send the graph to Neo4j at `uri`; returns what was sent."""
    if driver_factory is None:
        try:
            from neo4j import GraphDatabase
        except ImportError as err:
            raise ExportError("kg push neo4j needs the Neo4j driver: pip install neo4j") from err
        driver_factory = GraphDatabase.driver
    nodes, rels = neo4j_tables(graph)
    try:
        driver = driver_factory(uri, auth=(user, password))
        with driver, driver.session(database=database) as session:
            for label in sorted(nodes):
                session.run(f"CREATE CONSTRAINT {label.lower()}_id IF NOT EXISTS FOR (n:{label}) REQUIRE n.id IS UNIQUE")
                records = _records(header_of(label), nodes[label])
                for i in range(0, len(records), batch_size):
                    session.run(node_statements(label), rows=[{k: v for k, v in r.items() if k != "label"}
                                                             for r in records[i:i + batch_size]])
            for rtype in sorted(rels):
                rows = []
                for r in _records(REL_HEADER, rels[rtype]):
                    props = {k: v for k, v in r.items() if k not in ("start_id", "end_id", "type")}
                    rows.append({"start": r["start_id"], "end": r["end_id"], "props": props})
                for i in range(0, len(rows), batch_size):
                    session.run(rel_statement(rtype), rows=rows[i:i + batch_size])
    except ExportError:
        raise
    except Exception as err:  # the driver raises ServiceUnavailable, AuthError, ... from its own module
        raise ExportError(f"cannot push to Neo4j at {uri}: {err}; check the URI, user and password") from err
    return PushSummary({k: len(v) for k, v in nodes.items()}, {k: len(v) for k, v in rels.items()})
