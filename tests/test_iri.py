"""Entity IRIs: readable label slugs, no type, unique, independent of input order, pinnable."""
from __future__ import annotations

import re

from hypothesis import given
from hypothesis import strategies as st

from kg.iri import IriRequest, entity_slug, mint_entity_ids, valid_slug


def test_the_slug_is_the_canonical_label_not_a_key_or_a_type():
    minted = mint_entity_ids([IriRequest("p:sergi lavrov", "Sergey Lavrov", 3)])
    assert minted == {"p:sergi lavrov": "sergey-lavrov"}


def test_a_collision_keeps_the_bare_slug_for_the_gazetteer_entity_then_the_most_named():
    reqs = [IriRequest("n:georgia", "Georgia", 9), IriRequest("gz:georgia", "Georgia", 2, gazetteer=True),
            IriRequest("p:georgia", "Georgia", 1)]
    minted = mint_entity_ids(reqs)
    assert minted["gz:georgia"] == "georgia"
    others = {minted["n:georgia"], minted["p:georgia"]}
    assert len(others) == 2 and all(s.startswith("georgia-") and len(s) == len("georgia-") + 6 for s in others)


def test_a_pinned_slug_wins_over_everything():
    reqs = [IriRequest("gz:x", "Xavier", 5, gazetteer=True), IriRequest("p:x", "Someone Else", 1, pinned="xavier")]
    minted = mint_entity_ids(reqs)
    assert minted["p:x"] == "xavier" and minted["gz:x"] != "xavier"


@given(st.lists(st.tuples(st.text(min_size=1, max_size=12), st.integers(0, 5)), max_size=12, unique_by=lambda t: t[0]))
def test_minting_is_unique_readable_and_order_independent(items):
    reqs = [IriRequest("k:" + name, name, n) for name, n in items]
    first, second = mint_entity_ids(reqs), mint_entity_ids(reqs[::-1])
    assert first == second
    assert len(set(first.values())) == len(reqs)
    assert all(re.fullmatch(r"[a-z0-9]+(?:-[a-z0-9]+)*", s) for s in first.values())


def test_reserved_words_do_not_read_as_other_node_kinds():
    assert entity_slug("Article") == "article-entity"
    assert not valid_slug("statement") and not valid_slug("Bad Slug") and valid_slug("john-smith")
