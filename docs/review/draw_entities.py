"""Draw 100 entities from the 339-article graph (seed 20261129)."""
import json, random, sys
import pyoxigraph as ox

G = sys.argv[1] if len(sys.argv) > 1 else "/work/review/g339/graph.ttl"
OUT = sys.argv[2] if len(sys.argv) > 2 else "/tmp/revent"
store = ox.Store()
with open(G, "rb") as f:
    store.load(f, format=ox.RdfFormat.TURTLE)

Q = """
PREFIX schema: <https://schema.org/>
PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>
PREFIX skos: <http://www.w3.org/2004/02/skos/core#>
PREFIX kg: <https://w3id.org/kg-news/ontology#>
SELECT ?e ?t ?label ?alt WHERE {
  VALUES ?t { schema:Person schema:Organization schema:Place schema:AdministrativeArea
              schema:City schema:Country schema:Continent kg:Treaty }
  ?e a ?t .
  OPTIONAL { ?e rdfs:label ?label }
  OPTIONAL { ?e skos:altLabel ?alt }
}"""
ents = {}
for r in store.query(Q):
    iri = r["e"].value
    d = ents.setdefault(iri, {"iri": iri, "types": set(), "label": None, "alt": set()})
    d["types"].add(r["t"].value.rsplit("/", 1)[-1].rsplit("#", 1)[-1])
    if r["label"] is not None:
        d["label"] = r["label"].value
    if r["alt"] is not None:
        d["alt"].add(r["alt"].value)

iris = sorted(ents)
print("total entities:", len(iris), file=sys.stderr)
draw = random.Random(20261129).sample(iris, 100)
out = []
for iri in draw:
    d = ents[iri]
    out.append({"iri": iri, "label": d["label"], "types": sorted(d["types"]), "alt": sorted(d["alt"])})
json.dump(out, open(OUT + "/draw-339.json", "w"), indent=1)
# also dump all labels for duplicate checks
json.dump([{"iri": i, "label": ents[i]["label"], "types": sorted(ents[i]["types"]), "alt": sorted(ents[i]["alt"])} for i in iris],
          open(OUT + "/all-entities-339.json", "w"), indent=0)
for o in out:
    print(o["iri"].rsplit("/", 1)[-1], "|", o["label"], "|", ",".join(o["types"]), "|", "; ".join(o["alt"]))
