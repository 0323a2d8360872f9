"""GraphML and GEXF for Gephi (and any networkx reader): entities as nodes, relations as edges.

Attributes are flattened to scalars: alternative labels joined with "; ", roles joined, the
first and last publication date of the supporting articles. GEXF is written in networkx's
GEXF 1.2 dialect, which Gephi reads and networkx reads back, with node and edge `start`/`end`
dates (dynamic mode) so that Gephi's timeline plays the graph over time. Neither format
carries the evidence sentences: they stay in the Turtle graph.
"""
from __future__ import annotations

from collections import defaultdict
from pathlib import Path

from rdflib import Graph

from kg.export.atomic import atomic_open
from kg.export.view import ENTITY_CLASSES, node_id, read_articles, read_edges
from kg.vocab import KG, OWL, RDF, RDFS, SCHEMA, SKOS

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
                     "wikidata": str(g.value(node, OWL.sameAs) or "").rsplit("/", 1)[-1]}
            if dynamic and mentioned_dates.get(node):
                attrs["start"], attrs["end"] = min(mentioned_dates[node]), max(mentioned_dates[node])
            out.add_node(node_id(node), **attrs)
    for edge in sorted(read_edges(g, articles), key=lambda e: str(e.statement)):
        dates = edge.dates
        attrs = {"predicate": edge.predicate, "weight": edge.weight, "role": "; ".join(edge.roles),
                 "articleCount": len(edge.articles), "confidence": round(edge.confidence, 2),
                 "firstDate": dates[0] if dates else "", "lastDate": dates[-1] if dates else ""}
        if dynamic and dates:
            attrs["start"], attrs["end"] = dates[0], dates[-1]
        out.add_edge(node_id(edge.subject), node_id(edge.object), key=node_id(edge.statement), **attrs)
    return out


def write_graphml(graph: Graph, out_dir: Path, options) -> list[Path]:
    """out_dir/<stem>.graphml."""
    import networkx as nx

    path = Path(out_dir) / f"{options.stem}.graphml"
    with atomic_open(path, "wb") as handle:
        nx.write_graphml(to_networkx(graph), handle)
    return [path]


def write_gexf(graph: Graph, out_dir: Path, options) -> list[Path]:
    """out_dir/<stem>.gexf, dynamic: nodes and edges carry start/end dates."""
    import networkx as nx

    nxg = to_networkx(graph, dynamic=True)
    nxg.graph["mode"] = "dynamic"
    path = Path(out_dir) / f"{options.stem}.gexf"
    with atomic_open(path, "wb") as handle:
        nx.write_gexf(nxg, handle, version="1.2draft")
    return [path]
