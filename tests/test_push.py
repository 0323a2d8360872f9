"""kg push neo4j against a recording fake driver (no Neo4j server can run here)."""
from __future__ import annotations

import pytest

from kg.errors import ExportError
from kg.push import push_to_neo4j


class FakeSession:
    def __init__(self, log):
        self.log = log

    def run(self, query, **params):
        self.log.append((query, params))

    def __enter__(self):
        return self

    def __exit__(self, *exc):
        return False


class FakeDriver(FakeSession):
    def session(self, database=None):
        return FakeSession(self.log)


def test_push_merges_in_batches_and_is_idempotent_by_construction(sample_build):
    log = []
    summary = push_to_neo4j(sample_build.graph, "bolt://x", "u", "p", batch_size=10,
                            driver_factory=lambda uri, auth: FakeDriver(log))
    queries = [q for q, _ in log]
    assert not any(q.lstrip().startswith("CREATE (") or " CREATE (" in q for q in queries)
    data = [(q, p["rows"]) for q, p in log if "rows" in p]
    assert all(len(rows) <= 10 for _, rows in data)
    assert all("MERGE" in q for q, _ in data)
    sent_people = sum(len(rows) for q, rows in data if "MERGE (n:Person" in q)
    assert sent_people == summary.nodes["Person"]
    met = [row for q, rows in data if "[r:MET]" in q for row in rows]
    assert met and all(isinstance(r["props"]["articles"], list) for r in met)


def test_connection_errors_become_a_clear_message(sample_build):
    def refuse(uri, auth):
        raise OSError("connection refused")

    with pytest.raises(ExportError, match="cannot push to Neo4j at bolt://nowhere"):
        push_to_neo4j(sample_build.graph, "bolt://nowhere", "u", "p", driver_factory=refuse)
