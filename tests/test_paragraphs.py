"""A blank line ends a sentence (kg.nlp's paragraph component), so no parse runs across paragraphs."""
from __future__ import annotations


def test_a_blank_line_ends_the_sentence_even_after_a_closing_quote():
    from kg.nlp import load_pipeline

    nlp = load_pipeline()
    text = ('It remains unclear whether the protesters will back it."\n\nTHE LATEST: President Obama spoke '
            'to Russian President Vladimir Putin on Friday.\nA single line break stays inside a paragraph.')
    sentences = [s.text.strip() for s in nlp(text).sents]
    assert not any("\n\n" in s for s in sentences), sentences
    assert any(s.startswith("THE LATEST") for s in sentences), sentences


def test_text_without_blank_lines_is_split_as_before():
    from kg.nlp import load_pipeline

    nlp = load_pipeline()
    text = "Sergey Lavrov met Jens Stoltenberg in Brussels. They spoke for an hour."
    assert [s.text.strip() for s in nlp(text).sents] == ["Sergey Lavrov met Jens Stoltenberg in Brussels.",
                                                         "They spoke for an hour."]
