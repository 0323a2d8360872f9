"""ontology/kg.ttl and ontology/shapes.ttl: they parse, declare every kg term, and tell good graphs from bad."""
from __future__ import annotations

import dataclasses
import re
import shutil
import subprocess
from decimal import Decimal
from pathlib import Path

import pyshacl
import pytest
from rdflib import Graph, Literal, URIRef
from rdflib.collection import Collection
from rdflib.namespace import DCTERMS, OWL, PROV, RDF, RDFS, SH

from kg.errors import OntologyError
from kg.validate import DEFAULT_ONTOLOGY, DEFAULT_SHAPES, ValidationReport, validate_graph
from kg.vocab import KG, KG_NAMESPACE, SCHEMA

ONTOLOGY_DIR = Path(__file__).resolve().parents[1] / "ontology"
KG_TTL = ONTOLOGY_DIR / "kg.ttl"
SHAPES_TTL = ONTOLOGY_DIR / "shapes.ttl"
ONTOLOGY_IRI = URIRef("https://w3id.org/kg-news/ontology")
# The kg terms the code uses (KG.<term> anywhere in the package), each of which the ontology must declare.
KG_TERMS = sorted({m for path in (Path(__file__).parents[1] / "kg").rglob("*.py")
                   for m in re.findall(r"\bKG\.([A-Za-z]\w*)", path.read_text(encoding="utf-8"))})
RELATIONS = (KG.holdsPosition, KG.affiliatedWith, KG.met, KG.headquarteredIn, KG.partOf, KG.partyTo,
             KG.mentionedWith)
ID = "https://w3id.org/kg-news/id/"


@pytest.fixture(scope="module")
def ontology() -> Graph:
    return Graph().parse(KG_TTL, format="turtle")


@pytest.fixture(scope="module")
def shapes() -> Graph:
    return Graph().parse(SHAPES_TTL, format="turtle")


# --- the files parse ---------------------------------------------------------------------------

def test_default_paths_are_the_repository_ontology():
    assert DEFAULT_ONTOLOGY == KG_TTL.resolve()
    assert DEFAULT_SHAPES == SHAPES_TTL.resolve()


@pytest.mark.parametrize("path", [KG_TTL, SHAPES_TTL], ids=lambda p: p.name)
def test_parses_with_rapper_to_the_same_triple_count_as_rdflib(path):
    if shutil.which("rapper") is None:
        pytest.skip("rapper (Debian package raptor2-utils) is not installed")
    done = subprocess.run(["rapper", "-i", "turtle", "-c", str(path)], capture_output=True, text=True,
                          timeout=30)
    assert done.returncode == 0, done.stderr
    assert "error" not in done.stderr.lower(), done.stderr
    count = re.search(r"returned (\d+) triples", done.stderr)
    assert count, done.stderr
    assert int(count.group(1)) == len(Graph().parse(path, format="turtle"))


def test_ontology_header(ontology):
    assert (ONTOLOGY_IRI, RDF.type, OWL.Ontology) in ontology
    for prop in (OWL.versionInfo, RDFS.label, RDFS.comment):
        assert ontology.value(ONTOLOGY_IRI, prop), prop


# --- every kg term is declared -------------------------------------------------------------------

@pytest.mark.parametrize("name", KG_TERMS)
def test_every_vocab_term_is_declared_with_label_comment_domain_range(ontology, name):
    term = KG[name]
    types = set(ontology.objects(term, RDF.type))
    assert ontology.value(term, RDFS.label), f"{name} has no rdfs:label"
    assert ontology.value(term, RDFS.comment), f"{name} has no rdfs:comment"
    if name[0].isupper():
        assert OWL.Class in types, f"{name} is not an owl:Class"
    else:
        assert types & {OWL.ObjectProperty, OWL.DatatypeProperty}, f"{name} is neither Object- nor DatatypeProperty"
        assert ontology.value(term, RDFS.domain) is not None, f"{name} has no rdfs:domain"
        assert ontology.value(term, RDFS.range) is not None, f"{name} has no rdfs:range"


def test_the_closed_namespace_is_the_ontology_and_rejects_undeclared_terms(ontology):
    declared = {s for s in ontology.subjects(RDF.type, None) if str(s).startswith(str(KG_NAMESPACE))}
    assert declared >= {KG[name] for name in KG_TERMS}
    assert KG.partOf in declared
    with pytest.raises(AttributeError):
        KG.heldPosition  # a typo of holdsPosition


@pytest.mark.parametrize("sub, prop, sup", [
    (KG.Treaty, RDFS.subClassOf, SCHEMA.Legislation),
    (KG.Evidence, RDFS.subClassOf, PROV.Entity),
    (KG.Sentence, RDFS.subClassOf, PROV.Entity),
    (KG.Quotation, RDFS.subClassOf, SCHEMA.Quotation),
    (SCHEMA.Country, RDFS.subClassOf, SCHEMA.Place),
    (SCHEMA.City, RDFS.subClassOf, SCHEMA.Place),
    (KG.affiliatedWith, RDFS.subPropertyOf, SCHEMA.affiliation),
    (KG.headquarteredIn, RDFS.subPropertyOf, SCHEMA.location),
    (KG.partOf, RDFS.subPropertyOf, DCTERMS.isPartOf),
    (KG.met, RDF.type, OWL.SymmetricProperty),
    (KG.mentionedWith, RDF.type, OWL.SymmetricProperty),
], ids=lambda t: t.split("/")[-1].split("#")[-1])
def test_links_to_standard_terms(ontology, sub, prop, sup):
    assert (sub, prop, sup) in ontology


def test_schema_terms_are_declared_with_is_defined_by(ontology):
    for term in (SCHEMA.NewsArticle, SCHEMA.Country, SCHEMA.City, SCHEMA.Place, SCHEMA.Person,
                 SCHEMA.Organization, SCHEMA.Legislation, SCHEMA.mentions):
        assert ontology.value(term, RDFS.isDefinedBy) == URIRef("https://schema.org/"), term


@pytest.mark.parametrize("prop", RELATIONS, ids=lambda p: p.fragment)
def test_relation_predicates_are_object_properties(ontology, prop):
    assert (prop, RDF.type, OWL.ObjectProperty) in ontology


def test_hold_position_range_is_a_union_of_organization_and_place(ontology):
    union = ontology.value(ontology.value(KG.holdsPosition, RDFS.range), OWL.unionOf)
    assert set(Collection(ontology, union)) == {SCHEMA.Organization, SCHEMA.Place}


def test_no_false_subproperty_claims(ontology):
    # partOf also links organisations, which schema:containedInPlace cannot; and no kg property may
    # entail prov:wasDerivedFrom, or evidence would seem derived from more than one article.
    supers = {sup for prop in RELATIONS for sup in ontology.transitive_objects(prop, RDFS.subPropertyOf)}
    assert SCHEMA.containedInPlace not in supers
    for name in KG_TERMS:
        assert PROV.wasDerivedFrom not in set(ontology.transitive_objects(KG[name], RDFS.subPropertyOf))


def test_datatype_ranges_match_the_shapes(ontology, shapes):
    # imported here: rdflib's open XSD namespace warns when pytest probes module attributes
    from rdflib.namespace import XSD

    expected = {KG.text: XSD.string, KG.startOffset: XSD.integer, KG.endOffset: XSD.integer,
                KG.method: XSD.string, KG.confidence: XSD.decimal, KG.weight: XSD.integer,
                KG.role: XSD.string, KG.past: XSD.boolean, KG.articleCount: XSD.integer}
    for prop, datatype in expected.items():
        assert ontology.value(prop, RDFS.range) == datatype, prop
        in_shapes = {shapes.value(ps, SH.datatype) for ps in shapes.subjects(SH.path, prop)} - {None}
        assert in_shapes == {datatype}, prop


def test_statement_shape_allows_exactly_the_relation_predicates(ontology, shapes):
    allowed, claimable = None, None
    for ps in shapes.subjects(SH.path, RDF.predicate):
        if shapes.value(ps, SH["in"]) is not None:
            values = set(Collection(shapes, shapes.value(ps, SH["in"])))
            if (None, SH.property, ps) in shapes and any(
                    shapes.value(shape, SH.targetClass) == RDF.Statement
                    for shape in shapes.subjects(SH.property, ps)):
                allowed = values
            else:
                claimable = values
    relations = {p for p in ontology.subjects(RDF.type, OWL.ObjectProperty)
                 if str(p).startswith(str(KG_NAMESPACE))
                 and p not in (KG.evidence, KG.sentence, KG.speaker, KG.reportedBy, KG.claimant)}
    assert allowed == relations == set(RELATIONS)
    assert claimable == set(RELATIONS) - {KG.mentionedWith}  # a claim is a typed relation


def test_shapes_are_valid_shacl(shapes):
    conforms, _, text = pyshacl.validate(Graph(), shacl_graph=shapes, meta_shacl=True)
    assert conforms, text


# --- a graph as in docs/graph-model.md -----------------------------------------------------------

GOOD = """
@prefix rdf:    <http://www.w3.org/1999/02/22-rdf-syntax-ns#> .
@prefix rdfs:   <http://www.w3.org/2000/01/rdf-schema#> .
@prefix owl:    <http://www.w3.org/2002/07/owl#> .
@prefix xsd:    <http://www.w3.org/2001/XMLSchema#> .
@prefix skos:   <http://www.w3.org/2004/02/skos/core#> .
@prefix prov:   <http://www.w3.org/ns/prov#> .
@prefix schema: <https://schema.org/> .
@prefix kg:     <https://w3id.org/kg-news/ontology#> .
@prefix wd:     <http://www.wikidata.org/entity/> .
@prefix article:   <https://w3id.org/kg-news/id/article/> .
@prefix person:    <https://w3id.org/kg-news/id/person/> .
@prefix organization:       <https://w3id.org/kg-news/id/organization/> .
@prefix place:     <https://w3id.org/kg-news/id/place/> .
@prefix treaty:    <https://w3id.org/kg-news/id/treaty/> .
@prefix statement: <https://w3id.org/kg-news/id/statement/> .
@prefix evidence:  <https://w3id.org/kg-news/id/evidence/> .
@prefix s002:      <https://w3id.org/kg-news/id/sentence/002-50ced7505d569705-txt/> .
@prefix s003:      <https://w3id.org/kg-news/id/sentence/003-d5f2a78c3ac0bacc-txt/> .

article:003-d5f2a78c3ac0bacc-txt a schema:NewsArticle ;
    schema:identifier "003_d5f2a78c3ac0bacc.txt" ;
    schema:url <https://ria.ru/20211020/nato-1755483533.html> ;
    schema:headline "Belgian political scientist assessed NATO's decision" ;
    schema:datePublished "2021-10-20T20:52:00"^^xsd:dateTime ;
    schema:publisher organization:ria-novosti ;
    schema:author person:marina-sovina ;
    schema:inLanguage "en" ;
    schema:locationCreated place:brussels ;
    schema:mentions person:sergey-lavrov, organization:nato, place:russia, treaty:inf-treaty .

article:002-50ced7505d569705-txt a schema:NewsArticle ;
    schema:identifier "002_50ced7505d569705.txt" ;
    schema:datePublished "2021-05-29"^^xsd:date ;
    schema:publisher organization:tass ;
    schema:locationCreated place:minsk ;
    schema:mentions person:sergey-lavrov, person:vladimir-makei, place:minsk, place:russia .

person:sergey-lavrov a schema:Person ; rdfs:label "Sergey Lavrov" ;
    skos:altLabel "Sergei Lavrov", "Lavrov" ; kg:articleCount 2 .
person:vladimir-makei a schema:Person ; rdfs:label "Vladimir Makei" ; skos:altLabel "Makei" ;
    kg:articleCount 1 .
person:marina-sovina a schema:Person ; rdfs:label "Marina Sovina" .
organization:nato a schema:Organization ; rdfs:label "NATO" ;
    skos:altLabel "North Atlantic Treaty Organization" ; owl:sameAs wd:Q7184 ; kg:articleCount 1 .
organization:ria-novosti a schema:Organization ; rdfs:label "RIA Novosti" .
organization:tass a schema:Organization ; rdfs:label "TASS" .
place:russia a schema:Place, schema:Country ; rdfs:label "Russia" ;
    skos:altLabel "Russian Federation" ; owl:sameAs wd:Q159 ; kg:articleCount 2 .
place:brussels a schema:Place, schema:City ; rdfs:label "Brussels" .
place:minsk a schema:City ; rdfs:label "Minsk" ; kg:articleCount 1 .   # a Place only by subclass
treaty:inf-treaty a kg:Treaty ; rdfs:label "INF Treaty" ; skos:altLabel "INF" ; kg:articleCount 1 .

person:sergey-lavrov kg:met person:vladimir-makei .
statement:met-1 a rdf:Statement ;
    rdf:subject person:sergey-lavrov ; rdf:predicate kg:met ; rdf:object person:vladimir-makei ;
    kg:weight 1 ;
    prov:wasDerivedFrom article:002-50ced7505d569705-txt ;
    kg:evidence evidence:met-1 .
evidence:met-1 a kg:Evidence ;
    prov:wasDerivedFrom article:002-50ced7505d569705-txt ;
    kg:sentence s002:3 ;
    kg:method "rule:met" ;
    kg:confidence 0.8 .

person:sergey-lavrov kg:holdsPosition place:russia .
statement:holds-1 a rdf:Statement ;
    rdf:subject person:sergey-lavrov ; rdf:predicate kg:holdsPosition ; rdf:object place:russia ;
    kg:weight 1 ;
    prov:wasDerivedFrom article:002-50ced7505d569705-txt ;
    kg:evidence evidence:holds-1 .
evidence:holds-1 a kg:Evidence ;
    prov:wasDerivedFrom article:002-50ced7505d569705-txt ;
    kg:sentence s002:3 ;
    kg:method "rule:position" ;
    kg:confidence 0.9 ;
    kg:role "Foreign Minister" ;
    kg:past false .

place:russia kg:partyTo treaty:inf-treaty .
statement:party-1 a rdf:Statement ;
    rdf:subject place:russia ; rdf:predicate kg:partyTo ; rdf:object treaty:inf-treaty ;
    kg:weight 1 ;
    prov:wasDerivedFrom article:003-d5f2a78c3ac0bacc-txt ;
    kg:evidence evidence:party-1 .
evidence:party-1 a kg:Evidence ;
    prov:wasDerivedFrom article:003-d5f2a78c3ac0bacc-txt ;
    kg:sentence s003:1 ;
    kg:method "rule:treaty" ;
    kg:confidence 0.7 ;
    kg:role "withdrew" .

organization:nato kg:mentionedWith person:sergey-lavrov .
statement:mw-1 a rdf:Statement ;
    rdf:subject organization:nato ; rdf:predicate kg:mentionedWith ; rdf:object person:sergey-lavrov ;
    kg:weight 2 ;
    prov:wasDerivedFrom article:003-d5f2a78c3ac0bacc-txt ;
    kg:evidence evidence:mw-1, evidence:mw-2 .
evidence:mw-1 a kg:Evidence ;
    prov:wasDerivedFrom article:003-d5f2a78c3ac0bacc-txt ;
    kg:sentence s003:0 ;
    kg:method "cooccurrence" ;
    kg:confidence 0.5 .
evidence:mw-2 a kg:Evidence ;
    prov:wasDerivedFrom article:003-d5f2a78c3ac0bacc-txt ;
    kg:sentence s003:1 ;
    kg:method "cooccurrence" ;
    kg:confidence 0.5 .

s002:3 a kg:Sentence ;
    kg:text "Lavrov met Belarusian Foreign Minister Vladimir Makei in Minsk." ;
    kg:startOffset 120 ; kg:endOffset 183 ;
    prov:wasDerivedFrom article:002-50ced7505d569705-txt .
s003:0 a kg:Sentence ;
    kg:text "NATO expelled Russian diplomats, Lavrov said." ;
    kg:startOffset 0 ; kg:endOffset 45 ;
    prov:wasDerivedFrom article:003-d5f2a78c3ac0bacc-txt .
s003:1 a kg:Sentence ;
    kg:text "Russia withdrew from the INF Treaty, NATO and Lavrov agree." ;
    kg:startOffset 46 ; kg:endOffset 105 ;
    prov:wasDerivedFrom article:003-d5f2a78c3ac0bacc-txt .
"""


def good_graph() -> Graph:
    return Graph().parse(data=GOOD, format="turtle")


def retarget(graph: Graph, predicate: URIRef, new_object: URIRef) -> None:
    """Point the relation triple and its statement at another object, leaving them consistent."""
    for s, o in list(graph.subject_objects(predicate)):
        graph.remove((s, predicate, o))
        graph.add((s, predicate, new_object))
    for st in list(graph.subjects(RDF.predicate, predicate)):
        graph.set((st, RDF.object, new_object))


def test_good_graph_conforms():
    graph = good_graph()
    size = len(graph)
    report = validate_graph(graph)
    assert report.conforms, report.text
    assert report.violations == ()
    assert report.text == "The graph conforms to the shapes."
    assert len(graph) == size, "validation must not add inferred triples to the caller's graph"


def test_good_graph_answers_the_provenance_query_of_the_docs():
    rows = good_graph().query("""
        PREFIX rdf: <http://www.w3.org/1999/02/22-rdf-syntax-ns#>
        PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>
        PREFIX prov: <http://www.w3.org/ns/prov#>
        PREFIX kg: <https://w3id.org/kg-news/ontology#>
        SELECT ?article ?sentence ?confidence WHERE {
          ?st rdf:subject ?s ; rdf:predicate ?p ; rdf:object ?o ; kg:evidence ?ev .
          ?s rdfs:label "Sergey Lavrov" . ?o rdfs:label "Vladimir Makei" .
          ?ev prov:wasDerivedFrom ?article ; kg:sentence/kg:text ?sentence ; kg:confidence ?confidence .
        }""")
    assert [(str(a), str(s)[:10], c.toPython()) for a, s, c in rows] == [
        (ID + "article/002-50ced7505d569705-txt", "Lavrov met", Decimal("0.8"))]


def _drop_article_of_evidence(g: Graph) -> None:
    g.remove((URIRef(ID + "evidence/met-1"), PROV.wasDerivedFrom, None))


def _add_relation_without_statement(g: Graph) -> None:
    g.add((URIRef(ID + "person/vladimir-makei"), KG.affiliatedWith, URIRef(ID + "organization/tass")))


def _reverse_mentioned_with(g: Graph) -> None:
    nato, lavrov = URIRef(ID + "organization/nato"), URIRef(ID + "person/sergey-lavrov")
    g.remove((nato, KG.mentionedWith, lavrov))
    g.add((lavrov, KG.mentionedWith, nato))
    st = URIRef(ID + "statement/mw-1")
    g.set((st, RDF.subject, lavrov))
    g.set((st, RDF.object, nato))


BROKEN = {
    "missing label": (
        'DELETE DATA { person:vladimir-makei rdfs:label "Vladimir Makei" }',
        "person/vladimir-makei", "must have exactly one rdfs:label"),
    "empty label": (
        'DELETE DATA { organization:tass rdfs:label "TASS" } ; INSERT DATA { organization:tass rdfs:label "  " }',
        "organization/tass", "must have exactly one rdfs:label, a non-empty string"),
    "confidence 1.5": (
        "DELETE DATA { evidence:met-1 kg:confidence 0.8 } ; INSERT DATA { evidence:met-1 kg:confidence 1.5 }",
        "evidence/met-1", "kg:confidence, an xsd:decimal from 0 to 1"),
    "confidence as a float": (
        lambda g: g.set((URIRef(ID + "evidence/met-1"), KG.confidence, Literal(0.8))),
        "evidence/met-1", "kg:confidence, an xsd:decimal from 0 to 1"),
    "statement without the direct triple": (
        "DELETE DATA { person:sergey-lavrov kg:met person:vladimir-makei }",
        "statement/met-1", "but that direct triple is not in the graph"),
    "two statements for one triple": (
        "INSERT DATA { statement:met-2 a rdf:Statement ; rdf:subject person:sergey-lavrov ;"
        " rdf:predicate kg:met ; rdf:object person:vladimir-makei ; kg:weight 1 ; kg:evidence evidence:met-1 }",
        "statement/met-2", "is reified by more than one rdf:Statement"),
    "relation without a statement": (
        _add_relation_without_statement, "person/vladimir-makei", "has no rdf:Statement carrying its provenance"),
    "met to an Organization": (
        lambda g: retarget(g, KG.met, URIRef(ID + "organization/nato")),
        "person/sergey-lavrov", "kg:met must point at a schema:Person"),
    "partyTo a Place": (
        lambda g: retarget(g, KG.partyTo, URIRef(ID + "place/brussels")),
        "place/russia", "kg:partyTo must point at a kg:Treaty"),
    "holdsPosition to a Person": (
        lambda g: retarget(g, KG.holdsPosition, URIRef(ID + "person/vladimir-makei")),
        "person/sergey-lavrov", "kg:holdsPosition must point at a schema:Organization or a schema:Place"),
    "evidence without article": (
        _drop_article_of_evidence,
        "evidence/met-1", "must be derived (prov:wasDerivedFrom) from exactly one schema:NewsArticle"),
    "statement without evidence": (
        "DELETE WHERE { statement:party-1 kg:evidence ?e . ?e ?p ?o }",
        "statement/party-1", "must cite at least one kg:Evidence"),
    "weight 0": (
        "DELETE DATA { statement:met-1 kg:weight 1 } ; INSERT DATA { statement:met-1 kg:weight 0 }",
        "statement/met-1", "kg:weight, an xsd:integer of at least 1"),
    "start after end": (
        "DELETE DATA { s003:0 kg:startOffset 0 } ; INSERT DATA { s003:0 kg:startOffset 50 }",
        "sentence/003-d5f2a78c3ac0bacc-txt/0", "must not be greater than its kg:endOffset"),
    "negative offset": (
        "DELETE DATA { s003:0 kg:startOffset 0 } ; INSERT DATA { s003:0 kg:startOffset -1 }",
        "sentence/003-d5f2a78c3ac0bacc-txt/0", "kg:startOffset, a non-negative xsd:integer"),
    "sentence of another article": (
        "DELETE DATA { evidence:met-1 kg:sentence s002:3 } ; INSERT DATA { evidence:met-1 kg:sentence s003:0 }",
        "evidence/met-1", "but its sentence"),
    "date as plain string": (
        'DELETE DATA { article:002-50ced7505d569705-txt schema:datePublished "2021-05-29"^^xsd:date } ;'
        ' INSERT DATA { article:002-50ced7505d569705-txt schema:datePublished "May 29" }',
        "article/002-50ced7505d569705-txt", "xsd:date or xsd:dateTime"),
    "two identifiers": (
        'INSERT DATA { article:002-50ced7505d569705-txt schema:identifier "other.txt" }',
        "article/002-50ced7505d569705-txt", "exactly one schema:identifier"),
    "publisher is a Person": (
        "DELETE DATA { article:002-50ced7505d569705-txt schema:publisher organization:tass } ;"
        " INSERT DATA { article:002-50ced7505d569705-txt schema:publisher person:marina-sovina }",
        "article/002-50ced7505d569705-txt", "publisher of an article must be a schema:Organization"),
    "mentions a sentence": (
        "INSERT DATA { article:002-50ced7505d569705-txt schema:mentions s002:3 }",
        "article/002-50ced7505d569705-txt", "may only mention (schema:mentions) entities"),
    "sameAs outside Wikidata": (
        "INSERT DATA { place:russia owl:sameAs <http://dbpedia.org/resource/Russia> }",
        "place/russia", "must be a Wikidata item IRI"),
    "two entity types": (
        "INSERT DATA { organization:ria-novosti a schema:Person }",
        "organization/ria-novosti", "must have exactly one of the types"),
    "articleCount 0": (
        "DELETE DATA { place:minsk kg:articleCount 1 } ; INSERT DATA { place:minsk kg:articleCount 0 }",
        "place/minsk", "kg:articleCount of an entity must be one xsd:integer of at least 1"),
    "mentionedWith stored in the wrong order": (
        _reverse_mentioned_with, "person/sergey-lavrov", "subject IRI before the object IRI"),
}


@pytest.mark.parametrize("name", list(BROKEN))
def test_broken_graph_fails_with_a_plain_message(name):
    change, focus, message = BROKEN[name]
    graph = good_graph()
    if callable(change):
        change(graph)
    else:
        graph.update(change)
    report = validate_graph(graph)
    assert not report.conforms
    hits = [v for v in report.violations if message in v.message]
    assert hits, report.text
    # Graph-wide SPARQL checks report the class or predicate as focus and the culprit as value.
    assert any(ID + focus in (v.focus_node, v.value) for v in hits), report.text
    # Each break is reported by the shape meant for it, not by collateral ones.
    assert all(message in v.message for v in report.violations), report.text
    assert message in report.text


def test_report_records_are_frozen_plain_strings():
    graph = good_graph()
    graph.update("DELETE DATA { evidence:met-1 kg:confidence 0.8 } ; INSERT DATA { evidence:met-1 kg:confidence 1.5 }")
    report = validate_graph(graph)
    assert isinstance(report, ValidationReport)
    (violation,) = report.violations
    assert (violation.focus_node, violation.path, violation.severity, violation.value) == (
        ID + "evidence/met-1", str(KG.confidence), "Violation", "1.5")
    assert "id:evidence/met-1 kg:confidence" in report.text
    with pytest.raises(dataclasses.FrozenInstanceError):
        report.conforms = True  # type: ignore[misc]


# --- missing or malformed ontology files ---------------------------------------------------------

def test_missing_shapes_file_raises_ontology_error_naming_it(tmp_path):
    missing = tmp_path / "nope.ttl"
    with pytest.raises(OntologyError, match="nope.ttl"):
        validate_graph(good_graph(), shapes_path=missing)


def test_malformed_ontology_raises_ontology_error_naming_it(tmp_path):
    broken = tmp_path / "broken-kg.ttl"
    broken.write_text("@prefix kg: <https://w3id.org/kg-news/ontology#> .\nkg:Treaty a ", encoding="utf-8")
    with pytest.raises(OntologyError, match="broken-kg.ttl") as caught:
        validate_graph(good_graph(), ontology_path=broken)
    assert caught.value.__cause__ is not None


def test_shapes_file_without_shapes_raises(tmp_path):
    empty = tmp_path / "empty-shapes.ttl"
    empty.write_text("<https://example.org/a> <https://example.org/b> 1 .\n", encoding="utf-8")
    with pytest.raises(OntologyError, match="empty-shapes.ttl"):
        validate_graph(good_graph(), shapes_path=empty)
