"""Issue 10, row 7: a text longer than spaCy's max_length is parsed in pieces, not skipped."""
from __future__ import annotations

import pytest

from kg.model import Article
from kg.nlp import split_text
from kg.pipeline import build

SENTENCE = "Russian Foreign Minister Sergey Lavrov met NATO Secretary General Jens Stoltenberg in Brussels. "


def test_split_text_cuts_between_tokens_and_keeps_every_character():
    text = SENTENCE * 50 + "x" * 3000 + " tail"
    pieces = split_text(text, 1000)
    assert "".join(pieces) == text and all(len(p) <= 1000 for p in pieces)
    assert all(p.endswith(" ") for p in pieces[:5])


@pytest.mark.slow
def test_a_text_longer_than_the_model_limit_is_built_in_pieces(monkeypatch):
    from kg.nlp import load_pipeline

    nlp = load_pipeline()
    monkeypatch.setattr(nlp, "max_length", 2_000)  # a 1.2 MB line behaves the same, only slower
    text = (SENTENCE * 40).strip()  # one line of 3,800 characters
    result = build([Article(id="long", text=text), Article(id="good", text=SENTENCE.strip())])
    assert result.summary.articles == 2
    long = next(ex for ex in result.extractions if ex.article.id == "long")
    assert len(long.sentences) == 40
    lavrov = [m for m in long.mentions if m.text == "Sergey Lavrov"]
    assert len(lavrov) == 40 and all(text[m.start:m.end] == "Sergey Lavrov" for m in lavrov)


def test_row20_the_evidence_cap_breaks_ties_by_content_not_article_id():
    from kg.gazetteer import load_gazetteer
    from kg.graph import MAX_COOCCURRENCE_EVIDENCE, build_graph
    from kg.model import Extraction, Mention, Sentence
    from kg.resolve import resolve_entities
    from kg.vocab import KG

    def corpus(names):
        out = []
        for n, aid in enumerate(names):
            text = f"Sergey Lavrov and Jens Stoltenberg spoke, report {n}."
            mentions = (Mention("Sergey Lavrov", 0, 13, "Person", 0, method="ner"),
                        Mention("Jens Stoltenberg", 18, 34, "Person", 0, method="ner"))
            out.append(Extraction(Article(id=aid, text=text), (Sentence(0, len(text), text),), mentions))
        return out

    def kept_texts(extractions):
        gazetteer = load_gazetteer()
        g = build_graph(extractions, resolve_entities(extractions, gazetteer), gazetteer)
        return sorted(str(t) for t in g.objects(None, KG.text))

    n = MAX_COOCCURRENCE_EVIDENCE + 5
    first = kept_texts(corpus([f"a{i:02d}" for i in range(n)]))
    renamed = kept_texts(corpus([f"z{n - i:02d}" for i in range(n)]))  # same texts, ids in reverse order
    assert len(first) == MAX_COOCCURRENCE_EVIDENCE and first == renamed
