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
