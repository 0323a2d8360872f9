"""Part B: count typed relation statements and draw 50 (seed 20261129)."""
import json, random, sys, os, collections
import pyoxigraph as ox

G = sys.argv[1]          # graph.ttl
OUT = sys.argv[2]        # output json
store_dir = G + ".oxigraph"
if os.path.isdir(store_dir) and "--load" not in sys.argv:
    store = ox.Store.read_only(store_dir)
    print("opened read-only store", store_dir, file=sys.stderr)
else:
    store = ox.Store()
    with open(G, "rb") as f:
        store.bulk_load(f, format=ox.RdfFormat.TURTLE)
    print("loaded turtle", G, file=sys.stderr)

P = """PREFIX kg: <https://w3id.org/kg-news/ontology#>
PREFIX rdf: <http://www.w3.org/1999/02/22-rdf-syntax-ns#>
PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>
"""
PREDS = "kg:holdsPosition kg:affiliatedWith kg:met kg:headquarteredIn kg:partOf kg:partyTo"
rows = list(store.query(P + f"""
SELECT ?st ?p ?s ?o WHERE {{
  VALUES ?p {{ {PREDS} }}
  ?st a rdf:Statement ; rdf:predicate ?p ; rdf:subject ?s ; rdf:object ?o .
}}"""))
stmts = {}
for r in rows:
    stmts[r["st"].value] = (r["p"].value.rsplit("#", 1)[-1], r["s"].value, r["o"].value)
counts = collections.Counter(v[0] for v in stmts.values())
print("typed statements per predicate:", dict(sorted(counts.items())), "total", sum(counts.values()), file=sys.stderr)
# also total rdf:Statement by predicate, incl mentionedWith
allc = {r["p"].value.rsplit("#",1)[-1]: int(r["n"].value) for r in store.query(P + """
SELECT ?p (COUNT(?st) AS ?n) WHERE { ?st a rdf:Statement ; rdf:predicate ?p } GROUP BY ?p""")}
print("all statements:", allc, file=sys.stderr)
# direct (non-reified) triples per predicate, for comparison
direct = {}
for p in PREDS.split():
    q = P + f"SELECT (COUNT(*) AS ?n) WHERE {{ ?s {p} ?o }}"
    direct[p] = int(next(iter(store.query(q)))["n"].value)
print("direct triples:", direct, file=sys.stderr)

keys = sorted(stmts)
draw = random.Random(20261129).sample(keys, 50)

def label(iri):
    q = P + f"SELECT ?l WHERE {{ <{iri}> rdfs:label ?l }}"
    for r in store.query(q):
        return r["l"].value
    return iri.rsplit("/", 1)[-1]

def types(iri):
    q = P + f"SELECT ?t WHERE {{ <{iri}> a ?t }}"
    return sorted(r["t"].value.rsplit("/", 1)[-1].rsplit("#", 1)[-1] for r in store.query(q))

out = []
for st in draw:
    p, s, o = stmts[st]
    evs = []
    for r in store.query(P + f"""
      SELECT ?ev ?m ?c ?role ?txt ?sent WHERE {{
        <{st}> kg:evidence ?ev .
        OPTIONAL {{ ?ev kg:method ?m }} OPTIONAL {{ ?ev kg:confidence ?c }} OPTIONAL {{ ?ev kg:role ?role }}
        OPTIONAL {{ ?ev kg:sentence ?sent . OPTIONAL {{ ?sent kg:text ?txt }} }}
      }}"""):
        evs.append({k: (r[k].value if r[k] is not None else None) for k in ("ev", "m", "c", "role", "txt", "sent")})
    evs.sort(key=lambda e: e["ev"])
    out.append({"st": st, "p": p, "s": s, "s_label": label(s), "s_types": types(s),
                "o": o, "o_label": label(o), "o_types": types(o), "evidence": evs})
json.dump({"counts": dict(counts), "all": allc, "direct": direct, "n_typed": len(stmts), "draw": out},
          open(OUT, "w"), indent=1)
