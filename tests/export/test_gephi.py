"""GraphML and GEXF 1.3: valid against their schemas, and read back with networkx with the counts
the RDF graph says."""
from __future__ import annotations

import re
from datetime import date
from pathlib import Path

import networkx as nx
import pytest
from lxml import etree

from kg.export import export
from kg.vocab import KG, RDF, SCHEMA

SCHEMAS = Path(__file__).resolve().parents[2] / "kg" / "export" / "schemas"  # see README.txt there

# Spelled out here rather than imported from kg.export.gephi, so that a wrong constant there fails.
GEXF13 = "http://gexf.net/1.3"
GEXF13_VIZ = "http://gexf.net/1.3/viz"
XSI = "http://www.w3.org/2001/XMLSchema-instance"

# The XML attributes that GEXF 1.3 allows on each of its elements (gexf.rnc, data.rnc and
# dynamics.rnc of the 1.3 specification; viz.rnc for the viz elements the export writes).
# 1.2's `mode` on <attributes> and `startopen`/`endopen` are not among them, nor <graph name>.
GEXF13_ATTRIBUTES = {
    "gexf": {"version", "variant", f"{{{XSI}}}schemaLocation"},
    "meta": {"lastmodifieddate"}, "creator": set(), "keywords": set(), "description": set(),
    "graph": {"defaultedgetype", "idtype", "timeformat", "start", "end", "timestamp", "mode",
              "timerepresentation", "timezone"},
    "attributes": {"class"}, "attribute": {"id", "title", "type"}, "default": set(), "options": set(),
    "nodes": {"count"}, "edges": {"count"},
    "node": {"id", "label", "pid", "start", "end", "intervals", "timestamp", "timestamps"},
    "edge": {"id", "type", "label", "source", "target", "weight", "kind", "start", "end", "intervals",
             "timestamp", "timestamps"},
    "attvalues": set(), "attvalue": {"for", "id", "type", "value", "start", "end", "timestamp"},
    "spells": set(), "spell": {"start", "end", "timestamp"}, "parents": set(), "parent": {"for"},
}
GEXF13_VIZ_ATTRIBUTES = {"color": {"r", "g", "b", "a", "hex"}, "position": {"x", "y", "z"}, "size": {"value"}}
_XSD_DOUBLE = r"[+-]?(\d+(\.\d*)?|\.\d+)([eE][+-]?\d+)?|[+-]?INF|NaN"
# Lexical forms of the GEXF 1.3 attribute types the export may declare; a type missing here
# fails the test until someone says how its values are spelled.
GEXF13_VALUES = {"string": r".*", "integer": r"[+-]?\d+", "long": r"[+-]?\d+", "double": _XSD_DOUBLE,
                 "float": _XSD_DOUBLE, "boolean": r"true|false|1|0"}


@pytest.fixture(scope="module")
def expected(sample_build):
    g = sample_build.graph
    entities = {e for cls in (SCHEMA.Person, SCHEMA.Organization, SCHEMA.Place, KG.Treaty)
                for e in g.subjects(RDF.type, cls)}
    return len(entities), len(set(g.subjects(RDF.type, RDF.Statement)))


@pytest.fixture(scope="module")
def graphml_path(sample_build, tmp_path_factory) -> Path:
    return export(sample_build.graph, "graphml", tmp_path_factory.mktemp("graphml"))[0]


@pytest.fixture(scope="module")
def gexf_path(sample_build, tmp_path_factory) -> Path:
    return export(sample_build.graph, "gexf", tmp_path_factory.mktemp("gexf"))[0]


def load_xsd(path: Path) -> etree.XMLSchema:
    """The schema at `path`; its imports are relative paths, and no_network makes sure of it."""
    return etree.XMLSchema(etree.parse(str(path), etree.XMLParser(no_network=True)))


def test_graphml_round_trip(graphml_path, expected):
    back = nx.read_graphml(graphml_path)
    assert (back.number_of_nodes(), back.number_of_edges()) == expected
    lavrov = next(d for _, d in back.nodes(data=True) if d["label"] == "Sergei Lavrov")
    assert lavrov["type"] == "Person" and "Sergey Lavrov" in lavrov["altLabels"]
    preds = {d["predicate"] for *_, d in back.edges(data=True)}
    assert {"mentionedWith", "met", "holdsPosition"} <= preds


def test_graphml_is_valid_against_the_graphml_xsd(graphml_path):
    schema = load_xsd(SCHEMAS / "graphml" / "graphml.xsd")
    doc = etree.parse(str(graphml_path))
    assert schema.validate(doc), schema.error_log
    # Not a schema that accepts anything: ids must be name tokens, which "person/x" is not.
    doc.getroot().find(".//{*}node").set("id", "person/x")
    assert not schema.validate(doc)


def test_gexf_round_trip(gexf_path, graphml_path, expected):
    # networkx reads GEXF 1.3 since 3.6 (networkx PR 8196), so the independent reader is its own.
    back = nx.read_gexf(gexf_path, version="1.3")
    assert (back.number_of_nodes(), back.number_of_edges()) == expected
    lavrov = next(d for _, d in back.nodes(data=True) if d["label"] == "Sergei Lavrov")
    assert lavrov["type"] == "Person" and "Sergey Lavrov" in lavrov["altLabels"]
    assert isinstance(lavrov["mentions"], int) and lavrov["mentions"] >= 1
    edges = [d for *_, d in back.edges(data=True)]
    assert {"mentionedWith", "met", "holdsPosition"} <= {d["predicate"] for d in edges}
    assert all(isinstance(d["articleCount"], int) and isinstance(d["confidence"], float) for d in edges)
    assert any(d.get("start") for _, d in back.nodes(data=True)) and any(d.get("start") for d in edges)
    # The two Gephi files name nodes and edges alike.
    graphml = nx.read_graphml(graphml_path)
    assert set(back.nodes) == set(graphml.nodes)
    assert set(back.edges(keys=True)) == set(graphml.edges(keys=True))


def test_gexf_is_gexf_1_3(gexf_path):
    """Checked element by element: no package ships a GEXF 1.3 XSD, and the one published does not
    compile (gephi/gexf issue 19), so the rules of the 1.3 grammar are checked here directly."""
    root = etree.parse(str(gexf_path)).getroot()
    assert root.tag == f"{{{GEXF13}}}gexf" and root.get("version") == "1.3"
    assert root.nsmap == {None: GEXF13, "viz": GEXF13_VIZ, "xsi": XSI}
    assert root.get(f"{{{XSI}}}schemaLocation") == f"{GEXF13} {GEXF13}/gexf.xsd"
    for element in root.iter(etree.Element):
        name = etree.QName(element)
        if name.namespace == GEXF13_VIZ:
            assert etree.QName(element.getparent()).localname == "node", element.tag
            assert set(element.attrib) <= GEXF13_VIZ_ATTRIBUTES[name.localname], (element.tag, dict(element.attrib))
            continue
        assert name.namespace == GEXF13 and name.localname in GEXF13_ATTRIBUTES, element.tag
        assert set(element.attrib) <= GEXF13_ATTRIBUTES[name.localname], (element.tag, dict(element.attrib))

    assert [etree.QName(c).localname for c in root] in (["graph"], ["meta", "graph"])
    graph = root.find(f"{{{GEXF13}}}graph")
    assert (graph.get("mode"), graph.get("timeformat")) == ("dynamic", "date")
    assert graph.get("defaultedgetype") == "directed"
    kinds = [etree.QName(c).localname for c in graph]
    assert kinds == ["attributes"] * (len(kinds) - 2) + ["nodes", "edges"]

    declared = {}  # class -> {attribute id: type}
    for attributes in graph.iterfind(f"{{{GEXF13}}}attributes"):
        cls = attributes.get("class")
        assert cls in ("node", "edge") and cls not in declared
        ids = [a.get("id") for a in attributes]
        titles = [a.get("title") for a in attributes]
        assert len(set(ids)) == len(ids) and len(set(titles)) == len(titles)
        assert all(a.get("type") in GEXF13_VALUES for a in attributes)
        declared[cls] = {a.get("id"): a.get("type") for a in attributes}
        title_of = {a.get("id"): a.get("title") for a in attributes}
        assert set(title_of.values()) == {"node": {"type", "altLabels", "mentions", "wikidata", "community"},
                                          "edge": {"predicate", "role", "articleCount", "confidence",
                                                   "firstDate", "lastDate"}}[cls]

    nodes = graph.findall(f"{{{GEXF13}}}nodes/{{{GEXF13}}}node")
    edges = graph.findall(f"{{{GEXF13}}}edges/{{{GEXF13}}}edge")
    assert graph.find(f"{{{GEXF13}}}nodes").get("count") == str(len(nodes)) and nodes
    assert graph.find(f"{{{GEXF13}}}edges").get("count") == str(len(edges)) and edges
    node_ids = [n.get("id") for n in nodes]
    edge_ids = [e.get("id") for e in edges]
    assert len(set(node_ids)) == len(node_ids) and len(set(edge_ids)) == len(edge_ids)
    assert all(e.get("source") in node_ids and e.get("target") in node_ids for e in edges)
    assert all(n.get("label") for n in nodes) and all(re.fullmatch(_XSD_DOUBLE, e.get("weight")) for e in edges)

    for cls, elements in (("node", nodes), ("edge", edges)):
        for element in elements:
            values = element.findall(f"{{{GEXF13}}}attvalues/{{{GEXF13}}}attvalue")
            keys = [v.get("for") for v in values]
            assert len(set(keys)) == len(keys) and set(keys) <= set(declared[cls]), (cls, keys)
            for value in values:
                pattern = GEXF13_VALUES[declared[cls][value.get("for")]]
                assert re.fullmatch(pattern, value.get("value"), re.DOTALL), (cls, dict(value.attrib))

    dated = [e for e in nodes + edges if e.get("start") or e.get("end")]
    assert any(d in nodes for d in dated) and any(d in edges for d in dated)
    for element in dated:
        start, end = _iso_date(element.get("start")), _iso_date(element.get("end"))
        assert start <= end, dict(element.attrib)
    for edge in edges:  # the timeline's dates are the ones the edge shows as attributes
        shown = {v.get("for"): v.get("value") for v in edge.iterfind(f"{{{GEXF13}}}attvalues/{{{GEXF13}}}attvalue")}
        assert (edge.get("start", ""), edge.get("end", "")) == (shown["firstDate"], shown["lastDate"])


def test_gexf_viz_colours_by_type_sizes_by_mentions_and_places_every_node(gexf_path, sample_build):
    back = nx.read_gexf(gexf_path, version="1.3")
    from kg.export.page import STYLES

    nodes = dict(back.nodes(data=True))
    assert all({"color", "size", "position"} <= set(d["viz"]) for d in nodes.values())
    for d in nodes.values():
        colour = STYLES[d["type"]]["color"]
        assert (d["viz"]["color"]["r"], d["viz"]["color"]["g"], d["viz"]["color"]["b"]) == \
            (int(colour[1:3], 16), int(colour[3:5], 16), int(colour[5:7], 16))
    by_mentions = sorted(nodes.values(), key=lambda d: d["mentions"])
    assert by_mentions[0]["viz"]["size"] < by_mentions[-1]["viz"]["size"]
    positions = [(d["viz"]["position"]["x"], d["viz"]["position"]["y"]) for d in nodes.values()]
    assert len(set(positions)) == len(positions)  # no two nodes on top of each other
    # The positions of the entities the page draws are the page's (y mirrored: Gephi's axis points up).
    from tests.export.test_page import _embedded

    page = export(sample_build.graph, "html", gexf_path.parent / "page")[0]
    data = _embedded(page.read_text(encoding="utf-8"))
    from kg.export.gephi import gephi_id

    assert data["view"]["nodes"]
    for index, x, y, community in data["view"]["nodes"]:
        node = nodes[gephi_id(data["entities"][index][0])]
        assert (node["viz"]["position"]["x"], node["viz"]["position"]["y"]) == (x, -y)
        assert node["community"] == community


def test_gexf_is_valid_against_the_1_2draft_xsd_once_renamed(gexf_path):
    """The parts of GEXF the export writes are the same in 1.2draft and 1.3 but for the namespace
    and version, so with those renamed the 1.2draft XSD (the one copy that compiles and that a
    package ships) checks what test_gexf_is_gexf_1_3 does not: element order, required
    attributes, datatypes of dates and weights."""
    schema = load_xsd(SCHEMAS / "gexf-1.2draft" / "gexf.xsd")
    # Renames the namespaces of the elements and of viz, and the schemaLocation.
    root = etree.fromstring(gexf_path.read_bytes().replace(b"http://gexf.net/1.3", b"http://www.gexf.net/1.2draft"))
    assert root.get("version") == "1.3"
    root.set("version", "1.2")
    # This XSD (converted from the RNC) declares color, position and size in the GEXF namespace, not
    # in viz's, so no real file's viz elements pass it: they are checked here by hand and then removed.
    viz = root.findall(".//{http://www.gexf.net/1.2draft/viz}*")
    assert viz
    for element in viz:
        values = dict(element.attrib)
        tag = etree.QName(element).localname
        if tag == "color":
            assert all(0 <= int(values[c]) <= 255 for c in "rgb") and 0 <= float(values["a"]) <= 1
        else:
            assert all(re.fullmatch(_XSD_DOUBLE, v) for v in values.values()) and tag in ("position", "size")
        element.getparent().remove(element)
    assert schema.validate(root), schema.error_log
    # Not a schema that accepts anything: a start that is no date (nor number) is refused.
    root.find(".//{*}edge").set("start", "20 October 2021")
    assert not schema.validate(root)


def _iso_date(text: str | None) -> date:
    assert text and re.fullmatch(r"\d{4}-\d{2}-\d{2}", text), text
    return date.fromisoformat(text)
