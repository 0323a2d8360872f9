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


def test_the_cluster_key_keeps_the_initials_that_tell_people_apart():
    from kg.people import person_cluster_key
    assert person_cluster_key("George H. W. Bush") == person_cluster_key("George H.W. Bush") == "george hw. bush"
    assert person_cluster_key("George W. Bush") == "george w. bush"
    assert person_cluster_key("J.D. Gordon") == person_cluster_key("J. D. Gordon") == "jd. gordon"
    assert person_cluster_key("AP Evan Vucci") == "ap evan vucci"  # capitals without stops may be an acronym
    assert person_cluster_key("J. Smith") == "smith"  # one initial: read as the bare surname, as before
    assert person_cluster_key("Kim Jong-un") == "kim jong un"
    assert person_cluster_key("Gordon") == "gordon"
    assert person_cluster_key("Joseph F. Dunford Jr.") == "joseph f. dunford jr"
