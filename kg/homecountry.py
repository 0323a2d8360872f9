"""The countries an article names, counted: what a bare name that several countries share means there.

Every place the article names votes for its country: a country by its name, a US state (by name or
AP abbreviation) for the United States, a first-level region ("England", "Ontario") for its country,
a town for the country of the town its bare name is linked to; a curated officeholder named in full
(ontology/people.json: "Theresa May") for the country of the office; and every nationality adjective
of the text ("British", "Canadian") for its country. kg.placesense reads the votes for a bare
town's name ("Newcastle" in an article that names England and no Australian place), and
`foreign_bodies` for a national body's name ("the Conservatives" of an article about Canada is not
Britain's party), `owned_bodies` for an owner-less one ("the Supreme Court" of an article about India is
India's; "the Senate" of an article about Iran that names no American body near it, that article's own).
"""
from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass
from functools import lru_cache

from kg.extract.atlas import areas, us_state_code
from kg.extract.rules import NATIONAL_BODY_KIND, STATE_BODY_KIND, country_phrase
from kg.gazetteer import Gazetteer, GazetteerEntry
from kg.places import place_index

# A national body's name means a body of another country where that country is named this many times
# more often than the body's own (the allsides articles that name Britain's Conservatives name Britain
# at least a third as often as any other country; the Canadian and American ones, far less)
OUTNUMBERED = 3
NEAR = 400  # characters either side of a mention: about a paragraph
# A state's body: "the State Supreme Court", "the Virginia state Senate" (the six such names of the non-dev allsides
# articles are all a US state's)
_STATE_LEVEL = re.compile(r"(State\s+)?(Supreme Court|Senate|Assembly|Legislature|House)")
_STATE_BEFORE = re.compile(r"(?:\b([A-Z][a-z]+(?: [A-Z][a-z]+)?)\s+)?\b[Ss]tate\s+$")
# Countries whose national bodies go by names of their own, none of the kinds read as every state's: the United
# States has departments, Congress and the Federal Reserve (its Supreme Court and Senate are the gazetteer's), so
# "the National Assembly" of an article on American policy towards Venezuela is no American body
_OWN_NAMES = frozenset({"US"})
# A country's mission without its town: "U.S. Embassy", "the Russian consulate"
_MISSION = re.compile(r"([A-Z][a-z]+|U\.S\.|US|UK|U\.K\.)\s+(?:Embassy|Consulate|embassy|consulate)")
_NOT_OWNERS = frozenset("The This That Its Their His Her Our".split())
_CAPITALISED = re.compile(r"\b[A-Z][a-z]{3,}\b")  # a nationality adjective: "British", "Canadian"
# Countries whose national legislature is a congress (Brazil's National Congress, the Congress of the Philippines,
# Spain's Congress of Deputies): a bare "Congress" of an article about one of them, nothing American near, is theirs
_CONGRESSES = frozenset("AR BO BR CL CO DO EC GT HN MX PE PH PY ES".split())
_CONGRESS = "Congress"
# American politics near a bare "Congress" that no place or body names: "on Capitol Hill", "Senate Republicans",
# a member's party tag "(D-Calif.)"
_AMERICAN_NEAR = re.compile(r"Capitol Hill|White House|\bGOP\b|\b(?:Democrat|Republican)s?\b|\([DR]-")
# India's Congress is a party: "the Congress party", "the Indian National Congress", "Congress-led", "Congress leader"
_CONGRESS_PARTY = re.compile(r"\bCongress(?:\s+[Pp]arty\b|-led\b|\s+(?:leader|president|chief|MP|spokes\w+)\b)"
                             r"|\bIndian National Congress\b")


def _entry_country(entry: GazetteerEntry, gazetteer: Gazetteer) -> str | None:
    """The ISO code of the country a gazetteer place lies in (a country: its own)."""
    if entry.subtype == "Country":
        found = place_index().lookup(entry.label, "Country")
        return found.country if found is not None else None
    if entry.country:
        country = gazetteer.by_id(entry.country)
        return _entry_country(country, gazetteer) if country is not None else None
    if entry.subtype == "City":
        found = place_index().lookup(entry.label, "City")
        return found.country if found is not None else None
    return _area_country(entry.label)


def _area_country(name: str) -> str | None:
    countries = {a.country for a in areas(name)}
    return next(iter(countries)) if len(countries) == 1 else None


def place_country(name: str, etype: str | None, entry: GazetteerEntry | None, gazetteer: Gazetteer) -> str | None:
    """The ISO code of the country a place mention names or lies in, or None (not a place, or unknown)."""
    if entry is not None:
        return _entry_country(entry, gazetteer) if entry.type == "Place" else None
    if etype != "Place":
        return None
    found = place_index().lookup(name)
    if found is not None:
        return found.country
    if us_state_code(name):
        return "US"  # "Calif.", "N.M."
    return _area_country(name)


@lru_cache(maxsize=4096)
def person_country(name: str) -> str | None:
    """The ISO code of the country a curated officeholder's office is of ("Theresa May": Prime Minister of
    the United Kingdom), or None."""
    from kg.people import known_person

    person = known_person([name])
    return _country_after_of(person.role) if person is not None else None


def _country_after_of(name: str) -> str | None:
    """The ISO code of the country named after the last "of" ("Prime Minister of the United Kingdom"), or None."""
    if " of " not in name:
        return None
    found = place_index().lookup(name.rsplit(" of ", 1)[1].removeprefix("the "), "Country")
    return found.country if found is not None else None


def country_votes(text: str, named: Iterable, gazetteer: Gazetteer, skip: str = "", bodies: bool = False) -> Counter:
    """ISO code -> how many of the article's place mentions and nationality adjectives are of that
    country. `named`: kg.placesense.Named mentions (or None); those named `skip` do not vote. `bodies`:
    the gazetteer's national bodies vote for their country too ("Congress" for the United States)."""
    votes: Counter = Counter()
    for m in named:
        if m is not None and m.name != skip:
            code = place_country(m.name, m.type, m.entry, gazetteer) or (
                person_country(m.name) if m.type == "Person" and " " in m.name else None) or (
                _owner_country(m.entry, gazetteer) if bodies and m.entry is not None and m.entry.type == "Organization"
                else None)
            if code:
                votes[code] += 1
    for word in _CAPITALISED.findall(text):
        entry = gazetteer.country_for_demonym(word)
        if entry is not None and word != skip:
            code = _entry_country(entry, gazetteer)
            if code:
                votes[code] += 1
    return votes


def foreign_bodies(text: str, named: list, gazetteer: Gazetteer) -> set[int]:
    """Indexes of the mentions of a national body of the gazetteer (an entry with a country: a party)
    in an article that names another country (its places and people) over OUTNUMBERED times as often
    as the body's own, and nothing of the body's own country near the mention: "the Conservatives" of
    an article about Canada, or about American politics with one "British" in it, is not Britain's
    party; "her own Conservative Party" after "Theresa May" in a review of the world's year is."""
    bodies = [i for i, m in enumerate(named) if m is not None and m.entry is not None
              and m.entry.type != "Place" and m.entry.country]
    if not bodies:
        return set()
    named = _without(named, _congress_owners(text, named, gazetteer))
    votes = country_votes(text, named, gazetteer)
    found = set()
    for i in bodies:
        country = gazetteer.by_id(named[i].entry.country)
        code = _entry_country(country, gazetteer) if country is not None else None
        if code and _elsewhere(code, named[i], text, named, votes, gazetteer):
            found.add(i)
    return found


def _elsewhere(code: str, mention, text: str, named: list, votes: Counter, gazetteer: Gazetteer) -> bool:
    """The article names another country over OUTNUMBERED times as often as the country `code`, and nothing
    of `code` stands within NEAR characters of the mention: a national body's name there is not that country's."""
    if OUTNUMBERED * votes[code] >= max(votes.values(), default=0):
        return False
    start, end = max(0, mention.start - NEAR), mention.end + NEAR
    near = country_votes(text[start:end], (m for m in named if m is not None and start <= m.start < end), gazetteer,
                         bodies=True)  # "rejected by the Senate ... in either house of Congress"
    return not near[code]


def _owner_country(entry: GazetteerEntry, gazetteer: Gazetteer) -> str | None:
    """The ISO code of the country a national body's label names: "United States Senate", "Russian Ministry of
    Defence", "General Staff of the Armed Forces of Russia"; None for an international body."""
    words = entry.label.split()
    for n in range(min(3, len(words) - 1), 0, -1):
        found = place_index().lookup(" ".join(words[:n]), "Country")
        if found is not None:
            return found.country
    country = gazetteer.country_for_demonym(words[0])
    if country is not None:
        return _entry_country(country, gazetteer)
    return _country_after_of(entry.label)


@dataclass(frozen=True, slots=True)
class Owner:
    """Whose an owner-less national body's name is: a gazetteer body (`entry`), else a body named with its country
    (`name`: "Supreme Court of India"), else neither: the article's own body of that name, no one else's."""

    entry: GazetteerEntry | None = None
    name: str = ""


def owned_bodies(text: str, named: list, gazetteer: Gazetteer) -> dict[int, Owner]:
    """Index -> Owner for the owner-less names of a national body ("the Senate", "the Defence Ministry": a
    gazetteer description of national bodies only; "the Supreme Court", "Parliament": a body every state has):
    the bare name is one country's body, never a node that every country's senate or court would join.

    A description of one country's body ("the Senate") means it where the article names that body in full,
    else unless the article names another country over OUTNUMBERED times as often and nothing of the body's
    country near the mention (as `foreign_bodies` reads a party's name); among several countries' bodies
    ("the Defence Ministry"), the one of the country the article names most. A body every state has that is
    none of those is the body of the country the article names most ("the Supreme Court" of an article about
    India: the Supreme Court of India); a body only some states have ("the Senate" of an article about Iran),
    or any body where no country leads, is the article's own. All mentions of one name in an article are one
    body (`_one_per_name`). A bare "Congress" is read first (`_congress_owners`); where it is not the United
    States' it is no American evidence for the other bodies."""
    congress = _congress_owners(text, named, gazetteer)
    named = _without(named, congress)
    found: dict[int, Owner] = {}
    states: set[int] = set()
    votes = None
    entries = {m.entry.id for m in named if m is not None and m.entry is not None}
    for i, m in enumerate(named):
        if m is None or m.entry is not None or m.type != "Organization" or not m.name[:1].isupper():
            continue
        state = _state_level(text, m)
        if state is not None:
            found[i] = state
            states.add(i)
            continue
        if (mission := _MISSION.fullmatch(m.name)) is not None and mission.group(1) not in _NOT_OWNERS:
            # "the U.S. Embassy" without its town: in which country the article does not say clearly enough (of
            # five in 638 articles, the country named most after the owner was the host of two)
            found[i] = Owner()
            continue
        targets = [t for t in gazetteer.description_targets("the " + m.name) if t.type == "Organization"]
        codes = [_owner_country(t, gazetteer) for t in targets]
        every_state = STATE_BODY_KIND.fullmatch(m.name) is not None
        if NATIONAL_BODY_KIND.fullmatch(m.name) is None and (not targets or None in codes):
            continue  # "the Security Council": the UN's as well
        if votes is None:
            votes = country_votes(text, named, gazetteer)
        top = _leading(votes)
        if None in codes:  # "Parliament" beside the European Parliament's description: whose is unclear
            found[i] = _country_body(m.name, top, gazetteer) if every_state and not entries & {t.id for t in targets} \
                else Owner()
        elif len(targets) == 1 and (targets[0].id in entries  # "Senate Democrats" where it names the U.S. Senate
                                    or not _elsewhere(codes[0], m, text, named, votes, gazetteer)):
            found[i] = Owner(targets[0])  # not "The Senate building in Mexico City" in a gallery about Paris
        elif len(targets) > 1 and top in codes:
            found[i] = Owner(targets[codes.index(top)])
        else:
            found[i] = _country_body(m.name, top, gazetteer) if every_state else Owner()
    return _one_per_name(found, named, states) | congress


def _leading(votes: Counter) -> str:
    """The country an article names most, "" where two tie or it names none."""
    ranked = votes.most_common(2)
    return ranked[0][0] if ranked and (len(ranked) == 1 or ranked[0][1] > ranked[1][1]) else ""


def _congress_owners(text: str, named: list, gazetteer: Gazetteer) -> dict[int, Owner]:
    """Index -> Owner for the bare "Congress" mentions that are not the United States Congress, which the gazetteer
    links them to: the Indian National Congress in an article that names India most and writes of a Congress
    party ("the opposition Congress party", "Congress leader Rahul Gandhi") or names nothing American near; the
    congress of the country an article names most where that country has one ("Congress of Brazil") and the
    article names the United States under a third as often and nothing American near. Elsewhere the US Congress:
    most articles that write "Congress" are on American politics."""
    bare = [i for i, m in enumerate(named) if m is not None and text[m.start:m.end] == _CONGRESS  # not "U.S. Congress"
            and m.entry is not None and _owner_country(m.entry, gazetteer) == "US"]
    if not bare:
        return {}
    votes = country_votes(text, named, gazetteer)
    top = _leading(votes)
    if top != "IN" and top not in _CONGRESSES:
        return {}
    others = _without(named, dict.fromkeys(bare, Owner()))  # the body itself is no evidence of its owner
    party = top == "IN" and _CONGRESS_PARTY.search(text) is not None
    inc = gazetteer.lookup_name("Indian National Congress") if top == "IN" else None
    found: dict[int, Owner] = {}
    for i in bare:
        m = named[i]
        american = _AMERICAN_NEAR.search(text, max(0, m.start - NEAR), m.end + NEAR) is not None
        elsewhere = not american and _elsewhere("US", m, text, others, votes, gazetteer)
        if top == "IN":  # "members of Congress traveling back with Obama from India" stays American
            found[i] = Owner(inc) if inc is not None and (party and not american or elsewhere) else Owner(m.entry)
        else:
            found[i] = _country_body(_CONGRESS, top, gazetteer) if elsewhere else Owner(m.entry)
    found = _one_per_name(found, named, set())
    return {i: owner for i, owner in found.items() if owner.entry != named[i].entry}


def _without(named: list, moved: dict[int, Owner]) -> list:
    """`named` without the mentions in `moved`: a body read as another country's is no evidence of its gazetteer
    entry's country ("Congress" of an article about Brazil says nothing of the United States)."""
    return [None if i in moved else m for i, m in enumerate(named)] if moved else named


def _one_per_name(found: dict[int, Owner], named: list, states: set[int]) -> dict[int, Owner]:
    """One body per owner-less name in an article, the one most of its mentions were read as: "the Supreme Court"
    of a ruling in London is Britain's also where a mention stands near "New York". A state's body, read from the
    words before it ("the Virginia state Senate"), keeps its own reading."""
    readings: dict[str, Counter] = {}
    for i, owner in found.items():
        if i not in states:
            readings.setdefault(named[i].name, Counter())[owner] += 1
    for i in found:
        if i not in states and len(readings[named[i].name]) > 1:
            counts = readings[named[i].name]
            found[i] = max(counts, key=lambda o: (counts[o], o.entry.id if o.entry else "", o.name))
    return found


def _state_level(text: str, mention) -> Owner | None:
    """A state's body, not the nation's: "the State Supreme Court", "the Virginia state Senate" (the Senate of
    Virginia where the state is named before it, else the article's own); None for any other name."""
    found = _STATE_LEVEL.fullmatch(mention.name)
    if found is None:
        return None
    before = _STATE_BEFORE.search(text, max(0, mention.start - 30), mention.start)
    if not found.group(1) and before is None:
        return None
    state = before.group(1) if before is not None and before.group(1) and us_state_code(before.group(1)) else ""
    return Owner(name=f"{found.group(2)} of {state}") if state else Owner()


def _country_body(name: str, code: str, gazetteer: Gazetteer) -> Owner:
    """The body `name` of the country of ISO code `code` ("Supreme Court of India"), named as kg.extract.rules
    names "India's Supreme Court"; without a country, the article's own."""
    if not code or code in _OWN_NAMES:
        return Owner()
    country = gazetteer.lookup_name(place_index().country_name(code))
    label = country.label if country is not None else place_index().country_name(code)
    return Owner(name=f"{name} of {country_phrase(label)}")
