"""Officeholders with Wikidata items, read from ontology/people.json: `owl:sameAs` for people.

Resolution links a person entity to an item when one of the entity's full names (two words or
more, compared by kg.names' person key) is an item's label or alias. A bare surname never
links by itself: it joins an entity through resolution first.
"""
from __future__ import annotations

import json
import re
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from kg import data
from kg.errors import OntologyError
from kg.names import name_key

DEFAULT_PATH = data.ontology_dir() / "people.json"


@dataclass(frozen=True, slots=True)
class KnownPerson:
    """One curated person: canonical label and Wikidata item."""

    label: str
    wikidata: str
    role: str = ""  # the posts Wikidata gives, e.g. "President of the United States"


def person_key(name: str) -> str:
    """The spelling-insensitive key people are compared by (`Kim Jong-un` = `Kim Jong Un`)."""
    return name_key(name, person=True).replace("-", " ")


# Initials as written: "H.", "H.W.", "J.D", "W". Not "JD": "US", "AP" and "UN" open names as often.
_INITIALS = re.compile(r"(?:[A-Z]\.)+[A-Z]?\.?|[A-Z]")


def person_cluster_key(name: str) -> str:
    """`person_key` that keeps the initials which tell people apart: a middle run ("George H. W. Bush" ->
    "george hw. bush", not George W. Bush's "george w. bush") and a first name written as two or three
    initials ("J.D. Gordon" -> "jd. gordon", not a bare "Gordon"). One first initial ("J. Smith") is still
    dropped: it could be anyone of the surname, so the name is read as the bare surname."""
    words = name.split()
    if len(words) < 2:
        return person_key(name)
    tokens: list[str] = []
    plain: list[str] = []
    for at, word in enumerate(words):
        stripped = word.rstrip(",")
        if at < len(words) - 1 and _INITIALS.fullmatch(stripped):
            if plain:
                tokens.extend(person_key(" ".join(plain)).split())
                plain = []
            letters = stripped.replace(".", "").lower()
            if tokens and tokens[-1].endswith("."):
                tokens[-1] = tokens[-1][:-1] + letters + "."  # "H. W." is one run
            else:
                tokens.append(letters + ".")
        else:
            plain.append(word)
    if plain:
        tokens.extend(person_key(" ".join(plain)).split())
    if tokens and len(tokens[0]) == 2 and tokens[0].endswith("."):
        tokens = tokens[1:]  # "J. Smith": one initial says nothing
    if len(tokens) < 2 or all(t.endswith(".") for t in tokens):
        return person_key(name)
    return " ".join(tokens)


@lru_cache(maxsize=4)
def _index(path: Path) -> dict[str, KnownPerson]:
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
        found = {}
        for raw in data["people"]:
            person = KnownPerson(raw["label"], raw["wikidata"], str(raw.get("role", "")))
            for name in [raw["label"], *raw.get("aliases", ())]:
                found.setdefault(person_key(name), person)
        return found
    except (OSError, ValueError, KeyError, TypeError) as err:
        raise OntologyError(f"{path}: cannot read the list of people: {err}") from err


def known_people(path: Path | None = None) -> dict[str, KnownPerson]:
    """Every curated person under the key of each of their names."""
    return _index(Path(path or DEFAULT_PATH))


def known_person(names, path: Path | None = None) -> KnownPerson | None:
    """The curated person one of `names` (full names) names, or None."""
    index = _index(Path(path or DEFAULT_PATH))
    for name in names:
        key = person_key(name)
        if " " in key and key in index:
            return index[key]
    return None


@lru_cache(maxsize=1)
def known_surnames() -> frozenset[str]:
    """The last words of the curated people's names: "Obama" alone names a person."""
    return frozenset(key.split()[-1] for key in known_people() if " " in key)
