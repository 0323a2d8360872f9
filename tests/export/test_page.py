"""graph.html: self-contained, faithful to the graph, and inert against markup in articles.

The browser tests run Debian's chromium through chromedriver with every network request
sent to a dead proxy, so the page must work with no network at all.
"""
from __future__ import annotations

import json
import re
import shutil
from decimal import Decimal
from pathlib import Path

import pytest
from rdflib import Graph, Literal, URIRef

from kg.export import ExportOptions, export
from kg.vocab import ID, KG, PROV, RDF, RDFS, SCHEMA, SKOS, XSD

EVIL = '<script>window.__pwned=1</script><img src=x onerror="window.__pwned=1"> said Lavrov.'


def evil_graph() -> Graph:
    """A small graph in the documented shape whose article text carries markup."""
    g = Graph()
    art = ID["article/a1"]
    g.add((art, RDF.type, SCHEMA.NewsArticle))
    g.add((art, SCHEMA.identifier, Literal("a1.txt")))
    g.add((art, SCHEMA.headline, Literal("</script><script>window.__pwned=1</script>")))
    g.add((art, SCHEMA.url, URIRef("https://example.org/a1")))
    g.add((art, SCHEMA.datePublished, Literal("2020-01-02", datatype=XSD.date)))
    people = {"lavrov": "Sergey Lavrov", "makei": "Vladimir Makei"}
    for slug, name in people.items():
        node = ID[f"person/{slug}"]
        g.add((node, RDF.type, SCHEMA.Person))
        g.add((node, RDFS.label, Literal(name)))
        g.add((node, KG.articleCount, Literal(1)))
        g.add((art, SCHEMA.mentions, node))
    g.add((ID["person/lavrov"], SKOS.altLabel, Literal("Lavrov")))
    g.add((ID["place/minsk"], RDF.type, SCHEMA.Place))
    g.add((ID["place/minsk"], RDFS.label, Literal("<b>Minsk</b>")))
    sentence = ID["sentence/a1/0"]
    g.add((sentence, RDF.type, KG.Sentence))
    g.add((sentence, KG.text, Literal(EVIL)))
    g.add((sentence, KG.startOffset, Literal(0)))
    g.add((sentence, KG.endOffset, Literal(len(EVIL))))
    for i, (pred, obj) in enumerate([(KG.met, "person/makei"), (KG.mentionedWith, "place/minsk")]):
        s, o = ID["person/lavrov"], ID[obj]
        g.add((s, pred, o))
        st, ev = ID[f"statement/{i}"], ID[f"evidence/{i}"]
        for p, v in ((RDF.type, RDF.Statement), (RDF.subject, s), (RDF.predicate, pred), (RDF.object, o),
                     (KG.weight, Literal(1)), (KG.evidence, ev)):
            g.add((st, p, v))
        for p, v in ((RDF.type, KG.Evidence), (PROV.wasDerivedFrom, art), (KG.sentence, sentence),
                     (KG.method, Literal("rule:met")), (KG.confidence, Literal(Decimal("0.80")))):
            g.add((ev, p, v))
    return g


def _embedded(html: str) -> dict:
    match = re.search(r'<script type="application/json" id="kg-data">(.*?)</script>', html, re.S)
    return json.loads(match.group(1))


@pytest.fixture()
def page(tmp_path) -> Path:
    return export(evil_graph(), "html", tmp_path)[0]


def test_page_is_one_file_with_nothing_loaded_from_elsewhere(page):
    html = page.read_text(encoding="utf-8")
    assert page.name == "graph.html" and [p.name for p in page.parent.iterdir()] == ["graph.html"]
    assert not re.search(r"""(?:src|href)\s*=\s*["']?(?:https?:)?//""", html)
    assert "vis.Network" in html and "kg-data" in html
    for type_name in ("Person", "Organization", "Place", "Treaty"):
        assert type_name in _embedded(html)["styles"]


def test_markup_from_articles_never_reaches_the_html_unescaped(page):
    html = page.read_text(encoding="utf-8")
    assert "window.__pwned" in html  # the text is there ...
    assert "<script>window.__pwned" not in html and "<img src=x" not in html  # ... but only escaped
    data = _embedded(html)
    sentences = [v["s"] for e in data["edges"] for v in e["evidence"]]
    assert EVIL in sentences


def test_embedded_data_matches_the_graph(page):
    data = _embedded(page.read_text(encoding="utf-8"))
    assert sorted(n["label"] for n in data["nodes"]) == ["<b>Minsk</b>", "Sergey Lavrov", "Vladimir Makei"]
    assert sorted(e["predicate"] for e in data["edges"]) == ["mentionedWith", "met"]
    met = next(e for e in data["edges"] if e["predicate"] == "met")
    assert met["arrows"] == "to" and not met["cooccurrence"]
    assert data["articles"][met["evidence"][0]["a"]]["url"] == "https://example.org/a1"


def test_same_graph_same_bytes_and_large_graphs_are_reduced(tmp_path):
    a = export(evil_graph(), "html", tmp_path / "a")[0].read_bytes()
    b = export(evil_graph(), "html", tmp_path / "b")[0].read_bytes()
    assert a == b
    small = export(evil_graph(), "html", tmp_path / "c", ExportOptions(html_max_nodes=2))[0]
    data = _embedded(small.read_text(encoding="utf-8"))
    assert len(data["nodes"]) == 2 and "Showing 2 of 3 entities" in data["sizeNote"]


def _driver(tmp_path):
    if not (shutil.which("chromium") and shutil.which("chromedriver")):
        pytest.skip("Debian's chromium and chromium-driver are not installed (scripts/test.sh installs them as root)")
    import os

    from selenium import webdriver
    from selenium.webdriver.chrome.service import Service

    os.environ["SE_OFFLINE"] = "true"
    options = webdriver.ChromeOptions()
    options.binary_location = shutil.which("chromium")
    for flag in ("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                 "--disable-background-networking", "--disable-component-update", "--disable-sync",
                 "--no-first-run", f"--user-data-dir={tmp_path / 'chrome'}",
                 "--proxy-server=http://127.0.0.1:9", "--proxy-bypass-list=<-loopback>",
                 "--host-resolver-rules=MAP * ~NOTFOUND"):
        options.add_argument(flag)
    options.set_capability("goog:loggingPrefs", {"browser": "ALL"})
    return webdriver.Chrome(service=Service(executable_path=shutil.which("chromedriver")), options=options)


@pytest.mark.browser
def test_page_works_offline_and_runs_no_injected_markup(page, tmp_path):
    driver = _driver(tmp_path)
    try:
        driver.get(page.as_uri())
        drawn = driver.execute_script("return window.kgNetwork.body.data.nodes.length")
        assert drawn == 3
        edge_ids = driver.execute_script("return window.kgNetwork.body.data.edges.getIds()")
        for edge_id in edge_ids:
            driver.execute_script("window.kgShowEdge(arguments[0])", edge_id)
        driver.execute_script("window.kgShowNode('https://w3id.org/kg-news/id/place/minsk')")
        panel = driver.execute_script("return document.getElementById('panel').textContent")
        assert "<b>Minsk</b>" in panel  # shown as text
        driver.execute_script("window.kgShowEdge(arguments[0])", edge_ids[0])
        panel = driver.execute_script("return document.getElementById('panel').textContent")
        assert "<script>window.__pwned=1</script>" in panel
        assert driver.execute_script("return typeof window.__pwned") == "undefined"
        assert driver.execute_script("return document.querySelectorAll('#panel script, #panel img').length") == 0
        driver.find_element("id", "cooc").click()
        hidden = driver.execute_script(
            "return window.kgNetwork.body.data.edges.get().filter(e => e.hidden).map(e => e.predicate)")
        assert hidden == ["mentionedWith"]
        severe = [e for e in driver.get_log("browser") if e["level"] == "SEVERE"]
        assert severe == []
    finally:
        driver.quit()


@pytest.mark.browser
def test_search_filters_and_neighbourhood_in_the_browser(page, tmp_path):
    driver = _driver(tmp_path)
    try:
        driver.get(page.as_uri())
        assert driver.execute_script("return window.kgSearch('lavrov')") == "https://w3id.org/kg-news/id/person/lavrov"
        panel = driver.execute_script("return document.getElementById('panel').textContent")
        assert "Sergey Lavrov" in panel
        driver.find_element("id", "type-Place").click()
        hidden = driver.execute_script("return window.kgNetwork.body.data.nodes.get().filter(n => n.hidden).map(n => n.label)")
        assert hidden == ["<b>Minsk</b>"]
        driver.find_element("id", "type-Place").click()
        driver.execute_script("document.getElementById('date-from').value = '2021-01-01'; window.kgApplyFilters()")
        shown = driver.execute_script("return window.kgNetwork.body.data.nodes.get().filter(n => !n.hidden).length")
        assert shown == 0  # the only article is from 2020
        driver.execute_script("document.getElementById('date-from').value = ''; window.kgApplyFilters()")
        driver.execute_script("window.kgSearch('Vladimir Makei'); document.getElementById('depth').value = '1';"
                              "window.kgApplyFilters()")
        shown = driver.execute_script("return window.kgNetwork.body.data.nodes.get().filter(n => !n.hidden).map(n => n.label).sort()")
        assert shown == ["Sergey Lavrov", "Vladimir Makei"]
        assert [e for e in driver.get_log("browser") if e["level"] == "SEVERE"] == []
    finally:
        driver.quit()


def test_ego_network_keeps_what_is_within_reach(tmp_path):
    path = export(evil_graph(), "html", tmp_path, ExportOptions(focus="Vladimir Makei", depth=1))[0]
    data = _embedded(path.read_text(encoding="utf-8"))
    assert sorted(n["label"] for n in data["nodes"]) == ["Sergey Lavrov", "Vladimir Makei"]
    from kg.errors import ExportError

    with pytest.raises(ExportError, match="no entity is named"):
        export(evil_graph(), "html", tmp_path, ExportOptions(focus="Nobody"))
