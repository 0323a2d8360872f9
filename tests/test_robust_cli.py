"""Issue 10, rows 8 and 12-19: one-line errors with distinct exit codes, locked and consistent
output folders, offline queries whose bound values stay values."""
from __future__ import annotations

import fcntl
import json
import socket

import pytest
from click.testing import CliRunner

from kg.cli import main

GOOD = ("MINSK, May 29. /TASS/. Russian Foreign Minister Sergey Lavrov held talks with his Belarusian "
        "counterpart Vladimir Makei on Tuesday, the ministry said in a statement about NATO.\n")
OTHER = ("Secretary General Jens Stoltenberg met German Chancellor Olaf Scholz in Berlin on Friday to discuss "
         "the alliance and its summit in Vilnius, officials said.\n")


def _run(*args):
    return CliRunner().invoke(main, [str(a) for a in args])


def _one_line_error(result, code):
    assert result.exit_code == code, result.output
    errors = [line for line in result.output.splitlines() if line.startswith("Error:")]
    assert len(errors) == 1 and "Traceback" not in result.output, result.output
    return errors[0]


@pytest.fixture(scope="module")
def built(tmp_path_factory):
    folder = tmp_path_factory.mktemp("built")
    (folder / "in").mkdir()
    (folder / "in" / "good.txt").write_text(GOOD, encoding="utf-8")
    result = _run("build", folder / "in", "-o", folder / "out", "-f", "ttl")
    assert result.exit_code == 0, result.output
    return folder / "out" / "graph.ttl"


def test_row8_unwritable_output_folder_is_one_line_before_parsing(tmp_path, monkeypatch):
    (tmp_path / "good.txt").write_text(GOOD, encoding="utf-8")
    (tmp_path / "file").write_text("x", encoding="utf-8")
    monkeypatch.setattr("kg.output.build", lambda *a, **k: pytest.fail("parsed before checking -o"))
    line = _one_line_error(_run("build", tmp_path / "good.txt", "-o", tmp_path / "file" / "out"), 7)
    assert "cannot write into the output folder" in line


def test_row12_a_second_build_into_a_locked_folder_stops_at_once(tmp_path, monkeypatch):
    (tmp_path / "good.txt").write_text(GOOD, encoding="utf-8")
    out = tmp_path / "out"
    out.mkdir()
    monkeypatch.setattr("kg.output.build", lambda *a, **k: pytest.fail("parsed while another build runs"))
    with open(out / ".kg-build.lock", "a+b") as held:
        fcntl.flock(held.fileno(), fcntl.LOCK_EX | fcntl.LOCK_NB)  # as a running build holds it
        line = _one_line_error(_run("build", tmp_path / "good.txt", "-o", out), 12)
    assert ".kg-build.lock" in line and "another kg build" in line


def test_row13_row14_a_build_without_turtle_keeps_folder_consistent_and_cleans_up(built, tmp_path):
    out = built.parent
    before = built.read_bytes()
    (out / ".graph.ttl.abc123.tmp").write_text("left by a killed build", encoding="utf-8")
    (tmp_path / "other.txt").write_text(OTHER, encoding="utf-8")
    result = _run("build", tmp_path / "other.txt", "-o", out, "-f", "html")
    assert result.exit_code == 0, result.output
    assert built.read_bytes() == before and (out / "graph.html").is_file()
    assert not list(out.glob(".*.tmp")) and not list(out.glob(".kg-staging-*"))
    rows = json.loads(_run("query", built, "SELECT ?l WHERE { ?p a schema:Person ; rdfs:label ?l }",
                           "--format", "json").output)
    names = {r["l"] for r in rows}
    assert "Sergey Lavrov" in names and "Olaf Scholz" not in names  # the store answers for graph.ttl


def test_row14_a_failed_build_leaves_the_old_outputs(built, tmp_path, monkeypatch):
    out = built.parent
    before = built.read_bytes()
    page = out / "graph.html"
    page_before = page.read_bytes() if page.exists() else None
    (tmp_path / "other.txt").write_text(OTHER, encoding="utf-8")

    def broken(*args, **kwargs):
        raise OSError("disk full")

    monkeypatch.setattr("kg.export.page.write", broken)
    result = CliRunner().invoke(main, ["build", str(tmp_path / "other.txt"), "-o", str(out), "-f", "ttl", "-f", "html"])
    assert result.exit_code != 0
    assert built.read_bytes() == before
    assert (page.read_bytes() if page.exists() else None) == page_before
    assert not list(out.glob(".kg-staging-*"))


def test_row12_a_corrupt_store_is_rebuilt_from_the_turtle_file(built):
    store = built.with_name(built.name + ".oxigraph")
    assert (store / "kg-source.stamp").is_file()
    for path in store.iterdir():
        if path.name != "kg-source.stamp" and path.is_file():
            path.write_bytes(b"\x00garbage" * 64)
    result = _run("query", built, "SELECT (COUNT(*) AS ?n) WHERE { ?s ?p ?o }", "--format", "json")
    assert result.exit_code == 0, result.output
    assert int(json.loads(result.output)[0]["n"]) > 50


def test_row13_the_stamp_identifies_the_content(built, tmp_path):
    from kg.store import stamp_matches, store_dir, write_stamp

    copy = tmp_path / "graph.ttl"
    copy.write_bytes(built.read_bytes())
    (tmp_path / "s").mkdir()
    write_stamp(tmp_path / "s", copy)
    copy.touch()  # same content, new time: still the same graph
    assert stamp_matches(tmp_path / "s", copy)
    text = copy.read_text(encoding="utf-8")
    copy.write_text(text.replace("Lavrov", "Lavrof"), encoding="utf-8")  # same size, other content
    assert not stamp_matches(tmp_path / "s", copy)
    assert store_dir(copy).name == "graph.ttl.oxigraph"


def test_row15_service_is_refused_and_nothing_reaches_the_network(built, monkeypatch):
    def no_network(*args, **kwargs):
        pytest.fail("kg query opened a network connection")

    monkeypatch.setattr(socket.socket, "connect", no_network)
    line = _one_line_error(_run("query", built, "SELECT * WHERE { SERVICE <http://127.0.0.1:9/sparql> { ?s ?p ?o } }"), 8)
    assert "SERVICE" in line and "--allow-network" in line
    ok = _run("query", built, 'SELECT ?service WHERE { BIND("SERVICE <x>" AS ?service) } # SERVICE')
    assert ok.exit_code == 0, ok.output


def test_row16_bound_values_are_substituted_once_as_terms(built):
    result = _run("query", built, "evidence", "--bind", "subject=$object", "--bind", "object=UNDEF } VALUES ?zz {",
                  "--format", "json")
    assert result.exit_code == 0, result.output
    assert json.loads(result.output) == []
    real = _run("query", built, "evidence", "--bind", "subject=Sergey Lavrov", "--bind", "object=Vladimir Makei",
                "--format", "json")
    assert any(r["predicate"] == "met" for r in json.loads(real.output))


def test_row17_bind_with_any_query_bad_names_and_unknown_saved_queries(built):
    adhoc = _run("query", built, "SELECT ?p WHERE { ?p rdfs:label ?name }", "--bind", "name=Sergey Lavrov",
                 "--format", "json")
    assert adhoc.exit_code == 0, adhoc.output
    rows = json.loads(adhoc.output)
    assert len(rows) == 1 and rows[0]["p"] == "https://w3id.org/kg-news/id/sergey-lavrov"
    everyone = json.loads(_run("query", built, "SELECT ?p WHERE { ?p rdfs:label ?name }", "--format", "json").output)
    assert len(everyone) > 1
    line = _one_line_error(_run("query", built, "evidence", "--bind", "sub=Sergey Lavrov"), 8)
    assert "'sub'" in line and "--bind subject=" in line
    line = _one_line_error(_run("query", built, "SELECT ?x WHERE { ?x ?p ?o }", "--bind", "y=1"), 8)
    assert "?y" in line and "?x" in line
    line = _one_line_error(_run("query", built, "nosuchname"), 8)
    assert "no saved query 'nosuchname'" in line and "evidence" in line and "positions" in line


def test_row18_bad_graph_files_and_validate_exit_codes(built, tmp_path):
    bad = tmp_path / "bad.ttl"
    bad.write_text("this is not turtle {", encoding="utf-8")
    for command in (["validate", bad], ["export", bad, "-f", "graphml", "-o", tmp_path / "x"], ["stats", bad],
                    ["query", bad, "positions"]):
        assert "not readable as Turtle" in _one_line_error(_run(*command), 11)
    assert _run("validate", built).exit_code == 0
    broken = tmp_path / "broken.ttl"
    broken.write_text(built.read_text(encoding="utf-8").replace("schema:identifier", "schema:identifierX"),
                      encoding="utf-8")
    result = _run("validate", broken)
    assert result.exit_code == 10 and "identifier" in result.output


def test_row19_dask_missing_and_validate_on_a_text_file(tmp_path, monkeypatch):
    import importlib.util

    real = importlib.util.find_spec
    monkeypatch.setattr(importlib.util, "find_spec", lambda name, *a: None if name in ("dask", "distributed")
                        else real(name, *a))
    (tmp_path / "good.txt").write_text(GOOD, encoding="utf-8")
    line = _one_line_error(_run("build", tmp_path / "good.txt", "-o", tmp_path / "out", "--dask", "local:2"), 1)
    assert "pip install 'kg[dask]'" in line
    notes = tmp_path / "notes.txt"
    notes.write_text("Meeting notes: call Anna on Monday.\n", encoding="utf-8")
    assert "not readable as Turtle" in _one_line_error(_run("validate", notes), 11)
    assert "no such graph file" in _one_line_error(_run("validate", tmp_path / "missing.ttl"), 11)


def test_progress_lines_on_stderr_when_not_a_terminal(tmp_path, monkeypatch):
    from kg import cli

    lines = []
    monkeypatch.setattr(cli.click, "echo", lambda message="", **kw: lines.append((message, kw.get("err"))))
    update = cli._progress_counter(tty=False)
    for _ in range(250):
        update(1)
    assert lines == [("parsed 100 articles", True), ("parsed 200 articles", True)]


def test_row20_same_graph_for_relative_or_absolute_paths_and_any_order(tmp_path, monkeypatch):
    from kg.export.turtle import serialize_turtle
    from kg.pipeline import build
    from tests.conftest import SAMPLES

    files = sorted(SAMPLES.iterdir())[:3]
    for n, path in enumerate(files):
        (tmp_path / f"d{n}").mkdir()
        (tmp_path / f"d{n}" / "same.txt").write_bytes(path.read_bytes())  # one file name, three folders
    monkeypatch.chdir(tmp_path)
    relative = serialize_turtle(build(["d0", "d1", "d2"]).graph)
    absolute = serialize_turtle(build([str(tmp_path / "d2"), str(tmp_path / "d0"), str(tmp_path / "d1")]).graph)
    assert relative == absolute and relative.count("schema:NewsArticle") == 3
