"""Entity IRIs: the one place that turns resolved entities into the local names of their IRIs.

The rule (shared by every stage and by users' corrections):
- no type in the IRI: an entity whose type changes (a correction, more evidence) keeps it;
- a readable slug of the entity's canonical label (`sergey-lavrov`), not of an internal key;
- when two entities would get the same slug, one keeps it (a pinned one, else a gazetteer
  entity, else the one named in more articles, else the smaller resolution key) and the others
  get a suffix hashed from their resolution key, so the result never depends on input order;
- a correction may pin an entity's slug, which then always wins.

Nothing in kg parses an IRI back: types are read from rdf:type.
"""
from __future__ import annotations

import hashlib
import re
from collections import defaultdict
from dataclasses import dataclass

from kg.names import slugify

# Local names under /id/ that other kinds of node use as a first path segment; an entity slug
# equal to one of them is still distinct (theirs always have a "/"), but reads confusingly.
_RESERVED = frozenset({"article", "sentence", "statement", "evidence", "quotation"})
_SLUG = re.compile(r"^[a-z0-9]+(?:-[a-z0-9]+)*$")


@dataclass(frozen=True, slots=True)
class IriRequest:
    """What minting needs of one resolved entity."""

    key: str  # resolution key: stable, order-independent ("gz:russia", "p:sergi lavrov")
    label: str  # canonical label
    articles: int = 0  # articles that mention it
    gazetteer: bool = False  # a gazetteer (or curated) entity
    pinned: str = ""  # slug fixed by a correction


def entity_slug(label: str) -> str:
    """The readable slug of a label: `Sergey Lavrov` -> `sergey-lavrov`."""
    slug = slugify(label)
    return slug + "-entity" if slug in _RESERVED else slug


def valid_slug(text: str) -> bool:
    """True for a string usable as a pinned slug (lower-case ASCII words joined by hyphens)."""
    return bool(_SLUG.match(text)) and len(text) <= 80 and text not in _RESERVED


def _suffix(key: str) -> str:
    return hashlib.sha1(key.encode("utf-8")).hexdigest()[:6]


def mint_entity_ids(requests: list[IriRequest]) -> dict[str, str]:
    """Resolution key -> IRI local name for every entity; unique, and the same in any order."""
    by_slug: dict[str, list[IriRequest]] = defaultdict(list)
    for req in requests:
        by_slug[req.pinned or entity_slug(req.label)].append(req)
    minted: dict[str, str] = {}
    taken: set[str] = set(by_slug)
    for slug in sorted(by_slug):
        claims = sorted(by_slug[slug], key=lambda r: (not r.pinned, not r.gazetteer, -r.articles, r.key))
        minted[claims[0].key] = slug
        for req in claims[1:]:
            candidate = f"{slug}-{_suffix(req.key)}"
            n = 0
            while candidate in taken:  # a suffixed slug that happens to equal another slug
                n += 1
                candidate = f"{slug}-{_suffix(req.key + '#' + str(n))}"
            taken.add(candidate)
            minted[req.key] = candidate
    return minted
