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
from kg.vocab import ID, KG, OWL, PROV, RDF, RDFS, SCHEMA, SKOS

TYPES = {SCHEMA.Person: "Person", SCHEMA.Organization: "Organization", SCHEMA.Place: "Place", KG.Treaty: "Treaty"}


def _node_id(iri) -> str:
    return str(iri)[len(str(ID)):] if str(iri).startswith(str(ID)) else str(iri)


def to_networkx(g: Graph, dynamic: bool = False):
    """The entity graph as a networkx MultiDiGraph with scalar attributes."""
    import networkx as nx

    dates = {a: str(d)[:10] for a, d in g.subject_objects(SCHEMA.datePublished)}
    mentioned_dates = defaultdict(list)
    for art, ent in g.subject_objects(SCHEMA.mentions):
        if art in dates:
            mentioned_dates[ent].append(dates[art])
    out = nx.MultiDiGraph()
    for cls, etype in TYPES.items():
        for node in sorted(set(g.subjects(RDF.type, cls))):
            attrs = {"label": str(g.value(node, RDFS.label) or ""), "type": etype,
                     "altLabels": "; ".join(sorted(str(a) for a in g.objects(node, SKOS.altLabel))),
                     "mentions": int(g.value(node, KG.articleCount) or 0),
                     "wikidata": str(g.value(node, OWL.sameAs) or "").rsplit("/", 1)[-1]}
            if dynamic and mentioned_dates.get(node):
                attrs["start"], attrs["end"] = min(mentioned_dates[node]), max(mentioned_dates[node])
            out.add_node(_node_id(node), **attrs)
    for st in sorted(g.subjects(RDF.type, RDF.Statement)):
        s, p, o = g.value(st, RDF.subject), g.value(st, RDF.predicate), g.value(st, RDF.object)
        evidence = list(g.objects(st, KG.evidence))
        articles = {g.value(ev, PROV.wasDerivedFrom) for ev in evidence}
        ev_dates = sorted(dates[a] for a in articles if a in dates)
        roles = sorted({str(r) for ev in evidence for r in g.objects(ev, KG.role)})
        confidence = max((float(g.value(ev, KG.confidence) or 0) for ev in evidence), default=0.0)
        attrs = {"predicate": str(p).rsplit("#", 1)[-1], "weight": int(g.value(st, KG.weight) or len(evidence)),
                 "role": "; ".join(roles), "articleCount": len(articles), "confidence": round(confidence, 2),
                 "firstDate": ev_dates[0] if ev_dates else "", "lastDate": ev_dates[-1] if ev_dates else ""}
        if dynamic and ev_dates:
            attrs["start"], attrs["end"] = ev_dates[0], ev_dates[-1]
        out.add_edge(_node_id(s), _node_id(o), key=_node_id(st), **attrs)
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
