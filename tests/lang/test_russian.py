"""The Russian pack on sentences written for these tests: mentions, normal forms, gazetteer ids, relations."""
import pytest

pytest.importorskip("natasha")

from kg.gazetteer import load_gazetteer  # noqa: E402
from kg.lang import Context, get_pack  # noqa: E402
from kg.model import Article  # noqa: E402


def extract(text):
    pack = get_pack("ru")
    (ex,) = pack.extract([Article(id="t", text=text)], Context(load_gazetteer(), pack))
    return ex


def mention(ex, text):
    return next(m for m in ex.mentions if m.text == text)


def relations(ex):
    return {(ex.mentions[r.subject].text, r.predicate, ex.mentions[r.object].text, r.role) for r in ex.relations}


def test_offsets_index_the_text_and_sentences_cover_their_mentions():
    text = "Сергей Лавров прибыл в Брюссель.\n\nТам его встретил генсек НАТО Йенс Столтенберг."
    ex = extract(text)
    assert len(ex.sentences) == 2
    for m in ex.mentions:
        assert text[m.start:m.end] == m.text
        s = ex.sentences[m.sentence]
        assert s.start <= m.start and m.end <= s.end and text[s.start:s.end] == s.text


def test_names_are_normalised_to_the_nominative():
    ex = extract("Министр встретился с Йенсом Столтенбергом и Александром Лукашенко.")
    assert mention(ex, "Йенсом Столтенбергом").normal == "Йенс Столтенберг"
    assert mention(ex, "Александром Лукашенко").normal == "Александр Лукашенко"


def test_gazetteer_names_in_russian_get_the_english_entries_ids():
    ex = extract("МИД России заявил, что Москва не вернётся к ДРСМД, а Госдума поддержала выход из ДОВСЕ.")
    assert mention(ex, "МИД России").key == "russian-foreign-ministry"
    assert mention(ex, "Москва").key == "moscow"
    assert (mention(ex, "ДРСМД").key, mention(ex, "ДРСМД").type) == ("inf-treaty", "Treaty")
    assert mention(ex, "Госдума").key == "state-duma"


def test_titles_before_and_after_names():
    ex = extract("Министр иностранных дел России Сергей Лавров провёл встречу. "
                 "Йенс Столтенберг, генеральный секретарь НАТО, ответил ему.")
    found = relations(ex)
    assert ("Сергей Лавров", "holdsPosition", "России", "Министр иностранных дел") in found
    assert ("Йенс Столтенберг", "holdsPosition", "НАТО", "генеральный секретарь") in found


def test_an_ambassador_of_one_country_in_another():
    ex = extract("Чрезвычайный и полномочный посол Италии в Грузии Виторио Сандали вручил верительные грамоты.")
    assert {(s, o) for s, p, o, _ in relations(ex) if p == "holdsPosition"} == {("Виторио Сандали", "Италии")}


def test_a_title_before_a_comma_belongs_to_the_name_before_it():
    ex = extract("Выступили Анна Иванова - директор Института Европы, Пётр Смирнов - сотрудник Газпрома.")
    pairs = {(s, o) for s, p, o, _ in relations(ex) if p == "holdsPosition"}
    assert ("Пётр Смирнов", "Института Европы") not in pairs
    assert ("Пётр Смирнов", "Газпрома") in pairs


def test_meetings_and_negated_meetings():
    ex = extract("Владимир Путин провёл телефонный разговор с Александром Лукашенко. "
                 "Сергей Шойгу не встретился с Ллойдом Остином.")
    met = {(s, o) for s, p, o, _ in relations(ex) if p == "met"}
    assert met == {("Владимир Путин", "Александром Лукашенко")}


def test_treaty_actions():
    ex = extract("Россия приостановила участие в ДСНВ. США вышли из ДРСМД в 2019 году. Китай не подписал ДВЗЯИ.")
    acts = {(s, o, role) for s, p, o, role in relations(ex) if p == "partyTo"}
    assert ("Россия", "ДСНВ", "suspended") in acts and ("США", "ДРСМД", "withdrew") in acts
    assert not any(o == "ДВЗЯИ" for _, o, _ in acts)


def test_a_latin_name_in_parentheses_is_its_own_mention():
    ex = extract("Об этом заявил глава комитета Джоэл Саймон (Joel Simon) в пятницу.")
    names = {m.text for m in ex.mentions if m.type == "Person"}
    assert {"Джоэл Саймон", "Joel Simon"} <= names


def test_a_body_joined_with_the_place_it_belongs_to():
    ex = extract("В заявлении правительства Китая и Министерства сельского хозяйства Германии говорится о мерах.")
    orgs = {m.text for m in ex.mentions if m.type == "Organization"}
    assert {"правительства Китая", "Министерства сельского хозяйства Германии"} <= orgs


def test_other_ways_of_meeting():
    ex = extract("Барак Обама принимает в Белом доме своего коллегу Николя Саркози. "
                 "Итоги встречи между Реджепом Эрдоганом и Виктором Януковичем подвели в Киеве. "
                 "Путин принял закон, предложенный Медведевым.")
    met = {(s, o) for s, p, o, _ in relations(ex) if p == "met"}
    assert met == {("Барак Обама", "Николя Саркози"), ("Реджепом Эрдоганом", "Виктором Януковичем")}


def test_bodies_keep_their_adjectives_and_the_region_they_serve():
    ex = extract("Об этом сообщили в ГУ МЧС России по Санкт-Петербургу. Глава японского МИДа ответил. "
                 "Сведения переданы правоохранительными органами Китая.")
    orgs = {m.text for m in ex.mentions if m.type == "Organization"}
    assert {"ГУ МЧС России по Санкт-Петербургу", "японского МИДа", "правоохранительными органами Китая"} <= orgs


def test_who_said_what():
    ex = extract("«Мы не вернёмся к ДРСМД», — заявил Сергей Лавров. "
                 "Дмитрий Песков сообщил, что Россия не нарушала договор, сообщает ТАСС. "
                 "Сергей Шойгу не сказал, что США нарушили договор.")
    said = {(ex.mentions[q.speaker].text, q.text, ex.mentions[q.reporter].text if q.reporter is not None else None)
            for q in ex.quotations}
    assert said == {("Сергей Лавров", "Мы не вернёмся к ДРСМД", None),
                    ("Дмитрий Песков", "Россия не нарушала договор", "ТАСС")}
