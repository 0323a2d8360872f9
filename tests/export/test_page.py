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
    """The page's data, from the JSON block or, on a large page, from the deflated base64 block."""
    match = re.search(r'<script type="application/json" id="kg-data">(.*?)</script>', html, re.S)
    data = json.loads(match.group(1))
    if data is None:
        import base64
        import zlib

        packed = re.search(r'<script type="application/octet-stream" id="kg-data-z">(.*?)</script>', html, re.S)
        data = json.loads(zlib.decompress(base64.b64decode(packed.group(1))).decode("utf-8"))
    return data


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
    sentences = [data["sentences"][v[0]] for e in data["edges"] for v in e[4]]
    assert EVIL in sentences


def test_embedded_data_matches_the_graph(page):
    data = _embedded(page.read_text(encoding="utf-8"))
    labels = [e[1] for e in data["entities"]]
    assert sorted(labels) == ["<b>Minsk</b>", "Sergey Lavrov", "Vladimir Makei"]
    # Most mentioned first; Minsk is mentioned by no article.
    assert labels[-1] == "<b>Minsk</b>" and data["entities"][-1][3] == 0
    lavrov = next(e for e in data["entities"] if e[1] == "Sergey Lavrov")
    assert data["types"][lavrov[2]] == "Person" and lavrov[4] == ["Lavrov"] and lavrov[5] == [0]
    assert sorted(data["predicates"][e[2]] for e in data["edges"]) == ["mentionedWith", "met"]
    met = next(e for e in data["edges"] if data["predicates"][e[2]] == "met")
    assert data["edges"][0] is not None and data["predicates"][data["edges"][0][2]] == "met"  # typed relations first
    assert [data["entities"][met[0]][1], data["entities"][met[1]][1]] == ["Sergey Lavrov", "Vladimir Makei"]
    sentence, art, method, confidence, role = met[4][0]
    assert data["articles"][art][3] == "https://example.org/a1" and data["articles"][art][2] == "2020-01-02"
    assert data["methods"][method] == "rule:met" and confidence == 0.8 and role == ""


def test_same_graph_same_bytes_and_large_graphs_are_reduced(tmp_path):
    a = export(evil_graph(), "html", tmp_path / "a")[0].read_bytes()
    b = export(evil_graph(), "html", tmp_path / "b")[0].read_bytes()
    assert a == b
    small = export(evil_graph(), "html", tmp_path / "c", ExportOptions(html_max_nodes=2))[0]
    data = _embedded(small.read_text(encoding="utf-8"))
    # Every entity travels with the page; the first view draws the two most mentioned.
    assert len(data["entities"]) == 3 and len(data["view"]["nodes"]) == 2
    assert "Showing 2 of 3 entities" in data["sizeNote"]
    assert [data["predicates"][data["edges"][k][2]] for k in data["view"]["edges"]] == ["met"]


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


@pytest.mark.browser
def test_a_large_page_carries_its_data_deflated_and_inflates_it_offline(tmp_path, monkeypatch):
    from kg.export import page as page_module

    monkeypatch.setattr(page_module, "COMPRESS_ABOVE", 0)
    path = export(evil_graph(), "html", tmp_path)[0]
    html = path.read_text(encoding="utf-8")
    assert "window.__pwned" not in html  # the text travels deflated ...
    assert EVIL in [s for s in _embedded(html)["sentences"]]  # ... and comes back whole
    driver = _driver(tmp_path)
    try:
        driver.get(path.as_uri())
        from selenium.webdriver.support.ui import WebDriverWait

        WebDriverWait(driver, 10).until(lambda d: d.execute_script("return window.kgReady === true"))
        assert driver.execute_script("return window.kgNetwork.body.data.nodes.length") == 3
        assert driver.execute_script("return window.kgSearch('Makei')") == "https://w3id.org/kg-news/id/person/makei"
        assert [e for e in driver.get_log("browser") if e["level"] == "SEVERE"] == []
    finally:
        driver.quit()


def test_ego_network_keeps_what_is_within_reach(tmp_path):
    path = export(evil_graph(), "html", tmp_path, ExportOptions(focus="Vladimir Makei", depth=1))[0]
    data = _embedded(path.read_text(encoding="utf-8"))
    assert sorted(e[1] for e in data["entities"]) == ["Sergey Lavrov", "Vladimir Makei"]
    assert data["entities"][data["focus"]][1] == "Vladimir Makei"
    from kg.errors import ExportError

    with pytest.raises(ExportError, match="no entity is named"):
        export(evil_graph(), "html", tmp_path, ExportOptions(focus="Nobody"))


@pytest.fixture(scope="module")
def corpus_page(sample_build, tmp_path_factory):
    """The sample corpus's page with a first view of 4 entities, so most entities are not drawn at first."""
    folder = tmp_path_factory.mktemp("corpus-page")
    path = export(sample_build.graph, "html", folder, ExportOptions(html_max_nodes=4))[0]
    again = export(sample_build.graph, "html", folder / "again", ExportOptions(html_max_nodes=4))[0]
    assert path.read_bytes() == again.read_bytes()  # byte-identical run to run (Louvain and layout seeded)
    return path


def test_corpus_page_carries_every_entity_compactly(sample_build, corpus_page):
    from kg.export.view import read_entities

    data = _embedded(corpus_page.read_text(encoding="utf-8"))
    assert len(data["entities"]) == len(read_entities(sample_build.graph)) > 4
    assert len(data["view"]["nodes"]) == 4 and len(data["view"]["edges"]) < len(data["edges"])
    assert len(set(data["sentences"])) == len(data["sentences"])  # each sentence stored once
    communities = {n[3] for n in data["view"]["nodes"]}
    assert communities and all(isinstance(c, int) for c in communities)


@pytest.mark.browser
def test_searching_an_entity_not_drawn_brings_its_neighbourhood_and_evidence(corpus_page, tmp_path):
    data = _embedded(corpus_page.read_text(encoding="utf-8"))
    drawn = {n[0] for n in data["view"]["nodes"]}
    degree = {}
    for e in data["edges"]:
        if data["predicates"][e[2]] != "mentionedWith":
            for end in (e[0], e[1]):
                degree[end] = degree.get(end, 0) + 1
    # An entity with a typed relation that the first view does not draw, searched by an alternative name if it has one.
    target = next(i for i in sorted(degree, key=lambda i: (-degree[i], i)) if i not in drawn)
    iri, label, _, _, alt, _ = data["entities"][target]
    query = alt[0] if alt else label
    driver = _driver(tmp_path)
    try:
        driver.get(corpus_page.as_uri())
        assert driver.execute_script("return window.kgNetwork.body.data.nodes.length") == 4
        assert iri not in driver.execute_script("return window.kgNetwork.body.data.nodes.getIds()")
        assert driver.execute_script("return window.kgSearch(arguments[0])", query) == iri
        ids = driver.execute_script("return window.kgNetwork.body.data.nodes.getIds()")
        neighbours = {data["entities"][e[1] if e[0] == target else e[0]][0] for e in data["edges"]
                      if target in (e[0], e[1])}
        assert iri in ids and neighbours & set(ids)
        # Laid out anew around it: the chosen entity sits at the centre of the neighbourhood view.
        assert driver.execute_script("var p = window.kgNetwork.getPositions([arguments[0]])[arguments[0]];"
                                     "return [p.x, p.y]", iri) == [0, 0]
        panel = driver.execute_script("return document.getElementById('panel').textContent")
        assert label in panel and "Mentions per month" in panel
        sentences = [data["sentences"][v[0]] for e in data["edges"] if target in (e[0], e[1]) for v in e[4]]
        assert any(s[:40] in panel for s in sentences)  # its evidence is in the panel
        links = driver.execute_script("return Array.from(document.querySelectorAll('#panel a')).map(a => a.href)")
        assert any(link.startswith("http") for link in links)
        # A name that is nowhere: said so, and the previous entity is not left in the panel.
        assert driver.execute_script("return window.kgSearch('Nobody Of That Name')") is None
        panel = driver.execute_script("return document.getElementById('panel').textContent")
        assert "No entity is named" in panel and label not in panel
        assert [e for e in driver.get_log("browser") if e["level"] == "SEVERE"] == []
    finally:
        driver.quit()


@pytest.mark.browser
def test_the_panel_follows_the_date_filter(corpus_page, tmp_path):
    data = _embedded(corpus_page.read_text(encoding="utf-8"))
    dates = sorted({a[2] for a in data["articles"] if a[2]})
    assert len(dates) >= 2
    # An entity mentioned in articles on both sides of a cut date.
    cut = dates[-1]
    target = next(i for i, e in enumerate(data["entities"])
                  if {data["articles"][a][2] >= cut for a in e[5] if data["articles"][a][2]} == {True, False})
    driver = _driver(tmp_path)
    try:
        driver.get(corpus_page.as_uri())
        driver.execute_script("window.kgSearch(arguments[0])", data["entities"][target][1])
        before = driver.execute_script("return document.querySelectorAll('#panel ul li').length")
        driver.execute_script("var d = document.getElementById('date-from'); d.value = arguments[0];"
                              "d.dispatchEvent(new Event('change'))", cut)
        after = driver.execute_script("return document.querySelectorAll('#panel ul li').length")
        assert 0 < after < before
        assert "within the date and publisher filter" in driver.execute_script(
            "return document.getElementById('panel').textContent")
    finally:
        driver.quit()


def test_the_page_is_the_same_from_rdflib_memory_and_from_the_on_disk_store(sample_build, sample_turtle, tmp_path):
    from kg.store import open_graph

    memory = export(sample_build.graph, "html", tmp_path / "memory")[0].read_bytes()
    disk = export(open_graph(sample_turtle), "html", tmp_path / "disk")[0].read_bytes()
    assert memory == disk
