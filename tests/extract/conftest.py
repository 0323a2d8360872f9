"""Fixtures shared by the extraction tests."""
from __future__ import annotations

import pytest

from kg.model import Article


@pytest.fixture(scope="module")
def mentions():
    from kg.extract import extract_article
    from kg.gazetteer import load_gazetteer
    from kg.nlp import load_pipeline

    nlp, gazetteer = load_pipeline(), load_gazetteer()

    def run(text: str) -> list[tuple[str, str]]:
        ex = extract_article(nlp(text), Article(id="t", text=text), gazetteer)
        return [(m.text, m.type) for m in ex.mentions]

    return run
