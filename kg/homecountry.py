"""The countries an article names, counted: what a bare name that several countries share means there.

Every place the article names votes for its country: a country by its name, a US state (by name or
AP abbreviation) for the United States, a first-level region ("England", "Ontario") for its country,
a town for the country of the town its bare name is linked to; a curated officeholder named in full
(ontology/people.json: "Theresa May") for the country of the office; and every nationality adjective
of the text ("British", "Canadian") for its country. kg.placesense reads the votes for a bare
town's name ("Newcastle" in an article that names England and no Australian place), and
`foreign_bodies` for a national body's name ("the Conservatives" of an article about Canada is not
Britain's party).
"""
from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterable
from functools import lru_cache

from kg.extract.atlas import areas, us_state_code
from kg.gazetteer import Gazetteer, GazetteerEntry
from kg.places import place_index

# A national body's name means a body of another country where that country is named this many times
# more often than the body's own (the allsides articles that name Britain's Conservatives name Britain
# at least a third as often as any other country; the Canadian and American ones, far less)
OUTNUMBERED = 3
NEAR = 400  # characters either side of a mention: about a paragraph
_CAPITALISED = re.compile(r"\b[A-Z][a-z]{3,}\b")  # a nationality adjective: "British", "Canadian"


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


def country_votes(text: str, named: Iterable, gazetteer: Gazetteer, skip: str = "") -> Counter:
    """ISO code -> how many of the article's place mentions and nationality adjectives are of that
    country. `named`: kg.placesense.Named mentions (or None); those named `skip` do not vote."""
    votes: Counter = Counter()
    for m in named:
        if m is not None and m.name != skip:
            code = place_country(m.name, m.type, m.entry, gazetteer) or (
                person_country(m.name) if m.type == "Person" and " " in m.name else None)
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
    near = country_votes(text[start:end], (m for m in named if m is not None and start <= m.start < end), gazetteer)
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


def owned_bodies(text: str, named: list, gazetteer: Gazetteer) -> dict[int, GazetteerEntry]:
    """Index -> entry for the owner-less names of a national body ("the Senate", "the Defence Ministry": a
    gazetteer description of national bodies only): the bare name is that body, not a node of its own that
    every country's senate would join. A description of one country's body ("the Senate") means it unless
    the article names another country over OUTNUMBERED times as often and nothing of the body's country
    near the mention (as `foreign_bodies` reads a party's name); among several countries' bodies ("the
    Defence Ministry"), the one of the country the article names most. Elsewhere the name is left as it was."""
    found: dict[int, GazetteerEntry] = {}
    votes = None
    for i, m in enumerate(named):
        if m is None or m.entry is not None or m.type != "Organization" or not m.name[:1].isupper():
            continue
        targets = [t for t in gazetteer.description_targets("the " + m.name) if t.type == "Organization"]
        codes = [_owner_country(t, gazetteer) for t in targets]
        if not targets or None in codes:
            continue  # "the Security Council": the UN's as well
        if votes is None:
            votes = country_votes(text, named, gazetteer)
        if len(targets) == 1:
            if not _elsewhere(codes[0], m, text, named, votes, gazetteer):  # not "The Senate building in Mexico
                found[i] = targets[0]                                        # City" in a gallery about Paris
            continue
        ranked = votes.most_common(2)
        top = ranked[0][0] if ranked and (len(ranked) == 1 or ranked[0][1] > ranked[1][1]) else ""
        if top in codes:
            found[i] = targets[codes.index(top)]
    return found
