"""Saved queries give the right values on a small built corpus with dated and undated articles."""
from __future__ import annotations

import pytest

from kg.model import Article
from kg.query import run_query, saved_query

ARTICLES = [
    Article(id="a1", text="The United States withdrew from the INF Treaty on Friday, officials in Washington said.",
            date="2019-02-01", publisher="CNN"),
    Article(id="a2", text="The United States withdrew from the INF Treaty, the Kremlin said.", date=None),
    Article(id="a3", text="The United States withdrew from the INF Treaty last month. Russia suspended the New START "
            "treaty.", date="2019-03-05T10:00:00"),
    Article(id="a4", text="Russia suspended the New START treaty on Tuesday, Sergey Lavrov told CNN.", date=None),
    Article(id="a5", text="Russian President Vladimir Putin met Chinese President Xi Jinping in Beijing. CNN is "
            "headquartered in Atlanta.", date="2019-04-01", publisher="CNN"),
]


@pytest.fixture(scope="module")
def graph_file(tmp_path_factory):
    import kg
    from kg.export import export

    folder = tmp_path_factory.mktemp("saved")
    export(kg.build(ARTICLES).graph, "turtle", folder)
    return folder / "graph.ttl"


def _rows(graph_file, name):
    result = run_query(graph_file, saved_query(name))
    return [dict(zip(result.columns, row)) for row in result.rows]


def test_treaties_first_reported_comes_from_the_dated_articles_only(graph_file):
    rows = {(r["treaty"], r["party"], r["action"]): r for r in _rows(graph_file, "treaties")}
    inf = rows[("INF Treaty", "United States", "withdrew")]
    # a1 (2019-02-01), a2 (undated) and a3 (2019-03-05): the undated one counts but does not blank the date.
    assert inf["first_reported"] == "2019-02-01" and inf["articles"] == "3"
    start = rows[("New START", "Russia", "suspended")]
    assert start["first_reported"] == "2019-03-05" and start["articles"] == "2"  # the day of a date-time


def test_central_ranks_by_typed_partners_and_puts_outlets_apart(graph_file):
    rows = _rows(graph_file, "central")
    assert rows[0]["entity"] == "Russia" and rows[0]["degree"] == "2" and rows[0]["type"] == "Place"
    outlets = [r["entity"] for r in rows if r["outlet"] == "true"]
    assert outlets == ["CNN"]
    assert rows[-1]["entity"] == "CNN"  # after every entity that is not an outlet
    assert all(r["entity"] != "Sergey Lavrov" for r in rows)  # co-occurrence alone does not count
    degrees = [int(r["degree"]) for r in rows if r["outlet"] == "false"]
    assert degrees == sorted(degrees, reverse=True)
