"""ontology/gazetteer.json is consistent, and kg.gazetteer looks names up the way the pipeline needs."""
from __future__ import annotations

import json
import re
from collections import Counter
from pathlib import Path

import pytest

from kg.errors import OntologyError
from kg.gazetteer import DEFAULT_PATH, PLACE_SUBTYPES, TYPES, load_gazetteer, normalise

RAW = json.loads(DEFAULT_PATH.read_text(encoding="utf-8"))["entities"]


@pytest.fixture(scope="module")
def gz():
    return load_gazetteer()


def _id(entry):
    return entry.id if entry is not None else None


# --- the data file --------------------------------------------------------------------------------------------------

def test_ids_are_unique_slugs():
    ids = [e["id"] for e in RAW]
    assert [i for i, n in Counter(ids).items() if n > 1] == []
    assert all(re.fullmatch(r"[a-z0-9]+(-[a-z0-9]+)*", i) for i in ids)


def test_types_and_subtypes_are_valid():
    for e in RAW:
        assert e["type"] in TYPES and e["type"] != "Person", e["id"]
        assert (e.get("subtype") in PLACE_SUBTYPES) if e["type"] == "Place" else e.get("subtype") is None, e["id"]


def test_wikidata_ids_are_q_ids_or_null():
    assert all(e["wikidata"] is None or re.fullmatch(r"Q[1-9]\d*", e["wikidata"]) for e in RAW)
    qids = [e["wikidata"] for e in RAW if e["wikidata"]]
    assert [q for q, n in Counter(qids).items() if n > 1] == []


def test_capital_and_country_references_resolve():
    by_id = {e["id"]: e for e in RAW}
    for e in RAW:
        if e.get("capital"):
            assert by_id[e["capital"]]["subtype"] == "City", e["id"]
        if e.get("country"):
            assert by_id[e["country"]]["subtype"] == "Country", e["id"]


def test_no_name_acronym_or_demonym_is_claimed_twice():
    names, acronyms, demonyms = Counter(), Counter(), Counter()
    for e in RAW:
        names.update({normalise(n) for n in [e["label"], *e["aliases"]]})
        acronyms.update({normalise(a, fold=False) for a in e["acronyms"]})
        demonyms.update({normalise(d) for d in e.get("demonyms", [])})
    for counter in (names, acronyms, demonyms):
        assert [k for k, n in counter.items() if n > 1] == []


def test_coverage(gz):
    subtypes = Counter(e.subtype for e in gz.entries)
    assert subtypes["Country"] >= 197  # UN members plus Kosovo, Taiwan, Palestine, Vatican
    assert subtypes["City"] >= 190 and subtypes["Continent"] >= 6
    countries = [e for e in gz.entries if e.subtype == "Country" and e.id not in ("vatican", "east-germany", "nazi-germany")]
    assert {e.id for e in countries if not e.demonyms} == {"dominica", "republic-of-the-congo", "dr-congo"}
    for name in ("NATO-Russia Council", "IAEA", "TASS", "RIA Novosti", "Open Skies Treaty", "Helsinki Final Act",
                 "Budapest Memorandum", "TPNW", "Minsk II", "Donbas", "Kaliningrad", "Sochi", "Geneva", "SHAPE"):
        assert gz.lookup_name(name) is not None, name


# --- lookups --------------------------------------------------------------------------------------------------------

@pytest.mark.parametrize("text, expected", [
    ("Russian Federation", "russia"),
    ("the Russian Federation", "russia"),
    ("RUSSIA", "russia"),
    ("Russia's", "russia"),
    ("Revolutionary Guard", "irgc"),
    ("Islamic Revolutionary Guards Corps", "irgc"),
    ("Third Reich", "nazi-germany"),
    ("Nazi Germany", "nazi-germany"),
    ("IFRI", "ifri"),
    ("German Council on Foreign Affairs", "dgap"),
    ("Kiev", "kyiv"),
    ("Kyiv", "kyiv"),
    ("CFE", "cfe-treaty"),
    ("Treaty on Conventional Armed Forces in Europe", "cfe-treaty"),
    ("Adapted CFE Treaty", "adapted-cfe-treaty"),
    ("U.S.", "united-states"),
    ("US", "united-states"),
    ("United States", "united-states"),
    ("the United States", "united-states"),
    ("NATO", "nato"),
    ("NATO's", "nato"),
    ("the North Atlantic Treaty Organization", "nato"),
    ("NATO\u2013Russia Council", "nato-russia-council"),
    ("NATO \u2014 Russia  Council", "nato-russia-council"),
    ("Russia-NATO Council", "nato-russia-council"),
    ("NATO Council", "north-atlantic-council"),
    ("New START", "new-start"),
    ("NEW START", "new-start"),
    ("START", "start-i"),
    ("Intermediate\u2010Range Nuclear Forces Treaty", "inf-treaty"),
    ("Non-Proliferation Treaty", "npt"),
    ("Iran nuclear deal", "jcpoa"),
    ("UN General Assembly", "un-general-assembly"),
    ("Russian Ministry of Foreign Affairs", "russian-foreign-ministry"),
    ("Russian Foreign Ministry", "russian-foreign-ministry"),
    ("RIA News", "ria-novosti"),
    ("Russia Today", "rt"),
    ("Pentagon", "us-department-of-defense"),
    ("the Kremlin", "kremlin"),
    ("Türkiye", "turkey"),
    ("Turkiye", "turkey"),
    ("Cote d'Ivoire", "cote-divoire"),
    ("Hague", "the-hague"),
    ("St Petersburg", "st-petersburg"),
    ("Donbass", "donbas"),
    ("USSR", "soviet-union"),
])
def test_lookup_name(gz, text, expected):
    assert _id(gz.lookup_name(text)) == expected


@pytest.mark.parametrize("text", ["cfe", "start", "us", "Congo", "the alliance", "Russian", "", "Atlantis"])
def test_lookup_name_misses(gz, text):
    assert gz.lookup_name(text) is None


def test_us_spellings_share_one_entry(gz):
    assert gz.lookup_name("U.S.") is gz.lookup_name("United States") is gz.lookup_name("USA")


@pytest.mark.parametrize("word, expected", [
    ("Belarusian", "belarus"), ("Belarussian", "belarus"), ("Russian", "russia"), ("U.S.", "united-states"),
    ("American", "united-states"), ("British", "united-kingdom"), ("Soviet", "soviet-union"), ("Polish", "poland"),
    ("polish", None), ("Russia", None), ("Korean", None),
])
def test_country_for_demonym(gz, word, expected):
    assert _id(gz.country_for_demonym(word)) == expected


def test_capital_of(gz):
    assert _id(gz.capital_of("russia")) == "moscow"
    assert _id(gz.capital_of("ukraine")) == "kyiv"
    assert gz.capital_of("israel") is None and gz.capital_of("no-such-country") is None
    assert _id(gz.by_id("moscow")) == "moscow" and gz.by_id("moscow").country == "russia"


@pytest.mark.parametrize("phrase, expected", [
    ("the Belgian capital", ("brussels",)),
    ("the Russian capital", ("moscow",)),
    ("the U.S. capital", ("washington-dc",)),
    ("the capital of Ukraine", ("kyiv",)),
    ("the world body", ("united-nations",)),
    ("the Belgian president", ()),
])
def test_description_targets(gz, phrase, expected):
    assert tuple(e.id for e in gz.description_targets(phrase)) == expected


def test_shared_descriptions_list_every_candidate(gz):
    assert {"nato", "csto"} <= {e.id for e in gz.description_targets("the alliance")}
    assert {"nato", "european-union"} <= {e.id for e in gz.description_targets("The bloc")}


def test_entries_are_immutable_tuples(gz):
    entry = gz.lookup_name("NATO")
    assert isinstance(entry.aliases, tuple) and isinstance(gz.entries, tuple)
    with pytest.raises(AttributeError):
        entry.label = "x"


# --- loading --------------------------------------------------------------------------------------------------------

def _write(tmp_path: Path, entities, version="1") -> Path:
    path = tmp_path / "gazetteer.json"
    path.write_text(json.dumps({"version": version, "entities": entities}), encoding="utf-8")
    return path


def _place(entry_id, label, subtype="Country", **extra):
    return {"id": entry_id, "label": label, "type": "Place", "subtype": subtype, "aliases": [], "acronyms": [],
            "wikidata": None, **extra}


def test_default_load_is_cached(gz):
    assert load_gazetteer() is gz
    assert load_gazetteer(DEFAULT_PATH) is gz


def test_version_changes_with_content(tmp_path):
    first = load_gazetteer(_write(tmp_path, [_place("a", "Aland")]))
    second = load_gazetteer(_write(tmp_path, [_place("a", "Aland"), _place("b", "Bland")]))
    assert first.version != second.version and len(second.entries) == 2


@pytest.mark.parametrize("entities, message", [
    ([_place("a", "A"), _place("a", "B")], "'a'"),
    ([_place("a", "Aland"), _place("b", "Bland", aliases=["the Aland"])], "'b'"),
    ([_place("a", "A", acronyms=["AA"]), _place("b", "B", acronyms=["AA"])], "'b'"),
    ([_place("a", "A", demonyms=["Ish"]), _place("b", "B", demonyms=["ish"])], "'b'"),
    ([_place("a", "A", capital="nowhere")], "'a'"),
    ([_place("a", "A"), _place("c", "C", "City", country="missing")], "'c'"),
    ([_place("a", "A", subtype=None)], "'a'"),
    ([{**_place("a", "A"), "type": "Thing"}], "'a'"),
    ([{**_place("a", "A"), "type": "Treaty"}], "'a'"),
    ([_place("a", "A", wikidata="159")], "'a'"),
    ([_place("a", "A", aliases="Aland")], "'a'"),
    ([_place("a", "A", colour="red")], "'a'"),
    ([_place("Not A Slug", "A")], "#0"),
    (["not an object"], "#0"),
])
def test_malformed_entries_raise_ontology_error(tmp_path, entities, message):
    path = _write(tmp_path, entities)
    with pytest.raises(OntologyError) as info:
        load_gazetteer(path)
    assert str(path) in str(info.value) and message in str(info.value)


@pytest.mark.parametrize("text", ["{not json", '{"version": "1"}', '{"version": "2", "entities": []}', "[]"])
def test_malformed_files_raise_ontology_error(tmp_path, text):
    path = tmp_path / "gazetteer.json"
    path.write_text(text, encoding="utf-8")
    with pytest.raises(OntologyError, match=re.escape(str(path))):
        load_gazetteer(path)


def test_missing_file_raises_ontology_error(tmp_path):
    with pytest.raises(OntologyError, match="gazetteer"):
        load_gazetteer(tmp_path / "missing.json")
