"""The user's corrections file: parsed strictly, applied on every build, visible in the graph."""
from __future__ import annotations

import pytest

from kg.corrections import CorrectionsError, default_corrections, load_corrections, parse_corrections
from kg.gazetteer import load_gazetteer
from kg.resolve import resolve_entities
from tests.test_resolve import _ex

EXAMPLE = """
- merge: [Donald Trump, Trump Donald]
- split: Kim
- rename: {entity: Sergei Lavrov, label: Sergey V. Lavrov}
- retype: {entity: Igor Strelkov, type: Person}
- link: {entity: Igor Strelkov, wikidata: Q123456}
- reject: Replay More Videos
- iri: {entity: Igor Strelkov, iri: strelkov}
- reject: Nobody Named So
"""


def _resolve(corrections_text: str):
    exs = [_ex("a", ("Donald Trump", "Person"), ("Trump Donald", "Person"), ("Replay More Videos", "Person")),
           _ex("b", ("Kim Jong Un", "Person"), ("Kim", "Person"), ("Sergei Lavrov", "Person")),
           _ex("c", ("Igor Strelkov", "Organization"), ("Kim Jong Un", "Person"))]
    res = resolve_entities(exs, load_gazetteer(), parse_corrections(corrections_text, "test.yaml"))
    return res, {e.key: e for e in res.entities}


def test_every_action_applies_and_leaves_a_trace():
    res, entities = _resolve(EXAMPLE)
    a, b, c = res.mention_keys["a"], res.mention_keys["b"], res.mention_keys["c"]
    assert a[0] == a[1] and a[2] is None
    assert b[0] == c[1] and b[1] != b[0] and entities[b[1]].label == "Kim"
    assert entities[b[2]].label == "Sergey V. Lavrov"
    strelkov = entities[c[0]]
    assert (strelkov.key, strelkov.type, strelkov.wikidata) == ("strelkov", "Person", "Q123456")
    assert len(strelkov.corrections) == 3 and all(n.split(":")[0] in ("retype", "link", "iri") for n in strelkov.corrections)
    assert entities[a[0]].corrections == ("merge: Donald Trump, Trump Donald",)
    assert not any(e.label == "Replay More Videos" for e in entities.values())


def test_a_correction_shows_in_the_graph_as_provenance():
    from kg.graph import build_graph
    from kg.vocab import ID, KG, PROV, RDF, RDFS

    exs = [_ex("c", ("Igor Strelkov", "Organization"))]
    res = resolve_entities(exs, load_gazetteer(), parse_corrections("- retype: {entity: Igor Strelkov, type: Person}"))
    g = build_graph(exs, res, load_gazetteer())
    node = ID["igor-strelkov"]
    fix = g.value(node, PROV.wasInfluencedBy)
    assert (fix, RDF.type, KG.Correction) in g and str(g.value(fix, KG.method)) == "correction"
    assert str(g.value(fix, RDFS.comment)) == "retype: Igor Strelkov -> Person"


def test_an_entity_may_be_named_by_its_iri():
    res, entities = _resolve("- rename: {entity: 'id:igor-strelkov', label: Igor Girkin}")
    assert entities[res.mention_keys["c"][0]].label == "Igor Girkin"


@pytest.mark.parametrize("text, message", [
    ("- frobnicate: X", "unknown action 'frobnicate'"),
    ("- merge: [Only One]", "merge takes a list of two or more names"),
    ("- retype: {entity: X, type: Animal}", "type 'Animal' is not one of"),
    ("- link: {entity: X, wikidata: 4356}", "is not a Q-id"),
    ("- iri: {entity: X, iri: Not A Slug}", "must be lower-case words"),
    ("- rename: {entity: X}", "rename takes {entity: NAME, label: VALUE}"),
    ("reject: X", "expected a list of entries"),
    ("- [unclosed", "not valid YAML"),
])
def test_a_malformed_file_is_named_with_the_entry_at_fault(text, message):
    with pytest.raises(CorrectionsError, match="test.yaml") as err:
        parse_corrections(text, "test.yaml")
    assert message in str(err.value)


def test_the_file_beside_the_output_is_picked_up(tmp_path):
    assert default_corrections(tmp_path) is None
    (tmp_path / "corrections.yaml").write_text("- reject: X\n", encoding="utf-8")
    assert default_corrections(tmp_path) == tmp_path / "corrections.yaml"
    assert load_corrections(default_corrections(tmp_path)).items[0].action == "reject"
    with pytest.raises(CorrectionsError, match="cannot read"):
        load_corrections(tmp_path / "missing.yaml")


def test_kg_build_refuses_a_broken_corrections_file_before_reading_articles(tmp_path):
    from click.testing import CliRunner

    from kg.cli import main

    out = tmp_path / "out"
    out.mkdir()
    (out / "corrections.yaml").write_text("- retype: {entity: X, type: Animal}\n", encoding="utf-8")
    article = tmp_path / "a.txt"
    article.write_text("NATO met in Brussels on Monday to talk about Russia.", encoding="utf-8")
    result = CliRunner().invoke(main, ["build", str(article), "-o", str(out), "-f", "ttl"])
    assert result.exit_code == 6 and "corrections.yaml: entry #1" in result.output
    assert not (out / "graph.ttl").exists()
