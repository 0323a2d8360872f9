"""A small mixed corpus written for the tests: English and Russian news about the same people and bodies.

Each pair in BOTH names one entity in English and in Russian (nominative); the tests check that
the build makes one node for each.
"""
from kg.model import Article

ENGLISH = [
    "Russian Foreign Minister Sergey Lavrov met NATO Secretary General Jens Stoltenberg in Brussels on Tuesday. "
    "Lavrov said the OSCE and the United Nations should take part in the talks.",
    "Kremlin spokesman Dmitry Peskov said on Monday that Russia would not return to the INF Treaty. "
    "Russian Deputy Foreign Minister Sergei Ryabkov said the United States had violated the agreement.",
    "Russian Defence Minister Sergei Shoigu held talks with Belarusian President Alexander Lukashenko in Minsk. "
    "The CSTO will hold exercises in Belarus next year, Shoigu said.",
    "Foreign Ministry spokeswoman Maria Zakharova said in Moscow that the Russian Foreign Ministry would respond. "
    "Russian ambassador to NATO Alexander Grushko said the New START treaty was at risk.",
    "Russian President Vladimir Putin signed a law suspending the CFE Treaty. The State Duma approved it unanimously. "
    "Former President Dmitry Medvedev said the Kremlin had no choice.",
]
RUSSIAN = [
    "Министр иностранных дел России Сергей Лавров встретился в Брюсселе с генеральным секретарём НАТО "
    "Йенсом Столтенбергом. По словам Лаврова, ОБСЕ и ООН должны участвовать в переговорах.",
    "Пресс-секретарь президента Дмитрий Песков заявил, что Россия не вернётся к ДРСМД. Заместитель министра "
    "иностранных дел России Сергей Рябков сообщил, что США нарушили договор.",
    "Министр обороны России Сергей Шойгу провёл переговоры с президентом Белоруссии Александром Лукашенко в Минске. "
    "В следующем году ОДКБ проведёт учения в Белоруссии, сообщил Шойгу.",
    "Официальный представитель МИД России Мария Захарова заявила в Москве, что Министерство иностранных дел России "
    "ответит. Постоянный представитель России при НАТО Александр Грушко сообщил, что СНВ-3 под угрозой.",
    "Президент России Владимир Путин подписал закон о приостановлении действия ДОВСЕ. Госдума единогласно одобрила "
    "закон. Бывший президент Дмитрий Медведев заявил, что у Кремля не было выбора.",
]
BOTH = [
    ("Sergey Lavrov", "Сергей Лавров"), ("Jens Stoltenberg", "Йенс Столтенберг"), ("Dmitry Peskov", "Дмитрий Песков"),
    ("Sergei Ryabkov", "Сергей Рябков"), ("Sergei Shoigu", "Сергей Шойгу"),
    ("Alexander Lukashenko", "Александр Лукашенко"), ("Maria Zakharova", "Мария Захарова"),
    ("Alexander Grushko", "Александр Грушко"), ("Vladimir Putin", "Владимир Путин"),
    ("Dmitry Medvedev", "Дмитрий Медведев"), ("NATO", "НАТО"), ("OSCE", "ОБСЕ"), ("United Nations", "ООН"),
    ("Russia", "Россия"), ("United States", "США"), ("Belarus", "Белоруссия"), ("Brussels", "Брюссель"),
    ("Minsk", "Минск"), ("Moscow", "Москва"), ("Kremlin", "Кремль"), ("CSTO", "ОДКБ"), ("INF Treaty", "ДРСМД"),
    ("New START", "СНВ-3"), ("CFE Treaty", "ДОВСЕ"), ("State Duma", "Госдума"), ("Russian Foreign Ministry", "МИД России"),
]


def articles() -> list[Article]:
    """The English articles (language given) and the Russian ones (language left to detection)."""
    english = [Article(id=f"en-{i}", text=t, language="en") for i, t in enumerate(ENGLISH)]
    russian = [Article(id=f"ru-{i}", text=t) for i, t in enumerate(RUSSIAN)]
    return english + russian
