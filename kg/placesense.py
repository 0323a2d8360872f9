"""Which place a place name means in its article, when the words around it say so.

- A town named with its state or country ("Manhattan, Kan.", "Menlo Park, California", "Paris,
  Texas") is the GeoNames town of that name inside that state or country. When that is not the
  town the bare name is linked to (the largest of the name: Manhattan, New York; Paris, France),
  the mention gets a node of its own, labelled with both names ("Manhattan, Kansas") and linked
  to its own GeoNames feature; the article's bare mentions of the name go with it (one sense per
  article), unless the article also names the name's main town. Nothing moves when GeoNames knows
  no town of the name in that state or country: a list ("London, Paris, Germany") is no qualifier.
  "The West Bank city of Bethlehem" names its area before the town, and counts the same, and so
  does "Newcastle in northern England" (the town, "in", a part of the area).
- A bare town's name that a town of similar size in another country also bears is that country's
  town when the article names places of that country and none of the usual town's (kg.homecountry):
  "Tripoli" in an article about Lebanon.
- A country's name that is also a US state's ("Georgia") is the state where the words say so
  (kg.statesense): "Georgia Sen. Saxby Chambliss", "Marietta, Georgia", "R-Ga.".
- A town's name that the words call a region ("the Donetsk and Luhansk regions", "the eastern
  regions of Donetsk and Luhansk", "Luhansk region") is the gazetteer's region of that name
  ("Luhansk region"), when the gazetteer has one.

Resolution (kg.resolve) asks this once per article, after the names are resolved.
"""
from __future__ import annotations

import re
from dataclasses import dataclass

from collections import Counter

from kg.gazetteer import Gazetteer, GazetteerEntry
from kg.homecountry import country_votes, place_country
from kg.places import GeoPlace, place_index
from kg.statesense import article_says, state_of, state_or_country

# "TOWN, AREA", and "TOWN in AREA" with a part of the area between ("Newcastle in northern England",
# "Lyon in the south-east of France")
_DIRECTION = r"(?:far[ \t]+)?(?:north|south|east|west|central|centre|center)(?:-?(?:east|west))?(?:ern)?"
_BETWEEN = re.compile(rf",[ \t]*|[ \t]+in[ \t]+(?:the[ \t]+)?(?:{_DIRECTION}[ \t]+(?:of[ \t]+(?:the[ \t]+)?)?)?")
# What may follow "TOWN, AREA": punctuation or the end of a line; not a word ("in Rome, U.S. Defense
# Secretary Ashton Carter said": the country's name is the next phrase's)
_AFTER_AREA = re.compile(r"[ \t]*(?:[,.;:!?)\]\"'\u2019\u201d\u2014\u2013-]|\n|$)")
_NAME = r"(?:the\s+)?[A-Z][\w'\u2019-]+(?:\s[A-Z][\w'\u2019-]+)?"
_LINK = r"(?:\s*,\s*|\s*,?\s+(?:and|or)\s+)"
_REGION_WORDS = r"(?:region|province|oblast|governorate)"
# "the West Bank city of Bethlehem", "the Texas town of Paris": the area before the town's name
_AREA_BEFORE = re.compile(rf"\bthe\s+(?:{_DIRECTION}\s+)?(?P<area>[A-Z][\w'\u2019.-]+(?:\s[A-Z][\w'\u2019.-]+)?)\s+"
                          r"(?:city|town|village|port|suburb)\s+of\s+$")
# "Donetsk and Luhansk regions", "Luhansk region": the words after the name
_REGION_AFTER = re.compile(rf"^(?:{_LINK}{_NAME})*\s+{_REGION_WORDS}s\b|^\s+{_REGION_WORDS}\b(?!\s+of\b)")
# "the regions of Donetsk and Luhansk", "the province of Idlib": the words before the name
_REGION_BEFORE = re.compile(rf"\b{_REGION_WORDS}s?\s+of\s+(?:{_NAME}{_LINK})*$")
# The names the gazetteer gives a region after its town: "Luhansk region", "Donetsk Oblast"
# A town of another country takes a bare name from the name's largest town when at most this many
# times smaller (Newcastle upon Tyne: 300,000 beside Newcastle, New South Wales: 508,000)
TOWN_VOTE_RATIO = 10
_REGION_FORMS = ("{} region", "{} Oblast", "{} Province", "{} Governorate")


@dataclass(frozen=True, slots=True)
class Named:
    """One mention as resolution sees it: offsets, the name it resolves by, its type and entry."""

    start: int
    end: int
    name: str
    type: str | None
    entry: GazetteerEntry | None = None


@dataclass(frozen=True, slots=True)
class Sense:
    """The node a mention goes to instead of its name's usual one."""

    key: str  # resolution key: "q:<GeoNames id>" (a town in its state) or "gz:<region id>"
    label: str = ""  # "Manhattan, Kansas": the label of a town's own node
    place: GeoPlace | None = None  # its GeoNames feature


def _areas(named: Named) -> list[tuple[str, tuple[str, ...], str]]:
    """(country code, admin1 codes or () for the whole country, name to show) of each area a
    qualifier may name: "Kan." is Kansas; "Georgia" the country or the US state; "Ontario" and
    "England" first-level regions of Canada and Britain."""
    from kg.extract.atlas import areas, region_codes, us_state, us_state_code

    found = []
    entry = named.entry
    if entry is not None and (entry.type != "Place" or entry.subtype not in ("Country", "Region")):
        return found
    code = us_state_code(named.name)
    if code:
        found.append(("US", (code,), us_state(named.name)))
    country = place_index().lookup(entry.label if entry else named.name, "Country")
    if country is not None:
        found.append((country.country, (), entry.label if entry else named.name))
    elif not found:
        for area in sorted(areas(named.name, entry.label if entry else None), key=lambda a: (a.country, a.region)):
            codes = tuple(sorted(region_codes(area)))
            if area.region and codes:
                found.append((area.country, codes, entry.label if entry else named.name))
    return found


def _usual(named: Named) -> GeoPlace | None | bool:
    """The town a bare mention of the name is linked to; False when the name is no town's (a country,
    a region, a body), None when GeoNames knows no place of that name."""
    entry = named.entry
    if entry is not None:
        if entry.type != "Place" or entry.subtype != "City":
            return False
        return next(filter(None, (place_index().lookup(n, "City") for n in (entry.label, *entry.aliases))), None)
    if named.type != "Place":
        return False
    place = place_index().lookup(named.name)
    return False if place is not None and place.kind != "City" else place


def _town_in_area(town: Named, area: Named) -> Sense | None | bool:
    """The sense of "TOWN, AREA": a Sense when the area's town of that name is not the usual one,
    True when it is, None when the pair says nothing (no town of the name there)."""
    usual = _usual(town)
    if usual is False:
        return None
    for country, codes, shown in _areas(area):
        if usual is not None and usual.country == country and (not codes or usual.admin1 in codes):
            return True  # "Paris, France": the usual town
        found = sorted((p for code in codes or ("",) for p in place_index().towns_in(town.name, country, code)),
                       key=lambda p: (-p.population, p.geonames_id))
        if found:
            place = found[0]
            if usual is not None and place.geonames_id == usual.geonames_id:
                return True
            return Sense(f"q:{place.geonames_id}", f"{town.name}, {shown}", place)
    return None


def _region(named: Named, text: str, gazetteer: Gazetteer) -> Sense | None:
    """The gazetteer's region a town's name stands for when the words around it say region."""
    entry = named.entry
    if not (entry.type == "Place" and entry.subtype == "City" if entry is not None else named.type == "Place"):
        return None
    if not (_REGION_AFTER.match(text[named.end:named.end + 120])
            or _REGION_BEFORE.search(text[max(0, named.start - 120):named.start])):
        return None
    for form in _REGION_FORMS:
        entry = gazetteer.lookup_name(form.format(named.name))
        if entry is not None and entry.type == "Place" and entry.subtype == "Region" \
                and (named.entry is None or entry.id != named.entry.id):
            return Sense("gz:" + entry.id)
    return None


def place_senses(text: str, mentions: list[Named | None], gazetteer: Gazetteer) -> dict[int, Sense]:
    """Mention index -> the node its words send it to, for the mentions whose node is not their
    name's usual one (None for a mention resolution dropped)."""
    senses: dict[int, Sense] = {}
    qualified: dict[str, set] = {}  # name -> the towns "TOWN, AREA" gives it here (True: the usual one)

    def note(i: int, town: Named, sense: Sense | bool | None) -> None:
        if sense is not None:
            qualified.setdefault(town.name, set()).add(sense)
            if isinstance(sense, Sense):
                senses[i] = sense

    present = sorted(((i, m) for i, m in enumerate(mentions) if m is not None), key=lambda im: (im[1].start, im[0]))
    for (i, town), (_, area) in zip(present, present[1:]):
        if not _BETWEEN.fullmatch(text[town.end:area.start]) or not _AFTER_AREA.match(text, area.end):
            continue
        note(i, town, _town_in_area(town, area))
    for i, town in present:
        before = _AREA_BEFORE.search(text[max(0, town.start - 60):town.start])
        if before is None or i in senses:
            continue
        name = before.group("area")
        entry = gazetteer.lookup_name(name) or gazetteer.country_for_demonym(name)
        note(i, town, _town_in_area(town, Named(0, 0, entry.label if entry else name, "Place", entry)))
    _states(text, present, gazetteer, note, qualified)
    for i, named in present:
        if i in senses:
            continue
        found = qualified.get(named.name, set())
        if len(found) == 1 and isinstance(sense := next(iter(found)), Sense):
            if _usual(named) is not False or state_of(named.name, named.entry) is not None:
                senses[i] = sense  # "Manhattan" after "Manhattan, Kan." in the same article
            continue
        region = _region(named, text, gazetteer)
        if region is not None:
            senses[i] = region
    _voted_towns(text, present, gazetteer, senses, qualified)
    return senses


def _states(text: str, present: list, gazetteer: Gazetteer, note, qualified: dict) -> None:
    """Note the US state or the country for each mention of a name that is both ("Georgia"), as its
    words say (kg.statesense); and for the name, what the whole article says."""
    states = {}  # (name, entry) -> the US state the name also names
    for k, (i, named) in enumerate(present):
        state = state_of(named.name, named.entry)
        if state is None:
            continue
        states[named.name, named.entry] = state
        said = state_or_country(text, present, k, gazetteer)
        if said is not None:
            note(i, named, _state_sense(named.name, state) if said else True)
    for (name, entry), state in sorted(states.items(), key=lambda item: item[0][0]):
        said_state, country = article_says(text, present, name, entry, gazetteer, place_country)
        if said_state:
            qualified.setdefault(name, set()).add(_state_sense(name, state))
        if country:
            qualified.setdefault(name, set()).add(True)


def _state_sense(name: str, state: GeoPlace) -> Sense:
    return Sense(f"q:{state.geonames_id}", f"{name} (US state)", state)


def _voted_towns(text: str, present: list, gazetteer: Gazetteer, senses: dict, qualified: dict) -> None:
    """A bare town's name that a town of similar size in another country also bears goes to that town
    when the article names places of that country and none of the usual town's ("Newcastle" beside
    England and no Australian place; "Tripoli" in an article about Lebanon). Not for an American town:
    American news names its country's smaller towns with their state ("Cambridge, Mass.")."""
    votes: dict[str, Counter] = {}
    for i, named in present:
        if i in senses or named.name in qualified:
            continue
        usual = _usual(named)
        if not isinstance(usual, GeoPlace):
            continue
        others: dict[str, GeoPlace] = {}
        for town in place_index().towns_named(named.name):  # largest first
            if town.country not in (usual.country, "US") and town.country not in others \
                    and town.population * TOWN_VOTE_RATIO >= usual.population:
                others[town.country] = town
        if not others:
            continue
        if named.name not in votes:
            votes[named.name] = country_votes(text, (m for _, m in present), gazetteer, skip=named.name)
        here = votes[named.name]
        ranked = sorted(others, key=lambda c: (-here[c], c))
        if here[usual.country] or not here[ranked[0]] or (len(ranked) > 1 and here[ranked[1]] == here[ranked[0]]):
            continue
        town = others[ranked[0]]
        label = town.name if named.name in town.name != named.name else f"{named.name}, {place_index().country_name(town.country)}"
        senses[i] = Sense(f"q:{town.geonames_id}", label, town)


def corpus_towns(senses: dict[str, dict[int, Sense]], keys: dict[str, list]) -> dict[str, GeoPlace]:
    """Node key -> the town it should be linked to instead of the name's largest town, when the corpus
    itself says which town the name means: every article that names the name with its state or
    country names the same town ("Burlington, Vermont"), at least two articles do, and at least as
    many as name it only bare (a name the corpus uses for two towns, "Alexandria" of Egypt in 31
    articles and "Alexandria, Va." in 15, keeps its largest town for the bare mentions). Then the
    name's bare mentions mean that town too: one node, linked to it, rather than a node for it
    beside a node for a town the corpus never means. A gazetteer entry keeps its own town (its
    curated sense outweighs a few articles)."""
    qualified: dict[str, dict[str, set]] = {}  # node key -> sense key -> articles
    places: dict[str, GeoPlace] = {}
    for aid, found in senses.items():
        for i, sense in found.items():
            original = keys[aid][i]
            if sense.place is not None and original and not original.startswith("gz:"):
                qualified.setdefault(original, {}).setdefault(sense.key, set()).add(aid)
                places[sense.key] = sense.place
    if not qualified:
        return {}
    bare: dict[str, set] = {}
    for aid, row in keys.items():
        for i, key in enumerate(row):
            if key in qualified and i not in senses.get(aid, {}):
                bare.setdefault(key, set()).add(aid)
    chosen = {}
    for key, by_sense in qualified.items():
        if len(by_sense) != 1:
            continue
        (sense_key, articles), = by_sense.items()
        if len(articles) >= 2 and len(articles) >= len(bare.get(key, set()) - articles):
            chosen[key] = places[sense_key]
    return chosen
