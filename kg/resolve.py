"""Mentions across the corpus -> one Entity per real-world thing, however it is spelled.

Order of evidence: the gazetteer (aliases, acronyms, transliterations), then people by
surname and compatible first names, then surname-only mentions by the full name used in
the same article, or the only person of that surname in the corpus. Two people who share a
surname are never merged without such evidence. Everything is sorted, so the result does not
depend on input order.
"""
from __future__ import annotations

from collections import Counter, defaultdict
from sys import intern
from dataclasses import dataclass, field

from rapidfuzz import fuzz

from kg.gazetteer import Gazetteer
from kg.model import ENTITY_TYPES, Entity, Extraction, Resolution
from kg.lang import label_language
from kg.names import name_key, slugify

TYPE_PREFERENCE = {t: i for i, t in enumerate(ENTITY_TYPES)}


@dataclass
class _Group:
    type: str
    forms: Counter = field(default_factory=Counter)  # surface form -> count
    gazetteer_id: str = ""


def _name(mention) -> str:
    return mention.normal or mention.text


def _compatible_people(a: list[str], b: list[str]) -> bool:
    """Two multi-word person keys that name the same person: same surname, compatible first names."""
    if a[-1] != b[-1]:
        return a[:-1] == b[:-1] and fuzz.ratio(a[-1], b[-1]) >= 85
    short, long = sorted((a, b), key=len)
    if long[-len(short):] == short:
        return True  # "fogh rasmussen" within "anders fogh rasmussen"
    first_a, first_b = a[0], b[0]
    # Same surname and first name (up to spelling); a middle name may be given or not.
    return first_a[0] == first_b[0] and fuzz.ratio(first_a, first_b) >= 85


class _UnionFind:
    def __init__(self):
        self.parent: dict[str, str] = {}

    def find(self, x: str) -> str:
        self.parent.setdefault(x, x)
        while self.parent[x] != x:
            self.parent[x] = self.parent[self.parent[x]]
            x = self.parent[x]
        return x

    def union(self, a: str, b: str) -> None:
        ra, rb = self.find(a), self.find(b)
        if ra != rb:
            self.parent[max(ra, rb)] = min(ra, rb)  # smallest key represents: order-independent


def _vote(types: Counter) -> str:
    return min(types, key=lambda t: (-types[t], TYPE_PREFERENCE[t]))


def resolve_entities(extractions: list[Extraction], gazetteer: Gazetteer) -> Resolution:
    """Assign every mention of every article to a corpus-wide entity."""
    keyed: dict[tuple[str, int], str] = {}  # (article, mention index) -> "gz:<id>" or name key
    plain: dict[tuple[str, int], str] = {}  # (article, mention index) -> spelling key, for type votes
    type_votes: dict[str, Counter] = defaultdict(Counter)
    for ex in extractions:
        for i, m in enumerate(ex.mentions):
            where = (ex.article.id, i)
            entry = None if m.key else gazetteer.lookup_name(_name(m))
            gz = m.key or (entry.id if entry else "")
            # Interned: a name recurs in thousands of mentions, and these dicts hold one per mention.
            if gz:
                keyed[where] = intern("gz:" + gz)
                continue
            plain[where] = intern(name_key(_name(m)))
            person_key = name_key(_name(m), person=True) if m.type == "Person" else ""
            keyed[where] = intern(person_key) if person_key else plain[where]
            type_votes[plain[where]].update([m.type])

    def plain_type(ex, i) -> str:
        return _vote(type_votes[plain[(ex.article.id, i)]])

    # People: multi-word names clustered by surname and compatible first names.
    people = _UnionFind()
    person_keys: set[str] = set()
    for ex in extractions:
        for i, m in enumerate(ex.mentions):
            k = keyed[(ex.article.id, i)]
            if not k.startswith("gz:") and plain_type(ex, i) == "Person" and " " in k:
                person_keys.add(k)
    by_surname: dict[str, list[str]] = defaultdict(list)
    for k in sorted(person_keys):
        by_surname[k.split()[-1][:3]].append(k)
    for keys in by_surname.values():
        for x, a in enumerate(keys):
            for b in keys[x + 1:]:
                if _compatible_people(a.split(), b.split()):
                    people.union(a, b)
    clusters_by_surname: dict[str, set[str]] = defaultdict(set)
    for k in person_keys:
        clusters_by_surname[k.split()[-1]].add(people.find(k))
    cluster_articles: dict[str, set[str]] = defaultdict(set)
    for ex in extractions:
        for i, m in enumerate(ex.mentions):
            k = keyed[(ex.article.id, i)]
            if k in person_keys:
                cluster_articles[people.find(k)].add(ex.article.id)

    def corpus_candidates(surname: str) -> set[str]:
        """The person a bare surname names across the corpus: the only one, or one that dominates.

        "Obama" alone in an article goes to the Obama the corpus names in at least 80% of the
        articles naming any full-name Obama (and in at least three); otherwise it stays apart.
        """
        clusters = clusters_by_surname.get(surname, set())
        if len(clusters) <= 1:
            return clusters
        counts = {c: len(cluster_articles[c]) for c in clusters}
        best = max(sorted(counts), key=counts.get)
        if counts[best] >= 3 and counts[best] >= 0.8 * sum(counts.values()):
            return {best}
        return clusters

    groups: dict[str, _Group] = {}
    mention_keys: dict[str, tuple] = {}
    for ex in sorted(extractions, key=lambda e: e.article.id):
        article_surnames: dict[str, set[str]] = defaultdict(set)
        for i, m in enumerate(ex.mentions):
            k = keyed[(ex.article.id, i)]
            if k in person_keys:
                article_surnames[k.split()[-1]].add(people.find(k))
        keys = []
        for i, m in enumerate(ex.mentions):
            k = keyed[(ex.article.id, i)]
            if k.startswith("gz:"):
                entry = gazetteer.by_id(k[3:])
                entity_key = f"{entry.type.lower()}/{entry.id}"
                group = groups.setdefault(entity_key, _Group(entry.type, gazetteer_id=entry.id))
            else:
                etype = plain_type(ex, i)
                single = name_key(_name(m), person=True)
                if k in person_keys:
                    entity_key = "person/" + slugify(people.find(k))
                    etype = "Person"
                elif " " not in single and (etype == "Person" or single in article_surnames
                                            or (m.type == "Person")):
                    candidates = article_surnames.get(single) or corpus_candidates(single)
                    if len(candidates) == 1:
                        entity_key, etype = "person/" + slugify(next(iter(candidates))), "Person"
                    elif etype == "Person" or m.type == "Person":
                        entity_key, etype = "person/" + slugify(single), "Person"
                    else:
                        entity_key = f"{etype.lower()}/{slugify(k)}"
                else:
                    entity_key = f"{etype.lower()}/{slugify(k)}"
                group = groups.setdefault(entity_key, _Group(etype))
            if m.method != "rule:description":
                group.forms[_name(m)] += 1
            keys.append(intern(entity_key))
        mention_keys[ex.article.id] = tuple(keys)

    entities = []
    for entity_key in sorted(groups):
        group = groups[entity_key]
        entry = gazetteer.by_id(group.gazetteer_id) if group.gazetteer_id else None
        if entry is not None:
            label = entry.label
        elif group.forms:
            # The fullest common form: a multi-word name if there is one, the most frequent of those.
            # A Latin-script form when there is one: the label of a node named in English and Russian stays English.
            label = min(group.forms, key=lambda f: (not f.isascii() and label_language(f) is not None,
                                                    len(f.split()) < 2, -group.forms[f], -len(f.split()), f))
        else:
            label = entity_key.split("/", 1)[1].replace("-", " ").title()
        alts = tuple(sorted(f for f in group.forms if f != label))
        entities.append(Entity(key=entity_key, type=group.type, label=label, alt_labels=alts,
                               wikidata=entry.wikidata if entry else None,
                               subtype=entry.subtype if entry else None))
    return Resolution(entities=tuple(entities), mention_keys=mention_keys)
