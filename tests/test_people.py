"""ontology/people.json: curated officeholders with Wikidata items, one item per name."""
from __future__ import annotations

import json
import re

import pytest

from kg.errors import OntologyError
from kg.people import DEFAULT_PATH, known_person, person_key


def test_every_entry_has_a_q_id_and_no_name_points_at_two_items():
    people = json.loads(DEFAULT_PATH.read_text(encoding="utf-8"))["people"]
    owner = {}
    for p in people:
        assert re.fullmatch(r"Q[1-9][0-9]*", p["wikidata"]), p
        for name in [p["label"], *p["aliases"]]:
            assert owner.setdefault(person_key(name), p["wikidata"]) == p["wikidata"], name
    assert len({p["wikidata"] for p in people}) == len(people)


def test_full_names_link_and_bare_surnames_do_not():
    assert known_person(["Putin"]) is None
    assert known_person(["Putin", "Vladimir Putin"]).wikidata == "Q7747"
    assert known_person(["Sergei Ivanov"]) is None


def test_a_broken_list_is_named(tmp_path):
    bad = tmp_path / "people.json"
    bad.write_text("{\"people\": [{\"label\": \"X\"}]}", encoding="utf-8")
    with pytest.raises(OntologyError, match="people.json"):
        known_person(["X Y"], bad)
