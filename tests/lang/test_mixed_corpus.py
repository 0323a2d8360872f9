"""English and Russian articles in one build: one node per entity, Russian names as @ru labels in every export."""
import csv

import pytest

pytest.importorskip("natasha")

from rdflib import Literal  # noqa: E402

import kg  # noqa: E402
from kg.export import ExportOptions, export  # noqa: E402
from kg.vocab import RDFS, SKOS  # noqa: E402
from tests.lang.mixed_corpus import BOTH, articles  # noqa: E402


@pytest.fixture(scope="module")
def mixed():
    return kg.build(articles())


def _names(graph):
    names = {}
    for s, p, o in graph.triples((None, None, None)):
        if p in (RDFS.label, SKOS.altLabel):
            names.setdefault(s, set()).add(o)
    return names


def test_the_corpus_names_at_least_twenty_entities_in_both_languages():
    assert len(BOTH) >= 20 and len({ru for _, ru in BOTH}) == len(BOTH)


@pytest.mark.parametrize("english,russian", BOTH)
def test_one_node_for_an_entity_named_in_both_languages(mixed, english, russian):
    names = _names(mixed.graph)
    by_english = {s for s, ns in names.items() if Literal(english) in ns}
    by_russian = {s for s, ns in names.items() if Literal(russian, lang="ru") in ns}
    assert len(by_english) == 1, english
    assert by_english == by_russian, (english, russian)


def test_english_labels_stay_plain_and_russian_ones_are_tagged(mixed):
    labels = [o for _, _, o in mixed.graph.triples((None, RDFS.label, None))]
    assert Literal("Sergey Lavrov") in labels  # the English name wins the label, untagged
    alts = {o for _, _, o in mixed.graph.triples((None, SKOS.altLabel, None))}
    assert Literal("Сергей Лавров", lang="ru") in alts
    assert not any(o.language for o in labels + list(alts) if str(o).isascii())


def test_turtle_carries_the_ru_tags(mixed, tmp_path):
    (path,) = export(mixed.graph, "turtle", tmp_path)
    text = path.read_text(encoding="utf-8")
    assert '"Сергей Лавров"@ru' in text and '"ДРСМД"@ru' in text
    assert '"Sergey Lavrov"@' not in text


def test_neo4j_and_gephi_exports_show_both_names(mixed, tmp_path):
    export(mixed.graph, "neo4j", tmp_path)
    with open(tmp_path / "neo4j" / "nodes_Person.csv", encoding="utf-8") as handle:
        rows = list(csv.DictReader(handle))
    lavrov = next(r for r in rows if "Sergey Lavrov" in r.values())
    assert "Сергей Лавров" in lavrov["altNames:string[]"].split(";")
    import networkx as nx

    (gexf,) = [p for p in export(mixed.graph, "gexf", tmp_path) if p.suffix == ".gexf"]
    nodes = nx.read_gexf(gexf).nodes(data=True)
    stoltenberg = next(d for _, d in nodes if d.get("label") == "Jens Stoltenberg")
    assert "Йенс Столтенберг" in stoltenberg["altLabels"]


def test_the_page_shows_the_russian_names(mixed, tmp_path):
    (page,) = export(mixed.graph, "html", tmp_path, ExportOptions())
    assert "Сергей Лавров" in page.read_text(encoding="utf-8")


def test_the_russian_articles_were_read_as_russian(mixed):
    methods = {m.method for ex in mixed.extractions if ex.article.id.startswith("ru-") for m in ex.mentions}
    assert "ner" in methods or "ner+gazetteer" in methods
    roles = {(ex.mentions[r.subject].normal, r.predicate) for ex in mixed.extractions
             if ex.article.id.startswith("ru-") for r in ex.relations}
    assert ("Сергей Лавров", "holdsPosition") in roles and ("Сергей Лавров", "met") in roles


def test_mixed_files_in_one_build(tmp_path):
    """A Russian scraped page (menus around it), an English one, and JSON lines in both languages."""
    import json

    from tests.lang.mixed_corpus import ENGLISH, RUSSIAN

    menu_ru = "Главная\nНовости\nПолитика\nВ мире\n\n"
    (tmp_path / "ru.txt").write_text(menu_ru + "\n\n".join(RUSSIAN[:2]) + "\n\nЧитайте также\n© 2024 Агентство\n",
                                     encoding="utf-8")
    (tmp_path / "en.txt").write_text("Home\nWorld\nГлавная\n\n" + "\n\n".join(ENGLISH[:2]) + "\n\nRead more\n",
                                     encoding="utf-8")
    with open(tmp_path / "more.jsonl", "w", encoding="utf-8") as handle:
        handle.write(json.dumps({"id": "j-ru", "text": RUSSIAN[2], "language": "ru"}, ensure_ascii=False) + "\n")
        handle.write(json.dumps({"id": "j-en", "text": ENGLISH[2]}) + "\n")
    result = kg.build([tmp_path])
    by_id = {ex.article.id: ex.article for ex in result.extractions}
    assert {a.language for a in by_id.values()} == {"en", "ru"}
    assert by_id["ru.txt"].language == "ru" and by_id["en.txt"].language == "en"
    assert by_id["ru.txt"].text.startswith("Министр иностранных дел") and "Главная" not in by_id["ru.txt"].text
    assert "Главная" not in by_id["en.txt"].text  # a Cyrillic menu line in an English page stays furniture
    names = _names(result.graph)
    shoigu = {s for s, ns in names.items() if Literal("Sergei Shoigu") in ns}
    assert len(shoigu) == 1 and Literal("Сергей Шойгу", lang="ru") in names[next(iter(shoigu))]


def test_saved_queries_find_an_entity_by_its_russian_name(mixed):
    from kg.query import PREFIXES, saved_query, with_values

    saved = saved_query("evidence", {"subject": "Сергей Лавров", "object": "Jens Stoltenberg"})
    query = PREFIXES + with_values(saved.text, saved.bindings)
    articles = {str(row[1]).rsplit("/", 1)[-1] for row in mixed.graph.query(query)}
    assert {"en-0", "ru-0"} <= articles


def test_a_mixed_build_does_not_depend_on_input_order(mixed, tmp_path):
    (first,) = export(mixed.graph, "turtle", tmp_path / "a")
    (second,) = export(kg.build(articles()[::-1]).graph, "turtle", tmp_path / "b")
    assert first.read_bytes() == second.read_bytes()
