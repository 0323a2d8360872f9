"""Resolution on hand-made mentions: one node per entity, never two people merged without evidence."""
from __future__ import annotations

from kg.gazetteer import load_gazetteer
from kg.model import Article, Extraction, Mention, Sentence
from kg.resolve import resolve_entities


def _ex(article_id: str, *names: tuple[str, str]) -> Extraction:
    text = " ".join(n for n, _ in names)
    mentions, pos = [], 0
    for name, etype in names:
        mentions.append(Mention(text=name, start=pos, end=pos + len(name), type=etype, sentence=0))
        pos += len(name) + 1
    return Extraction(Article(id=article_id, text=text), (Sentence(0, len(text), text),), tuple(mentions))


def _resolve(*extractions):
    res = resolve_entities(list(extractions), load_gazetteer())
    labels = {e.key: e for e in res.entities}
    return res, {aid: [labels[k].label if k else None for k in keys] for aid, keys in res.mention_keys.items()}


def test_spelling_variants_and_surnames_resolve_to_one_person():
    res, by_article = _resolve(_ex("a", ("Sergey Lavrov", "Person"), ("Lavrov", "Organization")),
                               _ex("b", ("Sergei Lavrov", "Person")), _ex("c", ("Lavrov", "Person")))
    people = [e for e in res.entities if e.type == "Person"]
    assert len(people) == 1
    assert set(people[0].alt_labels) | {people[0].label} == {"Sergey Lavrov", "Sergei Lavrov", "Lavrov"}


def test_gazetteer_aliases_acronyms_and_dash_order():
    _, by_article = _resolve(_ex("a", ("Russian Federation", "Place"), ("Russia\u2013NATO Council", "Organization"),
                                 ("CFE", "Organization")),
                             _ex("b", ("Russia", "Place"), ("NATO-Russia Council", "Organization")))
    assert by_article["a"][0] == by_article["b"][0] == "Russia"
    assert by_article["a"][1] == by_article["b"][1]
    assert by_article["a"][2] == load_gazetteer().lookup_name("Treaty on Conventional Armed Forces in Europe").label


def test_two_people_sharing_a_surname_stay_apart_and_a_bare_surname_is_not_guessed():
    res, by_article = _resolve(_ex("a", ("John Smith", "Person")), _ex("b", ("Mary Smith", "Person")),
                               _ex("c", ("Smith", "Person")))
    labels = sorted(e.label for e in res.entities if e.type == "Person")
    assert labels == ["John Smith", "Mary Smith", "Smith"]


def test_a_bare_surname_follows_the_full_name_in_its_own_article():
    _, by_article = _resolve(_ex("a", ("John Smith", "Person"), ("Smith", "Person")),
                             _ex("b", ("Mary Smith", "Person"), ("Smith", "Person")))
    assert by_article["a"] == ["John Smith", "John Smith"]
    assert by_article["b"] == ["Mary Smith", "Mary Smith"]


def test_result_does_not_depend_on_input_order():
    exs = [_ex("a", ("Sergey Lavrov", "Person")), _ex("b", ("Sergei Lavrov", "Person"), ("Minsk", "Place"))]
    assert resolve_entities(exs, load_gazetteer()) == resolve_entities(exs[::-1], load_gazetteer())
