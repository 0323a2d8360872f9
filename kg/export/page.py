"""graph.html: an interactive page (vis-network, as pyvis ships it) that works with no network.

pyvis builds the node and edge records; the page is kg's own template with vis-network's
script and style inlined from the pyvis package, so nothing loads from a CDN or a lib/
folder. All article text travels as JSON inside a <script type="application/json"> block
with <, > and & escaped, and the page renders it with textContent only: markup in an
article is shown, never run. Positions are computed in Python (networkx, fixed seed) and
physics is off by default, so large graphs draw at once; above `html_max_nodes` entities
the page shows the most mentioned ones and says so.
"""
from __future__ import annotations

import json
import re
from collections import defaultdict
from pathlib import Path

from rdflib import Graph, URIRef

from kg.data import page_template
from kg.export.atomic import write_text_atomic
from kg.export.view import ENTITY_CLASSES, ArticleView, read_articles, read_edges, statement_ends
from kg.vocab import KG, PROV, RDF, RDFS, SCHEMA, SKOS

STYLES = {
    "Person": {"color": "#e15759", "shape": "dot"},
    "Organization": {"color": "#4e79a7", "shape": "square"},
    "Place": {"color": "#59a14f", "shape": "triangle"},
    "Treaty": {"color": "#b07aa1", "shape": "diamond"},
}
TYPED_EDGE_COLOR = "#f28e2b"
TEMPLATE = page_template()


def _vis_assets() -> tuple[str, str]:
    import pyvis

    lib = Path(pyvis.__file__).parent / "lib" / "vis-9.1.2"
    return (lib / "vis-network.min.js").read_text(encoding="utf-8"), (lib / "vis-network.css").read_text(encoding="utf-8")


def _article_dict(a: ArticleView | None) -> dict:
    if a is None:
        return {"id": "", "headline": "", "date": "", "url": "", "publisher": ""}
    return {"id": a.id, "headline": a.headline, "date": a.date, "url": a.url, "publisher": a.publisher}


def collect_entities(g: Graph, views: dict[URIRef, ArticleView]) -> list[dict]:
    """Every entity as a plain dict with its articles and statements, most mentioned first."""
    articles = {iri: _article_dict(a) for iri, a in views.items()}
    mentioned = defaultdict(list)
    for art, ent in g.subject_objects(SCHEMA.mentions):
        if art in articles:
            mentioned[ent].append(articles[art])
    entities = []
    for cls, etype in ENTITY_CLASSES.items():
        for node in set(g.subjects(RDF.type, cls)):
            arts = sorted(mentioned.get(node, []), key=lambda a: (a["date"], a["id"]))
            entities.append({"iri": str(node), "type": etype, "label": str(g.value(node, RDFS.label) or node),
                             "alt": sorted(str(a) for a in g.objects(node, SKOS.altLabel)),
                             "count": int(g.value(node, KG.articleCount) or len(arts)), "articles": arts})
    quotes = defaultdict(list)
    for q in g.subjects(RDF.type, KG.Quotation):
        art = articles.get(g.value(q, PROV.wasDerivedFrom), {})
        reporter = g.value(q, KG.reportedBy)
        quotes[str(g.value(q, KG.speaker))].append({
            "quote": str(g.value(q, KG.quote) or ""), "verb": str(g.value(q, KG.speechVerb) or "said"),
            "headline": art.get("headline", ""), "article": art.get("id", ""), "date": art.get("date", ""),
            "reporter": str(g.value(reporter, RDFS.label) or "") if reporter else ""})
    for ent in entities:
        ent["quotes"] = sorted(quotes.get(ent["iri"], []), key=lambda q: (q["date"], q["article"], q["quote"]))
    entities.sort(key=lambda e: (-e["count"], e["label"], e["iri"]))
    return entities


def collect_edges(g: Graph, views: dict[URIRef, ArticleView], between: set[str]) -> list[dict]:
    """The edges between the given entity IRIs as plain dicts, with their evidence."""
    edges = []
    for edge in read_edges(g, views, {URIRef(iri) for iri in between}):
        evidence = []
        for v in edge.evidence:
            a = _article_dict(v.article)
            evidence.append({"sentence": v.sentence, "article": a["id"], "headline": a["headline"], "date": a["date"],
                             "url": a["url"], "publisher": a["publisher"], "method": v.method,
                             "confidence": v.confidence, "role": v.role})
        edges.append({"from": str(edge.subject), "to": str(edge.object), "predicate": edge.predicate,
                      "weight": edge.weight, "evidence": evidence})
    edges.sort(key=lambda e: (e["from"], e["predicate"], e["to"]))
    return edges


def _layout(node_ids: list[str], edges: list[dict]) -> dict:
    import networkx as nx

    nxg = nx.Graph()
    nxg.add_nodes_from(node_ids)
    for e in edges:
        nxg.add_edge(e["from"], e["to"], weight=min(e["weight"], 5))
    if not node_ids:
        return {}
    # A weak tie of every node to a hidden hub keeps separate components near the rest;
    # otherwise one stray node far away shrinks the whole drawing to fit.
    hub = "\x00hub"
    nxg.add_edges_from((hub, n, {"weight": 0.05}) for n in node_ids)
    pos = nx.spring_layout(nxg, seed=7, k=3.0 / max(1, len(node_ids)) ** 0.5, iterations=80)
    pos.pop(hub)
    # Pull stragglers in to the bulk's edge so the first view fits the graph, not one outlier.
    radii = sorted((x * x + y * y) ** 0.5 for x, y in pos.values())
    limit = 1.2 * radii[int(0.95 * (len(radii) - 1))] or 1.0
    scale = 220 * max(1, len(node_ids)) ** 0.5
    placed = {}
    for n, (x, y) in pos.items():
        r = (x * x + y * y) ** 0.5
        shrink = limit / r if r > limit else 1.0
        placed[n] = (round(float(x) * shrink * scale, 1), round(float(y) * shrink * scale, 1))
    return placed


def ego_network(entities: list[dict], ends: list[tuple], focus: str, depth: int) -> list[dict]:
    """The entities within `depth` steps of the one named `focus` (any of its names)."""
    from kg.errors import ExportError

    wanted = focus.casefold().strip()
    start = next((e for e in entities if wanted in {e["label"].casefold(), *(a.casefold() for a in e["alt"])}), None)
    if start is None:
        raise ExportError(f"no entity is named {focus!r}; try `kg query GRAPH entity --bind name=...` to check")
    neighbours = defaultdict(set)
    for subject, obj in ends:
        neighbours[str(subject)].add(str(obj))
        neighbours[str(obj)].add(str(subject))
    seen, frontier = {start["iri"]}, {start["iri"]}
    for _ in range(depth):
        frontier = {n for f in frontier for n in neighbours[f]} - seen
        seen |= frontier
    return [e for e in entities if e["iri"] in seen]


def page_data(g: Graph, max_nodes: int, physics: bool, focus: str | None = None, depth: int = 2) -> dict:
    """Everything the page shows, as one JSON-ready dict (nodes and edges built with pyvis)."""
    from pyvis.network import Network

    views = read_articles(g)
    entities = collect_entities(g, views)
    if focus:
        entities = ego_network(entities, statement_ends(g), focus, depth)
    shown = entities[:max_nodes]
    edges = collect_edges(g, views, {e["iri"] for e in shown})
    pos = _layout([e["iri"] for e in shown], edges)
    net = Network(directed=True)
    for ent in shown:
        style = STYLES[ent["type"]]
        x, y = pos.get(ent["iri"], (0.0, 0.0))
        net.add_node(ent["iri"], label=_drawn(ent["label"]), color=style["color"], shape=style["shape"],
                     size=8 + 4 * min(ent["count"], 36) ** 0.5, x=x, y=y, physics=physics)
    for i, e in enumerate(edges):
        cooc = e["predicate"] == "mentionedWith"
        net.add_edge(e["from"], e["to"], id=f"e{i}", width=1 + min(e["weight"], 10) ** 0.5,
                     color="#c7c7c7" if cooc else TYPED_EDGE_COLOR, label="" if cooc else e["predicate"],
                     arrows="" if cooc else "to", dashes=False)
    extra = {ent["iri"]: ent for ent in shown}
    nodes = [dict(n, type=extra[n["id"]]["type"], alt=extra[n["id"]]["alt"], count=extra[n["id"]]["count"],
                  articles=extra[n["id"]]["articles"][:50], quotes=extra[n["id"]]["quotes"][:20]) for n in net.nodes]
    vis_edges = [dict(ve, predicate=e["predicate"], weight=e["weight"], evidence=e["evidence"][:20],
                      cooccurrence=e["predicate"] == "mentionedWith") for ve, e in zip(net.edges, edges)]
    articles = _compact_articles(nodes, vis_edges)
    note = (f"Showing {len(shown)} of {len(entities)} entities (the most mentioned), {len(edges)} edges."
            if len(shown) < len(entities) else f"{len(entities)} entities, {len(edges)} edges.")
    if focus:
        note = f"Around {focus!r}, {depth} step(s): " + note
    return {"nodes": nodes, "edges": vis_edges, "articles": articles, "styles": STYLES, "sizeNote": note,
            "physics": physics}


def _compact_articles(nodes: list[dict], edges: list[dict]) -> list[dict]:
    """Replace each article's metadata, repeated in every evidence, by an index into one table
    (the page re-expands it), so a large page stays a few megabytes."""
    table: dict[str, int] = {}
    rows: list[dict] = []

    def ref(info: dict) -> int:
        key = info.get("article") or info.get("id", "")
        if key not in table:
            table[key] = len(rows)
            rows.append({k: info.get(k, "") for k in ("headline", "date", "url", "publisher")} | {"id": key})
        return table[key]

    for n in nodes:
        n["articles"] = [ref(a) for a in n["articles"]]
        n["quotes"] = [{"quote": q["quote"], "verb": q["verb"], "reporter": q["reporter"], "a": ref(q)}
                       for q in n["quotes"]]
    for e in edges:
        e["evidence"] = [{"s": v["sentence"], "a": ref(v), "m": v["method"], "c": v["confidence"], "r": v["role"]}
                         for v in e["evidence"]]
    return rows


# Bidirectional controls (U+202E and kin) would reverse the text after them in the panel.
_BIDI_CONTROLS = re.compile("[\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]")
# A node's drawn label; the panel and the search keep the whole name.
MAX_DRAWN_LABEL = 60


def _drawn(label: str) -> str:
    return label if len(label) <= MAX_DRAWN_LABEL else label[:MAX_DRAWN_LABEL - 1].rstrip() + "\u2026"


def _json_for_html(data: dict) -> str:
    text = json.dumps(data, ensure_ascii=False, sort_keys=True, separators=(",", ":"))
    text = _BIDI_CONTROLS.sub("", text)
    for char, escape in (("&", "\\u0026"), ("<", "\\u003c"), (">", "\\u003e"),
                         ("\u2028", "\\u2028"), ("\u2029", "\\u2029")):
        text = text.replace(char, escape)
    return text


def render_page(g: Graph, max_nodes: int = 400, physics: bool = False, focus: str | None = None,
                depth: int = 2) -> str:
    """The whole self-contained HTML page for `g`."""
    js, css = _vis_assets()
    page = TEMPLATE.read_text(encoding="utf-8")
    # Replace the data last and by position, so nothing inside the scripts is re-substituted.
    page = page.replace("/*VIS_CSS*/", css.replace("</style", "<\\/style"), 1)
    head, tail = page.split("/*DATA*/", 1)
    tail = tail.replace("/*VIS_JS*/", js.replace("</script", "<\\/script"), 1)
    return head + _json_for_html(page_data(g, max_nodes, physics, focus, depth)) + tail


def write(graph: Graph, out_dir: Path, options) -> list[Path]:
    """Write out_dir/<stem>.html."""
    path = Path(out_dir) / f"{options.stem}.html"
    page = render_page(graph, options.html_max_nodes, options.html_physics, options.focus, options.depth)
    return [write_text_atomic(path, page)]
