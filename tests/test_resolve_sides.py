"""A side named after a town (a results line's `Leicester 23`, `Sunderland forward X`) is a club of its
own, apart from the town that other articles, and the same article's datelines, name."""
from __future__ import annotations

from kg.gazetteer import load_gazetteer
from kg.model import Article, Extraction, Mention, Sentence
from kg.resolve import resolve_entities


def _ex(article_id: str, *names: tuple[str, str, str]) -> Extraction:
    text = " ".join(n for n, _, _ in names)
    mentions, pos = [], 0
    for name, etype, method in names:
        mentions.append(Mention(text=name, start=pos, end=pos + len(name), type=etype, sentence=0, method=method))
        pos += len(name) + 1
    return Extraction(Article(id=article_id, text=text), (Sentence(0, len(text), text),), tuple(mentions))


def _entities(*extractions):
    res = resolve_entities(list(extractions), load_gazetteer())
    by_key = {e.key: e for e in res.entities}
    return {aid: [(by_key[k].label, by_key[k].type, k) if k else None for k in keys]
            for aid, keys in res.mention_keys.items()}


def test_a_side_named_after_a_town_is_a_club_beside_the_town():
    found = _entities(
        _ex("results", ("Leicester", "Organization", "rule:table"), ("Saracens", "Organization", "rule:table"),
            ("Leicester", "Organization", "ner"), ("Leicester", "Place", "rule:dateline")),
        _ex("news", ("Leicester", "Place", "ner"), ("Leicester", "Place", "ner")))
    club, club_again, dateline = found["results"][0], found["results"][2], found["results"][3]
    assert club[:2] == ("Leicester", "Organization") and club_again == club
    assert dateline[1] == "Place" and dateline[2] != club[2]
    assert found["news"][0] == dateline


def test_a_body_the_model_tags_in_an_article_without_sports_lines_keeps_the_corpus_vote():
    found = _entities(_ex("a", ("Leicester", "Organization", "ner")),
                      _ex("b", ("Leicester", "Place", "ner"), ("Leicester", "Place", "ner")))
    assert found["a"][0] == found["b"][0] and found["a"][0][1] == "Place"


def test_a_side_the_model_calls_a_person_in_prose_is_the_club_of_its_article():
    found = _entities(
        _ex("a", ("Hartfield", "Organization", "rule:table"), ("Hartfield", "Person", "ner"),
            ("Hartfield", "Person", "ner")),
        _ex("b", ("Hartfield", "Person", "ner")))
    assert {found["a"][k][1] for k in range(3)} == {"Organization"}
    assert found["a"][1] == found["a"][0]


def test_a_side_the_model_calls_a_place_is_the_club_unless_the_words_say_place():
    from kg.model import Mention as M

    text = "Leicester 23 Saracens 25 . Leicester won . It was played in Leicester ."
    at = [k for k in range(len(text)) if text.startswith("Leicester", k)]
    mentions = (M("Leicester", at[0], at[0] + 9, "Organization", 0, method="rule:table"),
                M("Leicester", at[1], at[1] + 9, "Place", 0, method="ner"),
                M("Leicester", at[2], at[2] + 9, "Place", 0, method="ner"))
    ex = Extraction(Article(id="a", text=text), (Sentence(0, len(text), text),), mentions)
    found = _entities(ex, _ex("b", ("Leicester", "Place", "ner")))
    assert found["a"][1] == found["a"][0] and found["a"][0][1] == "Organization"
    assert found["a"][2] == found["b"][0] and found["a"][2][1] == "Place"
