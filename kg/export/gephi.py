"""GraphML and GEXF 1.3 for Gephi (and any networkx reader): entities as nodes, relations as edges.

Attributes are flattened to scalars: alternative labels joined with "; ", roles joined, the
first and last publication date of the supporting articles. Node and edge ids are the
entity's and the statement's path under /id/ with ":" for "/" (`person:sergey-lavrov`,
`statement:0c3ddd85741f3413`), because GraphML ids must be XML name tokens; both files use
the same ids.

GraphML is networkx's writer. GEXF is GEXF 1.3 (namespace http://gexf.net/1.3, the dialect
Gephi 0.9.3 and later writes) and is written here from the networkx graph: networkx 3.6
writes 1.1draft and 1.2draft, and its "1.3" option is not valid 1.3 (schemaLocation in a
wrong XSI namespace, `mode` on <attributes> and `name` on <graph>, which 1.3 does not
allow); networkx 3.6 does read GEXF 1.3. The GEXF graph is dynamic
(timeformat "date"): each node and edge carries `start`/`end`, the first and last publication
date of the articles that mention the entity or support the relation, so Gephi's timeline
plays the graph; one with no dated article has neither and is there all the time.

The GEXF also carries Gephi's `viz` module: each node's colour says its type (the page's
colours), its size the number of articles that mention it, and its position is the page's
first-view layout (the entities the page does not draw sit beside their strongest drawn
neighbour), so the file opens as a drawing, not a grey blob; `community` is the page's Louvain
community of the entity (-1 when the first view does not draw it). Neither format carries
the evidence sentences: they stay in the Turtle graph.
"""
from __future__ import annotations

from collections.abc import Iterable
from pathlib import Path

from rdflib import Graph

from kg.export.atomic import atomic_open
from kg.export.page import STYLES
from kg.export.view import node_id, read_articles, read_edges, read_entities, read_mentions

GEXF_NS = "http://gexf.net/1.3"
GEXF_VIZ_NS = "http://gexf.net/1.3/viz"
XSI_NS = "http://www.w3.org/2001/XMLSchema-instance"
GEXF_SCHEMA_LOCATION = f"{GEXF_NS} {GEXF_NS}/gexf.xsd"
GEXF_VERSION = "1.3"

# Keys that GEXF writes as XML attributes of <node> or <edge>; every other key of the networkx
# node or edge becomes a declared attribute with an <attvalue>.
_NODE_XML_ATTRIBUTES = ("label", "start", "end", "viz")  # viz: written as viz:* elements
_EDGE_XML_ATTRIBUTES = ("weight", "start", "end")
_GEXF_TYPES = {str: "string", int: "integer", float: "double", bool: "boolean"}


def gephi_id(iri) -> str:
    """The IRI's path after /id/ with ":" for "/": an XML name token, as GraphML ids must be."""
    return node_id(iri).replace("/", ":")


def to_networkx(g: Graph, dynamic: bool = False, viz: bool = False, max_nodes: int = 400):
    """The entity graph as a networkx MultiDiGraph with scalar attributes.

    With `viz`, each node also carries `viz` (GEXF colour by type, size by mentions, position):
    the page's first-view positions for the entities it draws, and for the rest a place beside
    their strongest drawn neighbour, or on a ring around the drawing.
    """
    import networkx as nx

    articles = read_articles(g)
    mentions = read_mentions(g)
    entities = read_entities(g)
    edges = read_edges(g, articles)
    out = nx.MultiDiGraph()
    places = _positions(entities, edges, max_nodes) if viz else {}
    for e in sorted(entities, key=lambda e: e.iri):
        attrs = {"label": e.label, "type": e.type, "altLabels": "; ".join(e.alt), "mentions": e.count,
                 "wikidata": e.wikidata}
        dates = sorted(articles[a].date for a in mentions.get(e.iri, ()) if a in articles and articles[a].date)
        if dynamic and dates:
            attrs["start"], attrs["end"] = dates[0], dates[-1]
        if viz:
            x, y, community = places[e.iri]
            attrs["community"] = community
            attrs["viz"] = {"color": _rgb(STYLES[e.type]["color"]), "size": round(4 + 3 * min(e.count, 100) ** 0.5, 2),
                            "position": {"x": x, "y": -y, "z": 0.0}}  # Gephi's y axis points up, the page's down
        out.add_node(gephi_id(e.iri), **attrs)
    for edge in sorted(edges, key=lambda e: e.statement):
        dates = edge.dates
        attrs = {"predicate": edge.predicate, "weight": edge.weight, "role": "; ".join(edge.roles),
                 "articleCount": len(edge.articles), "confidence": round(edge.confidence, 2),
                 "firstDate": dates[0] if dates else "", "lastDate": dates[-1] if dates else ""}
        if dynamic and dates:
            attrs["start"], attrs["end"] = dates[0], dates[-1]
        out.add_edge(gephi_id(edge.subject), gephi_id(edge.object), key=gephi_id(edge.statement), **attrs)
    return out


def _rgb(hex_colour: str) -> dict:
    return {"r": int(hex_colour[1:3], 16), "g": int(hex_colour[3:5], 16), "b": int(hex_colour[5:7], 16), "a": 1.0}


def _positions(entities: list, edges: list, max_nodes: int) -> dict[str, tuple[float, float, int]]:
    """IRI -> (x, y, community): the page's first view, the others beside it."""
    import math

    from kg.export.page import overview, rank_edges, rank_entities

    ranked = rank_entities(entities)
    index = {e.iri: i for i, e in enumerate(ranked)}
    rows = [[index[e.subject], index[e.object], e.predicate, e.weight] for e in edges
            if e.subject in index and e.object in index]
    rows = [rows[i] for i in rank_edges(rows)]
    shown, _, communities, pos = overview(len(ranked), rows, max_nodes)
    placed = {i: (*pos[i], communities[i]) for i in shown}
    radius = max((math.hypot(x, y) for x, y, _ in placed.values()), default=0.0) + 200.0
    strongest = {}
    for a, b, _, _ in rows:  # rows are strongest first
        for this, other in ((a, b), (b, a)):
            if this not in placed and other in placed and this not in strongest:
                strongest[this] = other
    rest = [i for i in range(len(ranked)) if i not in placed]
    for n, i in enumerate(rest):
        if i in strongest:
            x, y, _ = placed[strongest[i]]
            angle = 2.399963 * n  # the golden angle spreads the ones beside the same neighbour
            placed[i] = (round(x + 40 * math.cos(angle), 1), round(y + 40 * math.sin(angle), 1), -1)
        else:
            angle = 2 * math.pi * n / max(1, len(rest))
            placed[i] = (round(radius * math.cos(angle), 1), round(radius * math.sin(angle), 1), -1)
    return {e.iri: placed[i] for i, e in enumerate(ranked)}


def write_graphml(graph: Graph, out_dir: Path, options) -> list[Path]:
    """out_dir/<stem>.graphml."""
    import networkx as nx

    path = Path(out_dir) / f"{options.stem}.graphml"
    with atomic_open(path, "wb") as handle:
        nx.write_graphml(to_networkx(graph), handle)
    return [path]


def write_gexf(graph: Graph, out_dir: Path, options) -> list[Path]:
    """out_dir/<stem>.gexf: GEXF 1.3, dynamic (nodes and edges carry start/end dates)."""
    from lxml import etree

    path = Path(out_dir) / f"{options.stem}.gexf"
    document = gexf_document(to_networkx(graph, dynamic=True, viz=True, max_nodes=options.html_max_nodes))
    with atomic_open(path, "wb") as handle:
        handle.write(etree.tostring(document, xml_declaration=True, encoding="UTF-8", pretty_print=True))
    return [path]


def gexf_document(nxg):
    """A networkx MultiDiGraph from `to_networkx(dynamic=True)` as a GEXF 1.3 lxml element.

    Each attribute is declared once per class with the GEXF type of its Python value, which
    `to_networkx` keeps the same for every node (or edge); edge keys become edge ids.
    """
    from lxml import etree

    root = etree.Element(_gexf("gexf"), nsmap={None: GEXF_NS, "viz": GEXF_VIZ_NS, "xsi": XSI_NS})
    root.set(f"{{{XSI_NS}}}schemaLocation", GEXF_SCHEMA_LOCATION)
    root.set("version", GEXF_VERSION)
    # No lastmodifieddate: the same graph should give the same file on any day.
    etree.SubElement(etree.SubElement(root, _gexf("meta")), _gexf("creator")).text = "kg"
    graph = etree.SubElement(root, _gexf("graph"), defaultedgetype="directed", mode="dynamic",
                             timeformat="date")
    nodes = list(nxg.nodes(data=True))
    edges = list(nxg.edges(keys=True, data=True))
    node_types = _declare_attributes(graph, "node", (data for _, data in nodes), _NODE_XML_ATTRIBUTES)
    edge_types = _declare_attributes(graph, "edge", (data for *_, data in edges), _EDGE_XML_ATTRIBUTES)

    nodes_element = etree.SubElement(graph, _gexf("nodes"), count=str(len(nodes)))
    for node, data in nodes:
        element = etree.SubElement(nodes_element, _gexf("node"), id=str(node))
        _set_xml_attributes(element, data, _NODE_XML_ATTRIBUTES)
        _add_attvalues(element, data, node_types)
        _add_viz(element, data.get("viz"))
    edges_element = etree.SubElement(graph, _gexf("edges"), count=str(len(edges)))
    for source, target, key, data in edges:
        element = etree.SubElement(edges_element, _gexf("edge"), id=str(key), source=str(source),
                                   target=str(target))
        _set_xml_attributes(element, data, _EDGE_XML_ATTRIBUTES)
        _add_attvalues(element, data, edge_types)
    return root


def _add_viz(element, viz: dict | None) -> None:
    """viz:color, viz:position and viz:size, in the order the GEXF grammar lists them."""
    from lxml import etree

    if not viz:
        return
    for tag in ("color", "position", "size"):
        if tag in viz:
            values = viz[tag] if isinstance(viz[tag], dict) else {"value": viz[tag]}
            etree.SubElement(element, f"{{{GEXF_VIZ_NS}}}{tag}", {k: _lexical(v) for k, v in values.items()})


def _gexf(tag: str) -> str:
    return f"{{{GEXF_NS}}}{tag}"


def _declare_attributes(graph, cls: str, records: Iterable[dict], xml_attributes: tuple) -> dict:
    """Add <attributes class=cls> to `graph`; returns title -> GEXF type, in first-seen order.

    The title is also the id, so that an <attvalue for="mentions"> reads without a lookup.
    """
    from lxml import etree

    types = {}
    for data in records:
        for title, value in data.items():
            if title not in xml_attributes and title not in types:
                types[title] = _GEXF_TYPES[type(value)]
    attributes = etree.SubElement(graph, _gexf("attributes"), {"class": cls})
    for title, gexf_type in types.items():
        etree.SubElement(attributes, _gexf("attribute"), id=title, title=title, type=gexf_type)
    return types


def _set_xml_attributes(element, data: dict, names: tuple) -> None:
    for name in names:
        if name in data and name != "viz":
            element.set(name, _lexical(data[name]))


def _add_attvalues(element, data: dict, types: dict) -> None:
    from lxml import etree

    present = [title for title in types if title in data]
    if present:
        attvalues = etree.SubElement(element, _gexf("attvalues"))
        for title in present:
            etree.SubElement(attvalues, _gexf("attvalue"), {"for": title, "value": _lexical(data[title])})


def _lexical(value) -> str:
    """The XML Schema spelling of a scalar: booleans are "true"/"false", not Python's "True"."""
    return str(value).lower() if isinstance(value, bool) else str(value)
