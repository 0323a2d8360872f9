"""The command line: help everywhere, exit codes for bad input, summaries that name what was skipped."""
from __future__ import annotations

import json

import pytest
from click.testing import CliRunner
from rdflib import Graph

from kg.cli import main
from kg.vocab import RDF, SCHEMA

GOOD = ("MINSK, May 29. /TASS/. Russian Foreign Minister Sergey Lavrov held talks with his Belarusian "
        "counterpart Vladimir Makei on Tuesday, the ministry said in a statement about NATO.\n")


@pytest.mark.parametrize("command", [[], ["build"], ["query"], ["stats"]])
def test_every_command_has_help(command):
    result = CliRunner().invoke(main, command + ["--help"])
    assert result.exit_code == 0, result.output
    assert "Usage:" in result.output


def _corpus(tmp_path):
    tmp_path.mkdir(parents=True, exist_ok=True)
    (tmp_path / "good.txt").write_text(GOOD, encoding="utf-8")
    (tmp_path / "empty.txt").write_text("", encoding="utf-8")
    (tmp_path / "binary.txt").write_bytes(b"\x00\x01\x02\xff" * 50)
    lines = [json.dumps({"id": "r1", "title": "Talks", "text": GOOD}), "{not json", ""]
    (tmp_path / "crawl.jsonl").write_text("\n".join(lines), encoding="utf-8")
    return tmp_path


def test_broken_files_are_named_skipped_and_the_rest_builds(tmp_path):
    corpus = _corpus(tmp_path / "in")
    out = tmp_path / "out"
    result = CliRunner().invoke(main, ["build", str(corpus), "-o", str(out), "-f", "ttl"])
    assert result.exit_code == 3, result.output
    assert "empty.txt" in result.output and "binary.txt" in result.output and "crawl.jsonl:2" in result.output
    g = Graph().parse(out / "graph.ttl")
    ids = {str(g.value(a, SCHEMA.identifier)) for a in g.subjects(RDF.type, SCHEMA.NewsArticle)}
    assert ids == {"good.txt", "r1"}


def test_strict_makes_a_skip_fatal_and_writes_nothing(tmp_path):
    corpus = _corpus(tmp_path / "in")
    out = tmp_path / "out"
    result = CliRunner().invoke(main, ["build", str(corpus), "-o", str(out), "--strict"])
    assert result.exit_code == 5, result.output
    assert result.output.count("Error:") == 1
    assert not (out / "graph.ttl").exists() and not (out / "graph.ttl.oxigraph").exists()


def test_nothing_readable_is_an_error(tmp_path):
    (tmp_path / "empty.txt").write_text("", encoding="utf-8")
    result = CliRunner().invoke(main, ["build", str(tmp_path / "empty.txt"), str(tmp_path / "missing"),
                                       "-o", str(tmp_path / "out")])
    assert result.exit_code == 4, result.output
    assert "missing" in result.output


def test_unknown_format_lists_the_valid_ones(tmp_path):
    result = CliRunner().invoke(main, ["build", str(tmp_path), "-f", "pdf"])
    assert result.exit_code == 7
    assert "turtle" in result.output and "html" in result.output
