"""A name that is both a country and a US state ("Georgia"): which one an article's mention means.

The words next to a mention decide it: a US state's words ("Georgia Sen. Saxby Chambliss", "Georgia's
Republican governor", "Rep. Doug Collins of Georgia", "the state of Georgia"), a US town before it
("Marietta, Georgia"), or other US states in one list with it ("Kentucky and Georgia") say the state;
countries in one list with it ("Georgia and Ukraine") or a town of the country before it say the
country. Over the article, the state's AP abbreviation ("R-Ga.") says the state, and the country's
nationality adjective ("Georgian"), its capital or a place inside it says the country. kg.placesense
sends the article's bare mentions to the state when only the state is said, as it does for a town
named with its state.
"""
from __future__ import annotations

import re
from collections.abc import Callable
from functools import lru_cache

from kg.extract.atlas import us_state_code
from kg.gazetteer import Gazetteer
from kg.places import GeoPlace, place_index

# The words after the state's name: a US office, party or body ("Georgia Sen.", "Georgia Republican",
# "Georgia's Republican governor", "Georgia congressional district", "Georgia state Sen.")
_STATE_AFTER = re.compile(
    r"^(?:['\u2019]s)?[ \t]+(?:(?:Republican|Democratic|GOP|state)[ \t]+)?"
    r"(?:Sens?\.|Senators?|Reps?\.|Representatives?|Gov\.|Lt\.|[Gg]overnor|Republicans?|Democrats?|GOP|"
    r"[Cc]ongress(?:wo)?m[ae]n|[Cc]ongressional|[Ll]awmakers?|[Ll]egislat(?:ure|ors?)|[Ss]ecretary of [Ss]tate|"
    r"[Ss]tate (?:Senate|House|[Ll]egislature)|[Aa]ttorney [Gg]eneral|primary)(?!\w)")
# A US title and a name (or two) before "of": "Sen. Saxby Chambliss (R) of", "Senators David Perdue and
# Johnny Isakson of", "a Republican of"; and "the state of"
_NAME = r"[A-Z][\w.'\u2019-]*"
_STATE_BEFORE = re.compile(
    rf"(?:\b(?:Sens?\.|Senators?|Reps?\.|Representatives?|Gov\.|Governor|Congress(?:wo)?man)[ \t]+{_NAME}(?:[ \t]+{_NAME}){{0,3}}"
    rf"(?:[ \t]+and[ \t]+{_NAME}(?:[ \t]+{_NAME}){{0,3}})?(?:[ \t]+\([RDI]\))?,?|\b[Rr]epublican|\b[Dd]emocrat|\b(?:the|U\.S\.)[ \t]+state)"
    r"[ \t]+(?:of|from)[ \t]+$")
_LIST = re.compile(r"^(?:[ \t]*,[ \t]*(?:(?:and|or)[ \t]+)?|[ \t]+(?:and|or)[ \t]+)(?:in[ \t]+)?$")
_QUALIFIER = re.compile(r"^(?:,[ \t]*|[ \t]+in[ \t]+)$")
# US towns this large share their name with a state and mostly mean the town ("Washington", "New York")
_STATE_TOWN_SIZE = 100000


def state_of(name: str, entry) -> GeoPlace | None:
    """The US state a country's name also names ("Georgia"), or None."""
    if entry is not None and (entry.type != "Place" or entry.subtype != "Country"):
        return None
    if not us_state_code(name) or place_index().lookup(entry.label if entry else name, "Country") is None:
        return None  # the cheap test first: most names are no state's
    return place_index().lookup(name, "Region")


def _is_us_state(name: str, entry) -> bool:
    if not us_state_code(name) or place_index().lookup(name, "Country") is not None:
        return False
    return not any(t.country == "US" and t.population >= _STATE_TOWN_SIZE for t in place_index().towns_named(name))


def _is_country(name: str, entry) -> bool:
    if entry is not None:
        return entry.type == "Place" and entry.subtype == "Country" and state_of(name, entry) is None
    return place_index().lookup(name, "Country") is not None and state_of(name, None) is None


@lru_cache(maxsize=64)
def _abbreviation(code: str) -> re.Pattern | None:
    """The AP abbreviations of a state as they are written ("Ga."), as one pattern."""
    from kg.extract.geo import AP_STATES

    forms = sorted(k for k, v in AP_STATES.items() if v == code and "." not in k)
    if not forms:
        return None
    # "(R-Ga.)", "Atlanta, Ga.", and a dateline's capitals ("FORT BENNING, GA. -")
    return re.compile(r"(?<![\w.])(?:" + "|".join(re.escape(f.capitalize()) for f in forms) + r")\.(?!\w)|"
                      r",[ \t]*(?:" + "|".join(re.escape(f.upper()) for f in forms) + r")\.(?!\w)")


def state_or_country(text: str, present: list, i: int, gazetteer: Gazetteer) -> bool | None:
    """For mention `present[i]` (index, Named) of a country-and-state name: True when its words say the
    US state, False when they say the country, None when they say nothing."""
    _, m = present[i]
    if _STATE_AFTER.match(text[m.end:m.end + 60]) or _STATE_BEFORE.search(text[max(0, m.start - 120):m.start]):
        return True
    code = us_state_code(m.name)
    for j in (i - 1, i + 1):
        if not 0 <= j < len(present):
            continue
        _, other = present[j]
        between = text[other.end:m.start] if j < i else text[m.end:other.start]
        if _LIST.match(between):
            if _is_us_state(other.name, other.entry):
                return True  # "Kentucky and Georgia"
            if _is_country(other.name, other.entry):
                return False  # "Georgia and Ukraine"
        if j < i and _QUALIFIER.match(between) and other.type == "Place" and other.entry is None:
            here = place_index().towns_in(other.name, "US", code)
            there = any(t.country != "US" for t in place_index().towns_named(other.name))
            if here and not there:
                return True  # "Marietta, Georgia"
    return None


def article_says(text: str, present: list, name: str, entry, gazetteer: Gazetteer,
                 place_country: Callable) -> tuple[bool, bool]:
    """(the article writes the state's AP abbreviation, the article names the country's people, capital
    or a place inside it)."""
    pattern = _abbreviation(us_state_code(name) or "")
    state = bool(pattern and pattern.search(text))
    country_entry = entry or gazetteer.lookup_name(name)
    code = place_index().lookup(name, "Country").country
    words = set(country_entry.demonyms) if country_entry is not None else set()
    capital = gazetteer.capital_of(country_entry.id) if country_entry is not None else None
    if capital is not None:
        words.add(capital.label)
    country = any(re.search(rf"\b{re.escape(w)}\b", text) for w in words) or any(
        other.name != name and place_country(other.name, other.type, other.entry, gazetteer) == code
        for _, other in present)
    return state, country
