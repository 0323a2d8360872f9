"""graph.html: an interactive page (vis-network, as pyvis ships it) that works with no network.

The page carries every entity of the graph (names, type, articles) and every edge with a
bounded share of its evidence, in compact tables (articles, sentences, methods and
predicates are stored once and referred to by index); it draws only a readable first view:
the `html_max_nodes` most mentioned entities, coloured by community (Louvain, fixed seed),
laid out in Python (networkx, fixed seed), with labels on the most important ones, every
typed relation among them and only each one's strongest co-occurrence ties. Choosing any
entity (search or click) draws its neighbourhood anew, laid out around it, with its evidence.

Vis-network's script and style are inlined from the pyvis package, so nothing loads from a
CDN. All article text travels as JSON inside a <script type="application/json"> block with
<, > and & escaped, and the page renders it with textContent only: markup in an article is
shown, never run.
"""
from __future__ import annotations

import base64
import json
import re
import zlib
from collections import defaultdict
from pathlib import Path

from rdflib import Graph

from kg.data import page_template
from kg.errors import ExportError
from kg.export.atomic import write_text_atomic
from kg.model import ENTITY_TYPES
from kg.export.view import read_articles, read_edges, read_entities, read_mentions, read_quotes

STYLES = {
    "Person": {"color": "#e15759", "shape": "dot"},
    "Organization": {"color": "#4e79a7", "shape": "square"},
    "Place": {"color": "#59a14f", "shape": "triangle"},
    "Treaty": {"color": "#b07aa1", "shape": "diamond"},
}
TYPES = ENTITY_TYPES  # STYLES has one entry for each
# Community colours (Tableau 10 without grey); communities past the palette are grey.
PALETTE = ("#4e79a7", "#f28e2b", "#e15759", "#76b7b2", "#59a14f", "#edc948", "#b07aa1", "#ff9da7", "#9c755f",
           "#86bcb6", "#d37295", "#a0cbe8")
OTHER_COMMUNITY = "#bab0ac"
TYPED_EDGE_COLOR = "#f28e2b"
TEMPLATE = page_template()
# Evidence kept per edge in the page: co-occurrence is many and weak, typed relations few and read.
EVIDENCE_LIMITS = {"mentionedWith": 2, "*": 8}
QUOTES_PER_ENTITY = 20
TIES_PER_NODE = 2  # the first view draws each entity's strongest co-occurrence ties only
LABELLED = 30  # entities labelled in the first view (the rest on hover)
COMPRESS_ABOVE = 1_000_000  # characters of JSON above which the page carries its data deflated


def _vis_assets() -> tuple[str, str]:
    """vis-network's script and style as the pyvis package bundles them (its public data files,
    under lib/vis-<version>/); the newest bundled version, so a pyvis upgrade that moves on to
    another vis release keeps working."""
    from importlib.util import find_spec

    # Found, not imported: importing pyvis imports IPython and jinja2 (about half a second).
    spec = find_spec("pyvis")
    package = Path(spec.origin).parent if spec is not None and spec.origin else None
    found = (package / "lib").glob("vis-*/vis-network.min.js") if package is not None else ()
    bundles = sorted(found, key=lambda p: tuple(int(n) for n in re.findall(r"\d+", p.parent.name)))
    if not bundles:
        raise ExportError("the installed pyvis has no bundled vis-network files; "
                          "reinstall kg's dependencies (pip install -e .) and build again")
    lib = bundles[-1].parent
    return (lib / "vis-network.min.js").read_text(encoding="utf-8"), (lib / "vis-network.css").read_text(encoding="utf-8")


class _Table:
    """Values stored once, referred to by index."""

    def __init__(self):
        self.index: dict = {}
        self.rows: list = []

    def ref(self, value) -> int:
        if value not in self.index:
            self.index[value] = len(self.rows)
            self.rows.append(value)
        return self.index[value]


def _communities(node_ids: list[int], edges: list[tuple[int, int, int]]) -> dict[int, int]:
    """Entity index -> community number (0 = largest), by Louvain with a fixed seed."""
    import networkx as nx

    nxg = nx.Graph()
    nxg.add_nodes_from(node_ids)
    for a, b, w in edges:
        if a != b:
            nxg.add_edge(a, b, weight=nxg.get_edge_data(a, b, {"weight": 0})["weight"] + w)
    groups = nx.community.louvain_communities(nxg, weight="weight", seed=7) if nxg.number_of_edges() else []
    groups = sorted((sorted(c) for c in groups), key=lambda c: (-len(c), c[0]))
    found = {n: i for i, c in enumerate(groups) for n in c}
    return {n: found.get(n, -1) for n in node_ids}


def _layout(node_ids: list[int], edges: list[tuple[int, int, int]]) -> dict[int, tuple[float, float]]:
    """Positions for the first view (networkx spring layout, fixed seed), scaled for vis-network."""
    import networkx as nx

    if not node_ids:
        return {}
    nxg = nx.Graph()
    nxg.add_nodes_from(node_ids)
    nxg.add_weighted_edges_from((a, b, min(w, 5)) for a, b, w in edges if a != b)
    # A weak tie of every node to a hidden hub keeps separate components near the rest;
    # otherwise one stray node far away shrinks the whole drawing to fit.
    hub = -1
    nxg.add_edges_from((hub, n, {"weight": 0.05}) for n in node_ids)
    pos = nx.spring_layout(nxg, seed=7, k=3.0 / max(1, len(node_ids)) ** 0.5, iterations=60)
    pos.pop(hub)
    radii = sorted((x * x + y * y) ** 0.5 for x, y in pos.values())
    limit = 1.2 * radii[int(0.95 * (len(radii) - 1))] or 1.0
    scale = 220 * max(1, len(node_ids)) ** 0.5
    placed = {}
    for n, (x, y) in pos.items():
        r = (x * x + y * y) ** 0.5
        shrink = limit / r if r > limit else 1.0
        placed[n] = (round(float(x) * shrink * scale, 1), round(float(y) * shrink * scale, 1))
    return placed


def first_view(shown: list[int], edges: list[list], max_ties: int = TIES_PER_NODE) -> list[int]:
    """The edges drawn at first among `shown`: every typed relation, each entity's strongest co-occurrence ties.

    `edges` are [from, to, predicate, weight, ...] rows in the page's order (strongest first).
    """
    inside = set(shown)
    drawn, ties = set(), defaultdict(list)
    for i, (a, b, pred, weight, *_) in enumerate(edges):
        if a in inside and b in inside:
            if pred == "mentionedWith":
                ties[a].append((-weight, i))
                ties[b].append((-weight, i))
            else:
                drawn.add(i)
    for options in ties.values():
        drawn.update(i for _, i in sorted(options)[:max_ties])
    return sorted(drawn)


def rank_entities(entities: list) -> list:
    """Entities most mentioned first (then by label and IRI): the page's order."""
    return sorted(entities, key=lambda e: (-e.count, e.label, e.iri))


def rank_edges(rows: list[list]) -> list[int]:
    """Indexes of [from, to, predicate, weight, ...] rows in the page's order: typed relations, then strongest."""
    return sorted(range(len(rows)), key=lambda i: (rows[i][2] == "mentionedWith", -rows[i][3], rows[i][0],
                                                  rows[i][1], rows[i][2]))


def overview(n_entities: int, edges: list[list], max_nodes: int) -> tuple[list[int], list[int], dict, dict]:
    """The first view: (entities shown, edges drawn, community of each shown, position of each shown).

    Entities are indexes in rank_entities order, `edges` rows in rank_edges order; the Gephi export
    calls this too, so that its positions and communities are the page's.
    """
    shown = list(range(min(max_nodes, n_entities)))
    drawn = first_view(shown, edges)
    ties = [(edges[i][0], edges[i][1], edges[i][3]) for i in drawn]
    return shown, drawn, _communities(shown, ties), _layout(shown, ties)


def find_entity(entities: list, name: str):
    """The entity named `name` (label or any alternative name, case-insensitive), or None."""
    wanted = name.casefold().strip()
    return next((e for e in entities if wanted in {e.label.casefold(), *(a.casefold() for a in e.alt)}), None)


def page_data(g: Graph, max_nodes: int, physics: bool, focus: str | None = None) -> dict:
    """Everything the page shows, as one JSON-ready dict of compact tables."""
    from kg.errors import ExportError

    views = read_articles(g)
    entities = rank_entities(read_entities(g))
    position = {e.iri: i for i, e in enumerate(entities)}
    focus_entity = find_entity(entities, focus) if focus else None
    if focus and focus_entity is None:
        raise ExportError(f"no entity is named {focus!r}; try `kg query GRAPH entity --bind name=...` to check")

    ordered = sorted(views.values(), key=lambda a: (a.date, a.id))
    article_index = {a.iri: i for i, a in enumerate(ordered)}
    publishers = _Table()
    articles = [[a.id, a.headline, a.date, a.url, publishers.ref(a.publisher) if a.publisher else -1]
                for a in ordered]
    mentions = read_mentions(g)
    entity_rows = [[e.iri, e.label, TYPES.index(e.type), e.count, list(e.alt),
                    sorted(article_index[a] for a in mentions.get(e.iri, ()) if a in article_index)]
                   for e in entities]

    sentences, methods, predicates = _Table(), _Table(), _Table()
    named = []
    for edge in read_edges(g, views, max_evidence=EVIDENCE_LIMITS):
        if edge.subject in position and edge.object in position:
            evidence = [[sentences.ref(v.sentence), article_index.get(v.article.iri, -1) if v.article else -1,
                         methods.ref(v.method), round(v.confidence, 2), v.role] for v in edge.evidence]
            named.append([position[edge.subject], position[edge.object], edge.predicate, edge.weight, evidence])
    named = [named[i] for i in rank_edges(named)]
    edge_rows = [[a, b, predicates.ref(p), w, ev] for a, b, p, w, ev in named]

    quotes, per_entity = [], defaultdict(int)
    for q in read_quotes(g, views):
        who = position.get(q.speaker)
        if who is None or per_entity[who] >= QUOTES_PER_ENTITY:
            continue
        per_entity[who] += 1
        quotes.append([who, q.quote, q.verb, article_index.get(q.article.iri, -1) if q.article else -1, q.reporter])

    shown, drawn, communities, pos = overview(len(entities), named, max_nodes)
    note = (f"Showing {len(shown)} of {len(entities)} entities (the most mentioned; search finds any), "
            f"{len(drawn)} of {len(edge_rows)} edges." if len(shown) < len(entities)
            else f"{len(entities)} entities, {len(drawn)} of {len(edge_rows)} edges drawn.")
    return {"types": list(TYPES), "styles": STYLES, "palette": list(PALETTE), "otherCommunity": OTHER_COMMUNITY,
            "typedColor": TYPED_EDGE_COLOR, "articles": articles, "publishers": publishers.rows,
            "entities": entity_rows, "edges": edge_rows, "predicates": predicates.rows, "methods": methods.rows,
            "sentences": sentences.rows, "quotes": quotes, "sizeNote": note, "physics": physics,
            "view": {"nodes": [[n, *pos.get(n, (0.0, 0.0)), communities[n]] for n in shown], "edges": drawn,
                     "labelled": min(LABELLED, len(shown))},
            "focus": position[focus_entity.iri] if focus_entity else -1,
            # Drawn labels of very long names (the panel, tooltip and search keep the whole name).
            "drawn": {str(i): _drawn(e.label) for i, e in enumerate(entities) if len(e.label) > MAX_DRAWN_LABEL}}


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


def render_page(g: Graph, max_nodes: int = 400, physics: bool = False, focus: str | None = None) -> str:
    """The whole self-contained HTML page for `g`."""
    js, css = _vis_assets()
    page = TEMPLATE.read_text(encoding="utf-8")
    # Replace the data last and by position, so nothing inside the scripts is re-substituted.
    page = page.replace("/*VIS_CSS*/", css.replace("</style", "<\\/style"), 1)
    head, tail = page.split("/*DATA*/", 1)
    middle, tail = tail.split("/*ZDATA*/", 1)
    tail = tail.replace("/*VIS_JS*/", js.replace("</script", "<\\/script"), 1)
    text = _json_for_html(page_data(g, max_nodes, physics, focus))
    if len(text) <= COMPRESS_ABOVE:
        return head + text + middle + tail
    # Deflate (zlib) is deterministic and the browser's DecompressionStream("deflate") reads it.
    packed = base64.b64encode(zlib.compress(text.encode("utf-8"), 9)).decode("ascii")
    return head + "null" + middle + packed + tail


def write(graph: Graph, out_dir: Path, options) -> list[Path]:
    """Write out_dir/<stem>.html."""
    path = Path(out_dir) / f"{options.stem}.html"
    page = render_page(graph, options.html_max_nodes, options.html_physics, options.focus)
    return [write_text_atomic(path, page)]
