"""What resolution reads of an article: its names, cleaned, and the tests that a name names nothing.

A mention's name loses trailing small words and a possessed common noun; a person read in a
section heading keeps only its last word, which counts only if the article names that person
in full; a publisher field is folded to the outlet the gazetteer knows; a byline loses credit
words and is dropped when it names a desk or a subject. Job titles, lists of two bodies and
names cut before the surname are no entities. General English, never taken from particular articles.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from kg.gazetteer import Gazetteer
from kg.headwords import EVENT_HEADS, IDEA_HEADS, JOB_TITLE_HEADS, NON_PERSON_WORDS, head_word
from kg.lang.en.lexicon import FEMALE_HONORIFICS, HONORIFICS, TITLE_WORDS, US_STATE_ABBREVIATIONS
from kg.model import Extraction
from kg.names import name_key
from kg.personnames import EAST_ASIAN_FAMILY_NAMES, given_names
from kg.typecues import context_votes, in_heading
from kg.variants import publisher_forms

_ADDRESS = re.compile(r"@|\.(?:com|org|net|co\.uk)\b", re.I)
_POSSESSED = re.compile(r"['\u2019]s\s+[a-z0-9].*$")
_LINK_WORDS = frozenset("Read MORE Watch Video Photo Photos Listen".split())  # "Peter Beaumont Read more"
_REPEATED = re.compile(r"\b(\w+)\s+\1\b(?!-)")  # "Mark Mark Hertling"
_TRAILING_SMALL = re.compile(r"(?:\s+(?:with|of|for|and|to|in|on|at|the|by|from))+$")
# Faiths, their scriptures and feasts are no person, body, place or treaty ("Islam" tagged as an organisation).
_RELIGIONS = frozenset("""easter christmas ramadan thanksgiving hanukkah passover diwali eid nowruz halloween
    islam judaism christianity buddhism hinduism sikhism catholicism protestantism
    shintoism taoism zoroastrianism bahaism jainism quran koran bible torah talmud
    shiite shia sunni""".split()) | {"shi ite"}  # branches of Islam and their adjectives ("Shi'ite")
# Plural nouns for groups of people that end a name ("Chechen Muslims", "Conservative MPs").
_GROUP_NOUNS = frozenset("muslims christians jews catholics protestants sunnis shiites shias mps lawmakers".split())
_CONCEPT = re.compile(r"(?:ism|isms|phobia|ology)$")  # "Islamophobia", "Putinism": ideas, not entities
_ACRONYM_TITLE = re.compile(r"^[A-Z]{2,5}$")
_SHIP = re.compile(r"\b(?:USS|HMS|RFS)\s+$")
_SURNAME_PARTICLES = frozenset("mc mac de van von da di al el bin ibn la le st abu der den du".split())
# A state written the AP's way ("Tulsa, Okla.") is the state: one node with "Oklahoma". Not where
# the full name names something else first (Georgia the country, New York the city, Washington).
_STATE_FORMS = {k: v for k, v in US_STATE_ABBREVIATIONS.items() if k not in ("Ga.", "N.Y.", "Wash.")}
# "tons of TNT", "barrels of Brent": what a measure counts is a substance or a product, not an entity.
_MEASURED = re.compile(r"\b(?:tons|tonnes|kilotons|megatons|pounds|kilograms|kilos|grams|barrels|gallons|"
                       r"litres|liters|ounces|doses|rounds|shells)\s+of\s+$", re.I)
# A person's name holds no possessive: "Trump's Jacksonian [policy]" is Trump's, and what follows his.
_PERSON_POSSESSIVE = re.compile(r"['\u2019]s\s+\S.*$")
# Model numbers of weapons, aircraft and isotopes ("F-22 Raptor", "S-400s", "AK-47", "U-235"); "G-7" is a group.
_MODEL = re.compile(r"(?:^|\s)(?!G-)[A-Z][A-Za-z]{0,3}-\d+[A-Za-z]{0,2}(?:\s|$)")
_NAME_ADJECTIVE = re.compile(r"(?:[a-z]ian|esque)$")  # "Jeffersonian", "Orwellian", "Kafkaesque"
# "the 4th century BC": era markers, not bodies.
ERAS = frozenset("bc bce ad ce".split())
# "Sergei Skripal and his daughter, Yulia", "Dole's wife, Elizabeth": a relative named by a given name
# alone bears the family name just written before.
_RELATIVE = re.compile(r"\b([A-Z][a-z][\w'-]*)(?:\s?['\u2019]s|,? and (?:his|her)) (?:wife|husband|widow|daughter|son|"
                       r"brother|sister|father|mother),?\s+$")
# Words of page widgets and link texts: a name made of nothing else names nothing ("View Photo").
_WIDGET_WORDS = frozenset("view photo photos gallery video videos replay more watch read listen click share hide "
                          "caption enlarge image toggle comment comments count story stories tags popular".split())
# A month written in capitals after a name is a date glued to it ("Obama FEB 23 transcript"); not MAY (Theresa May).
_MONTHS = frozenset("JAN FEB MAR APR JUN JUL AUG SEP SEPT OCT NOV DEC".split())
# "the Poseidon nuclear-powered underwater drone", "a Patriot missile": a weapon's name, no entity.
_WEAPON_AFTER = re.compile(r"^(?:\s+[a-z-]+){0,3}\s+(?:missiles?|drones?|torpedo(?:es)?|rockets?|submarines?|bombers?|"
                           r"fighter jets?|warships?|destroyers?|frigates?|helicopters?|(?<!think )tanks?)\b")
# "Scud missiles", "Fateh 110 missiles": a one-word name right before the weapons, or their model number.
_WEAPONS_RIGHT_AFTER = re.compile(r"^(?:\s+[\d-]+[A-Z]?)?\s+(?:missiles|rockets|drones|torpedoes|bombers|helicopters)\b")
_DETERMINER_BEFORE = re.compile(r"\b(?:the|a|an|its|their|new)\s+$", re.I)
_SHARED_SURNAME = re.compile(r"^\s+and\s+([A-Z][a-z]+)\s+([A-Z][a-z][\w'-]+)\b")
# A monarch or pope known by a given name (and a regnal number) is named with the title.
_ROYAL_BEFORE = re.compile(r"\b(Prince|Princess|Queen|King|Pope|Emperor|Empress) $")
_REGNAL = re.compile(r"^[IVX]+$")
_PRONOUNS = frozenset("he she it we they i you".split())  # "He and his wife, Michelle"
_SHARED_TAIL = re.compile(r"^\s+(?:and|or|&)\s+([A-Z][a-z]+)\s+([A-Z][\w-]+(?:\s+[A-Z][\w-]+)?)\b")
# An honorific as a name's first word tells the person's sex too ("Mrs May" read as one name).
_HONORIFIC_FIRST = re.compile(r"^(" + "|".join(HONORIFICS) + r")\.?\s+(?=[A-Z])")
# The award itself, not the ceremony ("American Music Awards", an event some count as a body).
_AWARD_HEADS = frozenset("award prize medal trophy".split())
_SMALL_WORDS = frozenset("of for and the in on at to".split())
# Conditions named after a person or by a coined name ("Asperger's syndrome", "Trump Derangement Syndrome"),
# and scandals ("the Iran-Contra scandal"): none of the entity types.
_CONDITION_HEADS = frozenset("syndrome syndromes disease disorder scandal affair".split())
# Named with a possessive: medical conditions only ("Parkinson's disease"; "Trump's affair" is Trump's).
_POSSESSED_CONDITION = re.compile(r"['\u2019]s\s+(?:syndrome|disease|disorder)\b", re.I)
# "Union with Candy Crowley" (a promotion line, "Watch State of the Union with Candy Crowley Sundays"): a body
# or place's name holds no "with"; the model joined a programme's tail to its host.
_WITH = re.compile(r"\s(?:with|With)\s")


@dataclass(frozen=True, slots=True)
class Item:
    """One name to resolve: a mention, or a publisher, author or dateline from metadata."""

    name: str
    type: str
    method: str
    key: str = ""  # gazetteer id, when extraction found one
    cues: tuple[tuple[str, float], ...] = ()  # type votes of the words around the mention (kg.typecues)
    heading: bool = False  # the last word of a name read in a section heading ("Curious Comey")
    written: str = ""  # the form as written, when the name resolved by is another ("Okla." for Oklahoma)
    sex: str = ""  # "f" or "m" when an honorific right before the name says so ("Mrs May", "Mr. Liu")
    relative: bool = False  # a given name given the family name before it ("his wife, Sara"): not written in full


def read_items(ex: Extraction, gazetteer: Gazetteer) -> list[Item]:
    """The article's mentions, then its metadata names (publisher, authors, dateline)."""
    art = ex.article
    items = [_elided(m, art.text, gazetteer) or _mention_item(m, art.text) for m in ex.mentions]
    if art.publisher:
        # "Fox Online News", "CNN (Web News)": the outlet the gazetteer knows, else the cleanest form.
        forms = publisher_forms(art.publisher)
        name = next((f for f in forms if (e := gazetteer.lookup_name(f)) is not None and e.type == "Organization"),
                    forms[-1])
        items.append(Item(name, "Organization", "metadata:publisher"))
    items.extend(Item(_author_name(a, art.text), "Person", "metadata:author") for a in art.author)
    if art.dateline:
        items.append(Item(art.dateline.strip(), "Place", "metadata:dateline"))
    return items


def _elided(m, text: str, gazetteer: Gazetteer) -> Item | None:
    """"North and South Korea", "East and West Germany": a first word before "and" and a name that shares
    its last words is the name those words complete, when the gazetteer knows both names."""
    if m.key or " " in m.text or not m.text.istitle():
        return None
    shared = _SHARED_TAIL.match(text[m.end:m.end + 60])
    if not shared:
        return None
    tail = shared.group(2)
    whole = gazetteer.lookup_name(f"{m.text} {tail}")
    other = gazetteer.lookup_name(f"{shared.group(1)} {tail}")
    if whole is None or other is None or whole.id == other.id:
        return None
    return Item(whole.label, whole.type, m.method, whole.id, written=m.text)


def _mention_item(m, text: str) -> Item:
    name = m.normal or m.text
    if _SHIP.search(text[max(0, m.start - 5):m.start]):
        return Item("", m.type, m.method)  # "USS Donald Cook" is a ship, none of the entity types
    if not m.key and (_MEASURED.search(text[max(0, m.start - 20):m.start]) or text[m.start - 1:m.start] in ("#", "@")
                      or (name.split()[-1].lower() not in NON_PERSON_WORDS  # not "a Royal Navy helicopter"
                          and ((_WEAPON_AFTER.match(text[m.end:m.end + 60]) and _DETERMINER_BEFORE.search(text[max(0, m.start - 8):m.start]))
                               or (" " not in name and _WEAPONS_RIGHT_AFTER.match(text[m.end:m.end + 30]))))
                      or all(w.lower() in _WIDGET_WORDS for w in name.split())):
        return Item("", m.type, m.method)  # "tons of TNT", "#ROAR", "View Photo": no entity
    if not m.key and ((m.type == "Person" and (_POSSESSED_CONDITION.search(name) or _POSSESSED_CONDITION.match(text, m.end)))
                      or (m.type != "Person" and _WITH.search(name))):
        return Item("", m.type, m.method)  # "Asperger's syndrome", "Union with Candy Crowley"
    written, completed = "", False
    if not m.key:
        # "(R., Tex.)": the tokenizer may leave the abbreviation's period out of the mention
        state = _STATE_FORMS.get(name, _STATE_FORMS.get(name + ".", "") if text[m.end:m.end + 1] == "." else "")
        if state:
            written, name = name, state
        if m.type == "Person":
            name = _PERSON_POSSESSIVE.sub("", name)
            words = name.split()
            while len(words) >= 2 and words[-1].isalpha() and words[-1].islower() and words[-1] not in _SURNAME_PARTICLES:
                words.pop()  # "the weak Obama sun": a common noun after the name
            name = " ".join(words)
            shared = _SHARED_SURNAME.match(text[m.end:m.end + 60])
            if (" " not in name and shared and name.lower() in given_names() and shared.group(1).lower() in given_names()
                    and shared.group(1).lower() not in TITLE_WORDS):  # not "Francis and Queen Elizabeth"
                name = f"{name} {shared.group(2)}"  # "twins Mark and Carol Thatcher", "Bill and Hillary Clinton"
            relative = _RELATIVE.search(text[max(0, m.start - 60):m.start])
            if (" " not in name and relative and name.lower() in given_names()
                    and relative.group(1).lower() not in given_names() | _PRONOUNS):
                name, completed = f"{name} {relative.group(1)}", True
            royal = _ROYAL_BEFORE.search(text[max(0, m.start - 12):m.start])
            if royal and name and all(_REGNAL.match(w) for w in name.split()[1:]):
                name = f"{royal.group(1)} {name}"  # "Prince Andrew", "Pope Francis": the bare given name names no one
        name = _TRAILING_SMALL.sub("", name)  # "North American Free Trade Agreement with"
        name = _POSSESSED.sub("", name)  # "Strelkov's army" is Strelkov's, not a name
        words = name.split()
        while len(words) > 2 and words[-1] in _LINK_WORDS:
            words.pop()
        while len(words) >= 2 and words[-1] in _MONTHS:
            words.pop()
        name = _REPEATED.sub(r"\1", " ".join(words)) or name
    cues = tuple(sorted(context_votes(text, m.start, m.end).items())) if not m.key else ()
    words = name.split()
    if (not m.key and m.type == "Person" and len(words) >= 2 and _NAME_ADJECTIVE.search(words[0])
            and words[0].lower() not in given_names()):
        words = words[1:]  # "the Jeffersonian Mao", "a Reaganesque Trump": an adjective made of a name
        name = " ".join(words)
    if (not m.key and m.type == "Person" and len(words) >= 2 and _ACRONYM_TITLE.match(words[0])
            and words[0].lower() not in given_names() and words[1][:1].isupper()):
        words = words[1:]  # "DNI Coats", "UK Gavin Williamson": an office's or country's acronym before the name
        name = " ".join(words)
    if (not m.key and m.type == "Person" and len(words) >= 2 and words[0].lower() not in given_names()
            and words[0].lower() not in EAST_ASIAN_FAMILY_NAMES
            and ((in_heading(text, m.start, m.end) and not _credit_line(text, m.start, m.end))
                 or (m.text.isupper() and len(words) >= 3))):
        # "Curious Comey actions", "SOT PUTIN PRESSER": a heading's capitalised words are no first name;
        # only the last word may name someone, and only if the article names that person in full.
        return Item(words[-1], m.type, m.method, cues=cues, heading=True)
    return Item(name, m.type, m.method, m.key, cues, written=written, sex=_honorific_sex(m, name), relative=completed)


def _honorific_sex(m, name: str) -> str:
    """"f" after "Mrs", "Ms", "Miss", "Mme" or "Dame", "m" after "Mr" or "Sir", written before the
    name (extraction keeps it on the mention) or as its first word; "" when no such word is there."""
    found = _HONORIFIC_FIRST.match(name)
    word = m.honorific or (found.group(1).lower() if found else "")
    if not word:
        return ""
    return "f" if word in FEMALE_HONORIFICS else "m"


def _credit_line(text: str, start: int, end: int) -> bool:
    """"Nikolas K. Gvosdev, The National Interest": a line that opens with the name and a comma credits a
    person (a quotation's source, a byline), it is no heading."""
    return (start == 0 or text[start - 1] == "\n") and text[end:end + 2] == ", "


def _author_name(name: str, text: str) -> str:
    """A byline name without the credit words glued before it ("Video Ashley Codianni"); "" for a byline
    that names a desk or a subject ("Military Issues"): words the article writes in lower case, no given name."""
    if _ADDRESS.search(name) or "_" in name:
        return ""  # "Michael.Gordon Wsj.Com", "Avatar_Large": an e-mail address or a template's field, not a name
    words = name.split()
    if words and all(w.lower() in _WIDGET_WORDS for w in words):
        return ""  # "Comment Count", "Popular Tags": a page widget's words

    def common(word: str) -> bool:
        return word.lower() not in given_names() and re.search(rf"\b{re.escape(word.lower())}\b", text) is not None

    while len(words) >= 3 and common(words[0]) and words[1].lower() in given_names():
        words = words[1:]
    if words and all(common(w) for w in words):
        return ""
    return " ".join(words)


def is_list(item: Item) -> bool:
    """`Armed Services, Foreign Affairs`: two bodies' names in one span name neither."""
    return item.type == "Organization" and ", " in item.name and not item.method.startswith("metadata")


def is_cut_person(plain: str) -> bool:
    """`John Mc`, `John D.`: a name cut before its surname (a particle or an initial ends it)."""
    tokens = plain.split()
    return len(tokens) >= 2 and (len(tokens[-1]) == 1 or tokens[-1] in _SURNAME_PARTICLES)


def is_job_title(plain: str) -> bool:
    """`national security advisor`, `newscast desk`: a role or a newsroom desk, not an entity."""
    tokens = plain.split()
    return head_word(tokens) in JOB_TITLE_HEADS and (len(tokens) == 1 or tokens[0] not in given_names())


@lru_cache(maxsize=1)
def _languages() -> frozenset[str]:
    """Keys of the major languages' names (ISO 639-1, from pycountry): "Scottish Gaelic", "Urdu"."""
    import pycountry  # a dependency, read once; imported here so reading names costs nothing until asked

    return frozenset(name_key(re.sub(r"\s*\(.*\)", "", lang.name))
                     for lang in pycountry.languages if hasattr(lang, "alpha_2"))


def is_language_or_faith(plain: str) -> bool:
    """`scottish gaelic`, `islam`, `islamophobia`: a language, a religion or an idea, none of the entity types."""
    return (plain in _RELIGIONS or plain in _languages() or (" " not in plain and bool(_CONCEPT.search(plain)))
            or plain.split()[-1] in ("islam", "christianity", "judaism", "buddhism", "hinduism"))  # "Wahabi Islam"


def is_people_group(plain: str) -> bool:
    """`chechens`, `chechen muslims`, `conservative mps`: a group of people named by a plural, not an entity."""
    last = plain.split()[-1]
    return last in _GROUP_NOUNS or (last.endswith("s") and last[:-1] in _languages())


# Pronouns, determiners and question words: a capitalised run that starts or ends with one is a
# phrase from a heading or a sentence start ("Their Critics", "Nerve Agent That"), not a name.
_PHRASE_EDGES = frozenset("that this these those their theirs which whose who what they we he she it its".split())


def is_phrase(plain: str) -> bool:
    """`their critics`, `nerve agent that`: words of a heading or a sentence, not a name."""
    tokens = plain.split()
    if len(tokens) == 2 and tokens[0] in EAST_ASIAN_FAMILY_NAMES and tokens[1] == "he":
        return False  # "Liu He", "Wang He": "He" is a Chinese given name after a family name
    return len(tokens) >= 2 and (tokens[0] in _PHRASE_EDGES or tokens[-1] in _PHRASE_EDGES)


def is_event(plain: str) -> bool:
    """`sochi olympics`, `inter korean summit`, `second intifada`, `operation desert storm`, `carter doctrine`,
    `paul white award`, `defense of marriage act`: an event, a military operation, a doctrine, an award or a
    country's law, none of the entity types (a treaty is between states)."""
    tokens = plain.split()
    return len(tokens) >= 2 and (head_word(tokens) in EVENT_HEADS | IDEA_HEADS | _AWARD_HEADS | _CONDITION_HEADS
                                 or tokens[-1] == "act"
                                 or (tokens[-1] == "law" and tokens[-2] != "of")  # not "School of Law"
                                 or (tokens[0] == "operation" and tokens[1] not in _SMALL_WORDS))  # "Operation Desert Storm"


def is_model(name: str) -> bool:
    """`F-22 Raptor`, `S-400s`, `AK-47`: a weapon's, aircraft's or isotope's model number, no entity."""
    return bool(_MODEL.search(name))

