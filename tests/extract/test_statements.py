"""Who said what, on general English written for these tests (not from the samples)."""
from __future__ import annotations

import pytest

from kg.model import Article


@pytest.fixture(scope="module")
def quotes():
    from kg.extract import extract_article
    from kg.gazetteer import load_gazetteer
    from kg.nlp import load_pipeline

    nlp, gazetteer = load_pipeline(), load_gazetteer()

    def run(text: str):
        ex = extract_article(nlp(text), Article(id="t", text=text), gazetteer)
        return [(ex.mentions[q.speaker].text, q.verb, q.text,
                 ex.mentions[q.reporter].text if q.reporter is not None else None, q.method)
                for q in ex.quotations]

    return run


def test_reported_speech_with_a_named_speaker(quotes):
    found = quotes("German Chancellor Olaf Scholz said that Europe must invest more in its own defence.")
    assert [(s, v) for s, v, *_ in found] == [("Olaf Scholz", "said")]
    assert found[0][2].startswith("that Europe must invest")


def test_quote_then_speaker_and_the_outlet_that_reports_it(quotes):
    found = quotes("\u201cWe will not accept any ultimatum from anyone,\u201d Antony Blinken told reporters, "
                   "Reuters reports.")
    assert found and found[0][0] == "Antony Blinken" and found[0][1] == "told"
    assert found[0][2] == "We will not accept any ultimatum from anyone"
    assert found[0][3] == "Reuters"


def test_a_pronoun_speaks_for_the_person_the_paragraph_is_about(quotes):
    found = quotes("Antonio Guterres arrived in Kyiv on Tuesday. He said that the war must end soon.")
    assert [(s, m) for s, _, _, _, m in found] == [("Antonio Guterres", "rule:speech+pronoun")]


def test_no_speaker_no_statement(quotes):
    assert quotes("They said that the talks had failed, and the source said nothing more.") == []
