"""The gazetteer: known places, organisations and treaties, read from ontology/gazetteer.json.

Names (label and aliases) match case-insensitively after normalisation: accents and a
leading "the " dropped, dashes unified, spaces collapsed, a possessive 's removed. Acronyms
go through the same normalisation but keep their case, so "CFE" is the treaty and "cfe" is
nothing. Stdlib only.
"""
from __future__ import annotations

import hashlib
import json
import re
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path

from kg.data import gazetteer_path
from kg.errors import OntologyError
from kg.model import ENTITY_TYPES
from kg.names import normalise  # the one name normaliser; kg.gazetteer.normalise for its callers

DEFAULT_PATH = gazetteer_path()
FORMAT_VERSION = "1"
TYPES = ENTITY_TYPES
PLACE_SUBTYPES = ("Country", "City", "Region", "Continent")

_ID = re.compile(r"^[a-z0-9]+(?:-[a-z0-9]+)*$")
_QID = re.compile(r"^Q[1-9][0-9]*$")
_LISTS = ("aliases", "acronyms", "descriptions", "demonyms")
_CUT_ABBREVIATION = re.compile(r"(?:^|\s)(?:[A-Z]\.)+[A-Z]$")
_KEYS = {"id", "label", "type", "subtype", "capital", "country", "wikidata", *_LISTS}


@dataclass(frozen=True)
class GazetteerEntry:
    """One known entity: its canonical label, the other names it goes by and its links."""

    id: str
    label: str
    type: str
    subtype: str | None = None
    aliases: tuple[str, ...] = ()
    acronyms: tuple[str, ...] = ()
    descriptions: tuple[str, ...] = ()
    demonyms: tuple[str, ...] = ()
    capital: str | None = None
    country: str | None = None
    wikidata: str | None = None

    @property
    def names(self) -> tuple[str, ...]:
        """The label followed by the aliases (the case-insensitive names)."""
        return (self.label, *self.aliases)


@dataclass(frozen=True)
class Gazetteer:
    """All entries of one gazetteer file, with indexes for the lookups the pipeline needs."""

    entries: tuple[GazetteerEntry, ...]
    version: str
    _by_id: dict = field(default_factory=dict, repr=False, compare=False)
    _names: dict = field(default_factory=dict, repr=False, compare=False)
    _acronyms: dict = field(default_factory=dict, repr=False, compare=False)
    _demonyms: dict = field(default_factory=dict, repr=False, compare=False)
    _descriptions: dict = field(default_factory=dict, repr=False, compare=False)

    def by_id(self, entry_id: str) -> GazetteerEntry | None:
        """The entry with this id, or None."""
        return self._by_id.get(entry_id)

    def lookup_name(self, text: str) -> GazetteerEntry | None:
        """The entry named `text`: an acronym (exact case) first, then a label or alias (any case)."""
        found = self._acronyms.get(normalise(text, fold=False))
        if found is None:
            found = self._names.get(normalise(text))
        if found is None and _CUT_ABBREVIATION.search(text):
            return self.lookup_name(text + ".")  # "U.S" is "U.S." whose full stop ended the sentence
        return found

    def country_for_demonym(self, word: str) -> GazetteerEntry | None:
        """The country of a nationality adjective (`Belarusian` -> Belarus); it must be capitalised."""
        word = word.strip()
        if not word[:1].isupper():
            return None
        return self._demonyms.get(normalise(word))

    def capital_of(self, country_id: str) -> GazetteerEntry | None:
        """The capital city of the country with this id, or None."""
        country = self.by_id(country_id)
        return self.by_id(country.capital) if country is not None and country.capital else None

    def description_targets(self, text: str) -> tuple[GazetteerEntry, ...]:
        """Every entry a definite description may point at (`the alliance`, `the Belgian capital`)."""
        return tuple(self._by_id[i] for i in self._descriptions.get(normalise(text), ()))


def _fail(source: str, where: str, problem: str) -> OntologyError:
    return OntologyError(f"{source}: {where}: {problem}")


def _strings(raw: dict, key: str, source: str, where: str) -> tuple[str, ...]:
    value = raw.get(key, [])
    if not isinstance(value, list) or not all(isinstance(v, str) and v.strip() for v in value):
        raise _fail(source, where, f"'{key}' must be a list of non-empty strings")
    return tuple(v.strip() for v in value)


def _optional(raw: dict, key: str, source: str, where: str) -> str | None:
    value = raw.get(key)
    if value is not None and (not isinstance(value, str) or not value.strip()):
        raise _fail(source, where, f"'{key}' must be a non-empty string or null")
    return value


def _entry(raw: object, index: int, source: str) -> GazetteerEntry:
    where = f"entity #{index}"
    if not isinstance(raw, dict):
        raise _fail(source, where, "is not an object")
    entry_id = raw.get("id")
    if not isinstance(entry_id, str) or not _ID.match(entry_id):
        raise _fail(source, where, f"id {entry_id!r} is not a lower-case slug")
    where = f"entity '{entry_id}'"
    unknown = set(raw) - _KEYS
    if unknown:
        raise _fail(source, where, f"unknown field(s) {sorted(unknown)}")
    label = raw.get("label")
    if not isinstance(label, str) or not label.strip():
        raise _fail(source, where, "'label' must be a non-empty string")
    etype, subtype = raw.get("type"), _optional(raw, "subtype", source, where)
    if etype not in TYPES:
        raise _fail(source, where, f"type {etype!r} is not one of {', '.join(TYPES)}")
    if (etype == "Place") != (subtype is not None) or (subtype is not None and subtype not in PLACE_SUBTYPES):
        raise _fail(source, where, f"subtype {subtype!r}: a Place needs one of {', '.join(PLACE_SUBTYPES)}, "
                                   "anything else null")
    wikidata = _optional(raw, "wikidata", source, where)
    if wikidata is not None and not _QID.match(wikidata):
        raise _fail(source, where, f"wikidata {wikidata!r} is not a Q-id")
    entry = GazetteerEntry(
        id=entry_id, label=label.strip(), type=etype, subtype=subtype,
        **{key: _strings(raw, key, source, where) for key in _LISTS},
        capital=_optional(raw, "capital", source, where), country=_optional(raw, "country", source, where),
        wikidata=wikidata,
    )
    if (entry.demonyms or entry.capital) and subtype != "Country":
        raise _fail(source, where, "only a Country has demonyms or a capital")
    if entry.country and subtype not in ("City", "Region") and etype != "Organization":
        raise _fail(source, where, "only a City, a Region or an Organization (a national party) has a country")
    return entry


def _claim(index: dict, key: str, entry: GazetteerEntry, what: str, source: str) -> None:
    """Index `key` for `entry`, refusing a key another entry already has."""
    owner = index.setdefault(key, entry)
    if owner.id != entry.id:
        raise _fail(source, f"entity '{entry.id}'", f"{what} {key!r} is already claimed by '{owner.id}'")


def build_gazetteer(data: object, source: str = "<gazetteer>", version: str = "") -> Gazetteer:
    """A Gazetteer from the parsed JSON `data`; OntologyError names `source` and the entry at fault."""
    if not isinstance(data, dict) or not isinstance(data.get("entities"), list):
        raise _fail(source, "top level", "expected an object with an 'entities' list")
    if str(data.get("version")) != FORMAT_VERSION:
        raise _fail(source, "top level", f"format version {data.get('version')!r} is not {FORMAT_VERSION!r}")
    entries = tuple(_entry(raw, i, source) for i, raw in enumerate(data["entities"]))
    by_id, names, acronyms, demonyms, descriptions = {}, {}, {}, {}, {}
    for entry in entries:
        if entry.id in by_id:
            raise _fail(source, f"entity '{entry.id}'", "the id is used twice")
        by_id[entry.id] = entry
        for name in entry.names:
            _claim(names, normalise(name), entry, "name", source)
        for acronym in entry.acronyms:
            _claim(acronyms, normalise(acronym, fold=False), entry, "acronym", source)
        for demonym in entry.demonyms:
            _claim(demonyms, normalise(demonym), entry, "demonym", source)
    for entry in entries:
        for acronym in entry.acronyms:  # "WHO" must not be another entry's name "Who"
            owner = names.get(normalise(acronym))
            if owner is not None and owner.id != entry.id:
                raise _fail(source, f"entity '{entry.id}'", f"acronym {acronym!r} is the name of '{owner.id}'")
        for ref, subtype in ((entry.capital, "City"), (entry.country, "Country")):
            if ref is not None and (ref not in by_id or by_id[ref].subtype != subtype):
                raise _fail(source, f"entity '{entry.id}'", f"{ref!r} is not the id of a {subtype}")
        for description in entry.descriptions:
            descriptions.setdefault(normalise(description), []).append(entry.id)
        if entry.capital:
            phrases = [f"{d} capital" for d in entry.demonyms] + [f"capital of {n}" for n in entry.names]
            for phrase in phrases:
                descriptions.setdefault(normalise(phrase), []).append(entry.capital)
    descriptions = {k: tuple(dict.fromkeys(v)) for k, v in descriptions.items()}
    return Gazetteer(entries, version, by_id, names, acronyms, demonyms, descriptions)


@lru_cache(maxsize=8)
def _load(path: Path, mtime_ns: int, size: int) -> Gazetteer:
    raw = path.read_bytes()
    try:
        data = json.loads(raw.decode("utf-8"))
    except (UnicodeDecodeError, json.JSONDecodeError) as err:
        raise OntologyError(f"{path}: not valid UTF-8 JSON: {err}") from err
    return build_gazetteer(data, str(path), hashlib.sha256(raw).hexdigest()[:16])


def load_gazetteer(path: Path | None = None) -> Gazetteer:
    """The gazetteer at `path` (default: the repo's ontology/gazetteer.json), loaded once per file version."""
    path = Path(path or DEFAULT_PATH).resolve()
    try:
        stat = path.stat()
    except OSError as err:
        raise OntologyError(f"{path}: cannot read the gazetteer: {err.strerror or err}") from err
    return _load(path, stat.st_mtime_ns, stat.st_size)
