"""Russian mentions: natasha's PER/LOC/ORG spans merged with the gazetteer's Russian names.

Overlaps are resolved (the longer span wins), "Name (Latin Name)" is split in two, and a body
is joined with the place or body it belongs to ("правительства Китая", "ГУ МЧС России по
Санкт-Петербургу") as Russian news and the factRuEval guidelines name them.
"""
from __future__ import annotations

import re
from dataclasses import dataclass

from kg.gazetteer import Gazetteer
from kg.lang.ru_words import GENERIC_NAMES, ORG_DESCRIPTORS, is_role_head

QUOTES = frozenset("«»\"“”„'‘’")
NER_TYPES = {"PER": "Person", "LOC": "Place", "ORG": "Organization"}


@dataclass(frozen=True)
class Found:
    text: str
    start: int
    end: int
    type: str
    key: str
    method: str
    normal: str


def _is_upper_first(text: str) -> bool:
    return text[:1].isupper()


def _gazetteer_matches(sent, models, index) -> list[tuple[int, int, str, str]]:
    """(start, end, entry id, name) of the longest gazetteer names in a sentence, left to right."""
    toks = [t for t in sent.tokens if t.text not in QUOTES]
    lemmas = [models.lemma(t.text) for t in toks]
    found, i = [], 0
    while i < len(toks):
        hit = None
        for size in range(min(10, len(toks) - i), 0, -1):
            words = toks[i:i + size]
            exact = index.acronyms.get(tuple(t.text for t in words))
            named = index.names.get(tuple(lemmas[i:i + size]))
            if exact is None and named is not None and not any(_is_upper_first(t.text) for t in words):
                named = None  # "мир" is not the name "Мир"
            if exact or named:
                hit = (words[0].start, words[-1].stop, *(exact or named))
                break
        if hit is not None:
            found.append(hit)
            i += max(1, sum(1 for t in toks[i:] if t.stop <= hit[1]))
        else:
            i += 1
    return found


@dataclass(frozen=True)
class _Cut:
    """A natasha span with its first words cut off."""

    start: int
    stop: int
    tokens: list
    type: str
    normal: str

    @property
    def text(self) -> str:
        return self.normal


def find_mentions(doc, models, index, gazetteer: Gazetteer) -> list[Found]:
    """natasha's PER/LOC/ORG spans and the gazetteer's names, overlaps resolved: the longer span wins,
    a person's name over a one-word place or body name ("София" the singer, not Sofia)."""
    text = doc.text
    candidates: list[tuple[int, int, int, Found]] = []
    ner_starts = {s.start for s in doc.spans}
    for span in doc.spans:
        etype = NER_TYPES.get(span.type)
        if etype is None:
            continue
        words = [t for t in span.tokens if t.text not in QUOTES]
        if etype != "Person" and words and all(is_role_head(t.text, models.lemma(t.text)) for t in words):
            continue  # "Замглавы" alone: a title, not a body
        if etype != "Person" and len(words) > 1 and is_role_head(words[0].text, models.lemma(words[0].text)):
            # "Замглавы Федеральной миграционной службы": the title is not part of the body's name.
            words = words[1:]
            span = _Cut(words[0].start, span.stop, span.tokens, span.type, text[words[0].start:span.stop])
        key = ""
        if words and etype != "Person":
            hit = index.acronyms.get(tuple(t.text for t in words)) or \
                index.names.get(tuple(models.lemma(t.text) for t in words))
            if hit:
                key = hit[0]
        entry = gazetteer.by_id(key) if key else None
        found = Found(text[span.start:span.stop], span.start, span.stop, entry.type if entry else etype, key,
                      "ner+gazetteer" if key else "ner", span.normal or span.text)
        candidates.append((span.stop - span.start, 1 if etype == "Person" else 0, span.start, found))
    for sent in doc.sents:
        for start, end, entry_id, name in _gazetteer_matches(sent, models, index):
            if start == sent.start and start not in ner_starts and " " not in text[start:end]:
                continue  # a capitalised first word is no sign of a name
            entry = gazetteer.by_id(entry_id)
            found = Found(text[start:end], start, end, entry.type, entry_id, "gazetteer", name)
            candidates.append((end - start, 0, start, found))
    candidates.sort(key=lambda c: (-c[0], -c[1], c[2]))
    kept: list[Found] = []
    for _, _, _, m in candidates:
        clash = [k for k in kept if m.start < k.end and k.start < m.end]
        if not clash:
            kept.append(m)
        elif m.type == "Person" and len(clash) == 1 and clash[0].method == "gazetteer" \
                and (clash[0].start, clash[0].end) == (m.start, m.end) and " " not in m.text:
            kept[kept.index(clash[0])] = m
    kept = sorted((m for m in kept if m.text.strip() and m.normal not in GENERIC_NAMES), key=lambda m: (m.start, m.end))
    kept = _split_parentheses(kept, text)
    return _join_genitives(kept, doc, models, index, gazetteer, text)


_PAREN = re.compile(r"^(?P<name>.*?\S)\s*\((?P<inner>[^()]+)\)$")


def _split_parentheses(mentions: list[Found], text: str) -> list[Found]:
    """`Джоэл Саймон (Joel Simon)`, `Комитет защиты журналистов (КЗЖ)`: two names, not one."""
    out = []
    for m in mentions:
        match = _PAREN.match(m.text)
        if match is None:
            if m.text.endswith(")") and "(" not in m.text:  # "В.Л.)": a bracket that closes outside the name
                m = Found(m.text[:-1].rstrip(), m.start, m.start + len(m.text[:-1].rstrip()), m.type, m.key, m.method,
                          m.normal.rstrip(")").rstrip())
            out.append(m)
            continue
        name, inner = match.group("name"), match.group("inner").strip()
        inner_start = m.start + m.text.index(inner, len(name))
        normal = _PAREN.match(m.normal).group("name") if _PAREN.match(m.normal) else name
        out.append(Found(name, m.start, m.start + len(name), m.type, m.key, m.method, normal))
        out.append(Found(inner, inner_start, inner_start + len(inner), m.type, "", m.method + "+rule:parenthesis",
                         inner))
    return out


def _genitive(token) -> bool:
    return (token.feats or {}).get("Case") == "Gen"


def _join_genitives(mentions: list[Found], doc, models, index, gazetteer: Gazetteer, text: str) -> list[Found]:
    """A body or place followed by the place or body it belongs to, in the genitive, is one name:
    `Министерства сельского хозяйства Германии`, `Совета муфтиев России`, `Восточного побережья США`;
    so is a body with the region it serves (`ГУ МЧС России по Санкт-Петербургу`) and a descriptor
    noun before a place or body, with its adjectives: `правительства Китая`, `мэрии Москвы`,
    `внешнеполитического ведомства России`."""
    token_at = {t.start: t for t in doc.tokens}
    token_before = {t.stop + 1: t for t in doc.tokens}  # the token one space before a position
    out: list[Found] = []
    for m in mentions:
        first = token_at.get(m.start)
        prev = out[-1] if out else None
        gen = first is not None and _genitive(first) and m.type in ("Place", "Organization")
        if gen and prev is not None and text[prev.end:m.start] == " " and \
                (prev.type, m.type) in (("Organization", "Place"), ("Organization", "Organization"), ("Place", "Place")):
            out[-1] = _joined(prev.start, m.end, prev.type, prev.normal + " " + m.text, prev.key, models, index,
                              gazetteer, text)
            continue
        if prev is not None and prev.type == "Organization" and m.type == "Place" \
                and text[prev.end:m.start] == " по " and (first.feats or {}).get("Case") == "Dat":
            out[-1] = _joined(prev.start, m.end, "Organization", prev.normal + text[prev.end:m.end], prev.key, models,
                              index, gazetteer, text)
            continue
        if gen:
            before = token_before.get(m.start)
            if before is not None and models.lemma(before.text) in ORG_DESCRIPTORS \
                    and (prev is None or prev.end <= before.start):
                start = _adjectives_before(before, token_before, prev)
                normal = text[start:before.start] + models.lemma(before.text) + " " + m.text
                out.append(_joined(start, m.end, "Organization", normal, "", models, index, gazetteer, text))
                continue
        if m.type == "Organization" and first is not None and not m.key:
            start = _adjectives_before(first, token_before, prev, geographic=True)
            if start < m.start:
                m = Found(text[start:m.end], start, m.end, m.type, m.key, m.method + "+rule:adjective",
                          text[start:m.start] + m.normal)
        out.append(m)
    return out


def _adjectives_before(token, token_before: dict, prev: Found | None, geographic: bool = False) -> int:
    """Where the lower-case adjectives agreeing with `token` start: "правоохранительными органами",
    "японского МИДа" (with `geographic`, only adjectives of places: -ский, -цкий)."""
    start, case = token.start, (token.feats or {}).get("Case")
    adj = token_before.get(start)
    while adj is not None and adj.pos == "ADJ" and adj.text[:1].islower() and (adj.feats or {}).get("Case") == case \
            and (prev is None or prev.end <= adj.start) \
            and (not geographic or adj.text.lower().rstrip("аяоеыйгмхую").endswith(("ск", "цк"))):
        start = adj.start
        adj = token_before.get(start)
    return start


def _joined(start: int, end: int, etype: str, normal: str, key: str, models, index, gazetteer, text: str) -> Found:
    """The joined span, with the gazetteer's id when it knows the whole name (`Правительство России`)."""
    words = [w for w in re.findall(r"[\w.-]+", text[start:end])]
    hit = index.names.get(tuple(models.lemma(w) for w in words))
    if hit is not None:
        entry = gazetteer.by_id(hit[0])
        return Found(text[start:end], start, end, entry.type, entry.id, "ner+gazetteer+rule:genitive", normal)
    return Found(text[start:end], start, end, etype, key if etype == "Organization" else "", "ner+rule:genitive",
                 normal)
