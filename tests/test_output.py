"""kg.output.build_into: the library call `kg build` makes owns the output folder."""
from __future__ import annotations

import json

import pytest

from kg.errors import SkippedInputError
from kg.output import build_into
from kg.pipeline import BuildOptions

GOOD = {"id": "good", "text": "Russian Foreign Minister Sergey Lavrov met NATO Secretary General Jens Stoltenberg "
                               "in Brussels on Monday."}


@pytest.fixture()
def corpus(tmp_path):
    path = tmp_path / "crawl.jsonl"
    path.write_text(json.dumps(GOOD) + "\n{not json\n", encoding="utf-8")
    return path


def test_a_build_writes_every_format_and_names_the_skipped_line(corpus, tmp_path):
    out = tmp_path / "out"
    result, outputs = build_into(out, [corpus], ["turtle", "mentions"], BuildOptions(keep_extractions=False))
    assert sorted(p.name for p in outputs) == ["graph.ttl", "mentions.jsonl"]
    assert all(p.parent == out and p.exists() for p in outputs)
    assert [s.where for s in result.summary.skipped] == [f"{corpus}:2"]
    line = json.loads((out / "mentions.jsonl").read_text(encoding="utf-8").splitlines()[0])
    assert line["id"] == "good" and {"Sergey Lavrov", "Jens Stoltenberg"} <= {m["text"] for m in line["mentions"]}
    assert (out / "graph.ttl.oxigraph").is_dir() and not list(out.glob(".kg-staging-*"))


def test_strict_writes_nothing_when_an_input_is_skipped(corpus, tmp_path):
    out = tmp_path / "out"
    with pytest.raises(SkippedInputError, match="nothing was written"):
        build_into(out, [corpus], ["turtle", "html"], BuildOptions(keep_extractions=False), strict=True)
    assert not out.exists() or sorted(p.name for p in out.iterdir() if not p.name.startswith(".")) == []
