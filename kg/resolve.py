"""Mentions across the corpus -> one Entity per real-world thing, however it is spelled or typed.

Order of evidence: the gazetteer (aliases, acronyms, transliterations); then one type per name,
voted over every mention of it in the corpus (the method's weight, given-name and surname
evidence); people clustered by surname and compatible first names; a bare surname goes to the
full name of its own article, else to the person the corpus names far more often than any other
bearer, else stays apart (among several bearers in one article: the one it names most, else the
corpus's dominant one, else the one named last before it); short forms (`JFK`, `Fox`) follow
the full name of their article. The names read (kg.nameitems) are cleaned first, and job titles,
headings, byline furniture and ordinary words the corpus writes in lower case are dropped; the
words around each mention vote on its type too (kg.typecues). Acronyms, cut names and
misspellings then follow their full names (kg.linking).
Organisations and places merge across spacing and word order (`Exxon Mobil`/`ExxonMobil`). The
type is never part of an entity's key, so a name typed two ways is one node. The user's
corrections (kg.corrections) come last. Everything is sorted, so the result does not depend on
input order. IRIs are minted by kg.iri from the resolved entities; places are linked to
GeoNames (kg.places), known officeholders to Wikidata (kg.people).
"""
from __future__ import annotations

import logging
import re
from collections import Counter, defaultdict
from dataclasses import dataclass, field, replace
from functools import lru_cache
from sys import intern

from rapidfuzz import fuzz

from kg.corrections import Corrections, apply_corrections
from kg.extract import atlas
from kg.gazetteer import Gazetteer
from kg.headwords import (AGREEMENT_HEADS, ARABIC_ARTICLES, ARABIC_PLACE_FIRST_WORDS, ARABIC_PLACE_FIRST_WORDS_WITH_ARTICLE, ROMANCE_OF, ROMANCE_PLACE_FIRST_WORDS,
                          ARMED_GROUP_FIRST_WORDS, GENERIC_FIRST_WORDS, LEADING_BODY_WORDS, NON_PERSON_WORDS, ORGANIZATION_HEADS, PLACE_HEADS, TIME_ZONES,
                          TREATY_HEADS, SURNAME_HEADS, GENERIC_BODY_WORDS, head_word)
from kg.iri import IriRequest, mint_entity_ids
from kg.lang import label_language
from kg.linking import TREATY_WORDS, Named, link_variants
from kg.model import ENTITY_TYPES, Entity, Extraction, Resolution
from kg.nameitems import (ERAS, Item, is_cut_person, is_document, is_event, is_job_title, is_language_or_faith, is_list, is_model,
                           is_people_group, is_phrase, read_items)
from kg.names import name_key, translit
from kg.nlp import dictionary_words
from kg import personkeys
from kg.people import known_person, known_surnames, person_cluster_key as _person_key
from kg.personnames import (EAST_ASIAN_FAMILY_NAMES, common_surnames, formal_given_name, given_name_sex, given_names,
                            is_common_surname)
from kg.places import place_index
from kg.homecountry import foreign_bodies, owned_bodies
from kg.placesense import Named as PlaceNamed, corpus_towns, place_senses
from kg.typecues import EVENT
from kg.variants import acronym_of, cut_before_tail

log = logging.getLogger(__name__)
TYPE_PREFERENCE = {t: i for i, t in enumerate(ENTITY_TYPES)}
# Last words of place names that the short form leaves out: "Anbar Province" is "Anbar".
_PLACE_TAILS = frozenset("province region oblast governorate prefecture krai district ocean".split())  # "Pacific Ocean" is the Pacific
# Heads of a government body's name written either way round: "X Department" and "Department of X".
_OFFICE_HEADS = frozenset("department ministry agency".split())
_DOTTED = re.compile(r"^(?:[A-Z]\.){2,6}$")
_INITIALS = re.compile(r"^([A-Z])\.\s?(?:[A-Z]\.\s?)*[A-Z][a-z]")  # "S.A. Miller", "V. Putin"
_SURNAME_PARTICLES = frozenset("bin ibn al el abu van von de da di du le la der den".split())
_LOWER_WORD = re.compile(r"\b[a-z]{3,}\b")
# A capitalised word after a letter, a digit or a comma and a space: inside a sentence, not at its start;
# also after an opening quote there ('to pay for "Medicare for all."'), a quoted name, not a quoted sentence.
_CAPITALISED = re.compile(r"(?:(?<=[a-z0-9,] )|(?<=[a-z0-9] [\"\u201c\u2018]))([A-Z][a-z]{2,})\b")
# People by where they are from, in words no demonym rule makes: "a Briton", "the Scots".
_NATIONALITY_NOUNS = frozenset("briton britons scot scots brit brits kiwi kiwis".split())
_DEMONYM_PERSON = re.compile(r"^([A-Z][a-z]+?)(?:man|woman|men|women)$")  # "Frenchman", "Irishwomen"
_CITY_DEMONYM = re.compile(r"^([A-Z][a-z]{4,})(?:ers|ians)$")
_BRITISH_DEMONYMS = frozenset("english scots welsh cornish manx".split())  # "Englishman", "Scotsman", "Welshman"
_CAPITALS_WORD = re.compile(r"\b[A-Z]{3,}\b")
_STOP = frozenset("of the and for on in at de".split())
# "Sec." of "Sec. John Kerry" read alone: a title's abbreviation names nobody.
_TITLE_ABBREVIATIONS = frozenset("mr mrs ms dr sen rep gov gen lt col sgt capt adm cmdr maj rev pres amb sec".split())
# "Council of Foreign Relations": a body's name with its small preposition swapped is still its name.
_PREPOSITIONS = frozenset(["of", "on", "for"])
_PREPOSITION = re.compile(r"(?<=\w )(?:of|on|for)(?= [A-Z])")
_ACRONYM = re.compile(r"^[A-Z]{2,5}$")
_PLURAL_ACRONYM = re.compile(r"\b([A-Z]{2,5})s\b")
# A plural of capitals names members of a class, not one entity (a name of capitals ending in "s"
# is written in capitals throughout: "ATMS", "SWIFT").
_CAPITALS_IN_PLURAL = re.compile(r"[A-Z]{2,6}s")
# An airfield's name: "Murted Airport", "Incirlik Air Base", "the Murted airbase".
_FACILITY_NAME = re.compile(r"^(.+?) ((?:[Aa]ir ?)?[Bb]ase|(?:[Ii]nternational )?[Aa]irport|[Aa]ir ?[Ff]ield|[Aa]ir [Ss]tation)$")
_FACILITY_AFTER = re.compile(r" (?:air ?base|airport|air ?field|air station)\b")
_TWO_SURNAMES = re.compile(r"^([A-Z][a-z]+) and ([A-Z][a-z]+)$")


# Surname endings of Russian, Ukrainian and Polish names ("Brezhnev", "Stalin", "Magnitsky", "Veselnitskaya"):
# enough, with the model's tag, to keep a one-word person whose full name the corpus never writes.
_SLAVIC_SURNAME = re.compile(r"[a-z]{3}(?:ov|ova|ev|eva|in|ina|sky|skaya|ski|ska|enko|chuk|vich|yuk)$")


# A church named by its denomination is the body of believers, not a building.
_DENOMINATIONS = frozenset("""orthodox catholic anglican evangelical lutheran methodist baptist presbyterian episcopal
    protestant coptic maronite armenian apostolic reformed pentecostal mormon""".split())
# "President Vladimir V. Putin of Russia" read as a body: a surname, "of" and a country name the person.
_OF_COUNTRY = re.compile(r"^(?:[A-Z][\w.'-]* )*([A-Z][\w'-]+) of ([A-Z][\w .'-]+)$")
# "-ite", "-ist", "-esque" and not "-ian": Armenian and Persian surnames end so ("Rezaian", "Abrahamian").
_OWNED = re.compile(r"^([A-Z][\w-]+)['\u2019]s\s+([A-Z][\w'\u2019 -]+)$")
_SURNAME_ADJECTIVE = re.compile(r"^([A-Z][\w'-]+?)(?:ites?|ists?|esque)$")
# "Watergate", "Travelgate", "Obamacare": one word coined from a name and "gate" (a scandal) or "care" (a law).
_COINED = re.compile(r"^[a-z]{3,}(?:gate|care)$")


_NOT_SMALL = r"(?!(?:for|the|and|from|with|that|this|than|then|was|were|are|has|had|have|not|but)\b)"  # "strategic disaster for" is no SDF


def _spelled_in_lower_case(acronym: str, text: str) -> bool:
    """"CAS ... close air support", "LNG (liquefied natural gas)", "the director of national intelligence (DNI)":
    an acronym of three letters or more whose expansion the article writes in lower case, near it, is an
    abbreviation of common words, not a name (a body's expansion is capitalised). Words of three letters or
    more, so that "came in at" spells nothing."""
    if len(acronym) < 3:
        return False
    spelled = re.compile(r"\b" + r"[\s-]+(?:(?:of|and|the|for|on)\s+)?".join(
        _NOT_SMALL + f"{letter}[a-z]{{2,}}" for letter in acronym.lower()) + r"\b")
    for at in re.finditer(rf"\b{acronym}\b", text):
        if spelled.search(text, max(0, at.start() - 80), at.end() + 80):
            return True
    return False


def _is_coined_event(tokens: list[str], surname: bool) -> bool:
    """A scandal or a law coined from a name ("Travelgate", "ObamaCare"), or a conference named after its
    town ("the Lisbon Conference", "the Yalta Conference"): an event or a law, none of the entity types.
    Not a place ("Margate", typed Place before this is asked) nor anyone's surname ("Southgate")."""
    if len(tokens) == 1:
        word = tokens[0]
        if word.endswith("care") and word[:-4] not in known_surnames() and word[:-4] not in common_surnames():
            return False  # "ObamaCare" is coined from a name; "Medicare" is a programme's own name
        return bool(_COINED.match(word)) and not surname and word not in common_surnames()
    if len(tokens) == 2 and tokens[1] == "conference":
        town = place_index().lookup(tokens[0])
        return town is not None and town.kind == "City"
    return False


_SIDE = " (side)"  # the key of a side named after a town, apart from the town's
_OUTLET = " (outlet)"  # the key of a publication that shares a sea's name ("The Atlantic"), apart from the sea's
_SIDE_METHODS = re.compile(r"rule:(?:table|sports|side-title)\b")


def _sides(items) -> set[str]:
    """Names that an article's results lines or sports wording make a side (kg.extract.tables,
    kg.extract.sports): in that article, the name typed a body, or a person by the bare model, is the club."""
    return {name_key(item.name) for item in items if item.type == "Organization" and _SIDE_METHODS.search(item.method)}


def _bare(item) -> bool:
    """Typed by the model alone (or read in a capitals headline): no other rule, no gazetteer, no word
    around it that only places follow ("in X")."""
    return (set(item.method.split("+")) <= {"ner", "repeat", "rule:headline"}
            and not any(etype == "Place" and weight > 0 for etype, weight in item.cues))



def _weight(method: str) -> float:
    """How much a mention's type counts in its name's vote: rules and metadata over the bare model."""
    if method.startswith("metadata") or method == "correction":
        return 3.0
    return 2.0 if "rule:" in method else 1.0


@dataclass
class _Group:
    forms: Counter = field(default_factory=Counter)  # surface form -> count
    types: Counter = field(default_factory=Counter)  # type -> weighted votes
    articles: set = field(default_factory=set)
    gazetteer_id: str = ""
    label: str = ""  # fixed by kg.placesense for a town named with its state ("Manhattan, Kansas")
    place: object = None  # its GeoNames feature (kg.places.GeoPlace), likewise
    # the types of its mentions that were linked to it as short forms: the type of a body all of whose mentions
    # are short forms of each other ("Revolutionary Guard" beside "Islamic Revolutionary Guard"), not "Person"
    linked_types: Counter = field(default_factory=Counter)


def _thing_key(plain: str, etype: str) -> str:
    """The key of an organisation or place: spacing, small words and (from three words) order ignored."""
    tokens = [t for t in plain.replace("-", " ").split() if t not in _STOP] or plain.split()
    if etype == "Place" and len(tokens) > 1 and tokens[-1] in _PLACE_TAILS:
        tokens = tokens[:-1]
    if etype == "Organization" and len(tokens) == 2 and tokens[0] in _OFFICE_HEADS and plain.split()[1:2] == ["of"]:
        tokens = tokens[::-1]  # "Department of Energy" is the Energy Department (longer names are sorted below)
    return "".join(sorted(tokens) if len(tokens) >= 3 else tokens)


def _region_base(name: str) -> str | None:
    """The place a region's name is made of ("Idlib" of "Idlib Province", "the province of Idlib"), or None."""
    words = name.split()
    if len(words) >= 2 and words[-1].lower() in _PLACE_TAILS:
        return " ".join(words[:-1])
    if len(words) >= 3 and words[0].lower() in _PLACE_TAILS and words[1].lower() == "of":
        return " ".join(words[2:])
    return None


class _UnionFind:
    def __init__(self):
        self.parent: dict[str, str] = {}

    def find(self, x: str) -> str:
        self.parent.setdefault(x, x)
        while self.parent[x] != x:
            self.parent[x] = self.parent[self.parent[x]]
            x = self.parent[x]
        return x

    def union(self, a: str, b: str) -> None:
        ra, rb = self.find(a), self.find(b)
        if ra != rb:
            self.parent[max(ra, rb)] = min(ra, rb)  # smallest key represents: order-independent


def _vote(types: Counter) -> str:
    """The type with the most votes (an event vote is no type: kg.typecues.EVENT)."""
    return min((t for t in types if t != EVENT), key=lambda t: (-types[t], TYPE_PREFERENCE[t]))


def _dominant(candidates: set[str], weight: dict[str, int]) -> str | None:
    """The candidate named in at least twice as many articles as any other (and in two or more)."""
    ranked = sorted(candidates, key=lambda c: (-weight.get(c, 0), c))
    if not ranked:
        return None
    if len(ranked) == 1:
        return ranked[0]
    best, second = weight.get(ranked[0], 0), weight.get(ranked[1], 0)
    return ranked[0] if best >= 2 and best >= 2 * second else None


class _Resolver:
    """The corpus-wide passes: name types, person clusters, then each article's assignments."""

    def __init__(self, extractions: list[Extraction], gazetteer: Gazetteer):
        self.gazetteer = gazetteer
        self.articles = sorted(extractions, key=lambda e: e.article.id)
        self.items = {ex.article.id: read_items(ex, gazetteer) for ex in self.articles}
        self.texts = {ex.article.id: ex.article.text for ex in self.articles}
        self.gz: dict[tuple[str, int], str] = {}  # (article, item) -> gazetteer id
        self.plain: dict[tuple[str, int], str] = {}  # (article, item) -> spelling key
        self.votes: dict[str, Counter] = defaultdict(Counter)
        self.lower_written: dict[str, bool] = defaultdict(bool)  # name -> ever written other than in capitals
        self.person_evidence: set[str] = set()  # names some mention types a person by more than the model
        self.place_cued: set[str] = set()  # names some mention's words call a place ("the town of X", "X mall")
        # name -> the body and place votes of the words around its mentions ("the university X", "a lawyer at X")
        self.body_cued: dict[str, Counter] = defaultdict(Counter)
        self.document_acronyms: set[str] = set()  # "QDDR" where its article names the document it spells
        self._read_names()
        self.types = self._decide_types()
        # Names the words around them call events ("the Zapad exercises") name no entity.
        self.plain = {where: plain for where, plain in self.plain.items() if self.types[plain] is not None}
        self._cluster_people()
        self.common = self._common_words()
        self.plural_acronyms = self._plural_acronyms()
        self.singular_of = self._group_plurals()
        self.team_of = self._teams()

    def _common_words(self) -> frozenset[str]:
        """One-word "people" the corpus also writes in lower case ("Sympathy" at a sentence start):
        no given name, no surname of anyone named in full, no place; ordinary words, not names."""
        firsts = Counter(k.split()[0] for k in self.person_keys)
        known_first = given_names() | {w for w, n in firsts.items() if n >= 2}
        # People: no word a first name ("Arrogant Westerners"); one word: no surname either. Bodies and
        # places of one word ("Imagine" at a sentence start), not a head word such as "Navy": much rarer
        # in capitals than in lower case, so five lower-case uses are asked.
        names = {k: (k.split(), 2 if t == "Person" else 5) for k, t in self.types.items()
                 if k.replace(" ", "").isalpha() and (t == "Person" or " " not in k)}
        # A surname someone bears saves a two-word name ("Ambassador Hunt"), not three ordinary words
        # of a tweet ("Rigged Witch Hunt").
        towns = {k for k, (words, _) in names.items() if len(words) == 1 and self.types[k] != "Person" and _small_town(k)}
        names = {k: (words, n) for k, (words, n) in names.items() if words[0] not in known_first
                 and ((len(words) >= 3 and words[-1] not in NON_PERSON_WORDS) or not self._others_bear(words[-1], k))
                 and words[0] not in _SURNAME_PARTICLES  # "Bin Laden"
                 and (len(words) > 1 or ((place_index().lookup(k) is None or k in towns)
                                         and k not in ORGANIZATION_HEADS | PLACE_HEADS))}
        # One-word "people" in the plural of a common noun ("the Javelins", "Westerners"): not a surname
        # anyone here bears, nor a common one.
        plurals = {k: k[:-1] for k, t in self.types.items() if t == "Person" and " " not in k and k.endswith("s")
                   and len(k) > 4 and k.isalpha() and k not in common_surnames() and k not in self.by_family}
        candidates = {w for words, _ in names.values() for w in words} | set(plurals.values())
        if not candidates:
            return frozenset()
        seen: Counter = Counter()
        inside: Counter = Counter()  # written capitalised inside a sentence, where only names are
        capitals: Counter = Counter()  # written in capitals: "NAFTA", which extraction may read as "Nafta"
        single = {k for k, (words, _) in names.items() if len(words) == 1 and self.types[k] != "Person"}
        for ex in self.articles:
            seen.update(w for w in _LOWER_WORD.findall(ex.article.text) if w in candidates)
            inside.update(w for found in _CAPITALISED.finditer(ex.article.text)
                          if (w := found.group(1).lower()) in single)
            capitals.update(w for found in _CAPITALS_WORD.findall(ex.article.text) if (w := found.lower()) in single)
        # A one-word body or place the corpus writes in lower case and never capitalised inside a sentence
        # ("Equip", "Symptomatic", "Firsthand" at a sentence start, tagged as places) is an ordinary word,
        # however small the corpus; so is one the corpus never writes in lower case but the model's English
        # dictionary lists ("Symptomatic of the crisis, ..." in a corpus without "symptomatic"), and a small
        # town's name ("Defiance and sanctions", a heading) written in lower case elsewhere. A town of 100,000
        # people or more ("Reading", "Nice") and any name the corpus capitalises inside a sentence stay names.
        dictionary = dictionary_words()
        return frozenset([k for k, (words, n) in names.items() if (k not in towns and all(seen[w] >= n for w in words))
                          or (k in single and not inside[k] and (seen[k] >= 1 or (
                              k not in towns and len(k) >= 4 and k in dictionary and not capitals[k])))]
                         + [k for k, singular in plurals.items() if seen[singular] >= 1])

    def _plural_acronyms(self) -> frozenset[tuple[str, str]]:
        """(article, acronym): acronyms the gazetteer does not know that the article also writes in the plural
        ("an SOB ... their own SOBs", "NGOs", "MPs"): abbreviations of common nouns, not names of bodies. Per
        article, since one acronym may be both ("BMWs" the cars, BMW the maker)."""
        acronyms: dict[str, set[str]] = defaultdict(set)
        for (aid, i), plain in self.plain.items():
            name = self.items[aid][i].name
            if _ACRONYM.match(name) and self.types[plain] != "Person":
                acronyms[aid].add(name)
        texts = self.texts
        found = {(aid, name) for aid, names in acronyms.items() for name in names if _spelled_in_lower_case(name, texts[aid])}
        for aid, names in acronyms.items():
            plural = set(_PLURAL_ACRONYM.findall(texts[aid])) & names
            if plural:
                # "the ARB" where the article names the Accountability Review Board: the board, however many
                # "ARBs" it mentions besides
                spelled = {"".join(w[0] for w in item.name.split() if w[:1].isupper()) for item in self.items[aid]}
                found.update((aid, m) for m in plural - spelled)
        return frozenset(found)

    def _group_plurals(self) -> dict[str, str]:
        """"the Houthis" beside "Houthi rebels": a body's one-word name in the plural (not in "ss"), where the
        corpus also has the singular as a body's name, writes it before a lower-case word (a modifier) and
        writes "the" before the plural, is the same group. Not a town's name ("Hama" is no singular of
        Hamas); names the gazetteer knows never reach here."""
        found = {}
        for plain, etype in self.types.items():
            singular = plain[:-1]
            if (etype == "Organization" and " " not in plain and plain.isalpha() and len(plain) >= 5
                    and plain.endswith("s") and not plain.endswith("ss") and self.types.get(singular) == "Organization"
                    and place_index().lookup(singular) is None):
                found[plain] = singular
        if not found:
            return {}
        modifier, definite = Counter(), Counter()
        for text in self.texts.values():
            modifier.update(m.lower() for m in re.findall(r"\b([A-Z][a-z]+) [a-z]{3,}", text) if m.lower() in found.values())
            definite.update(m.lower() for m in re.findall(r"\b[Tt]he ([A-Z][a-z]+)\b", text) if m.lower() in found)
        return {plural: singular for plural, singular in found.items() if modifier[singular] and definite[plural]}

    def _teams(self) -> dict[tuple[str, str], str]:
        """(article, "team obama") -> "obama administration": "Team Obama" in an article that writes "the Obama
        administration" is that administration, when the corpus names it as a body (the person is "Obama"
        alone). Only there: "Team Clinton" of 2016 is a campaign, not the Clinton administration of another
        article."""
        found = {}
        for (aid, i), plain in self.plain.items():
            words = plain.split()
            if (len(words) == 2 and words[0] in LEADING_BODY_WORDS and self.types.get(plain) == "Organization"
                    and self.types.get(f"{words[1]} administration") == "Organization"):
                leader = self.items[aid][i].name.split()[-1]
                if re.search(rf"\b{re.escape(leader)} [Aa]dministration\b", self.texts[aid]):
                    found[(aid, plain)] = f"{words[1]} administration"
        return found

    def _read_names(self) -> None:
        # Surnames of the people the model names in full: "Obama" of "the Obama Justice Department".
        self.tagged_surnames = {personkeys.surname(words) for items in self.items.values() for item in items
                                if item.type == "Person" and len(words := item.name.split()) >= 2}
        for aid, items in self.items.items():
            # "Putin's Finance Ministry", "Erdogan's AK Party": a body's name after a person's possessive is the body's.
            for i, item in enumerate(items):
                owned = _OWNED.match(item.name) if item.type != "Person" and not item.key else None
                if owned and owned.group(1) in self.tagged_surnames and owned.group(1).lower() not in given_names():
                    items[i] = replace(item, name=owned.group(2))
            sides = _sides(items)
            documents: list[str] = []
            for i, item in enumerate(items):
                entry = self.gazetteer.by_id(item.key) if item.key else self.gazetteer.lookup_name(item.name)
                if entry is None and _PREPOSITION.search(item.name):
                    entry = self._with_other_preposition(item.name)
                if entry is None and _DOTTED.match(item.name):
                    entry = self.gazetteer.lookup_name(item.name.replace(".", ""))  # "G.R.U." is GRU
                elif (entry is None and len(item.name) >= 4 and item.name.isalpha() and item.name.istitle()
                      and place_index().lookup(item.name) is None):  # "Guam" the island, not the GUAM group
                    entry = self.gazetteer.lookup_name(item.name.upper())  # "Nato", "Isis": acronyms as words
                    entry = entry if entry is not None and item.name.upper() in entry.acronyms else None
                if entry is None:
                    entry = self._region_of_known_place(item.name) or self._era_of_known_body(item.name)
                if entry is None:
                    entry = self._singular_of_known_group(aid, item)
                if entry is None:
                    entry = self._place_by_its_head(aid, item)
                if (entry is not None and entry.type == "Treaty" and item.name in entry.acronyms
                        and not TREATY_WORDS.search(self.texts[aid]) and entry.label not in self.texts[aid]):
                    entry, item = None, replace(item, key="", type="Organization" if item.type == "Treaty" else item.type)
                    items[i] = item  # "Verizon and ATT": a treaty's bare acronym only where the article speaks of treaties
                if entry is not None and entry.type == "Place" and item.type == "Organization" and name_key(item.name) in sides:
                    entry = None  # "NEW YORK 74 59 .556": the side of a standings line, not the city
                if entry is not None and (not item.method.startswith("metadata") or entry.type == item.type):
                    self.gz[(aid, i)] = intern(entry.id)
                    continue
                plain = intern(name_key(item.name))
                if (not plain or plain in GENERIC_BODY_WORDS or is_job_title(plain) or is_phrase(plain) or plain in _TITLE_ABBREVIATIONS or plain in TIME_ZONES or is_list(item) or is_event(plain)
                        or is_model(item.name) or plain in ERAS
                        or (is_people_group(plain) and place_index().lookup(plain) is None)  # not Laos
                        or self._demonym_plural(item.name) or self._surname_of_country(item) or self._demonym_noun(item.name)
                        or self._adjective_of_surname(item.name) or self._glued_to_country(item)
                        or all(len(t) == 1 for t in plain.split())  # "Q&A"
                        or _CAPITALS_IN_PLURAL.fullmatch(item.name)  # "ICBMs", "NGOs", "SEALs": a class or a group
                        or (is_language_or_faith(plain) and place_index().lookup(plain) is None)):
                    if plain and len(plain.split()) >= 2 and is_document(plain.split()):
                        documents.append(item.name)  # its acronym names the document too ("QDDR")
                    continue
                if plain in sides and (item.type == "Organization" or (item.type in ("Person", "Place") and _bare(item))):
                    # One sense in the article: its results lines make the name a side, so "Kent made up for lost
                    # time" (a person to the model) and "Surrey closed on 429" (a place) are the club; Leicester the
                    # club stands beside Leicester the city ("in Leicester" stays the city).
                    item = replace(item, type="Organization", cues=tuple(c for c in item.cues if c[0] != "Person"))
                    if place_index().lookup(plain) is not None:
                        plain = intern(plain + _SIDE)
                if item.outlet:
                    plain = intern(plain + _OUTLET)
                self.plain[(aid, i)] = plain
                self.votes[plain][item.type] += _weight(item.method)
                self.lower_written[plain] |= not item.name.isupper()
                for etype, weight in item.cues:
                    self.votes[plain][etype] += weight
                    if etype == "Place" and weight >= 2:
                        self.place_cued.add(plain)
                    if etype in ("Organization", "Place") and weight > 0 and (weight >= 1 or dict(item.cues).get("Person", 0) < 0):
                        self.body_cued[plain][etype] += weight  # not the weak "in X", which bodies and times follow too
                if any(etype == "Person" and weight > 0 for etype, weight in item.cues) or (
                        item.type == "Person" and "rule:" in item.method):
                    self.person_evidence.add(plain)  # "Mr X", "X said", "X, 47,": more than the model's tag
            for i, item in enumerate(items):
                if (aid, i) in self.plain and item.name.isupper() and any(acronym_of(item.name, d) for d in documents):
                    self.document_acronyms.add(self.plain[(aid, i)])
        self._fold_outlets()

    def _fold_outlets(self) -> None:
        """A name read as a publication's title stays apart only from a place of that name ("The Atlantic" the
        magazine and the ocean); otherwise its mentions join the name's other mentions (in place)."""
        folded = {key: key[:-len(_OUTLET)] for key in self.votes if key.endswith(_OUTLET)}
        folded = {key: base for key, base in folded.items() if base not in self.votes or _vote(self.votes[base]) != "Place"}
        for key, base in folded.items():
            self.votes[base] += self.votes.pop(key)
            self.lower_written[base] |= self.lower_written.pop(key, False)
            if key in self.body_cued:
                self.body_cued[base] += self.body_cued.pop(key)
        self.plain = {where: folded.get(plain, plain) for where, plain in self.plain.items()}

    def _singular_of_known_group(self, aid: str, item: Item):
        """"Houthi rebels" where the gazetteer knows the Houthis: a body's one-word name that the gazetteer has
        only in the plural is that group when its article writes it before a lower-case word (a modifier).
        Not a town's name ("Hama" beside Hamas)."""
        name = item.name
        if item.type != "Organization" or not (name.isalpha() and name.istitle() and len(name) >= 4):
            return None
        entry = self.gazetteer.lookup_name(name + "s")
        if (entry is None or entry.type != "Organization" or place_index().lookup(name) is not None
                or not re.search(rf"\b{name} [a-z]{{3,}}", self.texts[aid])):
            return None
        return entry

    def _place_by_its_head(self, aid: str, item: Item):
        """"the Gulf" of an article that names no other gulf: the one place the gazetteer describes by the last
        word of its name (the Persian Gulf), also where the article does not name it in full (kg.extract.rules
        links the description there). Not where the article names another place of that word ("the Gulf of
        Mexico", "the Gulf of Oman")."""
        name = item.name
        if " " in name or not name.istitle() or item.type not in ("Place", "Organization"):
            return None
        targets = self.gazetteer.description_targets("the " + name)
        if len(targets) != 1 or targets[0].type != "Place" or targets[0].label.split()[-1] != name:
            return None
        target = targets[0]
        for other in re.finditer(rf"\b(?:([A-Z][\w-]+) {name}\b|{name} of [A-Z][\w-]+)", self.texts[aid]):
            if (other.group(1) or "").lower() != "the" and self.gazetteer.lookup_name(other.group(0)) is not target:
                return None
        return target

    def _adjective_of_surname(self, name: str) -> bool:
        """"McCarthyite", "Clintonite", "Stalinist": one word made of a surname the corpus names people by and an
        adjective's ending is no name (not a given name: "Christian", "Julian")."""
        found = _SURNAME_ADJECTIVE.match(name)
        return (found is not None and found.group(1) in self.tagged_surnames and len(found.group(1)) >= 4
                and name.lower() not in given_names())

    def _glued_to_country(self, item: Item) -> bool:
        """"Trump Russia", "CIA Korea": a surname the corpus names people by, or a body's acronym, run into a
        country's name by the tagger (a heading's "Trump-Russia probe"): two names, neither's."""
        words = item.name.split()
        if len(words) != 2 or item.method.startswith("metadata"):
            return False
        first = words[0]
        acronym = self.gazetteer.lookup_name(first) if first.isupper() else None
        if first.lower() in GENERIC_FIRST_WORDS:
            return False  # "West Pakistan", "New Zealand": a name of its own, whoever bears the word
        if not ((first in self.tagged_surnames and first.lower() not in given_names())
                or (acronym is not None and acronym.type == "Organization")):
            return False
        country = place_index().lookup(words[1])
        return country is not None and country.kind == "Country"

    def _surname_of_country(self, item: Item) -> bool:
        """"Putin of Russia" typed a body or a place: a surname the corpus names people by, of a country. The
        person is named in the same words; the span is no name of a body."""
        found = _OF_COUNTRY.match(item.name) if item.type != "Person" else None
        if (found is None or found.group(1) not in self.tagged_surnames
                or {w.lower() for w in item.name.split()} & (NON_PERSON_WORDS | ORGANIZATION_HEADS | PLACE_HEADS)):
            return False  # "Church of Cyprus", "Bank of Japan": a body, whoever bears the word as a surname
        country = place_index().lookup(found.group(2))
        return country is not None and country.kind == "Country"

    def _demonym_plural(self, name: str) -> bool:
        """"LGBT Americans", "Syrian Kurds": a name ending in the plural of a nationality names a group of people."""
        words = name.split()
        last = words[-1] if words else ""
        return (len(words) >= 2 and last.endswith("s") and last[:1].isupper()
                and self.gazetteer.country_for_demonym(last[:-1]) is not None
                and place_index().lookup(" ".join(words[:-1])) is None)  # a town's club: "Cleveland Indians"

    def _demonym_noun(self, name: str) -> bool:
        """"the Frenchman", "a Briton", "the Nebraskan", "Scots": one word that names a person, or people, by the
        country or region they are from (a demonym and "man", "woman"; a country's or first-level region's name and
        "n"), no name of anyone; not a given name ("Roman") nor a name GeoNames knows ("Iran", "Oman")."""
        lower = name.lower()
        if " " in name or not name.isalpha() or not name.istitle() or lower in given_names() or place_index().lookup(name):
            return False
        if lower in _NATIONALITY_NOUNS:
            return True
        person = _DEMONYM_PERSON.match(name)
        if person and (person.group(1).lower() in _BRITISH_DEMONYMS or self.gazetteer.country_for_demonym(person.group(1))):
            return True
        city = _CITY_DEMONYM.match(name)  # "Berliners", "Parisians": people of a city of 100,000 or more (a plural:
        # "Blumenauer" is a surname)
        if city and (town := place_index().lookup(city.group(1))) is not None and town.population >= 100000:
            return True
        return lower.endswith("n") and len(name) >= 6 and self.gazetteer.lookup_name(name) is None and bool(atlas.areas(name[:-1]))

    def _region_of_known_place(self, name: str):
        """"Idlib Province", "the province of Idlib": the gazetteer's town or region of that name, when the
        gazetteer has no entry of its own for the province (as _thing_key joins "Anbar Province" and "Anbar")."""
        base = _region_base(name)
        if base is None:
            return None
        entry = self.gazetteer.lookup_name(base)
        return entry if entry is not None and entry.type == "Place" and entry.subtype in ("City", "Region") else None

    def _era_of_known_body(self, name: str):
        """"the Obama Justice Department", "the Trump White House", "Obama New Start Treaty": a person's surname
        before a body or treaty the gazetteer knows dates it; it is that body or treaty."""
        first, _, rest = name.partition(" ")
        if (not rest or first not in self.tagged_surnames or first.lower() in given_names()
                or self.gazetteer.lookup_name(first) is not None or self.gazetteer.country_for_demonym(first) is not None):
            return None
        entry = self.gazetteer.lookup_name(rest)
        return entry if entry is not None and entry.type in ("Organization", "Treaty") else None

    def _with_other_preposition(self, name: str):
        """The gazetteer's body a name spells with another small preposition ("Council of Foreign
        Relations" for the Council on Foreign Relations), if exactly one."""
        found = set()
        for m in _PREPOSITION.finditer(name):
            for other in _PREPOSITIONS - {m.group(0)}:
                entry = self.gazetteer.lookup_name(name[:m.start()] + other + name[m.end():])
                if entry is not None and entry.type == "Organization":
                    found.add(entry)
        return next(iter(found)) if len(found) == 1 else None

    def _decide_types(self) -> dict[str, str | None]:
        """One type per name: the model's and rules' votes, plus given-name and surname evidence; None
        for a name the words around it call an event more than they type it."""
        bare_person = {k: v["Person"] for k, v in self.votes.items() if " " not in k and v["Person"]}
        first_words = Counter(k.split()[0] for k, v in self.votes.items()
                              if " " in k and _vote(v) == "Person")
        known_first = given_names() | {w for w, n in first_words.items() if n >= 3}
        surnames = {personkeys.surname(k.split()) for k, v in self.votes.items() if " " in k and _vote(v) == "Person"}
        types = {}
        places = place_index()
        common_nouns = self._common_second_words(known_first)
        for key, votes in self.votes.items():
            tokens = key.split()
            event = votes[EVENT]
            if event:
                votes = Counter({t: v for t, v in votes.items() if t != EVENT})
            place = places.lookup(key)
            if place is not None:
                # GeoNames knows the name: a tie or a lone odd tag goes to the place ("Douma", "Arak"),
                # less surely when people bear it too ("Lincoln").
                weight = 2.01 if place.kind != "City" or place.population >= 100000 else 1.25
                if not places.is_main_name(key):
                    weight = 0.75  # an old or foreign alternate ("Stalin" for Donetsk, "Lavov" for Lviv)
                if len(tokens) == 1 and (key in known_first or key in surnames or key in common_surnames()):
                    weight = min(weight, 0.9)  # people bear it too: a lone tag as a person wins ("Richardson")
                votes = votes + Counter(Place=weight)
            head = head_word(tokens) if len(tokens) >= 2 else ""
            if len(tokens) >= 2 and tokens[0] in ARMED_GROUP_FIRST_WORDS:
                head = "group"  # "Jaish al-Fateh", "Jabhat al-Nusra": Arabic for army, front
            elif len(tokens) >= 2 and tokens[0] not in known_first and (tokens[0] in ARABIC_PLACE_FIRST_WORDS or (
                    tokens[0] in ARABIC_PLACE_FIRST_WORDS_WITH_ARTICLE and tokens[1].startswith(ARABIC_ARTICLES))):
                head = "village"  # "Deir ez-Zor", "Ras al-Ayn": Arabic for monastery, cape
            elif len(tokens) >= 3 and tokens[0] in ROMANCE_PLACE_FIRST_WORDS and tokens[1] in ROMANCE_OF:
                # "Arc de Triomphe", "Place de la Concorde": a monument or a square, as surely as its noun says so
                head = "monument"
                votes = votes + Counter(Place=sum(v for v in votes.values() if v > 0))
            elif len(tokens) >= 3 and tokens[-1] in AGREEMENT_HEADS and head not in ORGANIZATION_HEADS | PLACE_HEADS:
                head = tokens[-1]  # "Status of Forces Agreement"; not the "Government of National Accord"
            if len(tokens) >= 3 and tokens[0] in ("center", "centre") and tokens[1] in ("for", "on"):
                head = "organization"  # "Center for Strategic and International Studies": a body, not a building
            if len(tokens) >= 2 and tokens[0] in LEADING_BODY_WORDS:
                head = "organization"  # "Team Obama": a team or an administration, never the person
            if head == "church" and set(tokens) & _DENOMINATIONS:
                head = "organization"  # "Russian Orthodox Church", "the Catholic Church": a body, not a building
            if head == "district" and "military" in tokens:
                head = "command"  # "Western Military District": an army's command, not an area
            if head in PLACE_HEADS:
                votes = votes + Counter(Place=1 + 0.75 * sum(votes.values()))  # "Western Wall", "River Clyde"
            elif head in ORGANIZATION_HEADS:
                votes = votes + Counter(Organization=1 + 0.75 * sum(votes.values()))
            elif head in TREATY_HEADS:
                share = 1.0 if head in AGREEMENT_HEADS else 0.75  # "Agreed Framework", "Minsk Protocol"
                votes = votes + Counter(Treaty=1 + share * sum(v for v in votes.values() if v > 0))
            elif len(tokens) == 1 and votes["Person"] <= 0 and (key in given_names() or (
                    key in surnames and place is None and votes["Place"] <= 0)):
                votes = votes + Counter(Person=1.0)  # "Melania" tagged as a place, "Churchill" as a body
            # "Monty Hall", "Gus Hall": a given name before a common surname that also heads buildings' names is a
            # person's name unless some mention's words call it a place ("at Carnegie Hall" has no given name)
            surname_head = (len(tokens) == 2 and tokens[1] in SURNAME_HEADS and tokens[0] in given_names()
                            and key not in self.place_cued)
            if (len(tokens) >= 2 and (surname_head or not set(tokens) & NON_PERSON_WORDS)
                    and head not in PLACE_HEADS | ORGANIZATION_HEADS):
                evidence = Counter(votes)
                if tokens[0] in known_first:
                    evidence["Person"] += 1.5
                if bare_person.get(tokens[-1]) and _vote(self.votes[tokens[-1]]) == "Person":
                    evidence["Person"] += 0.5 + bare_person[tokens[-1]] / 2  # "Strelkov" is a person
                votes = evidence
            etype = _vote(votes)
            if etype == "Person" and ((head in NON_PERSON_WORDS and (tokens[0] not in known_first or len(tokens) >= 3))
                                      or (len(tokens) == 1 and not self.lower_written[key] and key not in surnames)):
                # "Saban Center", "National Iranian Television", "Margaret Thatcher Center": the head word names a body or a place;
                # "FSA", always in capitals, is an acronym, and people's are resolved above ("JFK")
                etype = "Place" if votes["Place"] > votes["Organization"] else "Organization"
            if (etype == "Person" and len(tokens) == 1 and key not in self.person_evidence and key not in known_first
                    and key not in surnames and key not in common_surnames() and key not in EAST_ASIAN_FAMILY_NAMES
                    and key not in known_surnames() and not _SLAVIC_SURNAME.search(key)):
                # "Brexit", "Ladakh", "Gazprombank", "Asperger": one word the model alone calls a person, no
                # person's name of the corpus ends in it, and no title, verb of saying or name list says so;
                # another type some mention voted for ("in Walikali", "Spurs' coach") is kept
                others = [(votes[t], t) for t in ("Place", "Organization") if votes[t] > 0]
                etype = max(others)[1] if others else None
            if (etype == "Person" and len(tokens) == 2 and tokens[1] in common_nouns and key not in self.person_evidence
                    and tokens[0] not in known_first and tokens[0] not in EAST_ASIAN_FAMILY_NAMES):
                # "the “Guam Killer”" (a missile), "Patriot Act"-like title-case words: no given name, no title or verb of
                # saying, and a last word the corpus writes in lower case that no one here bears as a surname
                others = [(votes[t], t) for t in ("Place", "Organization") if votes[t] > 0]
                etype = max(others)[1] if others else None
            if (etype != "Person" and len(tokens) >= 2 and key in self.person_evidence and tokens[0] in given_names()
                    and place is None and not self.body_cued.get(key) and not set(tokens) & NON_PERSON_WORDS
                    and head not in PLACE_HEADS | ORGANIZATION_HEADS | TREATY_HEADS and self.gazetteer.lookup_name(key) is None):
                # "NPR's Leila Fadel" tagged a body time after time, where a rule or the words around a mention say
                # person ("Fadel, who", "correspondent Leila Fadel") and none says body or place: a given name decides
                etype = "Person"
            if (etype == "Person" and len(tokens) >= 2 and key not in self.person_evidence and tokens[0] not in known_first
                    and tokens[0] not in EAST_ASIAN_FAMILY_NAMES and self.body_cued.get(key)):
                # "the French research university Sciences Po", "the Revolutionary Guard as": no given name, no title or
                # verb of saying, and the words around a mention call it a body or a place: the model's person tag loses
                cued = self.body_cued[key]
                etype = max(("Organization", "Place"), key=lambda t: (cued[t], t == "Organization"))
            if (etype == "Person" and len(tokens) == 1 and key not in self.person_evidence and key not in surnames
                    and key not in common_surnames() and atlas.areas(key)):
                etype = "Place"  # "Alberta's oil sands": a country or province the model alone calls a person
            if etype is not None and place is None and key not in self.place_cued and _is_coined_event(tokens, key in surnames):
                etype = None
            types[key] = None if etype is None or event > votes[etype] else etype
        self._retype_spellings(types, known_first)
        for key in self.document_acronyms:
            types[key] = None
        return types

    def _common_second_words(self, known_first: set[str]) -> frozenset[str]:
        """Last words of two-word "people" without a given name that the corpus writes in lower case at least twice and
        no one bears as a surname ("killer" of "Guam Killer"), so the name is two title-case words, not a person's."""
        candidates = {words[1] for k, v in self.votes.items() if len(words := k.split()) == 2 and _vote(v) == "Person"
                      and words[0] not in known_first and words[1].isalpha()}
        # surnames of people named with a given name here ("Tom Cotton"), not of the candidates themselves
        borne = {personkeys.surname(words) for k, v in self.votes.items() if len(words := k.split()) >= 2 and _vote(v) == "Person"
                 and words[0] in known_first}
        candidates -= borne | common_surnames() | known_surnames() | given_names()
        if not candidates:
            return frozenset()
        seen: Counter = Counter()
        for text in self.texts.values():
            seen.update(w for w in _LOWER_WORD.findall(text) if w in candidates)
        return frozenset(w for w in candidates if seen[w] >= 2)

    def _retype_spellings(self, types: dict[str, str | None], known_first: set[str]) -> None:
        """"Ahrar al Sham" beside "the Ahrar al-Sham and": another spelling of a name the words around it made a body
        or a place takes that type too, unless a mention of its own says it is a person's (in place)."""
        retyped = {_thing_key(key, "Organization"): types[key] for key, cued in self.body_cued.items()
                   if " " in key and types.get(key) in ("Organization", "Place")}
        if not retyped:
            return
        for key, etype in types.items():
            if (etype == "Person" and " " in key and key not in self.person_evidence and key.split()[0] not in known_first
                    and _thing_key(key, "Organization") in retyped):
                types[key] = retyped[_thing_key(key, "Organization")]

    def type_of(self, where: tuple[str, int]) -> str:
        return self.types[self.plain[where]]

    def _cluster_people(self) -> None:
        people = _UnionFind()
        person_keys = set()
        for where, plain in self.plain.items():
            if self.types[plain] == "Person":
                pk = _person_key(self.items[where[0]][where[1]].name)
                if " " in pk:
                    person_keys.add(pk)
        by_surname: dict[str, list[str]] = defaultdict(list)
        for k in sorted(person_keys):
            core = personkeys.generation(k.split())[0]
            by_surname[core[-1][:3]].append(k)
            by_surname["\x00" + " ".join(core[:-1])].append(k)  # "Recep Tayyip Ergodan": a typo early in the surname
        middles: dict[str, set] = {}  # cluster -> the middle names of its keys
        pending: list[tuple[str, str]] = []
        for keys in by_surname.values():
            for x, a in enumerate(keys):
                for b in keys[x + 1:]:
                    if not personkeys.compatible_people(a.split(), b.split()):
                        continue
                    if (personkeys.middle(a.split()) is None) == (personkeys.middle(b.split()) is None):
                        self._union_people(people, middles, a, b)
                    else:
                        pending.append((a, b))
        # A name without a middle one joins the names with one last, and only when those agree: "George Bush"
        # beside George H. W. and George W. Bush is neither.
        without: dict[str, set[str]] = defaultdict(set)
        for a, b in pending:
            bare, full = (a, b) if personkeys.middle(a.split()) is None else (b, a)
            without[bare].add(full)
        for bare, fulls in sorted(without.items()):
            roots = sorted({people.find(f) for f in fulls})
            found = set().union(*(middles.get(r, {personkeys.middle(r.split())} - {None}) for r in roots))
            if not any(personkeys.middles_differ(x, y) for x in found for y in found):
                for full in sorted(fulls):
                    self._union_people(people, middles, bare, full)
        self._join_generations(people, middles, person_keys)
        self._join_spellings(people, person_keys)
        self.people, self.person_keys = people, person_keys
        # clusters of a curated officeholder under any of their names (a cluster's key may be another form)
        self.curated = {people.find(k) for k in person_keys if known_person([k]) is not None}
        self.plain_surnames = {k.split()[-1] for k in person_keys if not personkeys.generation(k.split())[1]}
        self.by_family: dict[str, set[str]] = defaultdict(set)
        for k in person_keys:
            self.by_family[self._family(k)].add(people.find(k))
        self.cluster_articles: Counter = Counter()
        for aid, items in self.items.items():
            seen = {people.find(pk) for i, item in enumerate(items)
                    if (aid, i) in self.plain and (pk := _person_key(item.name)) in person_keys}
            self.cluster_articles.update(seen)

    @staticmethod
    def _union_people(people: _UnionFind, middles: dict[str, set], a: str, b: str) -> None:
        """Join two person keys unless their clusters hold middle names of two people (H. W. and W.)."""
        ra, rb = people.find(a), people.find(b)
        if ra == rb:
            return
        here = middles.get(ra, {personkeys.middle(ra.split())} - {None}) | middles.get(rb, {personkeys.middle(rb.split())} - {None})
        if any(personkeys.middles_differ(x, y) for x in here for y in here):
            return
        people.union(ra, rb)
        middles[people.find(ra)] = here

    def _join_generations(self, people: _UnionFind, middles: dict[str, set], person_keys: set[str]) -> None:
        """"James A. Baker III" and "James Baker", "Joseph F. Dunford Jr." and "Joseph Dunford": a plain name (no
        middle, no generation) is the bearer of the suffixed names of its given name and surname when they are
        one person's and each is written with middle initials. Not beside a suffix written without a middle
        name ("Donald Trump Jr."), nor when an article also writes the full name without it ("Robert F.
        Kennedy" beside his son): there the suffix alone tells a son from his father; nor beside two people
        ("Robert A. Smith III", "Robert B. Smith Jr.")."""
        articles: dict[str, set[str]] = defaultdict(set)  # person key -> the articles that write it
        for (aid, i), plain in self.plain.items():
            if self.types[plain] == "Person":
                articles[_person_key(self.items[aid][i].name)].add(aid)
        by_surname: dict[str, list[str]] = defaultdict(list)
        for k in sorted(person_keys):
            by_surname[personkeys.generation(k.split())[0][-1]].append(k)
        for keys in by_surname.values():
            suffixed = [(k, personkeys.generation(k.split())[0]) for k in keys if personkeys.generation(k.split())[1]]
            if not suffixed:
                continue
            for b in keys:
                if personkeys.generation(b.split())[1] or personkeys.middle(b.split()) is not None:
                    continue
                fulls = [(g, core) for g, core in suffixed if personkeys.compatible_people(b.split(), core)]
                roots = {people.find(g) for g, _ in fulls}
                if len(roots) != 1 or not all(personkeys.middle(core) is not None and personkeys.middle(core)[1] for _, core in fulls):
                    continue
                # "Robert F. Kennedy Jr." on his father Robert F. Kennedy: an article that writes the full name
                # with and without the suffix names two men, and the plain name may be either's
                if not any(articles[g] & articles.get(" ".join(core), set()) for g, core in fulls):
                    self._union_people(people, middles, fulls[0][0], b)

    def _family(self, key: str) -> str:
        """The bare name a person key's bearer goes by: "dunford" of Joseph F. Dunford Jr., but "jr" (no one's)
        for Donald Trump Jr. where another Trump is named without "Jr.": a bare "Trump" is sooner the other's."""
        core, generation = personkeys.generation(key.split())
        if generation and core[-1] in self.plain_surnames:
            return generation
        return personkeys.family_name(key.split())

    def _join_spellings(self, people: _UnionFind, person_keys: set[str]) -> None:
        """Two spellings of one given name with the same surname ("Mikhail"/"Mihaylo Koval", "Steven"/
        "Stephen Mnuchin", "Adel Abdel"/"Adil Abdul Mahdi"): one person when no article names both in
        full (relatives are named together) and they share two neighbours. Under a common surname
        only a cut given name counts ("Ash"/"Ashton Carter"): "Joan" and "John Smith" are two people."""
        by_surname: dict[str, set[str]] = defaultdict(set)
        for k in sorted(person_keys):
            # "Sissi"/"Sisi", "Ayyoub"/"Ayoub": a doubled letter is a transliteration's choice
            by_surname[_DOUBLED.sub(r"\1", personkeys.surname(k.split()))].add(people.find(k))
        pairs = [(a, b) for surname, roots in sorted(by_surname.items()) if len(roots) >= 2 and len(surname) >= 3
                 for x, a in enumerate(sorted(roots)) for b in sorted(roots)[x + 1:] if self._spellings(a, b, surname)]
        if not pairs:
            return
        articles: dict[str, set[str]] = defaultdict(set)  # cluster -> articles naming it in full
        keys_in: dict[str, set[str]] = defaultdict(set)  # article -> the names it mentions
        for (aid, i), plain in self.plain.items():
            keys_in[aid].add(plain)
            pk = _person_key(self.items[aid][i].name)
            if pk in person_keys:
                articles[people.find(pk)].add(aid)
        for (aid, _), entry_id in self.gz.items():
            keys_in[aid].add("gz:" + entry_id)
        for a, b in pairs:
            a, b = people.find(a), people.find(b)
            if a == b or articles[a] & articles[b]:
                continue
            near_a = set().union(*(keys_in[aid] for aid in articles[a])) - {a, b}
            near_b = set().union(*(keys_in[aid] for aid in articles[b])) - {a, b}
            if len(near_a & near_b) >= 2:
                people.union(a, b)

    @staticmethod
    def _spellings(a: str, b: str, surname: str) -> bool:
        """`a` and `b` (person keys of one surname) spell one given name two ways."""
        (core_a, gen_a), (core_b, gen_b) = personkeys.generation(a.split()), personkeys.generation(b.split())
        if gen_a != gen_b:
            return False
        given_a, given_b = core_a[:-1], core_b[:-1]
        same_given = "".join(given_a).replace("-", "") == "".join(given_b).replace("-", "")
        if core_a[-1] != core_b[-1] or (given_a and same_given):
            return bool(given_a) and same_given  # "Sissi"/"Sisi", "Abdel-Fattah"/"Abdelfattah": one spelt two ways
        if not given_a or not given_b or len(given_a) != len(given_b) or personkeys.middles_differ(personkeys.middle(a.split()), personkeys.middle(b.split())):
            return False
        if any(w.endswith(".") for w in given_a + given_b):
            return False  # "P.J." is no spelling of Paul: initials join only the same initials
        sexes = {given_name_sex(given_a[0]), given_name_sex(given_b[0])} - {""}
        if len(sexes) > 1:
            return False  # "Monica" and "Michael Crowley": a woman's and a man's given name
        # the formal name as a person key spells it: "Stan" is "stanley", which the key of "Stanley" writes `stanli`
        first_a, first_b = (" ".join(translit(formal_given_name(w)) for w in given) for given in (given_a, given_b))
        if first_a[0] != first_b[0]:
            return False
        if is_common_surname(surname):  # the person key's spelling too: "crowli"
            short, long = sorted((first_a, first_b), key=len)
            return len(short) >= 3 and long.startswith(short)
        return fuzz.ratio(first_a, first_b) >= 60

    def assign(self, aid: str) -> list[str | None]:
        """The group key of each item of one article."""
        items = self.items[aid]
        in_article: dict[str, set[str]] = defaultdict(set)
        given_in_article: dict[str, set[str]] = defaultdict(set)
        full_at: dict[str, list[int]] = defaultdict(list)  # person cluster -> its full-name items here
        for i, item in enumerate(items):
            if (aid, i) in self.plain and not item.heading:
                pk = _person_key(item.name)
                if pk in self.person_keys:
                    cluster = self.people.find(pk)
                    if not item.relative:  # "Netanyahu and his wife, Sara" names Sara, but not in full
                        full_at[cluster].append(i)
                    in_article[self._family(pk)].add(cluster)
                    core, generation = personkeys.generation(pk.split())
                    if generation:  # "Judge Ellis" where only T.S. Ellis III is named: see _key
                        in_article["\x01" + core[-1]].add(cluster)
                    given_in_article[item.name.split()[0].lower()].add(cluster)
                    initials = "".join(w[0] for w in item.name.split() if w[:1].isupper())
                    given_in_article["\x00" + initials].add(cluster)  # "JFK"
        short_forms = self._short_forms(aid)
        keys: list[str | None] = []
        for i, item in enumerate(items):
            where = (aid, i)
            if where in self.gz:
                keys.append("gz:" + self.gz[where])
            elif where not in self.plain:
                keys.append(None)
            elif (self.type_of(where) == "Organization" and len(short_forms.get(item.name, ())) == 1
                  and not self.plain[where].endswith(_OUTLET)):  # "Nicholas Burns, The Atlantic" is not NATO's "Atlantic"
                keys.append(next(iter(short_forms[item.name])))  # "Fox" where the article names Fox News
            else:
                keys.append(self._key(where, item, in_article, given_in_article, full_at))
        return keys

    def _short_forms(self, aid: str) -> dict[str, set[str]]:
        """First words of the article's organisations' names that are names too: "Fox" of Fox News."""
        found: dict[str, set[str]] = defaultdict(set)
        for i, item in enumerate(self.items[aid]):
            where = (aid, i)
            if where in self.gz:
                entry = self.gazetteer.by_id(self.gz[where])
                if entry.type == "Organization":
                    for name in entry.names:
                        for word in _short_words(name):
                            found[word].add("gz:" + entry.id)
            elif where in self.plain and " " in item.name and self.type_of(where) == "Organization":
                for word in _short_words(item.name):
                    found[word].add("n:" + _thing_key(self.plain[where], "Organization"))
        return {k: v for k, v in found.items() if k[:1].isupper() and len(k) >= 3 and k.lower() not in GENERIC_FIRST_WORDS
                and k.lower() not in ORGANIZATION_HEADS | PLACE_HEADS | NON_PERSON_WORDS}

    def _key(self, where, item: Item, in_article, given_in_article, full_at) -> str | None:
        etype = self.type_of(where)
        ordinary = ((self.plain[where] in self.common and not item.name.isupper()) or (where[0], item.name) in self.plural_acronyms) \
            and not item.method.startswith("metadata")
        if ordinary or (etype == "Person" and (is_cut_person(self.plain[where])
                                                                        or self._is_family(self.plain[where])
                                                                        or self._is_glued(self.plain[where]))):
            return None
        pair = _TWO_SURNAMES.match(item.name)
        if pair and all(self.by_family.get(w.lower()) for w in pair.groups()):
            return None  # "Rubio and Tillerson": two people the corpus names in full, no name of one
        pk = _person_key(item.name)
        if pk in self.person_keys:
            return "p:" + self.people.find(pk)
        single = pk if pk and " " not in pk else ""
        if item.heading:
            chosen = self._choose(in_article.get(single, set()), full_at, where[1])
            return "p:" + chosen if chosen else None
        first_name_here = item.type == "Person" and len(given_in_article.get(item.name.lower(), ())) == 1
        if single and (etype == "Person" or single in in_article or "\x00" + item.name in given_in_article
                       or first_name_here):
            here = in_article.get(single, set())
            cands = personkeys.of_sex(here, item.sex)
            if cands:
                cands = self._officeholder_over_relative(single, cands, item.sex)
            if cands:
                chosen = self._choose(cands, full_at, where[1])
            else:
                bearers = personkeys.of_sex(self.by_family.get(single, set()), item.sex)
                chosen = _dominant(bearers, self.cluster_articles)
                suffixed = personkeys.of_sex(in_article.get("\x01" + single, set()), item.sex)
                if chosen is None and len(suffixed) == 1 and not bearers & self.curated:
                    # "Judge Ellis" where the article names T.S. Ellis III and no other Ellis: him, though others
                    # bear the surname plain elsewhere (which keeps a bare "Trump" off Donald Trump Jr., above);
                    # not where an officeholder bears it, whom a bare surname beside his son often means
                    chosen = next(iter(suffixed))
                if chosen is None and here:
                    # "Mrs May" where the article names only Philip May: not him. "Mrs Trump" where only
                    # Donald Trump is named anywhere is his unnamed wife: no one. A man is still the man
                    # named when the corpus knows no other bearer: the Census is American, and gives
                    # Vivian, Hilary or Andrea mostly to women ("Mr Balakrishnan" is Vivian Balakrishnan).
                    if bearers or item.sex == "f":
                        return None
                    chosen = self._choose(here, full_at, where[1])
                first = item.name.lower()
                # "Gordon said" where the article names Gordon Chang and no one of that surname: him, not the
                # corpus's most named Gordon (Michael R. Gordon), unless that bearer is a curated officeholder
                elsewhere = chosen is not None and not here and chosen not in self.curated
                if (chosen is None or elsewhere) and (first in given_names() or etype == "Person" or first_name_here) \
                        and len(given_in_article.get(first, ())) == 1:
                    chosen = next(iter(given_in_article[first]))  # "Soraya" in Soraya Sarhaddi Nelson's article
            if chosen is None and item.name.isupper() and len(given_in_article.get("\x00" + item.name, ())) == 1:
                chosen = next(iter(given_in_article["\x00" + item.name]))  # "JFK" where John F. Kennedy is named
            initial = _INITIALS.match(item.name)
            if initial and chosen is not None and not chosen.startswith(initial.group(1).lower()):
                return "p:" + name_key(item.name)  # "S.A. Miller" is not Aaron David Miller
            if chosen is not None:
                return "p:" + chosen
            if etype == "Person" and not cands and len(self.by_family.get(single, ())) >= 2:
                # "President Bush" where the corpus names George W. and Jeb Bush equally often and the
                # article neither: some one of them, not a node of its own beside them
                return None
            if etype == "Person":
                return "p:" + single
        if etype == "Person":
            return "p:" + (pk or self.plain[where])
        plain = self.plain[where]
        return "n:" + _thing_key(self.team_of.get((where[0], plain)) or self.singular_of.get(plain, plain), etype)

    def _officeholder_over_relative(self, surname: str, cands: set[str], sex: str = "") -> set[str]:
        """"Netanyahu" in a caption of an article that names only Sara Netanyahu in full, "Trump" beside
        Melania and Ivanka Trump: the corpus's one curated officeholder of that surname (ontology/people.json),
        when no person named here is an officeholder or known to be a man (women, rare given names, or no
        given name at all: "President Trump"), and the corpus names the officeholder in at least twice as
        many articles as any of them. An honorific must fit the officeholder: "Mr. Trump" beside Melania Trump
        (a given name the census does not know) is the president, "Mrs Netanyahu" keeps Sara."""
        if any(known_person([c]) is not None or given_name_sex(personkeys.given_name(c.split())) == "m" for c in cands):
            return cands  # a man named in full is the bare surname's bearer ("Ty M. Carter ... Carter")
        holders = {c: person.wikidata for c in self.by_family.get(surname, ()) if c not in cands
                   and (person := known_person([c])) is not None}
        if len(set(holders.values())) != 1:
            return cands
        # one officeholder may head several clusters ("Donald Trump", "Donald J. Trump"): the most named
        holder = max(holders, key=lambda c: (self.cluster_articles[c], c))
        if sex and given_name_sex(personkeys.given_name(holder.split())) != sex:
            return cands
        if self.cluster_articles[holder] >= max(2, 2 * max(self.cluster_articles[c] for c in cands)):
            return {holder}
        return cands

    def _others_bear(self, surname: str, plain: str) -> bool:
        """True when someone other than the person named `plain` is named in full with this surname."""
        pk = _person_key(plain)
        own = self.people.find(pk) if pk in self.person_keys else pk
        return bool(self.by_family.get(surname, set()) - {own})

    def _is_glued(self, plain: str) -> bool:
        """"Trump Russia", "Twitter Trump": a surname glued to a name the gazetteer knows, no first name."""
        tokens = plain.split()
        if len(tokens) != 2 or tokens[0] in given_names():
            return False
        return any(t in self.by_family and self.gazetteer.lookup_name(other) is not None
                   for t, other in (tokens, tokens[::-1]))

    def _is_family(self, plain: str) -> bool:
        """"the Kims", "the Clintons": a family, not one of its members."""
        return plain.endswith("s") and plain[:-1] in self.by_family and plain not in self.by_family

    def _choose(self, cands: set[str], full_at: dict[str, list[int]], at: int) -> str | None:
        """The bearer a bare surname at item `at` means among the article's people of that surname.

        The one the article names far more often, else the one the corpus does, else the one
        named in full most recently before it ("Jeb Bush ... Bush" after "George W. Bush").
        """
        if len(cands) <= 1:
            return next(iter(cands), None)
        chosen = _dominant(cands, {c: len(full_at[c]) for c in cands}) or _dominant(cands, self.cluster_articles)
        if chosen is None:
            before = [(max(i for i in full_at[c] if i < at), c) for c in cands if any(i < at for i in full_at[c])]
            chosen = max(before)[1] if before else None
        return chosen

    def resolve(self) -> tuple[dict[str, _Group], dict[str, list]]:
        groups: dict[str, _Group] = {}
        keys_by_article = {ex.article.id: self.assign(ex.article.id) for ex in self.articles}
        # a publication kept apart from a sea of its name is no short form of a longer name ("Atlantic" of NATO's)
        links = link_variants({aid: [Named(k, item.name, self._item_type((aid, i)), self._is_acronym((aid, i)))
                                     if k and not self.plain.get((aid, i), "").endswith(_OUTLET) else None
                                     for i, (item, k) in enumerate(zip(self.items[aid], keys))]
                               for aid, keys in keys_by_article.items()},
                              self.texts, modifier=_is_place_word, nationality=self._nationality)
        for (aid, i), target in links.items():
            keys_by_article[aid][i] = target
        senses = {}
        owned_names: dict[tuple[str, int], str] = {}  # a body's owner-less name -> its name with its country
        for ex in self.articles:
            aid = ex.article.id
            named = self._place_named(ex, keys_by_article[aid])
            senses[aid] = place_senses(ex.article.text, named, self.gazetteer)
            for i in foreign_bodies(ex.article.text, named, self.gazetteer):
                keys_by_article[aid][i] = None  # "the Conservatives" of a Canadian article: not Britain's party
            own = {k for j, k in enumerate(keys_by_article[aid]) if (aid, j) not in links}
            for i, owner in owned_bodies(ex.article.text, named, self.gazetteer).items():
                key = keys_by_article[aid][i]
                if key is None or (not key.startswith("n:") and named[i].entry is None and (aid, i) not in links):
                    # a gazetteer body is read by its bare name ("Congress" of an article about Brazil) or where
                    # it followed what other articles' name meant (India's "Supreme Court" after the U.S. one's)
                    continue
                if owner.entry is not None:
                    keys_by_article[aid][i] = "gz:" + owner.entry.id  # "the Senate" of an American article
                    continue
                if (aid, i) in links and links[(aid, i)] in own:
                    continue  # "Parliament" after "the Iraqi Parliament": the name it is a form of here
                if (aid, i) in links:  # it followed what other articles' name meant: another country's, maybe
                    key = "n:" + _thing_key(self.plain[(aid, i)], "Organization")
                if owner.name:  # "the Supreme Court" of an Indian article: the Supreme Court of India
                    keys_by_article[aid][i] = "n:" + _thing_key(name_key(owner.name), "Organization")
                    owned_names[(aid, i)] = owner.name
                else:
                    keys_by_article[aid][i] = key + "@" + aid  # "the Senate" of an article about Iran: its own
        relinked = corpus_towns(senses, keys_by_article)  # "Burlington": the corpus means Vermont's
        for aid, found in senses.items():
            for i, sense in found.items():
                if keys_by_article[aid][i] not in relinked:
                    keys_by_article[aid][i] = sense.key
        for ex in self.articles:
            _join_facilities(ex, self.items[ex.article.id], keys_by_article[ex.article.id])
        for ex in self.articles:
            aid = ex.article.id
            keys = keys_by_article[aid]
            for i, (item, key) in enumerate(zip(self.items[aid], keys)):
                if key is None:
                    continue
                key = intern(key)
                group = groups.get(key)
                if group is None:
                    group = groups[key] = _Group(gazetteer_id=key[3:] if key.startswith("gz:") else "",
                                                 place=relinked.get(key))
                sense = senses[aid].get(i)
                if sense is not None and sense.key == key and sense.label:
                    if not group.label or sense.label < group.label:  # any input order gives one label
                        group.label, group.place = sense.label, sense.place
                    group.types["Place"] += 1  # a gazetteer town's own vote is its entry's
                if (aid, i) in owned_names:
                    group.forms[owned_names[(aid, i)]] += 1
                    group.forms[item.name] += 0  # "Supreme Court": an alternative label of the Supreme Court of India
                elif item.method != "rule:description":
                    group.forms[item.name] += 1
                if item.written:
                    group.forms[item.written] += 0  # an alternative label, never the label
                if (aid, i) in owned_names and (aid, i) in self.gz:  # "Congress" of an article on Brazil: a body, as its entry
                    group.types[self._item_type((aid, i))] += 1
                elif (aid, i) in self.plain and (aid, i) not in links:  # a short form's type is its full name's
                    group.types[self.type_of((aid, i))] += 1
                elif (aid, i) in self.plain:
                    group.linked_types[self.type_of((aid, i))] += 1
                group.articles.add(aid)
        for group in groups.values():
            if not group.label and not group.gazetteer_id and (group.types or group.linked_types) and _vote(group.types + group.linked_types) == "Organization":
                # the bare name written at least as often ("Norwegian Nobel Committee" is the full name)
                bare = sorted(rest for f in group.forms if group.forms[f]
                              for first, _, rest in [f.partition(" ")]
                              if rest and group.forms.get(rest, 0) >= group.forms[f] and self._nationality(first))
                if bare:
                    group.label = bare[0]  # "Airbus", not "European Airbus": the nationality says whose it is
        return groups, keys_by_article

    def _place_named(self, ex: Extraction, keys: list) -> list:
        """The article's mentions as kg.placesense reads them (None for a mention resolution dropped)."""
        return [PlaceNamed(m.start, m.end, item.name, self._item_type((ex.article.id, i)),
                            self.gazetteer.by_id(self.gz[(ex.article.id, i)]) if (ex.article.id, i) in self.gz else None)
                 if key is not None and item.name else None
                 for i, (m, item, key) in enumerate(zip(ex.mentions, self.items[ex.article.id], keys))]

    def _nationality(self, word: str) -> bool:
        """"Russian", "U.S.", "European": a word that says whose a body is, not which body."""
        if word in _CONTINENTAL:
            return True
        entry = self.gazetteer.lookup_name(word)
        return self.gazetteer.country_for_demonym(word) is not None or (
            entry is not None and entry.type == "Place" and entry.subtype == "Country")

    def _is_acronym(self, where: tuple[str, int]) -> bool:
        """A gazetteer name written as one of its entry's acronyms, in any case ("Start" for START)."""
        name = self.items[where[0]][where[1]].name.upper()
        return where in self.gz and name in self.gazetteer.by_id(self.gz[where]).acronyms

    def _item_type(self, where: tuple[str, int]) -> str:
        return self.gazetteer.by_id(self.gz[where]).type if where in self.gz else self.type_of(where)


def _short_words(name: str) -> tuple[str, ...]:
    """The words of a body's name that may stand for it in its article: the first ("Fox" of Fox News), and
    the last of a two-word name ("Brotherhood" of the Muslim Brotherhood; head words such as "Union" are
    left out by the caller)."""
    words = name.split()
    if len(words) < 2 or words[0].lower() in LEADING_BODY_WORDS:
        return ()  # "Obama" of "Team Obama" is the man, never the team
    last = words[-1]
    # Not an acronym ("Kurdish YPG": kg.linking reads acronyms) nor a plural ("Cynical Scots": a group).
    return (words[0], last) if len(words) == 2 and last.istitle() and not last.endswith("s") else (words[0],)


def _join_facilities(ex: Extraction, items: list, keys: list) -> None:
    """"the Murted airbase" beside "Murted Airport" in one article: a name written before a lower-case
    facility word ("X air base", "X airport"), or a name made so, is the one airfield the article names
    with a capitalised facility head. Not across articles, nor where the article names two such."""
    named: dict[str, set[str]] = defaultdict(set)
    for item, key in zip(items, keys):
        found = _FACILITY_NAME.match(item.name) if key else None
        if found and found.group(2)[:1].isupper():
            named[found.group(1)].add(key)
    if not named:
        return
    text = ex.article.text
    for i, (mention, item, key) in enumerate(zip(ex.mentions, items, keys)):
        found = _FACILITY_NAME.match(item.name)
        if found and found.group(2)[:1].islower() and found.group(2) != "base":
            bare = found.group(1)  # "Murted airbase" read as one name
        elif _FACILITY_AFTER.match(text, mention.end):
            bare = item.name  # "Murted" of "the Murted airbase"
        else:
            continue
        if key is not None and len(named.get(bare, ())) == 1 and key not in named[bare]:
            keys[i] = next(iter(named[bare]))


# Adjectives of continents and of the Arab world: the gazetteer's demonyms are countries' only.
_CONTINENTAL = frozenset("European African Asian Arab".split())


_DOUBLED = re.compile(r"(.)\1")


def _small_town(key: str) -> bool:
    """A town of fewer than 100,000 people by GeoNames' main name ("defiance", Ohio): a common word first."""
    place = place_index().lookup(key)
    return place is not None and place.kind == "City" and place.population < 100000 and place_index().is_main_name(key)


def _is_place_word(word: str) -> bool:
    """A (lower-case) word that is a place's name in GeoNames or the gazetteer ("ohio", "berlin")."""
    return place_index().lookup(word) is not None


def _label(group: _Group, entry) -> str:
    if entry is not None:
        return entry.label
    if group.label:
        return group.label
    # The fullest common form: a multi-word name if there is one, the most frequent of those; a
    # Latin-script form when there is one, so a node named in English and Russian keeps its English label.
    # A form cut before its tail ("Margaret Thatcher Center" of "... Center for Freedom") is no label.
    forms = [f for f in group.forms if not any(cut_before_tail(_key_words(f), _key_words(g)) for g in group.forms)]
    # "Team Obama" is a name of the Obama administration, not its label.
    return min(forms or group.forms, key=lambda f: (not f.isascii() and label_language(f) is not None,
                                                    len(f.split()) < 2, f.split()[0].lower() in LEADING_BODY_WORDS,
                                                    -group.forms[f], -len(f.split()), f))


@lru_cache(maxsize=1 << 16)
def _key_words(name: str) -> tuple[str, ...]:
    return tuple(name_key(name).split())


def _names(group: _Group, entry) -> set[str]:
    """Every name of a group: its surface forms and, for a gazetteer entity, the entry's names."""
    return set(group.forms) | ({*entry.names, *entry.acronyms} if entry is not None else set())


def _mint(groups: dict[str, _Group], gazetteer: Gazetteer, overrides: dict) -> dict[str, str]:
    requests = []
    for key, group in groups.items():
        entry = gazetteer.by_id(group.gazetteer_id) if group.gazetteer_id else None
        o = overrides.get(key)
        label = (o.label if o and o.label else "") or _label(group, entry)
        requests.append(IriRequest(key, label, len(group.articles), entry is not None, o.iri if o else ""))
    return mint_entity_ids(requests)


def resolve_entities(extractions: list[Extraction], gazetteer: Gazetteer,
                     corrections: Corrections | None = None) -> Resolution:
    """Assign every mention (and metadata name) of every article to a corpus-wide entity.

    `corrections` (kg.corrections) are applied last, over the whole corpus, on every build.
    """
    resolver = _Resolver(extractions, gazetteer)
    groups, keys_by_article = resolver.resolve()
    for key in [k for k, g in groups.items() if not g.forms and not g.gazetteer_id]:
        del groups[key]
    _merge_same_places(groups, keys_by_article, gazetteer)
    overrides = {}
    if corrections is not None and corrections.items:
        before = _mint(groups, gazetteer, {})
        overrides, unmatched = apply_corrections(
            corrections, groups, keys_by_article,
            {aid: [item.name for item in items] for aid, items in resolver.items.items()},
            group_names=lambda k: _names(groups[k], gazetteer.by_id(groups[k].gazetteer_id)),
            current_iri=lambda k: before.get(k, ""), new_group=_Group)
        for correction in unmatched:
            log.warning("%s: no entity is named %s; correction ignored", corrections.source, correction.text)
    slugs = _mint(groups, gazetteer, overrides)
    entities = []
    for key in sorted(groups):
        group = groups[key]
        entry = gazetteer.by_id(group.gazetteer_id) if group.gazetteer_id else None
        o = overrides.get(key)
        etype = (entry.type if entry else "Person" if key.startswith("p:")
                 else _vote(group.types) if group.types else _vote(group.linked_types) if group.linked_types else "Person")
        etype = (o.type if o and o.type else "") or etype
        label = (o.label if o and o.label else "") or _label(group, entry)
        alts = tuple(sorted(f for f in group.forms if f != label))
        place = group.place if group.place and etype == "Place" else _geonames(etype, label, alts, entry)
        known = known_person([label, *alts]) if etype == "Person" and entry is None else None
        entities.append(Entity(key=slugs[key], type=etype, label=label, alt_labels=alts,
                               wikidata=(o.wikidata if o and o.wikidata else "") or (entry.wikidata if entry else None)
                               or (known.wikidata if known else None),
                               subtype=entry.subtype if entry and entry.type == etype else None,
                               same_as=(place.iri,) if place else (),
                               geo=(place.lat, place.lon) if place and place.lat is not None else None,
                               corrections=tuple(o.notes or ()) if o else ()))
    entities.sort(key=lambda e: e.key)
    mention_keys, metadata_keys = {}, {}
    for ex in resolver.articles:
        aid = ex.article.id
        minted = tuple(intern(slugs[k]) if k in slugs else None for k in keys_by_article[aid])
        n = len(ex.mentions)
        mention_keys[aid] = minted[:n]
        metadata_keys[aid] = _metadata(ex, minted[n:])
    return Resolution(entities=tuple(entities), mention_keys=mention_keys, metadata_keys=metadata_keys)


def _merge_same_places(groups: dict[str, _Group], keys_by_article: dict[str, list], gazetteer: Gazetteer) -> None:
    """Places whose names GeoNames gives one feature are one node ("Irbil" and "Erbil", "Kiev" and
    "Kyiv"): the gazetteer's node, else the one named in most articles, takes the others."""
    by_feature: dict[int, list[str]] = defaultdict(list)
    for key in sorted(groups):
        group = groups[key]
        entry = gazetteer.by_id(group.gazetteer_id) if group.gazetteer_id else None
        etype = entry.type if entry else (_vote(group.types) if group.types else "")
        if etype != "Place" or not group.forms:
            continue
        place = group.place or _geonames(etype, _label(group, entry), tuple(sorted(group.forms)), entry)
        if place is not None:
            by_feature[place.geonames_id].append(key)
    moved = {}
    for keys in by_feature.values():
        if len(keys) < 2:
            continue
        target = min(keys, key=lambda k: (not groups[k].gazetteer_id, -len(groups[k].articles), k))
        for key in keys:
            if key != target:
                group, into = groups.pop(key), groups[target]
                into.forms.update(group.forms)
                into.types.update(group.types)
                into.articles |= group.articles
                moved[key] = target
    if moved:
        for keys in keys_by_article.values():
            keys[:] = [moved.get(k, k) if k is not None else None for k in keys]


def _geonames(etype: str, label: str, alts: tuple, entry):
    """The GeoNames feature of a place: by its label, else by an alternative label; of the same kind."""
    if etype != "Place":
        return None
    kind = {"Country": "Country", "City": "City", "Region": "Region"}.get(entry.subtype) if entry else None
    if entry is not None and kind is None:
        return None  # a continent or another kind GeoNames' lists here do not hold
    if kind is None and _region_base(label) is not None:
        kind = "Region"  # "Homs province" is no city, though its other name "Homs" is the city's
    for name in (label, *alts):
        found = place_index().lookup(name, kind)
        if found is not None:
            return found
    return None


def _metadata(ex: Extraction, keys: tuple) -> tuple:
    """(publisher key, author keys, dateline key) from the keys of the article's metadata names."""
    keys = list(keys)
    publisher = keys.pop(0) if ex.article.publisher else None
    authors = tuple(keys.pop(0) for _ in ex.article.author)
    dateline = keys.pop(0) if ex.article.dateline else None
    return publisher, authors, dateline
