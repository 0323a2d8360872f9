"""The saved query pack on the sample graph, the on-disk store, and `kg validate`."""
from __future__ import annotations

import json

import pytest
from click.testing import CliRunner

from kg.cli import main
from kg.errors import QueryError
from kg.query import query_names, run_query, saved_query


@pytest.fixture(scope="module")
def graph_file(sample_turtle, tmp_path_factory):
    target = tmp_path_factory.mktemp("q") / "graph.ttl"
    target.write_bytes(sample_turtle.read_bytes())
    return target


def _rows(graph_file, query_name, **bindings):
    result = run_query(graph_file, saved_query(query_name, bindings))
    return [dict(zip(result.columns, row)) for row in result.rows]


def test_the_pack_has_the_promised_queries():
    assert {"positions", "meetings", "cooccurrence", "entity", "evidence", "articles", "treaties",
            "claims"} <= set(query_names())


def test_positions_and_meetings(graph_file):
    positions = _rows(graph_file, "positions")
    assert {"person": "Alexander Grushko", "role": "Deputy Foreign Minister", "body": "Russia"}.items() \
        <= next(r for r in positions if r["person"] == "Alexander Grushko").items()
    meetings = {(r["a"], r["b"]) for r in _rows(graph_file, "meetings")}
    assert ("Vladimir Putin", "Joe Biden") in meetings or ("Joe Biden", "Vladimir Putin") in meetings


def test_entity_evidence_articles_cooccurrence_treaties(graph_file):
    entity = _rows(graph_file, "entity", name="Lavrov")
    assert {r["predicate"] for r in entity} >= {"met", "holdsPosition", "mentionedWith"}
    evidence = _rows(graph_file, "evidence", subject="Sergey Lavrov", object="Vladimir Makei")
    assert any(r["predicate"] == "met" and "talks with" in r["sentence"] for r in evidence)
    assert len(_rows(graph_file, "articles")) == 5
    pairs = _rows(graph_file, "cooccurrence")
    assert pairs and int(pairs[0]["sentences"]) >= int(pairs[-1]["sentences"])
    result = run_query(graph_file, saved_query("treaties"))
    assert result.columns == ("treaty", "party", "action", "first_reported", "articles")


def test_bindings_are_escaped_and_required(graph_file):
    assert _rows(graph_file, "entity", name='x" } ?e ?p ?o . {') == []
    with pytest.raises(QueryError, match="--bind name="):
        saved_query("entity")


def test_the_store_is_kept_beside_the_graph_and_reused(graph_file):
    run_query(graph_file, "SELECT * WHERE { ?s ?p ?o } LIMIT 1")
    store = graph_file.with_name(graph_file.name + ".oxigraph")
    assert (store / "kg-source.stamp").exists()
    stamp = (store / "kg-source.stamp").read_text()
    run_query(graph_file, "ASK { ?s ?p ?o }")
    assert (store / "kg-source.stamp").read_text() == stamp


def test_cli_query_json_and_validate(graph_file, tmp_path):
    out = CliRunner().invoke(main, ["query", str(graph_file), "positions", "--format", "json"])
    assert out.exit_code == 0 and any(r["person"] == "Vladimir Makei" for r in json.loads(out.output))
    ok = CliRunner().invoke(main, ["validate", str(graph_file)])
    assert ok.exit_code == 0 and "conforms" in ok.output
    broken = tmp_path / "broken.ttl"
    broken.write_text(graph_file.read_text(encoding="utf-8").replace('kg:confidence "0.8"', 'kg:confidence "1.5"'),
                      encoding="utf-8")
    bad = CliRunner().invoke(main, ["validate", str(broken)])
    assert bad.exit_code == 10 and "confidence" in bad.output
