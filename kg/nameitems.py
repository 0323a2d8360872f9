"""What resolution reads of an article: its names, cleaned, and the tests that a name names nothing.

A mention's name loses trailing small words and a possessed common noun; a person read in a
section heading keeps only its last word, which counts only if the article names that person
in full; a publisher field is folded to the outlet the gazetteer knows; a byline loses credit
words and is dropped when it names a desk or a subject. Job titles, lists of two bodies and
names cut before the surname are no entities, nor are names inside idioms ("an Achilles' heel"), vessels
named after the noun for them ("the destroyer Xining"), bodies in a book's subtitle, a whole title-case
heading the article never repeats, picture credits and acronyms spelt out as slogans. General English,
never taken from particular articles.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, replace
from functools import lru_cache

from kg.gazetteer import Gazetteer
from kg.headwords import (DOCUMENT_HEADS, EVENT_HEADS, IDEA_HEADS, JOB_TITLE_HEADS, NON_PERSON_WORDS, ORGANIZATION_HEADS, PLACE_HEADS,
                          REVIEWED_SUBJECTS, WORK_HEADS, head_word)
from kg.lang.en.lexicon import FEMALE_HONORIFICS, HONORIFICS, TITLE_WORDS, US_STATE_ABBREVIATIONS
from kg.extract.statements import SPEECH_VERBS
from kg.model import Extraction
from kg.names import name_key
from kg.nlp import dictionary_words
from kg.personnames import EAST_ASIAN_FAMILY_NAMES, given_name_sex, given_names, titles
from kg.places import place_index
from kg.typecues import context_votes, in_heading
from kg.variants import acronym_of, publisher_forms

_ADDRESS = re.compile(r"@|\.(?:com|org|net|co\.uk)\b", re.I)
_POSSESSED = re.compile(r"['\u2019]s\s+[a-z0-9].*$")
_WORD_REST = re.compile(r"[^\s,;:()\"\u201c\u201d]*")  # what follows a mention inside the same word
_LINK_WORDS = frozenset("Read MORE Watch Video Photo Photos Listen".split())  # "Peter Beaumont Read more"
_REPEATED = re.compile(r"\b(\w+)\s+\1\b(?!-)")  # "Mark Mark Hertling"
_TRAILING_SMALL = re.compile(r"(?:\s+(?:with|of|for|and|to|in|on|at|the|by|from))+$")
# Faiths, their scriptures and feasts are no person, body, place or treaty ("Islam" tagged as an organisation).
_RELIGIONS = frozenset("""easter christmas ramadan thanksgiving hanukkah passover diwali eid nowruz halloween
    islam judaism christianity buddhism hinduism sikhism catholicism protestantism
    shintoism taoism zoroastrianism bahaism jainism quran koran bible torah talmud
    shiite shia sunni sharia shariah""".split()) | {"shi ite"}  # branches of Islam and their adjectives ("Shi'ite")
# Plural nouns for groups of people that end a name ("Chechen Muslims", "Conservative MPs").
_GROUP_NOUNS = frozenset("muslims christians jews catholics protestants sunnis shiites shias mps lawmakers".split())
# "the Brexiteers", "Tory Remainers", "Brexiteer Tories": people by the side they take on a country's
# leaving, not an entity (a bare "Tories" is the party, in the gazetteer).
_GROUP_NOUNS |= frozenset("brexiteer brexiteers brexiter brexiters remainer remainers remoaner remoaners".split())
_SIDE_MEMBERS = frozenset("brexiteer brexiter remainer".split())
# "the Left forgets", "the far right": a side of politics, a group of people, not an entity.
_POLITICAL_SIDES = frozenset(["left", "right", "far left", "far right", "alt right", "new left", "new right",
                              "hard left", "hard right", "religious right"])
# "Islamophobia", "Putinism": ideas, not entities; "Westernization", "Islamisation": processes, nor are they
# "Brexit", "Grexit": a country's leaving, an event.
_CONCEPT = re.compile(r"(?:ism|isms|phobia|ology|ization|isation|(?<=[a-z])exit)$")
_LEAVING = re.compile(r"^[a-z]+exit$")
_ACRONYM_TITLE = re.compile(r"^[A-Z]{2,5}$")
_ACRONYM_WORD = re.compile(r"^[A-Z]{3,}$")
_SHIP = re.compile(r"(?:\b(?:USS|HMS|RFS|USNS|HMCS|HMAS|INS|ROKS|MV)|\bU\.S\.S\.)\s+$")
# "the destroyer Xining", "the Liberian-flagged oil tanker Mesdar", "a missile ship, the Aquitaine,": a vessel
# named after the noun for it is none of the entity types. A determiner before the noun (not the verb "ship
# Syria's weapons"); not a bare "carrier" ("the national carrier Aeroflot" is an airline); after a comma only
# as an apposition that "the" opens and punctuation closes.
_VESSEL_BEFORE = re.compile(r"\b(?:the|a|an|its|their|his|her)\s+(?:[\w-]+\s+){0,4}?(?:aircraft\s+carrier|warship|"
                            r"destroyer|frigate|cruiser|submarine|corvette|icebreaker|tanker|vessel|ship|yacht|flagship|"
                            r"freighter|trawler|minesweeper)(?:\s+|,\s+the\s+)$", re.I)
_APPOSITION_CLOSED = re.compile(r"^\s*(?:[,.;:)]|$)")
_SURNAME_PARTICLES = frozenset("mc mac de van von da di al el bin ibn la le st abu der den du".split())
_PARTY_TAG = re.compile(r"^[RDI]-\s*(?=[A-Z])")  # a party's letter before a state ("R-S.C.", "D- Calif.")
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
# A credit's role or column before a byline name ("Story Stephen Collinson, Video Ashley Codianni", "Analysis
# Stephen Collinson", "Opinion Frida Ghitis"): the role, not the name.
_CREDIT_WORDS = frozenset("story video videos photo photos photography graphics graphic text words reporting "
                          "editing illustration illustrations interactive animation analysis opinion commentary perspective".split())
# "Sergei Skripal and his daughter, Yulia", "Dole's wife, Elizabeth": a relative named by a given name
# alone bears the family name just written before.
_RELATIVE = re.compile(r"\b([A-Z][a-z][\w'-]*)(?:\s?['\u2019]s|,? and (?:his|her)) (?:wife|husband|widow|daughter|son|"
                       r"brother|sister|father|mother),?\s+$")
# Words of page widgets and link texts: a name made of nothing else names nothing ("View Photo").
_WIDGET_WORDS = frozenset("view photo photos gallery video videos replay more watch read listen click share hide "
                          "caption enlarge image toggle comment comments count story stories tags popular".split())
# "Fox Business Network's Lou Dobbs", "Vox's Alex Ward": an outlet's or body's person, named after its possessive.
_POSSESSED_PERSON = re.compile(r"['\u2019]s\s+([A-Z][a-z]+)(?:\s+[A-Z]\.)?\s+[A-Z][a-z][\w'-]*$")
_CALENDAR_WORDS = frozenset("monday tuesday wednesday thursday friday saturday sunday january february march april may june "
                            "july august september october november december".split())
# "Javelin missiles", "Patriot missile": the model's span holds the weapon's noun; a weapon, no entity.
_WEAPON_TAIL = re.compile(r"\s(?:missiles?|rockets?|torpedo(?:es)?|warheads?|launchers?)$")
# "Missile Defence Systems" (the tail of "S-400 Long Range Air and Missile Defence Systems"): a name made only of
# the words for arms and their systems names equipment, no body ("Raytheon Missile Systems" keeps its maker's name).
_EQUIPMENT_WORDS = frozenset("""missile missiles air defense defence anti-aircraft anti-missile rocket rockets weapon weapons
    launch long range short medium ballistic cruise surface-to-air and system systems""".split())
# "fired by Russian Tor system", "the Patriot air-defence system": a name before "system(s)" (after a word for arms,
# or with missiles, rockets or air defence named just before it in the sentence) names a weapon system.
_SYSTEM_AFTER = re.compile(r"^(?:\s+(?:missile|air[- ]defen[cs]e|defen[cs]e|anti-aircraft|rocket|weapons?|launch))?\s+systems?\b")
_ARMS_WORDS = re.compile(r"\b(?:missiles?|rockets?|air[- ]defen[cs]e|anti-aircraft|anti-missile|ballistic|weapons?)\b", re.I)
_ARMS_BEFORE = re.compile(r"\b(?:missiles?|rockets?|air[- ]defen[cs]e|anti-aircraft|surface-to-air|weapons?|fired|shot down)\b[^.!?\n]*$",
                          re.I)
# A broadcast script's cues, written in capitals ("VO - Vladimir Putin has declared", "(BEGIN VIDEOTAPE)", "SOT"):
# voice-over, sound on tape, natural sound; no name.
_SCRIPT_CUES = frozenset(["VO", "V/O", "SOT", "VO/SOT", "NATS", "NAT SOT", "BEGIN VIDEOTAPE", "END VIDEOTAPE",
                          "BEGIN VIDEO CLIP", "END VIDEO CLIP", "BEGIN AUDIO CLIP", "END AUDIO CLIP", "CROSSTALK"])
_PHOTO_CREDIT = re.compile(r"^[A-Z]{2,5}\s+(?:Photo|Photos|Images|Video)$")  # "AP Photo", "AFP Video": a credit
# A month written in capitals after a name is a date glued to it ("Obama FEB 23 transcript"); not MAY (Theresa May).
_MONTHS = frozenset("JAN FEB MAR APR JUN JUL AUG SEP SEPT OCT NOV DEC".split())
# "the Poseidon nuclear-powered underwater drone", "a Patriot missile": a weapon's name, no entity.
_WEAPON_AFTER = re.compile(r"^(?:\s+[a-z-]+){0,3}\s+(?:missiles?|drones?|torpedo(?:es)?|rockets?|submarines?|bombers?|"
                           r"fighter jets?|warships?|destroyers?|frigates?|helicopters?|(?<!think )tanks?|launchers?|rifles?"
                           # "an Iron Dome battery", "the Iron Dome anti-missile program": a weapon system
                           r"|batter(?:y|ies)|anti-missile\s+(?:programs?|systems?|shields?))\b")
# "Scud missiles", "Fateh 110 missiles": a one-word name right before the weapons, or their model number.
_WEAPONS_RIGHT_AFTER = re.compile(r"^(?:\s+[\d-]+[A-Z]?)?\s+(?:missiles|rockets|drones|torpedoes|bombers|helicopters|launchers|rifles)\b")
# "has sung “Blueberry Hill”", "serenaded with the song “Tomorrow”": a quoted title right after singing or
# performing, or after the noun for a song, is the song's, whatever names it holds; unquoted only after the noun.
# "the Martyrs Day holiday", "Victory Day celebrations": a day named before the word for a holiday is a holiday.
_HOLIDAY_AFTER = re.compile(r"^\s+(?:holidays?|weekend|celebrations?|festivities|observances?)\b")
# Not chanting: chants name their targets ("chanting “Death to America”"); nor playing ("played “a smart game”").
_SONG_VERB = re.compile(r"\b(?:sang|sung|sings?|singing|performed|performing|performs|hummed|humming)\s+$", re.I)
_SONG_NOUN = re.compile(r"\b(?:the|a|an|his|her|their|its|our)\s+(?:[a-z-]+\s+)?(?:song|anthem|hymn|ballad)\s+$", re.I)
_DETERMINER_BEFORE = re.compile(r"\b(?:the|a|an|its|their|new)\s+$", re.I)
_SHARED_SURNAME = re.compile(r"^\s+and\s+([A-Z][a-z]+)\s+([A-Z][a-z][\w'-]+)\b")
# A monarch or pope known by a given name (and a regnal number) is named with the title.
# A capitalised reporting verb after a name in a title-case line ("'Justice Will Be Served,' Obama Warns The
# Islamic State"): the headline's verb, no part of the name.
_HEADLINE_VERBS = frozenset(w for w in SPEECH_VERBS if w.endswith("s")) | frozenset(
    """slams urges vows blasts calls threatens rejects denies accuses signs orders meets pushes defends hits touts asks
    backs seeks praises condemns criticizes criticises rips knocks mocks dismisses rebukes responds demands
    predicts""".split())
# "Aramco's Abqaiq": an owner's possessive glued to a place's or facility's name, which the article also spells
# alone. Not where the possessive is the name's own ("People's Republic", "Martha's Vineyard", "St John's Wood").
_OWNER_POSSESSIVE = re.compile(r"^([A-Z][\w.&-]*(?:\s+[A-Z][\w.&-]*){0,3})['\u2019]s\s+([A-Z][\w-]*(?:\s+\S+){0,5})$")
_COMMON_OWNERS = frozenset("people workers children women men veterans martyrs farmers states nations".split())
_ROYAL_BEFORE = re.compile(r"\b(Prince|Princess|Queen|King|Pope|Emperor|Empress) $")
_REGNAL = re.compile(r"^[IVX]+$")
_PRONOUNS = frozenset("he she it we they i you".split())  # "He and his wife, Michelle"
_SHARED_TAIL = re.compile(r"^\s+(?:and|or|&)\s+([A-Z][a-z]+)\s+([A-Z][\w-]+(?:\s+[A-Z][\w-]+)?)\b")
# "the Intelligence, Armed Services, and Foreign Relations committees": names listed before one plural head
# word, each the name of a body with that head ("Foreign Relations Committee"), none a name by itself.
_LISTED_BEFORE_HEADS = re.compile(r"^(?:,?\s+(?:and\s+|or\s+|&\s+)?[A-Z][\w'-]*(?:\s+[A-Z][\w'-]*)*){0,4},?\s+"
                                  r"(committees|subcommittees|departments|ministries)\b")
_SINGULAR_HEADS = {"committees": "Committee", "subcommittees": "Subcommittee", "departments": "Department",
                   "ministries": "Ministry"}
# Chambers and generic words that with the head make no name of one body ("the House and Senate committees").
_NO_LISTED_BODY = frozenset("house senate both two three several other their its".split())
# An honorific as a name's first word tells the person's sex too ("Mrs May" read as one name).
_HONORIFIC_FIRST = re.compile(r"^(" + "|".join(HONORIFICS) + r")\.?\s+(?=[A-Z])")
# The award itself, not the ceremony ("American Music Awards", an event some count as a body).
_AWARD_HEADS = frozenset("award prize medal trophy".split())
_SMALL_WORDS = frozenset("of for and the in on at to".split())
# Conditions named after a person or by a coined name ("Asperger's syndrome", "Trump Derangement Syndrome"),
# and scandals ("the Iran-Contra scandal"): none of the entity types.
_CONDITION_HEADS = frozenset("""syndrome syndromes disease disorder scandal affair
    virus outbreak outbreaks epidemic pandemic""".split())  # "Ebola outbreak", "Zika virus": a disease
# Named with a possessive: medical conditions only ("Parkinson's disease"; "Trump's affair" is Trump's).
_POSSESSED_CONDITION = re.compile(r"['\u2019]s\s+(?:syndrome|disease|disorder)\b", re.I)
# "Union with Candy Crowley" (a promotion line, "Watch State of the Union with Candy Crowley Sundays"): a body
# or place's name holds no "with"; the model joined a programme's tail to its host.
_WITH = re.compile(r"\s(?:with|With)\s")


# Idioms, allusions and coinages built on a name ("an Achilles' heel", "a Trojan horse", "Dr. Strangelove levels",
# "the Deep State", "Rome's Waterloo"): the name in them names no entity of the article.
_IDIOM = re.compile(
    r"\bAchilles['\u2019]?s?\s+heels?\b|\bTrojan\s+[Hh]orses?\b|\bPandora['\u2019]s\s+[Bb]ox\b"
    r"|\b(?:Dr\.?\s+)?Strangelove\b|\bManchurian\s+[Cc]andidates?\b|\bPotemkin\s+(?:[Vv]illages?|fa[c\u00e7]ades?)\b"
    r"|\b[Ss]word\s+of\s+Damocles\b|\bDamocles['\u2019]?\s+sword\b|\bCatch-22\b|\bGood\s+Samaritans?\b"
    r"|\bHail\s+Mary\b|\bBig\s+Brother\b|\bUncle\s+Sam\b|\bSanta\s+Claus\b|\bDr\.?\s+Frankensteins?\b"
    r"|\bFrankenstein(?:['\u2019]s)?\s+(?:monster|version|creation)s?\b|\bHobson['\u2019]s\s+choice\b"
    r"|\bOccam['\u2019]s\s+razor\b|\bMurphy['\u2019]s\s+[Ll]aw\b|\bMidas\s+touch\b|\bAxis\s+of\s+Evil\b"
    r"|\b[Dd]eep\s+[Ss]tate\b|\b(?:[Cc]ross(?:es|ed|ing)?\s+the\s+)Rubicon\b"
    r"|(?:\b(?:his|her|its|their|my|our)\s+|['\u2019]s\s+)Waterloo\b"
    r"|\b(?:Merry|Happy)\s+(?:Christmas|Easter|Hanukkah|Thanksgiving|New\s+Year|Birthday|Holidays|Diwali|Eid)\b")
# "the author of Eternal Russia: Yeltsin, Gorbachev, and the Mirage of Democracy", "his new book, “Thieves of State:
# Why ...”": the title-case run of a work's title after the words that introduce one, through its subtitle.
_WORK_BEFORE = re.compile(r"\b(?:(?:co-)?author|editor)\s+of\s+|\b(?:his|her|their|a|the|new|latest|recent)\s+"
                          r"(?:new\s+)?(?:book|novel|memoir)s?,?\s+")
_TITLE_WORD = r"(?:[A-Z0-9][\w'\u2019.-]*|of|and|the|a|an|in|on|for|to|with|from|at|vs\.|or|by)"
_WORK_TITLE = re.compile(r"[\"\u201c\u2018]?(?:The\s+|A\s+)?[A-Z][\w'\u2019.-]*(?:(?:,?\s+|:\s+|\s+[-\u2013\u2014]\s+)"
                         + _TITLE_WORD + r")*")
# "TANSTAAFL stands for “There ain't no such thing as a free lunch”": an acronym the article spells out as a
# phrase of ordinary words is a motto or a slogan, not a body.
_STANDS_FOR = r"[\"\u201d\u2019]?,?\s+(?:(?:which|that)\s+)?(?:stands|stood)\s+for\s+[\"\u201c]?((?:[\w'\u2019-]+ ){2,8}[\w'\u2019-]+)"
_IDIOM_WINDOW = 30  # characters either side of a mention searched for an idiom around it
# "Rupert Murdoch-owned", "Donald Trump-related": an adjective made of a name and a participle; the name is the name.
_NAME_PARTICIPLE = re.compile(r"(?<=[a-z])-(?:owned|related|led|backed|funded|linked|allied|aligned|controlled|sponsored|"
                              r"affiliated|appointed|friendly|leaning|inspired|dominated|brokered|ordered)$")
_NO_VOWEL = re.compile(r"^[^aeiouyAEIOUY]+$")  # "Cnn" of "Hada Messia Cnn": an outlet's acronym, no name


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
    outlet: bool = False  # read as a publication's title ("told The Atlantic"), which a sea may share (kg.resolve)


def read_items(ex: Extraction, gazetteer: Gazetteer) -> list[Item]:
    """The article's mentions, then its metadata names (publisher, authors, dateline)."""
    art = ex.article
    items = [_elided(m, art.text, gazetteer) or _listed_body(m, art.text, gazetteer) or _mention_item(m, art.text, gazetteer)
             for m in ex.mentions]
    items = _completed_from_headline(items, art.headline or "")
    items = _weapons_throughout(ex, items)
    if art.publisher:
        # "Fox Online News", "CNN (Web News)": the outlet the gazetteer knows, else the cleanest form.
        forms = publisher_forms(art.publisher)
        name = next((f for f in forms if (e := gazetteer.lookup_name(f)) is not None and e.type == "Organization"),
                    forms[-1])
        items.append(Item(name, "Organization", "metadata:publisher", outlet=True))  # apart from a sea of its name
    items.extend(Item(_author_name(a, art.text), "Person", "metadata:author") for a in art.author)
    if art.dateline:
        items.append(Item(art.dateline.strip(), "Place", "metadata:dateline"))
    return items


def _completed_from_headline(items: list[Item], headline: str) -> list[Item]:
    """ "Ms. Rice" in a body that never writes her given name, under the headline "Susan Rice Faces ...": a bare
    surname after an honorific is the one full name with that surname the headline spells (the headline is no
    part of the text the mentions come from). Not when the body writes a full name with that surname itself."""
    if not headline:
        return items
    written = {it.name.split()[-1] for it in items if it.type == "Person" and " " in it.name}
    out = []
    for it in items:
        if it.type == "Person" and it.sex and " " not in it.name and it.name[:1].isupper() and it.name not in written:
            before = {g for g in re.findall(r"\b([A-Z][a-z]+)\s+" + re.escape(it.name) + r"\b", headline)
                      if g.lower() not in TITLE_WORDS and g not in HONORIFICS}  # not "Ambassador Rice"
            given = next(iter(before)).lower() if len(before) == 1 else ""
            if given in given_names() and given_name_sex(given) in ("", it.sex):  # "Mr. Thatcher" is not Margaret
                it = replace(it, name=f"{before.pop()} {it.name}", relative=True)
        out.append(it)
    return out


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


def _listed_body(m, text: str, gazetteer: Gazetteer) -> Item | None:
    """"Foreign Relations" of "the Intelligence, Armed Services, and Foreign Relations committees", "State" of
    "the Defense and State departments": the name with the list's head word ("Foreign Relations Committee",
    "State Department"), which the gazetteer or the article's full names resolve."""
    if m.key or m.text.lower() in _NO_LISTED_BODY or not m.text[:1].isupper() or m.text.split()[0].lower() in given_names():
        return None  # not "Mark and Smith committees" read as bodies
    listed = _LISTED_BEFORE_HEADS.match(text[m.end:m.end + 120])
    if listed is None:
        return None
    name = f"{m.text} {_SINGULAR_HEADS[listed.group(1)]}"
    entry = gazetteer.lookup_name(name)
    if entry is not None:
        return Item(entry.label, entry.type, m.method, entry.id, written=m.text)
    return Item(name, "Organization", m.method, written=m.text)


_IN_TOWN = re.compile(r"\s+in\s+([A-Z][\w.]*(?:\s[A-Z][\w.]*)*)")


def _mention_item(m, text: str, gazetteer: Gazetteer) -> Item:
    name = m.normal or m.text
    if _SHIP.search(text[max(0, m.start - 8):m.start]):
        return Item("", m.type, m.method)  # "USS Donald Cook" is a ship, none of the entity types
    shared = _SHARED_PLURAL_HEAD.search(name) if not m.key else None
    if shared and _LISTED_BEFORE.search(text[max(0, m.start - 30):m.start]):
        name = f"{name[:shared.start()]} {shared.group(1)}"  # "the Atlantic and Pacific Oceans": the Pacific Ocean
        return Item(name, "Place", m.method, cues=tuple(sorted(context_votes(text, m.start, m.end).items())))
    if not m.key and _GLUED_THE.match(name) and gazetteer.lookup_name(name.split()[0]) is None:
        name = name[3:]  # "TheNew York Times", "TheJosh Rogin": "The" glued on by a missing space
    glued = _glued_to_small_word(name, m.method, gazetteer) if not m.key else None
    if glued is not None:
        return glued
    if not m.key and m.type != "Person" and _in_work_title(text, m.start, m.end) and place_index().lookup(name) is None:
        return Item("", m.type, m.method)  # a body's or place's name in a book's title names the book
    if not m.key and _spelt_as_phrase(m.text, text):
        return Item("", m.type, m.method)
    if _in_idiom(text, m.start, m.end):
        return Item("", m.type, m.method)
    if not m.key and "@" in _WORD_REST.match(text, m.end).group(0):
        return Item("", m.type, m.method)  # "Email FoxNewsFirst@FOXNEWS.COM" cut to "Email Fox": an e-mail address
    vessel = _VESSEL_BEFORE.search(text[max(0, m.start - 80):m.start])
    if vessel and (not vessel.group(0).endswith(", the ") or _APPOSITION_CLOSED.match(text[m.end:m.end + 3])):
        return Item("", m.type, m.method)
    if not m.key and _names_a_thing(m, name, text, gazetteer):
        return Item("", m.type, m.method)  # "tons of TNT", "#ROAR", "View Photo": no entity
    if not m.key and ((m.type == "Person" and (_POSSESSED_CONDITION.search(name) or _POSSESSED_CONDITION.match(text, m.end)))
                      or (m.type != "Person" and _WITH.search(name))):
        return Item("", m.type, m.method)  # "Asperger's syndrome", "Union with Candy Crowley"
    possessed = _POSSESSED_PERSON.search(name) if not m.key else None
    if (possessed and possessed.group(1).lower() in given_names()
            and possessed.group(1).lower() not in _RELIGIONS | _CALENDAR_WORDS):  # "Britain's Sunday Telegraph"
        name = possessed.group(0)[possessed.group(0).index(possessed.group(1)):]
        return Item(name, "Person", m.method, sex=_honorific_sex(m, name))  # "Vox's Alex Ward": the person
    written, completed = "", False
    if "rule:embassy" in m.method or "rule:owned-body" in m.method:
        # "Agriculture Ministry" of "Russia's Agriculture Ministry", "U.S. Embassy in Tehran" (the town keeps its own
        # mention): the form seen, an alternative label
        town = _IN_TOWN.match(text, m.end) if " in " in name else None
        written = m.text + town.group(0) if town and name.endswith(" in " + town.group(1)) else m.text
    if not m.key:
        # "(R., Tex.)": the tokenizer may leave the abbreviation's period out of the mention
        name = _PARTY_TAG.sub("", name)  # "R- S.C." of "Sen. Tim Scott, R- S.C.": the state
        state = _STATE_FORMS.get(name, _STATE_FORMS.get(name + ".", "") if text[m.end:m.end + 1] == "." else "")
        if state:
            written, name = name, state
        if m.type == "Person":
            name = _PERSON_POSSESSIVE.sub("", name)
            words = name.split()
            while len(words) >= 2 and words[-1].isalpha() and words[-1].islower() and words[-1] not in _SURNAME_PARTICLES:
                words.pop()  # "the weak Obama sun": a common noun after the name
            if len(words) >= 2 and words[-1].lower() in _HEADLINE_VERBS and _title_case_line(text, m.start, m.end):
                words.pop()  # "Obama Warns The Islamic State": the headline's verb
            words = _without_place_before(words)
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
        name = _NAME_PARTICIPLE.sub("", name)
        name = _TRAILING_SMALL.sub("", name)  # "North American Free Trade Agreement with"
        name = _POSSESSED.sub("", name)  # "Strelkov's army" is Strelkov's, not a name
        if m.type != "Person":
            name = _without_owner(name, text)
        words = name.split()
        while len(words) > 2 and words[-1] in _LINK_WORDS:
            words.pop()
        while len(words) >= 2 and words[-1] in _MONTHS:
            words.pop()
        name = _REPEATED.sub(r"\1", " ".join(words)) or name
    if not m.key and m.type != "Person" and _lone_heading(text, m.start, m.end):
        return Item("", m.type, m.method)  # "The Soviet Nuclear Buildup", "Interview Highlights": a section heading
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
    if not m.key and _read_as_title(text, m.start, m.end, name):
        return Item(name, "Organization", m.method, cues=(), written=written, outlet=True)
    return Item(name, m.type, m.method, m.key, cues, written=written, sex=_honorific_sex(m, name), relative=completed)


# "the Atlantic and Pacific Oceans", "the Black and Caspian Seas": the plural head word of two names listed
# before it; the last name is that head's singular ("Pacific Ocean"). Not "Islands": "Turks and Caicos Islands".
_SHARED_PLURAL_HEAD = re.compile(r"(?<=[a-z]) (Ocean|Sea|River|Lake)s$")
_LISTED_BEFORE = re.compile(r"\b[A-Z][a-z]+,? (?:and|&) $")
# "TheNew York Times": "The" glued to a name of several words (not a one-word brand, "TheBlaze", "TheStreet").
_GLUED_THE = re.compile(r"^The[A-Z][a-z]+\s+[A-Z]")
# "places like Pragueand Cairo": a known name glued to the small word after it by a missing space.
_GLUED_SMALL_WORD = re.compile(r"^([A-Z][a-z]{3,})(?:and|the)$")


def _glued_to_small_word(name: str, method: str, gazetteer: Gazetteer) -> Item | None:
    """ "Pragueand Cairo" -> Prague: a first word that is a name the gazetteer or GeoNames knows with "and" or
    "the" glued on, where the glued word is no name, no given name and no English word ("Homeland" is Homel's
    and the dictionary's); the mention names the first name (the rest is lost with the space). None otherwise."""
    glued = _GLUED_SMALL_WORD.match(name.split()[0])
    if glued is None:
        return None
    word, first = name.split()[0], glued.group(1)
    if (gazetteer.lookup_name(word) is not None or place_index().lookup(word) is not None
            or word.lower() in given_names() or word.lower() in dictionary_words()):
        return None
    entry = gazetteer.lookup_name(first)
    if entry is not None:
        return Item(entry.label, entry.type, method, entry.id, written=word)
    return Item(first, "Place", method, written=word) if place_index().lookup(first) is not None else None


def _title_case_line(text: str, start: int, end: int) -> bool:
    """The mention's line capitalises most of its words, as a headline does."""
    line_start = text.rfind("\n", 0, start) + 1
    line_end = text.find("\n", end)
    words = [w for w in text[line_start:line_end if line_end >= 0 else len(text)].split() if w[:1].isalpha()]
    return len(words) >= 3 and sum(w[0].isupper() for w in words) >= 0.75 * len(words)


def _without_place_before(words: list[str]) -> list[str]:
    """ "Da Nang Dick Blumenthal" (a nickname or a dateline glued on): a known place before a given name and
    a surname is no part of the person's name. Not a place that is itself a given name ("Georgia Ann Smith")."""
    for cut in (2, 1):
        rest = words[cut:]
        if (len(rest) >= 2 and rest[0].lower() in given_names() and rest[-1][:1].isupper()
                and rest[0].lower() not in _SURNAME_PARTICLES  # "Salem Al Meslet": "Al" starts a surname
                and words[0].lower() not in given_names() and words[0].rstrip(".") not in HONORIFICS
                and place_index().lookup(" ".join(words[:cut])) is not None):
            return rest
    return words


def _without_owner(name: str, text: str) -> str:
    """ "Aramco's Abqaiq" -> "Abqaiq" when the article also spells "Abqaiq" without the owner; the owner's
    possessive is no part of a place's or body's name. Kept where the owner is a given name or a common noun
    ("Martha's Vineyard", "People's Republic") or a saint ("St John's Wood")."""
    owned = _OWNER_POSSESSIVE.match(name)
    if not owned:
        return name
    owner, rest = owned.group(1), owned.group(2)
    first = owner.split()[0].rstrip(".").lower()
    if first in given_names() or first in ("st", "saint") or owner.split()[-1].lower() in _COMMON_OWNERS:
        return name
    for alone in re.finditer(r"(?<![\w'\u2019-])" + re.escape(rest) + r"(?![\w-])", text):
        if not re.search(r"['\u2019]s\s+$", text[max(0, alone.start() - 4):alone.start()]):
            return rest
    return name


# "told The Atlantic", "Nicholas Burns, The Atlantic", "the Atlantic's Jeffrey Goldberg": a one-word title after a
# capital "The" inside a sentence, or before a person's name after its possessive, reads as a publication.
# a capital "The" after a verb or noun of publishing ("told The Atlantic", "wrote in The Atlantic", "an interview with
# The Atlantic"), or ending a credit line ("Uri Friedman, The Atlantic"); not after any word ("at The Oval")
_PUBLISHED_BEFORE = re.compile(r"\b(?:told|tells|tell|telling|wrote|writes|write|writing|published|publishes|piece|"
                               r"article|op-ed|column|essay|interview|according|reported|reports|editor|columnist|"
                               r"correspondent|contributor)(?:\s+(?:in|to|for|with|at|of|by))?[ \t]+$")
_CREDIT_BEFORE = re.compile(r"[a-z],[ \t]+$")
_OUTLET_PERSON_AFTER = re.compile(r"^['\u2019]s\s+(?:[a-z-]+\s+){0,3}?([A-Z][a-z]+)\s+[A-Z][a-z][\w'-]+")


def _read_as_title(text: str, start: int, end: int, name: str) -> bool:
    """A one-word name after "the" that GeoNames does not know, written as a publication's title."""
    word = name[4:] if name.startswith("The ") else name
    if " " in word or not word.isalpha() or not word.istitle() or place_index().lookup(word) is not None:
        return False
    if text[start:start + 4] in ("The ", "the "):
        the_at = start
    elif text[max(0, start - 4):start] in ("The ", "the "):
        the_at = start - 4
    else:
        return False
    if text[the_at] == "T" and (_PUBLISHED_BEFORE.search(text[max(0, the_at - 30):the_at]) or (
            _CREDIT_BEFORE.search(text[max(0, the_at - 3):the_at]) and re.match(r"[ \t]*(?:\n|$)", text[end:end + 5]))):
        return True
    person = _OUTLET_PERSON_AFTER.match(text[end:end + 60])
    return person is not None and person.group(1).lower() in given_names()  # not "the West's exploitation of its Cold War"


def _names_a_thing(m, name: str, text: str, gazetteer: Gazetteer) -> bool:
    """The mention names a thing, no entity: an amount ("tons of TNT"), a hashtag, a weapon or weapon system, a
    widget's words ("View Photo"), a picture credit, a song, a holiday, a law's acronym (not the NSA)."""
    return bool(_MEASURED.search(text[max(0, m.start - 20):m.start]) or text[m.start - 1:m.start] in ("#", "@")
            or _names_a_weapon(m, name, text)
            or all(w.lower() in _WIDGET_WORDS for w in name.split())
            or _PHOTO_CREDIT.match(name) or name in _SCRIPT_CUES or _WEAPON_TAIL.search(name) or _is_equipment(name)
            or _in_song_title(text, m.start, m.end)
            or (name.endswith(" Day") and _HOLIDAY_AFTER.match(text[m.end:m.end + 20]))
            or (name in _law_acronyms(text) and gazetteer.lookup_name(name) is None))


def _names_a_weapon(m, name: str, text: str) -> bool:
    """The words after the mention say it names a weapon or a weapon system ("a Patriot missile", "Scud missiles",
    "Javelin anti-tank missiles", "the Tor missile system")."""
    return bool((name.split()[-1].lower() not in NON_PERSON_WORDS  # not "a Royal Navy helicopter"
                 and ((_WEAPON_AFTER.match(text[m.end:m.end + 60]) and _DETERMINER_BEFORE.search(text[max(0, m.start - 8):m.start]))
                      or (" " not in name and _WEAPONS_RIGHT_AFTER.match(text[m.end:m.end + 30]))))
                # "Javelin anti-tank missiles": the span ran into the weapon's lower-case description; a weapon
                or (name.split()[-1][:1].islower() and _WEAPON_AFTER.match(text[m.end:m.end + 60]))
                or _weapon_system(text, m.start, m.end))


# The weapon's noun right after the name, or after one word that describes it ("the new Zircon hypersonic missile").
_WEAPON_NEXT = re.compile(r"^(?:\s+[a-z-]+)?\s+(?:missiles?|drones?|torpedo(?:es)?|rockets?|bombers?|helicopters?|launchers?|"
                          r"warheads?|(?:missile|air[- ]defen[cs]e)\s+systems?)\b")


def _weapons_throughout(ex: Extraction, items: list[Item]) -> list[Item]:
    """"the new Zircon hypersonic missile ... the Zircon program": one sense in an article; a name some mention of
    which names a weapon names it in every mention of the article. Not a person's name (whose missiles are his),
    an acronym ("SANA" reporting on missiles) or a name the gazetteer knows."""
    text = ex.article.text
    weapons = {m.text for m, it in zip(ex.mentions, items) if not m.key and not it.name and m.type != "Person"
               and not m.text.isupper() and _names_a_weapon(m, m.normal or m.text, text)
               and _WEAPON_NEXT.match(text[m.end:m.end + 40])  # not "launched from the Caspian Sea using ... missiles"
               and m.text.split()[-1].lower() not in PLACE_HEADS and place_index().lookup(m.text) is None}
    if not weapons:
        return items
    return [Item("", it.type, it.method) if m.text in weapons and not m.key and m.type != "Person" else it
            for m, it in zip(ex.mentions, items)]


def _lone_heading(text: str, start: int, end: int) -> bool:
    """"\n\nThe Soviet Nuclear Buildup\n\n": a name of several words that is the whole of a section heading in title
    case (an article, "The" or "A", may open it) and that the article never writes again names a section, not a
    body or place; a given name first ("Michael Green" alone on a line) may be a byline or caption."""
    words = text[start:end].split()
    if len(words) < 2 or words[0].lower() in given_names() or not in_heading(text, start, end):
        return False
    line_start = text.rfind("\n", 0, start) + 1
    line_end = text.find("\n", end)
    before = text[line_start:start].strip()
    after = text[end:line_end if line_end >= 0 else len(text)].strip()
    name = text[start:end]
    return (before in ("", "The", "A", "An") and not after and any(c.islower() for c in name)
            and text.lower().count(name.lower()) == 1)


def _is_equipment(name: str) -> bool:
    """`Missile Defence Systems`, `Air Defense System`: only the words for arms and their systems; or one `System`
    of arms ("Light Marine Air Defense Integrated System"; makers are plural, "Raytheon Missile Systems", and
    the "Selective Service System" names no arms)."""
    words = name.lower().split()
    return len(words) >= 2 and (words[-1] in ("system", "systems") and all(w in _EQUIPMENT_WORDS for w in words)
                                or (words[-1] == "system" and bool(_ARMS_WORDS.search(name))))


def _weapon_system(text: str, start: int, end: int) -> bool:
    """Is the mention at text[start:end] the name of a weapon system: before "missile system" or "air-defence
    system", or before a bare "system(s)" with arms named earlier in its sentence?"""
    after = _SYSTEM_AFTER.match(text[end:end + 40])
    if after is None:
        return False
    return after.group(0).split()[0].lower() not in ("system", "systems") or bool(
        _ARMS_BEFORE.search(text[max(0, start - 120):start]))


def _in_song_title(text: str, start: int, end: int) -> bool:
    """Does the mention at text[start:end] lie in a song's title: quoted right after singing or the noun for a song,
    or right after that noun unquoted ("the song Tomorrow")?"""
    before = text[max(0, start - 60):start]
    if _SONG_NOUN.search(before):
        return True
    opening = max(before.rfind("\""), before.rfind("\u201c"))
    if opening < 0 or any(q in before[opening + 1:] for q in "\"\u201d"):
        return False  # not inside an open quotation
    closing = re.search(r"[\"\u201d]", text[end:end + 80])
    head = before[:opening]
    return closing is not None and bool(_SONG_VERB.search(head) or _SONG_NOUN.search(head))


# "the Foreign Corrupt Practices Act ... annoyed by the FCPA": a capitalised name ending in Act, Law or Code
_LAW_NAME = re.compile(r"\b[A-Z][\w'\u2019-]*(?:\s+(?:of|and|the|on|for|to|in|[A-Z][\w'\u2019-]*))*\s+(?:Act|Law|Code)\b")


# Capitalised small words that open a sentence before a law's name, not part of it.
_LAW_OPENERS = frozenset("the a an in under by with and but so its his her their our on for to of".split())


@lru_cache(maxsize=16)
def _law_acronyms(text: str) -> frozenset[str]:
    """Acronyms (three letters or more) of the laws the article names: "FCPA" of the "Foreign Corrupt Practices
    Act", "FOIA" of the "Freedom of Information Act". A law is none of the entity types (`is_event`), so neither
    is its acronym, wherever the article writes it."""
    found = set()
    for law in _LAW_NAME.finditer(text):
        words = law.group(0).split()
        while len(words) > 2 and words[0].lower() in _LAW_OPENERS:
            words = words[1:]  # "The Foreign Intelligence Surveillance Act", "Under the Patriot Act"
        for acronym in ("".join(w[0] for w in words if w[:1].isupper()), "".join(w[0].upper() for w in words)):
            if len(acronym) >= 3 and acronym_of(acronym, " ".join(words)):
                found.add(acronym)
    return frozenset(found)


def _in_work_title(text: str, start: int, end: int) -> bool:
    """Does the mention at text[start:end] lie in a work's title that has a subtitle or quotation marks?"""
    lo = max(0, start - 200)
    for intro in _WORK_BEFORE.finditer(text, lo, start):
        title = _WORK_TITLE.match(text, intro.end())
        if title and title.end() >= end and (":" in title.group(0) or title.group(0)[0] in "\"\u201c\u2018"):
            return True
    return False


def _spelt_as_phrase(name: str, text: str) -> bool:
    """Does the article spell the acronym `name` out, word by word, as a phrase mostly of lower-case words?"""
    if not _ACRONYM_WORD.match(name):
        return False
    found = re.search(re.escape(name) + _STANDS_FOR, text)
    words = found.group(1).split() if found else []
    if not "".join(w[0] for w in words).lower().startswith(name.lower()):
        return False  # "FSB stands for its name in Russian", "NBA stands for nothing but ...": no expansion
    return sum(w[0].islower() for w in words) > len(words) / 2


def _in_idiom(text: str, start: int, end: int) -> bool:
    """Does the mention at text[start:end] lie inside an idiom or allusion built on a name?"""
    lo = max(0, start - _IDIOM_WINDOW)
    return any(f.start() <= start and end <= f.end() + 1
               for f in _IDIOM.finditer(text, lo, min(len(text), end + _IDIOM_WINDOW)))


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


@lru_cache(maxsize=1)
def _byline_titles() -> frozenset[str]:
    """News titles that are no name: nameparser's list holds names ("Burgess Everett"), the news titles ranks
    ("Major Garrett")."""
    return TITLE_WORDS & titles()


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

    if len(words) >= 3 and any(w.lower() in ("to", "for", "the") for w in words[1:-1]):
        return ""  # "Special To Cnn", "Special for USA Today": a credit line, no name
    while len(words) >= 2 and words[0].lower().rstrip(".") in _byline_titles():
        words = words[1:]  # "Sen. Rand Paul", "President Trump" (a crawler's quote credit): the name, as in text
    while len(words) >= 3 and words[-1].isalpha() and _NO_VOWEL.match(words[-1]):
        words = words[:-1]  # "Hada Messia Cnn": the outlet after the name
    while len(words) >= 3 and (common(words[0]) or words[0].lower() in _CREDIT_WORDS) and words[1].lower() in given_names():
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


# The English names of major languages that ISO 639-1 names otherwise ("Persian", "Chinese", "Pushto").
_LANGUAGE_NAMES = frozenset("farsi mandarin cantonese dari pashto".split())


# Diseases named alone ("Covid-19" tagged as a body, "Ebola" as a place), as sets of their key's words.
_DISEASES = frozenset(frozenset(d.split()) for d in ("covid", "covid 19", "covid19", "coronavirus", "sars", "mers", "ebola",
                                                    "zika", "hiv", "aids", "malaria", "cholera", "polio", "measles"))


def is_language_or_faith(plain: str) -> bool:
    """`scottish gaelic`, `islam`, `islamophobia`, `brexit`, `covid-19`: a language, a religion, an idea or a disease,
    none of the entity types."""
    return (plain in _RELIGIONS or plain in _languages() or plain in _LANGUAGE_NAMES or (" " not in plain and bool(_CONCEPT.search(plain)))
            or frozenset(plain.replace("-", " ").split()) in _DISEASES
            or plain.split()[-1] in ("islam", "christianity", "judaism", "buddhism", "hinduism")  # "Wahabi Islam"
            or bool(_LEAVING.search(plain.split()[-1])))  # "a Tory Brexit", "the EU Brexit": the event, qualified


def is_people_group(plain: str) -> bool:
    """`chechens`, `chechen muslims`, `conservative mps`: a group of people named by a plural, not an entity."""
    last = plain.split()[-1]
    return (plain in _POLITICAL_SIDES or last in _GROUP_NOUNS or (last.endswith("s") and last[:-1] in _languages())
            or (plain.split()[0] in _SIDE_MEMBERS and last.endswith("s")))  # "Brexiteer Tories"


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
                                 or tokens[-1] == "act" or tokens[-1] in WORK_HEADS or _holiday_time(tokens)
                                 or (tokens[-1] == "law" and tokens[-2] != "of")  # not "School of Law"
                                 or (tokens[0] == "operation" and tokens[1] not in _SMALL_WORDS)  # "Operation Desert Storm"
                                 or is_document(tokens))


def is_document(tokens: list[str]) -> bool:
    """`national defense strategy`, `nuclear posture review`: a document's name, unless a body's word is in it
    (`graduate school of national defense strategy`, `international assessment and strategy center`)."""
    if set(tokens) & (NON_PERSON_WORDS | ORGANIZATION_HEADS | _DOCUMENT_OWNERS):
        return False
    return tokens[-1] in DOCUMENT_HEADS or (tokens[-1] == "review" and tokens[-2] in REVIEWED_SUBJECTS)


_DOCUMENT_OWNERS = frozenset("project program programme initiative".split())  # "Project on International Order and Strategy"


# Feasts and the words for days and spans of time after them: "Easter weekend", "Christmas Eve", "the Memorial Day
# holiday", "National Day holiday": a time, no entity.
_FEASTS = frozenset("easter christmas ramadan thanksgiving hanukkah passover diwali eid nowruz halloween year years".split())
_TIME_NOUNS = frozenset("""weekend weekends eve day days sunday week season holiday holidays break recess morning night
    period vacation""".split())


def _holiday_time(tokens: list[str]) -> bool:
    """`easter weekend`, `christmas day`, `new year holiday`, `memorial day weekend`: a holiday's time."""
    return tokens[-1] in _TIME_NOUNS and (tokens[-2] in _FEASTS or (tokens[-2] == "day" and tokens[-1] != "day"))


def is_model(name: str) -> bool:
    """`F-22 Raptor`, `S-400s`, `AK-47`: a weapon's, aircraft's or isotope's model number, no entity."""
    return bool(_MODEL.search(name))

