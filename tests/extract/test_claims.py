"""Claims are not facts: written example sentences built through the real pipeline into a graph.

A denied relation is neither a triple nor a claim; an accusation is a kg:Claim attributed to the
accuser, with no direct triple; planned meetings are not `met`, phone calls are marked; typed
statements carry the dates their articles were published.
"""
from __future__ import annotations

import pytest

from kg.model import Article

ARTICLES = [
    Article(id="denial", date="2019-02-01",
            text="Moscow, February 1. Russia has denied violating the Intermediate-Range Nuclear Forces Treaty."),
    Article(id="accusation", date="2019-02-02",
            text="Washington, February 2. The United States accused Russia of violating the INF Treaty."),
    Article(id="says", date="2019-02-03",
            text="Brussels, February 3. NATO says Russia violated the INF Treaty."),
    Article(id="fact-early", date="2007-12-12",
            text="Moscow, December 12. Russia suspended its participation in the CFE Treaty on Wednesday."),
    Article(id="fact-late", date="2015-03-10",
            text="Moscow, March 10. Russia suspended its participation in the CFE Treaty in 2007, officials recalled."),
    Article(id="ngo", date="2010-08-01",
            text="Geneva, August 1. Human Rights Watch signed the Convention on Cluster Munitions."),
    Article(id="meetings", date="2018-07-09",
            text="Berlin, July 9. Angela Merkel will meet Emmanuel Macron in Paris next week. "
                 "Angela Merkel spoke by phone with Vladimir Putin on Monday."),
]


@pytest.fixture(scope="module")
def graph():
    from kg.pipeline import build

    return build(ARTICLES).graph


def _ask(graph, query: str) -> bool:
    from kg.vocab import KG_NAMESPACE

    return bool(graph.query("PREFIX kg: <%s> PREFIX rdf: <http://www.w3.org/1999/02/22-rdf-syntax-ns#> "
                            "PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#> " % KG_NAMESPACE + query).askAnswer)


def test_a_denial_is_not_asserted(graph):
    assert not _ask(graph, 'ASK { ?r rdfs:label "Russia" . ?t rdfs:label ?l . ?r kg:partyTo ?t . '
                           'FILTER(CONTAINS(?l, "Intermediate") || CONTAINS(?l, "INF")) }')


def test_an_accusation_is_an_attributed_claim_not_a_triple(graph):
    assert _ask(graph, 'ASK { ?c a kg:Claim ; kg:claimant/rdfs:label "United States" ; '
                       'rdf:subject/rdfs:label "Russia" ; rdf:predicate kg:partyTo ; rdf:object ?t ; '
                       'kg:evidence/kg:role "violated" . ?c a ?type . FILTER(?type != rdf:Statement) }')
    assert not _ask(graph, "ASK { ?c a kg:Claim ; a rdf:Statement }")
    assert not _ask(graph, 'ASK { ?c a kg:Claim ; rdf:subject ?s ; rdf:predicate ?p ; rdf:object ?o . ?s ?p ?o }')


def test_a_fact_is_a_statement_with_its_first_and_last_report(graph):
    assert _ask(graph, 'ASK { ?st a rdf:Statement ; rdf:subject/rdfs:label "Russia" ; rdf:predicate kg:partyTo ; '
                       'kg:evidence/kg:role "suspended" ; '
                       'kg:firstReported "2007-12-12"^^<http://www.w3.org/2001/XMLSchema#date> ; '
                       'kg:lastReported "2015-03-10"^^<http://www.w3.org/2001/XMLSchema#date> }')


def test_only_states_and_their_bodies_are_parties(graph):
    assert not _ask(graph, 'ASK { ?o rdfs:label "Human Rights Watch" ; kg:partyTo ?t }')


def test_a_planned_meeting_is_not_met_and_a_call_is_marked(graph):
    assert not _ask(graph, 'ASK { ?a rdfs:label "Angela Merkel" . ?b rdfs:label "Emmanuel Macron" . '
                           '{ ?a kg:met ?b } UNION { ?b kg:met ?a } }')
    assert _ask(graph, 'ASK { ?st a rdf:Statement ; rdf:predicate kg:met ; kg:evidence/kg:mode "phone" ; '
                       'rdf:subject ?s ; rdf:object ?o . ?s rdfs:label ?x . ?o rdfs:label ?y . '
                       'FILTER(?x IN ("Angela Merkel", "Vladimir Putin") && ?y IN ("Angela Merkel", "Vladimir Putin")) }')


def test_met_is_one_statement_per_pair_in_key_order(sample_build):
    from kg.vocab import KG

    pairs = [(str(s), str(o)) for s, o in sample_build.graph.subject_objects(KG.met)]
    assert pairs and all(s < o for s, o in pairs)


def test_the_saved_claims_query_lists_the_accusation(graph, tmp_path):
    from kg.export import export
    from kg.query import run_query, saved_query

    path = export(graph, "turtle", tmp_path)[0]
    result = run_query(path, saved_query("claims"))
    rows = [dict(zip(result.columns, row)) for row in result.rows]
    assert {(r["claimant"], r["subject"], r["predicate"], r["action"]) for r in rows} == \
        {("United States", "Russia", "partyTo", "violated"), ("NATO", "Russia", "partyTo", "violated")}
    positions = run_query(path, saved_query("positions"))
    assert "first_reported" in positions.columns and "last_reported" in positions.columns


def test_a_graph_with_claims_meets_the_shapes(graph):
    from kg.validate import validate_graph

    report = validate_graph(graph)
    assert report.conforms, report.violations
