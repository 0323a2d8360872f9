"""Definite descriptions of countries ("the Islamic Republic", "the North") point at the country the article names."""
from __future__ import annotations

import pytest

from kg.model import Article


@pytest.fixture(scope="module")
def described():
    from kg.extract import extract_article
    from kg.gazetteer import load_gazetteer
    from kg.nlp import load_pipeline

    nlp, gazetteer = load_pipeline(), load_gazetteer()

    def run(text: str) -> dict[str, str]:
        ex = extract_article(nlp(text), Article(id="t", text=text), gazetteer)
        return {m.text: m.key for m in ex.mentions if m.method == "rule:description"}

    return run


def test_a_countrys_other_name_points_at_it_where_the_article_names_it(described):
    text = ("Sanctions on Iran have hurt. Europe keeps trading with the Islamic Republic, officials said. "
            "North Korea fired a missile on Monday. South Korea said the North's launch was a provocation, "
            "and the South asked for talks with the North.")
    found = described(text)
    # the name without its article, as the model's spans ("North" is what a reader marks)
    assert found.get("Islamic Republic") == "iran"
    assert found.get("North") == "north-korea" and found.get("South") == "south-korea"


def test_without_the_country_named_a_description_points_at_nothing(described):
    text = "The Union army of the North marched south. The Islamic Republic of Pakistan voted."
    assert described(text) == {}


def test_the_middle_kingdom_is_china_where_china_is_named(described):
    assert described("China builds islands. The Middle Kingdom flexes its muscles.").get("Middle Kingdom") == "china"


def test_the_head_of_a_longer_name_is_no_description_of_another_body():
    from kg.extract import extract_article
    from kg.gazetteer import load_gazetteer
    from kg.nlp import load_pipeline

    text = ("Diplomats drafted a U.N. Security Council resolution on the blockade. "
            "Maria Lopez, a senior fellow at the Council on Foreign Relations, said the vote would fail. "
            "The Security Council meets on Friday.")
    ex = extract_article(load_pipeline()(text), Article(id="t", text=text), load_gazetteer())
    keys = {m.text: m.key for m in ex.mentions}
    assert keys.get("Council on Foreign Relations") == "council-on-foreign-relations"
    assert "Council" not in keys
    # a bare description that is no part of a longer name still points at the body named before
    assert keys.get("Security Council") == "un-security-council"


def _org_names(text: str) -> list[tuple[str, str]]:
    from kg.extract import extract_article
    from kg.gazetteer import load_gazetteer
    from kg.nlp import load_pipeline

    ex = extract_article(load_pipeline()(text), Article(id="t", text=text), load_gazetteer())
    return [(m.text, m.normal) for m in ex.mentions if m.type == "Organization"]


def test_a_body_every_state_has_is_named_with_its_state():
    found = _org_names("Officials of Peru's Central Bank met bankers in Lima. The Central Bank said rates "
                       "would rise. Protesters gathered outside the US Consulate in Lagos on Monday and near "
                       "the British consulate in Istanbul.")
    assert found.count(("Central Bank", "Central Bank of Peru")) == 2  # the bare name is the one the article owns
    assert ("US Consulate", "Consulate of the United States in Lagos") in found
    assert ("British consulate", "Consulate of the United Kingdom in Istanbul") in found
    assert _org_names("Gunmen attacked the US Consulate in Lagos. The US Consulate was closed on Monday.") == [
        ("US Consulate", "Consulate of the United States in Lagos")] * 2
    assert ("Chilean Central Bank", "Central Bank of Chile") in _org_names(
        "Rates rose in Santiago, and the Chilean Central Bank in the capital agreed.")


def test_a_bare_body_with_two_states_named_stays_unqualified_and_a_longer_name_keeps_its_own():
    found = dict(_org_names("Peru's Central Bank and Chile's Central Bank cut rates. The Central Bank said so. "
                            "She spoke in the Northern Irish Parliament on Tuesday."))
    assert "Parliament of Ireland" not in found.values()
    assert [n for t, n in _org_names("Peru's Central Bank and Chile's Central Bank cut rates. "
                                      "The Central Bank said so.") if n.startswith("Central Bank")] == [
        "Central Bank of Peru", "Central Bank of Chile", "Central Bank"]


def test_a_mission_in_a_country_is_the_one_the_article_places_in_a_town_of_it():
    from kg.extract.rules import diplomatic_missions
    from kg.gazetteer import load_gazetteer

    def normals(text):
        return [m.normal for m in diplomatic_missions(text, [0], load_gazetteer(), set()) if m.method == "rule:embassy"]

    assert normals("Gunmen stormed the US Consulate in Lagos. The attack on a US consulate in Nigeria shocked "
                   "many; the British consulate in Nigeria closed.") == [
        "Consulate of the United States in Lagos", "Consulate of the United States in Lagos", "Consulate of the United Kingdom in Nigeria"]
    # two towns of the country: the article's "consulate in Nigeria" could be either, so it stays apart
    assert normals("The US Consulate in Lagos and the US Consulate in Abuja closed; a US consulate in Nigeria "
                   "reopened.")[-1] == "Consulate of the United States in Nigeria"


def test_an_open_choice_among_missions_names_none():
    found = _org_names("The embassy asked followers to vote on which US consulate in Brazil should close, and said "
                       "any British embassy in Chile would do. The US Consulate in Lagos stayed open.")
    normals = {normal for _, normal in found}
    assert "Consulate of the United States in Lagos" in normals
    assert not {"Consulate of the United States in Brazil", "Embassy of the United Kingdom in Chile"} & normals


def test_any_ministry_a_security_service_or_a_senate_is_named_with_its_country():
    found = _org_names("Officials of Japan's Transport Ministry met Sweden's Security Service in Stockholm on Monday. "
                       "Canada's Senate voted on Tuesday, and Seoul's Unification Ministry said nothing.")
    normals = {normal for _, normal in found}
    assert {"Transport Ministry of Japan", "Security Service of Sweden", "Senate of Canada"} <= normals
    assert not any(n.endswith("of Seoul") or n.endswith("of South Korea") for n in normals)  # a city owns no ministry
    # a country's body the gazetteer knows keeps its entry, however the owner is written
    assert ("Supreme Court", "Supreme Court of the United States") in _org_names(
        "Lawyers said on Monday that America's Supreme Court would hear the case.")
    assert ("Security Service", "Security Service of Ukraine") in _org_names(
        "On Tuesday, Ukraine's Security Service said it had detained two men.")
    assert ("State Security Service", "Security Service of Ukraine") in _org_names(
        "The head of Ukraine's State Security Service said on Monday that two men were held.")


def test_an_adjective_after_a_capitalised_word_still_names_the_bodys_country():
    found = _org_names("The Turkish Defense Ministry said on Monday that troops would stay in the north of Syria.")
    assert ("Turkish Defense Ministry", "Defense Ministry of Turkey") in found


def test_a_possessive_before_a_body_the_gazetteer_knows_names_that_body():
    found = _org_names("Russia's Foreign Ministry spokesman Alexander Lukashevich said on Thursday that talks would go on.")
    assert ("Foreign Ministry", "Russian Ministry of Foreign Affairs") in found
