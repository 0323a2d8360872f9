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

Neither format carries the evidence sentences: they stay in the Turtle graph.
"""
from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable
from pathlib import Path

from rdflib import Graph

from kg.export.atomic import atomic_open
from kg.export.syntax import xml_text
from kg.export.view import ENTITY_CLASSES, node_id, read_articles, read_edges, wikidata_id
from kg.vocab import KG, RDF, RDFS, SCHEMA, SKOS

GEXF_NS = "http://gexf.net/1.3"
GEXF_VIZ_NS = "http://gexf.net/1.3/viz"
XSI_NS = "http://www.w3.org/2001/XMLSchema-instance"
GEXF_SCHEMA_LOCATION = f"{GEXF_NS} {GEXF_NS}/gexf.xsd"
GEXF_VERSION = "1.3"

# Keys that GEXF writes as XML attributes of <node> or <edge>; every other key of the networkx
# node or edge becomes a declared attribute with an <attvalue>.
_NODE_XML_ATTRIBUTES = ("label", "start", "end")
_EDGE_XML_ATTRIBUTES = ("weight", "start", "end")
_GEXF_TYPES = {str: "string", int: "integer", float: "double", bool: "boolean"}


def gephi_id(iri) -> str:
    """The IRI's path after /id/ with ":" for "/": an XML name token, as GraphML ids must be."""
    return node_id(iri).replace("/", ":")


def to_networkx(g: Graph, dynamic: bool = False):
    """The entity graph as a networkx MultiDiGraph with scalar attributes."""
    import networkx as nx

    articles = read_articles(g)
    mentioned_dates = defaultdict(list)
    for art, ent in g.subject_objects(SCHEMA.mentions):
        if art in articles and articles[art].date:
            mentioned_dates[ent].append(articles[art].date)
    out = nx.MultiDiGraph()
    for cls, etype in ENTITY_CLASSES.items():
        for node in sorted(set(g.subjects(RDF.type, cls))):
            attrs = {"label": str(g.value(node, RDFS.label) or ""), "type": etype,
                     "altLabels": "; ".join(sorted(str(a) for a in g.objects(node, SKOS.altLabel))),
                     "mentions": int(g.value(node, KG.articleCount) or 0),
                     "wikidata": wikidata_id(g, node)}
            if dynamic and mentioned_dates.get(node):
                attrs["start"], attrs["end"] = min(mentioned_dates[node]), max(mentioned_dates[node])
            out.add_node(gephi_id(node), **_xml_safe(attrs))
    for edge in sorted(read_edges(g, articles), key=lambda e: str(e.statement)):
        dates = edge.dates
        attrs = {"predicate": edge.predicate, "weight": edge.weight, "role": "; ".join(edge.roles),
                 "articleCount": len(edge.articles), "confidence": round(edge.confidence, 2),
                 "firstDate": dates[0] if dates else "", "lastDate": dates[-1] if dates else ""}
        if dynamic and dates:
            attrs["start"], attrs["end"] = dates[0], dates[-1]
        out.add_edge(gephi_id(edge.subject), gephi_id(edge.object), key=gephi_id(edge.statement), **_xml_safe(attrs))
    return out


def _xml_safe(attrs: dict) -> dict:
    """Text attributes without the control characters XML 1.0 cannot hold, escaped or not."""
    return {k: xml_text(v) if isinstance(v, str) else v for k, v in attrs.items()}


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
    document = gexf_document(to_networkx(graph, dynamic=True))
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
    edges_element = etree.SubElement(graph, _gexf("edges"), count=str(len(edges)))
    for source, target, key, data in edges:
        element = etree.SubElement(edges_element, _gexf("edge"), id=str(key), source=str(source),
                                   target=str(target))
        _set_xml_attributes(element, data, _EDGE_XML_ATTRIBUTES)
        _add_attvalues(element, data, edge_types)
    return root


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
        if name in data:
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
